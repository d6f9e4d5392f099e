/**
 * Lays several SVG figures out on a grid inside one standalone SVG, with a title and a caption.
 *
 * Multi-panel figures (one raster + PSTH per condition, a legend beside a chart) are built from
 * separately rendered SVGs. Each goes in a nested `<svg x y width height>`, which keeps its own
 * coordinate system and clips it to its box, so no cell can draw over its neighbours. All text is
 * SVG `<text>` so that it survives rasterising.
 */

import { escapeXml, FONT_FAMILY, fmt, svgText, textWidth, wrapBalanced, wrapText } from './text.js';

/** What to compose. */
export interface ComposeSpec {
  /** Standalone SVG strings; each root must give its size (`width`/`height` or a `viewBox`). */
  cells: string[];
  /** Cells per row, filled left to right then top to bottom; default: all cells in one row. */
  columns?: number;
  /** Space between cells, px (default 16). */
  gap?: number;
  /** Space around everything, px (default 12). */
  padding?: number;
  /** Bold heading above the grid. */
  title?: string;
  /** Plain line under the title. */
  subtitle?: string;
  /** Small text under the grid, wrapped to its width. */
  caption?: string;
  /** Title font size, px (default 15; subtitle and caption are set smaller). */
  titleSize?: number;
  /** Where the title and subtitle sit: left (`start`, default) or centred (`middle`). */
  titleAlign?: 'start' | 'middle';
  /** Background fill (default white); `null` for transparent. */
  background?: string | null;
}

/** The size of a cell, read from its root element. */
export interface SvgSize {
  width: number;
  height: number;
}

/** Reads the width and height of a standalone SVG from its root tag (`width`/`height`, else `viewBox`). */
export function svgSize(svg: string): SvgSize {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) throw new Error('not an SVG: no <svg> element');
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
  let width = Number.parseFloat(attr('width') ?? '');
  let height = Number.parseFloat(attr('height') ?? '');
  if (!(width > 0 && height > 0)) {
    const box = (attr('viewBox') ?? '')
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    width = box[2] ?? Number.NaN;
    height = box[3] ?? Number.NaN;
  }
  if (!(width > 0 && height > 0)) throw new Error('SVG root has no positive width/height or viewBox');
  return { width, height };
}

/** Composes `spec.cells` into one SVG string (see {@link ComposeSpec}). */
export function composeSvg(spec: ComposeSpec): string {
  const { cells } = spec;
  if (cells.length === 0) throw new Error('compose: cells must not be empty');
  const columns = spec.columns ?? cells.length;
  if (!Number.isInteger(columns) || columns < 1) {
    throw new Error(`compose: columns must be a positive integer, got ${columns}`);
  }
  const gap = spec.gap ?? 16;
  const padding = spec.padding ?? 12;
  const titleSize = spec.titleSize ?? 15;
  const subtitleSize = Math.round(titleSize * 0.8);
  const captionSize = Math.max(9, Math.round(titleSize * 0.72));

  const sizes = cells.map((cell, i) => {
    try {
      return svgSize(cell);
    } catch (error) {
      throw new Error(`compose: cells[${i}]: ${(error as Error).message}`);
    }
  });
  const rows = Math.ceil(cells.length / columns);
  const colWidths = Array.from({ length: Math.min(columns, cells.length) }, () => 0);
  const rowHeights = Array.from({ length: rows }, () => 0);
  sizes.forEach((size, i) => {
    const c = i % columns;
    const r = Math.floor(i / columns);
    colWidths[c] = Math.max(colWidths[c]!, size.width);
    rowHeights[r] = Math.max(rowHeights[r]!, size.height);
  });
  const gridWidth = sum(colWidths) + gap * (colWidths.length - 1);
  const gridHeight = sum(rowHeights) + gap * (rows - 1);
  const textWidthMax = Math.max(gridWidth, 240);

  const titleLines = spec.title ? wrapBalanced(spec.title, textWidthMax, titleSize, true) : [];
  const subtitleLines = spec.subtitle ? wrapText(spec.subtitle, textWidthMax, subtitleSize) : [];
  const captionLines = spec.caption ? wrapText(spec.caption, textWidthMax, captionSize) : [];
  const widest = Math.max(
    gridWidth,
    ...titleLines.map((l) => textWidth(l, titleSize, true)),
    ...subtitleLines.map((l) => textWidth(l, subtitleSize)),
    ...captionLines.map((l) => textWidth(l, captionSize)),
  );
  const width = Math.ceil(widest + 2 * padding);

  const parts: string[] = [];
  let y = padding;
  const align = spec.titleAlign ?? 'start';
  const textX = align === 'middle' ? width / 2 : padding;
  for (const line of titleLines) {
    y += titleSize;
    parts.push(svgText(line, textX, y, { fontSize: titleSize, bold: true, anchor: align }));
    y += titleSize * 0.3;
  }
  for (const line of subtitleLines) {
    y += subtitleSize * 1.1;
    parts.push(svgText(line, textX, y, { fontSize: subtitleSize, anchor: align, fill: '#333' }));
  }
  if (titleLines.length + subtitleLines.length > 0) y += Math.round(titleSize * 0.6);

  const gridX = padding + (widest - gridWidth) / 2;
  cells.forEach((cell, i) => {
    const c = i % columns;
    const r = Math.floor(i / columns);
    const size = sizes[i]!;
    const x = gridX + sum(colWidths.slice(0, c)) + gap * c;
    const cy = y + sum(rowHeights.slice(0, r)) + gap * r;
    parts.push(placeSvg(cell, x, cy, size));
  });
  y += gridHeight;

  if (captionLines.length > 0) y += captionSize * 0.6;
  for (const line of captionLines) {
    y += captionSize * 1.3;
    parts.push(svgText(line, padding, y, { fontSize: captionSize, fill: '#333' }));
  }
  const height = Math.ceil(y + padding);

  const background = spec.background === undefined ? 'white' : spec.background;
  const title = [spec.title, spec.subtitle].filter(Boolean).join('. ');
  return svgRoot(width, height, parts.join(''), background, title || undefined);
}

