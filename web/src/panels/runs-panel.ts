/**
 * Stored runs: what `mirrorlab run` has recorded in the results database, offered
 * read-only by `mirrorlab lab`. Opened as a static page (no server), it says so.
 */
import type { Painter } from '../draw/painter.js';
import { RUNS_PATH, type RunsResponse } from '../lab/runs-api.js';
import { h } from '../ui/dom.js';
import { Panel, type PanelContext } from './panel.js';
import { paintRuns, runsCsv, runsStatus } from './runs-figure.js';

export class RunsPanel extends Panel {
  private data: RunsResponse | null = null;
  private error: string | null = null;
  private readonly table = h('div', { class: 'runs-table', 'data-runs': '' });

  constructor(ctx: PanelContext) {
    super(
      'runs',
      'Stored runs',
      'Experiments run with `mirrorlab run`, from the results database (read-only).',
      ctx,
    );
    this.followsPlayhead = false;
    this.canvas.hidden = true;
    this.body.append(this.table);
    this.toolbar.append(h('button', { type: 'button', onclick: () => void this.load() }, ['Refresh']));
    void this.load();
  }

  async load(): Promise<void> {
    try {
      const res = await fetch(RUNS_PATH, { headers: { accept: 'application/json' } });
      const type = res.headers.get('content-type') ?? '';
      if (!res.ok || !type.includes('application/json')) throw new Error('static');
      this.data = (await res.json()) as RunsResponse;
      this.error = null;
    } catch {
      this.data = null;
      this.error =
        'No results database here: start the lab with `mirrorlab lab` in a folder with mirrorlab-results to see stored runs.';
    }
    this.render();
    this.invalidate();
  }

  private render(): void {
    const r = this.data;
    const rows = (r?.runs ?? []).map((run) =>
      h('tr', {}, [
        h('td', {}, [run.startedAt.replace('T', ' ').slice(0, 16)]),
        h('td', {}, [run.experiment]),
        h('td', { class: `status-${run.status}` }, [run.status]),
        h('td', {}, [String(run.subjects)]),
        h('td', {}, [String(run.seed)]),
        h(
          'td',
          {
            title: run.criteria
              .map((c) => `${c.passed ? '✓' : '✗'} ${c.description}: ${c.measured} (expected ${c.expected})`)
              .join('\n'),
          },
          [run.criteriaTotal ? `${run.criteriaPassed} of ${run.criteriaTotal}` : '–'],
        ),
      ]),
    );
    this.table.replaceChildren(
      h('p', { class: 'runs-status' }, [runsStatus(r, this.error)]),
      rows.length
        ? h('table', {}, [
            h('thead', {}, [
              h(
                'tr',
                {},
                ['started (UTC)', 'experiment', 'status', 'subjects', 'seed', 'criteria met'].map((t) =>
                  h('th', {}, [t]),
                ),
              ),
            ]),
            h('tbody', {}, rows),
          ])
        : '',
    );
  }

  paint(p: Painter): void {
    paintRuns(p, this.data, this.error);
  }

  csv(): string {
    return runsCsv(this.data);
  }
}
