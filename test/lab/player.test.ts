import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SpikeBlock } from '../../web/src/lab/protocol.js';
import { Player } from '../../web/src/play/player.js';
import { block } from './fixtures.js';

/** A player with a recorder of what it released. */
function recorded(player = new Player()) {
  const spikes: number[] = [];
  const ends: [number, boolean][] = [];
  player.listen({
    spikes: (b: SpikeBlock, _a, lo, hi) => {
      for (let i = lo; i < hi; i++) spikes.push(b.steps[i]!);
    },
    blockEnd: (b, complete) => ends.push([b.fromMs, complete]),
  });
  return { player, spikes, ends };
}

test('playback releases spikes as the playhead passes them, at the chosen speed', () => {
  const { player, spikes, ends } = recorded();
  player.receive(
    block(0, 1000, [
      [0, 100, 0],
      [1, 500, 1],
      [0, 900, 2],
    ]),
  );
  player.receive(block(1000, 2000, [[2, 1500, 0]]));
  player.playing = true;
  player.tick(0);
  player.tick(100);
  assert.equal(player.playheadMs, 100);
  assert.deepEqual(spikes, []); // the spike at 100 ms is not yet shown
  player.tick(250);
  assert.deepEqual(spikes, [100]);
  player.speed = 2;
  player.tick(450); // +200 ms of wall = +400 ms simulated
  assert.equal(player.playheadMs, 650);
  assert.deepEqual(
    spikes.sort((a, b) => a - b),
    [100, 500],
  );
  for (let w = 500; w <= 900; w += 50) player.tick(w); // +900 ms simulated: past the first block only
  assert.deepEqual(ends, [[0, true]]);
  assert.equal(player.stats.simulatedMs, player.playheadMs);
});

test('pause holds the playhead; Step advances it within what has arrived', () => {
  const { player } = recorded();
  player.receive(block(0, 300, []));
  player.tick(0);
  player.tick(200);
  assert.equal(player.playheadMs, 0);
  player.step(50);
  assert.equal(player.playheadMs, 50);
  player.step(1000);
  assert.equal(player.playheadMs, 300);
});

test('when the simulation falls behind, playback waits and counts the stall', () => {
  const { player } = recorded();
  player.receive(block(0, 100, []));
  player.playing = true;
  player.tick(0);
  player.tick(250);
  assert.equal(player.playheadMs, 100);
  assert.equal(player.stats.stalledMs, 150);
  // A hidden tab (no frames for a minute) does not jump the clock.
  player.receive(block(100, 100_000, []));
  player.tick(60_000);
  assert.equal(player.playheadMs, 350);
});

test('a new job: the trial on screen ends, queued ones of the old job are dropped, playback jumps', () => {
  const { player, spikes, ends } = recorded();
  player.receive(block(0, 1000, [[0, 800, 0]], {}, 1));
  player.receive(block(1000, 2000, [[0, 1200, 0]], {}, 1));
  player.playing = true;
  player.tick(0);
  player.tick(200);
  player.beginEpoch(2);
  player.receive(block(1500, 1600, [[0, 1550, 0]], {}, 1)); // late, from the old job: dropped
  player.receive(block(2500, 3500, [[0, 2550, 0]], {}, 2));
  for (let w = 400; w <= 1200; w += 200) player.tick(w);
  assert.deepEqual(ends, [[0, true]], 'the trial on screen played to its end');
  assert.equal(player.playheadMs, 2500 + 200);
  assert.deepEqual(spikes, [800, 2550]);
  assert.equal(player.stats.simulatedMs, 1200, 'the jump is not counted as played');
});

test('a block that overlaps what was shown starts at the playhead: time never runs backwards', () => {
  const { player, spikes, ends } = recorded();
  player.receive(block(0, 1000, [], {}, 1));
  player.step(1000);
  player.receive(
    block(
      800,
      1800,
      [
        [0, 850, 0],
        [0, 1100, 0],
      ],
      {},
      2,
    ),
  );
  player.step(1000);
  assert.deepEqual(spikes, [1100]);
  assert.deepEqual(ends, [
    [0, true],
    [800, false],
  ]);
});

test('as fast as possible catches up smoothly with what arrived; the queue stays bounded', () => {
  const { player } = recorded(new Player(5000));
  player.speed = Number.POSITIVE_INFINITY;
  assert.equal(player.leadMs(), -1);
  for (let k = 0; k < 10; k++) player.receive(block(k * 1000, (k + 1) * 1000, []));
  assert.ok(player.playheadMs >= 4000, 'blocks beyond the bound were skipped');
  player.playing = true;
  player.tick(0);
  player.tick(16);
  const first = player.playheadMs;
  assert.ok(first > 4000 && first < 10_000, `one frame moves part of the way (${first})`);
  for (let w = 32; w <= 3000; w += 16) player.tick(w);
  assert.ok(player.playheadMs > 9990, `${player.playheadMs}`);
  player.speed = 1;
  assert.equal(player.leadMs(), 3000);
});
