/**
 * The gamma function family, in logarithms where it grows fast.
 *
 * Everything else in `analysis/` reduces to these: the normal CDF is a regularized
 * incomplete gamma function at a = 1/2, and the beta function behind Student's t is a
 * ratio of gamma functions. Only positive real arguments occur, so only those are handled.
 */

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 10_000;

/**
 * Stirling's correction δ(x) = ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π] for x ≥ 10, from
 * its asymptotic series Σ B₂ₖ / (2k(2k−1) x^(2k−1)) = 1/(12x) − 1/(360x³) + 1/(1260x⁵) − …
 * At x = 10 the first omitted term is below 1e-16 relative to ln Γ.
 */
export function stirlingCorrection(x: number): number {
  const r = 1 / x;
  const r2 = r * r;
  return (
    r *
    (1 / 12 -
      r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188 - r2 * (691 / 360360 - r2 / 156))))))
  );
}

/**
 * ln Γ(x) for x > 0. Arguments below 10 are shifted up with Γ(x) = Γ(x + k) / (x(x+1)…(x+k−1))
 * so that Stirling's series with {@link stirlingCorrection} is accurate to about 1e-15.
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return x === 0 ? Infinity : NaN;
  if (x === Infinity) return Infinity;
  if (x === 1 || x === 2) return 0;
  let shift = 1;
  while (x < 10) {
    shift *= x;
    x += 1;
  }
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + stirlingCorrection(x) - Math.log(shift);
}

/**
 * ln[Γ(a) / Γ(a + b)] for a, b > 0 without the cancellation of subtracting two large
 * logarithms: for a ≥ 10 it is −(a − ½) ln(1 + b/a) − b ln(a + b) + b + δ(a) − δ(a + b),
 * which follows from writing both terms in Stirling's form.
 */
export function logGammaRatio(a: number, b: number): number {
  if (a < 10) return logGamma(a) - logGamma(a + b);
  return (
    -(a - 0.5) * Math.log1p(b / a) -
    b * Math.log(a + b) +
    b +
    stirlingCorrection(a) -
    stirlingCorrection(a + b)
  );
}

/**
 * Regularized lower incomplete gamma P(a, x) = γ(a, x) / Γ(a), for a > 0, x ≥ 0.
 * Uses the series e^(−x) x^a / Γ(a+1) · Σₙ xⁿ / ((a+1)…(a+n)) below x = a + 1 and
 * 1 − {@link regularizedGammaQ} above, where each converges quickly.
 */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return NaN;
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  if (x < a + 1) return gammaSeries(a, x);
  return 1 - gammaContinuedFraction(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate also when it is tiny. */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x < a + 1) return 1 - gammaSeries(a, x);
  return gammaContinuedFraction(a, x);
}

/** The prefactor e^(−x) x^a / Γ(a), computed in logarithms. */
function gammaPrefactor(a: number, x: number): number {
  return Math.exp(a * Math.log(x) - x - logGamma(a));
}

function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITER; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum * gammaPrefactor(a, x);
}

/**
 * Q(a, x) = e^(−x) x^a / Γ(a) · 1 / (x + 1 − a − 1(1−a) / (x + 3 − a − 2(2−a) / (x + 5 − a − …))),
 * evaluated with the modified Lentz method.
 */
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < MAX_ITER; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h * gammaPrefactor(a, x);
}
