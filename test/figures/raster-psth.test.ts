import assert from 'node:assert/strict';
import { test } from 'node:test';
import { psthBins, type RasterPsthSpec, rasterPsthFigure } from '../../src/figures/index.js';
import { mirrorNeuronSpec, poissonTrials, seeded } from './fixtures.js';
import { assertWellFormedSvg, parseSvg, texts } from './svg-check.js';

/** Spikes drawn per panel: the lines of each raster's spike mark, in panel order. */
function rasterTickCounts(svg: string): number[] {
  return Array.from(parseSvg(svg).querySelectorAll('g.raster-spikes')).map(
    (g) => g.querySelectorAll('line').length,
  );
}

test('the figure is well-formed SVG with one tick per spike inside the window', () => {
  const spec = mirrorNeuronSpec();
  // Spikes outside the window must not be drawn.
  spec.panels[0]!.trials[0]!.push(-5000, 1500, 9999);
  const svg = rasterPsthFigure(spec);
  assertWellFormedSvg(svg);
  const [start, end] = spec.rangeMs;
  const expected = spec.panels.map((p) => p.trials.flat().filter((t) => t >= start && t < end).length);
  assert.deepEqual(rasterTickCounts(svg), expected);
  assert.ok(expected.every((n) => n > 0));
});

test('a silent neuron (no spikes at all) still gives a well-formed figure', () => {
  const svg = rasterPsthFigure({
    title: 'silent',
    alignLabel: 'act onset',
    rangeMs: [-200, 400],
    binMs: 20,
    panels: [
      { label: 'execute', trials: [[], [], []] },
      { label: 'observe', trials: [[-900], [5000]] },
    ],
  });
  assertWellFormedSvg(svg);
  assert.deepEqual(rasterTickCounts(svg), []);
});

test('rendering twice gives the identical string', () => {
  assert.equal(rasterPsthFigure(mirrorNeuronSpec()), rasterPsthFigure(mirrorNeuronSpec()));
});

test('axes, panel labels and event names are written as SVG text', () => {
  const all = texts(rasterPsthFigure(mirrorNeuronSpec()));
  for (const label of ['execute', 'observe', 'object alone', 'mime', 'contact', 'spikes/s']) {
    assert.ok(all.includes(label), `missing "${label}"`);
  }
  assert.equal(all.filter((t) => t === 'time from act onset (ms)').length, 4);
  assert.equal(all.filter((t) => t === 'act onset').length, 4, 'alignment named above each raster');
});

test('all PSTHs share one y scale', () => {
  const svg = rasterPsthFigure(mirrorNeuronSpec());
  const scales = Array.from(parseSvg(svg).querySelectorAll('g[aria-label="y-axis tick label"]')).map((g) =>
    Array.from(g.querySelectorAll('text')).map((t) => t.textContent),
  );
  assert.equal(scales.length, 4);
  for (const scale of scales) assert.deepEqual(scale, scales[0]);
  assert.ok(Number(scales[0]!.at(-1)) >= 40, 'the top of the scale covers the ~40 spikes/s response');
});

test('five or six panels wrap onto two rows', () => {
  const random = seeded(5);
  const panel = (label: string) => ({ label, trials: poissonTrials(random, 4, [-500, 500], () => 10, 10) });
  for (const n of [5, 6]) {
    const svg = rasterPsthFigure({
      title: 'wrap',
      alignLabel: 'act onset',
      rangeMs: [-500, 500],
      binMs: 50,
      panels: Array.from({ length: n }, (_, i) => panel(`c${i}`)),
    });
    const root = parseSvg(svg);
    const cells = Array.from(root.children).filter((c) => c.tagName.toLowerCase() === 'svg');
    assert.equal(cells.length, n);
    assert.equal(new Set(cells.map((c) => c.getAttribute('y'))).size, 2, `${n} panels in two rows`);
    assert.equal(new Set(cells.map((c) => c.getAttribute('x'))).size, 3, `${n} panels in three columns`);
  }
});

test('psthBins averages across trials and divides by the bin width', () => {
  const bins = psthBins([[-90, -10, 5, 15], [5]], [-100, 100], 50);
  assert.deepEqual(
    bins.map((b) => [b.x1, b.x2]),
    [
      [-100, -50],
      [-50, 0],
      [0, 50],
      [50, 100],
    ],
  );
  // Bin [0, 50): 3 spikes over 2 trials in 50 ms = 30 spikes/s.
  assert.deepEqual(
    bins.map((b) => b.rate),
    [10, 10, 30, 0],
  );
});

test('psthBins: a last bin cut short by the window is divided by its true width', () => {
  const bins = psthBins([[95, 99, 200]], [0, 100], 30);
  assert.equal(bins.length, 4);
  assert.deepEqual(bins.at(-1), { x1: 90, x2: 100, rate: 200 });
});

test('bad specs throw errors that name the field', () => {
  const ok = (): RasterPsthSpec => mirrorNeuronSpec();
  const cases: [string, (s: RasterPsthSpec) => void, RegExp][] = [
    ['empty panels', (s) => (s.panels = []), /rasterPsthFigure: panels must not be empty/],
    ['inverted rangeMs', (s) => (s.rangeMs = [1500, -1000]), /rangeMs must have start < end/],
    ['rangeMs without 0', (s) => (s.rangeMs = [100, 1500]), /rangeMs must contain 0/],
    ['NaN in rangeMs', (s) => (s.rangeMs = [Number.NaN, 1]), /rangeMs\[0\] must be a finite number/],
    ['negative binMs', (s) => (s.binMs = -20), /binMs must be positive/],
    ['zero binMs', (s) => (s.binMs = 0), /binMs must be positive/],
    ['binMs wider than the window', (s) => (s.binMs = 5000), /binMs must not exceed the window/],
    ['too many panels', (s) => (s.panels = Array(9).fill(s.panels[0])), /panels must hold at most 8/],
    ['panel without trials', (s) => (s.panels[2]!.trials = []), /panels\[2\]\.trials must not be empty/],
    [
      'NaN spike time',
      (s) => s.panels[1]!.trials[3]!.push(Number.NaN),
      /panels\[1\]\.trials\[3\]\[\d+\] must be a finite/,
    ],
    [
      'mark outside the window',
      (s) => (s.panels[0]!.marks = [{ tMs: 4000, label: 'late' }]),
      /panels\[0\]\.marks\[0\]\.tMs must lie inside rangeMs/,
    ],
  ];
  for (const [name, breakSpec, message] of cases) {
    const spec = ok();
    breakSpec(spec);
    assert.throws(() => rasterPsthFigure(spec), message, name);
  }
});
