import assert from 'node:assert/strict';
import { test } from 'node:test';
import { logGamma, logGammaRatio, regularizedGammaP, regularizedGammaQ } from '../../src/analysis/gamma.js';

function relClose(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.abs(expected),
    `${what}: ${actual} vs ${expected}`,
  );
}

test('log-gamma: factorials, Γ(½) = √π and reference values', () => {
  let factorial = 1;
  for (let n = 2; n <= 30; n++) {
    relClose(logGamma(n + 1), Math.log((factorial *= n)), 1e-14, `ln ${n}!`);
  }
  assert.equal(logGamma(1), 0);
  assert.equal(logGamma(2), 0);
  relClose(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14, 'ln Γ(½)');
  relClose(logGamma(3.7), 1.428072326665388, 1e-14, 'ln Γ(3.7)');
  relClose(logGamma(0.001), 6.907178885383853, 1e-14, 'ln Γ(0.001)');
  relClose(logGamma(1e6), 12815504.569147611, 1e-15, 'ln Γ(1e6)');
  assert.equal(logGamma(0), Infinity);
  assert.ok(Number.isNaN(logGamma(-1)));
});

test('log-gamma ratio keeps its digits for large arguments', () => {
  // Γ(a)/Γ(a + ½) ≈ a^(−½)(1 + 1/(8a)) for large a.
  const a = 1e9;
  relClose(logGammaRatio(a, 0.5), -0.5 * Math.log(a) + Math.log1p(1 / (8 * a)), 1e-13, 'ratio at 1e9');
  relClose(logGammaRatio(4, 3), logGamma(4) - logGamma(7), 1e-14, 'ratio at 4, 3');
});

test('regularized incomplete gamma: closed forms and reference values', () => {
  for (const x of [0.01, 0.5, 2, 7, 40]) {
    // a = 1: P = 1 − e^(−x); a = ½: P = erf(√x), here checked through Q(1, x) = e^(−x).
    relClose(regularizedGammaQ(1, x), Math.exp(-x), 1e-13, `Q(1, ${x})`);
    relClose(regularizedGammaP(1, x) + regularizedGammaQ(1, x), 1, 1e-15, `P + Q at ${x}`);
  }
  relClose(regularizedGammaP(2.5, 1.7), 0.36143007689620493, 1e-13, 'P(2.5, 1.7)');
  relClose(regularizedGammaQ(30, 50), 0.0009168288614560798, 1e-12, 'Q(30, 50)');
  assert.equal(regularizedGammaP(3, 0), 0);
  assert.equal(regularizedGammaQ(3, Infinity), 0);
  assert.ok(Number.isNaN(regularizedGammaP(-1, 2)));
});
