/** Checks on rendered SVG strings shared by the figure tests. */

import assert from 'node:assert/strict';
import { Resvg } from '@resvg/resvg-js';
import { DOMParser } from 'linkedom';

/**
 * Asserts that `svg` is a well-formed standalone SVG document. resvg parses with a strict XML parser
 * (unbalanced tags, bad entities and a missing SVG namespace are errors), so a document it accepts
 * will open in browsers and editors too.
 */
export function assertWellFormedSvg(svg: string): void {
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.doesNotThrow(() => new Resvg(svg), 'SVG does not parse');
}

/** The SVG as a DOM, to query its elements. */
export function parseSvg(svg: string): Element {
  return new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as Element;
}

/** The text of every `<text>` element, in document order. */
export function texts(svg: string): string[] {
  return Array.from(parseSvg(svg).querySelectorAll('text')).map((t) => t.textContent ?? '');
}
