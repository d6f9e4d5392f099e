/** The painter for a canvas on screen (or an offscreen one for PNG export), sharp on high-DPI screens. */
import { FONT_FAMILY, type MarkBatch, type Painter, type TextStyle } from './painter.js';

type Ctx = CanvasRenderingContext2D;

/** Scratch canvases and pixel buffers shared by every painter (one frame draws at a time). */
const shared: {
  scratch: HTMLCanvasElement | null;
  marks: HTMLCanvasElement | null;
  image: ImageData | null;
} = {
  scratch: null,
  marks: null,
  image: null,
};

/** '#rrggbb' → a little-endian RGBA pixel (0xAABBGGRR); null for any other colour syntax. */
function hexPixel(color: string): number | null {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m) return null;
  const v = Number.parseInt(m[1]!, 16);
  return (0xff << 24) | ((v & 0xff) << 16) | (v & 0xff00) | ((v >> 16) & 0xff);
}

export class CanvasPainter implements Painter {
  constructor(
    private readonly ctx: Ctx,
    readonly width: number,
    readonly height: number,
    private readonly pixelRatio: number,
  ) {
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
  }

  clear(color: string): void {
    this.ctx.fillStyle = color;
    this.ctx.fillRect(0, 0, this.width, this.height);
  }

  rect(x: number, y: number, w: number, h: number, fill: string, radius = 0): void {
    const c = this.ctx;
    c.fillStyle = fill;
    if (radius > 0) {
      c.beginPath();
      c.roundRect(x, y, w, h, radius);
      c.fill();
    } else c.fillRect(x, y, w, h);
  }

  strokeRect(x: number, y: number, w: number, h: number, stroke: string, lineWidth = 1, radius = 0): void {
    const c = this.ctx;
    c.strokeStyle = stroke;
    c.lineWidth = lineWidth;
    c.beginPath();
    if (radius > 0) c.roundRect(x, y, w, h, radius);
    else c.rect(x, y, w, h);
    c.stroke();
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: string, lineWidth = 1, dash?: number[]): void {
    this.polyline(
      [
        [x1, y1],
        [x2, y2],
      ],
      stroke,
      lineWidth,
      dash,
    );
  }

  polyline(
    points: readonly (readonly [number, number])[],
    stroke: string,
    lineWidth = 1,
    dash?: number[],
  ): void {
    if (points.length < 2) return;
    const c = this.ctx;
    c.strokeStyle = stroke;
    c.lineWidth = lineWidth;
    c.lineJoin = 'round';
    c.lineCap = 'round';
    c.setLineDash(dash ?? []);
    c.beginPath();
    c.moveTo(points[0]![0], points[0]![1]);
    for (let i = 1; i < points.length; i++) c.lineTo(points[i]![0], points[i]![1]);
    c.stroke();
    c.setLineDash([]);
  }

  polygon(
    points: readonly (readonly [number, number])[],
    fill: string,
    stroke?: string,
    lineWidth = 1,
  ): void {
    if (points.length < 3) return;
    const c = this.ctx;
    c.beginPath();
    c.moveTo(points[0]![0], points[0]![1]);
    for (let i = 1; i < points.length; i++) c.lineTo(points[i]![0], points[i]![1]);
    c.closePath();
    c.fillStyle = fill;
    c.fill();
    if (stroke) {
      c.strokeStyle = stroke;
      c.lineWidth = lineWidth;
      c.lineJoin = 'round';
      c.stroke();
    }
  }

  circle(cx: number, cy: number, r: number, fill: string | null, stroke?: string, lineWidth = 1): void {
    this.ellipse(cx, cy, r, r, fill, stroke, lineWidth);
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
    const c = this.ctx;
    c.beginPath();
    c.ellipse(cx, cy, Math.max(0, rx), Math.max(0, ry), 0, 0, Math.PI * 2);
    if (fill) {
      c.fillStyle = fill;
      c.fill();
    }
    if (stroke) {
      c.strokeStyle = stroke;
      c.lineWidth = lineWidth;
      c.stroke();
    }
  }

