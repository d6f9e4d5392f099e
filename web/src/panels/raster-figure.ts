/**
 * The raster: one row per neuron, one tick per spike, newest on the right, one band
 * per area. F5 neurons are grouped and coloured by the movement they prefer; trial
 * events (object, hand moves, contact, sound) are drawn as vertical lines so a spike
 * can be read against what happened. Pure: computes a view from the lab's state and
 * paints it on any painter.
 */
import { type Box, niceTicks, Scale, xAxis } from '../draw/axes.js';
import { estimateTextWidth, type MarkBatch, type Painter } from '../draw/painter.js';
import { type Cell, toCsv } from '../export/csv.js';
import type { LabState } from '../model/lab-state.js';
import { AREA_WORDS, CLASS_COLORS, INK, MOVEMENT_WORDS, MOVEMENTS, movementColor } from '../model/palette.js';
import { neuronColor, rowsOf } from '../model/selection.js';
import type { SpikeRings } from '../play/spike-rings.js';
import type { TrialHistory } from '../play/trial-history.js';

export interface RasterBand {
  area: string;
  areaIndex: number;
  rows: number[];
  /** Row of each neuron of the area (−1: not shown). */
  rowOf: Int32Array;
}

export interface RasterView {
  fromMs: number;
  toMs: number;
  bands: RasterBand[];
  /** The neuron followed (highlighted), shown again on its own track above the bands. */
  followed: { area: string; areaIndex: number; neuron: number } | null;
  state: LabState;
  rings: SpikeRings;
  history: TrialHistory;
}

export function rasterView(
  state: LabState,
  rings: SpikeRings,
  history: TrialHistory,
  nowMs: number,
): RasterView {
  const windowMs = state.layout.windowS * 1000;
  const toMs = Math.max(windowMs, nowMs);
  const bands: RasterBand[] = [];
  const info = state.agent;
  if (info) {
    for (const area of state.selection.areas) {
      const areaIndex = info.areas.findIndex((a) => a.area === area);
      if (areaIndex < 0) continue;
      const rows = rowsOf(area, info, state.selection, state.classes);
      const rowOf = new Int32Array(info.areas[areaIndex]!.size).fill(-1);
      rows.forEach((n, r) => {
        rowOf[n] = r;
      });
      bands.push({ area, areaIndex, rows, rowOf });
    }
  }
  const hl = state.selection.highlight;
  const hlIndex = hl && info ? info.areas.findIndex((a) => a.area === hl.area) : -1;
  const followed = hl && hlIndex >= 0 ? { area: hl.area, areaIndex: hlIndex, neuron: hl.neuron } : null;
  return { fromMs: toMs - windowMs, toMs, bands, followed, state, rings, history };
}

/** Margins; the bottom one grows with the colour key's lines (see keyLines). */
export const RASTER_MARGIN = { left: 118, right: 12, top: 30, bottom: 44 };
const KEY_LINE = 15;
/** Height of the followed neuron's own track (like the trace of one electrode). */
export const FOLLOWED_TRACK = 30;

/** Where each band sits (shared by painting and by clicks on the raster). */
export function bandBoxes(view: RasterView, width: number, height: number): Box[] {
  const m = RASTER_MARGIN;
  const gap = 8;
  const top = m.top + (view.followed ? FOLLOWED_TRACK + gap : 0);
  const bottom = m.bottom + KEY_LINE * keyLines(view, width).length;
  const plotH = height - top - bottom - gap * Math.max(0, view.bands.length - 1);
  // Every band gets a readable minimum, and the rest by the square root of its rows (big
  // areas bigger); F5, where mirror neurons are, gets twice its share. The sum always fits.
  const weights = view.bands.map((b) => Math.sqrt(Math.max(1, b.rows.length)) * (b.area === 'F5' ? 2 : 1));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const n = Math.max(1, view.bands.length);
  const minH = Math.max(1, Math.min(18, plotH / n));
  const spare = Math.max(0, plotH - n * minH);
  let y = top;
  return view.bands.map((_, i) => {
    const h = minH + (spare * weights[i]!) / total;
    const box = { x: m.left, y, w: width - m.left - m.right, h };
    y += h + gap;
    return box;
  });
}

const EVENT_STYLE: Record<string, { color: string; label: string }> = {
  objectOn: { color: '#8c6239', label: 'object' },
  actStart: { color: '#1f5fa8', label: 'hand moves' },
  contact: { color: '#2a8a3a', label: 'contact' },
  sound: { color: '#d62728', label: 'sound' },
  screen: { color: '#5d6873', label: 'screen' },
};

