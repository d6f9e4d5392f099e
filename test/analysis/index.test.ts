import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as analysis from '../../src/analysis/index.js';

test('the analysis index exports every tool under its own name', () => {
  const expected = [
    'classifyUnit',
    'countInWindow',
    'lagCorrelation',
    'leaveOneOutDecode',
    'logBeta',
    'logGamma',
    'mannWhitneyCounts',
    'meanCI',
    'normalCdf',
    'normalPdf',
    'normalQuantile',
    'pearson',
    'psth',
    'rankSum',
    'rateInWindow',
    'regularizedBeta',
    'regularizedGammaP',
    'regularizedGammaQ',
    'standardizedMeanDifference',
    'tCdf',
    'tPdf',
    'tQuantile',
    'unitResponses',
    'wilsonCI',
  ];
  assert.deepEqual(Object.keys(analysis).sort(), expected);
  for (const name of expected)
    assert.equal(typeof (analysis as Record<string, unknown>)[name], 'function', name);
});

test('results are deterministic: the same input gives bit-identical output', () => {
  const a = [3, 1, 4, 1, 5, 9, 2, 6];
  const b = [2, 7, 1, 8, 2, 8, 1, 8, 2];
  assert.deepEqual(analysis.rankSum(a, b), analysis.rankSum([...a], [...b]));
  assert.deepEqual(analysis.meanCI(a), analysis.meanCI(new Float64Array(a)));
  assert.equal(analysis.tQuantile(0.975, 7.5), analysis.tQuantile(0.975, 7.5));
});
