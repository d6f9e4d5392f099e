/** A world name as words for figures and summaries: "wholeHandGrip" → "whole-hand grip". */
export function plainName(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  // "whole hand" and similar compound modifiers read better hyphenated.
  return words.replace(/^whole hand\b/, 'whole-hand');
}
