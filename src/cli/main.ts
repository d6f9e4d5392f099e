/** The `mirrorlab` command line: a thin shell over the public API. */
import { Command, CommanderError } from 'commander';
import { StoreError, VERSION } from '../node.js';
import { registerBench } from './commands/bench.js';
import { registerDescribe } from './commands/describe.js';
import { registerExport } from './commands/export.js';
import { registerLab } from './commands/lab.js';
import { registerList } from './commands/list.js';
import { registerMerge } from './commands/merge.js';
import { registerReport } from './commands/report.js';
import { registerRun } from './commands/run.js';
import { registerRuns } from './commands/runs.js';
import { registerSimulate } from './commands/simulate.js';
import { registerSweep } from './commands/sweep.js';
import { registerValidate } from './commands/validate.js';
import { asUsageError, EXIT, errorLine } from './errors.js';
import { type CliIo, useIo, writeErr, writeOut } from './output.js';
import { takeFailed } from './status.js';

export function createProgram(): Command {
  const program = new Command('mirrorlab')
    .description(
      'Simulate the mirror neuron system: spiking agents whose mirror neurons emerge from learning.',
    )
    .version(VERSION)
    // Commander's own complaints (a missing argument, an unknown option) get one line like ours.
    .configureOutput({
      writeOut,
      writeErr,
      outputError: (text, write) => write(`mirrorlab: ${text.trim().replace(/^error: /, '')} (see --help)\n`),
    })
    .exitOverride()
    .addHelpText(
      'after',
      `
Results go to a SQLite database (--db, else $MIRRORLAB_DB, else ./mirrorlab-results/mirrorlab.db)
with report folders beside it. --json prints machine output on standard output; notes and
progress go to standard error. Exit status: 0 done, 1 a run failed, 2 bad input.

Examples:
  mirrorlab list
  mirrorlab describe gallese1996
  mirrorlab run gallese1996 --quick
  mirrorlab runs --status completed
  mirrorlab report <run-id>
  mirrorlab export <run-id> --format nwb --out gallese1996.nwb
  mirrorlab sweep gallese1996 --grid trials=10,20 --grid agent.brain.learning.rule=delta,hebbian --workers 4
  mirrorlab merge shard-0.db shard-1.db`,
    );
  registerList(program);
  registerDescribe(program);
  registerRun(program);
  registerRuns(program);
  registerReport(program);
  registerExport(program);
  registerSweep(program);
  registerMerge(program);
  registerValidate(program);
  registerSimulate(program);
  registerBench(program);
  registerLab(program);
  return program;
}

/**
 * Run the CLI with these arguments; returns the exit status. `io` captures its
 * output (default: this process's standard output and error).
 */
export async function main(argv: string[], io?: CliIo): Promise<number> {
  const restore = io ? useIo(io) : () => undefined;
  try {
    return await mainInner(argv);
  } finally {
    restore();
  }
}

async function mainInner(argv: string[]): Promise<number> {
  const program = createProgram();
  takeFailed();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return takeFailed() ? EXIT.failed : EXIT.ok;
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
    const usage = asUsageError(e);
    if (usage) {
      writeErr(`mirrorlab: ${usage.message}\n`);
      return EXIT.badInput;
    }
    // Not the user's mistake: a database that stays busy gets its one line, anything else its stack.
    const text = e instanceof StoreError ? errorLine(e) : ((e as Error).stack ?? String(e));
    writeErr(`mirrorlab: ${text}\n`);
    return EXIT.failed;
  }
}
