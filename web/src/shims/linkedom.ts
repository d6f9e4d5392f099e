/**
 * The library's figure code imports linkedom (a DOM for Node) at the top of a module;
 * in the browser the page's own document is used instead, so the bundle gets this
 * stand-in rather than linkedom and its parser.
 */
export function parseHTML(): never {
  throw new Error(
    'linkedom is not available in the browser: pass the page’s document to the figure functions',
  );
}
