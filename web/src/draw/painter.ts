/**
 * A small 2D drawing interface with two backends: the canvas on screen and an SVG
 * string for export. Every panel draws through it once, so what is exported is
 * exactly what is shown. Coordinates are CSS pixels, origin top left.
 */

export interface TextStyle {
  size?: number;
  color?: string;
  align?: 'start' | 'middle' | 'end';
  baseline?: 'top' | 'middle' | 'bottom' | 'alphabetic';
  weight?: 'normal' | 'bold';
  /** Rotation in degrees around (x, y). */
  rotate?: number;
  italic?: boolean;
}

/** Many small rectangles of a few colours (raster spikes): drawn as one path per colour. */
export interface MarkBatch {
  x: Float32Array;
  y: Float32Array;
  /** Index into `palette` of each mark. */
  color: Uint8Array;
  palette: string[];
  count: number;
  width: number;
  height: number;
}

export interface Painter {
  readonly width: number;
  readonly height: number;
  clear(color: string): void;
  rect(x: number, y: number, w: number, h: number, fill: string, radius?: number): void;
  strokeRect(
    x: number,
    y: number,
    w: number,
    h: number,
    stroke: string,
    lineWidth?: number,
    radius?: number,
  ): void;
  line(
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    stroke: string,
    lineWidth?: number,
    dash?: number[],
  ): void;
  polyline(
    points: readonly (readonly [number, number])[],
    stroke: string,
    lineWidth?: number,
    dash?: number[],
  ): void;
  polygon(
    points: readonly (readonly [number, number])[],
    fill: string,
    stroke?: string,
    lineWidth?: number,
  ): void;
  circle(cx: number, cy: number, r: number, fill: string | null, stroke?: string, lineWidth?: number): void;
  ellipse(
    cx: number,
    cy: number,
    rx: number,
    ry: number,
    fill: string | null,
    stroke?: string,
    lineWidth?: number,
  ): void;
  text(x: number, y: number, text: string, style?: TextStyle): void;
  /** Width of a text in this painter's font (for layout). */
  measure(text: string, size?: number, weight?: 'normal' | 'bold'): number;
  marks(batch: MarkBatch): void;
  /** An RGBA bitmap of pw × ph pixels stretched over (x, y, w, h), unsmoothed. */
  image(x: number, y: number, w: number, h: number, rgba: Uint8ClampedArray, pw: number, ph: number): void;
  /** Global transparency for what follows (1 = opaque). */
  setAlpha(alpha: number): void;
}

/** The text, shortened with an ellipsis to fit maxWidth. */
export function fitText(
  p: Painter,
  text: string,
  maxWidth: number,
  size = 12,
  weight: 'normal' | 'bold' = 'normal',
): string {
  if (p.measure(text, size, weight) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p.measure(`${text.slice(0, mid)}…`, size, weight) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

/** Text width estimate for painters without a font engine (average glyph ≈ 0.55 em). */
export function estimateTextWidth(text: string, size: number, weight: 'normal' | 'bold' = 'normal'): number {
  return text.length * size * (weight === 'bold' ? 0.6 : 0.55);
}
