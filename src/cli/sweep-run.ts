/**
 * Running a sweep's points: each point is a stored run (tagged with the sweep and
 * its point key) of the same experiment with the same master seed, so its results
 * depend only on its parameters — never on how many workers ran it or in which
 * order. Points whose completed run is already in the database are skipped, which
 * is what makes a sweep resumable. Their subjects share one pool of worker threads;
 * at most as many points as workers are in flight, so runs are marked started only
 * when they are about to run.
 */
import { retryingRaiser } from '../experiments/node/retrying-raiser.js';
import { SubjectPool } from '../experiments/node/worker-pool.js';
import { cachedRaiser, type RunStore } from '../node.js';
import { pointOverrides, type SweepPoint, type SweepSpec } from '../sweep/index.js';
import type { Progress } from './progress.js';
import { executeStoredRun, type RunOutcome } from './stored-run.js';

export interface PointsResult {
  completed: { point: SweepPoint; id: string }[];
  failed: { point: SweepPoint; id: string; error: unknown }[];
}

export async function runSweepPoints(
  store: RunStore,
  sweep: { id: string; spec: SweepSpec },
  points: readonly { point: SweepPoint; resolved: Record<string, unknown> }[],
  o: { workers: number; cache: boolean; progress: Progress },
): Promise<PointsResult> {
  const pool = new SubjectPool(o.workers, o.cache);
  const raise = retryingRaiser(cachedRaiser(o.cache));
  const total = points.reduce((n, p) => n + (p.resolved.subjects as number), 0);
  const fractions = new Map<string, number>();
  let finished = 0;
  const report = (note: string) => {
    let sum = 0;
    for (const f of fractions.values()) sum += f;
    o.progress.update(total > 0 ? sum / total : 1, note);
  };
  const result: PointsResult = { completed: [], failed: [] };
  const runPoint = async ({ point, resolved }: (typeof points)[number]): Promise<void> => {
    const outcome: RunOutcome = await executeStoredRun(
      store,
      {
        experiment: sweep.spec.experiment,
        seed: sweep.spec.seed,
        overrides: pointOverrides(sweep.spec, point),
        resolved,
        sweep: { id: sweep.id, pointKey: point.key },
      },
      {
        runner: pool.runner,
        raise,
        onProgress: (e) => {
          fractions.set(`${point.index}/${e.subject}`, e.fraction);
          report(`${finished}/${points.length} points done; ${point.key}`);
        },
      },
    );
    for (let s = 0; s < (resolved.subjects as number); s++) fractions.set(`${point.index}/${s}`, 1);
    finished++;
    report(`${finished}/${points.length} points done`);
    if (outcome.ok) result.completed.push({ point, id: outcome.id });
    else result.failed.push({ point, id: outcome.id, error: outcome.error });
  };
  try {
    const inFlight = new Set<Promise<void>>();
    for (const p of points) {
      while (inFlight.size >= pool.size) await Promise.race(inFlight);
      const running: Promise<void> = runPoint(p).finally(() => inFlight.delete(running));
      inFlight.add(running);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  o.progress.done();
  const byIndex = (a: { point: SweepPoint }, b: { point: SweepPoint }) => a.point.index - b.point.index;
  result.completed.sort(byIndex);
  result.failed.sort(byIndex);
  return result;
}
