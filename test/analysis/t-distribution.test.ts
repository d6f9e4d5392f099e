import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tCdf, tPdf, tQuantile } from '../../src/analysis/t-distribution.js';

function close(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} vs ${expected}`);
}

function relClose(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.abs(expected),
    `${what}: ${actual} vs ${expected}`,
  );
}

test('t quantiles match printed tables (0.975 and others)', () => {
  for (const [df, value] of [
    [1, 12.706],
    [2, 4.303],
    [4, 2.776],
    [9, 2.262],
    [29, 2.045],
    [1000, 1.962],
  ] as const) {
    close(tQuantile(0.975, df), value, 1e-3, `t(0.975, ${df})`);
    close(tQuantile(0.025, df), -value, 1e-3, `t(0.025, ${df})`);
  }
  close(tQuantile(0.95, 5), 2.015, 1e-3, 't(0.95, 5)');
  close(tQuantile(0.995, 10), 3.169, 1e-3, 't(0.995, 10)');
  close(tQuantile(0.9995, 3), 12.924, 1e-3, 't(0.9995, 3)');
});

test('df = 1 and df = 2 agree with the closed forms of the CDF', () => {
  for (const t of [-1e6, -30, -3, -0.4, 0, 1e-9, 0.7, 5, 300]) {
    // Cauchy: F(t) = ½ + atan(t)/π (= atan(−1/t)/π for t < 0, without cancellation);
    // df = 2: F(t) = ½ + t / (2√(2 + t²)) (= 1 / (s(s + |t|)), s = √(2 + t²), for t < 0).
    const cauchy = t < 0 ? Math.atan(-1 / t) / Math.PI : 0.5 + Math.atan(t) / Math.PI;
    relClose(tCdf(t, 1), cauchy, 1e-12, `Cauchy F(${t})`);
    const s = Math.sqrt(2 + t * t);
    const two = t < 0 ? 1 / (s * (s - t)) : 0.5 + t / (2 * s);
    relClose(tCdf(t, 2), two, 1e-12, `df 2 F(${t})`);
  }
  for (const p of [1e-12, 0.001, 0.2, 0.5, 0.6, 0.975]) {
    // tan(π(p − ½)) = −cot(πp), the latter precise for small p.
    const expected = p < 0.1 ? -1 / Math.tan(Math.PI * p) : Math.tan(Math.PI * (p - 0.5));
    relClose(tQuantile(p, 1), expected, 1e-12, `Cauchy quantile ${p}`);
    relClose(tQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-12, `df 2 quantile ${p}`);
  }
});

test('df = 4 agrees with its closed-form CDF', () => {
  for (const t of [-12, -2.776445105, -1, 0.3, 2, 8]) {
    const x = (t * t) / (4 + t * t);
    const expected = 0.5 + (3 / 8) * (t / Math.sqrt(1 + (t * t) / 4)) * (1 - x / 3);
    relClose(tCdf(t, 4), expected, 1e-12, `df 4 F(${t})`);
  }
  close(tCdf(2.7764451051977987, 4), 0.975, 1e-14, 'F(t_0.975, 4)');
});

test('quantile inverts the CDF across df and deep tails', () => {
  for (const df of [0.5, 1, 1.5, 3, 4, 7.5, 30, 250, 1e5, 1e9]) {
    for (const p of [1e-200, 1e-30, 1e-8, 0.01, 0.25, 0.49999, 0.5000001, 0.8, 0.999]) {
      const t = tQuantile(p, df);
      if (!Number.isFinite(t)) {
        // Only where the true quantile exceeds the largest double (heavy tails, df < 1).
        assert.ok(df < 1 && p < 1e-100, `df ${df} p ${p} overflowed`);
        assert.equal(t, -Infinity);
        continue;
      }
      const back = p < 0.5 ? tCdf(t, df) : 1 - tCdf(t, df);
      // Above df = 1e8 both directions are asymptotic expansions in 1/ν, which agree less far out.
      const tolerance = df > 1e8 && p < 1e-20 ? 1e-6 : 1e-9;
      relClose(back, p < 0.5 ? p : 1 - p, tolerance, `df ${df} p ${p}`);
    }
  }
});

test('symmetry, limits, monotonicity and invalid arguments', () => {
  for (const df of [1, 3, 12]) {
    assert.equal(tCdf(0, df), 0.5);
    assert.equal(tQuantile(0.5, df), 0);
    assert.equal(tQuantile(0, df), -Infinity);
    assert.equal(tQuantile(1, df), Infinity);
    assert.equal(tCdf(Infinity, df), 1);
    assert.equal(tCdf(-Infinity, df), 0);
    close(tCdf(-1.3, df) + tCdf(1.3, df), 1, 1e-15, 'symmetry');
    relClose(tQuantile(0.1, df), -tQuantile(0.9, df), 1e-14, 'quantile symmetry');
    let previous = -Infinity;
    for (let t = -6; t <= 6; t += 0.25) {
      const f = tCdf(t, df);
      assert.ok(f > previous);
      previous = f;
    }
  }
  assert.ok(Number.isNaN(tQuantile(1.5, 3)));
  assert.ok(Number.isNaN(tCdf(Number.NaN, 3)));
  assert.throws(() => tCdf(1, 0), RangeError);
  assert.throws(() => tQuantile(0.5, -2), RangeError);
});

test('large df approaches the normal distribution', () => {
  close(tQuantile(0.975, Infinity), 1.959963984540054, 1e-12, 'df ∞');
  close(tQuantile(0.975, 1e12), 1.959963984540054, 1e-9, 'df 1e12');
  // Cornish–Fisher: t ≈ z + (z³ + z)/(4ν) to first order.
  const z = 1.959963984540054;
  close(tQuantile(0.975, 1e6), z + (z ** 3 + z) / 4e6, 1e-10, 'df 1e6');
  close(tPdf(0, Infinity), 1 / Math.sqrt(2 * Math.PI), 1e-15, 'pdf ∞');
  // f(0) = Γ((ν+1)/2) / (√(νπ) Γ(ν/2)): 1/π for Cauchy, 3/8 for df = 4.
  relClose(tPdf(0, 1), 1 / Math.PI, 1e-14, 'Cauchy pdf');
  relClose(tPdf(0, 4), 3 / 8, 1e-14, 'df 4 pdf');
});
