import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { plotToSvg, rasterPsthFigure, svgToPng } from '../../src/figures/index.js';
import { mirrorNeuronSpec } from './fixtures.js';
import { assertWellFormedSvg } from './svg-check.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Decodes a PNG's chunks far enough to know its size and that its pixel data is complete. */
function decodePng(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  let bytesPerPixel = 0;
  const idat: Uint8Array[] = [];
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      assert.equal(data[8], 8, 'bit depth 8');
      bytesPerPixel = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[data[9]!] ?? 0;
    }
    if (type === 'IDAT') idat.push(data);
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  const pixels = inflateSync(Buffer.concat(idat));
  assert.equal(pixels.length, height * (1 + width * bytesPerPixel), 'one filter byte + pixels per row');
  return { width, height };
}

test('plotToSvg returns a standalone <svg> with the figure font and no page CSS', () => {
  const svg = plotToSvg({ width: 200, height: 100, marks: [Plot.dot([{ x: 1, y: 2 }], { x: 'x', y: 'y' })] });
  assertWellFormedSvg(svg);
  assert.match(
    svg,
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* font-family="DejaVu Sans, sans-serif"/,
  );
  assert.doesNotMatch(svg, /<style/);
  assert.doesNotMatch(svg.slice(0, svg.indexOf('>')), /class=/);
});

test('plotToSvg keeps only the marks <svg> when Plot wraps it in a <figure> (title, legend)', () => {
  const svg = plotToSvg({
    title: 'lost in rasterising',
    color: { legend: true },
    width: 200,
    height: 100,
    marks: [Plot.dot([{ x: 1, y: 2, c: 'a' }], { x: 'x', y: 'y', fill: 'c' })],
  });
  assertWellFormedSvg(svg);
  assert.doesNotMatch(svg, /<figure|<h2|lost in rasterising/);
  assert.match(svg, /<circle/);
});

test('figures render with a caller-supplied document exactly as with the default one', () => {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  const own = rasterPsthFigure(mirrorNeuronSpec(), { document: document as unknown as Document });
  assert.equal(own, rasterPsthFigure(mirrorNeuronSpec()));
});

test('svgToPng writes a PNG of the requested width that decodes completely', () => {
  const svg = rasterPsthFigure(mirrorNeuronSpec());
  const png = svgToPng(svg, 800);
  assert.ok(png instanceof Uint8Array);
  assert.deepEqual([...png.subarray(0, 8)], PNG_SIGNATURE);
  const { width, height } = decodePng(png);
  assert.equal(width, 800);
  const aspect = Number(/height="([\d.]+)"/.exec(svg)![1]) / Number(/width="([\d.]+)"/.exec(svg)![1]);
  assert.ok(Math.abs(height - 800 * aspect) <= 1, `height ${height} keeps the aspect ratio`);
});

test('svgToPng defaults to 1600 px and rejects a bad width', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="10" height="10"/></svg>';
  assert.equal(decodePng(svgToPng(svg)).width, 1600);
  assert.throws(() => svgToPng(svg, 0), /widthPx must be a positive integer/);
  assert.throws(() => svgToPng(svg, 12.5), /widthPx/);
});
