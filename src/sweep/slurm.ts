/**
 * `mirrorlab sweep --slurm`: a ready-to-submit SLURM array script. Each array task
 * runs one shard of the sweep (the same command, `--shard $SLURM_ARRAY_TASK_ID/n`)
 * into its own database file — SQLite's write-ahead log wants one writer host per
 * file, and shared cluster file systems do not provide the locking it would need —
 * and `mirrorlab merge` combines the files afterwards.
 *
 * The command is spelled out in full (seed, grid, every shared override as `--set`),
 * so the script is readable and every task computes the same sweep id.
 */
import { settingValue } from './grid.js';
import type { SweepSpec } from './spec.js';

export interface SlurmOptions {
  spec: SweepSpec;
  sweepId: string;
  points: number;
  shards: number;
  /** Absolute folder for the shard databases and the tasks' logs. */
  dir: string;
  /** Absolute working directory of the tasks. */
  cwd: string;
  /** Absolute path of the Node executable and of mirrorlab's bin/mirrorlab.js. */
  node: string;
  bin: string;
  /** Absolute path of the database the shards are merged into. */
  mergeInto: string;
  cpusPerTask: number;
  cache: boolean;
  partition?: string;
  time?: string;
}

/** Single-quoted for the shell. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=,@+-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

/** The arguments after `mirrorlab` that reproduce the sweep (without shard, workers or database). */
export function sweepArgs(spec: SweepSpec, cache: boolean): string[] {
  const args = ['sweep', spec.experiment, '--seed', String(spec.seed)];
  for (const axis of spec.grid) args.push('--grid', `${axis.path}=${axis.values.join(',')}`);
  for (const [path, value] of leaves(spec.base)) {
    // Bare when `--set` reads the text back as the same string, JSON otherwise.
    const text = typeof value === 'string' && settingValue(value) === value ? value : JSON.stringify(value);
    args.push('--set', `${path}=${text}`);
  }
  if (!cache) args.push('--no-cache');
  return args;
}

/** The leaves of nested overrides as [path, value]; an empty object is a leaf. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return prefix === '' ? [] : [[prefix, value]];
}

export function slurmScript(o: SlurmOptions): string {
  const q = shellQuote;
  const shardDb = `${o.dir}/shard-`;
  const mergeCmd = `${q(o.node)} ${q(o.bin)} merge --db ${q(o.mergeInto)} ${q(o.dir)}/shard-*.db`;
  const lines = [
    '#!/bin/bash',
    `# SLURM array job for a mirrorlab sweep (written by \`mirrorlab sweep --slurm\`).`,
    `# ${o.spec.experiment}, sweep ${o.sweepId}: ${o.points} points in ${o.shards} tasks.`,
    '#',
    '# Submit:',
    `#   sbatch ${q(`${o.dir}/sweep.sbatch`)}`,
    '# When every task has finished, combine the shard databases (this also writes the summary):',
    `#   ${mergeCmd}`,
    `#SBATCH --job-name=mirrorlab-${o.spec.experiment}`,
    `#SBATCH --array=0-${o.shards - 1}`,
    `#SBATCH --cpus-per-task=${o.cpusPerTask}`,
    `#SBATCH --output=${o.dir}/slurm-%A_%a.out`,
  ];
  if (o.partition) lines.push(`#SBATCH --partition=${o.partition}`);
  if (o.time) lines.push(`#SBATCH --time=${o.time}`);
  const args = sweepArgs(o.spec, o.cache).map(q);
  lines.push(
    'set -euo pipefail',
    `cd ${q(o.cwd)}`,
    `exec "\${MIRRORLAB_NODE:-${o.node}}" ${q(o.bin)} ${args.join(' ')} \\`,
    `  --shard "\${SLURM_ARRAY_TASK_ID}/${o.shards}" \\`,
    `  --workers "\${SLURM_CPUS_PER_TASK:-1}" \\`,
    `  --db ${q(shardDb)}"\${SLURM_ARRAY_TASK_ID}.db"`,
    '',
  );
  return lines.join('\n');
}
