/**
 * A run killed with SIGKILL at any moment leaves the database sound: PRAGMA
 * integrity_check says ok, the killed run is not completed (the next command marks
 * it interrupted), and the runs stored before it are untouched.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { openStore } from '../../src/node.js';
import { cli, spawnCli, TINY, tempDir } from './run-cli.js';

const dir = tempDir();
const cache = path.join(dir, 'cache');
process.env.MIRRORLAB_CACHE = cache;
const db = path.join(dir, 'lab.db');

/** Everything stored about a run, artifacts included. */
function snapshot(id: string) {
  const store = openStore(db, { readonly: true });
  try {
    const run = store.getRun(id);
    return { run, artifacts: run.artifacts.map((a) => store.getArtifact(id, a.name)) };
  } finally {
    store.close();
  }
}

/**
 * Start a run in a child process; once it is in the database, wait `delayMs` and
 * kill it. The run is long enough (many trials) to be still going whenever it is killed.
 */
async function runAndKill(delayMs: number): Promise<string> {
  const child = spawnCli(['run', 'gallese1996', ...TINY, '--set', 'trials=30', '--db', db], {
    MIRRORLAB_CACHE: cache,
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_, signal) => resolve(signal)),
  );
  let id: string | undefined;
  for (let waited = 0; id === undefined; waited += 20) {
    assert.ok(waited < 30_000, 'the run never appeared in the database');
    await sleep(20);
    try {
      const store = openStore(db, { readonly: true });
      id = store.listRuns({ status: 'running' })[0]?.id;
      store.close();
    } catch {
      // not created yet
    }
  }
  await sleep(delayMs);
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', 'the run was still going when killed');
  return id;
}

test('kill -9 part-way through a run: integrity ok, run not completed, earlier runs intact', async () => {
  const first = await cli(['run', 'gallese1996', ...TINY, '--db', db, '--json']);
  assert.equal(first.status, 0, first.stderr);
  const earlier = JSON.parse(first.stdout).run as string;
  const before = snapshot(earlier);

  // Killed just after starting, and at a random moment later (developing, recording, storing).
  for (const delayMs of [0, Math.floor(Math.random() * 2000)]) {
    const killed = await runAndKill(delayMs);

    const raw = new Database(db, { readonly: true });
    assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok', `after a kill at ${delayMs} ms`);
    raw.close();
    assert.deepEqual(snapshot(earlier), before, 'the earlier run is untouched');

    const r = await cli(['runs', '--db', db, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const run = (JSON.parse(r.stdout) as { id: string; status: string; metrics: unknown }[]).find(
      (x) => x.id === killed,
    );
    assert.equal(run?.status, 'interrupted', `run killed after ${delayMs} ms`);
    assert.equal(run?.metrics, null);
    assert.deepEqual(snapshot(killed).run.artifacts, []);
  }
});
