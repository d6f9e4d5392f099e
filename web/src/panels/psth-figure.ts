/**
 * Peri-stimulus time histograms: the firing rate of the chosen neuron (or the mean of
 * the selected neurons) around the act's onset, one line per condition, averaged over
 * the trials played so far — the figure of the mirror neuron papers.
 */
import { legend, niceMax, Scale, xAxis, yAxis } from '../draw/axes.js';
import { fitText, type Painter } from '../draw/painter.js';
import { type Cell, toCsv } from '../export/csv.js';
import type { LabState } from '../model/lab-state.js';
import { AREA_WORDS, CONDITION_COLORS, MOVEMENT_WORDS, SERIES_COLORS } from '../model/palette.js';
import { rowsOf } from '../model/selection.js';
import type { ConditionHistogram, PsthTracker } from '../play/psth-tracker.js';

/** Conditions shown at once (the most recently played). */
export const PSTH_MAX_CONDITIONS = 4;

export interface PsthView {
  area: string;
  areaIndex: number;
  neurons: number[];
  what: string;
  conditions: ConditionHistogram[];
  psth: PsthTracker;
}

export function psthView(state: LabState, psth: PsthTracker): PsthView {
  const info = state.agent;
  const hl = state.selection.highlight;
  const area = hl?.area ?? 'F5';
  const areaIndex = info ? info.areas.findIndex((a) => a.area === area) : -1;
  let neurons: number[] = [];
  let what = '';
  if (info && hl) {
    neurons = [hl.neuron];
    const pref = area === 'F5' ? `, prefers ${MOVEMENT_WORDS[info.f5Movement[hl.neuron]!] ?? '?'}` : '';
    const cls = area === 'F5' && state.classes ? `, ${state.classes.unitClass[hl.neuron]}` : '';
    what = `${AREA_WORDS[area]?.name ?? area} neuron #${hl.neuron}${pref}${cls}`;
  } else if (info) {
    neurons = rowsOf(area, info, state.selection, state.classes);
    what = `Mean of ${neurons.length} ${area} neurons (the raster's selection; click a row there to follow one)`;
  }
  const played = psth.conditions();
  const conditions = state.psthConditions
    ? state.psthConditions.flatMap((c) => played.filter((h) => h.condition === c))
    : played.slice(0, PSTH_MAX_CONDITIONS);
  return { area, areaIndex, neurons, what, conditions, psth };
}

export function paintPsth(p: Painter, v: PsthView): void {
  p.clear('#ffffff');
  const m = { left: 56, right: 14, top: 26, bottom: 44 };
  p.text(m.left, 14, fitText(p, v.what || 'No agent yet', p.width - m.left - 8, 12, 'bold'), {
    size: 12,
    weight: 'bold',
    baseline: 'middle',
  });
  if (v.conditions.length === 0 || v.areaIndex < 0) {
    p.text(p.width / 2, p.height / 2, 'Run a condition: every complete trial is added here.', {
      size: 12,
      align: 'middle',
      color: '#777',
    });
    return;
  }
  const series = v.conditions.map((c) => v.psth.rate(c, v.areaIndex, v.neurons));
  let max = 0;
  for (const s of series) for (const r of s) max = Math.max(max, r);
  const colors = conditionColors(v.conditions.map((c) => c.condition));
  const items = v.conditions.map((c, k) => ({
    label: `${c.label} (${c.trials} trial${c.trials === 1 ? '' : 's'})`,
    color: colors[k]!,
  }));
  const legendW = p.width - m.left - m.right;
  const legendH = legend(p, 0, 0, legendW, items, false) + 4;
  const box = { x: m.left, y: m.top, w: legendW, h: p.height - m.top - m.bottom - legendH };
  const binS = v.psth.binMs / 1000;
  const x = new Scale(v.psth.fromMs / 1000, v.psth.toMs / 1000, box.x, box.x + box.w);
  const y = new Scale(0, niceMax(max * 1.05, 5), box.y + box.h, box.y);
  yAxis(p, box, y, 'firing rate (spikes/s)');
  const x0 = x.map(0);
  p.line(x0, box.y, x0, box.y + box.h, '#1f5fa8', 1.2, [4, 3]);
  p.text(x0 + 3, box.y + 2, 'act onset', { size: 10, color: '#1f5fa8', baseline: 'top' });
  series.forEach((rates, k) => {
    const pts: [number, number][] = [];
    rates.forEach((r, b) => {
      const t0 = v.psth.fromMs / 1000 + b * binS;
      pts.push([x.map(t0), y.map(r)], [x.map(t0 + binS), y.map(r)]);
    });
    p.polyline(pts, colors[k]!, 2);
  });
  xAxis(p, box, x, 'time from act onset (s)  ·  bins of 40 ms');
  legend(p, box.x, p.height - legendH + 2, box.w, items);
}

/** One colour per kind of condition (doing, watching, mimed…), the same in every step; repeats get the next free colour. */
export function conditionColors(ids: string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const kind = id.split(':')[0] ?? '';
    let c = CONDITION_COLORS[kind] ?? SERIES_COLORS[0]!;
    if (used.has(c)) c = SERIES_COLORS.find((x) => !used.has(x)) ?? c;
    used.add(c);
    return c;
  });
}

export function psthCsv(v: PsthView): string {
  const rows: Cell[][] = [];
  for (const c of v.conditions) {
    const rates = v.psth.rate(c, v.areaIndex, v.neurons);
    rates.forEach((r, b) => {
      const start = v.psth.fromMs + b * v.psth.binMs;
      rows.push([
        c.condition,
        c.label,
        c.trials,
        v.area,
        v.neurons.length === 1 ? v.neurons[0] : `${v.neurons.length} neurons`,
        start,
        start + v.psth.binMs,
        r,
      ]);
    });
  }
  return toCsv(
    ['condition', 'label', 'trials', 'area', 'neurons', 'bin_start_ms', 'bin_end_ms', 'rate_hz'],
    rows,
  );
}
