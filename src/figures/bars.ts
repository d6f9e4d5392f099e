/**
 * Bar chart of a neuron classification, simulated beside published: e.g. the share of F5 mirror
 * units that are strictly congruent, broadly congruent or non-congruent (Gallese et al. 1996).
 *
 * The point of these figures is the comparison, so each category is a pair of adjacent bars: the
 * measured value (dark, with its 95% CI across simulated monkeys, because one simulated population
 * is one monkey and the papers report pooled counts) and the published value (light grey, no error
 * bar: the papers give none). Values are percentages and are printed above the bars, as readers of
 * the papers compare numbers, not bar heights.
 */

import * as Plot from '@observablehq/plot';
import { checkFinite, checkNonEmptyArray, checkString, specError } from './check.js';
import { composeSvg } from './compose.js';
import { legendSvg } from './legend.js';
import { type FigureOptions, plotToSvg } from './render.js';

/** One category: its measured mean and CI, and the published value if there is one. */
export interface ClassificationCategory {
  /** e.g. "strictly congruent". */
  label: string;
  /** Percent (0–100): mean across simulated monkeys and its 95% CI. */
  measured: { mean: number; low: number; high: number };
  /** Percent (0–100) reported in the paper. */
  published?: number;
}

/** What {@link classificationBars} draws. */
export interface ClassificationBarsSpec {
  title: string;
  /** e.g. "% of mirror neurons". */
  yLabel: string;
  categories: ClassificationCategory[];
  /** Legend text for the measured bars (default "simulated: mean and 95% CI across monkeys"). */
  measuredLabel?: string;
  /** Legend text for the published bars (default "published"), e.g. "Gallese et al. 1996". */
  publishedLabel?: string;
  /** Note under the chart, e.g. the number of monkeys and units. */
  caption?: string;
}

const FIGURE = 'classificationBars';
const MEASURED_FILL = '#7a7a7a';
const PUBLISHED_FILL = '#dcdcdc';
/** Category slot width, px: room for two bars and a two-line label. */
const SLOT_PX = 120;
const MARGIN_LEFT = 56;
const FONT = 10;
const TICK_FONT = 11;

