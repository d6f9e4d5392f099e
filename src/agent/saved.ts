/**
 * Saved agents: a versioned JSON file holding the agent's configuration, its network
 * description and its learned weights (base64 float32), plus its history. Plain data,
 * never code: a file can be diffed, sent to a worker or loaded in a browser.
 */
import * as z from 'zod';
import { NetworkDescription } from '../engine/description.js';
import { VERSION } from '../version.js';
import { Agent } from './agent.js';
import { AgentConfig } from './config.js';

export const SAVED_AGENT_FORMAT = 1;

export const SavedAgent = z.strictObject({
  formatVersion: z.literal(SAVED_AGENT_FORMAT),
  kind: z.literal('mirrorlab.agent'),
  mirrorlabVersion: z.string(),
  config: AgentConfig,
  network: NetworkDescription,
  /**
   * Learned weights of each plastic projection, float32 little-endian, base64: the
   * synapses' states (a state below the projection's efficacyMin is a silent synapse).
   */
  weights: z.record(z.string(), z.string()),
  history: z.array(z.strictObject({ phase: z.string(), detail: z.string(), simulatedMs: z.number() })),
});
export type SavedAgent = z.infer<typeof SavedAgent>;

function toBase64(bytes: Uint8Array): string {
  if (typeof Buffer !== 'undefined')
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  if (typeof Buffer !== 'undefined') return new Uint8Array(Buffer.from(text, 'base64'));
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function saveAgent(agent: Agent): SavedAgent {
  const weights: Record<string, string> = {};
  for (const [name, w] of Object.entries(agent.plasticWeights())) {
    // float32 little-endian regardless of the platform
    const bytes = new Uint8Array(w.length * 4);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < w.length; i++) view.setFloat32(i * 4, w[i]!, true);
    weights[name] = toBase64(bytes);
  }
  return {
    formatVersion: SAVED_AGENT_FORMAT,
    kind: 'mirrorlab.agent',
    mirrorlabVersion: VERSION,
    config: agent.config,
    network: agent.sim.description,
    weights,
    history: agent.history.map((h) => ({ ...h })),
  };
}

/** Rebuild an agent from a saved file (checked), with its learned weights; `simSeed` seeds its noise. */
export function loadAgent(data: unknown, simSeed?: number): Agent {
  const parsed = SavedAgent.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`not a saved mirrorlab agent: ${first.path.join('.') || '(root)'}: ${first.message}`);
  }
  const saved = parsed.data;
  const agent = Agent.create(saved.config, saved.network, simSeed);
  const weights: Record<string, Float32Array> = {};
  for (const [name, text] of Object.entries(saved.weights)) {
    const bytes = fromBase64(text);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const w = new Float32Array(bytes.byteLength / 4);
    for (let i = 0; i < w.length; i++) w[i] = view.getFloat32(i * 4, true);
    weights[name] = w;
  }
  agent.setPlasticWeights(weights);
  agent.history.push(...saved.history);
  return agent;
}
