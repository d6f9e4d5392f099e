/**
 * One figure per metric against the swept parameters: the first numeric axis of
 * the grid on x, one line per combination of the other axes (at most 8, the
 * figure's limit), mean and 95% CI band across subjects. A grid without a numeric
 * axis puts the first axis's values at 0, 1, 2… and names them in the caption.
 */
import type { MetricLinesSpec, MetricPoint, MetricSeries } from '../figures/index.js';
import { settingValue } from './grid.js';
import type { SweepSummary } from './summary.js';

const MAX_SERIES = 8;

export interface SweepFigure {
  /** File name without extension, e.g. `metric-mirrorPct`. */
  name: string;
  metric: string;
  spec: MetricLinesSpec;
}

export function sweepFigures(s: SweepSummary): SweepFigure[] {
  const axes = s.spec.grid;
  const numericAt = axes.findIndex((a) => a.values.every((v) => typeof settingValue(v) === 'number'));
  const xAxis = numericAt >= 0 ? numericAt : 0;
  const xValues = axes[xAxis]!.values;
  const xOf = (v: string) => (numericAt >= 0 ? (settingValue(v) as number) : xValues.indexOf(v));
  const others = axes.map((_, i) => i).filter((i) => i !== xAxis);
  const seriesLabel = (settings: string[]) =>
    others.length === 0 ? 'all' : others.map((i) => settings[i]!).join(', ');

  const figures: SweepFigure[] = [];
  for (const metric of s.metricNames) {
    const series = new Map<string, MetricPoint[]>();
    let unit = '';
    for (const row of s.rows) {
      const label = seriesLabel(row.point.settings);
      if (!series.has(label)) series.set(label, []);
      const m = row.metrics?.[metric];
      if (!m || m.mean === null) continue;
      unit = m.unit;
      const value = row.point.settings[xAxis]!.slice(axes[xAxis]!.path.length + 1);
      const point: MetricPoint = { x: xOf(value), y: m.mean };
      if (m.n > 1 && m.low !== null && m.high !== null && m.low !== m.high) {
        point.low = m.low;
        point.high = m.high;
      }
      series.get(label)!.push(point);
    }
    const drawn: MetricSeries[] = [...series]
      .filter(([, points]) => points.length > 0)
      .map(([label, points]) => ({ label, points }));
    if (drawn.length === 0) continue;
    const notes = [`sweep ${s.id}, master seed ${s.spec.seed}; lines: mean, bands: 95% CI across subjects`];
    if (numericAt < 0) notes.push(`x: ${xValues.map((v, i) => `${i} = ${v}`).join(', ')}`);
    if (drawn.length > MAX_SERIES) notes.push(`first ${MAX_SERIES} of ${drawn.length} lines shown`);
    figures.push({
      name: `metric-${metric}`,
      metric,
      spec: {
        title: `${s.spec.experiment}: ${metric} against ${axes[xAxis]!.path}`,
        xLabel: axes[xAxis]!.path,
        yLabel: unit ? `${metric} (${unit})` : metric,
        series: drawn.slice(0, MAX_SERIES),
        caption: notes.join('; '),
      },
    });
  }
  return figures;
}
