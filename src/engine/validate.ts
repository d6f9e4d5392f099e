/**
 * Validation at the boundary: a description either comes out complete (every
 * default filled in) and consistent, or a `DescriptionError` lists every problem
 * with the path of the offending field, e.g. `populations[0].size: must be an integer ≥ 1`.
 */
import type * as z from 'zod';
import {
  type NetworkDescription,
  NetworkDescription as NetworkDescriptionSchema,
  type PlasticitySpec,
} from './description.js';
import type { RuleRegistry } from './plasticity/rule.js';

export interface DescriptionIssue {
  /** Where the problem is, e.g. "projections[2].connect.p". */
  path: string;
  message: string;
}

export class DescriptionError extends Error {
  constructor(readonly issues: DescriptionIssue[]) {
    super(
      `invalid network description:\n${issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n')}`,
    );
    this.name = 'DescriptionError';
  }
}

/** Format a path as `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Turn zod issues into path-and-message issues, with an optional path prefix. */
export function zodIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): DescriptionIssue[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys')
      message = `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return { path: formatPath([...prefix, ...issue.path]), message };
  });
}

/** Resolved names of the projections (defaulting to "source->target"). */
export function projectionName(p: { name?: string | undefined; source: string; target: string }): string {
  return p.name ?? `${p.source}->${p.target}`;
}

/**
 * Check a description and fill in its defaults. Throws `DescriptionError` listing
 * every problem found. Plasticity parameters are checked against `rules`.
 */
export function validateDescription(input: unknown, rules: RuleRegistry): NetworkDescription {
  const parsed = NetworkDescriptionSchema.safeParse(input);
  if (!parsed.success) throw new DescriptionError(zodIssues(parsed.error));
  const d = parsed.data;
  const issues: DescriptionIssue[] = [];
  const issue = (path: PropertyKey[], message: string) => issues.push({ path: formatPath(path), message });

  const pops = new Map<string, (typeof d.populations)[number]>();
  d.populations.forEach((p, i) => {
    if (pops.has(p.name)) issue(['populations', i, 'name'], `duplicate population name "${p.name}"`);
    pops.set(p.name, p);
    if (p.kind === 'poisson' && Array.isArray(p.rateHz) && p.rateHz.length !== p.size) {
      issue(['populations', i, 'rateHz'], `has ${p.rateHz.length} rates for ${p.size} neurons`);
    }
    if (p.kind === 'spikeTimes') {
      if (p.index.length !== p.timeMs.length) {
        issue(['populations', i, 'timeMs'], `has ${p.timeMs.length} times for ${p.index.length} indices`);
      }
      p.index.forEach((k, j) => {
        if (k >= p.size)
          issue(['populations', i, 'index', j], `neuron ${k} is out of range (size ${p.size})`);
      });
    }
    if (p.kind === 'lif') {
      const names = new Set<string>();
      p.channels.forEach((c, k) => {
        if (names.has(c.name))
          issue(['populations', i, 'channels', k, 'name'], `duplicate channel "${c.name}"`);
        names.add(c.name);
      });
      const conductance = p.channels.map((c) => c.reversalMV !== undefined);
      if (conductance.some((x) => x) && !conductance.every((x) => x)) {
        issue(['populations', i, 'channels'], 'channels must be all current-based or all conductance-based');
      }
      if (p.vResetMV >= p.vThreshMV) issue(['populations', i, 'vResetMV'], 'must be below vThreshMV');
    }
  });

  const projNames = new Map<string, number>();
  d.projections.forEach((p, i) => {
    const at = (...rest: PropertyKey[]) => ['projections', i, ...rest];
    const name = projectionName(p);
    if (projNames.has(name)) {
      issue(
        at('name'),
        `duplicate projection name "${name}" (give projections between the same populations a name)`,
      );
    }
    projNames.set(name, i);
    const src = pops.get(p.source);
    const tgt = pops.get(p.target);
    if (!src) issue(at('source'), `no population named "${p.source}"`);
    if (!tgt) issue(at('target'), `no population named "${p.target}"`);
    else if (tgt.kind !== 'lif')
      issue(at('target'), `population "${p.target}" is an input (${tgt.kind}); it cannot receive synapses`);
    else if (p.channel !== undefined && !tgt.channels.some((c) => c.name === p.channel)) {
      issue(
        at('channel'),
        `population "${p.target}" has no channel "${p.channel}" (it has ${tgt.channels.map((c) => c.name).join(', ')})`,
      );
    }
    if (p.wMin !== undefined && p.wMax !== undefined && p.wMin > p.wMax)
      issue(at('wMin'), 'must not exceed wMax');
    if (p.efficacyMin !== undefined) {
      if (p.wMax !== undefined && p.efficacyMin > p.wMax) issue(at('efficacyMin'), 'must not exceed wMax');
      const d = p.delayMs;
      if (Array.isArray(d) || (typeof d === 'object' && d.uniform[0] !== d.uniform[1]))
        issue(
          at('efficacyMin'),
          'is not supported with per-synapse delays (use one delay for the projection)',
        );
    }
    const c = p.connect;
    const listLength = c.kind === 'list' ? c.pre.length : -1;
    if (c.kind === 'list') {
      if (c.post.length !== c.pre.length)
        issue(at('connect', 'post'), `has ${c.post.length} entries for ${c.pre.length} in pre`);
      checkIndices(c.pre, src?.size, at('connect', 'pre'), issue);
      checkIndices(c.post, tgt?.size, at('connect', 'post'), issue);
    }
    if (c.kind === 'oneToOne' && src && tgt && src.size !== tgt.size) {
      issue(at('connect'), `oneToOne needs equal sizes (${p.source}: ${src.size}, ${p.target}: ${tgt.size})`);
    }
    if (c.kind === 'fixedInDegree' && src) {
      const pool = p.source === p.target && !c.allowSelf ? src.size - 1 : src.size;
      if (c.k > pool) issue(at('connect', 'k'), `cannot pick ${c.k} distinct sources out of ${pool}`);
    }
    for (const field of ['weight', 'delayMs'] as const) {
      const v = p[field];
      if (Array.isArray(v)) {
        if (listLength < 0) issue(at(field), 'a list of values needs a "list" connector');
        else if (v.length !== listLength)
          issue(at(field), `has ${v.length} values for ${listLength} synapses`);
      }
    }
    if (p.plasticity) {
      const channels = tgt?.kind === 'lif' ? tgt.channels.map((c) => c.name) : undefined;
      checkPlasticity(p.plasticity, at('plasticity'), rules, pops, channels, issue);
    }
    if (p.plasticity && p.wMax === undefined) issue(at('wMax'), 'is required when the projection is plastic');
  });

  const probeNames = new Set<string>();
  d.probes.forEach((p, i) => {
    const at = (...rest: PropertyKey[]) => ['probes', i, ...rest];
    if (probeNames.has(p.name)) issue(at('name'), `duplicate probe name "${p.name}"`);
    probeNames.add(p.name);
    if (p.kind === 'weights') {
      if (!projNames.has(p.projection)) issue(at('projection'), `no projection named "${p.projection}"`);
      return;
    }
    const pop = pops.get(p.population);
    if (!pop) {
      issue(at('population'), `no population named "${p.population}"`);
      return;
    }
    (p.neurons ?? []).forEach((k, j) => {
      if (k >= pop.size) issue(at('neurons', j), `neuron ${k} is out of range (size ${pop.size})`);
    });
    if (p.kind === 'state') {
      const ok =
        pop.kind === 'lif' &&
        (p.variable === 'v' ||
          (p.variable === 'adaptation' && pop.adaptation !== undefined) ||
          (p.variable.startsWith('g:') && pop.channels.some((c) => `g:${c.name}` === p.variable)));
      if (!ok) issue(at('variable'), `population "${p.population}" has no state variable "${p.variable}"`);
    }
  });

  if (issues.length) throw new DescriptionError(issues);
  return d;
}

function checkIndices(
  indices: readonly number[],
  size: number | undefined,
  path: PropertyKey[],
  issue: (path: PropertyKey[], message: string) => void,
): void {
  if (size === undefined) return;
  indices.forEach((k, j) => {
    if (k >= size) issue([...path, j], `neuron ${k} is out of range (size ${size})`);
  });
}

function checkPlasticity(
  spec: PlasticitySpec,
  path: PropertyKey[],
  rules: RuleRegistry,
  pops: Map<string, unknown>,
  targetChannels: string[] | undefined,
  issue: (path: PropertyKey[], message: string) => void,
): void {
  const rule = rules.get(spec.kind);
  if (!rule) {
    issue([...path, 'kind'], `unknown plasticity rule "${spec.kind}" (known: ${rules.kinds().join(', ')})`);
    return;
  }
  const { kind: _kind, ...params } = spec;
  const r = rule.schema.safeParse(params);
  if (!r.success) {
    for (const x of zodIssues(r.error, path)) issue([x.path], x.message);
    return;
  }
  for (const name of rule.referencedPopulations?.(r.data) ?? []) {
    if (!pops.has(name)) issue(path, `rule "${spec.kind}" refers to a missing population "${name}"`);
  }
  if (targetChannels) {
    for (const name of rule.targetChannels?.(r.data) ?? []) {
      if (!targetChannels.includes(name)) {
        issue(
          path,
          `rule "${spec.kind}" refers to a channel "${name}" the target does not have (${targetChannels.join(', ')})`,
        );
      }
    }
  }
}
