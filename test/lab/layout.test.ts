import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allLayouts,
  currentLayout,
  LAYOUT_FORMAT,
  LayoutError,
  PRESET_LAYOUTS,
  parseLayout,
  rememberCurrent,
  savedLayouts,
  saveLayout,
} from '../../web/src/model/layout.js';
import { MemoryStorage } from './fixtures.js';

test('every preset layout is valid, survives JSON, and has a unique name', () => {
  for (const l of PRESET_LAYOUTS) assert.deepEqual(parseLayout(JSON.parse(JSON.stringify(l))), l);
  assert.equal(new Set(PRESET_LAYOUTS.map((l) => l.name)).size, PRESET_LAYOUTS.length);
});

test('parseLayout names what is wrong', () => {
  const good = PRESET_LAYOUTS[0]!;
  assert.throws(() => parseLayout([]), LayoutError);
  assert.throws(() => parseLayout({ ...good, format: 'other' }), /not a lab layout/);
  assert.throws(() => parseLayout({ ...good, version: 99 }), /newer than this lab/);
  assert.throws(
    () => parseLayout({ ...good, panels: [{ id: 'nope', span: 6, height: 200 }] }),
    /layout panels\.0\.id/,
  );
  assert.throws(() => parseLayout({ ...good, windowS: 0 }), /windowS/);
  assert.equal(parseLayout({ ...good, format: LAYOUT_FORMAT }).name, good.name);
});

test('layouts are saved, replaced by name, switched and remembered', () => {
  const storage = new MemoryStorage();
  assert.equal(currentLayout(storage).name, PRESET_LAYOUTS[0]!.name);
  const mine = { ...PRESET_LAYOUTS[1]!, name: 'Tuesday class', windowS: 5 };
  saveLayout(storage, mine);
  saveLayout(storage, { ...mine, windowS: 10 });
  assert.deepEqual(
    savedLayouts(storage).map((l) => [l.name, l.windowS]),
    [['Tuesday class', 10]],
  );
  assert.ok(allLayouts(storage).some((l) => l.name === 'Tuesday class'));
  rememberCurrent(storage, mine);
  assert.equal(currentLayout(storage).name, 'Tuesday class');
  // Damaged entries are skipped, not fatal.
  storage.setItem('mirrorlab.lab.layouts', '[{"format":"x"}, 3]');
  assert.deepEqual(savedLayouts(storage), []);
  storage.setItem('mirrorlab.lab.layout', '{oops');
  assert.equal(currentLayout(storage).name, PRESET_LAYOUTS[0]!.name);
});
