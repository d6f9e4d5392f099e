/**
 * Progress on standard error. On a terminal: a bar with the elapsed time and an
 * ETA, redrawn in place. Elsewhere (logs, CI, cluster jobs): a plain line every
 * few seconds, so logs stay readable. Nothing at all for work that ends within two
 * seconds, and nothing ever on standard output.
 */
import { currentIo, writeErr } from './output.js';

export interface Progress {
  update(fraction: number, note?: string): void;
  done(note?: string): void;
}

/** "45s", "3m07s", "1h02m". */
export function formatSeconds(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  if (s < 60) return `${s.toFixed(0)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.round((s % 3600) / 60)).padStart(2, '0')}m`;
}

export interface ProgressOptions {
  /** Draw a bar in place (default: whether standard error is a terminal). */
  tty?: boolean;
  /** Where to write (default: standard error). */
  write?: (text: string) => void;
  /** Milliseconds before anything is shown (default 2000). */
  quietMs?: number;
  /** Milliseconds between plain lines (default 5000). */
  everyMs?: number;
  now?: () => number;
}

export function progressReporter(label: string, options: ProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const start = now();
  const tty = options.tty ?? currentIo().stderrIsTTY;
  const write = options.write ?? writeErr;
  const quietMs = options.quietMs ?? 2000;
  const everyMs = options.everyMs ?? 5000;
  let lastPrint = 0;
  let shown = false;
  let fraction = 0;
  let printed = 0;
  const eta = (f: number, elapsed: number) => (f > 0 && f < 1 ? (elapsed * (1 - f)) / f : Number.NaN);
  const bar = (f: number, note?: string) => {
    const elapsed = (now() - start) / 1000;
    const width = 24;
    const filled = Math.round(f * width);
    const left = eta(f, elapsed);
    return (
      `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(f * 100).toFixed(0).padStart(3)}% ` +
      `${formatSeconds(elapsed)}${Number.isFinite(left) ? ` ETA ${formatSeconds(left)}` : ''}${note ? `  ${note}` : ''}`
    );
  };
  const line = (f: number, note?: string) => {
    const elapsed = (now() - start) / 1000;
    const left = eta(f, elapsed);
    return (
      `${label}: ${(f * 100).toFixed(0)}% after ${formatSeconds(elapsed)}` +
      `${Number.isFinite(left) ? `, ETA ${formatSeconds(left)}` : ''}${note ? ` (${note})` : ''}\n`
    );
  };
  return {
    update(f, note) {
      fraction = Math.min(1, Math.max(0, f));
      const t = now();
      if (t - start < quietMs) return;
      if (tty) {
        if (t - lastPrint < 100) return;
        write(`\r${bar(fraction, note)}\x1b[K`);
      } else {
        if (shown && t - lastPrint < everyMs) return;
        write(line(fraction, note));
      }
      printed = fraction;
      lastPrint = t;
      shown = true;
    },
    done(note) {
      if (!shown) return;
      if (tty) write(`\r${bar(1, note)}\x1b[K\n`);
      else if (printed < 1 || note) write(line(1, note));
    },
  };
}
