import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import type { RunsResponse } from '../../src/lab-server/runs-api.js';
import { createLabServer, labUrl, listen } from '../../src/lab-server/server.js';
import { openStore } from '../../src/node.js';

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mirrorlab-lab-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function serve(root: string, database: string | null) {
  const server = createLabServer({ root, database });
  const url = await listen(server, '127.0.0.1', 0);
  after(() => new Promise<void>((r) => server.close(() => r())));
  return url;
}

function builtLab(): string {
  const root = tempDir();
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>lab</title>');
  fs.writeFileSync(path.join(root, 'assets', 'main-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'no');
  return root;
}

test('the lab server hands out the built lab, and nothing outside it', async () => {
  const url = await serve(builtLab(), null);
  const index = await fetch(url);
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type') ?? '', /text\/html/);
  assert.equal(index.headers.get('cache-control'), 'no-cache');
  const js = await fetch(`${url}assets/main-abc123.js`);
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
  assert.match(js.headers.get('cache-control') ?? '', /immutable/);
  assert.equal((await fetch(`${url}missing.js`)).status, 404);
  assert.equal((await fetch(`${url}..%2f..%2fetc%2fpasswd`)).status, 404);
  assert.equal((await fetch(`${url}%2e%2e/%2e%2e/etc/passwd`)).status, 404);
  assert.equal((await fetch(url, { method: 'POST' })).status, 405);
  assert.equal(labUrl('::1', 8080), 'http://[::1]:8080/');
});

test('/api/runs lists the stored runs read-only, or says there are none', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'results.db');
  const none = (await (await fetch(`${await serve(builtLab(), file)}api/runs`)).json()) as RunsResponse;
  assert.deepEqual(none.runs, []);
  assert.equal(none.database, null);
  assert.match(none.message ?? '', /No results database/);

  const store = openStore(file);
  const id = store.startRun({
    experiment: 'gallese1996',
    params: {},
    seed: 3,
    subjects: 2,
    version: '0.1.0',
  });
  store.completeRun(id, {
    metrics: { mirrorPct: 18 },
    criteria: [
      { id: 'a', description: 'mirror minority', passed: true, measured: '18%', expected: '5–35%' },
      {
        id: 'b',
        description: 'broad over strict',
        passed: false,
        measured: { ratio: 1.1 },
        expected: '≥ 1.3',
      },
    ],
    artifacts: [],
  });
  store.close();
  const before = fs.statSync(file).mtimeMs;
  const res = await fetch(`${await serve(builtLab(), file)}api/runs`);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const body = (await res.json()) as RunsResponse;
  assert.equal(body.database, file);
  assert.equal(body.runs.length, 1);
  const run = body.runs[0]!;
  assert.equal(run.id, id);
  assert.equal(run.status, 'completed');
  assert.deepEqual([run.criteriaPassed, run.criteriaTotal], [1, 2]);
  assert.equal(run.criteria[1]!.measured, '{"ratio":1.1}');
  assert.equal(fs.statSync(file).mtimeMs, before, 'reading changed nothing');

  fs.writeFileSync(path.join(dir, 'junk.db'), 'not a database');
  const junk = (await (
    await fetch(`${await serve(builtLab(), path.join(dir, 'junk.db'))}api/runs`)
  ).json()) as RunsResponse;
  assert.deepEqual(junk.runs, []);
  assert.match(junk.message ?? '', /could not be read/);
});
