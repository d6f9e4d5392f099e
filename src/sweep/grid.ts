/**
 * Parameter grids: `--grid path=v1,v2,...` axes and the points of their product.
 *
 * Values are kept as the text the user gave (that is what a sweep's stored spec
 * and its points' keys hold) and read as `--set` reads them: JSON when they parse
 * (numbers, booleans, arrays), else plain strings. The first axis varies slowest,
 * so the points are listed in the order the grid reads.
 */
import { SweepError } from './errors.js';

export interface GridAxis {
  path: string;
  /** The values as given, e.g. ["2", "4"] or ["delta", "hebbian"]. */
  values: string[];
}

export interface SweepPoint {
  /** Position in the grid (0-based, first axis slowest). */
  index: number;
  /** Names the point in the database, e.g. `trials=4, agent.brain.scale=0.5`. */
  key: string;
  /** `path=value` settings, as `--set` takes them. */
  settings: string[];
  /** The value of each axis, parsed. */
  values: Record<string, unknown>;
}

const BAD_SEGMENTS = new Set(['', '__proto__', 'constructor', 'prototype']);

/** Split on commas outside brackets and quotes, so `[1,2],[3,4]` gives two values. */
function splitValues(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' && text[i - 1] !== '\\') quoted = !quoted;
    else if (!quoted && (c === '[' || c === '{')) depth++;
    else if (!quoted && (c === ']' || c === '}')) depth--;
    else if (!quoted && depth === 0 && c === ',') {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((v) => v.trim());
}

/** Read one `--grid path=v1,v2,...`. */
export function parseGridAxis(spec: string): GridAxis {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new SweepError(`--grid needs path=v1,v2,..., got "${spec}"`);
  const path = spec.slice(0, eq).trim();
  if (path.split('.').some((p) => BAD_SEGMENTS.has(p))) throw new SweepError(`--grid: bad path "${path}"`);
  const values = splitValues(spec.slice(eq + 1));
  if (values.some((v) => v === '')) throw new SweepError(`--grid ${path}: empty value in "${spec}"`);
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) throw new SweepError(`--grid ${path}: value ${v} is given twice`);
    seen.add(v);
  }
  return { path, values };
}

/** Check a grid as a whole: at least one axis, no path swept twice. */
export function checkGrid(axes: readonly GridAxis[]): void {
  if (axes.length === 0) throw new SweepError('a sweep needs at least one --grid path=v1,v2,...');
  const paths = new Set<string>();
  for (const a of axes) {
    if (paths.has(a.path)) throw new SweepError(`--grid ${a.path} is given twice`);
    paths.add(a.path);
  }
}

/** The value a setting's text stands for (as `--set` reads it). */
export function settingValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Every point of the grid, first axis slowest. */
export function gridPoints(axes: readonly GridAxis[]): SweepPoint[] {
  let combos: string[][] = [[]];
  for (const axis of axes) combos = combos.flatMap((c) => axis.values.map((v) => [...c, v]));
  return combos.map((values, index) => {
    const settings = values.map((v, i) => `${axes[i]!.path}=${v}`);
    return {
      index,
      key: settings.join(', '),
      settings,
      values: Object.fromEntries(values.map((v, i) => [axes[i]!.path, settingValue(v)])),
    };
  });
}
