/**
 * Development live: how many F5 neurons the quick test finds to be mirror neurons
 * (firing both when the monkey acts and when it watches), as babbling goes on.
 */
import { legend, niceMax, Scale, xAxis, yAxis } from '../draw/axes.js';
import type { Painter } from '../draw/painter.js';
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
  const left = Math.min(250, p.width * 0.42);
  // The counter.
  p.text(16, 40, c ? String(c.counts.mirror) : '–', { size: 44, weight: 'bold', color: CLASS_COLORS.mirror, baseline: 'alphabetic' });
  p.text(16, 62, `mirror neurons among ${total} F5 neurons`, { size: 12, weight: 'bold' });
  const lines = c
    ? [
        `counted after episode ${c.episode} by a quick test:`,
        `${c.trialsPerCondition} trials of each of ${c.acts.length} acts,`,
        'done by the monkey and watched.',
      ]
    : ['not tested yet'];
  lines.forEach((t, i) => p.text(16, 82 + i * 15, t, { size: 11, color: '#666' }));
  const done = info?.episodes ?? 0;
  const target = info?.developed ? done : s.development.episodes;
  const by = 140;
  p.text(16, by, info ? (info.developed ? `developed: ${done} babbling episodes` : `babbling: episode ${done} of ${target}`) : 'no agent', {
    size: 12,
  });
  const bw = left - 32;
  p.rect(16, by + 8, bw, 8, '#eee', 4);
  p.rect(16, by + 8, target > 0 ? (bw * Math.min(done, target)) / target : 0, 8, '#4e79a7', 4);
  if (c) {
    let y = by + 36;
    for (const sr of SERIES) {
      p.rect(16, y - 8, 10, 10, CLASS_COLORS[sr.key]!, 2);
      p.text(32, y, `${c.counts[sr.key]} ${sr.label}`, { size: 11 });
      y += 16;
    }
  }
  // The history.
  const hist = s.classHistory;
  const box = { x: left + 50, y: 16, w: p.width - left - 50 - 12, h: p.height - 16 - 66 };
  if (box.w < 80) return;
  const maxEp = Math.max(1, s.development.episodes, ...hist.map((h) => h.episode));
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
  legend(p, box.x, p.height - 18, box.w, SERIES.map((sr) => ({ label: sr.label, color: CLASS_COLORS[sr.key]! })));
}

export function developmentCsv(v: DevelopmentView): string {
  const trials = v.state.classes?.trialsPerCondition ?? null;
  const rows: Cell[][] = v.state.classHistory.map((h) => [h.episode, h.counts.mirror, h.counts.motor, h.counts.visual, h.counts.unresponsive, trials]);
  return toCsv(['episode', 'mirror', 'motor_only', 'visual_only', 'unresponsive', 'trials_per_condition'], rows);
}
