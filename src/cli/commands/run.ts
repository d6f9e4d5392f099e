/**
 * `mirrorlab run`: run an experiment, store it in the results database, write its
 * report folder and print measured vs published.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { retryingRaiser } from '../../experiments/node/retrying-raiser.js';
import { defaultWorkers, SubjectPool } from '../../experiments/node/worker-pool.js';
import { cachedRaiser, type ExperimentRun, getExperiment } from '../../node.js';
import { REPORT_FILES, writeRunFolder } from '../../report/index.js';
import { type DbOptions, dbFile, openForWriting, resultsDir } from '../db.js';
import { errorLine } from '../errors.js';
import { numberOption } from '../io.js';
import { addDbOption, addJsonOption, addParamOptions, parseSeed } from '../options.js';
import { checkOutDir } from '../out-dir.js';
import { note, printJson, printText } from '../output.js';
import { commandParams, type ParamInput } from '../params.js';
import { progressReporter } from '../progress.js';
import { markFailed } from '../status.js';
import { executeStoredRun, type RunPlan } from '../stored-run.js';

export interface RunCommandOptions extends ParamInput, DbOptions {
  seed?: string;
  workers?: string;
  cache: boolean;
  outDir?: string;
  json?: boolean;
}

/** A run checked and ready: nothing has been written yet. */
export interface PreparedRun {
  plan: RunPlan;
  workers: number;
  cache: boolean;
  db: string;
  outDir: string | undefined;
}

/** Check everything the user gave (exit status 2 on any problem) before touching any file. */
export function prepareRun(id: string, o: RunCommandOptions): PreparedRun {
  const { def, overrides, resolved } = commandParams(id, o);
  const seed = parseSeed(o.seed);
  const workers = numberOption(o.workers, '--workers', { integer: true, min: 1 }) ?? defaultWorkers();
  return {
    plan: { experiment: def.id, seed, overrides, resolved },
    workers,
    cache: o.cache,
    db: dbFile(o),
    outDir: o.outDir === undefined ? undefined : checkOutDir(o.outDir),
  };
}

export type PerformedRun =
  | { ok: true; id: string; run: ExperimentRun; dir: string; files: string[] }
  | { ok: false; id: string; error: unknown };

/** Run, store and write the report folder. */
export async function performRun(
  p: PreparedRun,
  store: ReturnType<typeof openForWriting>,
): Promise<PerformedRun> {
  const subjects = p.plan.resolved.subjects as number;
  const pool = new SubjectPool(Math.min(p.workers, subjects), p.cache);
  const progress = progressReporter(p.plan.experiment);
  const fractions = new Map<number, number>();
  try {
    const outcome = await executeStoredRun(store, p.plan, {
      runner: pool.runner,
      raise: retryingRaiser(cachedRaiser(p.cache)),
      onProgress: (e) => {
        fractions.set(e.subject, e.fraction);
        let sum = 0;
        for (const f of fractions.values()) sum += f;
        progress.update(sum / subjects, `subject ${e.subject + 1}: ${e.note}`);
      },
    });
    progress.done();
    if (!outcome.ok) return outcome;
    const dir = p.outDir ?? path.join(resultsDir(p.db), 'runs', outcome.id);
    const files = writeRunFolder(store, outcome.id, dir);
    return { ok: true, id: outcome.id, run: outcome.run, dir, files };
  } finally {
    await pool.close();
  }
}

/** The one JSON object `run --json` prints. */
export function runJson(r: Extract<PerformedRun, { ok: true }>, db: string) {
  const { run } = r;
  return {
    experiment: run.experiment,
    seed: run.seed,
    subjects: run.subjects,
    metrics: run.metrics,
    criteria: run.criteria,
    artifacts: r.files,
    run: r.id,
    status: 'completed',
    db,
    report: path.join(r.dir, REPORT_FILES.html),
    params: run.params,
    version: run.version,
    durationS: run.durationS,
  };
}

export function formatRunSummary(r: Extract<PerformedRun, { ok: true }>, db: string): string {
  const { run } = r;
  const def = getExperiment(run.experiment);
  const lines = [
    `${run.experiment} — ${run.title}`,
    `${def.published.citation}`,
    `seed ${run.seed}, ${run.subjects} simulated subjects, ${run.durationS.toFixed(1)} s`,
    '',
  ];
  const w1 = Math.max(9, ...run.criteria.map((c) => c.id.length));
  const w2 = Math.max(8, ...run.criteria.map((c) => c.measured.length));
  lines.push(`${'criterion'.padEnd(w1)}  result  ${'measured'.padEnd(w2)}  expected`);
  for (const c of run.criteria) {
    lines.push(
      `${c.id.padEnd(w1)}  ${c.passed ? 'pass  ' : 'FAIL  '}  ${c.measured.padEnd(w2)}  ${c.expected}`,
    );
  }
  const passed = run.criteria.filter((c) => c.passed).length;
  lines.push('', `${passed} of ${run.criteria.length} criteria met`);
  for (const n of run.notes ?? []) lines.push(n);
  lines.push('', `stored as run ${r.id} in ${db}`, `report: ${path.join(r.dir, REPORT_FILES.html)}`);
  return `${lines.join('\n')}\n`;
}

export function registerRun(program: Command): void {
  const cmd = program
    .command('run')
    .description(
      'run an experiment: simulated subjects develop, are recorded and analysed as in the paper; the run is stored and reported',
    )
    .argument('<experiment>', 'experiment id (see `mirrorlab list`)');
  addParamOptions(cmd)
    .option('--seed <S>', 'master seed (each subject derives its own)', '1')
    .option('--workers <K>', 'worker threads for the subjects (default: the number of cores)')
    .option('--no-cache', 'develop every agent anew instead of using the cache of developed agents');
  addDbOption(cmd).option('--out-dir <dir>', 'report folder (default: runs/<run-id>/ next to the database)');
  addJsonOption(cmd)
    .addHelpText(
      'after',
      `
The run is stored in the results database (status running → completed or failed) and its
report folder gets report.html, report.md, result.json and the figures (SVG and PNG).

Examples:
  mirrorlab run gallese1996
  mirrorlab run gallese1996 --quick --seed 7 --json
  mirrorlab run gallese1996 --subjects 3 --set agent.brain.learning.rule=hebbian --set development.episodes=300
  mirrorlab run gallese1996 --db results/lab.db --out-dir results/today`,
    )
    .action(async (id: string, o: RunCommandOptions) => {
      const prepared = prepareRun(id, o);
      const store = openForWriting(prepared.db);
      try {
        const r = await performRun(prepared, store);
        if (!r.ok) {
          note(`mirrorlab: run ${r.id} of ${prepared.plan.experiment} failed: ${errorLine(r.error)}`);
          if (o.json)
            printJson({
              experiment: prepared.plan.experiment,
              run: r.id,
              status: 'failed',
              error: errorLine(r.error),
            });
          markFailed();
          return;
        }
        if (o.json) printJson(runJson(r, prepared.db));
        else printText(formatRunSummary(r, prepared.db));
      } finally {
        store.close();
      }
    });
}
