/**
 * SVG text drawn by hand: titles, panel labels, legends and captions.
 *
 * Plot's own titles and legends are HTML and vanish when an SVG is rasterised, so figures write their
 * text as SVG `<text>`. SVG has no line wrapping and no text measuring without a layout engine, so
 * widths are estimated from DejaVu Sans advance widths (the font every figure uses): good enough to
 * wrap captions and to size boxes so that nothing is clipped.
 */

/** The font every figure is drawn in: metrics below are its own, and it reads well at small sizes. */
export const FONT_FAMILY = 'DejaVu Sans, sans-serif';

/**
 * DejaVu Sans advance widths in em for the printable ASCII characters 32..126, read from the font's
 * `hmtx` table. Other characters count as the widest common glyph (0.84 em, e.g. "−", "±", "→").
 */
const ASCII_WIDTHS = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337,
  0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838,
  0.531, 1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748,
  0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39,
  0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974,
  0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337,
  0.636, 0.838,
];

/** Bold DejaVu Sans is on average 10% wider than regular; a little more keeps estimates on the safe side. */
const BOLD_FACTOR = 1.12;

/** Estimated width in px of `text` set in DejaVu Sans at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += ASCII_WIDTHS[(ch.codePointAt(0) ?? 0) - 32] ?? 0.84;
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
}

/** Splits `text` into lines no wider than `maxWidth` px, breaking at spaces (a long word gets a line of its own). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Like {@link wrapText}, but with lines of similar length: a wrapped title reads better as two halves
 * than as a full line and an orphaned last word.
 */
export function wrapBalanced(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const greedy = wrapText(text, maxWidth, fontSize, bold);
  if (greedy.length < 2) return greedy;
  const total = textWidth(text, fontSize, bold);
  for (let width = total / greedy.length; width < maxWidth; width += fontSize) {
    const lines = wrapText(text, width, fontSize, bold);
    if (lines.length <= greedy.length) return lines;
  }
  return greedy;
}

/** Escapes text for use in SVG element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** How one piece of SVG text is set. */
export interface TextStyle {
  fontSize: number;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  fill?: string;
  /** Degrees, about the text's own (x, y): -90 sets a y-axis label reading upwards. */
  rotate?: number;
}

/** One SVG `<text>` element with its baseline at (x, y). */
export function svgText(text: string, x: number, y: number, style: TextStyle): string {
  const attrs = [
    `x="${fmt(x)}"`,
    `y="${fmt(y)}"`,
    `font-family="${FONT_FAMILY}"`,
    `font-size="${fmt(style.fontSize)}"`,
    `text-anchor="${style.anchor ?? 'start'}"`,
    `fill="${style.fill ?? 'black'}"`,
  ];
  if (style.bold) attrs.push('font-weight="bold"');
  if (style.rotate) attrs.push(`transform="rotate(${fmt(style.rotate)} ${fmt(x)} ${fmt(y)})"`);
  return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
}

/** A coordinate for an SVG attribute: at most two decimals, so output is short and stable. */
export function fmt(value: number): string {
  return String(Math.round(value * 100) / 100);
}
