/**
 * An agent's configuration: its seed and its parameters (brain and senses). The
 * defaults are the standard agent; every experiment uses them unless it studies an
 * explicit, named individual difference.
 */
import * as z from 'zod';
import { BrainParams } from '../brain/params.js';
import { SenseParams } from '../sense/params.js';

export const AgentConfig = z.strictObject({
  /** Seed of everything random about this agent: its wiring, its encoders, its experience. */
  seed: z.number().int().min(0).max(0xffffffff).default(1),
  brain: BrainParams.prefault({}),
  sense: SenseParams.prefault({}),
  /** How often the senses are refreshed (ms). */
  senseUpdateMs: z.number().positive().default(4),
  /** How long before a movement the motor command starts (ms): motor preparation. */
  commandLeadMs: z.number().min(0).default(200),
});
export type AgentConfig = z.infer<typeof AgentConfig>;
export type AgentConfigInput = z.input<typeof AgentConfig>;
