/** Population rates: the mean firing rate per neuron of each area over the last seconds. */
import { legend, niceMax, Scale, xAxis, yAxis } from '../draw/axes.js';
import type { Painter } from '../draw/painter.js';
import { type Cell, toCsv } from '../export/csv.js';
import type { LabState } from '../model/lab-state.js';
import { AREA_WORDS, areaColor } from '../model/palette.js';
import type { RateTracker } from '../play/rate-tracker.js';
import type { TrialHistory } from '../play/trial-history.js';

export interface RatesView {
  fromMs: number;
  toMs: number;
  areas: string[];
  tMs: number[];
  rates: number[][];
  history: TrialHistory;
}

export function ratesView(
  state: LabState,
  rates: RateTracker,
  history: TrialHistory,
  nowMs: number,
): RatesView {
  const windowMs = state.layout.windowS * 1000;
  const toMs = Math.max(windowMs, nowMs);
  const fromMs = toMs - windowMs;
  const s = rates.series(Math.max(0, fromMs), nowMs);
  return {
    fromMs,
    toMs,
    areas: state.agent?.areas.map((a) => a.area) ?? [],
    tMs: s.tMs,
    rates: s.rates,
    history,
  };
}

export function paintRates(p: Painter, v: RatesView): void {
  p.clear('#ffffff');
  const items = v.areas.map((a) => ({ label: AREA_WORDS[a]?.name ?? a, color: areaColor(a) }));
  const legendH = legend(p, 0, 0, p.width - 70, items, false) + 4;
  const box = { x: 56, y: 14, w: p.width - 56 - 14, h: p.height - 14 - 44 - legendH };
  let max = 0;
  for (const r of v.rates) for (const x of r) max = Math.max(max, x);
  const x = new Scale(v.fromMs / 1000, v.toMs / 1000, box.x, box.x + box.w);
  const y = new Scale(0, niceMax(max * 1.05, 10), box.y + box.h, box.y);
  yAxis(p, box, y, 'spikes/s per neuron');
  for (const t of v.history.within(v.fromMs, v.toMs)) {
    for (const e of t.events) {
      if (e.kind !== 'actStart' || e.tMs < v.fromMs) continue;
      p.line(x.map(e.tMs / 1000), box.y, x.map(e.tMs / 1000), box.y + box.h, '#1f5fa8', 1, [4, 3]);
    }
  }
  v.rates.forEach((series, a) => {
    const pts = series.map((r, i) => [x.map(v.tMs[i]! / 1000), y.map(r)] as [number, number]);
    p.polyline(pts, areaColor(v.areas[a]!), 1.6);
  });
  xAxis(p, box, x, 'simulated time (s)  ·  bins of 20 ms');
  legend(p, box.x, p.height - legendH + 2, box.w, items);
}

export function ratesCsv(v: RatesView): string {
  const rows: Cell[][] = v.tMs.map((t, i) => [t, ...v.rates.map((r) => r[i] ?? null)]);
  return toCsv(['bin_start_ms', ...v.areas.map((a) => `${a}_hz`)], rows);
}
