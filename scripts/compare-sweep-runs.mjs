// Compare the runs of one sweep in two results databases, as printed by
// `mirrorlab runs --sweep <id> --json`: every point completed in both, with identical
// metrics and criteria. Exits 1 on any difference. Used by scripts/slurm-test.sh.
// Usage: node scripts/compare-sweep-runs.mjs a.json b.json <points>

import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const [aFile, bFile, pointsText] = process.argv.slice(2);
const points = Number(pointsText);
if (!aFile || !bFile || !Number.isInteger(points)) {
  console.error('usage: compare-sweep-runs.mjs a.json b.json <points>');
  process.exit(2);
}

/** point key → { metrics, criteria } of its completed run. */
function byPoint(file) {
  const runs = JSON.parse(fs.readFileSync(file, 'utf8')).filter((r) => r.status === 'completed');
  const map = new Map(runs.map((r) => [r.pointKey, { metrics: r.metrics, criteria: r.criteria }]));
  if (map.size !== points) throw new Error(`${file}: ${map.size} completed points, expected ${points}`);
  return map;
}

try {
  const a = byPoint(aFile);
  const b = byPoint(bFile);
  for (const [key, value] of a) {
    if (!b.has(key)) throw new Error(`point ${key} is missing from ${bFile}`);
    if (!isDeepStrictEqual(value, b.get(key))) throw new Error(`point ${key} differs between the two`);
  }
  console.log(`identical: ${points} points, metrics and criteria`);
} catch (e) {
  console.error(`compare-sweep-runs: ${e.message}`);
  process.exit(1);
}
