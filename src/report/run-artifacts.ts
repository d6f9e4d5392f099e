/**
 * What is stored with a completed run besides its metrics and criteria: the
 * figures (their specs, so they can be drawn again, and the SVG and PNG drawn
 * now), `result.json`, and the subjects' recordings (for NWB, CSV and JSON
 * exports later). Artifact names are paths in the run's report folder, so the
 * folder is the artifacts written out.
 */

import type { ExperimentRun } from '../experiments/index.js';
import { renderFigures } from '../experiments/node/figures.js';
import type { ArtifactInput } from '../store/index.js';
import { jsonSafe } from './json-safe.js';
import { combineRecordings, encodeRecording } from './recording.js';
import { resultFile } from './result-file.js';

export const ARTIFACT = {
  result: 'result.json',
  figureSpecs: 'figures.json',
  recording: 'recording.json.gz',
  svg: (figure: string) => `figures/${figure}.svg`,
  png: (figure: string) => `figures/${figure}.png`,
} as const;

export function runArtifacts(run: ExperimentRun): ArtifactInput[] {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const artifacts: ArtifactInput[] = [
    { name: ARTIFACT.result, mediaType: 'application/json', content: json(resultFile(run)) },
    { name: ARTIFACT.figureSpecs, mediaType: 'application/json', content: json(jsonSafe(run.figures)) },
  ];
  for (const f of renderFigures(run.figures)) {
    artifacts.push({ name: ARTIFACT.svg(f.name), mediaType: 'image/svg+xml', content: f.svg });
    artifacts.push({ name: ARTIFACT.png(f.name), mediaType: 'image/png', content: f.png });
  }
  const recording = combineRecordings(run.experiment, run.seed, run.outputs);
  if (recording) {
    artifacts.push({
      name: ARTIFACT.recording,
      mediaType: 'application/gzip',
      content: encodeRecording(recording),
    });
  }
  return artifacts;
}
