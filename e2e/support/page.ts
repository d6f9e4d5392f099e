/** What the end-to-end tests and the benchmark ask of the lab page. */
import type { Page } from 'playwright-core';

/** Wait until the first agent is raised and tested (about a minute on a fresh profile). */
export async function labReady(page: Page, timeoutMs = 240_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const s = window.mirrorlab?.state;
      return !!s?.agent?.developed && s.classes !== null && s.job?.running === false;
    },
    null,
    { timeout: timeoutMs, polling: 250 },
  );
}

/** Pause playback while an act is well under way (for screenshots that show something happening). */
export async function pauseMidAct(page: Page, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const l = window.mirrorlab;
      const b = l?.player.block;
      const track = b?.scene;
      if (!l || !track) return false;
      const s = track.samples[Math.floor((l.player.playheadMs - track.startMs) / track.stepMs)];
      const phase = s?.act?.phase ?? -1;
      if (phase < 0.55 || phase > 0.8) return false;
      l.player.playing = false;
      return true;
    },
    null,
    { timeout: timeoutMs, polling: 'raf' },
  );
  // Let the panels draw the paused frame.
  await page.waitForTimeout(300);
}

/** How much of the raster canvas is coloured, and a hash of its pixels. */
export function rasterInk(page: Page): Promise<{ inked: number; hash: number }> {
  return page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('[data-canvas=raster]')!;
    // Read a copy, so the lab's own canvas is never read back (which would slow its drawing).
    const copy = document.createElement('canvas');
    copy.width = c.width;
    copy.height = c.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(c, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let inked = 0;
    let hash = 0;
    for (let i = 0; i < d.length; i += 4) {
      // Spikes are dark or saturated; the background, frames and grid are white or light grey.
      if (d[i]! + d[i + 1]! + d[i + 2]! < 600) inked++;
      hash = (hash * 31 + d[i]! + 7 * d[i + 1]! + 13 * d[i + 2]!) | 0;
    }
    return { inked, hash };
  });
}