let buffers: MarkBatch | null = null;
function markBuffers(n: number): MarkBatch {
  if (!buffers || buffers.x.length < n) {
    const cap = Math.max(n, 2 * (buffers?.x.length ?? 4096));
    buffers = {
      x: new Float32Array(cap),
      y: new Float32Array(cap),
      color: new Uint8Array(cap),
      palette: [],
      count: 0,
      width: 1,
      height: 1,
    };
  }
  return buffers;
}

export function paintRaster(p: Painter, view: RasterView): void {
  p.clear('#ffffff');
  const { state } = view;
  const info = state.agent;
  if (!info) {
    p.text(p.width / 2, p.height / 2, 'No agent yet — it is being raised (see the progress bar above).', {
      size: 13,
      align: 'middle',
      color: '#777',
    });
    return;
  }
  const boxes = bandBoxes(view, p.width, p.height);
  const first = boxes[0];
  const last = boxes[boxes.length - 1];
  if (!first || !last) {
    p.text(p.width / 2, p.height / 2, 'No area selected: tick an area above.', {
      size: 13,
      align: 'middle',
      color: '#777',
    });
    return;
  }
  const x = new Scale(view.fromMs, view.toMs, first.x, first.x + first.w);
  const top = view.followed ? first.y - FOLLOWED_TRACK - 8 : first.y;
  const bottom = last.y + last.h;

  // Trials: the inter-trial rest is shaded, events are lines.
  for (const t of view.history.within(view.fromMs, view.toMs)) {
    const restFrom = Math.max(view.fromMs, t.endMs);
    const restTo = Math.min(view.toMs, t.blockEndMs);
    if (restTo > restFrom)
      p.rect(x.map(restFrom), top, x.map(restTo) - x.map(restFrom), bottom - top, '#f4f4f4');
  }

  const palette = [INK, ...MOVEMENTS.map(movementColor), ...Object.values(CLASS_COLORS)];
  const colorIndex = new Map(palette.map((c, i) => [c, i]));
  const sel = state.selection;
  boxes.forEach((box, i) => {
    const band = view.bands[i]!;
    const ring = view.rings.rings[band.areaIndex];
    const rowH = box.h / Math.max(1, band.rows.length);
    // Label: the area, its role, how many neurons are shown.
    const words = AREA_WORDS[band.area];
    p.text(box.x - 8, box.y + box.h / 2 - 7, words?.name ?? band.area, {
      size: 11,
      weight: 'bold',
      align: 'end',
      baseline: 'middle',
    });
    p.text(box.x - 8, box.y + box.h / 2 + 8, `${band.rows.length} neurons`, {
      size: 10,
      color: '#777',
      align: 'end',
      baseline: 'middle',
    });
    p.strokeRect(box.x, box.y, box.w, box.h, '#e2e2e2');
    const hl = sel.highlight;
    if (hl && hl.area === band.area && band.rowOf[hl.neuron]! >= 0) {
      const y = box.y + band.rowOf[hl.neuron]! * rowH;
      p.rect(box.x, y - 1, box.w, Math.max(3, rowH) + 2, '#ffe9a8');
    }
    if (!ring) return;
    const colors = new Uint8Array(band.rowOf.length);
    for (let n = 0; n < colors.length; n++)
      colors[n] = colorIndex.get(neuronColor(band.area, n, info, sel, state.classes)) ?? 0;
    const b = markBuffers(ring.length);
    b.palette = palette;
    b.width = Math.max(1.5, Math.min(3, (box.w / (view.toMs - view.fromMs)) * 1.2));
    b.height = Math.max(1, Math.min(4, rowH * 0.85));
    let count = 0;
    ring.forEach(view.fromMs, view.toMs, (t, n) => {
      const row = band.rowOf[n]!;
      if (row < 0) return;
      b.x[count] = x.map(t);
      b.y[count] = box.y + row * rowH;
      b.color[count] = colors[n]!;
      count++;
    });
    b.count = count;
    p.marks(b);
    if (hl && hl.area === band.area && band.rowOf[hl.neuron]! >= 0) {
      const y = box.y + band.rowOf[hl.neuron]! * rowH + rowH / 2;
      p.polygon(
        [
          [box.x - 2, y],
          [box.x - 8, y - 4],
          [box.x - 8, y + 4],
        ],
        '#c98a00',
      );
    }
  });

  if (view.followed) paintFollowed(p, view, x, { x: first.x, y: top, w: first.w, h: FOLLOWED_TRACK });

  // Event lines over all bands, labelled at the top (on a second row when labels would touch).
  const rowEnds = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const t of view.history.within(view.fromMs, view.toMs)) {
    for (const e of t.events) {
      const style = EVENT_STYLE[e.kind];
      if (!style || e.tMs < view.fromMs || e.tMs > view.toMs) continue;
      const ex = x.map(e.tMs);
      p.line(ex, top, ex, bottom, style.color, 1.2, [4, 3]);
      const row = ex + 2 > rowEnds[0]! ? 0 : 1;
      p.text(ex + 2, top - 4 - row * 12, style.label, { size: 10, color: style.color });
      rowEnds[row] = ex + 2 + estimateTextWidth(style.label, 10) + 4;
    }
  }

  const axisBox = { x: first.x, y: top, w: first.w, h: bottom - top };
  const ticks = niceTicks(view.fromMs / 1000, view.toMs / 1000, Math.max(2, Math.floor(first.w / 80))).map(
    (s) => s * 1000,
  );
  const secs = new Scale(view.fromMs / 1000, view.toMs / 1000, first.x, first.x + first.w);
  xAxis(
    p,
    axisBox,
    secs,
    'simulated time (s)',
    ticks.map((t) => t / 1000),
  );

  // Colour key (F5 shown): what the colours mean, on as many lines as it takes.
  const lines = keyLines(view, p.width);
  lines.forEach((line, k) => {
    const y = p.height - 8 - (lines.length - 1 - k) * KEY_LINE;
    for (const it of line) {
      if (it.color === null) p.text(it.x, y, it.label, { size: 10, color: '#555', baseline: 'middle' });
      else {
        p.rect(it.x, y - 4, 9, 8, it.color, 2);
        p.text(it.x + 12, y, it.label, { size: 10, color: '#444', baseline: 'middle' });
      }
    }
  });
}

