/**
 * Reports are made from the stored run alone, say the same in Markdown and HTML,
 * and escape whatever the results contain; results are stored as strict JSON.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import type { SubjectOutput } from '../../src/experiments/index.js';
import {
  buildReport,
  combineRecordings,
  decodeRecording,
  encodeRecording,
  flattenParams,
  formatDuration,
  formatStoredMetric,
  jsonSafe,
} from '../../src/report/index.js';
import { openStore } from '../../src/store/index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mirrorlab-report-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('strict JSON: NaN and Infinity become null, undefined fields vanish, typed arrays become arrays', () => {
  assert.deepEqual(
    jsonSafe({ a: Number.NaN, b: [1, Number.POSITIVE_INFINITY], c: undefined, d: new Float64Array([0.5]) }),
    {
      a: null,
      b: [1, null],
      d: [0.5],
    },
  );
});

test('formats: metrics with their CI, durations, flattened parameters', () => {
  assert.equal(
    formatStoredMetric({ mean: 18.44, low: 15.1, high: 21.72, n: 5, unit: '%' }),
    '18.4% [15.1, 21.7]',
  );
  assert.equal(formatStoredMetric({ mean: 0.123, low: 0.1, high: 0.2, n: 1, unit: '' }), '0.12');
  assert.equal(formatStoredMetric({ mean: null, low: null, high: null, n: 0, unit: '%' }), 'n/a');
  assert.equal(formatDuration('2026-01-01T00:00:00.000Z', '2026-01-01T00:02:05.000Z'), '2 min 5 s');
  assert.equal(formatDuration('2026-01-01T00:00:00.000Z', null), null);
  assert.deepEqual(flattenParams({ a: { b: 1, c: 'x' }, d: [1, 2], e: {} }), [
    ['a.b', '1'],
    ['a.c', 'x'],
    ['d', '[1,2]'],
    ['e', '{}'],
  ]);
});

test("subjects' recordings become one, ids renumbered, and survive the stored form", () => {
  const output = (subject: number): SubjectOutput => ({
    subject,
    seed: 10 + subject,
    metrics: {},
    data: null,
    recording: {
      experiment: 'x',
      seed: 10 + subject,
      description: 'F5 units',
      units: [0, 1].map((i) => ({ id: i, subject, area: 'F5', index: i, spikeTimesMs: [i + 0.5, 7] })),
      trials: [{ id: 0, subject, condition: 'observe:hold', startMs: 0, stopMs: 10, alignMs: 5 }],
    },
  });
  const rec = combineRecordings('x', 1, [output(0), output(1)])!;
  assert.deepEqual(
    rec.units.map((u) => [u.id, u.subject, u.index]),
    [
      [0, 0, 0],
      [1, 0, 1],
      [2, 1, 0],
      [3, 1, 1],
    ],
  );
  assert.deepEqual(
    rec.trials.map((t) => [t.id, t.subject]),
    [
      [0, 0],
      [1, 1],
    ],
  );
  assert.equal(rec.seed, 1);
  assert.deepEqual(decodeRecording(encodeRecording(rec)), rec);
  assert.equal(combineRecordings('x', 1, [{ ...output(0), recording: undefined } as SubjectOutput]), null);
});

/** A run started in a fresh database. */
function storedRun() {
  const store = openStore(path.join(fs.mkdtempSync(path.join(dir, 'db-')), 'lab.db'));
  const id = store.startRun({
    experiment: 'gallese1996',
    params: { trials: 12, agent: { rule: 'a|b<c>' } },
    seed: 1,
    subjects: 2,
    version: '0.1.0',
  });
  return { store, id };
}

test('reports escape what results contain, in Markdown tables and in HTML', () => {
  const { store, id } = storedRun();
  store.completeRun(id, {
    metrics: { ratio: { mean: 0.5, low: 0.25, high: 0.75, n: 2, perSubject: [0.25, 0.75], unit: '' } },
    criteria: [{ id: 'c1', description: 'a <b> & "c"', passed: false, measured: '1 | 2', expected: '< 3' }],
    artifacts: [],
  });
  const { html, markdown } = buildReport(store, id);
  store.close();
  assert.match(markdown, /\| c1 \| \*\*FAIL\*\* \| 1 \\\| 2 \| < 3 \| a <b> & "c" \|/);
  assert.match(markdown, /\| agent\.rule \| a\\\|b<c> \|/);
  assert.match(markdown, /\| ratio \| 0\.50 \[0\.25, 0\.75\] \| 2 \|/);
  assert.match(html, /<td>a &lt;b&gt; &amp; &quot;c&quot;<\/td>/);
  assert.match(html, /<td>a\|b&lt;c&gt;<\/td>/);
  assert.doesNotMatch(html, /<b>/);
  assert.match(markdown, /## Criteria: 0 of 1 met/);
});

test('a failed run gets a report with its error and no results', () => {
  const { store, id } = storedRun();
  store.failRun(id, new Error('the simulation diverged'));
  const { html, markdown } = buildReport(store, id);
  store.close();
  assert.match(markdown, /\| status \| failed \|/);
  assert.match(markdown, /## Error\n\n```text\nError: the simulation diverged/);
  assert.doesNotMatch(markdown, /## Criteria/);
  assert.match(html, /<h2>Error<\/h2>\n<pre>Error: the simulation diverged/);
});
