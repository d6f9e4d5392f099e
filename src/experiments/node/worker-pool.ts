/**
 * Running subjects on worker threads (Node). Each job is independent and seeded on
 * its own, so results are identical whatever the number of workers and whatever
 * order the jobs finish in.
 *
 * A {@link SubjectPool} owns up to K threads and one queue. Its `runner` may be
 * called by several experiments at once (the points of a sweep): their subjects
 * share the threads, so a point with one subject and a point with five keep the
 * same K cores busy. Threads are kept between jobs (starting one costs more than a
 * small subject) and are unreferenced while idle, so an idle pool never keeps the
 * process alive. With one worker the jobs run in this thread, one after the other.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { cachedRaiser } from '../../agent/cache.js';
import type { ExperimentRunOptions, SubjectJob, SubjectRunner } from '../runner.js';
import { runSubjectJob } from '../runner.js';
import type { AgentRaiser, SubjectOutput } from '../types.js';

/** Parent → worker. */
export interface JobMessage {
  kind: 'job';
  job: SubjectJob;
}

/** Worker → parent. */
export interface WorkerMessage {
  kind: 'progress' | 'done' | 'error';
  subject: number;
  fraction?: number;
  note?: string;
  output?: SubjectOutput;
  error?: string;
}

type OnProgress = ExperimentRunOptions['onProgress'];

interface Batch {
  failed: boolean;
}

interface Task {
  job: SubjectJob;
  raise: AgentRaiser;
  onProgress: OnProgress;
  batch: Batch;
  resolve(output: SubjectOutput): void;
  reject(error: unknown): void;
}

/** Default number of workers: the machine's cores. */
export function defaultWorkers(): number {
  return os.availableParallelism?.() ?? os.cpus().length;
}

export class SubjectPool {
  /** Threads used at most (1: jobs run in this thread). */
  readonly size: number;
  readonly #cache: boolean;
  readonly #queue: Task[] = [];
  readonly #idle: Worker[] = [];
  readonly #all = new Set<Worker>();
  #busy = 0;
  #closed = false;
  #inlineRunning = false;

  constructor(workers: number, cache = true) {
    this.size = Math.max(1, Math.min(Math.floor(workers), defaultWorkers()));
    this.#cache = cache;
  }

  /** Runs a batch of jobs on the pool; safe to call again before earlier batches finish. */
  readonly runner: SubjectRunner = (jobs, raise, onProgress) => {
    if (this.#closed) return Promise.reject(new Error('the subject pool is closed'));
    const batch: Batch = { failed: false };
    const done = jobs.map(
      (job) =>
        new Promise<SubjectOutput>((resolve, reject) => {
          this.#queue.push({ job, raise, onProgress, batch, resolve, reject });
        }),
    );
    // A failed subject fails its experiment: the batch's queued jobs are dropped.
    const all = Promise.all(done).catch((e: unknown) => {
      batch.failed = true;
      throw e;
    });
    for (const p of done) p.catch(() => undefined);
    this.#pump();
    return all;
  };

  /** Stop every thread; queued jobs are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const t of this.#queue.splice(0)) t.reject(new Error('the subject pool was closed'));
    await Promise.all([...this.#all].map((w) => w.terminate()));
    this.#all.clear();
    this.#idle.length = 0;
  }

  #next(): Task | undefined {
    for (let t = this.#queue.shift(); t; t = this.#queue.shift()) {
      if (!t.batch.failed) return t;
      t.reject(new Error('skipped: another subject of the same run failed'));
    }
    return undefined;
  }

  #pump(): void {
    if (this.size === 1) {
      this.#pumpInline();
      return;
    }
    while (this.#busy < this.size) {
      const task = this.#next();
      if (!task) return;
      this.#busy++;
      this.#runInWorker(task);
    }
  }

  /** One worker: run the jobs in this thread, letting the event loop turn between them. */
  #pumpInline(): void {
    if (this.#inlineRunning) return;
    const task = this.#next();
    if (!task) return;
    this.#inlineRunning = true;
    setImmediate(() => {
      try {
        task.resolve(runSubjectJob(task.job, task.raise, task.onProgress));
      } catch (e) {
        task.reject(e);
      }
      this.#inlineRunning = false;
      this.#pumpInline();
    });
  }

  #runInWorker(task: Task): void {
    const w = this.#idle.pop() ?? this.#spawn();
    w.ref();
    let settled = false;
    const finish = (ok: boolean, value: unknown) => {
      if (settled) return;
      settled = true;
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      this.#busy--;
      if (ok) {
        w.unref();
        this.#idle.push(w);
        task.resolve(value as SubjectOutput);
      } else {
        this.#all.delete(w);
        void w.terminate();
        task.reject(value);
      }
      if (!this.#closed) this.#pump();
    };
    const onMessage = (m: WorkerMessage) => {
      if (m.kind === 'progress')
        task.onProgress?.({ subject: m.subject, fraction: m.fraction ?? 0, note: m.note ?? '' });
      else if (m.kind === 'done') finish(true, m.output);
      else finish(false, new Error(`subject ${m.subject}: ${m.error}`));
    };
    const onError = (e: Error) => finish(false, e);
    const onExit = (code: number) =>
      finish(false, new Error(`worker for subject ${task.job.subject} exited with code ${code}`));
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.postMessage({ kind: 'job', job: task.job } satisfies JobMessage);
  }

  #spawn(): Worker {
    const w = spawnWorker(this.#cache);
    this.#all.add(w);
    return w;
  }
}

/** The code each worker runs. */
const entryUrl = new URL('./worker-entry.js', import.meta.url);

function spawnWorker(cache: boolean): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(entryUrl, { workerData: { cache } });
  // Running from TypeScript sources (tests, development): register tsx inside the
  // worker first. tsx is resolved here, from this file, so any working directory works.
  const workerData = {
    cache,
    entry: new URL('./worker-entry.ts', import.meta.url).href,
    tsx: import.meta.resolve('tsx/esm/api'),
  };
  const boot = `const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((m) => { m.register(); return import(workerData.entry); })`;
  return new Worker(boot, { eval: true, workerData });
}

/** A runner on a fresh pool of `workers` threads (see {@link SubjectPool}). */
export function workerRunner(workers: number, cache = true): SubjectRunner {
  return new SubjectPool(workers, cache).runner;
}

export { cachedRaiser };
