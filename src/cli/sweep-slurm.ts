/**
 * `mirrorlab sweep --slurm`: write the sweep's SLURM array script (see
 * src/sweep/slurm.ts) next to where its shard databases and logs will go.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { slurmScript } from '../sweep/index.js';
import { type DbOptions, dbFile, resultsDir } from './db.js';
import { UsageError } from './errors.js';
import { numberOption, writeFileAtomic } from './io.js';
import { checkOutDir } from './out-dir.js';
import { note, printJson, printText } from './output.js';
import type { SweepPlan } from './sweep-plan.js';

export interface SlurmInput extends DbOptions {
  cache: boolean;
  json?: boolean;
  shards?: string;
  slurmDir?: string;
  cpusPerTask?: string;
  partition?: string;
  time?: string;
}

/** This package's bin/mirrorlab.js (the same from src/cli and from dist/cli). */
const BIN = fileURLToPath(new URL('../../bin/mirrorlab.js', import.meta.url));

export function writeSlurm(plan: SweepPlan, o: SlurmInput): void {
  const db = dbFile(o);
  const shards = numberOption(o.shards, '--shards', { integer: true, min: 1 }) ?? plan.points.length;
  if (shards > plan.points.length)
    throw new UsageError(`--shards ${shards} is more than the ${plan.points.length} points of the grid`);
  const cpus = numberOption(o.cpusPerTask, '--cpus-per-task', { integer: true, min: 1 }) ?? 1;
  const dir = checkOutDir(o.slurmDir ?? path.join(resultsDir(db), 'sweeps', plan.id, 'slurm'), '--slurm-dir');
  const script = slurmScript({
    spec: plan.spec,
    sweepId: plan.id,
    points: plan.points.length,
    shards,
    dir,
    cwd: process.cwd(),
    node: process.execPath,
    bin: BIN,
    mergeInto: db,
    cpusPerTask: cpus,
    cache: o.cache,
    ...(o.partition ? { partition: o.partition } : {}),
    ...(o.time ? { time: o.time } : {}),
  });
  const file = path.join(dir, 'sweep.sbatch');
  writeFileAtomic(file, script, { createFolder: true });
  fs.chmodSync(file, 0o755);
  if (o.json) printJson({ sweep: plan.id, script: file, shards, points: plan.points.length, dir, db });
  else {
    printText(file);
    note(`submit with: sbatch ${file}`);
    note(`then merge: mirrorlab merge --db ${db} ${dir}/shard-*.db`);
  }
}
