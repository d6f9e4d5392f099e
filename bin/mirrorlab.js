#!/usr/bin/env node
// Entry point of the `mirrorlab` command: runs the compiled CLI (built by `npm ci` / `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/entry.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'mirrorlab: the compiled CLI is missing; run `npm run build` in the mirrorlab folder\n',
  );
  process.exit(1);
}
await import(entry.href);
