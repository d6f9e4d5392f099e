/**
 * Running subjects on worker threads (Node). Each job is independent and seeded on
 * its own, so results are identical whatever the number of workers. Workers raise
 * their agents through the cache of developed agents.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { cachedRaiser } from '../../agent/cache.js';
import type { ExperimentRunOptions, SubjectJob, SubjectRunner } from '../runner.js';
import { runSubjectJob } from '../runner.js';
import type { SubjectOutput } from '../types.js';

export interface WorkerMessage {
  kind: 'progress' | 'done' | 'error';
  subject: number;
  fraction?: number;
  note?: string;
  output?: SubjectOutput;
  error?: string;
}

/** The code each worker runs: the job arrives in workerData. */
const entryUrl = new URL('./worker-entry.js', import.meta.url);

function spawnWorker(job: SubjectJob, cache: boolean): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const workerData = {
    job,
    cache,
    entry: fromSource ? new URL('./worker-entry.ts', import.meta.url).href : entryUrl.href,
  };
  if (!fromSource) return new Worker(entryUrl, { workerData });
  // Running from TypeScript sources (tests, development): register tsx inside the worker first.
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(require('node:worker_threads').workerData.entry); })`;
  return new Worker(boot, { eval: true, workerData });
}

export function workerRunner(workers: number, cache = true): SubjectRunner {
  const count = Math.max(1, Math.min(workers, os.availableParallelism?.() ?? os.cpus().length));
  return async (jobs, raise, onProgress?: ExperimentRunOptions['onProgress']) => {
    if (count === 1 || jobs.length === 1) return jobs.map((j) => runSubjectJob(j, raise, onProgress));
    const queue = [...jobs];
    const outputs: SubjectOutput[] = [];
    const lane = async () => {
      for (let job = queue.shift(); job; job = queue.shift())
        outputs.push(await runInWorker(job, cache, onProgress));
    };
    await Promise.all(Array.from({ length: Math.min(count, jobs.length) }, lane));
    return outputs;
  };
}

function runInWorker(
  job: SubjectJob,
  cache: boolean,
  onProgress?: ExperimentRunOptions['onProgress'],
): Promise<SubjectOutput> {
  return new Promise((resolve, reject) => {
    const w = spawnWorker(job, cache);
    let settled = false;
    w.on('message', (m: WorkerMessage) => {
      if (m.kind === 'progress')
        onProgress?.({ subject: m.subject, fraction: m.fraction ?? 0, note: m.note ?? '' });
      else if (m.kind === 'done') {
        settled = true;
        resolve(m.output!);
      } else if (m.kind === 'error') {
        settled = true;
        reject(new Error(`subject ${m.subject}: ${m.error}`));
      }
    });
    w.on('error', (e) => {
      if (!settled) reject(e);
    });
    w.on('exit', (code) => {
      if (!settled) reject(new Error(`worker for subject ${job.subject} exited with code ${code}`));
    });
  });
}

/** Default number of workers: the machine's cores. */
export function defaultWorkers(): number {
  return os.availableParallelism?.() ?? os.cpus().length;
}

export { cachedRaiser };
