/**
 * The classic single-neuron figure of mirror neuron papers (Gallese et al. 1996, Umiltà et al. 2001,
 * Kohler et al. 2002): for each condition, a spike raster of one neuron (one row per trial) above its
 * peri-stimulus time histogram, all aligned on one event.
 *
 * The reader compares conditions at a glance, so the panels share everything that can be shared:
 * the time window, the raster row pitch, and above all the PSTH y scale (a neuron that fires half as
 * much must look half as tall). Drawn black on white, with thin ticks and filled bars, like the
 * 1990s originals; the alignment event is a solid vertical line, other events dashed.
 *
 * The PSTH is computed here, from the spike times given, so the figure shows exactly its own data.
 */

import * as Plot from '@observablehq/plot';
import { checkFinite, checkNonEmptyArray, checkString, specError } from './check.js';
import { composeSvg, placeSvg, svgRoot, svgSize } from './compose.js';
import { type PlacedLabel, placeLabelRows } from './label-rows.js';
import { type FigureOptions, plotToSvg } from './render.js';
import { svgText, textWidth } from './text.js';
import { timeTicks } from './time-ticks.js';

/** An event marked on every plot of a panel, e.g. hand–object contact at 420 ms. */
export interface RasterPsthMark {
  /** Time of the event, ms relative to the alignment (inside `rangeMs`). */
  tMs: number;
  label: string;
}

/** One condition: the trials of one neuron. */
export interface RasterPsthPanel {
  /**
   * Condition name shown above the panel, e.g. "execute", "observe", "object alone"; set smaller,
   * then shortened with an ellipsis, if wider than the panel.
   */
  label: string;
  /** One array per trial: spike times in ms relative to the alignment event (any order). */
  trials: number[][];
  /** Other events to mark with a dashed line. */
  marks?: RasterPsthMark[];
}

/** What {@link rasterPsthFigure} draws. */
export interface RasterPsthSpec {
  title: string;
  subtitle?: string;
  /** The alignment event, as in "time from <alignLabel> (ms)", e.g. "act onset", "hand–object contact". */
  alignLabel: string;
  /** Window shown, ms relative to the alignment: `[start, end]`, start < end, containing 0. */
  rangeMs: [number, number];
  /** PSTH bin width, ms (20 ms in Gallese et al. 1996). */
  binMs: number;
  /**
   * Conditions, 1 to 8 (papers show 2 to 6): up to 4 side by side; 5 to 8 on two balanced rows
   * (3 + 2, 3 + 3, 4 + 3, 4 + 4).
   */
  panels: RasterPsthPanel[];
}

/** One PSTH bin: `[x1, x2)` ms and the mean firing rate in it. */
export interface PsthBin {
  x1: number;
  x2: number;
  /** Spikes per second, averaged over trials. */
  rate: number;
}

const FIGURE = 'rasterPsthFigure';
const MAX_PANELS = 8;
const PLOT_WIDTH = 250;
const MARGIN_LEFT = 48;
const MARGIN_RIGHT = 20;
const RASTER_TOP = 3;
const PSTH_HEIGHT = 150;
const TITLE_HEIGHT = 20;
const EVENT_FONT = 9;
const TICK_FONT = 10;
const EVENT_ROW = 11;

/**
 * Peri-stimulus time histogram: mean rate (spikes/s) across trials in bins of `binMs` from
 * `rangeMs[0]`. Spikes count in `[start, end)`; a last bin cut short by the window end is divided by
 * its true width, so it is not biased low.
 */
