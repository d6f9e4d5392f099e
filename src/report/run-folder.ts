/**
 * A run's report folder: `report.html`, `report.md`, `result.json` and the
 * figures (`figures/<name>.svg` and `.png`). Written from the database alone, so
 * `mirrorlab report <id>` rebuilds exactly what `mirrorlab run` wrote.
 */
import path from 'node:path';
import type { RunStore } from '../store/index.js';
import { writeFileAtomic } from './files.js';
import { reportHtml } from './html.js';
import { reportMarkdown } from './markdown.js';
import { reportModel } from './report-model.js';
import { ARTIFACT } from './run-artifacts.js';
import { loadStoredRun } from './stored-run.js';

export const REPORT_FILES = { html: 'report.html', markdown: 'report.md' } as const;

/** The report's two texts, for a stored run. */
export function buildReport(store: RunStore, id: string): { html: string; markdown: string } {
  const model = reportModel(loadStoredRun(store, id));
  return { html: reportHtml(model), markdown: reportMarkdown(model) };
}

/** Write the run's report folder into `dir` (created if needed); returns the files written. */
export function writeRunFolder(store: RunStore, id: string, dir: string): string[] {
  const run = store.getRun(id);
  const { html, markdown } = buildReport(store, id);
  const files: string[] = [];
  const put = (name: string, data: string | Uint8Array) => {
    const file = path.join(dir, name);
    writeFileAtomic(file, data);
    files.push(file);
  };
  put(REPORT_FILES.html, html);
  put(REPORT_FILES.markdown, markdown);
  const copied = (name: string) =>
    name === ARTIFACT.result || (name.startsWith('figures/') && /\.(svg|png)$/.test(name));
  for (const a of run.artifacts.filter((x) => copied(x.name))) {
    put(a.name, store.getArtifact(id, a.name).content);
  }
  return files;
}
