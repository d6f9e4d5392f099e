/** The senses: population encoders from a scene to input rates. */
export { createAuditoryEncoder } from './auditory.js';
export { PopulationEncoder } from './encoder.js';
export { createObjectEncoder } from './object.js';
export { SenseParams } from './params.js';
export { createProprioEncoder } from './proprio.js';
export { type FeatureSpec, type TunedUnit, tuningResponse, unitLabel } from './tuning.js';
export {
  createVisualEncoder,
  FINE_VISUAL_FEATURES,
  RELATIONAL_VISUAL_FEATURES,
  VISUAL_FEATURES,
} from './visual.js';