export function psthBins(trials: number[][], rangeMs: [number, number], binMs: number): PsthBin[] {
  const [start, end] = rangeMs;
  if (!(end > start)) throw new Error(`psthBins: rangeMs must have start < end, got [${start}, ${end}]`);
  if (!(binMs > 0)) throw new Error(`psthBins: binMs must be positive, got ${binMs}`);
  const n = Math.ceil((end - start) / binMs - 1e-9);
  const counts = new Array<number>(n).fill(0);
  for (const trial of trials) {
    for (const t of trial) {
      if (t < start || t >= end) continue;
      const i = Math.min(n - 1, Math.floor((t - start) / binMs));
      counts[i]! += 1;
    }
  }
  return counts.map((count, i) => {
    const x1 = start + i * binMs;
    const x2 = Math.min(end, x1 + binMs);
    return { x1, x2, rate: count / Math.max(1, trials.length) / ((x2 - x1) / 1000) };
  });
}

/** Renders the raster + PSTH figure as one standalone SVG string (see {@link RasterPsthSpec}). */
export function rasterPsthFigure(spec: RasterPsthSpec, options: FigureOptions = {}): string {
  validate(spec);
  const { rangeMs, binMs, panels } = spec;
  const columns =
    panels.length <= 4 ? panels.length : Math.ceil(panels.length / Math.ceil(panels.length / 4));
  const maxTrials = Math.max(...panels.map((p) => p.trials.length));
  // Row pitch shared by all rasters: 9 px up to a dozen trials, thinner for more, never below 2 px.
  const rowPx = Math.max(2, Math.min(9, Math.floor(120 / maxTrials)));
  const bins = panels.map((p) => psthBins(p.trials, rangeMs, binMs));
  const yMax = Math.max(1, ...bins.flat().map((b) => b.rate));

  // Event names above the rasters: rows of labels are shared, so all rasters of a row line up.
  const labels = panels.map((panel) => eventLabels(panel, spec));
  const labelRows = Math.max(1, ...labels.flat().map((l) => l.row + 1));

  const cells = panels.map((panel, i) => {
    const raster = plotToSvg(rasterPlot(panel, spec, maxTrials, rowPx), options.document);
    const yLabel = i % columns === 0 ? 'spikes/s' : null;
    const psth = plotToSvg(psthPlot(bins[i]!, panel.marks ?? [], spec, yMax, yLabel), options.document);
    return stackPanel(panel.label, labels[i]!, labelRows, raster, psth);
  });
  const hasMarks = panels.some((p) => (p.marks ?? []).length > 0);
  return composeSvg({
    cells,
    columns,
    gap: 22,
    padding: 16,
    title: spec.title,
    subtitle: spec.subtitle,
    caption:
      `Rasters: one row per trial, one tick per spike. Histograms: mean rate across trials in ${binMs} ms bins, ` +
      `same scale in all panels. Solid line: ${spec.alignLabel}${hasMarks ? '; dashed lines: other events' : ''}.`,
  });
}

/** Where the alignment and event names go above one raster. */
function eventLabels(panel: RasterPsthPanel, spec: RasterPsthSpec): PlacedLabel[] {
  const [start, end] = spec.rangeMs;
  const frame = PLOT_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  const px = (t: number) => MARGIN_LEFT + ((t - start) / (end - start)) * frame;
  const events = [
    { x: px(0), text: spec.alignLabel },
    ...(panel.marks ?? []).map((m) => ({ x: px(m.tMs), text: m.label })),
  ];
  return placeLabelRows(
    events.filter((e) => e.text.length > 0),
    EVENT_FONT,
    0,
    PLOT_WIDTH,
  );
}

/** The raster: trials top to bottom, one short vertical tick per spike, event lines over it. */
function rasterPlot(panel: RasterPsthPanel, spec: RasterPsthSpec, maxTrials: number, rowPx: number) {
  const [start, end] = spec.rangeMs;
  const ticks: { t: number; y1: number; y2: number }[] = [];
  panel.trials.forEach((trial, row) => {
    for (const t of trial) if (t >= start && t < end) ticks.push({ t, y1: row + 0.12, y2: row + 0.88 });
  });
  const marks = panel.marks ?? [];
  return {
    width: PLOT_WIDTH,
    height: RASTER_TOP + maxTrials * rowPx + 4,
    marginTop: RASTER_TOP,
    marginBottom: 4,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    x: { domain: spec.rangeMs, axis: null },
    y: { domain: [maxTrials, 0], axis: null },
    marks: [
      Plot.ruleX(ticks, {
        x: 't',
        y1: 'y1',
        y2: 'y2',
        stroke: 'black',
        strokeWidth: 1,
        className: 'raster-spikes',
      }),
      ...eventLines(marks, true),
    ],
  } satisfies Plot.PlotOptions;
}

