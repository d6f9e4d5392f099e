/**
 * `mirrorlab sweep`: run an experiment over a grid of parameter values, every
 * point a stored run with the same master seed; resumable, shardable, and
 * summarised as a table and one figure per metric against the swept parameters.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { defaultWorkers } from '../../experiments/node/worker-pool.js';
import {
  checkGrid,
  type GridAxis,
  parseGridAxis,
  parseShard,
  pointOverrides,
  type Shard,
  shardFromEnv,
  shardPoints,
  slurmScript,
  specPoints,
  summaryJson,
  summaryRows,
  sweepId,
  sweepSpec,
  sweepSummary,
  textTable,
  writeSweepSummary,
} from '../../sweep/index.js';
import { type DbOptions, dbFile, openForWriting, resultsDir } from '../db.js';
import { errorLine, UsageError } from '../errors.js';
import { numberOption, writeFileAtomic } from '../io.js';
import { addDbOption, addJsonOption, addParamOptions, parseSeed, repeatable } from '../options.js';
import { checkOutDir } from '../out-dir.js';
import { note, printJson, printText } from '../output.js';
import { checkedParams, commandOverrides, experimentOrUsage, fromSet, type ParamInput } from '../params.js';
import { progressReporter } from '../progress.js';
import { exitOnSignals } from '../signals.js';
import { markFailed } from '../status.js';
import { runSweepPoints } from '../sweep-run.js';

interface SweepOptions extends ParamInput, DbOptions {
  grid: string[];
  seed?: string;
  workers?: string;
  cache: boolean;
  shard?: string;
  outDir?: string;
  json?: boolean;
  slurm?: boolean;
  shards?: string;
  slurmDir?: string;
  cpusPerTask?: string;
  partition?: string;
  time?: string;
}

/** Where the mirrorlab command lives: bin/mirrorlab.js of this package. */
const BIN = new URL('../../../bin/mirrorlab.js', import.meta.url);

function planSweep(id: string, o: SweepOptions) {
  const def = experimentOrUsage(id);
  const axes: GridAxis[] = o.grid.map(parseGridAxis);
  checkGrid(axes);
  const base = commandOverrides(def, o);
  checkedParams(def, base, fromSet(o.set));
  const spec = sweepSpec(def.id, parseSeed(o.seed), base, axes);
  // Every point is checked before anything runs: a bad value fails the sweep, not its 7th point.
  const points = specPoints(spec).map((point) => ({
    point,
    resolved: checkedParams(def, pointOverrides(spec, point), [
      ...fromSet(o.set),
      ...point.settings.map((setting) => ({ option: '--grid', setting })),
    ]),
  }));
  return { spec, id: sweepId(spec), points };
}

function chooseShard(o: SweepOptions): Shard {
  if (o.shard !== undefined) return parseShard(o.shard);
  return shardFromEnv(process.env) ?? { index: 0, count: 1 };
}

function writeSlurm(o: SweepOptions, plan: ReturnType<typeof planSweep>): void {
  const db = dbFile(o);
  const shards = numberOption(o.shards, '--shards', { integer: true, min: 1 }) ?? plan.points.length;
  if (shards > plan.points.length)
    throw new UsageError(`--shards ${shards} is more than the ${plan.points.length} points of the grid`);
  const cpus = numberOption(o.cpusPerTask, '--cpus-per-task', { integer: true, min: 1 }) ?? 1;
  const dir = path.resolve(o.slurmDir ?? path.join(resultsDir(db), 'sweeps', plan.id, 'slurm'));
  checkOutDir(dir, '--slurm-dir');
  const script = slurmScript({
    spec: plan.spec,
    sweepId: plan.id,
    points: plan.points.length,
    shards,
    dir,
    cwd: process.cwd(),
    node: process.execPath,
    bin: decodeURIComponent(BIN.pathname),
    mergeInto: db,
    cpusPerTask: cpus,
    cache: o.cache,
    ...(o.partition ? { partition: o.partition } : {}),
    ...(o.time ? { time: o.time } : {}),
  });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'sweep.sbatch');
  writeFileAtomic(file, script);
  fs.chmodSync(file, 0o755);
  if (o.json) printJson({ sweep: plan.id, script: file, shards, points: plan.points.length, dir, db });
  else {
    printText(file);
    note(`submit with: sbatch ${file}`);
    note(`then merge: mirrorlab merge --db ${db} ${dir}/shard-*.db`);
  }
}

