/**
 * A protocol of your own, with the scripting API only: counter-mirror training
 * (after Heyes and colleagues; Catmur et al. 2007, Curr Biol 17:1527).
 *
 * 1. Raise a standard agent (motor babbling).
 * 2. Record its F5 while it watches another's precision grip and whole-hand grip.
 * 3. Train it with a pairing its development never showed: it performs whole-hand
 *    grips while it watches another's precision grips.
 * 4. Record again. If the learning is contingency-driven, whole-hand-grip units now
 *    answer the sight of a precision grip more than before.
 *
 * Run: node --import tsx examples/counter-mirror-training.ts
 * (MIRRORLAB_EXAMPLE_QUICK=1 shortens development, as the test suite does.)
 */
import {
  type Agent,
  actTrialScene,
  raiseInMemory,
  SessionRecorder,
  type TrialRecord,
  unitResponses,
} from '../src/index.js';

const quick = process.env.MIRRORLAB_EXAMPLE_QUICK === '1';
const trials = quick ? 6 : 12;

// 1. A standard agent, developed by motor babbling.
const agent: Agent = raiseInMemory({ seed: 7 }, quick ? { episodes: 120 } : {});

// Which F5 units are whole-hand-grip units? Those that fire when the agent performs one.
function session(label: string) {
  const rec = new SessionRecorder(agent, { areas: ['F5'], subject: 0 });
  const byCondition = new Map<string, TrialRecord[]>();
  const run = (condition: string, scene: ReturnType<typeof actTrialScene>) => {
    const t = rec.runTrial({ condition, scene });
    byCondition.set(condition, [...(byCondition.get(condition) ?? []), t]);
  };
  for (let k = 0; k < trials; k++) {
    run('perform whole-hand grip', actTrialScene({ who: 'self', act: 'wholeHandGrip', object: 'ball' }));
    run('watch precision grip', actTrialScene({ who: 'other', act: 'precisionGrip', object: 'raisin' }));
  }
  const window = { from: 'align' as const, startMs: 0, endMs: 900 };
  const baseline = { from: 'start' as const, startMs: 0, endMs: 400 };
  const criterion = { alpha: 0.05, minIncreaseHz: 2 };
  const measure = (c: string) => {
    const t = byCondition.get(c)!;
    return unitResponses(rec.rates('F5', t, window), rec.rates('F5', t, baseline), criterion);
  };
  const perform = measure('perform whole-hand grip');
  const watch = measure('watch precision grip');
  const whgUnits = perform.flatMap((r, u) => (r.significant ? [u] : []));
  const mean = whgUnits.reduce((s, u) => s + watch[u]!.increaseHz, 0) / Math.max(1, whgUnits.length);
  console.log(
    `${label}: ${whgUnits.length} whole-hand-grip units; watching a precision grip raises them by ${mean.toFixed(2)} Hz on average`,
  );
  return { whgUnits, mean };
}

// 2. Before training.
const before = session('before training');

// 3. Counter-mirror training: do a whole-hand grip while seeing a precision grip.
for (let k = 0; k < (quick ? 10 : 40); k++) {
  const seen = actTrialScene({ who: 'other', act: 'precisionGrip', object: 'raisin' });
  const done = actTrialScene({ who: 'self', act: 'wholeHandGrip', object: 'ball' });
  agent.experience(seen, { learn: true, performing: done });
  agent.clearWorkingMemory();
  agent.rest(200);
}

// 4. After training.
const after = session('after training');
console.log(`change: ${(after.mean - before.mean).toFixed(2)} Hz`);
