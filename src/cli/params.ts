/**
 * An experiment's parameters from the command line (`--quick`, `--subjects`,
 * `--set path=value`), checked against the experiment's schema before anything is
 * run or written. A problem is reported on one line that names the parameter's
 * full path and the `--set` it came from, e.g.
 * `gallese1996: --set agent.brain.bogus=1: unknown parameter agent.brain.bogus (known there: dtMs, scale, …)`.
 */
import {
  applySettings,
  type ExperimentDefinition,
  getExperiment,
  mergeParams,
  ParameterError,
  resolveParams,
  UnknownExperimentError,
} from '../node.js';
import { UsageError } from './errors.js';
import { numberOption } from './io.js';

export interface ParamInput {
  subjects?: string;
  set: string[];
  quick?: boolean;
}

export interface ResolvedParams {
  // biome-ignore lint/suspicious/noExplicitAny: any experiment
  def: ExperimentDefinition<any>;
  /** What the user asked for, nested (what runExperiment takes). */
  overrides: Record<string, unknown>;
  /** Every parameter, defaults filled in (what is stored with the run). */
  resolved: Record<string, unknown>;
}

// biome-ignore lint/suspicious/noExplicitAny: any experiment
export function experimentOrUsage(id: string): ExperimentDefinition<any> {
  try {
    return getExperiment(id);
  } catch (e) {
    if (e instanceof UnknownExperimentError) throw new UsageError(e.message);
    throw e;
  }
}

/** The overrides before validation: quick form, then --subjects, then each --set in order. */
export function commandOverrides(
  // biome-ignore lint/suspicious/noExplicitAny: any experiment
  def: ExperimentDefinition<any>,
  o: ParamInput,
): Record<string, unknown> {
  let overrides: Record<string, unknown> = o.quick ? { ...def.quick } : {};
  const subjects = numberOption(o.subjects, '--subjects', { integer: true, min: 1 });
  if (subjects !== undefined) overrides = mergeParams(overrides, { subjects });
  try {
    return applySettings(overrides, o.set);
  } catch (e) {
    if (e instanceof ParameterError) throw new UsageError(e.message);
    throw e;
  }
}

/** A `path=value` setting and the option it came from (`--set`, `--grid`). */
export interface SettingSource {
  option: string;
  setting: string;
}

export const fromSet = (settings: readonly string[]): SettingSource[] =>
  settings.map((setting) => ({ option: '--set', setting }));

/** Resolve and check; a problem becomes a UsageError naming the parameter and the setting. */
export function checkedParams(
  // biome-ignore lint/suspicious/noExplicitAny: any experiment
  def: ExperimentDefinition<any>,
  overrides: Record<string, unknown>,
  sources: readonly SettingSource[],
): Record<string, unknown> {
  const parsed = def.params.safeParse(overrides);
  if (parsed.success) return resolveParams(def, overrides);
  const issue = parsed.error.issues[0]!;
  const at = issue.path.map(String);
  let path = at.join('.');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    path = [...at, key].join('.');
    const known = knownKeys(def, at);
    const where = at.length > 0 ? ' there' : '';
    message = `unknown parameter ${path}${known.length > 0 ? ` (known${where}: ${known.join(', ')})` : ''}`;
  } else {
    message = `parameter ${path || '(all)'}: ${message}`;
  }
  const source = [...sources].reverse().find(({ setting }) => {
    const p = setting.slice(0, setting.indexOf('='));
    return p === path || path.startsWith(`${p}.`) || p.startsWith(`${path}.`);
  });
  throw new UsageError(`${def.id}: ${source ? `${source.option} ${source.setting}: ` : ''}${message}`);
}

/** The parameter names at a path of the experiment's defaults. */
function knownKeys(
  // biome-ignore lint/suspicious/noExplicitAny: any experiment
  def: ExperimentDefinition<any>,
  at: readonly string[],
): string[] {
  let node: unknown = resolveParams(def, {});
  for (const k of at) node = (node as Record<string, unknown> | undefined)?.[k];
  return typeof node === 'object' && node !== null ? Object.keys(node) : [];
}

/** Experiment, overrides and full parameters of a command line; throws UsageError on any problem. */
export function commandParams(id: string, o: ParamInput): ResolvedParams {
  const def = experimentOrUsage(id);
  const overrides = commandOverrides(def, o);
  return { def, overrides, resolved: checkedParams(def, overrides, fromSet(o.set)) };
}
