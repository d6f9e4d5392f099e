import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  csvField,
  ExportError,
  metricsToCsv,
  recordingToJson,
  spikesToCsv,
  trialsToCsv,
} from '../../src/export/index.js';
import { parseCsv } from './csv-parse.js';
import { sampleRecording } from './sample.js';

test('csvField quotes commas, quotes, line breaks and edge spaces, and doubles inner quotes', () => {
  assert.equal(csvField('F5'), 'F5');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('the "cup"'), '"the ""cup"""');
  assert.equal(csvField('"'), '""""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('cr\r'), '"cr\r"');
  assert.equal(csvField(' padded'), '" padded"');
  assert.equal(csvField(''), '');
  assert.equal(csvField(undefined), '');
  assert.equal(csvField(null), '');
  assert.equal(csvField(0.1 + 0.2), '0.30000000000000004');
  assert.equal(csvField(1e-7), '1e-7');
  assert.equal(csvField(-3), '-3');
  assert.equal(csvField(false), 'false');
  assert.equal(csvField('pince-à-sucre'), 'pince-à-sucre');
});

test('spikesToCsv has one row per spike with the unit columns, and none for a silent unit', () => {
  const recording = sampleRecording();
  const csv = spikesToCsv(recording);
  const [header, ...rows] = parseCsv(csv);
  assert.deepEqual(header, ['unit_id', 'subject', 'area', 'index', 'classification', 'time_ms']);
  const expected = recording.units.flatMap((u) =>
    u.spikeTimesMs.map((t) => [
      String(u.id),
      String(u.subject),
      u.area,
      String(u.index),
      u.classification ?? '',
      String(t),
    ]),
  );
  assert.deepEqual(rows, expected);
  assert.equal(rows.length, 7);
  assert.ok(!rows.some((r) => r[0] === '11'), 'unit 11 has no spikes and no rows');
  assert.deepEqual(rows[0], ['10', '0', 'F5', '3', 'mirror-strict', '0.1']);
  assert.deepEqual(rows.at(-1), ['20', '1', 'PF', '0', '', String(1000 / 3)]);
  assert.ok(csv.endsWith('\n'));
});

test('trialsToCsv escapes conditions with commas and quotes so they read back unchanged', () => {
  const recording = sampleRecording();
  const csv = trialsToCsv(recording);
  assert.ok(csv.includes('"observe:grip ""cup"", left"'));
  const [header, ...rows] = parseCsv(csv);
  assert.deepEqual(header, ['trial_id', 'subject', 'condition', 'start_ms', 'stop_ms', 'align_ms']);
  assert.deepEqual(
    rows,
    recording.trials.map((t) => [t.id, t.subject, t.condition, t.startMs, t.stopMs, t.alignMs].map(String)),
  );
});

test('a label with a line break or a leading space survives the round trip', () => {
  const recording = sampleRecording();
  recording.units[0]!.area = ' F5,\n"rostral"';
  const rows = parseCsv(spikesToCsv(recording));
  assert.equal(rows[1]![2], ' F5,\n"rostral"');
  assert.equal(rows.length, 8);
});

test('metricsToCsv writes name,value rows in key order', () => {
  const csv = metricsToCsv({ 'mirror fraction, F5': 0.25, note: 'say "hi"', significant: true, n: 12 });
  assert.equal(csv, 'name,value\n"mirror fraction, F5",0.25\nnote,"say ""hi"""\nsignificant,true\nn,12\n');
  assert.equal(metricsToCsv({}), 'name,value\n');
});

const reversedKeys = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;

test('recordingToJson round-trips and does not depend on key order', () => {
  const recording = sampleRecording();
  const json = recordingToJson(recording);
  assert.deepEqual(JSON.parse(json), recording);
  assert.ok(json.endsWith('\n') && !json.includes('\n  '));
  const shuffled = {
    trials: recording.trials.map(reversedKeys),
    units: recording.units.map(reversedKeys),
    description: recording.description,
    seed: recording.seed,
    experiment: recording.experiment,
  };
  assert.equal(recordingToJson(shuffled), json);
  assert.ok(recordingToJson(recording, { indent: 2 }).includes('\n  "seed": 42'));
  assert.ok(!('classification' in JSON.parse(json).units[2]), 'absent optional fields stay absent');
});

test('the flat exports refuse a recording with non-finite times', () => {
  const recording = sampleRecording();
  recording.trials[0]!.alignMs = Number.POSITIVE_INFINITY;
  assert.throws(() => trialsToCsv(recording), ExportError);
  assert.throws(() => recordingToJson(recording), /trials\[0\]\.alignMs must be a finite time/);
});
