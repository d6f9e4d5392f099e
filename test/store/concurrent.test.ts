/**
 * Parallel runs on one machine share one file: processes that create it at the
 * same moment and then write at the same time must all succeed, each write whole.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { tempDir } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const writer = path.join(import.meta.dirname, 'fixtures', 'concurrent-writer.ts');

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, ...args], { cwd: root });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`writer failed (${code}):\n${err}`)),
    );
  });
}

test('processes creating and writing one new file at the same time all succeed', async () => {
  const file = path.join(tempDir(), 'new', 'shared.db');
  const labels = ['w0', 'w1', 'w2', 'w3'];
  const perWriter = 15;
  await Promise.all(labels.map((label) => run([file, label, String(perWriter)])));

  const store = openStore(file, { readonly: true });
  assert.equal(store.integrityCheck(), 'ok');
  for (const label of labels) {
    const runs = store.listRuns({ experiment: label });
    assert.equal(runs.length, perWriter, label);
    for (const r of runs) {
      assert.equal(r.status, 'completed');
      const { i } = r.params as { i: number };
      assert.equal(store.getArtifact(r.id, 'note.txt').content, `${label} ${i}`);
    }
  }
  store.close();
});
