/**
 * A metric against a swept parameter, one line per condition: e.g. the percentage of mirror units
 * against the number of learning trials, for execution-only and observation-paired training.
 *
 * Series are told apart the way black-and-white journals did: line dash and marker shape/fill, not
 * colour, so the figure survives photocopying and colour-blind readers. An optional 95% CI is drawn
 * as a light band where a point gives `low` and `high`.
 */

import * as Plot from '@observablehq/plot';
import { checkFinite, checkNonEmptyArray, checkString, specError } from './check.js';
import { composeSvg } from './compose.js';
import { type LegendItem, legendSvg } from './legend.js';
import { type FigureOptions, plotToSvg } from './render.js';

/** One point of a series, with an optional confidence interval. */
export interface MetricPoint {
  x: number;
  y: number;
  low?: number;
  high?: number;
}

/** One line. */
export interface MetricSeries {
  label: string;
  points: MetricPoint[];
}

/** What {@link metricLinesFigure} draws. */
export interface MetricLinesSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  /** 1 to 8 series; each needs at least one point. */
  series: MetricSeries[];
  /** Note under the chart. */
  caption?: string;
}

const FIGURE = 'metricLinesFigure';

/** Line and marker styles, in order: distinguishable in black and white. */
const STYLES: { stroke: string; dash: string; symbol: 'circle' | 'square'; fill: string }[] = [
  { stroke: 'black', dash: '', symbol: 'circle', fill: 'black' },
  { stroke: 'black', dash: '6,3', symbol: 'circle', fill: 'white' },
  { stroke: '#555', dash: '', symbol: 'square', fill: '#555' },
  { stroke: '#555', dash: '2,2', symbol: 'square', fill: 'white' },
  { stroke: 'black', dash: '8,3,2,3', symbol: 'circle', fill: '#999' },
  { stroke: '#888', dash: '', symbol: 'circle', fill: '#888' },
  { stroke: '#888', dash: '4,2', symbol: 'square', fill: 'white' },
  { stroke: 'black', dash: '1,3', symbol: 'square', fill: 'black' },
];

/** Renders the parameter-sweep figure as one standalone SVG string (see {@link MetricLinesSpec}). */
export function metricLinesFigure(spec: MetricLinesSpec, options: FigureOptions = {}): string {
  validate(spec);
  const marks: Plot.Markish[] = [];
  const legend: LegendItem[] = [];
  spec.series.forEach((series, i) => {
    const style = STYLES[i]!;
    const points = [...series.points].sort((a, b) => a.x - b.x);
    const banded = points.filter((p) => p.low !== undefined && p.high !== undefined);
    if (banded.length > 0) {
      // Points without a CI leave a gap in the band rather than pinching it to the line.
      marks.push(
        Plot.areaY(points, {
          x: 'x',
          y1: (p: MetricPoint) => p.low,
          y2: (p: MetricPoint) => p.high,
          fill: style.stroke,
          fillOpacity: 0.12,
          className: 'ci-band',
        }),
      );
    }
    marks.push(
      Plot.line(points, {
        x: 'x',
        y: 'y',
        stroke: style.stroke,
        strokeWidth: 1.5,
        strokeDasharray: style.dash || undefined,
        className: 'series-line',
      }),
      Plot.dot(points, {
        x: 'x',
        y: 'y',
        symbol: style.symbol,
        r: 3.5,
        fill: style.fill,
        stroke: style.stroke,
        strokeWidth: 1.2,
        className: 'series-dot',
      }),
    );
    legend.push({
      label: series.label,
      stroke: style.stroke,
      dash: style.dash || undefined,
      marker: { shape: style.symbol, fill: style.fill },
    });
  });

  const chart = plotToSvg(
    {
      width: 560,
      height: 340,
      marginLeft: 60,
      marginRight: 20,
      marginTop: 14,
      marginBottom: 42,
      style: { fontSize: '10px' },
      x: {
        label: spec.xLabel,
        labelAnchor: 'center',
        labelArrow: 'none',
        labelOffset: 34,
        tickSize: 4,
        line: true,
        // Keeps the first and last markers off the axes.
        inset: 8,
      },
      y: {
        label: spec.yLabel,
        labelAnchor: 'center',
        labelArrow: 'none',
        labelOffset: 48,
        tickSize: 4,
        nice: true,
        line: true,
      },
      marks,
    },
    options.document,
  );
  return composeSvg({
    cells: [legendSvg(legend), chart],
    columns: 1,
    gap: 8,
    padding: 16,
    title: spec.title,
    caption: spec.caption,
  });
}

function validate(spec: MetricLinesSpec): void {
  checkString(FIGURE, 'title', spec.title);
  checkString(FIGURE, 'xLabel', spec.xLabel);
  checkString(FIGURE, 'yLabel', spec.yLabel);
  checkNonEmptyArray(FIGURE, 'series', spec.series);
  if (spec.series.length > STYLES.length) {
    specError(FIGURE, 'series', `must hold at most ${STYLES.length} lines, got ${spec.series.length}`);
  }
  spec.series.forEach((series, s) => {
    const at = `series[${s}]`;
    checkString(FIGURE, `${at}.label`, series.label);
    checkNonEmptyArray(FIGURE, `${at}.points`, series.points);
    series.points.forEach((p, k) => {
      const pt = `${at}.points[${k}]`;
      checkFinite(FIGURE, `${pt}.x`, p.x);
      checkFinite(FIGURE, `${pt}.y`, p.y);
      if ((p.low === undefined) !== (p.high === undefined)) {
        specError(FIGURE, pt, 'must give both low and high, or neither');
      }
      if (p.low !== undefined && p.high !== undefined) {
        checkFinite(FIGURE, `${pt}.low`, p.low);
        checkFinite(FIGURE, `${pt}.high`, p.high);
        if (!(p.low <= p.y && p.y <= p.high)) specError(FIGURE, pt, `must have low <= y <= high`);
      }
    });
  });
}
