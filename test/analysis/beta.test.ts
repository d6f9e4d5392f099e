import assert from 'node:assert/strict';
import { test } from 'node:test';
import { logBeta, regularizedBeta, regularizedBetaFromLogs } from '../../src/analysis/beta.js';

function relClose(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.abs(expected),
    `${what}: ${actual} vs ${expected}`,
  );
}

test('log-beta: B(a, b) = Γ(a)Γ(b)/Γ(a + b)', () => {
  assert.ok(Math.abs(logBeta(1, 1)) < 1e-15);
  relClose(logBeta(2, 3), Math.log(1 / 12), 1e-14, 'B(2, 3)');
  relClose(logBeta(0.5, 0.5), Math.log(Math.PI), 1e-14, 'B(½, ½)');
  relClose(logBeta(3, 2), logBeta(2, 3), 1e-15, 'symmetry');
});

test('regularized incomplete beta: closed forms, symmetry and reference values', () => {
  for (const x of [1e-6, 0.1, 0.3, 0.5, 0.77, 0.999]) {
    relClose(regularizedBeta(x, 3, 1), x ** 3, 1e-13, `I_x(3, 1) at ${x}`);
    relClose(regularizedBeta(x, 1, 4), -Math.expm1(4 * Math.log1p(-x)), 1e-13, `I_x(1, 4) at ${x}`);
    relClose(regularizedBeta(x, 2.5, 4) + regularizedBeta(1 - x, 4, 2.5), 1, 1e-13, `reflection at ${x}`);
  }
  assert.ok(Math.abs(regularizedBeta(0.5, 7.3, 7.3) - 0.5) < 1e-14);
  relClose(regularizedBeta(0.3, 2.5, 4), 0.3521975859067672, 1e-13, 'I_0.3(2.5, 4)');
  relClose(regularizedBeta(0.99, 200, 0.5), 0.04509410713707969, 1e-12, 'I_0.99(200, ½)');
  assert.equal(regularizedBeta(0, 2, 3), 0);
  assert.equal(regularizedBeta(1, 2, 3), 1);
  assert.ok(Number.isNaN(regularizedBeta(1.2, 2, 3)));
  assert.ok(Number.isNaN(regularizedBeta(0.2, 0, 3)));
});

test('from logarithms it reaches x below the smallest double', () => {
  // I_x(a, 1) = x^a: ln x = −800 (x underflows), a = ½ gives e^(−400).
  relClose(regularizedBetaFromLogs(-800, Math.log1p(-Math.exp(-800)), 0.5, 1), Math.exp(-400), 1e-12, 'x^½');
});
