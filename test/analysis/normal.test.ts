import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalCdf, normalPdf, normalQuantile } from '../../src/analysis/normal.js';

function relClose(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.abs(expected),
    `${what}: ${actual} vs ${expected}`,
  );
}

test('normal CDF matches reference values, deep into the lower tail', () => {
  for (const [x, value] of [
    [-20, 2.7536241186062337e-89],
    [-10, 7.619853024160525e-24],
    [-5, 2.866515718791939e-7],
    [-1, 0.15865525393145705],
    [0.5, 0.6914624612740131],
    [2, 0.9772498680518208],
  ] as const) {
    relClose(normalCdf(x), value, 1e-13, `Φ(${x})`);
  }
  assert.equal(normalCdf(0), 0.5);
  assert.equal(normalCdf(-Infinity), 0);
  assert.equal(normalCdf(Infinity), 1);
  assert.ok(Number.isNaN(normalCdf(Number.NaN)));
});

test('normal quantile: 0.975 → 1.95996 and reference values', () => {
  relClose(normalQuantile(0.975), 1.959963984540054, 1e-14, 'z 0.975');
  relClose(normalQuantile(0.025), -1.959963984540054, 1e-14, 'z 0.025');
  relClose(normalQuantile(1e-10), -6.361340902404057, 1e-13, 'z 1e-10');
  relClose(normalQuantile(0.001), -3.0902323061678136, 1e-13, 'z 0.001');
  relClose(normalQuantile(0.3), -0.5244005127080408, 1e-13, 'z 0.3');
  assert.equal(normalQuantile(0.5), 0);
  assert.equal(normalQuantile(0), -Infinity);
  assert.equal(normalQuantile(1), Infinity);
  assert.ok(Number.isNaN(normalQuantile(-0.1)));
  assert.ok(Number.isNaN(normalQuantile(Number.NaN)));
});

test('normal quantile inverts the CDF from 1e-300 to 1 − 1e-12', () => {
  for (const p of [1e-300, 1e-100, 1e-20, 1e-5, 0.02, 0.2, 0.45, 0.55, 0.9, 0.999, 1 - 1e-12]) {
    const x = normalQuantile(p);
    const back = p < 0.5 ? normalCdf(x) : 1 - normalCdf(x);
    relClose(back, p < 0.5 ? p : 1 - p, p > 0.999 ? 1e-4 : 1e-12, `p ${p}`);
  }
});

test('normal density', () => {
  relClose(normalPdf(0), 1 / Math.sqrt(2 * Math.PI), 1e-15, 'φ(0)');
  relClose(normalPdf(1.5), Math.exp(-1.125) / Math.sqrt(2 * Math.PI), 1e-15, 'φ(1.5)');
});
