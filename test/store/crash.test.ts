/**
 * The test that matters most: a process killed with SIGKILL at a random moment
 * while writing must leave a sound database in which finished runs are intact,
 * no run is completed without all its data, and the run it was working on is
 * declared interrupted on the next open. All iterations share one file, so later
 * iterations also run on a file with a crash history.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { openStore, type RunStore } from '../../src/store/index.js';
import { CRASH_EXPERIMENT, crashArtifacts, crashCompletion } from './fixtures/crash-data.js';
import { tempDir } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const writer = path.join(import.meta.dirname, 'fixtures', 'crash-writer.ts');
const ITERATIONS = 5;

interface Started {
  completed: string[];
  fourth: string;
  pid: number;
}

/** Start the writer; resolve once its fourth run exists, then kill it after `delayMs`. */
function runAndKill(file: string, base: number, delayMs: number): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file, String(base)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let started: Started | undefined;
    const guard = setTimeout(() => child.kill('SIGKILL'), 8000);
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (started === undefined && out.includes('\n') && line !== undefined) {
        started = { ...(JSON.parse(line) as Omit<Started, 'pid'>), pid: child.pid ?? -1 };
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      if (started === undefined || signal !== 'SIGKILL') {
        reject(new Error(`writer ended with ${signal ?? code} before being killed:\n${err}`));
      } else resolve(started);
    });
  });
}

/** Every completed run has all its data, byte for byte; every other run has none. */
function assertAllOrNothing(store: RunStore): void {
  for (const run of store.listRuns({ experiment: CRASH_EXPERIMENT })) {
    const index = (run.params as { index: number }).index;
    const details = store.getRun(run.id);
    if (run.status === 'completed') {
      const expected = crashCompletion(index);
      assert.deepEqual(run.metrics, expected.metrics, `metrics of ${run.id}`);
      assert.deepEqual(run.criteria, expected.criteria, `criteria of ${run.id}`);
      assert.ok(run.endedAt !== null);
      const want = crashArtifacts(index);
      assert.deepEqual(
        details.artifacts.map((a) => a.name),
        want.map((a) => a.name),
      );
      for (const a of want) {
        assert.deepEqual(store.getArtifact(run.id, a.name).content, a.content, `${a.name} of ${run.id}`);
      }
    } else {
      assert.equal(run.metrics, null, `${run.status} run ${run.id} has metrics`);
      assert.deepEqual(details.artifacts, [], `${run.status} run ${run.id} has artifacts`);
    }
  }
}

test('SIGKILL at random moments never loses or half-writes a run', async () => {
  const file = path.join(tempDir(), 'crash.db');
  const finished: string[] = [];
  for (let k = 0; k < ITERATIONS; k++) {
    const delayMs = Math.floor(Math.random() * 200);
    const started = await runAndKill(file, k * 1_000_000, delayMs);
    finished.push(...started.completed);

    // First look without changing anything: the killed process's run is still marked running.
    const view = openStore(file, { readonly: true });
    assert.equal(view.integrityCheck(), 'ok', `iteration ${k}, killed after ${delayMs} ms`);
    for (const id of finished) assert.equal(view.getRun(id).status, 'completed');
    assert.equal(view.getRun(started.fourth).status, 'running');
    assertAllOrNothing(view);
    view.close();

    // Opening for writing notices the dead process.
    const store = openStore(file);
    const fourth = store.getRun(started.fourth);
    assert.equal(fourth.status, 'interrupted');
    assert.equal(fourth.endedAt, null);
    assert.match(fourth.error ?? '', new RegExp(`process ${started.pid} `));
    assert.deepEqual(store.listRuns({ status: 'running' }), []);
    assert.equal(store.integrityCheck(), 'ok');
    assertAllOrNothing(store);
    store.close();
  }
});
