/** Options shared by several commands, declared once so they read the same everywhere. */
import type { Command } from 'commander';
import { numberOption } from './io.js';

/** Collects a repeatable option into an array. */
export const repeatable = (v: string, prev: string[]) => [...prev, v];

export function addDbOption(cmd: Command): Command {
  return cmd.option(
    '--db <file>',
    'results database (default: $MIRRORLAB_DB, else ./mirrorlab-results/mirrorlab.db)',
  );
}

export function addJsonOption(cmd: Command): Command {
  return cmd.option('--json', 'print one JSON document on standard output');
}

/** The options that choose an experiment's parameters: --set, --subjects, --quick. */
export function addParamOptions(cmd: Command): Command {
  return cmd
    .option('--subjects <N>', 'number of simulated subjects')
    .option(
      '--set <path=value>',
      'override any parameter of the experiment or the agent (repeatable), e.g. --set trials=16',
      repeatable,
      [],
    )
    .option('--quick', 'the quick form of the experiment: fewer subjects and trials');
}

export function parseSeed(value: string | undefined): number {
  return numberOption(value, '--seed', { integer: true, min: 0, max: 0xffffffff }) ?? 1;
}
