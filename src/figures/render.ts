/**
 * Rendering plumbing shared by every figure: a DOM for Observable Plot, Plot → standalone SVG
 * string, and SVG → PNG.
 *
 * Plot needs a DOM to build its SVG. In Node there is none, so a linkedom document is made on first
 * use (and reused: building one costs more than a small plot). In a browser, callers pass the page's
 * own `document` through {@link FigureOptions} and linkedom is never touched.
 *
 * Figures are kept as SVG strings until the very end because SVG is what papers and the browser lab
 * embed, diff (snapshot tests) and scale; PNG is only for quick looks and for places that cannot show
 * SVG.
 */

import { createRequire } from 'node:module';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { FONT_FAMILY } from './text.js';

/** Options every public figure function accepts. */
export interface FigureOptions {
  /**
   * The DOM document Plot builds its elements with. Defaults to a shared linkedom document, so
   * figures render in Node; pass `window.document` to render with a browser's real DOM.
   */
  document?: Document;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

let sharedDocument: Document | undefined;

/** The shared linkedom document, created on first use. */
export function defaultDocument(): Document {
  sharedDocument ??= parseHTML('<!DOCTYPE html><html><body></body></html>').document as unknown as Document;
  return sharedDocument;
}

/**
 * Renders a Plot and returns the `<svg>` holding its marks, as a standalone SVG string.
 *
 * When Plot is asked for a title or a legend it wraps the SVG in an HTML `<figure>`; those HTML parts
 * are lost when rasterising, so figures draw their own text and this keeps only the SVG. The root
 * gets `xmlns` (required by standalone SVG and by resvg), the DejaVu Sans font, and loses Plot's
 * `<style>` block and class: that CSS sizes the root for an HTML page (`height: auto`) and would
 * resize it wrongly once the SVG is nested inside a composed figure.
 */
export function plotToSvg(options: Plot.PlotOptions, document: Document = defaultDocument()): string {
  const rendered = Plot.plot({ ...options, document }) as Element;
  const svg = rendered.tagName.toLowerCase() === 'svg' ? rendered : lastSvgChild(rendered);
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  svg.removeAttribute('class');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('font-family', FONT_FAMILY);
  return svg.outerHTML;
}

/** Plot appends legends before the marks' SVG and the caption after it, so the marks are the last `<svg>`. */
function lastSvgChild(figure: Element): Element {
  const svgs = Array.from(figure.children).filter((child) => child.tagName.toLowerCase() === 'svg');
  const last = svgs[svgs.length - 1];
  if (!last) throw new Error('Plot returned a <figure> without an <svg>');
  return last;
}

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: ResvgModule | undefined;

/**
 * Rasterises an SVG string to PNG bytes, `widthPx` wide (height follows the aspect ratio), on white.
 *
 * resvg is a native Node addon, so it is loaded on first call rather than imported: a browser bundle
 * of the figure functions then never tries to resolve it.
 */
export function svgToPng(svg: string, widthPx = 1600): Uint8Array {
  if (!Number.isInteger(widthPx) || widthPx <= 0) {
    throw new Error(`widthPx must be a positive integer, got ${widthPx}`);
  }
  resvg ??= createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;
  const png = new resvg.Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
