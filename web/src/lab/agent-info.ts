/**
 * What the page needs to know about an agent to draw it: its recordable areas, the
 * movement each F5 neuron prefers, the labels of sensory neurons and the layout of
 * the learned sensory→F5 synapses. Read once per agent, from the public API.
 */
import { type Agent, AREA_POPULATIONS, PLASTIC_PROJECTIONS, transmittedWeights } from '../../../src/index.js';
import type { AgentInfo, ProjectionLayout } from './protocol.js';

/** The projection that carries the motor command into F5 (the motor repertoire). */
const COMMAND_PROJECTION = 'in:command->F5';

/**
 * The command feature each F5 neuron prefers: the feature whose command units give it
 * the most synaptic weight. Features are goals ("grasp", "toMouth", …) and grips
 * ("precision", "wholeHand").
 */
export function f5PreferredMovements(agent: Agent): string[] {
  const proj = agent.sim.projection(COMMAND_PROJECTION);
  const w = transmittedWeights(proj);
  const features = agent.senses.command.units.map((u) => String(u.preferred));
  const names = [...new Set(features)];
  const sums = Array.from({ length: proj.nPost }, () => new Float64Array(names.length));
  for (let pre = 0; pre < proj.nPre; pre++) {
    const f = names.indexOf(features[pre]!);
    for (let s = proj.rowPtr[pre]!; s < proj.rowPtr[pre + 1]!; s++) {
      sums[proj.targets[s]!]![f]! += w[s]!;
    }
  }
  return sums.map((row) => {
    let best = 0;
    for (let f = 1; f < row.length; f++) if (row[f]! > row[best]!) best = f;
    return names[best] ?? 'none';
  });
}

function projectionLayout(agent: Agent, name: string): ProjectionLayout {
  const p = agent.sim.projection(name);
  return {
    name,
    source: p.source,
    nPre: p.nPre,
    nPost: p.nPost,
    wMaxMV: p.wMax,
    rowPtr: p.rowPtr.slice(),
    targets: p.targets.slice(),
  };
}

export function agentInfo(agent: Agent, subject: number, developed: boolean, episodes: number): AgentInfo {
  const areas = Object.entries(AREA_POPULATIONS).map(([area, population]) => ({
    area,
    population,
    size: agent.sim.population(population).size,
  }));
  return {
    subject,
    seed: agent.config.seed,
    developed,
    episodes,
    dtMs: agent.sim.dtMs,
    areas,
    f5Movement: f5PreferredMovements(agent),
    // STS and the auditory area relay their inputs one to one, so their neurons share the inputs' tuning.
    unitLabels: { STS: agent.senses.visual.labels(), AUD: agent.senses.auditory.labels() },
    projections: PLASTIC_PROJECTIONS.map((name) => projectionLayout(agent, name)),
  };
}
