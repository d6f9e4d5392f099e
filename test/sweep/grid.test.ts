/** Grids, points, shards and sweep ids: the pure parts of a sweep. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applySettings } from '../../src/experiments/index.js';
import {
  canonicalJson,
  checkGrid,
  gridPoints,
  parseGridAxis,
  parseShard,
  SweepError,
  shardFromEnv,
  shardPoints,
  sweepArgs,
  sweepId,
  sweepSpec,
} from '../../src/sweep/index.js';

test('a grid axis keeps the values as given; commas inside brackets and quotes do not split', () => {
  assert.deepEqual(parseGridAxis('trials=8,12, 16'), { path: 'trials', values: ['8', '12', '16'] });
  assert.deepEqual(parseGridAxis('a.b=[1,2],[3,4]').values, ['[1,2]', '[3,4]']);
  assert.deepEqual(parseGridAxis('name="x,y",z').values, ['"x,y"', 'z']);
  for (const bad of ['trials', '=1,2', 'trials=1,,2', 'trials=1,1', 'a..b=1', '__proto__.x=1'])
    assert.throws(() => parseGridAxis(bad), SweepError, bad);
  assert.throws(() => checkGrid([]), /at least one --grid/);
  assert.throws(() => checkGrid([parseGridAxis('a=1'), parseGridAxis('a=2')]), /a is given twice/);
});

test('points: the first axis varies slowest; values read as --set reads them', () => {
  const points = gridPoints([parseGridAxis('trials=8,12'), parseGridAxis('rule=delta,hebbian')]);
  assert.deepEqual(
    points.map((p) => p.key),
    ['trials=8, rule=delta', 'trials=8, rule=hebbian', 'trials=12, rule=delta', 'trials=12, rule=hebbian'],
  );
  assert.deepEqual(points[3]!.values, { trials: 12, rule: 'hebbian' });
  assert.deepEqual(points[3]!.settings, ['trials=12', 'rule=hebbian']);
  assert.deepEqual(
    points.map((p) => p.index),
    [0, 1, 2, 3],
  );
});

test('shards split the points into disjoint slices that cover them all', () => {
  const points = gridPoints([parseGridAxis('a=1,2,3,4,5'), parseGridAxis('b=1,2')]);
  for (const n of [1, 2, 3, 4, 10]) {
    const slices = Array.from({ length: n }, (_, i) => shardPoints(points, { index: i, count: n }));
    const all = slices.flat().map((p) => p.index);
    assert.deepEqual(
      all.sort((x, y) => x - y),
      points.map((p) => p.index),
    );
    assert.ok(slices.every((s) => s.length >= Math.floor(points.length / n)));
  }
  assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
  for (const bad of ['4/4', '-1/4', '1/0', '1', 'a/b']) assert.throws(() => parseShard(bad), SweepError, bad);
});

test('in a SLURM array job the shard comes from the environment, counted from the first task id', () => {
  assert.equal(shardFromEnv({}), undefined);
  assert.deepEqual(shardFromEnv({ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '4' }), {
    index: 3,
    count: 4,
  });
  assert.deepEqual(
    shardFromEnv({ SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '1' }),
    { index: 3, count: 4 },
  );
});

test('a sweep id depends on what decides the results, not on the order options were given', () => {
  const grid = [parseGridAxis('trials=8,12')];
  const a = sweepSpec('gallese1996', 1, { subjects: 2, agent: { brain: { scale: 0.5 } } }, grid);
  const b = sweepSpec('gallese1996', 1, { agent: { brain: { scale: 0.5 } }, subjects: 2 }, grid);
  assert.equal(sweepId(a), sweepId(b));
  assert.match(sweepId(a), /^sweep-[0-9a-f]{12}$/);
  assert.notEqual(sweepId(a), sweepId({ ...a, seed: 2 }));
  assert.notEqual(sweepId(a), sweepId({ ...a, grid: [parseGridAxis('trials=8,16')] }));
  assert.equal(canonicalJson({ b: [1, { d: 1, c: 2 }], a: 'x' }), '{"a":"x","b":[1,{"c":2,"d":1}]}');
});

test('the command line written for cluster tasks rebuilds the same spec', () => {
  const base = {
    subjects: 2,
    agent: { brain: { learning: { rule: 'hebbian' }, background: { areaMeanMV: { F5: 12 } } } },
    note: 'true',
    list: [1, 2],
  };
  const spec = sweepSpec('gallese1996', 7, base, [parseGridAxis('trials=8,12')]);
  const args = sweepArgs(spec, true);
  assert.deepEqual(args.slice(0, 6), ['sweep', 'gallese1996', '--seed', '7', '--grid', 'trials=8,12']);
  const sets = args.flatMap((a, i) => (args[i - 1] === '--set' ? [a] : []));
  assert.deepEqual(applySettings({}, sets), base);
  assert.ok(sets.includes('agent.brain.learning.rule=hebbian'), 'plain strings stay plain');
  assert.ok(sets.includes('note="true"'), 'a string that looks like JSON is quoted');
  assert.ok(sweepArgs(spec, false).includes('--no-cache'));
});
