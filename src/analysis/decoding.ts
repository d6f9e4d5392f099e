/**
 * Leave-one-out population decoding: can the action (or condition) of a trial be read out from
 * the population's activity on that trial? Each sample is held out in turn, a classifier is
 * built from the others, and the held-out sample's label is predicted. Above-chance accuracy
 * during observation with a decoder trained on the same cells is how papers show that a
 * population carries action identity.
 */

import { correlationOf } from './moments.js';

export interface DecodeSample {
  label: string;
  /** e.g. spike counts of each neuron in a window; the same length for every sample. */
  features: ArrayLike<number>;
}

export interface DecodeResult {
  /** Fraction of held-out samples predicted correctly. */
  accuracy: number;
  /** Number of samples (each held out once). */
  n: number;
  /** Distinct labels in code-unit order; the order of the confusion matrix and of tie-breaking. */
  labels: string[];
  /** confusion[true][predicted] counts over the labels' order; every row sums to that label's count. */
  confusion: number[][];
  /** The label predicted for each sample when it was held out, in input order. */
  predicted: string[];
}

/**
 * Decodes every sample from all the others.
 *
 * 'nearestCentroid': features are z-scored with the training fold's mean and sample sd, and the
 * label with the nearest class centroid in Euclidean distance wins. Because the same shift applies
 * to test vector and centroids, the distance is Σ_f ((x_f − c_f) / s_f)² over features with
 * s_f > 0; features constant in the fold carry no information there and are skipped.
 * 'correlation': the label whose training centroid has the highest Pearson correlation with the
 * test vector (across features, on raw values) wins; an undefined correlation (constant vector)
 * never wins unless all are undefined.
 * Ties go to the earlier label, so the result is deterministic.
 *
 * Cost is O(n · labels · features): fold means and variances are obtained by removing the
 * held-out sample from the full-sample statistics (Welford's update run backwards).
 * @throws Error with fewer than 2 labels, fewer than 2 samples of some label, no features, or
 * feature vectors of different lengths.
 */
export function leaveOneOutDecode(
  samples: readonly DecodeSample[],
  method: 'nearestCentroid' | 'correlation' = 'nearestCentroid',
): DecodeResult {
  if (method !== 'nearestCentroid' && method !== 'correlation') {
    throw new Error(`unknown decoding method '${method}': use 'nearestCentroid' or 'correlation'`);
  }
  const n = samples.length;
  const dims = n > 0 ? samples[0]!.features.length : 0;
  if (dims === 0) throw new Error('leaveOneOutDecode needs samples with at least one feature');
  const labels = [...new Set(samples.map((s) => s.label))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const nLabels = labels.length;
  if (nLabels < 2) throw new Error(`leaveOneOutDecode needs at least 2 labels, got ${nLabels}`);
  const indexOf = new Map(labels.map((label, i) => [label, i]));
  const classOf = new Int32Array(n);
  const classSize = new Float64Array(nLabels);
  const x = new Float64Array(n * dims);
  const classSums = new Float64Array(nLabels * dims);
  for (let i = 0; i < n; i++) {
    const { label, features } = samples[i]!;
    if (features.length !== dims) {
      throw new Error(`sample ${i} has ${features.length} features, sample 0 has ${dims}`);
    }
    const c = indexOf.get(label)!;
    classOf[i] = c;
    classSize[c]!++;
    for (let f = 0; f < dims; f++) {
      const v = features[f]!;
      x[i * dims + f] = v;
      classSums[c * dims + f]! += v;
    }
  }
  for (let c = 0; c < nLabels; c++) {
    if (classSize[c]! < 2) {
      throw new Error(
        `leaveOneOutDecode needs at least 2 samples per label; '${labels[c]}' has ${classSize[c]}`,
      );
    }
  }
  const stats = method === 'nearestCentroid' ? featureStats(x, n, dims) : undefined;
  const invSd = new Float64Array(dims);
  const centroid = new Float64Array(dims);
  const confusion = labels.map(() => new Array<number>(nLabels).fill(0));
  const predicted = new Array<string>(n);
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const own = classOf[i]!;
    const row = i * dims;
    if (stats) foldInverseSd(stats, x, n, dims, i, invSd);
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < nLabels; c++) {
      // The class centroid without the held-out sample.
      const size = c === own ? classSize[c]! - 1 : classSize[c]!;
      for (let f = 0; f < dims; f++) {
        const sum = classSums[c * dims + f]! - (c === own ? x[row + f]! : 0);
        centroid[f] = sum / size;
      }
      let score: number;
      if (stats) {
        let distance = 0;
        for (let f = 0; f < dims; f++) {
          const z = (x[row + f]! - centroid[f]!) * invSd[f]!;
          distance += z * z;
        }
        score = -distance;
      } else {
        const r = correlationOf(x, row, centroid, 0, dims);
        score = Number.isNaN(r) ? -Infinity : r;
      }
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    confusion[own]![best]!++;
    predicted[i] = labels[best]!;
    if (best === own) correct++;
  }
  return { accuracy: correct / n, n, labels, confusion, predicted };
}

