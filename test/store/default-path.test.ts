import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { defaultDbPath } from '../../src/store/index.js';

test('defaultDbPath: MIRRORLAB_DB when set, else mirrorlab-results in the working directory', () => {
  const cwd = path.resolve('/somewhere/project');
  assert.equal(defaultDbPath({}, cwd), path.join(cwd, 'mirrorlab-results', 'mirrorlab.db'));
  assert.equal(defaultDbPath({ MIRRORLAB_DB: '' }, cwd), path.join(cwd, 'mirrorlab-results', 'mirrorlab.db'));
  const abs = path.resolve('/scratch/job-17/results.db');
  assert.equal(defaultDbPath({ MIRRORLAB_DB: abs }, cwd), abs);
  assert.equal(defaultDbPath({ MIRRORLAB_DB: 'runs/x.db' }, cwd), path.join(cwd, 'runs', 'x.db'));
  assert.ok(path.isAbsolute(defaultDbPath()));
});
