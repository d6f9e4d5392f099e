/**
 * A sweep's summary is read from the database alone: the run standing for each
 * point, tables (text, Markdown, CSV) and one figure per metric against the
 * swept parameters.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { metricLinesFigure } from '../../src/figures/index.js';
import { openStore, type RunStore } from '../../src/store/index.js';
import {
  parseGridAxis,
  type SweepSpec,
  specPoints,
  summaryCsv,
  summaryMarkdown,
  summaryRows,
  sweepFigures,
  sweepId,
  sweepSpec,
  sweepSummary,
} from '../../src/sweep/index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mirrorlab-sweep-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const metric = (mean: number | null, n = 3) => ({
  mean,
  low: mean === null ? null : mean - 1,
  high: mean === null ? null : mean + 1,
  n,
  perSubject: [],
  unit: '%',
});

/** A store with a sweep whose points are completed, failed or missing as asked. */
function sweepStore(
  spec: SweepSpec,
  outcome: (index: number) => 'completed' | 'failed' | 'missing',
): RunStore {
  const store = openStore(path.join(fs.mkdtempSync(path.join(dir, 'db-')), 'lab.db'));
  const id = store.createSweep({ id: sweepId(spec), experiment: spec.experiment, spec });
  for (const p of specPoints(spec)) {
    const o = outcome(p.index);
    if (o === 'missing') continue;
    const run = store.startRun({
      experiment: spec.experiment,
      params: {},
      seed: spec.seed,
      subjects: 3,
      version: '0.1.0',
      sweepId: id,
      pointKey: p.key,
    });
    if (o === 'failed') store.failRun(run, new Error('boom'));
    else
      store.completeRun(run, {
        metrics: { mirrorPct: metric(10 * p.index), objectRatio: metric(null, 0) },
        criteria: [{ id: 'c', description: 'd', passed: p.index % 2 === 0, measured: 'm', expected: 'e' }],
        artifacts: [],
      });
  }
  return store;
}

test('each point shows its completed run, else its latest attempt, else missing', () => {
  const spec = sweepSpec('gallese1996', 1, {}, [parseGridAxis('trials=8,12'), parseGridAxis('b=1,2')]);
  const store = sweepStore(spec, (i) => (['completed', 'failed', 'missing', 'completed'] as const)[i]!);
  const s = sweepSummary(store, sweepId(spec));
  store.close();
  assert.deepEqual(
    s.rows.map((r) => r.status),
    ['completed', 'failed', 'missing', 'completed'],
  );
  assert.deepEqual(s.metricNames, ['mirrorPct', 'objectRatio']);
  assert.deepEqual(s.rows[3]!.criteria, { passed: 0, total: 1 });
  const { header, rows } = summaryRows(s);
  assert.deepEqual(header.slice(0, 5), ['trials', 'b', 'status', 'criteria', 'mirrorPct']);
  assert.deepEqual(rows[3]!.slice(0, 6), ['12', '2', 'completed', '0/1', '30.0% [29.0, 31.0]', 'n/a']);
  const csv = summaryCsv(s).trim().split('\n');
  assert.equal(csv.length, 5);
  assert.equal(csv[1], `"trials=8, b=1",8,1,completed,${s.rows[0]!.runId},1,1,0,-1,1,3,,,,0`);
  assert.match(summaryMarkdown(s), /\| 12 \| 2 \| completed \| 0\/1 \| 30\.0% \[29\.0, 31\.0\] \|/);
});

test('figures: the numeric axis on x, a line per value of the others, CI bands; unmeasurable metrics left out', () => {
  const spec = sweepSpec('gallese1996', 1, {}, [
    parseGridAxis('rule=delta,hebbian'),
    parseGridAxis('trials=8,12,16'),
  ]);
  const store = sweepStore(spec, () => 'completed');
  const s = sweepSummary(store, sweepId(spec));
  store.close();
  const figures = sweepFigures(s);
  assert.deepEqual(
    figures.map((f) => f.name),
    ['metric-mirrorPct'],
  );
  const f = figures[0]!.spec;
  assert.equal(f.xLabel, 'trials');
  assert.deepEqual(
    f.series.map((x) => x.label),
    ['rule=delta', 'rule=hebbian'],
  );
  assert.deepEqual(f.series[1]!.points[2], { x: 16, y: 50, low: 49, high: 51 });
  assert.match(metricLinesFigure(f), /^<svg/);
});

test('a grid without numbers puts its values at 0, 1, 2… and says which is which', () => {
  const spec = sweepSpec('gallese1996', 1, {}, [parseGridAxis('rule=delta,hebbian,oja')]);
  const store = sweepStore(spec, () => 'completed');
  const f = sweepFigures(sweepSummary(store, sweepId(spec)))[0]!.spec;
  store.close();
  assert.deepEqual(
    f.series[0]!.points.map((p) => p.x),
    [0, 1, 2],
  );
  assert.equal(f.series[0]!.label, 'all');
  assert.match(f.caption ?? '', /x: 0 = delta, 1 = hebbian, 2 = oja/);
});
