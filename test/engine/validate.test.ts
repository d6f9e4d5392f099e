import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build, DescriptionError, type NetworkDescriptionInput } from '../../src/index.js';

const valid = (): NetworkDescriptionInput => ({
  formatVersion: 1,
  populations: [
    { kind: 'poisson', name: 'in', size: 10, rateHz: 5 },
    { kind: 'lif', name: 'out', size: 4 },
  ],
  projections: [{ source: 'in', target: 'out', connect: { kind: 'allToAll' }, weight: 1 }],
  probes: [{ kind: 'spikes', name: 's', population: 'out' }],
});

function issuesOf(d: unknown): { path: string; message: string }[] {
  try {
    build(d);
  } catch (e) {
    assert.ok(e instanceof DescriptionError, `expected a DescriptionError, got ${String(e)}`);
    return e.issues;
  }
  assert.fail('the description was accepted');
}

const cases: [string, (d: Record<string, any>) => void, string, RegExp][] = [
  ['bad size', (d) => (d.populations[1].size = 0), 'populations[1].size', /integer ≥ 1/],
  ['negative tau', (d) => (d.populations[1].tauMs = -3), 'populations[1].tauMs', /> 0/],
  ['unknown field', (d) => (d.populations[1].tau = 3), 'populations[1]', /unknown field "tau"/],
  ['unknown kind', (d) => (d.populations[0].kind = 'izhikevich'), 'populations[0].kind', /lif/],
  [
    'missing source',
    (d) => (d.projections[0].source = 'nowhere'),
    'projections[0].source',
    /no population named "nowhere"/,
  ],
  ['input as target', (d) => (d.projections[0].target = 'in'), 'projections[0].target', /cannot receive/],
  [
    'unknown channel',
    (d) => (d.projections[0].channel = 'nmda'),
    'projections[0].channel',
    /no channel "nmda"/,
  ],
  [
    'bad probability',
    (d) => (d.projections[0].connect = { kind: 'fixedProbability', p: 1.5 }),
    'projections[0].connect.p',
    /probability/,
  ],
  [
    'too many inputs',
    (d) => (d.projections[0].connect = { kind: 'fixedInDegree', k: 11 }),
    'projections[0].connect.k',
    /11 distinct/,
  ],
  [
    'list out of range',
    (d) => (d.projections[0].connect = { kind: 'list', pre: [0, 12], post: [0, 1] }),
    'projections[0].connect.pre[1]',
    /out of range/,
  ],
  ['weights without list', (d) => (d.projections[0].weight = [1, 2]), 'projections[0].weight', /list/],
  [
    'unknown rule',
    (d) => (d.projections[0].plasticity = { kind: 'magic' }),
    'projections[0].plasticity.kind',
    /unknown plasticity rule/,
  ],
  [
    'bad rule parameter',
    (d) => {
      d.projections[0].plasticity = { kind: 'stdp', tauPreMs: -1 };
      d.projections[0].wMax = 1;
    },
    'projections[0].plasticity.tauPreMs',
    /0/,
  ],
  [
    'plastic without wMax',
    (d) => (d.projections[0].plasticity = { kind: 'stdp' }),
    'projections[0].wMax',
    /required/,
  ],
  ['probe of nothing', (d) => (d.probes[0].population = 'ghost'), 'probes[0].population', /no population/],
  ['duplicate name', (d) => (d.populations[1].name = 'in'), 'populations[1].name', /duplicate/],
  ['wrong version', (d) => (d.formatVersion = 2), 'formatVersion', /must be 1/],
  [
    'reset above threshold',
    (d) => (d.populations[1].vResetMV = -40),
    'populations[1].vResetMV',
    /below vThreshMV/,
  ],
];

for (const [label, mutate, path, message] of cases) {
  test(`an invalid description is rejected with the field path: ${label}`, () => {
    const d = valid() as Record<string, any>;
    mutate(d);
    const issues = issuesOf(d);
    const hit = issues.find((i) => i.path === path);
    assert.ok(hit, `no issue at ${path}; got ${JSON.stringify(issues)}`);
    assert.match(hit.message, message);
  });
}

test('several problems are all reported at once, in the error message too', () => {
  const d = valid() as Record<string, any>;
  d.populations[1].size = -1;
  d.probes[0].population = 'ghost';
  try {
    build(d);
    assert.fail('accepted');
  } catch (e) {
    assert.ok(e instanceof DescriptionError);
    assert.match(e.message, /populations\[1\]\.size/);
  }
  const d2 = valid() as Record<string, any>;
  d2.projections[0].source = 'x';
  d2.probes[0].population = 'ghost';
  assert.equal(issuesOf(d2).length, 2);
});

test('defaults are filled in and a valid description builds', () => {
  const sim = build(valid());
  assert.equal(sim.description.dtMs, 0.1);
  const out = sim.description.populations[1]!;
  assert.equal(out.kind, 'lif');
  if (out.kind === 'lif')
    assert.deepEqual(
      out.channels.map((c) => c.name),
      ['exc', 'inh'],
    );
});

test('run-time inputs are checked and nothing is half-written', () => {
  const sim = build(valid());
  assert.throws(() => sim.setRates('in', [1, 2, 3]), /expected 10 values/);
  assert.throws(() => sim.setRates('in', -1), /≥ 0/);
  const rates = Array.from({ length: 10 }, (_, i) => (i === 7 ? Number.NaN : 3));
  assert.throws(() => sim.setRates('in', rates), /value 7/);
  const p = sim.population('in') as unknown as { rateHz: Float64Array };
  assert.equal(p.rateHz[0], 5, 'the earlier rates are untouched');
  assert.throws(() => sim.setRates('out', 1), /not poisson/);
  assert.throws(() => sim.run(-5), /duration/);
});