/** Formats a percentage as papers do: integers plain, small non-zero values as "<1%". */
export function formatPercent(value: number): string {
  if (value > 0 && value < 1) return '<1%';
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** Renders the grouped bar chart as one standalone SVG string (see {@link ClassificationBarsSpec}). */
export function classificationBars(spec: ClassificationBarsSpec, options: FigureOptions = {}): string {
  validate(spec);
  const { categories } = spec;
  const hasPublished = categories.some((c) => c.published !== undefined);
  // Linear x: category i is centred on i; the measured bar sits left of centre, the published right.
  const half = hasPublished ? 0.36 : 0.22;
  const measuredX = (i: number) => (hasPublished ? i - half / 2 - 0.01 : i);
  const publishedX = (i: number) => i + half / 2 + 0.01;
  const barHalf = hasPublished ? half / 2 - 0.01 : half;
  const measured = categories.map((c, i) => ({ x: measuredX(i), ...c.measured }));
  const published = categories.flatMap((c, i) =>
    c.published === undefined ? [] : [{ x: publishedX(i), value: c.published }],
  );
  const top = Math.max(10, ...measured.map((m) => m.high), ...published.map((p) => p.value));
  const capHalf = 0.05;

  const chart = plotToSvg(
    {
      width: MARGIN_LEFT + 16 + categories.length * SLOT_PX,
      height: 300,
      marginLeft: MARGIN_LEFT,
      marginRight: 16,
      marginTop: 16,
      marginBottom: 44,
      style: { fontSize: `${FONT}px` },
      x: { domain: [-0.5, categories.length - 0.5], axis: null },
      y: {
        // Headroom for the value printed above the tallest bar.
        domain: [0, top * 1.12],
        nice: 5,
        label: spec.yLabel,
        labelAnchor: 'center',
        labelArrow: 'none',
        labelOffset: 44,
        tickSize: 4,
        line: true,
      },
      marks: [
        Plot.axisX({
          ticks: categories.map((_, i) => i),
          tickFormat: (i: number) => categories[i]?.label ?? '',
          tickSize: 0,
          // Plot measures lines in ems of the tick font and underestimates wide glyphs: keep a margin.
          lineWidth: (SLOT_PX * 0.8) / TICK_FONT,
          fontSize: TICK_FONT,
          label: null,
        }),
        Plot.rectY(measured, {
          x1: (d) => d.x - barHalf,
          x2: (d) => d.x + barHalf,
          y: 'mean',
          fill: MEASURED_FILL,
          stroke: 'black',
          strokeWidth: 0.8,
          className: 'measured',
        }),
        Plot.rectY(published, {
          x1: (d) => d.x - barHalf,
          x2: (d) => d.x + barHalf,
          y: 'value',
          fill: PUBLISHED_FILL,
          stroke: 'black',
          strokeWidth: 0.8,
          className: 'published',
        }),
        Plot.ruleY([0], { stroke: 'black' }),
        // CI whiskers with caps; the bar is mid grey so that the black whisker shows inside it too.
        Plot.ruleX(measured, {
          x: 'x',
          y1: 'low',
          y2: 'high',
          stroke: 'black',
          strokeWidth: 1.3,
          className: 'ci',
        }),
        ...(['low', 'high'] as const).map((end) =>
          Plot.ruleY(measured, {
            y: end,
            x1: (d) => d.x - capHalf,
            x2: (d) => d.x + capHalf,
            stroke: 'black',
            strokeWidth: 1.3,
          }),
        ),
        Plot.text(measured, {
          x: 'x',
          y: 'high',
          text: (d) => formatPercent(d.mean),
          dy: -8,
          fontSize: FONT,
          className: 'measured-value',
        }),
        Plot.text(published, {
          x: 'x',
          y: 'value',
          text: (d) => formatPercent(d.value),
          dy: -8,
          fontSize: FONT,
          className: 'published-value',
        }),
      ],
    },
    options.document,
  );

  const legend = legendSvg([
    {
      label: spec.measuredLabel ?? 'simulated: mean and 95% CI across monkeys',
      fill: MEASURED_FILL,
    },
    ...(hasPublished ? [{ label: spec.publishedLabel ?? 'published', fill: PUBLISHED_FILL }] : []),
  ]);
  return composeSvg({
    cells: [legend, chart],
    columns: 1,
    gap: 8,
    padding: 16,
    title: spec.title,
    caption: spec.caption,
  });
}

function validate(spec: ClassificationBarsSpec): void {
  checkString(FIGURE, 'title', spec.title);
  checkString(FIGURE, 'yLabel', spec.yLabel);
  checkNonEmptyArray(FIGURE, 'categories', spec.categories);
  const percent = (field: string, value: unknown) => {
    checkFinite(FIGURE, field, value);
    if (value < 0 || value > 100) specError(FIGURE, field, `must be a percentage in [0, 100], got ${value}`);
  };
  spec.categories.forEach((c, i) => {
    const at = `categories[${i}]`;
    checkString(FIGURE, `${at}.label`, c.label);
    if (typeof c.measured !== 'object' || c.measured === null)
      specError(FIGURE, `${at}.measured`, 'is required');
    percent(`${at}.measured.mean`, c.measured.mean);
    percent(`${at}.measured.low`, c.measured.low);
    percent(`${at}.measured.high`, c.measured.high);
    if (!(c.measured.low <= c.measured.mean && c.measured.mean <= c.measured.high)) {
      specError(FIGURE, `${at}.measured`, `must have low <= mean <= high, got ${JSON.stringify(c.measured)}`);
    }
    if (c.published !== undefined) percent(`${at}.published`, c.published);
  });
}