/** The PSTH: filled bars on the shared y scale, with the time axis labelled from the alignment event. */
function psthPlot(
  bins: PsthBin[],
  marks: RasterPsthMark[],
  spec: RasterPsthSpec,
  yMax: number,
  yLabel: string | null,
) {
  const time = timeTicks(spec.rangeMs, PLOT_WIDTH - MARGIN_LEFT - MARGIN_RIGHT, TICK_FONT, plainNumber);
  return {
    width: PLOT_WIDTH,
    height: PSTH_HEIGHT,
    marginTop: 6,
    marginBottom: 38,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    style: { fontSize: `${TICK_FONT}px` },
    x: {
      domain: spec.rangeMs,
      label: `time from ${spec.alignLabel} (ms)`,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 32,
      ticks: time.ticks,
      tickSize: 4,
      tickFormat: (t: number) => (time.labelled.some((l) => Math.abs(l - t) < 1e-6) ? plainNumber(t) : ''),
      line: true,
    },
    y: {
      domain: [0, yMax],
      nice: 4,
      label: yLabel,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 38,
      ticks: 4,
      tickSize: 4,
      tickFormat: plainNumber,
      line: true,
    },
    marks: [
      // One filled step outline rather than a rect per bin: no hairline seams between adjacent bins.
      Plot.areaY(stepOutline(bins), {
        x: 'x',
        y: 'rate',
        curve: 'step-after',
        fill: 'black',
        className: 'psth',
      }),
      Plot.ruleY([0], { stroke: 'black' }),
      ...eventLines(marks, false),
    ],
  } satisfies Plot.PlotOptions;
}

/** The histogram's outline for a step-after curve: each bin's left edge, then the last bin's right edge. */
function stepOutline(bins: PsthBin[]): { x: number; rate: number }[] {
  const points = bins.map((b) => ({ x: b.x1, rate: b.rate }));
  const last = bins[bins.length - 1];
  if (last) points.push({ x: last.x2, rate: last.rate });
  return points;
}

/** Tick labels as in papers: no thousands separator, a true minus sign. */
function plainNumber(value: number): string {
  return value < 0 ? `\u2212${-value}` : String(value);
}

/** The alignment line at 0 (solid) and the other events (dashed, grey). */
function eventLines(marks: RasterPsthMark[], overRaster: boolean): Plot.Markish[] {
  return [
    Plot.ruleX([0], { stroke: overRaster ? '#444' : '#888', strokeWidth: 1, className: 'alignment' }),
    Plot.ruleX(
      marks.map((m) => m.tMs),
      { stroke: '#777', strokeWidth: 1, strokeDasharray: '3,2', className: 'event' },
    ),
  ];
}

