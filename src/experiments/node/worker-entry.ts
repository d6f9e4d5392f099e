/**
 * Entry of a subject worker thread: run the jobs the pool sends, one at a time,
 * reporting progress and each result. The thread lives until the pool ends it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cachedRaiser } from '../../agent/cache.js';
import { runSubjectJob } from '../runner.js';
import { retryingRaiser } from './retrying-raiser.js';
import type { JobMessage, WorkerMessage } from './worker-pool.js';

const { cache } = workerData as { cache: boolean };
const raise = retryingRaiser(cachedRaiser(cache));
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

parentPort!.on('message', (m: JobMessage) => {
  const { job } = m;
  let last = 0;
  try {
    const output = runSubjectJob(job, raise, (p) => {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      post({ kind: 'progress', subject: p.subject, fraction: p.fraction, note: p.note });
    });
    post({ kind: 'done', subject: job.subject, output });
  } catch (e) {
    post({ kind: 'error', subject: job.subject, error: (e as Error).stack ?? String(e) });
  }
});