/**
 * The colour key laid out in lines that fit the width. Text widths are estimated (not
 * measured) so that the layout is the same for painting and for clicks on the raster.
 */
function keyLines(view: RasterView, width: number): { x: number; label: string; color: string | null }[][] {
  if (!view.bands.some((b) => b.area === 'F5')) return [];
  const byClass = view.state.selection.colorBy === 'class';
  const items = byClass
    ? Object.entries(CLASS_COLORS).map(([k, c]) => ({ label: k, color: c }))
    : MOVEMENTS.map((m) => ({ label: MOVEMENT_WORDS[m]!, color: movementColor(m) }));
  const title = byClass ? 'F5 colour = class:' : 'F5 colour = preferred movement:';
  const lines: { x: number; label: string; color: string | null }[][] = [
    [{ x: 8, label: title, color: null }],
  ];
  let cx = 8 + estimateTextWidth(title, 10) + 8;
  for (const it of items) {
    const w = estimateTextWidth(it.label, 10) + 22;
    if (cx + w > width - 4) {
      lines.push([]);
      cx = 8 + estimateTextWidth(title, 10) + 8;
    }
    lines[lines.length - 1]!.push({ x: cx, ...it });
    cx += w;
  }
  return lines;
}

/** The followed neuron on its own track: each spike a full-height tick, as on an oscilloscope. */
function paintFollowed(p: Painter, view: RasterView, x: Scale, box: Box): void {
  const f = view.followed!;
  p.rect(box.x, box.y, box.w, box.h, '#fff8e1');
  p.strokeRect(box.x, box.y, box.w, box.h, '#e8c66a');
  p.text(box.x - 8, box.y + box.h / 2 - 6, `neuron #${f.neuron}`, {
    size: 11,
    weight: 'bold',
    align: 'end',
    baseline: 'middle',
    color: '#8a5a00',
  });
  p.text(box.x - 8, box.y + box.h / 2 + 8, `${f.area}, followed`, {
    size: 10,
    align: 'end',
    baseline: 'middle',
    color: '#8a5a00',
  });
  const ring = view.rings.rings[f.areaIndex];
  if (!ring) return;
  const b = markBuffers(4096);
  b.palette = ['#b22222'];
  b.width = 2;
  b.height = box.h - 8;
  let count = 0;
  ring.forEach(view.fromMs, view.toMs, (t, n) => {
    if (n !== f.neuron) return;
    if (count >= b.x.length) return;
    b.x[count] = x.map(t) - 1;
    b.y[count] = box.y + 4;
    b.color[count] = 0;
    count++;
  });
  b.count = count;
  p.marks(b);
}

/** The spikes in the window, one per line. */
export function rasterCsv(view: RasterView): string {
  const info = view.state.agent;
  const rows: Cell[][] = [];
  for (const band of view.bands) {
    const ring = view.rings.rings[band.areaIndex];
    if (!ring || !info) continue;
    ring.forEach(view.fromMs, view.toMs, (t, n) => {
      if (band.rowOf[n]! < 0) return;
      const f5 = band.area === 'F5';
      rows.push([
        t,
        band.area,
        n,
        f5 ? (info.f5Movement[n] ?? '') : '',
        f5 ? (view.state.classes?.unitClass[n] ?? '') : '',
      ]);
    });
  }
  rows.sort((a, b) => (a[0] as number) - (b[0] as number));
  return toCsv(['time_ms', 'area', 'neuron', 'preferred_movement', 'class'], rows);
}
