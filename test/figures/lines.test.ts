import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type MetricLinesSpec, metricLinesFigure } from '../../src/figures/index.js';
import { sweepSpec } from './fixtures.js';
import { assertWellFormedSvg, parseSvg, texts } from './svg-check.js';

test('a line and a dot per point for each series, a CI band only where CIs are given', () => {
  const spec = sweepSpec();
  const svg = metricLinesFigure(spec);
  assertWellFormedSvg(svg);
  const root = parseSvg(svg);
  assert.equal(root.querySelectorAll('g.series-line').length, 3);
  assert.equal(root.querySelectorAll('g.ci-band').length, 2, 'the no-plasticity series has no CI');
  const dots = spec.series.reduce((n, s) => n + s.points.length, 0);
  assert.equal(root.querySelectorAll('g.series-dot circle, g.series-dot path').length, dots);
});

test('axis labels and the legend are SVG text', () => {
  const all = texts(metricLinesFigure(sweepSpec()));
  for (const t of [
    'learning trials',
    '% of F5 units that are mirror',
    'paired',
    'unpaired',
    'no plasticity',
  ]) {
    assert.ok(all.includes(t), `missing "${t}"`);
  }
});

test('rendering twice gives the identical string', () => {
  assert.equal(metricLinesFigure(sweepSpec()), metricLinesFigure(sweepSpec()));
});

test('bad specs throw errors that name the field', () => {
  const cases: [string, (s: MetricLinesSpec) => void, RegExp][] = [
    ['no series', (s) => (s.series = []), /metricLinesFigure: series must not be empty/],
    ['series without points', (s) => (s.series[1]!.points = []), /series\[1\]\.points must not be empty/],
    [
      'NaN y',
      (s) => (s.series[0]!.points[2]!.y = Number.NaN),
      /series\[0\]\.points\[2\]\.y must be a finite/,
    ],
    [
      'low without high',
      (s) => delete s.series[0]!.points[1]!.high,
      /series\[0\]\.points\[1\] must give both low and high/,
    ],
    [
      'y outside its CI',
      (s) => (s.series[1]!.points[0]!.low = 50),
      /series\[1\]\.points\[0\] must have low <= y <= high/,
    ],
    ['too many series', (s) => (s.series = Array(9).fill(s.series[0])), /series must hold at most 8 lines/],
  ];
  for (const [name, breakSpec, message] of cases) {
    const spec = sweepSpec();
    breakSpec(spec);
    assert.throws(() => metricLinesFigure(spec), message, name);
  }
});
