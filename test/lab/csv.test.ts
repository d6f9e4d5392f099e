import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv, toCsv } from '../../web/src/export/csv.js';

test('toCsv quotes what needs quoting and parseCsv reads it back', () => {
  const text = toCsv(
    ['a', 'b, c', 'd'],
    [
      [1, 'plain', null],
      [0.1 + 0.2, 'say "hi"', 'two\nlines'],
      [Number.NaN, true, undefined],
    ],
  );
  assert.ok(text.endsWith('\n'));
  assert.deepEqual(parseCsv(text), [
    ['a', 'b, c', 'd'],
    ['1', 'plain', ''],
    ['0.3', 'say "hi"', 'two\nlines'],
    ['', 'true', ''],
  ]);
});
