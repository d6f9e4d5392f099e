/**
 * The learned weights from the sensory areas to F5: a matrix with one column per F5
 * neuron (grouped by the movement it prefers) and one row per sending neuron (STS,
 * PF, auditory). At birth every weight is 0 (white); during babbling the weights
 * that predict the monkey's own movements grow. Below, the mean weight of each
 * pathway over development.
 */
import { legend, niceMax, Scale, xAxis, yAxis } from '../draw/axes.js';
import { fitText, type Painter } from '../draw/painter.js';
import { type Cell, toCsv } from '../export/csv.js';
import type { AgentInfo, WeightSnapshot } from '../lab/protocol.js';
import type { LabState, WeightHistoryPoint } from '../model/lab-state.js';
import { AREA_WORDS, areaColor, MOVEMENTS, movementColor } from '../model/palette.js';

export interface WeightsView {
  info: AgentInfo | null;
  snapshot: WeightSnapshot | null;
  history: WeightHistoryPoint[];
}

export const weightsView = (s: LabState): WeightsView => ({
  info: s.agent,
  snapshot: s.weights,
  history: s.weightHistory,
});

/** F5 neurons in column order: grouped by preferred movement. */
export function f5Columns(info: AgentInfo): number[] {
  const rank = (i: number) => (MOVEMENTS as readonly string[]).indexOf(info.f5Movement[i]!);
  return info.f5Movement.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
}

/** White → orange → dark red, for 0 … 1. */
function heat(t: number): [number, number, number] {
  const u = Math.min(1, Math.max(0, t));
  const stops: [number, number, number][] = [
    [255, 255, 255],
    [253, 174, 97],
    [165, 0, 38],
  ];
  const x = u * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = stops[i]!;
  const b = stops[i + 1]!;
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
}

