/** The stored runs offered by `mirrorlab lab`: the shape is defined by the lab server. */
export { RUNS_PATH, type RunSummary, type RunsResponse } from '../../../src/lab-server/runs-api.js';
