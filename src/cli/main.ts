/** The `mirrorlab` command line: a thin shell over the public API. */
import { Command, CommanderError } from 'commander';
import { StoreError } from '../store/errors.js';
import { VERSION } from '../version.js';
import { asUsageError, EXIT, errorLine } from './errors.js';
import { type CliIo, useIo, writeErr, writeOut } from './output.js';
import { takeFailed } from './status.js';

/**
 * The commands, loaded on demand: a command's module (and the heavy libraries it uses —
 * the database, HDF5, the plotting library) is imported only when that command runs,
 * so `mirrorlab bench` or `mirrorlab simulate` start light. `--help` loads them all.
 */
const COMMANDS: Record<string, () => Promise<(program: Command) => unknown>> = {
  list: async () => (await import('./commands/list.js')).registerList,
  describe: async () => (await import('./commands/describe.js')).registerDescribe,
  run: async () => (await import('./commands/run.js')).registerRun,
  runs: async () => (await import('./commands/runs.js')).registerRuns,
  report: async () => (await import('./commands/report.js')).registerReport,
  export: async () => (await import('./commands/export.js')).registerExport,
  sweep: async () => (await import('./commands/sweep.js')).registerSweep,
  merge: async () => (await import('./commands/merge.js')).registerMerge,
  validate: async () => (await import('./commands/validate.js')).registerValidate,
  simulate: async () => (await import('./commands/simulate.js')).registerSimulate,
  bench: async () => (await import('./commands/bench.js')).registerBench,
  lab: async () => (await import('./commands/lab.js')).registerLab,
};

/** The program with every command (or only `only`, when it names one). */
export async function createProgram(only?: string): Promise<Command> {
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
  const names = only !== undefined && only in COMMANDS ? [only] : Object.keys(COMMANDS);
  for (const name of names) (await COMMANDS[name]!())(program);
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
  // The first word that is not an option names the command (options come after it).
  const first = argv.find((a) => !a.startsWith('-'));
  const program = await createProgram(first);
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
