/** The brain: areas and wiring of one agent's mirror system, built as an engine description. */
export { COMMAND_GOALS, COMMAND_GRIPS, commandFeatures } from './motor-command.js';
export { BrainParams, type BrainParamsInput } from './params.js';
export {
  AREA_POPULATIONS,
  type AreaName,
  brainDescription,
  CONTEXT_PROJECTION,
  type InputSizes,
  LEARNED_PROJECTIONS,
  PLASTIC_PROJECTIONS,
} from './wiring.js';
