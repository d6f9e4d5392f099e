/** `mirrorlab lab`: one line saying where, serving until stopped; clear errors otherwise. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { runCli } from '../cli/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mirrorlab-lab-cli-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('mirrorlab lab prints "Lab running at http://HOST:PORT/" and serves until stopped', async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>the lab</title>');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'src/cli/entry.ts'),
      'lab',
      '--port',
      '0',
      '--dir',
      dir,
      '--db',
      path.join(dir, 'none.db'),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  let out = '';
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no address printed; got ${JSON.stringify(out)}`)),
      30_000,
    );
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.split('\n')[0]!);
      }
    });
  });
  const m = /^Lab running at (http:\/\/127\.0\.0\.1:(\d+)\/)$/.exec(line);
  assert.ok(m, line);
  const page = await fetch(m[1]!);
  assert.match(await page.text(), /the lab/);
  const runs = (await (await fetch(`${m[1]}api/runs`)).json()) as { runs: unknown[] };
  assert.deepEqual(runs.runs, []);
  const code = await new Promise<number | null>((resolve) => {
    child.on('exit', (c) => resolve(c));
    child.kill('SIGTERM');
  });
  assert.equal(code, 0);
});

test('mirrorlab lab refuses a folder without a built lab and a bad port', () => {
  const r = runCli(['lab', '--dir', tempDir(), '--port', '0']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /holds no built lab/);
  const p = runCli(['lab', '--port', '70000']);
  assert.equal(p.status, 2);
  assert.match(p.stderr, /--port must be ≤ 65535/);
});
