/** The `mirrorlab` command line: a thin shell over the public API. */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../node.js';
import { registerBench } from './commands/bench.js';
import { registerList } from './commands/list.js';
import { registerRun } from './commands/run.js';
import { registerSimulate } from './commands/simulate.js';
import { registerValidate } from './commands/validate.js';
import { EXIT, UsageError } from './errors.js';

export function createProgram(): Command {
  const program = new Command('mirrorlab')
    .description(
      'Simulate the mirror neuron system: spiking agents whose mirror neurons emerge from learning.',
    )
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  registerList(program);
  registerRun(program);
  registerValidate(program);
  registerSimulate(program);
  registerBench(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return EXIT.ok;
      return EXIT.badInput; // commander has printed the message
    }
    if (e instanceof UsageError) {
      process.stderr.write(`mirrorlab: ${e.message}\n`);
      return EXIT.badInput;
    }
    process.stderr.write(`mirrorlab: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.failed;
  }
}
