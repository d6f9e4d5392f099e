/**
 * The browser lab in real headless Chromium: build it, serve it with the lab server
 * (with a results database holding one run), and use it as a visitor would. The
 * screenshots go to e2e/screenshots/ for a person to look at.
 *
 * Run: node --import tsx --test e2e/lab.e2e.test.ts
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Download, Page } from 'playwright-core';
import { openStore } from '../src/node.js';
import { parseCsv } from '../web/src/export/csv.js';
import { parseLayout } from '../web/src/model/layout.js';
import { type Browser, launch } from './support/browser.js';
import { buildLab } from './support/build.js';
import { labReady, pauseMidAct, rasterInk } from './support/page.js';
import { type Served, serveLab } from './support/serve.js';

const SHOTS = path.join(import.meta.dirname, 'screenshots');

let served: Served;
let browser: Browser;
let page: Page;
const problems: string[] = [];
let tmp: string;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mirrorlab-e2e-'));
  const db = path.join(tmp, 'results.db');
  const store = openStore(db);
  const id = store.startRun({
    experiment: 'gallese1996',
    params: { subjects: 5 },
    seed: 1,
    subjects: 5,
    version: '0.1.0',
  });
  store.completeRun(id, {
    metrics: { mirrorPct: 17 },
    criteria: [
      {
        id: 'mirror-minority',
        description: 'mirror units are a minority',
        passed: true,
        measured: '17%',
        expected: '5–35%',
      },
    ],
    artifacts: [],
  });
  store.close();
  served = await serveLab(await buildLab(), db);
  browser = await launch();
  page = browser.page;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await served?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

async function saved(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

test('the page loads with no console errors, and the first visit opens the guide', async () => {
  await page.goto(served.url);
  await page.waitForSelector('[data-guide=strip]:not([hidden])');
  assert.match((await page.textContent('[data-guide=title]')) ?? '', /Parma/);
  await page.waitForSelector('[data-status=progress]:not([hidden])', { timeout: 30_000 });
  await shot('01-first-visit-raising');
  await labReady(page);
  assert.deepEqual(problems, []);
});

test('running a condition draws spikes on the raster', async () => {
  await page.click('[data-guide=close]');
  await page.selectOption('[data-control=experiment]', 'gallese1996');
  await page.selectOption('[data-control=condition]', 'observe:precisionGrip');
  const before = await rasterInk(page);
  await page.click('[data-action=play]');
  await page.waitForFunction(() => (window.mirrorlab?.player.playheadMs ?? 0) > 1500);
  const after = await rasterInk(page);
  assert.notEqual(after.hash, before.hash, 'the raster changed');
  assert.ok(
    after.inked > before.inked + 200,
    `spikes drawn: ${before.inked} → ${after.inked} coloured pixels`,
  );
  // The followed neuron and colours by class: click a row of F5, then colour by class.
  await pauseMidAct(page);
  await shot('02-researcher-grasps');
  await page.evaluate(() => {
    window.mirrorlab!.player.playing = true;
  });
  assert.deepEqual(problems, []);
});

test('the guided visit can be stepped through, back and forth', async () => {
  await page.click('[data-action=guide]');
  const titles: string[] = [];
  for (let i = 0; ; i++) {
    const title = (await page.textContent('[data-guide=title]')) ?? '';
    titles.push(title);
    assert.match((await page.textContent('[data-guide=counter]')) ?? '', new RegExp(`Step ${i + 1} of`));
    const wanted: Record<number, string> = {
      1: '03-guide-monkey-grasps',
      3: '04-guide-mirror-neuron',
      5: '05-guide-sound-alone',
      6: '06-guide-hidden-grasp',
    };
    if (wanted[i]) {
      // Let every compared condition play a trial, so the histogram has something to show.
      await page.waitForFunction(
        () => {
          const l = window.mirrorlab!;
          const want = l.state.psthConditions ?? [];
          const played = new Set(l.trackers.psth.conditions().map((c) => c.condition));
          return want.every((c) => played.has(c));
        },
        null,
        { timeout: 30_000 },
      );
      await pauseMidAct(page);
      await shot(wanted[i]!);
      await page.evaluate(() => {
        window.mirrorlab!.player.playing = true;
      });
    }
    if (await page.isDisabled('[data-guide=next]')) break;
    await page.click('[data-guide=next]');
    await page.waitForFunction((t) => document.querySelector('[data-guide=title]')?.textContent !== t, title);
  }
  assert.equal(new Set(titles).size, titles.length, 'every step is new');
  assert.ok(titles.length >= 8, titles.join(' / '));
  // Measured numbers are shown for the followed neuron.
  await page.click('[data-guide=back]');
  await page.click('[data-guide=back]');
  await page.waitForFunction(
    () => /spikes\/s during the act/.test(document.querySelector('[data-guide=measured]')?.textContent ?? ''),
    null,
    {
      timeout: 20_000,
    },
  );
  await page.click('[data-guide=close]');
  assert.ok(await page.isHidden('[data-guide=strip]'));
  assert.deepEqual(problems, []);
});

test('an export produces a valid CSV (and SVG and PNG)', async () => {
  const csv = await saved(() => page.click('[data-panel=raster] [data-export=csv]'));
  assert.match(csv.name, /^mirrorlab-raster-.*\.csv$/);
  const rows = parseCsv(csv.bytes.toString('utf8'));
  assert.deepEqual(rows[0], ['time_ms', 'area', 'neuron', 'preferred_movement', 'class']);
  assert.ok(rows.length > 100, `${rows.length} rows`);
  for (const r of rows.slice(1)) {
    assert.equal(r.length, 5);
    assert.ok(Number.isFinite(Number(r[0])) && Number.isInteger(Number(r[2])), r.join(','));
  }
  const psth = parseCsv(
    (await saved(() => page.click('[data-panel=psth] [data-export=csv]'))).bytes.toString('utf8'),
  );
  assert.deepEqual(psth[0], [
    'condition',
    'label',
    'trials',
    'area',
    'neurons',
    'bin_start_ms',
    'bin_end_ms',
    'rate_hz',
  ]);
  const svg = (await saved(() => page.click('[data-panel=scene] [data-export=svg]'))).bytes.toString('utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const png = (await saved(() => page.click('[data-panel=rates] [data-export=png]'))).bytes;
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.deepEqual(problems, []);
});

test('layouts switch, and the researcher layout shows the stored runs', async () => {
  await page.selectOption('[data-control=layout]', 'Researcher');
  await page.waitForSelector('[data-panel=runs]:not([hidden])');
  await page.waitForFunction(() =>
    /gallese1996/.test(document.querySelector('[data-runs]')?.textContent ?? ''),
  );
  assert.match((await page.textContent('[data-runs]')) ?? '', /1 of 1/);
  const layout = await saved(() => page.click('[data-action=export-layout]'));
  assert.equal(parseLayout(JSON.parse(layout.bytes.toString('utf8'))).name, 'Researcher');
  await page.waitForTimeout(1500);
  await shot('07-researcher-layout');
  assert.deepEqual(problems, []);
});

test('development live: a newborn babbles and the mirror counter follows', async () => {
  await page.selectOption('[data-control=layout]', 'Development');
  await page.fill('[data-control=episodes]', '6');
  await page.fill('[data-control=test-every]', '6');
  await page.click('[data-action=newborn-babble]');
  await page.waitForFunction(
    () => {
      const s = window.mirrorlab?.state;
      return s?.job?.kind === 'develop' && !s.job.running && (s.classHistory.at(-1)?.episode ?? 0) === 6;
    },
    null,
    { timeout: 90_000 },
  );
  const history = await page.evaluate(() => window.mirrorlab!.state.classHistory.map((h) => h.episode));
  assert.deepEqual(history, [0, 6]);
  await page.waitForTimeout(500);
  await shot('08-development-live');
  assert.deepEqual(problems, []);
});
