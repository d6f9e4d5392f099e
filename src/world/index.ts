/** The world: acts, actions, objects, sounds, actors and scenes — no neurons. */
export * from './actions.js';
export * from './actors.js';
export * from './acts.js';
export * from './objects.js';
export * from './plain-name.js';
export * from './scene.js';
export * from './sounds.js';
