/**
 * The in-memory transport, for tests: either the real simulation session running in
 * this thread (`simulated`), or a replay of canned events (`replay`). Either way it
 * records the commands it was sent.
 */
import { MemoryAgentCache } from '../lab/agent-cache.js';
import type { Command, LabEvent } from '../lab/protocol.js';
import { LabSession, type SessionOptions } from '../lab/session.js';
import { type LabListener, Listeners, type Transport } from './transport.js';

export class MockTransport implements Transport {
  readonly sent: Command[] = [];
  readonly received: LabEvent[] = [];
  private readonly listeners = new Listeners();
  private closed = false;

  private constructor(private readonly onCommand: (c: Command) => void) {}

  /** The real session, in this thread; events are delivered asynchronously, as from a worker. */
  static simulated(
    options: Partial<Omit<SessionOptions, 'emit'>> = {},
  ): MockTransport & { session: LabSession } {
    let session: LabSession | undefined;
    const t = new MockTransport((c) => session!.handle(c));
    session = new LabSession({
      cache: new MemoryAgentCache(),
      yieldToEvents: () => new Promise((r) => setTimeout(r, 0)),
      now: () => performance.now(),
      ...options,
      emit: (e) => t.deliver(e),
    });
    session.hello('in-memory');
    return Object.assign(t, { session });
  }

  /** Canned events, delivered when `play` is called; commands are only recorded. */
  static replay(): MockTransport {
    return new MockTransport(() => {});
  }

  send(command: Command): void {
    if (this.closed) throw new Error('transport closed');
    this.sent.push(command);
    this.onCommand(command);
  }

  subscribe(listener: LabListener): () => void {
    return this.listeners.add(listener);
  }

  /** Deliver events as if the simulation had sent them. */
  play(...events: LabEvent[]): void {
    for (const e of events) this.deliver(e);
  }

  /** The next event matching `accept` (already received or still to come). */
  next<T extends LabEvent>(accept: (e: LabEvent) => e is T, timeoutMs = 60_000, after = 0): Promise<T> {
    const seen = this.received.slice(after).find(accept);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no matching event within ${timeoutMs} ms`));
      }, timeoutMs);
      const stop = this.listeners.add((e) => {
        if (!accept(e)) return;
        clearTimeout(timer);
        stop();
        resolve(e);
      });
    });
  }

  close(): void {
    this.closed = true;
  }

  private deliver(e: LabEvent): void {
    if (this.closed) return;
    this.received.push(e);
    this.listeners.emit(e);
  }
}
