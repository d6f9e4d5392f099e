/** Builds the browser lab with Vite's JS API (no child process to clean up). */
import path from 'node:path';
import { build } from 'vite';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const WEB_DIST = path.join(REPO, 'web', 'dist');

export async function buildLab(): Promise<string> {
  await build({ configFile: path.join(REPO, 'web', 'vite.config.ts'), logLevel: 'warn' });
  return WEB_DIST;
}
