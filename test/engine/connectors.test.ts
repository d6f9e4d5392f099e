import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build, type NetworkDescriptionInput } from '../../src/index.js';

function projectionOf(connect: unknown, nPre = 50, nPost = 50, same = false, weight: unknown = 1) {
  const d = {
    formatVersion: 1,
    populations: same
      ? [{ kind: 'lif', name: 'a', size: nPre }]
      : [
          { kind: 'poisson', name: 'a', size: nPre },
          { kind: 'lif', name: 'b', size: nPost },
        ],
    projections: [{ name: 'p', source: 'a', target: same ? 'a' : 'b', connect, weight }],
  } as NetworkDescriptionInput;
  const p = build(d, { seed: 4 }).projection('p');
  const pairs: [number, number][] = [];
  for (let i = 0; i < p.nPre; i++)
    for (let s = p.rowPtr[i]!; s < p.rowPtr[i + 1]!; s++) pairs.push([i, p.targets[s]!]);
  return { p, pairs };
}

test('allToAll makes every pair, without self-connections when asked', () => {
  assert.equal(projectionOf({ kind: 'allToAll' }, 7, 5).pairs.length, 35);
  const { pairs } = projectionOf({ kind: 'allToAll', allowSelf: false }, 6, 6, true);
  assert.equal(pairs.length, 30);
  assert.ok(pairs.every(([i, j]) => i !== j));
});

test('oneToOne connects i to i', () => {
  const { pairs } = projectionOf({ kind: 'oneToOne' }, 9, 9);
  assert.deepEqual(
    pairs,
    Array.from({ length: 9 }, (_, i) => [i, i]),
  );
});

test('fixedProbability gives a binomial number of distinct synapses', () => {
  const { pairs } = projectionOf({ kind: 'fixedProbability', p: 0.1 }, 400, 400);
  const expected = 400 * 400 * 0.1;
  const sd = Math.sqrt(expected * 0.9);
  assert.ok(Math.abs(pairs.length - expected) < 4 * sd, `${pairs.length} synapses`);
  assert.equal(new Set(pairs.map(([i, j]) => i * 400 + j)).size, pairs.length, 'no duplicates');
  const none = projectionOf({ kind: 'fixedProbability', p: 0.2, allowSelf: false }, 100, 100, true).pairs;
  assert.ok(none.every(([i, j]) => i !== j));
});

test('fixedInDegree gives every target exactly k distinct sources', () => {
  const { pairs } = projectionOf({ kind: 'fixedInDegree', k: 7, allowSelf: false }, 30, 30, true);
  const bySource = new Map<number, Set<number>>();
  for (const [i, j] of pairs) {
    assert.notEqual(i, j);
    if (!bySource.has(j)) bySource.set(j, new Set());
    bySource.get(j)!.add(i);
  }
  assert.equal(bySource.size, 30);
  for (const s of bySource.values()) assert.equal(s.size, 7);
});

test('explicit lists keep each synapse with its own weight, sorted by source', () => {
  const { p, pairs } = projectionOf(
    { kind: 'list', pre: [3, 0, 3, 1], post: [1, 2, 0, 1] },
    5,
    5,
    false,
    [0.3, 0.0, 0.32, 0.1],
  );
  assert.deepEqual(pairs, [
    [0, 2],
    [1, 1],
    [3, 1],
    [3, 0],
  ]);
  assert.deepEqual(Array.from(p.weights!), [0, 0.1, 0.3, 0.32].map(Math.fround));
});

test('weights drawn from a distribution respect the bounds', () => {
  const d = {
    formatVersion: 1,
    populations: [
      { kind: 'poisson', name: 'a', size: 100 },
      { kind: 'lif', name: 'b', size: 100 },
    ],
    projections: [
      {
        source: 'a',
        target: 'b',
        connect: { kind: 'allToAll' },
        weight: { normal: { mean: 0, sd: 1 } },
        wMin: -0.5,
        wMax: 0.5,
      },
    ],
  } as NetworkDescriptionInput;
  const w = build(d).projection('a->b').weights!;
  assert.ok(w.every((x) => x >= -0.5 && x <= 0.5));
  assert.ok(w.some((x) => x === 0.5) && w.some((x) => x === -0.5));
});
