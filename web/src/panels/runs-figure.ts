/** Stored runs of the results database, as a table (for export; the page shows an HTML table). */
import type { Painter } from '../draw/painter.js';
import { type Cell, toCsv } from '../export/csv.js';
import type { RunsResponse } from '../lab/runs-api.js';

export function runsStatus(r: RunsResponse | null, error: string | null): string {
  if (error) return error;
  if (!r) return 'Looking for stored runs…';
  if (r.runs.length === 0)
    return r.message ?? `No runs stored in ${r.database ?? 'the results database'} yet.`;
  return `${r.runs.length} run${r.runs.length === 1 ? '' : 's'} in ${r.database}`;
}

export function paintRuns(p: Painter, r: RunsResponse | null, error: string | null): void {
  p.clear('#ffffff');
  p.text(12, 16, runsStatus(r, error), { size: 12, weight: 'bold', baseline: 'middle' });
  if (!r || r.runs.length === 0) return;
  const cols = [
    { x: 12, label: 'started (UTC)' },
    { x: 150, label: 'experiment' },
    { x: 270, label: 'status' },
    { x: 360, label: 'subjects' },
    { x: 430, label: 'seed' },
    { x: 490, label: 'criteria met' },
  ];
  for (const c of cols)
    p.text(c.x, 40, c.label, { size: 11, weight: 'bold', color: '#555', baseline: 'middle' });
  p.line(8, 50, p.width - 8, 50, '#ccc');
  r.runs.slice(0, Math.floor((p.height - 60) / 18)).forEach((run, i) => {
    const y = 64 + i * 18;
    const cells = [
      run.startedAt.replace('T', ' ').slice(0, 16),
      run.experiment,
      run.status,
      String(run.subjects),
      String(run.seed),
      run.criteriaTotal ? `${run.criteriaPassed} of ${run.criteriaTotal}` : '–',
    ];
    cells.forEach((t, k) => {
      const color =
        k === 5 && run.criteriaTotal > 0
          ? run.criteriaPassed === run.criteriaTotal
            ? '#2a8a3a'
            : '#b35c00'
          : '#222';
      p.text(cols[k]!.x, y, t, { size: 11, color, baseline: 'middle' });
    });
  });
}

export function runsCsv(r: RunsResponse | null): string {
  const rows: Cell[][] = (r?.runs ?? []).map((x) => [
    x.id,
    x.experiment,
    x.status,
    x.startedAt,
    x.endedAt,
    x.subjects,
    x.seed,
    x.version,
    x.criteriaPassed,
    x.criteriaTotal,
  ]);
  return toCsv(
    [
      'id',
      'experiment',
      'status',
      'started_at',
      'ended_at',
      'subjects',
      'seed',
      'version',
      'criteria_passed',
      'criteria_total',
    ],
    rows,
  );
}