/**
 * A standalone SVG root of the given size around `body`, optionally on a background fill. With a
 * `title`, the root is an accessible image: `role="img"` and a `<title>` that screen readers announce
 * and browsers show as a tooltip.
 */
export function svgRoot(
  width: number,
  height: number,
  body: string,
  background: string | null = null,
  title?: string,
): string {
  const w = fmt(width);
  const h = fmt(height);
  const label = title ? ` role="img"` : '';
  const titleElement = title ? `<title>${escapeXml(title)}</title>` : '';
  const fill = background ? `<rect width="${w}" height="${h}" fill="${escapeXml(background)}"/>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" ` +
    `font-family="${FONT_FAMILY}"${label}>${titleElement}${fill}${body}</svg>`
  );
}

/**
 * Places a standalone SVG at (x, y) inside an enclosing SVG, by turning its root into a nested
 * `<svg x y width height>`: it keeps its own coordinates (`viewBox`) and is clipped to its box. The
 * nested root is `aria-hidden`, as the enclosing figure's title describes the whole image.
 *
 * Keep boxes inside the enclosing canvas: resvg 2.6 aborts the process (an uncatchable Rust panic)
 * on a nested `<svg>` that lies wholly outside it.
 */
export function placeSvg(svg: string, x: number, y: number, size: SvgSize = svgSize(svg)): string {
  const body = stripProlog(svg);
  const open = /^\s*<svg\b([^>]*?)(\/?)>/.exec(body);
  if (!open) throw new Error('not an SVG: no <svg> root');
  const w = fmt(size.width);
  const h = fmt(size.height);
  const kept = open[1]!.replace(/\s(?:x|y|width|height|xmlns|role|aria-hidden)="[^"]*"/g, '');
  const viewBox = /\sviewBox="/.test(kept) ? '' : ` viewBox="0 0 ${w} ${h}"`;
  const tag = `<svg x="${fmt(x)}" y="${fmt(y)}" width="${w}" height="${h}"${viewBox}${kept} aria-hidden="true"${open[2]}>`;
  return tag + body.slice(open[0].length);
}

/** Drops an XML declaration or doctype, which may only appear at the very start of a document. */
function stripProlog(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*\?>/, '').replace(/^\s*<!DOCTYPE[^>]*>/i, '');
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
