/**
 * Number and text formats shared by the reports and the CLI's tables. Fixed
 * decimals (never locale-dependent) keep a rebuilt report byte-identical.
 */

/** A metric as stored: mean and 95% CI across subjects; null where not measurable. */
export interface StoredMetric {
  mean: number | null;
  low: number | null;
  high: number | null;
  n: number;
  unit: string;
}

export function isStoredMetric(value: unknown): value is StoredMetric {
  return typeof value === 'object' && value !== null && 'mean' in value && 'n' in value;
}

/** `x` with `digits` decimals, or "n/a" when there is no number. */
export function formatNumber(x: unknown, digits = 2): string {
  return typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

/** Percentages with one decimal, other quantities with two. */
export function metricDigits(unit: string): number {
  return unit === '%' ? 1 : 2;
}

/** "18.4% [15.1, 21.7]": the mean with its 95% CI (the CI only from two subjects up). */
export function formatStoredMetric(m: StoredMetric): string {
  if (m.n === 0 || m.mean === null) return 'n/a';
  const d = metricDigits(m.unit);
  const unit = m.unit === '%' ? '%' : m.unit ? ` ${m.unit}` : '';
  const mean = `${formatNumber(m.mean, d)}${unit}`;
  return m.n > 1 ? `${mean} [${formatNumber(m.low, d)}, ${formatNumber(m.high, d)}]` : mean;
}

/** Seconds between two ISO times, as "12.3 s", "4 min 5 s" or "2 h 3 min"; null if either is missing. */
export function formatDuration(startIso: string, endIso: string | null): string | null {
  if (endIso === null) return null;
  const s = (Date.parse(endIso) - Date.parse(startIso)) / 1000;
  if (!Number.isFinite(s)) return null;
  if (s < 60) return `${s.toFixed(1)} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`;
}

/** Leaves of a nested object as `[path, value as text]`, in the object's order. */
export function flattenParams(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([k, v]) => flattenParams(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, typeof value === 'string' ? value : JSON.stringify(value)]];
}
