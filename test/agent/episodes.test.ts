/**
 * The episodes of development: control noises arrive whatever the agent does, unheard
 * acts make no sound, and hearing and noises draw from streams of their own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DevelopmentParams, EpisodeSource } from '../../src/index.js';
import { CONTROL_NOISES, SOUNDS } from '../../src/world/sounds.js';

const draw = (input: Parameters<typeof DevelopmentParams.parse>[0], n: number, seed = 7) => {
  const source = new EpisodeSource(seed, DevelopmentParams.parse(input));
  return Array.from({ length: n }, () => source.next());
};
const actSounds = new Set(
  Object.values(SOUNDS)
    .filter((s) => s.actionSound)
    .map((s) => s.name),
);

test('control noises arrive at their rate, in every kind of episode', () => {
  const episodes = draw({ noiseRatePerS: 1 }, 600);
  const seconds = episodes.reduce((s, e) => s + e.scene.durationMs / 1000, 0);
  const noises = episodes.reduce((s, e) => s + e.noises.length, 0);
  // Poisson: the count's SD is its square root (~35 here); allow 4 SD.
  assert.ok(
    Math.abs(noises - seconds) < 4 * Math.sqrt(seconds),
    `${noises} noises in ${seconds.toFixed(0)} s`,
  );
  const lookOnly = episodes.filter((e) => e.kind === 'lookOnly');
  assert.ok(
    lookOnly.some((e) => e.noises.length > 0),
    'noises also sound when the agent only looks',
  );
  for (const e of episodes)
    for (const n of e.noises) {
      assert.ok(CONTROL_NOISES.includes(n.name));
      assert.ok(n.atMs >= 0 && n.atMs < e.scene.durationMs);
    }
});

test('no noise at rate 0', () => {
  assert.equal(
    draw({ noiseRatePerS: 0 }, 100).reduce((s, e) => s + e.noises.length, 0),
    0,
  );
});

test('unheard acts make no sound; unseen acts happen in the dark', () => {
  const episodes = draw({ unheardFraction: 0.5, unseenFraction: 0.3 }, 400);
  const unheard = episodes.filter((e) => e.unheard);
  assert.ok(unheard.length > 50);
  for (const e of unheard) {
    assert.equal(e.kind, 'act');
    assert.equal(e.unseen, false);
    assert.ok(!e.scene.events.some((x) => x.kind === 'sound' && actSounds.has(x.label ?? '')));
  }
  const heardBreaks = episodes.filter((e) => e.action === 'breakFood' && e.kind === 'act' && !e.unheard);
  assert.ok(heardBreaks.length > 0);
  for (const e of heardBreaks)
    assert.ok(e.scene.events.some((x) => x.kind === 'sound' && x.label === 'crack'));
  for (const e of episodes.filter((x) => x.unseen)) assert.equal(e.scene.options.dark, true);
});

test('hearing and noises have streams of their own: the rest of the life is unchanged', () => {
  const a = draw({ unheardFraction: 0, noiseRatePerS: 0 }, 200);
  const b = draw({ unheardFraction: 0.5, noiseRatePerS: 2 }, 200);
  const life = (e: (typeof a)[number]) => [e.action, e.object, e.kind, e.unseen, e.restMs].join('/');
  assert.deepEqual(a.map(life), b.map(life));
  assert.ok(b.some((e) => e.unheard) && b.some((e) => e.noises.length > 0));
});
