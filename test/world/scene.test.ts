import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACTS, actsRelated, CONTACT_PHASE, otherActor, scene } from '../../src/index.js';

test('an act unfolds on time: approach, contact, and its end', () => {
  const s = scene({ object: 'raisin' }).wait(100).act('precisionGrip').wait(50).build();
  assert.equal(s.durationMs, 100 + ACTS.precisionGrip.durationMs + 50);
  assert.equal(s.sample(50).act, null);
  const early = s.sample(150);
  assert.equal(early.act?.name, 'precisionGrip');
  assert.ok(early.hand && early.hand.distanceCm > 20 && !early.hand.contact);
  const tContact = 100 + CONTACT_PHASE * ACTS.precisionGrip.durationMs;
  assert.equal(s.sample(tContact + 5).hand?.contact, true);
  assert.equal(s.sample(tContact - 50).hand?.contact, false);
  assert.ok(s.events.some((e) => e.kind === 'contact' && Math.abs(e.tMs - tContact) < 1e-9));
});

test('a screen hides the object and the hand near it; a mime has no object and no sound', () => {
  const hidden = scene({ actor: otherActor(), object: 'peanut', screenFromMs: 50 })
    .wait(100)
    .act('precisionGrip')
    .build();
  const mid = hidden.sample(100 + 0.2 * ACTS.precisionGrip.durationMs);
  assert.equal(mid.object?.visible, false);
  assert.equal(mid.hand?.visible, true, 'the hand is seen while far from the object');
  assert.equal(hidden.sample(100 + 0.8 * ACTS.precisionGrip.durationMs).hand?.visible, false);
  const mime = scene({ object: 'peanut', mime: true }).act('break').build();
  assert.equal(mime.sample(500).object, null);
  assert.ok(mime.events.every((e) => e.kind !== 'sound'));
});

test('acts make their sounds unless silent; the dark hides everything but sounds', () => {
  const noisy = scene({ object: 'peanut' }).act('break').build();
  const t = ACTS.break.sound!.atPhase * ACTS.break.durationMs;
  assert.deepEqual(
    noisy.sample(t + 10).sounds.map((x) => x.name),
    ['crack'],
  );
  assert.equal(
    scene({ object: 'peanut', silent: true })
      .act('break')
      .build()
      .sample(t + 10).sounds.length,
    0,
  );
  const dark = scene({ object: 'peanut', dark: true })
    .act('break')
    .build()
    .sample(t + 10);
  assert.equal(dark.hand?.visible, false);
  assert.equal(dark.object?.visible, false);
  assert.equal(dark.sounds.length, 1);
});

test('bad scene input is refused with a clear message', () => {
  assert.throws(() => scene({ object: 'unicorn' as never }), /unknown object "unicorn"/);
  assert.throws(() => scene().act('juggle' as never), /unknown act "juggle"/);
  assert.throws(() => scene().wait(-1), /wait/);
});

test('acts are related when they share a goal or follow each other in an action', () => {
  assert.ok(actsRelated('precisionGrip', 'wholeHandGrip'));
  assert.ok(actsRelated('precisionGrip', 'bringToMouth'));
  assert.ok(actsRelated('break', 'tear'));
  assert.ok(!actsRelated('bringToMouth', 'tear'));
  assert.ok(!actsRelated('reach', 'place'));
});

test('dropping: the hand holds, lets go and withdraws at the speed its distance grows; the object lands with the thud', () => {
  const d = ACTS.drop;
  const at = (phase: number) => d.kinematics(phase, 5);
  assert.equal(at(0.05).contact, true);
  assert.equal(at(0.05).speedCmS, 0);
  const late = at(0.7);
  assert.equal(late.contact, false);
  assert.equal(late.direction, 'away');
  assert.equal(late.grip, 'open');
  // The reported speed is the rate at which the hand's distance from the object grows.
  const dPhase = 0.01;
  const numeric =
    (at(0.7 + dPhase).distanceCm - at(0.7 - dPhase).distanceCm) / ((2 * dPhase * d.durationMs) / 1000);
  assert.ok(Math.abs(numeric - late.speedCmS) < 0.02 * late.speedCmS, `${numeric} vs ${late.speedCmS} cm/s`);
  assert.equal(at(1).direction, 'none', 'the withdrawal ends at rest');
  assert.equal(at(d.sound!.atPhase - 0.01).objectCondition, 'intact');
  assert.equal(at(d.sound!.atPhase).objectCondition, 'fallen');
});
