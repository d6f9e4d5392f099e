/**
 * The regularized incomplete beta function I_x(a, b), the CDF of the beta distribution.
 *
 * Student's t CDF is I_x(ν/2, ½) at x = ν / (ν + t²), so its accuracy decides that of every
 * t-based interval and p-value. Callers can pass y = 1 − x computed directly (e.g. t² / (ν + t²))
 * so that a tail near x = 1 keeps full relative precision.
 */

import { logGamma, logGammaRatio } from './gamma.js';

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 100_000;

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0, stable when one argument is large. */
export function logBeta(a: number, b: number): number {
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  return logGamma(small) + logGammaRatio(big, small);
}

/**
 * I_x(a, b) = B(x; a, b) / B(a, b) for a, b > 0 and 0 ≤ x ≤ 1.
 *
 * @param y 1 − x, if the caller has it more precisely than `1 - x`.
 */
export function regularizedBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  if (!(x >= 0) || !(x <= 1) || !(y >= 0) || !(y <= 1)) return NaN;
  return regularizedBetaFromLogs(
    x <= 0.5 ? Math.log(x) : Math.log1p(-y),
    y <= 0.5 ? Math.log(y) : Math.log1p(-x),
    a,
    b,
  );
}

/**
 * I_x(a, b) given ln x and ln(1 − x). With large a or b the prefactor x^a (1−x)^b magnifies
 * any rounding of x by a factor a, so callers that can form the logarithms directly
 * (e.g. ln x = −ln(1 + t²/ν) for Student's t) should; it also reaches x below 1e-308.
 *
 * Evaluates the continued fraction (Abramowitz & Stegun 26.5.8)
 * I_x(a, b) = x^a (1−x)^b / (a B(a, b)) · 1 / (1 + d₁ / (1 + d₂ / (1 + …))) with
 * d₂ₘ₊₁ = −(a+m)(a+b+m) x / ((a+2m)(a+2m+1)) and d₂ₘ = m(b−m) x / ((a+2m−1)(a+2m)),
 * which converges fast for x < (a+1)/(a+b+2); above that it uses I_x(a, b) = 1 − I_{1−x}(b, a).
 */
export function regularizedBetaFromLogs(logX: number, logY: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || !(logX <= 0) || !(logY <= 0)) return NaN;
  if (logX === -Infinity) return 0;
  if (logY === -Infinity) return 1;
  const x = Math.exp(logX);
  if (x < (a + 1) / (a + b + 2)) return betaContinuedFraction(x, logX, logY, a, b);
  return 1 - betaContinuedFraction(Math.exp(logY), logY, logX, b, a);
}

/** x^a y^b / (a B(a, b)) times the continued fraction; y = 1 − x. */
function betaContinuedFraction(x: number, logX: number, logY: number, a: number, b: number): number {
  const front = Math.exp(a * logX + b * logY - logBeta(a, b)) / a;
  if (front === 0) return 0;
  // Modified Lentz evaluation of 1 / (1 + d₁ / (1 + d₂ / …)).
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITER; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + even * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + even / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + odd * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + odd / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return front * h;
}
