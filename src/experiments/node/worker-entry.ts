/** Entry of a subject worker thread: run one job, report progress and the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { cachedRaiser } from '../../agent/cache.js';
import { runSubjectJob, type SubjectJob } from '../runner.js';
import type { WorkerMessage } from './worker-pool.js';

const { job, cache } = workerData as { job: SubjectJob; cache: boolean };
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
let last = 0;
try {
  const output = runSubjectJob(job, cachedRaiser(cache), (p) => {
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    post({ kind: 'progress', subject: p.subject, fraction: p.fraction, note: p.note });
  });
  post({ kind: 'done', subject: job.subject, output });
} catch (e) {
  post({ kind: 'error', subject: job.subject, error: (e as Error).stack ?? String(e) });
}
