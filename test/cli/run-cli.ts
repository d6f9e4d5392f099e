import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { main } from '../../src/cli/main.js';

export const root = path.resolve(import.meta.dirname, '../..');
const entry = path.join(root, 'src/cli/entry.ts');
/** tsx resolved from here, so the CLI runs from any working directory. */
const tsx = import.meta.resolve('tsx');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the CLI from source (through tsx) in a child process and capture what it prints. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  options: { cwd?: string } = {},
): CliResult {
  const r = spawnSync(process.execPath, ['--import', tsx, entry, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Start the CLI in a child process (for tests that stop it). */
export function spawnCli(args: string[], env: Record<string, string> = {}) {
  return spawn(process.execPath, ['--import', tsx, entry, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Run the CLI inside this process, output captured: the same code path as the
 * command without the cost of starting Node and compiling the sources again.
 * `cwd` and `env` apply for the duration of the call.
 */
export async function cli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const cwd = process.cwd();
  const saved = Object.fromEntries(Object.keys(options.env ?? {}).map((k) => [k, process.env[k]]));
  if (options.cwd) process.chdir(options.cwd);
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    const status = await main(args, {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      stderrIsTTY: false,
    });
    return { status, stdout, stderr };
  } finally {
    process.chdir(cwd);
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** A fresh temporary folder, removed when the test file ends. */
export function tempDir(prefix = 'mirrorlab-cli-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A very small gallese1996 that still develops mirror units, records, analyses and
 * draws every figure: one subject at a quarter of the brain's size, about a second.
 */
export const TINY = [
  '--set',
  'subjects=1',
  '--set',
  'controlSubjects=0',
  '--set',
  'trials=3',
  '--set',
  'development.episodes=4',
  '--set',
  'agent.brain.scale=0.25',
  '--workers',
  '1',
];
