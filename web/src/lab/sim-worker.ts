/**
 * The Web Worker that runs the simulation: a LabSession wired to the page through
 * postMessage. Spike buffers are transferred, not copied.
 */
import { wasmKernelsAvailable } from '../../../src/index.js';
import { IndexedDbAgentCache } from './agent-cache.js';
import { type Command, type LabEvent, transferables } from './protocol.js';
import { LabSession } from './session.js';

interface WorkerScope {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  onmessage: ((e: MessageEvent<Command>) => void) | null;
}
const scope = self as unknown as WorkerScope;

// A macrotask through a MessageChannel: unlike setTimeout it is not throttled to 4 ms after nesting.
const channel = new MessageChannel();
const pending: (() => void)[] = [];
channel.port1.onmessage = () => pending.shift()?.();
const yieldToEvents = () =>
  new Promise<void>((resolve) => {
    pending.push(resolve);
    channel.port2.postMessage(null);
  });

const session = new LabSession({
  emit: (e: LabEvent) => scope.postMessage(e, { transfer: transferables(e) }),
  cache: new IndexedDbAgentCache(),
  yieldToEvents,
  now: () => performance.now(),
});
scope.onmessage = (e) => session.handle(e.data);
session.hello(wasmKernelsAvailable() ? 'wasm' : 'ts');
