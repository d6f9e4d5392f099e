import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { assertSnapshot, formatSvg } from './snapshot.js';

const DIR = path.join(import.meta.dirname, 'snapshots');
const NAME = 'zz-snapshot-selftest';
const file = path.join(DIR, `${NAME}.svg`);
const changed = path.join(DIR, `${NAME}-changed.svg`);
const svg = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><title>t</title><rect width="4" height="4" fill="${fill}"/></svg>`;

test('the snapshot check passes on a match, writes <name>-changed.svg and fails on a difference, and updates on request', () => {
  const update = process.env.UPDATE_SNAPSHOTS;
  delete process.env.UPDATE_SNAPSHOTS;
  try {
    fs.writeFileSync(file, formatSvg(svg('black')));
    assertSnapshot(NAME, svg('black'));
    assert.ok(!fs.existsSync(changed));

    assert.throws(() => assertSnapshot(NAME, svg('red')), /rendering differs.*UPDATE_SNAPSHOTS=1/);
    assert.equal(fs.readFileSync(changed, 'utf8'), formatSvg(svg('red')));
    assert.equal(fs.readFileSync(file, 'utf8'), formatSvg(svg('black')), 'the snapshot itself is untouched');

    process.env.UPDATE_SNAPSHOTS = '1';
    assertSnapshot(NAME, svg('red'));
    assert.equal(fs.readFileSync(file, 'utf8'), formatSvg(svg('red')));
    assert.ok(!fs.existsSync(changed), 'accepting a change removes the -changed file');
  } finally {
    if (update === undefined) delete process.env.UPDATE_SNAPSHOTS;
    else process.env.UPDATE_SNAPSHOTS = update;
    fs.rmSync(file, { force: true });
    fs.rmSync(changed, { force: true });
  }
});

test('numbers are compared to two decimals, so float noise is not a change', () => {
  const update = process.env.UPDATE_SNAPSHOTS;
  delete process.env.UPDATE_SNAPSHOTS;
  try {
    fs.writeFileSync(file, formatSvg(svg('black').replace('width="4"', 'width="4.0000000001"')));
    assertSnapshot(NAME, svg('black').replace('width="4"', 'width="3.99999999998"'));
  } finally {
    if (update !== undefined) process.env.UPDATE_SNAPSHOTS = update;
    fs.rmSync(file, { force: true });
    fs.rmSync(changed, { force: true });
  }
});

test('formatSvg puts elements on their own lines but leaves text content alone', () => {
  const out = formatSvg('<svg><g><text x="1">a <tspan>b</tspan></text></g></svg>');
  assert.equal(out, '<svg>\n<g>\n<text x="1">a <tspan>b</tspan></text>\n</g>\n</svg>\n');
});
