/**
 * A sweep's summary as tables: one row per point with the swept values, the
 * point's status and criteria, and each metric's mean with its 95% CI. Text for
 * the terminal (means only, to stay narrow), Markdown and CSV for files.
 */
import { type CsvValue, csvDocument } from '../export/index.js';
import { formatNumber, formatStoredMetric, metricDigits } from '../report/index.js';
import type { SweepSummary } from './summary.js';

function criteriaText(c: { passed: number; total: number } | null): string {
  return c === null ? '' : `${c.passed}/${c.total}`;
}

/** Header and rows of the full table (metrics as "mean [low, high]"). */
export function summaryRows(s: SweepSummary, full = true): { header: string[]; rows: string[][] } {
  const paths = s.spec.grid.map((a) => a.path);
  const header = [...paths, 'status', 'criteria', ...s.metricNames, 'run'];
  const rows = s.rows.map((r) => [
    ...r.point.settings.map((x) => x.slice(x.indexOf('=') + 1)),
    r.status,
    criteriaText(r.criteria),
    ...s.metricNames.map((name) => {
      const m = r.metrics?.[name];
      if (!m) return '';
      return full ? formatStoredMetric(m) : formatNumber(m.mean, metricDigits(m.unit));
    }),
    r.runId ?? '',
  ]);
  return { header, rows };
}

/** Columns padded to line up, for the terminal. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

export function summaryMarkdown(
  s: SweepSummary,
  figures: readonly { name: string; title: string }[] = [],
): string {
  const { header, rows } = summaryRows(s);
  const cell = (x: string) => x.replaceAll('|', '\\|');
  const done = s.rows.filter((r) => r.status === 'completed').length;
  return [
    `# Sweep ${s.id}: ${s.spec.experiment}`,
    '',
    `Master seed ${s.spec.seed}, mirrorlab ${s.spec.version}; ${done} of ${s.rows.length} points completed.`,
    `Swept: ${s.spec.grid.map((a) => `${a.path} ∈ {${a.values.join(', ')}}`).join('; ')}.`,
    `Shared overrides: \`${JSON.stringify(s.spec.base)}\`.`,
    '',
    'Metrics: mean across simulated subjects [95% confidence interval].',
    '',
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
    ...(figures.length > 0 ? ['## Figures', ''] : []),
    ...figures.flatMap((f) => [`![${f.title}](figures/${f.name}.svg)`, '']),
  ].join('\n');
}

/** One row per point; each metric as `<name>_mean`, `_low`, `_high`, `_n`. */
export function summaryCsv(s: SweepSummary): string {
  const paths = s.spec.grid.map((a) => a.path);
  const header = [
    'point',
    ...paths,
    'status',
    'run',
    'criteria_passed',
    'criteria_total',
    ...s.metricNames.flatMap((m) => [`${m}_mean`, `${m}_low`, `${m}_high`, `${m}_n`]),
  ];
  const rows = s.rows.map((r): CsvValue[] => [
    r.point.key,
    ...r.point.settings.map((x) => x.slice(x.indexOf('=') + 1)),
    r.status,
    r.runId,
    r.criteria?.passed,
    r.criteria?.total,
    ...s.metricNames.flatMap((name) => {
      const m = r.metrics?.[name];
      return m ? [m.mean, m.low, m.high, m.n] : [null, null, null, null];
    }),
  ]);
  return csvDocument(header, rows);
}
