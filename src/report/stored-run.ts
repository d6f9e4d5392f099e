/**
 * A run read back from the results database with what its report and exports
 * need: the run's row, its `result.json`, its figures and (on demand) its
 * recording. Everything comes from the database, never from the current code, so a
 * report rebuilt today is the one written when the run ended.
 */
import type { FigureSpec } from '../experiments/index.js';
import type { Recording } from '../instruments/index.js';
import type { RunDetails, RunStore } from '../store/index.js';
import { decodeRecording } from './recording.js';
import type { RunResultFile } from './result-file.js';
import { ARTIFACT } from './run-artifacts.js';

export interface StoredFigure {
  name: string;
  title: string;
  /** The bars figure's spec: its measured and published values go into the report's tables. */
  spec: FigureSpec;
  svg: string | null;
  hasPng: boolean;
}

export interface StoredRun {
  run: RunDetails;
  /** null until the run has completed. */
  result: RunResultFile | null;
  figures: StoredFigure[];
}

export function loadStoredRun(store: RunStore, id: string): StoredRun {
  const run = store.getRun(id);
  const has = new Set(run.artifacts.map((a) => a.name));
  const text = (name: string): string | null => {
    if (!has.has(name)) return null;
    const { content } = store.getArtifact(id, name);
    return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  };
  const resultText = text(ARTIFACT.result);
  const specsText = text(ARTIFACT.figureSpecs);
  const specs = specsText === null ? [] : (JSON.parse(specsText) as FigureSpec[]);
  return {
    run,
    result: resultText === null ? null : (JSON.parse(resultText) as RunResultFile),
    figures: specs.map((spec) => ({
      name: spec.name,
      title: spec.spec.title,
      spec,
      svg: text(ARTIFACT.svg(spec.name)),
      hasPng: has.has(ARTIFACT.png(spec.name)),
    })),
  };
}

/** The run's recording of all its subjects, or null when it has none stored. */
export function loadRecording(store: RunStore, id: string): Recording | null {
  const run = store.getRun(id);
  if (!run.artifacts.some((a) => a.name === ARTIFACT.recording)) return null;
  const { content } = store.getArtifact(id, ARTIFACT.recording);
  return decodeRecording(typeof content === 'string' ? Buffer.from(content, 'latin1') : content);
}
