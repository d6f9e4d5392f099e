import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  Agent,
  actTrialScene,
  createAuditoryEncoder,
  createVisualEncoder,
  otherActor,
  RELATIONAL_VISUAL_FEATURES,
  RngTree,
  SenseParams,
  scene,
} from '../../src/index.js';

const params = SenseParams.parse({});
const visual = createVisualEncoder(params, new RngTree(1).stream('v'));
const rates = new Float64Array(visual.size);
const mean = (pick: (i: number) => boolean) => {
  let s = 0;
  let n = 0;
  for (let i = 0; i < visual.size; i++) {
    if (!pick(i)) continue;
    s += rates[i]!;
    n++;
  }
  return s / n;
};
const relational = (i: number) => RELATIONAL_VISUAL_FEATURES.has(visual.units[i]!.feature);

test('relational units need a hand and an object; a mime drives only hand units', () => {
  const grasp = scene({ actor: otherActor(), object: 'raisin' }).act('precisionGrip').build().sample(300);
  visual.encode(grasp, 'other', rates);
  const relWithObject = mean((i) => relational(i) && visual.units[i]!.view !== 'self');
  const mime = scene({ actor: otherActor(), mime: true }).act('precisionGrip').build().sample(300);
  visual.encode(mime, 'other', rates);
  assert.ok(relWithObject > params.baseRateHz + 2, 'relations seen with an object');
  assert.equal(mean(relational), params.baseRateHz, 'no relation without an object');
  assert.ok(
    mean((i) => !relational(i) && visual.units[i]!.view !== 'self') > params.baseRateHz,
    'the moving hand is seen',
  );
});

test('viewpoint changes the code partly: self-view units ignore another’s hand, shared units see both', () => {
  const s = scene({ actor: otherActor(), object: 'raisin' }).act('precisionGrip').build().sample(300);
  visual.encode(s, 'other', rates);
  assert.equal(
    mean((i) => visual.units[i]!.view === 'self'),
    params.baseRateHz,
  );
  const sharedOther = mean((i) => visual.units[i]!.view === 'shared');
  visual.encode(s, 'self', rates);
  assert.equal(
    mean((i) => visual.units[i]!.view === 'other'),
    params.baseRateHz,
  );
  assert.ok(Math.abs(mean((i) => visual.units[i]!.view === 'shared') - sharedOther) < 1e-9);
});

test('a hand letting go of an object and moving away from it is a relation of its own', () => {
  const release = (u: (typeof visual.units)[number]) => u.feature === 'release' && u.view !== 'self';
  const drop = scene({ actor: otherActor(), object: 'stick' }).act('drop').build();
  visual.encode(drop.sample(0.1 * 700), 'other', rates);
  assert.equal(
    mean((i) => release(visual.units[i]!)),
    params.baseRateHz,
    'not while it holds the object',
  );
  visual.encode(drop.sample(0.7 * 700), 'other', rates);
  assert.ok(mean((i) => release(visual.units[i]!)) > params.baseRateHz + 20, 'while it withdraws');
  const place = scene({ actor: otherActor(), object: 'stick', container: true }).act('place').build();
  visual.encode(place.sample(0.5 * 900), 'other', rates);
  assert.equal(
    mean((i) => release(visual.units[i]!)),
    params.baseRateHz,
    'not while it carries the object',
  );
});

test('a sound excites units tuned near it more than units tuned near other sounds', () => {
  const aud = createAuditoryEncoder(params, new RngTree(1).stream('a'));
  const out = new Float64Array(aud.size);
  const s = scene({ object: 'peanut' }).act('break').build();
  aud.encode(s.sample(0), null, out);
  assert.ok(
    out.every((x) => x === params.baseRateHz),
    'silence: baseline',
  );
  aud.encode(s.sample(0.6 * 800), null, out);
  // units are laid out per sound of the world, auditoryUnits each, in the order of SOUNDS (crack first)
  const k = params.auditoryUnits;
  const crack = out.slice(0, k).reduce((a, b) => a + b, 0) / k;
  const others = out.slice(k).reduce((a, b) => a + b, 0) / (out.length - k);
  assert.ok(crack > 3 * others, `crack units ${crack} vs others ${others}`);
});

test('only the agent’s own object-directed acts issue a motor command; proprioception is its own only', () => {
  const agent = Agent.create({ seed: 3 });
  const rateOf = (name: string) => (agent.sim.population(name) as unknown as { rateHz: Float64Array }).rateHz;
  const sum = (name: string, size: number) =>
    rateOf(name)
      .slice(0, size)
      .reduce((a, b) => a + b, 0);
  const probe = (sc: ReturnType<typeof actTrialScene>) => {
    let command = 0;
    let proprio = 0;
    agent.experience(sc, {
      onUpdate: (t) => {
        if (t > 700 && t < 1000) {
          command = Math.max(command, sum('in:command', agent.senses.command.size));
          proprio = Math.max(proprio, sum('in:proprio', agent.senses.proprio.size));
        }
      },
    });
    return { command, proprio };
  };
  const base = params.baseRateHz * agent.senses.proprio.size;
  const own = probe(actTrialScene({ who: 'self', act: 'precisionGrip', object: 'raisin' }));
  const watched = probe(actTrialScene({ who: 'other', act: 'precisionGrip', object: 'raisin' }));
  const mimed = probe(actTrialScene({ who: 'self', act: 'precisionGrip', mime: true }));
  assert.ok(own.command > 0 && own.proprio > base);
  assert.equal(watched.command, 0);
  assert.equal(watched.proprio, base);
  assert.equal(mimed.command, 0, 'an empty-handed movement issues no F5 command');
  assert.ok(mimed.proprio > base, 'but it is felt');
});
