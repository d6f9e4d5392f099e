/** mirrorlab's version (kept equal to package.json's by a test). */
export const VERSION = '0.1.0';

/**
 * Revision of the model (world, senses, brain, development). Part of the key of cached
 * developed agents: bump it with any change that alters what an agent learns, so that
 * no stale agent is ever reused.
 */
export const MODEL_REVISION = 14;
