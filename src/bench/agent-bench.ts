/**
 * The agent benchmark: a developed standard agent lives through the trials of the
 * gallese1996 protocol (performing and watching hand acts, one after the other) for a
 * given simulated time, with its F5 recorded, and the wall time is compared with the
 * simulated time.
 */
import type { Agent } from '../agent/agent.js';
import { actTrialScene } from '../experiments/common/trials.js';
import { TEST_ACTS, TEST_OBJECT } from '../experiments/gallese1996/protocol.js';
import { SessionRecorder } from '../instruments/recorder.js';

export interface AgentBenchResult {
  network: 'agent';
  seed: number;
  neurons: number;
  synapses: number;
  simulatedSeconds: number;
  wallSeconds: number;
  realtimeFactor: number;
  trials: number;
  backend: 'wasm' | 'ts';
}

export function runAgentBench(agent: Agent, durationS: number): AgentBenchResult {
  const recorder = new SessionRecorder(agent, { areas: ['F5'], subject: 0 });
  const startSim = agent.timeMs;
  const t0 = performance.now();
  let trials = 0;
  while (agent.timeMs - startSim < durationS * 1000) {
    const act = TEST_ACTS[trials % TEST_ACTS.length]!;
    const who = (trials >> 1) % 2 === 0 ? 'self' : 'other';
    recorder.runTrial({
      condition: `${who}:${act}`,
      scene: actTrialScene({ who, act, object: TEST_OBJECT[act]!, container: act === 'place' }),
    });
    trials++;
  }
  const wallSeconds = (performance.now() - t0) / 1000;
  const simulatedSeconds = (agent.timeMs - startSim) / 1000;
  const stats = agent.sim.stats();
  return {
    network: 'agent',
    seed: agent.config.seed,
    neurons: stats.neurons,
    synapses: stats.synapses,
    simulatedSeconds,
    wallSeconds,
    realtimeFactor: simulatedSeconds / wallSeconds,
    trials,
    backend: agent.sim.backend,
  };
}
