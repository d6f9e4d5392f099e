/**
 * `mirrorlab sweep`: a 2×2 grid gives identical stored results with 1 and 2
 * workers, resumes by skipping finished points, runs in shards (from --shard or
 * SLURM's environment) that `merge` combines into the same results, and ends with
 * a summary table and one figure per metric.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { openStore } from '../../src/node.js';
import { cli, tempDir } from './run-cli.js';

const dir = tempDir();
process.env.MIRRORLAB_CACHE = path.join(dir, 'cache');
const GRID = [
  'sweep',
  'gallese1996',
  '--set',
  'subjects=1',
  '--set',
  'controlSubjects=0',
  // A tenth of the brain and one sensory unit per feature: the grid's point is determinism, not science.
  '--set',
  'agent.brain.scale=0.1',
  '--set',
  'agent.sense={"visualViewSpecificUnits":1,"visualSharedUnits":1,"auditoryUnits":1,"proprioUnits":1,"objectUnits":1}',
  '--grid',
  'trials=2,3',
  '--grid',
  'development.episodes=2,4',
];
const db = (name: string) => path.join(dir, name, 'lab.db');

/** point key → metrics and criteria of its completed run. */
function results(file: string): Map<string, unknown> {
  const store = openStore(file, { readonly: true });
  try {
    const runs = store.listRuns({ status: 'completed' });
    return new Map(runs.map((r) => [r.pointKey!, { metrics: r.metrics, criteria: r.criteria }]));
  } finally {
    store.close();
  }
}

let one: Record<string, any>;
before(async () => {
  const r = await cli([...GRID, '--workers', '1', '--db', db('w1'), '--json']);
  assert.equal(r.status, 0, r.stderr);
  one = JSON.parse(r.stdout);
});

test('a 2×2 sweep stores one completed run per point, and its summary', () => {
  assert.equal(one.points.length, 4);
  assert.deepEqual(
    one.points.map((p: { key: string }) => p.key),
    [
      'trials=2, development.episodes=2',
      'trials=2, development.episodes=4',
      'trials=3, development.episodes=2',
      'trials=3, development.episodes=4',
    ],
  );
  assert.ok(one.points.every((p: { status: string }) => p.status === 'completed'));
  assert.equal(one.ran, 4);
  assert.equal(results(db('w1')).size, 4);
  const folder = path.join(dir, 'w1', 'sweeps', one.sweep);
  for (const f of [
    'summary.md',
    'summary.csv',
    'summary.json',
    'figures/metric-mirrorPct.svg',
    'figures/metric-mirrorPct.png',
  ])
    assert.ok(fs.existsSync(path.join(folder, f)), f);
  const csv = fs.readFileSync(path.join(folder, 'summary.csv'), 'utf8').trim().split('\n');
  assert.equal(csv.length, 5);
  assert.match(
    csv[0]!,
    /^point,trials,development\.episodes,status,run,criteria_passed,criteria_total,mirrorPct_mean,/,
  );
  const svg = fs.readFileSync(path.join(folder, 'figures/metric-mirrorPct.svg'), 'utf8');
  assert.match(svg, /mirrorPct against trials/);
  assert.match(svg, /development\.episodes=4/);
});

test('the same sweep with 2 workers stores identical metrics and criteria', async () => {
  const r = await cli([...GRID, '--workers', '2', '--db', db('w2'), '--json']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).sweep, one.sweep, 'the same sweep id');
  assert.deepEqual(results(db('w2')), results(db('w1')));
});

test('running it again skips the finished points', async () => {
  const r = await cli([...GRID, '--workers', '2', '--db', db('w1'), '--json']);
  assert.equal(r.status, 0, r.stderr);
  const again = JSON.parse(r.stdout);
  assert.equal(again.ran, 0);
  assert.equal(again.skipped, 4);
  const store = openStore(db('w1'), { readonly: true });
  assert.equal(store.listRuns({ sweepId: one.sweep }).length, 4);
  store.close();
});

test('shards (from --shard and from SLURM variables) merge into the same results', async () => {
  const a = await cli([...GRID, '--workers', '1', '--shard', '0/2', '--db', db('s0'), '--json']);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(JSON.parse(a.stdout).ran, 2);
  const b = await cli([...GRID, '--workers', '1', '--db', db('s1'), '--json'], {
    env: { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '2', SLURM_ARRAY_TASK_MIN: '0' },
  });
  assert.equal(b.status, 0, b.stderr);
  assert.equal(JSON.parse(b.stdout).shard, '1/2');
  assert.equal(results(db('s0')).size, 2);

  const m = await cli(['merge', '--db', db('merged'), db('s0'), db('s1'), '--json']);
  assert.equal(m.status, 0, m.stderr);
  const merged = JSON.parse(m.stdout);
  assert.equal(merged.runs, 4);
  assert.deepEqual(results(db('merged')), results(db('w1')));
  assert.equal(merged.sweeps[0].sweep, one.sweep);
  assert.ok(fs.existsSync(path.join(dir, 'merged', 'sweeps', one.sweep, 'summary.md')));

  // Merging again adds nothing.
  const again = JSON.parse((await cli(['merge', '--db', db('merged'), db('s0'), db('s1'), '--json'])).stdout);
  assert.equal(again.runs, 0);
});

test('--slurm writes an array script whose tasks compute the same sweep', async () => {
  const slurmDir = path.join(dir, 'slurm');
  const r = await cli([
    ...GRID,
    '--slurm',
    '--shards',
    '2',
    '--slurm-dir',
    slurmDir,
    '--db',
    db('w1'),
    '--json',
  ]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.sweep, one.sweep);
  const script = fs.readFileSync(out.script, 'utf8');
  assert.match(script, /^#!\/bin\/bash\n/);
  assert.match(script, /^#SBATCH --array=0-1$/m);
  assert.match(script, /^#SBATCH --output=.*slurm-%A_%a\.out$/m);
  assert.match(script, /--shard "\$\{SLURM_ARRAY_TASK_ID\}\/2"/);
  assert.match(script, /shard-'?"\$\{SLURM_ARRAY_TASK_ID\}\.db"/);
  assert.ok(!fs.existsSync(path.join(slurmDir, 'shard-0.db')), '--slurm runs nothing');

  // The task's command line, as bash expands it (node replaced by a printer).
  const { spawnSync } = await import('node:child_process');
  const printer = path.join(dir, 'print-args.sh');
  fs.writeFileSync(printer, '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n', { mode: 0o755 });
  const run = spawnSync('bash', [out.script], {
    encoding: 'utf8',
    env: { ...process.env, MIRRORLAB_NODE: printer, SLURM_ARRAY_TASK_ID: '1', SLURM_CPUS_PER_TASK: '2' },
  });
  assert.equal(run.status, 0, run.stderr);
  const args = run.stdout.trimEnd().split('\n').slice(1); // after bin/mirrorlab.js
  assert.equal(args[0], 'sweep');
  assert.deepEqual(args.slice(args.indexOf('--shard'), args.indexOf('--shard') + 2), ['--shard', '1/2']);
  assert.deepEqual(args.slice(args.indexOf('--workers'), args.indexOf('--workers') + 2), ['--workers', '2']);
  assert.equal(args[args.indexOf('--db') + 1], path.join(slurmDir, 'shard-1.db'));
  const same = await cli([...args, '--slurm', '--json']);
  assert.equal(same.status, 0, same.stderr);
  assert.equal(JSON.parse(same.stdout).sweep, one.sweep, 'the task computes the same sweep id');
});