interface FeatureStats {
  mean: Float64Array;
  /** Σ(x − mean)² over all samples. */
  m2: Float64Array;
  /**
   * Per feature: −2 if constant over all samples, the index of the one sample whose removal
   * leaves it constant, or −1 if it varies in every fold. Exact, so no rounding residue of the
   * downdated variance is ever mistaken for spread.
   */
  constantWithout: Int32Array;
}

function featureStats(x: Float64Array, n: number, dims: number): FeatureStats {
  const mean = new Float64Array(dims);
  const m2 = new Float64Array(dims);
  const constantWithout = new Int32Array(dims);
  for (let f = 0; f < dims; f++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += x[i * dims + f]!;
    const mu = sum / n;
    let ss = 0;
    const first = x[f]!;
    let differing = 0;
    let lastDiffering = -1;
    let other = NaN;
    let otherCount = 0;
    for (let i = 0; i < n; i++) {
      const v = x[i * dims + f]!;
      ss += (v - mu) * (v - mu);
      if (v !== first) {
        differing++;
        lastDiffering = i;
        if (otherCount === 0 || v === other) {
          other = v;
          otherCount++;
        }
      }
    }
    mean[f] = mu;
    m2[f] = ss;
    if (differing === 0) constantWithout[f] = -2;
    else if (differing === 1) constantWithout[f] = lastDiffering;
    // Sample 0 is the odd one out if every other sample shares one value.
    else if (differing === n - 1 && otherCount === n - 1) constantWithout[f] = 0;
    else constantWithout[f] = -1;
  }
  return { mean, m2, constantWithout };
}

/**
 * 1 / s_f for the fold without sample `held`, or 0 for features constant in that fold. Removing
 * x from n samples: mean' = mean − (x − mean)/(n − 1), M2' = M2 − (x − mean)(x − mean'),
 * s² = M2'/(n − 2). If that subtraction loses most digits, the fold's sum is recomputed directly.
 */
function foldInverseSd(
  stats: FeatureStats,
  x: Float64Array,
  n: number,
  dims: number,
  held: number,
  out: Float64Array,
): void {
  const { mean, m2, constantWithout } = stats;
  for (let f = 0; f < dims; f++) {
    const cw = constantWithout[f]!;
    if (cw === -2 || cw === held) {
      out[f] = 0;
      continue;
    }
    const v = x[held * dims + f]!;
    const mu = mean[f]!;
    const foldMean = mu - (v - mu) / (n - 1);
    let foldM2 = m2[f]! - (v - mu) * (v - foldMean);
    if (!(foldM2 > 1e-8 * m2[f]!)) {
      foldM2 = 0;
      for (let i = 0; i < n; i++) {
        if (i === held) continue;
        const d = x[i * dims + f]! - foldMean;
        foldM2 += d * d;
      }
    }
    out[f] = foldM2 > 0 ? 1 / Math.sqrt(foldM2 / (n - 2)) : 0;
  }
}
