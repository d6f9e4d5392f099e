/**
 * Development live: how many F5 neurons the quick test finds to be mirror neurons
 * (firing both when the monkey acts and when it watches), as babbling goes on.
 */
import { legend, niceMax, Scale, xAxis, yAxis } from '../draw/axes.js';
import { fitText, type Painter } from '../draw/painter.js';
import { type Cell, toCsv } from '../export/csv.js';
import type { LabState } from '../model/lab-state.js';
import { CLASS_COLORS } from '../model/palette.js';

export interface DevelopmentView {
  state: LabState;
}

const SERIES = [
  { key: 'mirror', label: 'mirror (doing and watching)' },
  { key: 'visual', label: 'watching only' },
  { key: 'motor', label: 'doing only' },
] as const;

export function paintDevelopment(p: Painter, v: DevelopmentView): void {
  p.clear('#ffffff');
  const s = v.state;
  const info = s.agent;
  const c = s.classes;
  const total = info?.areas.find((a) => a.area === 'F5')?.size ?? 0;
  // The counter: a big number, what it counts, how it was counted.
  const big = c ? String(c.counts.mirror) : '–';
  p.text(12, 44, big, { size: 44, weight: 'bold', color: CLASS_COLORS.mirror });
  const tx = 12 + p.measure(big, 44, 'bold') + 14;
  const room = p.width - tx - 8;
  p.text(tx, 16, fitText(p, `mirror neurons among ${total} F5 neurons`, room, 13, 'bold'), {
    size: 13,
    weight: 'bold',
    baseline: 'middle',
  });
  const how = c
    ? `quick test after episode ${c.episode}: ${c.trialsPerCondition} trials of each of ${c.acts.length} acts, done and watched`
    : 'not tested yet';
  p.text(tx, 34, fitText(p, how, room, 11), { size: 11, color: '#666', baseline: 'middle' });
  const done = info?.episodes ?? 0;
  const target = info?.developed ? done : Math.max(done, s.development.episodes);
  const status = info
    ? info.developed
      ? `developed: ${done} babbling episodes`
      : `babbling: episode ${done} of ${target}`
    : 'no agent';
  p.text(tx, 52, status, { size: 11, baseline: 'middle' });
  const bw = Math.min(220, room - p.measure(status, 11) - 12);
  if (bw > 30) {
    const bx = tx + p.measure(status, 11) + 10;
    p.rect(bx, 48, bw, 8, '#eee', 4);
    p.rect(bx, 48, target > 0 ? (bw * Math.min(done, target)) / target : 0, 8, '#4e79a7', 4);
  }
  // The history, with the latest counts in the legend.
  const items = SERIES.map((sr) => ({
    label: `${sr.label}${c ? `: ${c.counts[sr.key]}` : ''}`,
    color: CLASS_COLORS[sr.key]!,
  }));
  const legendH = legend(p, 0, 0, p.width - 70, items, false) + 4;
  const box = { x: 56, y: 74, w: p.width - 56 - 14, h: p.height - 74 - 44 - legendH };
  if (box.h < 40) return;
  const hist = s.classHistory;
  const maxEp = Math.max(1, target, ...hist.map((h) => h.episode));
  const maxN = niceMax(Math.max(5, ...hist.flatMap((h) => SERIES.map((sr) => h.counts[sr.key]))), 5);
  const x = new Scale(0, maxEp, box.x, box.x + box.w);
  const y = new Scale(0, maxN, box.y + box.h, box.y);
  yAxis(p, box, y, 'F5 neurons');
  for (const sr of SERIES) {
    const pts = hist.map((h) => [x.map(h.episode), y.map(h.counts[sr.key])] as [number, number]);
    p.polyline(pts, CLASS_COLORS[sr.key]!, sr.key === 'mirror' ? 2.4 : 1.4);
    for (const [px, py] of pts) p.circle(px, py, sr.key === 'mirror' ? 3 : 2, CLASS_COLORS[sr.key]!);
  }
  xAxis(p, box, x, 'babbling episode');
  legend(p, box.x, p.height - legendH + 2, box.w, items);
}

export function developmentCsv(v: DevelopmentView): string {
  const trials = v.state.classes?.trialsPerCondition ?? null;
  const rows: Cell[][] = v.state.classHistory.map((h) => [
    h.episode,
    h.counts.mirror,
    h.counts.motor,
    h.counts.visual,
    h.counts.unresponsive,
    trials,
  ]);
  return toCsv(
    ['episode', 'mirror', 'motor_only', 'visual_only', 'unresponsive', 'trials_per_condition'],
    rows,
  );
}
