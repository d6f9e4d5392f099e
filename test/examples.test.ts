/** Every example in examples/ runs to completion (examples are documentation that must not rot). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');
const examples = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.ts'));

for (const file of examples) {
  test(`example ${file} runs`, () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join('examples', file)], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, MIRRORLAB_EXAMPLE_QUICK: '1' },
    });
    assert.equal(r.status, 0, `${file} failed:\n${r.stderr}`);
  });
}
