/** The real transport: the simulation runs in a Web Worker, so the page never waits for it. */
import type { Command, LabEvent } from '../lab/protocol.js';
import { type LabListener, Listeners, type Transport } from './transport.js';

export class WorkerTransport implements Transport {
  private readonly worker: Worker;
  private readonly listeners = new Listeners();

  constructor() {
    this.worker = new Worker(new URL('../lab/sim-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<LabEvent>) => this.listeners.emit(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.listeners.emit({ type: 'error', epoch: -1, message: `the simulation stopped: ${e.message}` });
    };
  }

  send(command: Command): void {
    this.worker.postMessage(command);
  }

  subscribe(listener: LabListener): () => void {
    return this.listeners.add(listener);
  }

  close(): void {
    this.worker.terminate();
  }
}
