/**
 * What a run's report says, independent of how it is typeset: the Markdown and the
 * HTML reports are two renderings of this one model, so they cannot disagree.
 * Built only from the stored run (see stored-run.ts).
 */
import { flattenParams, formatDuration, formatStoredMetric, isStoredMetric } from './format.js';
import { ARTIFACT } from './run-artifacts.js';
import type { StoredRun } from './stored-run.js';

export interface ReportModel {
  heading: string;
  facts: [string, string][];
  /** Why the run failed or was interrupted. */
  error: string | null;
  citation: string | null;
  finding: string | null;
  protocol: string | null;
  outcome: { passed: number; total: number } | null;
  criteria: { id: string; passed: boolean; measured: string; expected: string; description: string }[];
  /** Measured (mean [95% CI]) beside published, from the experiment's comparison figures. */
  comparisons: { title: string; rows: { label: string; measured: string; published: string }[] }[];
  metrics: { name: string; value: string; n: number }[];
  publishedValues: [string, string][];
  figures: { title: string; svg: string | null; svgFile: string; pngFile: string | null }[];
  notes: string[];
  params: [string, string][];
}

const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
const pct = (x: number) => `${x.toFixed(1)}%`;

export function reportModel(stored: StoredRun): ReportModel {
  const { run, result } = stored;
  const duration = formatDuration(run.startedAt, run.endedAt);
  const facts: [string, string][] = [
    ['run', run.id],
    ['status', run.status],
    ['experiment', run.experiment],
    ['seed', String(run.seed)],
    ['simulated subjects', String(run.subjects)],
    ['mirrorlab', run.version],
    ['started', run.startedAt],
    ['ended', run.endedAt ?? 'unknown'],
  ];
  if (duration !== null) facts.push(['duration', duration]);
  if (run.sweepId !== null) facts.push(['sweep', `${run.sweepId}, point ${run.pointKey}`]);
  const criteria = (run.criteria ?? []).map((c) => ({
    id: c.id,
    passed: c.passed,
    measured: text(c.measured),
    expected: text(c.expected),
    description: c.description,
  }));
  const metrics = Object.entries(run.metrics ?? {}).map(([name, m]) =>
    isStoredMetric(m) ? { name, value: formatStoredMetric(m), n: m.n } : { name, value: text(m), n: 0 },
  );
  const comparisons = stored.figures.flatMap((f) =>
    f.spec.kind === 'bars'
      ? [
          {
            title: f.spec.spec.title,
            rows: f.spec.spec.categories.map((c) => ({
              label: c.label,
              measured:
                c.measured.low === c.measured.high
                  ? pct(c.measured.mean)
                  : `${pct(c.measured.mean)} [${c.measured.low.toFixed(1)}, ${c.measured.high.toFixed(1)}]`,
              published: c.published === undefined ? '—' : pct(c.published),
            })),
          },
        ]
      : [],
  );
  return {
    heading: `${run.experiment} — ${result?.title ?? 'run'} (${run.id})`,
    facts,
    error: run.error,
    citation: result?.published.citation ?? null,
    finding: result?.published.finding ?? null,
    protocol: result?.protocol ?? null,
    outcome:
      run.criteria === null
        ? null
        : { passed: run.criteria.filter((c) => c.passed).length, total: run.criteria.length },
    criteria,
    comparisons,
    metrics,
    publishedValues: Object.entries(result?.published.values ?? {}).map(([k, v]) => [k, String(v)]),
    figures: stored.figures.map((f) => ({
      title: f.title,
      svg: f.svg,
      svgFile: ARTIFACT.svg(f.name),
      pngFile: f.hasPng ? ARTIFACT.png(f.name) : null,
    })),
    notes: result?.notes ?? [],
    params: flattenParams(run.params),
  };
}
