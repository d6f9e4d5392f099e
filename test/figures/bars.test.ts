import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ClassificationBarsSpec, classificationBars, formatPercent } from '../../src/figures/index.js';
import { classificationSpec } from './fixtures.js';
import { assertWellFormedSvg, parseSvg, texts } from './svg-check.js';

test('one measured bar per category, a published bar beside each published value', () => {
  const spec = classificationSpec();
  delete spec.categories[1]!.published;
  const svg = classificationBars(spec);
  assertWellFormedSvg(svg);
  const root = parseSvg(svg);
  assert.equal(root.querySelectorAll('g.measured rect').length, 4);
  assert.equal(root.querySelectorAll('g.published rect').length, 3);
  assert.equal(root.querySelectorAll('g.ci line').length, 4, 'a CI whisker per measured bar');
});

test('values are printed in % above the bars, with the legend and labels as SVG text', () => {
  const all = texts(classificationBars(classificationSpec()));
  for (const t of ['18.4%', '17%', '5.2%', '6%', '<1%', 'Gallese et al. 1996', '% of recorded F5 units']) {
    assert.ok(all.includes(t), `missing "${t}"`);
  }
  assert.ok(
    all.some((t) => t.startsWith('simulated')),
    'measured legend entry',
  );
  assert.ok(all.some((t) => t.includes('strictly congruent')));
});

test('without published values the legend has no published entry', () => {
  const spec = classificationSpec();
  for (const c of spec.categories) delete c.published;
  const svg = classificationBars(spec);
  assertWellFormedSvg(svg);
  assert.ok(!texts(svg).includes('Gallese et al. 1996'));
  assert.equal(parseSvg(svg).querySelectorAll('g.published rect').length, 0);
});

test('rendering twice gives the identical string', () => {
  assert.equal(classificationBars(classificationSpec()), classificationBars(classificationSpec()));
});

test('formatPercent writes values as the papers do', () => {
  assert.equal(formatPercent(17), '17%');
  assert.equal(formatPercent(12.63), '12.6%');
  assert.equal(formatPercent(0.4), '<1%');
  assert.equal(formatPercent(0), '0%');
});

test('bad specs throw errors that name the field', () => {
  const cases: [string, (s: ClassificationBarsSpec) => void, RegExp][] = [
    ['no categories', (s) => (s.categories = []), /classificationBars: categories must not be empty/],
    [
      'mean outside its CI',
      (s) => (s.categories[0]!.measured.low = 19),
      /categories\[0\]\.measured must have low <= mean <= high/,
    ],
    [
      'not a percentage',
      (s) => (s.categories[2]!.measured.high = 140),
      /categories\[2\]\.measured\.high must be a percentage/,
    ],
    [
      'negative published',
      (s) => (s.categories[3]!.published = -1),
      /categories\[3\]\.published must be a percentage/,
    ],
    [
      'NaN mean',
      (s) => (s.categories[1]!.measured.mean = Number.NaN),
      /categories\[1\]\.measured\.mean must be a finite/,
    ],
  ];
  for (const [name, breakSpec, message] of cases) {
    const spec = classificationSpec();
    breakSpec(spec);
    assert.throws(() => classificationBars(spec), message, name);
  }
});

test('labels with XML special characters are escaped', () => {
  const spec = classificationSpec();
  spec.title = 'Mirror & "canonical" <F5>';
  spec.categories[0]!.label = 'V+S & M <grasp>';
  const svg = classificationBars(spec);
  assertWellFormedSvg(svg);
  assert.ok(texts(svg).includes('Mirror & "canonical" <F5>'));
});