/** Condition name, event names, raster and PSTH of one condition, stacked in one SVG. */
function stackPanel(
  label: string,
  events: PlacedLabel[],
  labelRows: number,
  raster: string,
  psth: string,
): string {
  const rasterSize = svgSize(raster);
  const psthSize = svgSize(psth);
  const plotCentre = MARGIN_LEFT + (PLOT_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / 2;
  const rasterY = TITLE_HEIGHT + labelRows * EVENT_ROW + 2;
  const fitted = fitLabel(label, PLOT_WIDTH - 6);
  // Centred over the plot frame, unless that would push a long name past the panel's edge.
  const half = textWidth(fitted.text, fitted.fontSize, true) / 2;
  const labelX = Math.max(half + 3, Math.min(plotCentre, PLOT_WIDTH - half - 3));
  const eventText = events.map((e) =>
    svgText(e.text, e.x, rasterY - 3 - e.row * EVENT_ROW, {
      fontSize: EVENT_FONT,
      anchor: 'middle',
      fill: '#222',
    }),
  );
  const body =
    svgText(fitted.text, labelX, 13, { fontSize: fitted.fontSize, bold: true, anchor: 'middle' }) +
    eventText.join('') +
    placeSvg(raster, 0, rasterY, rasterSize) +
    placeSvg(psth, 0, rasterY + rasterSize.height, psthSize);
  return svgRoot(PLOT_WIDTH, rasterY + rasterSize.height + psthSize.height, body);
}

/**
 * A condition name that fits the panel width: set smaller (down to 9 px) if needed, then shortened
 * with an ellipsis, since the panel clips anything wider.
 */
function fitLabel(label: string, width: number): { text: string; fontSize: number } {
  for (let fontSize = 12; fontSize >= 9; fontSize--) {
    if (textWidth(label, fontSize, true) <= width) return { text: label, fontSize };
  }
  let text = label;
  while (text.length > 1 && textWidth(`${text}…`, 9, true) > width) text = text.slice(0, -1);
  return { text: `${text.trimEnd()}…`, fontSize: 9 };
}

function validate(spec: RasterPsthSpec): void {
  checkString(FIGURE, 'title', spec.title);
  checkString(FIGURE, 'alignLabel', spec.alignLabel);
  if (spec.subtitle !== undefined) checkString(FIGURE, 'subtitle', spec.subtitle);
  const range = spec.rangeMs as unknown;
  if (!Array.isArray(range) || range.length !== 2) specError(FIGURE, 'rangeMs', 'must be [startMs, endMs]');
  checkFinite(FIGURE, 'rangeMs[0]', range[0]);
  checkFinite(FIGURE, 'rangeMs[1]', range[1]);
  const [start, end] = spec.rangeMs;
  if (!(start < end)) specError(FIGURE, 'rangeMs', `must have start < end, got [${start}, ${end}]`);
  if (start > 0 || end < 0) {
    specError(FIGURE, 'rangeMs', `must contain 0 (the alignment event), got [${start}, ${end}]`);
  }
  checkFinite(FIGURE, 'binMs', spec.binMs);
  if (!(spec.binMs > 0)) specError(FIGURE, 'binMs', `must be positive, got ${spec.binMs}`);
  if (spec.binMs > end - start) specError(FIGURE, 'binMs', `must not exceed the window (${end - start} ms)`);
  checkNonEmptyArray(FIGURE, 'panels', spec.panels);
  if (spec.panels.length > MAX_PANELS) {
    specError(FIGURE, 'panels', `must hold at most ${MAX_PANELS} conditions, got ${spec.panels.length}`);
  }
  spec.panels.forEach((panel, p) => {
    const at = `panels[${p}]`;
    checkString(FIGURE, `${at}.label`, panel.label);
    checkNonEmptyArray(FIGURE, `${at}.trials`, panel.trials);
    panel.trials.forEach((trial, r) => {
      if (!Array.isArray(trial)) specError(FIGURE, `${at}.trials[${r}]`, 'must be an array of spike times');
      trial.forEach((t, k) => {
        checkFinite(FIGURE, `${at}.trials[${r}][${k}]`, t);
      });
    });
    (panel.marks ?? []).forEach((mark, m) => {
      checkFinite(FIGURE, `${at}.marks[${m}].tMs`, mark.tMs);
      checkString(FIGURE, `${at}.marks[${m}].label`, mark.label);
      if (mark.tMs < start || mark.tMs > end) {
        specError(
          FIGURE,
          `${at}.marks[${m}].tMs`,
          `must lie inside rangeMs [${start}, ${end}], got ${mark.tMs}`,
        );
      }
    });
  });
}
