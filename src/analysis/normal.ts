/**
 * The standard normal distribution: CDF, density and quantile.
 *
 * Large-sample tests (rank-sum with ties, effect-size intervals, Wilson intervals) all end in
 * a normal tail probability or a normal quantile, so both are computed to near machine precision
 * and stay accurate deep in the tails (a p-value of 1e-20 is returned as such, not as 0).
 */

import { regularizedGammaP, regularizedGammaQ } from './gamma.js';

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** Standard normal density φ(x) = exp(−x²/2) / √(2π). */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/**
 * Standard normal CDF Φ(x). Uses erf(z) = P(½, z²) with z = |x|/√2: Φ(x) = ½ Q(½, x²/2) for
 * x < 0 (accurate relative value in the lower tail) and ½ + ½ P(½, x²/2) for x ≥ 0.
 * For an upper tail probability use Φ(−x), not 1 − Φ(x).
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const h = 0.5 * x * x;
  return x < 0 ? 0.5 * regularizedGammaQ(0.5, h) : 0.5 + 0.5 * regularizedGammaP(0.5, h);
}

/**
 * Standard normal quantile Φ⁻¹(p) for 0 ≤ p ≤ 1 (±Infinity at the ends, NaN outside).
 *
 * Starts from Abramowitz & Stegun 26.2.23 (t = √(−2 ln q), x ≈ t − (c₀ + c₁t + c₂t²) /
 * (1 + d₁t + d₂t² + d₃t³), error < 4.5e-4) on the smaller tail q = min(p, 1 − p), then
 * polishes with Halley steps x ← x − u / (1 + x u / 2), u = (Φ(x) − q) / φ(x), which
 * triple the number of correct digits per step.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  const q = p < 0.5 ? p : 1 - p;
  const t = Math.sqrt(-2 * Math.log(q));
  let x = -(
    t -
    (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)))
  );
  for (let i = 0; i < 4; i++) {
    const density = normalPdf(x);
    if (!(density > 0)) break;
    const u = (normalCdf(x) - q) / density;
    const step = u / (1 + 0.5 * x * u);
    x -= step;
    if (Math.abs(step) <= 1e-15 * Math.abs(x)) break;
  }
  return p < 0.5 ? x : -x;
}
