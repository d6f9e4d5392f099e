/** `mirrorlab run`: run an experiment, print measured vs published, write its figures. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { cachedRaiser } from '../../agent/cache.js';
import { renderFigures } from '../../experiments/node/figures.js';
import { defaultWorkers, workerRunner } from '../../experiments/node/worker-pool.js';
import {
  applySettings,
  type ExperimentRun,
  getExperiment,
  mergeParams,
  ParameterError,
  resolveParams,
  runExperiment,
  UnknownExperimentError,
} from '../../node.js';
import { UsageError } from '../errors.js';
import { numberOption, writeFileAtomic } from '../io.js';
import { progressReporter } from '../progress.js';

export interface RunCommandOptions {
  subjects?: string;
  seed?: string;
  set: string[];
  quick?: boolean;
  workers?: string;
  cache: boolean;
  outDir?: string;
  json?: boolean;
}

/** Resolve the parameters of a run from the command line (exit 2 on any problem). */
export function commandParams(
  id: string,
  o: Pick<RunCommandOptions, 'subjects' | 'set' | 'quick'>,
): Record<string, unknown> {
  let def: ReturnType<typeof getExperiment>;
  try {
    def = getExperiment(id);
  } catch (e) {
    if (e instanceof UnknownExperimentError) throw new UsageError(e.message);
    throw e;
  }
  let overrides: Record<string, unknown> = o.quick ? { ...def.quick } : {};
  const subjects = numberOption(o.subjects, '--subjects', { integer: true, min: 1 });
  if (subjects !== undefined) overrides = mergeParams(overrides, { subjects });
  try {
    overrides = applySettings(overrides, o.set);
    resolveParams(def, overrides);
  } catch (e) {
    if (e instanceof ParameterError) throw new UsageError(e.message);
    throw e;
  }
  return overrides;
}

export async function executeRun(
  id: string,
  o: RunCommandOptions,
): Promise<{ run: ExperimentRun; artifacts: string[] }> {
  const params = commandParams(id, o);
  const seed = numberOption(o.seed, '--seed', { integer: true, min: 0, max: 0xffffffff }) ?? 1;
  const workers = numberOption(o.workers, '--workers', { integer: true, min: 1 }) ?? defaultWorkers();
  const outDir = o.outDir ?? path.join('mirrorlab-results', 'figures', `${id}-seed${seed}`);
  const fractions = new Map<number, number>();
  const progress = progressReporter(id);
  const run = await runExperiment(
    id,
    {
      seed,
      params,
      raise: cachedRaiser(o.cache),
      onProgress: (p) => {
        fractions.set(p.subject, p.fraction);
        const total = (params.subjects as number | undefined) ?? fractions.size;
        let sum = 0;
        for (const f of fractions.values()) sum += f;
        progress.update(sum / Math.max(total, fractions.size), `subject ${p.subject + 1}: ${p.note}`);
      },
    },
    workerRunner(workers, o.cache),
  );
  progress.done();
  fs.mkdirSync(outDir, { recursive: true });
  const artifacts: string[] = [];
  for (const f of renderFigures(run.figures)) {
    for (const [ext, data] of [
      ['svg', f.svg],
      ['png', f.png],
    ] as const) {
      const file = path.join(outDir, `${f.name}.${ext}`);
      writeFileAtomic(file, data);
      artifacts.push(file);
    }
  }
  const summaryFile = path.join(outDir, 'result.json');
  writeFileAtomic(summaryFile, `${JSON.stringify(runJson(run, artifacts), null, 2)}\n`);
  artifacts.push(summaryFile);
  return { run, artifacts };
}

/** The one JSON object `run --json` prints. */
export function runJson(run: ExperimentRun, artifacts: string[]) {
  return {
    experiment: run.experiment,
    seed: run.seed,
    subjects: run.subjects,
    metrics: run.metrics,
    criteria: run.criteria,
    artifacts,
    params: run.params,
    version: run.version,
    durationS: run.durationS,
  };
}

export function formatRunSummary(run: ExperimentRun, artifacts: string[]): string {
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
  if (artifacts.length) lines.push('', `figures and result in ${path.dirname(artifacts[0]!)}/`);
  return `${lines.join('\n')}\n`;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run an experiment: simulated subjects develop, are recorded and analysed as in the paper')
    .argument('<experiment>', 'experiment id (see `mirrorlab list`)')
    .option('--subjects <N>', 'number of simulated subjects')
    .option('--seed <S>', 'master seed (each subject derives its own)', '1')
    .option(
      '--set <path=value>',
      'override a parameter (repeatable), e.g. --set trials=16',
      (v: string, prev: string[]) => [...prev, v],
      [],
    )
    .option('--quick', 'fewer subjects and trials (the quick form used by `validate --quick`)')
    .option('--workers <K>', 'worker threads (default: the number of cores)')
    .option('--no-cache', 'develop every agent anew instead of using the cache of developed agents')
    .option('--out-dir <dir>', 'where figures and result.json go')
    .option('--json', 'print one JSON object on standard output')
    .addHelpText(
      'after',
      `
Examples:
  mirrorlab run gallese1996
  mirrorlab run kohler2002 --subjects 3 --seed 7 --json
  mirrorlab run gallese1996 --set agent.brain.learning.rule=hebbian --set development.episodes=300`,
    )
    .action(async (id: string, o: RunCommandOptions) => {
      const { run, artifacts } = await executeRun(id, o);
      if (o.json) process.stdout.write(`${JSON.stringify(runJson(run, artifacts))}\n`);
      else process.stdout.write(formatRunSummary(run, artifacts));
    });
}
