/** Linear scales, "nice" tick values and axes with labelled units. */
import { fitText, type Painter } from './painter.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export class Scale {
  constructor(
    readonly d0: number,
    readonly d1: number,
    readonly r0: number,
    readonly r1: number,
  ) {}
  map(v: number): number {
    const span = this.d1 - this.d0;
    return span === 0 ? this.r0 : this.r0 + ((v - this.d0) / span) * (this.r1 - this.r0);
  }
  invert(px: number): number {
    const span = this.r1 - this.r0;
    return span === 0 ? this.d0 : this.d0 + ((px - this.r0) / span) * (this.d1 - this.d0);
  }
}

/** About `count` round tick values covering [min, max] (steps of 1, 2 or 5 × 10^k). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min) || !Number.isFinite(min) || !Number.isFinite(max)) return [min];
  const raw = (max - min) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(min / step - 1e-9) * step; v <= max + step * 1e-9; v += step) {
    out.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  }
  return out;
}

/** A round upper bound for a y axis starting at 0 (so the axis does not jump every frame). */
export function niceMax(v: number, floor = 1): number {
  const x = Math.max(floor, v);
  const mag = 10 ** Math.floor(Math.log10(x));
  return ([1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= x) ?? 10 * mag) as number;
}

export const AXIS_COLOR = '#555';
export const GRID_COLOR = '#ececec';

export function formatTick(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1000 || Number.isInteger(v)) return String(Math.round(v));
  return a >= 1 ? v.toFixed(1).replace(/\.0$/, '') : String(Number(v.toPrecision(2)));
}

export function xAxis(
  p: Painter,
  box: Box,
  scale: Scale,
  label: string,
  ticks = niceTicks(scale.d0, scale.d1, Math.max(2, Math.floor(box.w / 70))),
): void {
  const y = box.y + box.h;
  p.line(box.x, y, box.x + box.w, y, AXIS_COLOR);
  for (const t of ticks) {
    const x = scale.map(t);
    if (x < box.x - 0.5 || x > box.x + box.w + 0.5) continue;
    p.line(x, y, x, y + 4, AXIS_COLOR);
    p.text(x, y + 6, formatTick(t), { size: 11, color: AXIS_COLOR, align: 'middle', baseline: 'top' });
  }
  p.text(box.x + box.w / 2, y + 22, label, { size: 11, color: '#333', align: 'middle', baseline: 'top' });
}

export function yAxis(
  p: Painter,
  box: Box,
  scale: Scale,
  label: string,
  grid = true,
  ticks = niceTicks(scale.d0, scale.d1, Math.max(2, Math.floor(box.h / 40))),
): void {
  p.line(box.x, box.y, box.x, box.y + box.h, AXIS_COLOR);
  for (const t of ticks) {
    const y = scale.map(t);
    if (y < box.y - 0.5 || y > box.y + box.h + 0.5) continue;
    if (grid && t !== scale.d0) p.line(box.x + 1, y, box.x + box.w, y, GRID_COLOR);
    p.line(box.x - 4, y, box.x, y, AXIS_COLOR);
    p.text(box.x - 6, y, formatTick(t), { size: 11, color: AXIS_COLOR, align: 'end', baseline: 'middle' });
  }
  p.text(box.x - 40, box.y + box.h / 2, label, {
    size: 11,
    color: '#333',
    align: 'middle',
    baseline: 'bottom',
    rotate: -90,
  });
}

export interface LegendItem {
  label: string;
  color: string;
  dash?: boolean;
}

/** Lay out a legend of coloured swatches, wrapping lines; `draw` false only measures. Returns its height. */
export function legend(
  p: Painter,
  x: number,
  y: number,
  maxW: number,
  items: LegendItem[],
  draw = true,
): number {
  let cx = x;
  let cy = y;
  for (const it of items) {
    // A label longer than the whole line is shortened rather than run off the edge.
    const label = fitText(p, it.label, maxW - 30, 11);
    const w = 18 + p.measure(label, 11) + 12;
    if (cx + w > x + maxW && cx > x) {
      cx = x;
      cy += 16;
    }
    if (draw) {
      if (it.dash) p.line(cx, cy + 6, cx + 14, cy + 6, it.color, 2, [3, 2]);
      else p.rect(cx, cy + 2, 14, 8, it.color, 2);
      p.text(cx + 18, cy + 6, label, { size: 11, color: '#333', baseline: 'middle' });
    }
    cx += w;
  }
  return cy - y + 16;
}
