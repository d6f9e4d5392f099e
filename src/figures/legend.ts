/**
 * A one-row legend drawn as plain SVG (swatches and text).
 *
 * Plot's legends are HTML and are lost when a figure is rasterised, and papers of the period put the
 * key in the figure itself anyway, so figures that need a key compose this SVG above the chart.
 */

import { svgRoot } from './compose.js';
import { escapeXml, fmt, svgText, textWidth } from './text.js';

/** One legend entry: a swatch (filled box, or line with an optional marker) and its text. */
export interface LegendItem {
  label: string;
  /** Box fill, for bars; omit for a line swatch. */
  fill?: string;
  /** Outline or line colour (default black). */
  stroke?: string;
  /** Dash pattern of a line swatch, e.g. "4,3". */
  dash?: string;
  /** Marker drawn on a line swatch. */
  marker?: { shape: 'circle' | 'square'; fill: string };
}

const FONT = 11;
const SWATCH = 30;
const ITEM_GAP = 18;

/** A standalone SVG holding the items side by side, as wide as they need. */
export function legendSvg(items: LegendItem[]): string {
  let x = 0;
  const parts: string[] = [];
  const h = FONT + 8;
  const mid = h / 2;
  for (const item of items) {
    const stroke = escapeXml(item.stroke ?? 'black');
    if (item.fill !== undefined) {
      parts.push(
        `<rect x="${fmt(x + 8)}" y="${fmt(mid - 6)}" width="14" height="12" fill="${escapeXml(item.fill)}" stroke="${stroke}" stroke-width="0.8"/>`,
      );
    } else {
      const dash = item.dash ? ` stroke-dasharray="${escapeXml(item.dash)}"` : '';
      parts.push(
        `<line x1="${fmt(x)}" x2="${fmt(x + SWATCH)}" y1="${fmt(mid)}" y2="${fmt(mid)}" stroke="${stroke}" stroke-width="1.5"${dash}/>`,
      );
      if (item.marker) parts.push(marker(item.marker, x + SWATCH / 2, mid, stroke));
    }
    x += SWATCH + 5;
    parts.push(svgText(item.label, x, mid + FONT * 0.36, { fontSize: FONT }));
    x += textWidth(item.label, FONT) + ITEM_GAP;
  }
  return svgRoot(Math.ceil(Math.max(1, x - ITEM_GAP)), h, parts.join(''));
}

function marker(m: NonNullable<LegendItem['marker']>, x: number, y: number, stroke: string): string {
  const fill = escapeXml(m.fill);
  if (m.shape === 'square') {
    return `<rect x="${fmt(x - 3.5)}" y="${fmt(y - 3.5)}" width="7" height="7" fill="${fill}" stroke="${stroke}" stroke-width="1.2"/>`;
  }
  return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="3.5" fill="${fill}" stroke="${stroke}" stroke-width="1.2"/>`;
}
