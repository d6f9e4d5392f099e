/**
 * The painter that writes a standalone SVG document (for export). Raster spikes
 * become one path per colour; bitmaps (the weight matrix) are embedded as PNG when a
 * canvas is available to encode them, else drawn as runs of rectangles.
 */
import { estimateTextWidth, FONT_FAMILY, type MarkBatch, type Painter, type TextStyle } from './painter.js';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));
const pts = (p: readonly (readonly [number, number])[]) => p.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');

export class SvgPainter implements Painter {
  private readonly parts: string[] = [];
  private alpha = 1;

  constructor(
    readonly width: number,
    readonly height: number,
    /** Encodes an RGBA bitmap as a PNG data URL (given in browsers; absent in Node). */
    private readonly encodePng?: (rgba: Uint8ClampedArray, w: number, h: number) => string,
  ) {}

  private op(): string {
    return this.alpha < 1 ? ` opacity="${n(this.alpha)}"` : '';
  }

  clear(color: string): void {
    this.parts.push(`<rect width="${n(this.width)}" height="${n(this.height)}" fill="${color}"/>`);
  }

  rect(x: number, y: number, w: number, h: number, fill: string, radius = 0): void {
    const r = radius > 0 ? ` rx="${n(radius)}"` : '';
    this.parts.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${r} fill="${fill}"${this.op()}/>`,
    );
  }

  strokeRect(x: number, y: number, w: number, h: number, stroke: string, lineWidth = 1, radius = 0): void {
    const r = radius > 0 ? ` rx="${n(radius)}"` : '';
    this.parts.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${r} fill="none" stroke="${stroke}" stroke-width="${n(lineWidth)}"${this.op()}/>`,
    );
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: string, lineWidth = 1, dash?: number[]): void {
    const d = dash?.length ? ` stroke-dasharray="${dash.join(' ')}"` : '';
    this.parts.push(
      `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${n(lineWidth)}"${d}${this.op()}/>`,
    );
  }

  polyline(
    points: readonly (readonly [number, number])[],
    stroke: string,
    lineWidth = 1,
    dash?: number[],
  ): void {
    if (points.length < 2) return;
    const d = dash?.length ? ` stroke-dasharray="${dash.join(' ')}"` : '';
    this.parts.push(
      `<polyline points="${pts(points)}" fill="none" stroke="${stroke}" stroke-width="${n(lineWidth)}" stroke-linejoin="round" stroke-linecap="round"${d}${this.op()}/>`,
    );
  }

  polygon(
    points: readonly (readonly [number, number])[],
    fill: string,
    stroke?: string,
    lineWidth = 1,
  ): void {
    if (points.length < 3) return;
    const s = stroke ? ` stroke="${stroke}" stroke-width="${n(lineWidth)}" stroke-linejoin="round"` : '';
    this.parts.push(`<polygon points="${pts(points)}" fill="${fill}"${s}${this.op()}/>`);
  }

  circle(cx: number, cy: number, r: number, fill: string | null, stroke?: string, lineWidth = 1): void {
    const s = stroke ? ` stroke="${stroke}" stroke-width="${n(lineWidth)}"` : '';
    this.parts.push(
      `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill ?? 'none'}"${s}${this.op()}/>`,
    );
  }

  ellipse(
    cx: number,
    cy: number,
    rx: number,
    ry: number,
    fill: string | null,
    stroke?: string,
    lineWidth = 1,
  ): void {
    const s = stroke ? ` stroke="${stroke}" stroke-width="${n(lineWidth)}"` : '';
    this.parts.push(
      `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(Math.max(0, rx))}" ry="${n(Math.max(0, ry))}" fill="${fill ?? 'none'}"${s}${this.op()}/>`,
    );
  }

  text(x: number, y: number, text: string, s: TextStyle = {}): void {
    const anchor = s.align === 'middle' ? 'middle' : s.align === 'end' ? 'end' : 'start';
    const baseline =
      s.baseline === 'top'
        ? 'hanging'
        : s.baseline === 'middle'
          ? 'central'
          : s.baseline === 'bottom'
            ? 'text-after-edge'
            : 'alphabetic';
    const rot = s.rotate ? ` transform="rotate(${n(s.rotate)} ${n(x)} ${n(y)})"` : '';
    const weight = s.weight === 'bold' ? ' font-weight="600"' : '';
    const italic = s.italic ? ' font-style="italic"' : '';
    this.parts.push(
      `<text x="${n(x)}" y="${n(y)}" font-size="${n(s.size ?? 12)}" fill="${s.color ?? '#222'}" text-anchor="${anchor}" dominant-baseline="${baseline}"${weight}${italic}${rot}${this.op()}>${esc(text)}</text>`,
    );
  }

  measure(text: string, size = 12, weight: 'normal' | 'bold' = 'normal'): number {
    return estimateTextWidth(text, size, weight);
  }

  marks(b: MarkBatch): void {
    for (let k = 0; k < b.palette.length; k++) {
      const d: string[] = [];
      for (let i = 0; i < b.count; i++) {
        if (b.color[i] !== k) continue;
        d.push(`M${n(b.x[i]!)} ${n(b.y[i]!)}h${n(b.width)}v${n(b.height)}h${n(-b.width)}z`);
      }
      if (d.length) this.parts.push(`<path d="${d.join('')}" fill="${b.palette[k]}"${this.op()}/>`);
    }
  }

  image(x: number, y: number, w: number, h: number, rgba: Uint8ClampedArray, pw: number, ph: number): void {
    if (pw <= 0 || ph <= 0) return;
    if (this.encodePng) {
      this.parts.push(
        `<image x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" preserveAspectRatio="none" style="image-rendering:pixelated" href="${this.encodePng(rgba, pw, ph)}"/>`,
      );
      return;
    }
    // Without an encoder: one rectangle per run of equal pixels in a row.
    const cw = w / pw;
    const ch = h / ph;
    for (let row = 0; row < ph; row++) {
      let col = 0;
      while (col < pw) {
        const i = (row * pw + col) * 4;
        let end = col + 1;
        while (end < pw && sameColor(rgba, i, (row * pw + end) * 4)) end++;
        const a = rgba[i + 3]! / 255;
        if (a > 0)
          this.parts.push(
            `<rect x="${n(x + col * cw)}" y="${n(y + row * ch)}" width="${n((end - col) * cw)}" height="${n(ch)}" fill="rgb(${rgba[i]},${rgba[i + 1]},${rgba[i + 2]})"${a < 1 ? ` fill-opacity="${n(a)}"` : ''}/>`,
          );
        col = end;
      }
    }
  }

  setAlpha(alpha: number): void {
    this.alpha = alpha;
  }

  toString(): string {
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${n(this.width)}" height="${n(this.height)}" viewBox="0 0 ${n(this.width)} ${n(this.height)}" font-family='${FONT_FAMILY}'>`,
      ...this.parts,
      '</svg>',
    ].join('\n');
  }
}

function sameColor(a: Uint8ClampedArray, i: number, j: number): boolean {
  return a[i] === a[j] && a[i + 1] === a[j + 1] && a[i + 2] === a[j + 2] && a[i + 3] === a[j + 3];
}
