/**
 * A sweep's results, point by point, read from the results database: the run that
 * stands for each point (its completed run, else its latest attempt), its status,
 * metrics and criteria. Built from the stored spec and runs only, so it reads the
 * same from a local sweep and from merged cluster shards.
 */
import { isStoredMetric, type StoredMetric } from '../report/index.js';
import type { RunRecord, RunStatus, RunStore } from '../store/index.js';
import type { SweepPoint } from './grid.js';
import { asSweepSpec, type SweepSpec, specPoints } from './spec.js';

export interface SweepRow {
  point: SweepPoint;
  /** `missing`: no run for this point in this database (another shard's, or not run yet). */
  status: RunStatus | 'missing';
  runId: string | null;
  metrics: Record<string, StoredMetric> | null;
  criteria: { passed: number; total: number } | null;
}

export interface SweepSummary {
  id: string;
  spec: SweepSpec;
  rows: SweepRow[];
  /** Metric names, in the experiment's order. */
  metricNames: string[];
}

/** Of several runs of one point, the one that speaks for it. */
function representative(runs: readonly RunRecord[]): RunRecord | undefined {
  const byStart = [...runs].sort((a, b) =>
    a.startedAt === b.startedAt ? (a.id < b.id ? -1 : 1) : a.startedAt < b.startedAt ? -1 : 1,
  );
  return byStart.find((r) => r.status === 'completed') ?? byStart[byStart.length - 1];
}

export function sweepSummary(store: RunStore, id: string): SweepSummary {
  const spec = asSweepSpec(store.getSweep(id).spec);
  const byPoint = new Map<string, RunRecord[]>();
  for (const r of store.listRuns({ sweepId: id })) {
    const list = byPoint.get(r.pointKey ?? '') ?? [];
    list.push(r);
    byPoint.set(r.pointKey ?? '', list);
  }
  const metricNames: string[] = [];
  const rows = specPoints(spec).map((point): SweepRow => {
    const run = representative(byPoint.get(point.key) ?? []);
    if (!run) return { point, status: 'missing', runId: null, metrics: null, criteria: null };
    let metrics: Record<string, StoredMetric> | null = null;
    if (run.metrics !== null) {
      metrics = {};
      for (const [name, m] of Object.entries(run.metrics)) {
        if (!isStoredMetric(m)) continue;
        metrics[name] = m;
        if (!metricNames.includes(name)) metricNames.push(name);
      }
    }
    const criteria =
      run.criteria === null
        ? null
        : { passed: run.criteria.filter((c) => c.passed).length, total: run.criteria.length };
    return { point, status: run.status, runId: run.id, metrics, criteria };
  });
  return { id, spec, rows, metricNames };
}
