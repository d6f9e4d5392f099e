/**
 * How the page talks to the simulation: it sends commands and listens to events.
 * The real transport is a Web Worker (worker-transport.ts); tests use the in-memory
 * mock (mock-transport.ts), which runs the same simulation code in the same thread or
 * replays canned events.
 */
import type { Command, LabEvent } from '../lab/protocol.js';

export type LabListener = (event: LabEvent) => void;

export interface Transport {
  send(command: Command): void;
  /** Listen to every event; returns a function that stops listening. */
  subscribe(listener: LabListener): () => void;
  close(): void;
}

/** Fan-out of events to listeners (shared by the transports). */
export class Listeners {
  private readonly set = new Set<LabListener>();
  add(listener: LabListener): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }
  emit(event: LabEvent): void {
    for (const l of [...this.set]) l(event);
  }
}
