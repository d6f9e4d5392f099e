/**
 * `mirrorlab export`: NWB that mirrorlab reads back and h5dump (libhdf5's own
 * tool) reads with the groups NWB requires; CSV and JSON of metrics, spike trains
 * and trials that agree with the stored recording.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { type Recording, readNwb } from '../../src/node.js';
import { cli, TINY, tempDir } from './run-cli.js';

const dir = tempDir();
process.env.MIRRORLAB_CACHE = path.join(dir, 'cache');
const db = path.join(dir, 'lab.db');
let id: string;
let recording: Recording;

before(async () => {
  const r = await cli(['run', 'gallese1996', ...TINY, '--set', 'subjects=2', '--db', db, '--json']);
  assert.equal(r.status, 0, r.stderr);
  id = JSON.parse(r.stdout).run;
  const json = await cli(['export', id, '--format', 'json', '--data', 'spikes', '--db', db]);
  assert.equal(json.status, 0, json.stderr);
  recording = JSON.parse(json.stdout);
});

test('the recording holds every unit and trial of every subject, ids unique', () => {
  assert.deepEqual([...new Set(recording.units.map((u) => u.subject))], [0, 1]);
  assert.deepEqual([...new Set(recording.trials.map((t) => t.subject))], [0, 1]);
  assert.equal(new Set(recording.units.map((u) => u.id)).size, recording.units.length);
  assert.equal(new Set(recording.trials.map((t) => t.id)).size, recording.trials.length);
  assert.ok(recording.units.every((u) => u.area === 'F5' && typeof u.classification === 'string'));
  assert.ok(recording.trials.some((t) => t.condition.startsWith('observe:')));
});

test('export --format nwb writes a file mirrorlab reads back unchanged', async () => {
  const file = path.join(dir, 'f.nwb');
  const r = await cli(['export', id, '--format', 'nwb', '--out', file, '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  const back = await readNwb(file);
  assert.equal(back.experiment, 'gallese1996');
  assert.equal(back.units.length, recording.units.length);
  assert.equal(back.trials.length, recording.trials.length);
  back.units.forEach((u, i) => {
    const want = recording.units[i]!;
    assert.equal(u.id, want.id);
    assert.equal(u.subject, want.subject);
    assert.equal(u.area, want.area);
    assert.equal(u.classification, want.classification);
    assert.equal(u.spikeTimesMs.length, want.spikeTimesMs.length);
    u.spikeTimesMs.forEach((t, k) => {
      assert.ok(Math.abs(t - want.spikeTimesMs[k]!) < 1e-9);
    });
  });
  back.trials.forEach((t, i) => {
    assert.equal(t.condition, recording.trials[i]!.condition);
    assert.ok(Math.abs(t.startMs - recording.trials[i]!.startMs) < 1e-9);
  });
});

test('h5dump reads the NWB file, which has the groups NWB requires', (t) => {
  const file = path.join(dir, 'f.nwb');
  if (spawnSync('h5dump', ['--version']).error !== undefined) {
    if (process.env.CI) assert.fail('h5dump is not on PATH: CI must install hdf5-tools');
    t.skip('h5dump not on PATH (apt-get install hdf5-tools)');
    return;
  }
  const r = spawnSync('h5dump', ['-H', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, r.stderr);
  for (const g of ['acquisition', 'analysis', 'general', 'processing', 'stimulus', 'units', 'intervals'])
    assert.match(r.stdout, new RegExp(`^   GROUP "${g}" \\{`, 'm'), `group /${g}`);
  for (const g of ['presentation', 'templates', 'trials'])
    assert.match(r.stdout, new RegExp(`^      GROUP "${g}" \\{`, 'm'), `group ${g}`);
  for (const d of [
    'identifier',
    'session_description',
    'session_start_time',
    'file_create_date',
    'timestamps_reference_time',
  ])
    assert.match(r.stdout, new RegExp(`DATASET "${d}"`), `dataset ${d}`);
  for (const [attr, value] of [
    ['/neurodata_type', 'NWBFile'],
    ['/nwb_version', '2.7.0'],
    ['/units/neurodata_type', 'Units'],
    ['/intervals/trials/neurodata_type', 'TimeIntervals'],
  ]) {
    const a = spawnSync('h5dump', ['-a', attr!, file], { encoding: 'utf8' });
    assert.equal(a.status, 0, a.stderr);
    assert.match(a.stdout, new RegExp(`\\(0\\): "${value}"`), `${attr} is ${value}`);
  }
  for (const c of ['spike_times', 'spike_times_index', 'area', 'classification', 'subject'])
    assert.match(r.stdout, new RegExp(`DATASET "${c}"`), `units column ${c}`);
  assert.match(r.stdout, /DATASET "condition"/);
});

test('CSV: spike trains, trials and metrics agree with the recording and the run', async () => {
  const spikes = path.join(dir, 'spikes.csv');
  assert.equal(
    (await cli(['export', id, '--format', 'csv', '--data', 'spikes', '--out', spikes, '--db', db])).status,
    0,
  );
  const rows = fs.readFileSync(spikes, 'utf8').trim().split('\n');
  assert.equal(rows[0], 'unit_id,subject,area,index,classification,time_ms');
  assert.equal(
    rows.length - 1,
    recording.units.reduce((n, u) => n + u.spikeTimesMs.length, 0),
  );

  const trials = (await cli(['export', id, '--format', 'csv', '--data', 'trials', '--db', db])).stdout;
  assert.equal(trials.trim().split('\n').length - 1, recording.trials.length);

  const metrics = (await cli(['export', id, '--format', 'csv', '--db', db])).stdout.trim().split('\n');
  assert.equal(metrics[0], 'metric,unit,n,mean,ci_low,ci_high');
  assert.match(metrics[1]!, /^mirrorPct,%,2,/);

  const perSubject = (await cli(['export', id, '--format', 'csv', '--data', 'subjects', '--db', db])).stdout;
  assert.match(perSubject, /^subject,seed,metric,value\n0,\d+,recordedUnits,/);
});

test('JSON: metrics and criteria as stored', async () => {
  const runs = JSON.parse((await cli(['runs', '--db', db, '--json'])).stdout);
  const metrics = JSON.parse((await cli(['export', id, '--format', 'json', '--db', db])).stdout);
  assert.deepEqual(metrics, runs[0].metrics);
  const criteria = JSON.parse(
    (await cli(['export', id, '--format', 'json', '--data', 'criteria', '--db', db])).stdout,
  );
  assert.deepEqual(criteria, runs[0].criteria);
});

test('NWB needs a file name; --data is for csv and json', async () => {
  assert.equal((await cli(['export', id, '--format', 'nwb', '--db', db])).status, 2);
  assert.equal(
    (await cli(['export', id, '--format', 'nwb', '--data', 'spikes', '--out', 'x.nwb', '--db', db])).status,
    2,
  );
  assert.equal(
    (await cli(['export', id, '--format', 'csv', '--out', path.join(dir, 'no/such/x.csv'), '--db', db]))
      .status,
    2,
  );
});
