/**
 * Student's t distribution: density, CDF and quantile for any real df > 0.
 *
 * Confidence intervals of means across simulated subjects and the p-value of a correlation
 * use t with n − 1 or n − 2 degrees of freedom; with few subjects the difference from the
 * normal is large (t₀.₉₇₅ = 12.71 at df = 1, 2.78 at df = 4), so it must be exact.
 * The normal distribution's functions are re-exported here as the df → ∞ limit.
 */

import { logBeta, regularizedBetaFromLogs } from './beta.js';
import { normalCdf, normalPdf, normalQuantile } from './normal.js';

export { normalCdf, normalPdf, normalQuantile } from './normal.js';

/**
 * Above this df the beta-function route loses digits (its continued fraction must cancel a
 * factor (1 − x)^½ with 1 − x ≈ t²/ν), so the CDF uses Fisher's expansion
 * F(t) ≈ Φ(t) − φ(t)(t³ + t)/(4ν), relative error ≈ 0.03 (t⁴/ν)², and the quantile the
 * Cornish–Fisher expansion to 1/ν², error O(z⁷/ν³).
 */
const LARGE_DF = 1e8;

function checkDf(df: number): void {
  if (!(df > 0)) throw new RangeError(`Student t needs degrees of freedom > 0, got ${df}`);
}

/** Density f(t) = (1 + t²/ν)^(−(ν+1)/2) / (√ν B(ν/2, ½)). */
export function tPdf(t: number, df: number): number {
  checkDf(df);
  if (df === Infinity) return normalPdf(t);
  return Math.exp(-logBeta(df / 2, 0.5) - 0.5 * Math.log(df) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * P(T > t) for t ≥ 0 (`central` false) or P(0 < T < t) (`central` true): ½ I_x(ν/2, ½) and
 * ½ I_{1−x}(½, ν/2) with x = ν / (ν + t²). The logarithms of x and 1 − x are formed from the
 * ratio r = t/√ν or its inverse, whichever is ≤ 1, so nothing overflows, underflows or cancels:
 * ln x = −ln(1 + r²) and ln(1 − x) = 2 ln r − ln(1 + r²).
 */
function tMass(t: number, df: number, central: boolean): number {
  const rootDf = Math.sqrt(df);
  let logX: number;
  let logY: number;
  if (t > rootDf) {
    const s = rootDf / t;
    logY = -Math.log1p(s * s);
    logX = 2 * Math.log(s) + logY;
  } else {
    const r = t / rootDf;
    logX = -Math.log1p(r * r);
    logY = 2 * Math.log(r) + logX;
  }
  return central
    ? 0.5 * regularizedBetaFromLogs(logY, logX, 0.5, df / 2)
    : 0.5 * regularizedBetaFromLogs(logX, logY, df / 2, 0.5);
}

/** CDF P(T ≤ t). Lower tails are computed directly, so tiny p-values keep their precision. */
export function tCdf(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) return NaN;
  if (df >= LARGE_DF) return normalCdf(t) - (normalPdf(t) * t * (t * t + 1)) / (4 * df);
  if (t < 0) return tMass(-t, df, false);
  return t < 1 ? 0.5 + tMass(t, df, true) : 1 - tMass(t, df, false);
}

/**
 * Quantile (inverse CDF) t_p with P(T ≤ t_p) = p; ±Infinity at p = 0 and 1, NaN outside [0, 1].
 *
 * df = 1 (Cauchy) and df = 2 have closed forms, tan(π(p − ½)) and (2p − 1) / √(2p(1 − p)).
 * Otherwise it solves for u = ln |t| by Newton's method, safeguarded by a bracket and bisection:
 * in the tails (p ≤ ¼ or p ≥ ¾) ln P(T > t) = ln q for the smaller tail q, where the power-law
 * tail of t is nearly a straight line in ln–ln coordinates, and near the centre
 * ln P(0 < T < t) = ln |p − ½|, which keeps full relative precision as p → ½.
 * The start is the Cornish–Fisher expansion t ≈ z + (z³ + z)/(4ν) + (5z⁵ + 16z³ + 3z)/(96ν²),
 * capped in the tails by the asymptote t ≈ (K ν^((ν−1)/2) / q)^(1/ν), K = 1 / (√ν B(ν/2, ½)).
 */
export function tQuantile(p: number, df: number): number {
  checkDf(df);
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df >= LARGE_DF) {
    const z = normalQuantile(p);
    const z2 = z * z;
    return z + (z * (z2 + 1)) / (4 * df) + (z * (5 * z2 * z2 + 16 * z2 + 3)) / (96 * df * df);
  }
  const central = p > 0.25 && p < 0.75;
  // q is the smaller tail; c = |p − ½| is exact for ¼ < p < ¾ (Sterbenz).
  const q = p < 0.5 ? p : 1 - p;
  const c = Math.abs(p - 0.5);
  let t: number;
  if (df === 1) t = central ? Math.tan(Math.PI * c) : 1 / Math.tan(Math.PI * q);
  else if (df === 2) t = (central ? 2 * c : 1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  else {
    const z = central ? normalQuantile(0.5 + c) : -normalQuantile(q);
    const z2 = z * z;
    let start = z + (z * (z2 + 1)) / (4 * df) + (z * (5 * z2 * z2 + 16 * z2 + 3)) / (96 * df * df);
    if (!central) {
      const logK = -logBeta(df / 2, 0.5) - 0.5 * Math.log(df);
      start = Math.min(start, Math.exp((logK + ((df - 1) / 2) * Math.log(df) - Math.log(q)) / df));
    }
    t = solveForMass(central ? c : q, df, central, start);
  }
  return p < 0.5 ? -t : t;
}

/**
 * The t > 0 with tMass(t) = target. g(u) = ±(ln tMass(e^u) − ln target) is made increasing in
 * u = ln t; its slope is g'(u) = t f(t) / tMass(t) in both cases.
 */
function solveForMass(target: number, df: number, central: boolean, start: number): number {
  // A tail quantile beyond the largest double (heavy tails, df < 1) is reported as infinite.
  if (!central && tMass(Number.MAX_VALUE, df, false) > target) return Infinity;
  const sign = central ? 1 : -1;
  const logTarget = Math.log(target);
  const g = (v: number): number => sign * (Math.log(tMass(Math.exp(v), df, central)) - logTarget);
  let u = Number.isFinite(Math.log(start)) ? Math.log(start) : 0;
  let gu = g(u);
  let lo = -Infinity;
  let hi = Infinity;
  // Bracket the root, stepping outward from the start with doubling steps.
  for (let step = 1; lo === -Infinity || hi === Infinity; step *= 2) {
    if (gu < 0) lo = u;
    else hi = u;
    if (lo !== -Infinity && hi !== Infinity) break;
    const v = gu < 0 ? u + step : u - step;
    const gv = g(v);
    if (gv < 0 === gu < 0) {
      u = v;
      gu = gv;
    } else if (gv < 0) lo = v;
    else hi = v;
  }
  for (let iter = 0; iter < 200 && gu !== 0; iter++) {
    const t = Math.exp(u);
    let next = u - gu / ((t * tPdf(t, df)) / tMass(t, df, central));
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    const moved = Math.abs(next - u);
    u = next;
    gu = g(u);
    if (gu < 0) lo = u;
    else hi = u;
    const tol = 1e-15 * Math.max(1, Math.abs(u));
    if (moved <= tol || hi - lo <= tol) break;
  }
  return Math.exp(u);
}
