/**
 * The simulation side through the in-memory transport: the same session the Web
 * Worker runs, here in Node, with a quicker quick test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LabEvent } from '../../web/src/lab/protocol.js';
import { MockTransport } from '../../web/src/transport/mock-transport.js';

type Of<T extends LabEvent['type']> = Extract<LabEvent, { type: T }>;
const is =
  <T extends LabEvent['type']>(type: T, where: (e: Of<T>) => boolean = () => true) =>
  (e: LabEvent): e is Of<T> =>
    e.type === type && where(e as Of<T>);

const quick = () => MockTransport.simulated({ quickTestTrials: 2, quickTestActs: ['precisionGrip'] });

test('a newborn runs a condition: blocks of spikes with the scene that caused them', async () => {
  const t = quick();
  const ready = await t.next(is('ready'));
  assert.ok(ready.experiments.some((e) => e.id === 'gallese1996'));
  t.send({ type: 'newborn', subject: 1 });
  const { info } = await t.next(is('agent'));
  assert.deepEqual(
    info.areas.map((a) => a.area),
    ['STS', 'AUD', 'PF', 'F5', 'M1', 'PFC'],
  );
  const f5 = info.areas.find((a) => a.area === 'F5')!;
  assert.equal(info.f5Movement.length, f5.size);
  assert.equal(info.developed, false);
  const w = await t.next(is('weights'));
  assert.ok(
    w.snapshot.weights.every((x) => x.every((v) => v === 0)),
    'a newborn has learned nothing',
  );

  t.send({ type: 'playhead', simMs: 0, leadMs: -1 });
  t.send({ type: 'run', conditions: ['execute:precisionGrip', 'observe:precisionGrip'] });
  const first = await t.next(is('block'));
  const second = await t.next(is('block', (e) => e.block.trial?.id === 1));
  t.send({ type: 'stop' });
  await t.session.idle();
  const b = first.block;
  assert.equal(b.trial?.condition, 'execute:precisionGrip');
  assert.equal(second.block.trial?.condition, 'observe:precisionGrip', 'conditions are interleaved');
  assert.equal(second.block.fromMs, b.toMs, 'blocks follow each other without gaps');
  assert.equal(b.areaOffsets.length, info.areas.length + 1);
  assert.equal(b.areaOffsets.at(-1), b.steps.length);
  for (let a = 0; a < info.areas.length; a++) {
    for (let i = b.areaOffsets[a]!; i < b.areaOffsets[a + 1]!; i++) {
      assert.ok(b.neurons[i]! >= 0 && b.neurons[i]! < info.areas[a]!.size);
      assert.ok(b.steps[i]! * b.dtMs >= b.fromMs && b.steps[i]! * b.dtMs < b.toMs);
    }
  }
  const m1 = info.areas.findIndex((a) => a.area === 'M1');
  assert.ok(b.areaOffsets[m1 + 1]! > b.areaOffsets[m1]!, 'M1 fires when the monkey acts');
  const during = b.scene!.samples.find((s) => s.act?.name === 'precisionGrip');
  assert.equal(during?.actor.viewpoint, 'self');
  assert.equal(b.trial?.alignMs, b.fromMs + 600);
  t.close();
});

test('the session never computes far beyond the playhead it is told', async () => {
  const t = quick();
  t.send({ type: 'newborn', subject: 2 });
  await t.next(is('agent'));
  t.send({ type: 'playhead', simMs: 0, leadMs: 3000 });
  t.send({ type: 'run', conditions: ['observe:precisionGrip'] });
  await t.next(is('block'));
  await new Promise((r) => setTimeout(r, 300));
  const blocks = t.received.filter(is('block'));
  const until = Math.max(...blocks.map((e) => e.block.toMs));
  assert.ok(until < 3000 + 2500, `computed to ${until} ms with the playhead at 0`);
  // Moving the playhead lets it go on.
  t.send({ type: 'playhead', simMs: until, leadMs: 3000 });
  await t.next(is('block', (e) => e.block.fromMs >= until));
  // A new job starts where playback is: the trials computed ahead are undone.
  t.send({ type: 'playhead', simMs: 100, leadMs: 3000 });
  const mark = t.received.length;
  t.send({ type: 'run', conditions: ['execute:precisionGrip'] });
  const next = await t.next(
    is('block', (e) => e.block.trial?.condition === 'execute:precisionGrip'),
    30_000,
    mark,
  );
  assert.equal(next.block.fromMs, blocks[0]!.block.toMs);
  t.send({ type: 'stop' });
  await t.session.idle();
  t.close();
});

test('live development: babbling episodes, growing weights, a quick test every few episodes', async () => {
  const t = quick();
  t.send({ type: 'newborn', subject: 1 });
  t.send({ type: 'playhead', simMs: 0, leadMs: -1 });
  t.send({ type: 'develop', episodes: 2, testEvery: 1 });
  await t.next(
    is('job', (e) => e.kind === 'develop' && e.state === 'finished'),
    120_000,
  );
  const classes = t.received.filter(is('classes')).map((e) => e.classes);
  assert.deepEqual(
    classes.map((c) => c.episode),
    [0, 1, 2],
  );
  const episodes = t.received.filter(is('block')).map((e) => e.block.trial);
  assert.deepEqual(
    episodes.map((x) => [x?.kind, x?.episode]),
    [
      ['episode', 1],
      ['episode', 2],
    ],
  );
  assert.match(episodes[0]!.label, /^Babbling, episode 1: the monkey /);
  const weights = t.received.filter(is('weights')).map((e) => e.snapshot);
  assert.equal(weights.length, 3, 'the newborn, then after each episode');
  const sum = (w: Float32Array[]) => w.reduce((s, a) => s + a.reduce((x, y) => x + y, 0), 0);
  assert.ok(sum(weights[2]!.weights) > 0, 'babbling taught the sensory→F5 synapses something');
  assert.equal(t.received.filter(is('error')).length, 0);
  assert.equal((await t.next(is('developed'))).episodes, 2);
  // A developed agent cannot babble again: it must start from a newborn.
  t.send({ type: 'develop', episodes: 2, testEvery: 1 });
  assert.match((await t.next(is('error'))).message, /already developed/);
  t.close();
});

test('mistakes come back as errors, and the session carries on', async () => {
  const t = quick();
  t.send({ type: 'run', conditions: ['observe:precisionGrip'] });
  assert.match((await t.next(is('error'))).message, /no agent yet/);
  t.send({ type: 'newborn', subject: 1 });
  t.send({ type: 'run', conditions: ['dance:tango'] });
  assert.match((await t.next(is('error', (e) => e.message.includes('tango')))).message, /unknown condition/);
  t.close();
});

test('a raised subject comes from the cache the second time', async () => {
  const t = quick();
  t.send({ type: 'raise', subject: 3, episodes: 2 });
  const first = await t.next(is('classes'), 120_000);
  assert.ok(t.received.some(is('progress', (e) => e.task.includes('babbling'))));
  const progressBefore = t.received.filter(is('progress')).length;
  const mark = t.received.length;
  t.send({ type: 'raise', subject: 3, episodes: 2 });
  const again = await t.next(is('classes'), 60_000, mark);
  assert.equal(
    t.received.filter(is('progress')).length,
    progressBefore,
    'no babbling, no test: all from the cache',
  );
  assert.deepEqual(again.classes.unitClass, first.classes.unitClass);
  const agent = t.received.slice(mark).find(is('agent'))!;
  assert.equal(agent.info.developed, true);
  assert.equal(agent.info.episodes, 2);
  t.close();
});
