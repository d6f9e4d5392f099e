/**
 * Writing a sweep's summary folder: `summary.md`, `summary.csv`, `summary.json`
 * and one figure per metric (`figures/metric-<name>.svg` and `.png`).
 */
import path from 'node:path';
import { metricLinesFigure, svgToPng } from '../figures/index.js';
import { writeFileAtomic } from '../report/files.js';
import type { SweepSummary } from './summary.js';
import { sweepFigures } from './summary-figures.js';
import { summaryCsv, summaryMarkdown } from './summary-table.js';

/** The summary as JSON: the spec, and per point its values, status, run, criteria and metrics. */
export function summaryJson(s: SweepSummary) {
  return {
    sweep: s.id,
    experiment: s.spec.experiment,
    seed: s.spec.seed,
    grid: s.spec.grid,
    base: s.spec.base,
    points: s.rows.map((r) => ({
      key: r.point.key,
      values: r.point.values,
      status: r.status,
      run: r.runId,
      criteria: r.criteria,
      metrics: r.metrics,
    })),
  };
}

export function writeSweepSummary(s: SweepSummary, dir: string): string[] {
  const files: string[] = [];
  const put = (name: string, data: string | Uint8Array) => {
    const file = path.join(dir, name);
    writeFileAtomic(file, data);
    files.push(file);
  };
  const figures = sweepFigures(s);
  put(
    'summary.md',
    summaryMarkdown(
      s,
      figures.map((f) => ({ name: f.name, title: f.spec.title })),
    ),
  );
  put('summary.csv', summaryCsv(s));
  put('summary.json', `${JSON.stringify(summaryJson(s), null, 2)}\n`);
  for (const f of figures) {
    const svg = metricLinesFigure(f.spec);
    put(`figures/${f.name}.svg`, svg);
    put(`figures/${f.name}.png`, svgToPng(svg, 1200));
  }
  return files;
}
