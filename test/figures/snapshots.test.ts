import { test } from 'node:test';
import { classificationBars, metricLinesFigure, rasterPsthFigure } from '../../src/figures/index.js';
import { classificationSpec, mirrorNeuronSpec, sixConditionSpec, sweepSpec } from './fixtures.js';
import { assertSnapshot } from './snapshot.js';

test('snapshot: raster + PSTH, four conditions of a mirror neuron', () => {
  assertSnapshot('raster-psth-mirror', rasterPsthFigure(mirrorNeuronSpec()));
});

test('snapshot: raster + PSTH, six conditions wrapped onto two rows', () => {
  assertSnapshot('raster-psth-six', rasterPsthFigure(sixConditionSpec()));
});

test('snapshot: classification bars, simulated beside published', () => {
  assertSnapshot('classification-bars', classificationBars(classificationSpec()));
});

test('snapshot: classification bars without published values', () => {
  const spec = classificationSpec();
  const categories = spec.categories.map(({ published: _, ...c }) => c);
  assertSnapshot('classification-bars-measured-only', classificationBars({ ...spec, categories }));
});

test('snapshot: metric lines of a parameter sweep', () => {
  assertSnapshot('metric-lines', metricLinesFigure(sweepSpec()));
});
