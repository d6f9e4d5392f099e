/**
 * Mirror units emerge from development, and only from it: across two subjects, the
 * standard agent has a minority of mirror units after motor babbling and none before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSession, newbornSubject, raiseInMemory, recordGallese1996Session } from '../../src/index.js';

const criterion = { alpha: 0.05, minIncreaseHz: 2 };
const mirrorPct = (units: ReturnType<typeof analyseSession>) =>
  (100 * units.filter((u) => u.unitClass === 'mirror').length) / units.length;

for (const seed of [101, 202]) {
  test(`subject ${seed}: no mirror units before development, a minority after`, () => {
    const before = analyseSession(
      recordGallese1996Session(newbornSubject({ agent: {}, seed }), 0, seed, { trials: 10, controls: false }),
      criterion,
    );
    const after = analyseSession(
      recordGallese1996Session(raiseInMemory({ seed }, {}), 0, seed, { trials: 10, controls: false }),
      criterion,
    );
    assert.ok(mirrorPct(before) < 2, `before development: ${mirrorPct(before)}%`);
    assert.ok(mirrorPct(after) >= 5 && mirrorPct(after) <= 35, `after development: ${mirrorPct(after)}%`);
  });
}