export function paintWeights(p: Painter, v: WeightsView): void {
  p.clear('#ffffff');
  const { info, snapshot } = v;
  if (!info || !snapshot) {
    p.text(p.width / 2, p.height / 2, 'No agent yet.', { size: 12, align: 'middle', color: '#777' });
    return;
  }
  const withHistory = v.history.length > 1 && p.height >= 240;
  const m = { left: 100, right: 56, top: 22 };
  const matrixH = (withHistory ? 0.58 : 1) * (p.height - m.top - 34);
  const box = { x: m.left, y: m.top, w: p.width - m.left - m.right, h: matrixH };
  const cols = f5Columns(info);
  const colOf = new Int32Array(info.f5Movement.length);
  cols.forEach((n, c) => {
    colOf[n] = c;
  });
  const totalRows = info.projections.reduce((s, q) => s + q.nPre, 0);
  const ph = Math.max(1, Math.min(totalRows, Math.floor(box.h)));
  const sums = new Float32Array(ph * cols.length);
  const counts = new Float32Array(ph * cols.length);
  const wMax = Math.max(...info.projections.map((q) => q.wMaxMV));
  let rowBase = 0;
  info.projections.forEach((q, k) => {
    const w = snapshot.weights[k];
    if (!w) return;
    for (let pre = 0; pre < q.nPre; pre++) {
      const r = Math.min(ph - 1, Math.floor(((rowBase + pre) / totalRows) * ph));
      for (let s = q.rowPtr[pre]!; s < q.rowPtr[pre + 1]!; s++) {
        const at = r * cols.length + colOf[q.targets[s]!]!;
        sums[at]! += w[s]!;
        counts[at]!++;
      }
    }
    rowBase += q.nPre;
  });
  const rgba = new Uint8ClampedArray(ph * cols.length * 4);
  for (let i = 0; i < sums.length; i++) {
    // Mean over the synapses pooled into this pixel, scaled to the strongest possible weight.
    const [r, g, b] = heat(counts[i]! > 0 ? sums[i]! / counts[i]! / (wMax * 0.5) : 0);
    rgba.set([r, g, b, 255], i * 4);
  }
  const title = `Weights onto F5 (mV) after ${info.episodes} babbling episodes`;
  p.text(8, 12, fitText(p, title, p.width - 16, 12, 'bold'), {
    size: 12,
    weight: 'bold',
    baseline: 'middle',
  });
  p.image(box.x, box.y, box.w, box.h, rgba, cols.length, ph);
  p.strokeRect(box.x, box.y, box.w, box.h, '#bbb');
  // Rows: which area sends.
  rowBase = 0;
  for (const q of info.projections) {
    const y0 = box.y + (rowBase / totalRows) * box.h;
    const y1 = box.y + ((rowBase + q.nPre) / totalRows) * box.h;
    if (rowBase > 0) p.line(box.x, y0, box.x + box.w, y0, '#888', 1);
    p.rect(box.x - 8, y0 + 1, 4, y1 - y0 - 2, areaColor(q.source));
    const short = q.source === 'AUD' ? 'Auditory' : q.source;
    // Thin bands (the 48 auditory neurons) get one line.
    const roomy = y1 - y0 > 26;
    p.text(box.x - 12, (y0 + y1) / 2 - (roomy ? 6 : 0), `from ${short}`, {
      size: 11,
      align: 'end',
      baseline: 'middle',
      weight: 'bold',
    });
    if (roomy)
      p.text(box.x - 12, (y0 + y1) / 2 + 8, `${q.nPre} neurons`, {
        size: 10,
        align: 'end',
        baseline: 'middle',
        color: '#777',
      });
    rowBase += q.nPre;
  }
  // Columns: F5 neurons by preferred movement (colour strip).
  const cw = box.w / cols.length;
  cols.forEach((n, c) => {
    p.rect(box.x + c * cw, box.y + box.h + 2, Math.max(1, cw), 6, movementColor(info.f5Movement[n]!));
  });
  p.text(
    box.x + box.w / 2,
    box.y + box.h + 12,
    fitText(
      p,
      `to the ${cols.length} F5 neurons, grouped by preferred movement (colours as in the raster)`,
      box.w + 40,
      10,
    ),
    {
      size: 10,
      color: '#555',
      align: 'middle',
      baseline: 'top',
    },
  );
  // Colour bar.
  const bx = box.x + box.w + 14;
  const steps = 40;
  for (let i = 0; i < steps; i++) {
    const [r, g, b] = heat(1 - i / steps);
    p.rect(bx, box.y + (i / steps) * box.h, 12, box.h / steps + 0.5, `rgb(${r | 0},${g | 0},${b | 0})`);
  }
  p.strokeRect(bx, box.y, 12, box.h, '#bbb');
  p.text(bx + 16, box.y, `≥${(wMax * 0.5).toFixed(0)}`, { size: 10, baseline: 'top' });
  p.text(bx + 16, box.y + box.h, '0 mV', { size: 10, baseline: 'bottom' });

  if (withHistory) {
    const hb = { x: m.left, y: box.y + box.h + 40, w: box.w, h: p.height - (box.y + box.h + 40) - 56 };
    if (hb.h < 40) return;
    const hist = v.history;
    const xs = hist.map((h, i) => h.episode ?? i);
    const max = Math.max(...hist.flatMap((h) => h.meanMV));
    const x = new Scale(Math.min(...xs), Math.max(1, Math.max(...xs)), hb.x, hb.x + hb.w);
    const y = new Scale(0, niceMax(max * 1.1, 0.1), hb.y + hb.h, hb.y);
    yAxis(p, hb, y, 'mean (mV)');
    info.projections.forEach((q, k) => {
      p.polyline(
        hist.map((h, i) => [x.map(xs[i]!), y.map(h.meanMV[k] ?? 0)] as [number, number]),
        areaColor(q.source),
        1.8,
      );
    });
    xAxis(p, hb, x, 'babbling episode');
    legend(
      p,
      hb.x + hb.w - 260,
      hb.y - 2,
      260,
      info.projections.map((q) => ({
        label: `${AREA_WORDS[q.source]?.name ?? q.source} → F5`,
        color: areaColor(q.source),
      })),
    );
  }
}

/** Every synapse of the current snapshot. */
export function weightsCsv(v: WeightsView): string {
  const rows: Cell[][] = [];
  const { info, snapshot } = v;
  if (info && snapshot) {
    info.projections.forEach((q, k) => {
      const w = snapshot.weights[k];
      if (!w) return;
      for (let pre = 0; pre < q.nPre; pre++) {
        for (let s = q.rowPtr[pre]!; s < q.rowPtr[pre + 1]!; s++) {
          const post = q.targets[s]!;
          rows.push([snapshot.episode, q.name, q.source, pre, post, info.f5Movement[post] ?? '', w[s]!]);
        }
      }
    });
  }
  return toCsv(
    [
      'episode',
      'projection',
      'source_area',
      'source_neuron',
      'f5_neuron',
      'f5_preferred_movement',
      'weight_mv',
    ],
    rows,
  );
}
