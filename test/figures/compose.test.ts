import assert from 'node:assert/strict';
import { test } from 'node:test';
import { composeSvg, svgSize } from '../../src/figures/index.js';
import { assertWellFormedSvg, parseSvg, texts } from './svg-check.js';

const box = (w: number, h: number, fill = 'black') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${fill}"/></svg>`;

test('cells go on a grid of nested <svg x y width height>, in a valid standalone SVG', () => {
  const svg = composeSvg({
    cells: [box(100, 50), box(80, 70), box(60, 40)],
    columns: 2,
    gap: 10,
    padding: 5,
  });
  assertWellFormedSvg(svg);
  const cells = Array.from(parseSvg(svg).children).filter((c) => c.tagName.toLowerCase() === 'svg');
  assert.deepEqual(
    cells.map((c) => ['x', 'y', 'width', 'height'].map((a) => Number(c.getAttribute(a)))),
    [
      [5, 5, 100, 50],
      [115, 5, 80, 70],
      [5, 85, 60, 40],
    ],
  );
  // Columns 100 + 10 + 80 wide, rows 70 + 10 + 40 high, plus padding.
  assert.deepEqual(svgSize(svg), { width: 200, height: 130 });
});

test('title, subtitle and caption are SVG text; the title also labels the image', () => {
  const svg = composeSvg({
    cells: [box(300, 100)],
    title: 'Mirror <neurons> & "friends"',
    subtitle: 'F5',
    caption:
      'A caption long enough that it has to be wrapped onto a second line under a 300 px wide grid of cells.',
  });
  assertWellFormedSvg(svg);
  const all = texts(svg);
  assert.equal(parseSvg(svg).querySelector('title')?.textContent, 'Mirror <neurons> & "friends". F5');
  assert.ok(all.includes('Mirror <neurons> & "friends"'));
  assert.ok(all.includes('F5'));
  assert.ok(
    all.filter((t) => t.startsWith('A caption') || t.endsWith('cells.')).length >= 2,
    'caption wrapped',
  );
  assert.match(svg, /^<svg [^>]*role="img"/);
});

test('cells may give their size by viewBox only, and may carry an XML declaration', () => {
  const cell =
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30"><circle r="5"/></svg>';
  assert.deepEqual(svgSize(cell), { width: 40, height: 30 });
  const svg = composeSvg({ cells: [cell, cell] });
  assertWellFormedSvg(svg);
  assert.doesNotMatch(svg, /<\?xml/);
});

test('bad input throws', () => {
  assert.throws(() => composeSvg({ cells: [] }), /cells must not be empty/);
  assert.throws(() => composeSvg({ cells: [box(10, 10)], columns: 0 }), /columns must be a positive integer/);
  assert.throws(() => composeSvg({ cells: [box(10, 10), '<g/>'] }), /cells\[1\]: not an SVG/);
  assert.throws(
    () => composeSvg({ cells: ['<svg xmlns="http://www.w3.org/2000/svg"/>'] }),
    /cells\[0\].*width/,
  );
});