  text(x: number, y: number, text: string, s: TextStyle = {}): void {
    const c = this.ctx;
    c.save();
    c.font = `${s.italic ? 'italic ' : ''}${s.weight === 'bold' ? '600 ' : ''}${s.size ?? 12}px ${FONT_FAMILY}`;
    c.fillStyle = s.color ?? '#222';
    c.textAlign = s.align === 'middle' ? 'center' : s.align === 'end' ? 'right' : 'left';
    c.textBaseline = s.baseline ?? 'alphabetic';
    c.translate(x, y);
    if (s.rotate) c.rotate((s.rotate * Math.PI) / 180);
    c.fillText(text, 0, 0);
    c.restore();
  }

  measure(text: string, size = 12, weight: 'normal' | 'bold' = 'normal'): number {
    this.ctx.font = `${weight === 'bold' ? '600 ' : ''}${size}px ${FONT_FAMILY}`;
    return this.ctx.measureText(text).width;
  }

  /**
   * Spikes are tens of thousands of tiny rectangles a frame: they are written as pixels
   * into one bitmap and drawn with a single drawImage, which is far cheaper than
   * filling that many rectangles (the path below is kept for colours that are not hex).
   */
  marks(b: MarkBatch): void {
    if (b.count === 0) return;
    const pixels = b.palette.map(hexPixel);
    if (pixels.some((p) => p === null)) {
      this.marksAsPath(b);
      return;
    }
    const r = this.pixelRatio;
    let x0 = Number.POSITIVE_INFINITY;
    let y0 = Number.POSITIVE_INFINITY;
    let x1 = Number.NEGATIVE_INFINITY;
    let y1 = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < b.count; i++) {
      const x = b.x[i]!;
      const y = b.y[i]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    const left = Math.floor(x0 * r);
    const top = Math.floor(y0 * r);
    const w = Math.ceil((x1 + b.width) * r) - left + 1;
    const h = Math.ceil((y1 + b.height) * r) - top + 1;
    if (w <= 0 || h <= 0 || w * h > 16_000_000) {
      this.marksAsPath(b);
      return;
    }
    if (!shared.image || shared.image.width !== w || shared.image.height !== h)
      shared.image = new ImageData(w, h);
    const image = shared.image;
    const data = new Uint32Array(image.data.buffer);
    data.fill(0);
    const mw = Math.max(1, Math.round(b.width * r));
    const mh = Math.max(1, Math.round(b.height * r));
    for (let i = 0; i < b.count; i++) {
      const px = Math.round(b.x[i]! * r) - left;
      const py = Math.round(b.y[i]! * r) - top;
      const color = pixels[b.color[i]!]!;
      for (let dy = 0; dy < mh; dy++) {
        const row = (py + dy) * w;
        if (py + dy < 0 || py + dy >= h) continue;
        for (let dx = 0; dx < mw; dx++) if (px + dx >= 0 && px + dx < w) data[row + px + dx] = color;
      }
    }
    shared.marks ??= document.createElement('canvas');
    const s = shared.marks;
    if (s.width !== w || s.height !== h) {
      s.width = w;
      s.height = h;
    }
    s.getContext('2d')!.putImageData(image, 0, 0);
    const c = this.ctx;
    c.save();
    c.setTransform(1, 0, 0, 1, 0, 0);
    c.drawImage(s, left, top);
    c.restore();
  }

  private marksAsPath(b: MarkBatch): void {
    const c = this.ctx;
    // One path per colour: thousands of spikes cost a handful of fill calls.
    for (let k = 0; k < b.palette.length; k++) {
      c.beginPath();
      let any = false;
      for (let i = 0; i < b.count; i++) {
        if (b.color[i] !== k) continue;
        c.rect(b.x[i]!, b.y[i]!, b.width, b.height);
        any = true;
      }
      if (any) {
        c.fillStyle = b.palette[k]!;
        c.fill();
      }
    }
  }

  image(x: number, y: number, w: number, h: number, rgba: Uint8ClampedArray, pw: number, ph: number): void {
    if (pw <= 0 || ph <= 0) return;
    shared.scratch ??= document.createElement('canvas');
    const s = shared.scratch;
    if (s.width !== pw || s.height !== ph) {
      s.width = pw;
      s.height = ph;
    }
    s.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(rgba), pw, ph), 0, 0);
    const c = this.ctx;
    c.imageSmoothingEnabled = false;
    c.drawImage(s, x, y, w, h);
  }

  setAlpha(alpha: number): void {
    this.ctx.globalAlpha = alpha;
  }
}
