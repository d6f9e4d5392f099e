/**
 * Progress on standard error: a bar with an ETA on a terminal, a plain line every
 * few seconds otherwise (so logs stay readable), nothing for short work.
 */
export interface Progress {
  update(fraction: number, note?: string): void;
  done(note?: string): void;
}

export function progressReporter(label: string, _size?: number): Progress {
  const start = Date.now();
  const tty = process.stderr.isTTY === true;
  let lastPrint = 0;
  let shown = false;
  const format = (f: number, note?: string) => {
    const elapsed = (Date.now() - start) / 1000;
    const eta = f > 0 ? (elapsed * (1 - f)) / f : Number.NaN;
    const width = 24;
    const filled = Math.round(f * width);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
    const etaText = Number.isFinite(eta) ? `ETA ${eta.toFixed(0)}s` : '';
    return `${label} ${bar} ${(f * 100).toFixed(0).padStart(3)}% ${elapsed.toFixed(1)}s ${etaText}${note ? ` ${note}` : ''}`;
  };
  return {
    update(fraction, note) {
      const now = Date.now();
      if (now - start < 2000) return; // short work: no noise
      if (tty) {
        if (now - lastPrint < 100) return;
        process.stderr.write(`\r${format(fraction, note)}\x1b[K`);
      } else {
        if (now - lastPrint < 5000) return;
        process.stderr.write(`${format(fraction, note)}\n`);
      }
      lastPrint = now;
      shown = true;
    },
    done(note) {
      if (shown && tty) process.stderr.write(`\r${format(1, note)}\x1b[K\n`);
    },
  };
}
