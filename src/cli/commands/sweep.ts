/**
 * `mirrorlab sweep`: run an experiment over a grid of parameter values, every
 * point a stored run with the same master seed; resumable, shardable, and
 * summarised as a table and one figure per metric against the swept parameters.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { defaultWorkers } from '../../experiments/node/worker-pool.js';
import {
  shardPoints,
  summaryJson,
  summaryRows,
  sweepSummary,
  textTable,
  writeSweepSummary,
} from '../../sweep/index.js';
import { dbFile, openForWriting, resultsDir } from '../db.js';
import { errorLine } from '../errors.js';
import { numberOption } from '../io.js';
import { addDbOption, addJsonOption, addParamOptions, repeatable } from '../options.js';
import { checkOutDir } from '../out-dir.js';
import { note, printJson, printText } from '../output.js';
import { progressReporter } from '../progress.js';
import { markFailed } from '../status.js';
import { chooseShard, planSweep, type SweepInput } from '../sweep-plan.js';
import { runSweepPoints } from '../sweep-run.js';
import { type SlurmInput, writeSlurm } from '../sweep-slurm.js';

interface SweepOptions extends SweepInput, SlurmInput {
  workers?: string;
  outDir?: string;
  slurm?: boolean;
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
        writeSlurm(plan, o);
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
        const result = await runSweepPoints(store, { id: plan.id, spec: plan.spec }, todo, {
          workers,
          cache: o.cache,
          progress: progressReporter(label),
        });
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
