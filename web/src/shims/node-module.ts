/** The library loads native Node add-ons through createRequire; none exist in the browser. */
export function createRequire(): never {
  throw new Error('native Node modules are not available in the browser');
}
