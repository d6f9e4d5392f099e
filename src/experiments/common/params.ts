/** Parameters shared by the experiments that raise and record simulated subjects. */
import * as z from 'zod';
import { AgentConfig } from '../../agent/config.js';
import { DevelopmentParams } from '../../agent/development.js';

/** The agent's parameters: the standard agent by default, any path overridable (e.g. agent.brain.learning.rule=hebbian). */
const AgentParams = AgentConfig.omit({ seed: true });

export const SubjectParams = {
  /** Simulated subjects (monkeys), each with its own seed and development. */
  subjects: z.number().int().min(1).max(100).default(5),
  /** The agent's parameters (each subject adds its own seed). */
  agent: AgentParams.prefault({}),
  development: DevelopmentParams.prefault({}),
  /** Trials per condition (≥ 10 as in the papers). */
  trials: z.number().int().min(2).default(12),
  /** Significance level of the response test (one-sided Wilcoxon rank-sum). */
  alpha: z.number().positive().max(0.5).default(0.05),
  /** Smallest mean increase over baseline that counts as a response (Hz). */
  minIncreaseHz: z.number().min(0).default(2),
};