export function registerSweep(program: Command): void {
  const cmd = program
    .command('sweep')
    .description('run an experiment over a grid of parameter values (resumable; shardable across a cluster)')
    .argument('<experiment>', 'experiment id (see `mirrorlab list`)')
    .option(
      '--grid <path=v1,v2,...>',
      'a swept parameter and its values (repeatable; at least one)',
      repeatable,
      [],
    );
  addParamOptions(cmd)
    .option('--seed <S>', 'master seed, the same for every point', '1')
    .option('--workers <K>', 'worker threads (default: the number of cores); results do not depend on it')
    .option('--no-cache', 'develop every agent anew')
    .option(
      '--shard <i/n>',
      'run only shard i of n (0 ≤ i < n); default in a SLURM array job: SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT',
    )
    .option('--out-dir <dir>', 'summary folder (default: sweeps/<sweep-id>/ next to the database)')
    .option('--slurm', 'write a SLURM array script for the sweep instead of running it')
    .option('--shards <n>', 'with --slurm: array tasks (default: one per point)')
    .option('--slurm-dir <dir>', 'with --slurm: folder of the script, shard databases and logs')
    .option('--cpus-per-task <K>', 'with --slurm: CPUs (worker threads) per task', '1')
    .option('--partition <name>', 'with --slurm: SLURM partition')
    .option('--time <limit>', 'with --slurm: time limit per task, e.g. 02:00:00');
  addDbOption(cmd);
  addJsonOption(cmd)
    .addHelpText(
      'after',
      `
Each grid point is a run stored with the sweep's id and the point's key; running the same
command again skips the points already completed. Results are identical whatever --workers.
At the end: a summary table, summary.md/.csv/.json and one figure per metric (SVG, PNG).

Examples:
  mirrorlab sweep gallese1996 --grid trials=8,12,16 --grid development.episodes=120,240 --workers 4
  mirrorlab sweep gallese1996 --quick --grid agent.brain.learning.rule=delta,hebbian --json
  mirrorlab sweep gallese1996 --grid trials=8,12,16,20 --shard 1/4 --db shard-1.db
  mirrorlab sweep gallese1996 --grid trials=8,12,16,20 --slurm --shards 4 --cpus-per-task 4 --time 01:00:00`,
    )
    .action(async (id: string, o: SweepOptions) => {
      const plan = planSweep(id, o);
      if (o.slurm) {
        writeSlurm(o, plan);
        return;
      }
      const shard = chooseShard(o);
      const workers = numberOption(o.workers, '--workers', { integer: true, min: 1 }) ?? defaultWorkers();
      const outDir = o.outDir === undefined ? undefined : checkOutDir(o.outDir);
      const db = dbFile(o);
      const store = openForWriting(db);
      try {
        store.createSweep({ id: plan.id, experiment: plan.spec.experiment, spec: plan.spec });
        const mine = shardPoints(
          plan.points.map((p) => p.point),
          shard,
        );
        const todo = plan.points.filter(
          (p) => mine.includes(p.point) && store.findRunByPoint(plan.id, p.point.key)?.status !== 'completed',
        );
        const skipped = mine.length - todo.length;
        const label = shard.count > 1 ? `sweep shard ${shard.index}/${shard.count}` : 'sweep';
        note(
          `${label} ${plan.id}: ${mine.length} of ${plan.points.length} points here, ${skipped} already done, ${todo.length} to run`,
        );
        const running = new Set<string>();
        const release = exitOnSignals(
          () =>
            `sweep stopped; its unfinished runs (${[...running].join(', ') || 'none'}) will be marked interrupted and rerun next time`,
          () => store.close(),
        );
        let result: Awaited<ReturnType<typeof runSweepPoints>>;
        try {
          result = await runSweepPoints(store, { id: plan.id, spec: plan.spec }, todo, {
            workers,
            cache: o.cache,
            progress: progressReporter(label),
            onStart: (runId) => running.add(runId),
          });
        } finally {
          release();
        }
        for (const f of result.failed)
          note(`mirrorlab: point ${f.point.key} (run ${f.id}) failed: ${errorLine(f.error)}`);
        const summary = sweepSummary(store, plan.id);
        // A shard writes no summary files: the shards' folders would collide; merge writes them.
        const files =
          shard.count === 1
            ? writeSweepSummary(summary, outDir ?? path.join(resultsDir(db), 'sweeps', plan.id))
            : [];
        if (o.json) {
          printJson({
            ...summaryJson(summary),
            shard: `${shard.index}/${shard.count}`,
            ran: result.completed.length + result.failed.length,
            skipped,
            failed: result.failed.map((f) => ({ key: f.point.key, run: f.id, error: errorLine(f.error) })),
            db,
            files,
          });
        } else {
          const { header, rows } = summaryRows(summary, false);
          printText(textTable(header, rows));
          if (files.length > 0) note(`summary and figures in ${path.dirname(files[0]!)}`);
          else if (shard.count > 1)
            note(`shard done; merge the shard databases with: mirrorlab merge --db <all.db> <shard dbs>`);
        }
        if (result.failed.length > 0) markFailed();
      } finally {
        store.close();
      }
    });
}
