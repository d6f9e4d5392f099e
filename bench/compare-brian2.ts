/**
 * Runs mirrorlab and Brian2 (cpp_standalone, one thread) on the same reference
 * networks, in one go, pinned to one core, and writes the comparison table with
 * ratios into BENCHMARKS.md (between the brian2-compare markers) and the raw runs
 * into bench/results/brian2-compare.json.
 *
 *   npm run build && node --import tsx bench/compare-brian2.ts [--reps 3] [--python /usr/bin/python3]
 *
 * Brian2 2.5.1 comes from Debian: apt-get install python3-brian python3-numpy cython3 g++ python3-dev
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const reps = Number(opt('--reps', '3'));
const python = opt('--python', '/usr/bin/python3');
const pin = fs.existsSync('/usr/bin/taskset') ? ['taskset', '-c', '0'] : [];

interface Timed {
  json: Record<string, number | string>;
  wallSeconds: number;
}

function run(cmd: string[]): Timed {
  const t0 = performance.now();
  const r = spawnSync(
    pin.length ? pin[0]! : cmd[0]!,
    [...pin.slice(1), ...(pin.length ? cmd : cmd.slice(1))],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const wallSeconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed:\n${r.stderr}`);
  const last = r.stdout.trim().split('\n').pop()!;
  return { json: JSON.parse(last) as Record<string, number | string>, wallSeconds };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function repeat(label: string, cmd: string[], n = reps) {
  const runs: Timed[] = [];
  for (let k = 0; k < n; k++) {
    process.stderr.write(`${label} (${k + 1}/${n})\n`);
    runs.push(run(cmd));
  }
  const pick = (key: string) => median(runs.map((r) => Number(r.json[key])));
  return { runs, pick, wall: median(runs.map((r) => r.wallSeconds)), first: runs[0]!.json };
}

const ml = (...a: string[]) => [process.execPath, path.join(root, 'bin/mirrorlab.js'), ...a];
const b2 = (script: string, ...a: string[]) => [python, path.join(root, 'bench/brian2', script), ...a];

const brianVersion = spawnSync(python, ['-c', 'import brian2; print(brian2.__version__)'], {
  encoding: 'utf8',
})
  .stdout.trim()
  .split('\n')
  .pop();
if (!brianVersion) throw new Error(`Brian2 is not importable by ${python}`);

const rows: string[] = [];
const raw: Record<string, unknown> = {};
const f3 = (x: number) => x.toFixed(3);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

rows.push('### CUBA, 1 s of simulated time, one core');
rows.push('');
rows.push(
  '| N | synapses (mirrorlab / Brian2) | rate Hz (mirrorlab / Brian2) | mirrorlab wasm sim s | mirrorlab ts sim s | Brian2 sim s | Brian2 ÷ mirrorlab (wasm) | events/s (mirrorlab) | peak RSS MB (mirrorlab / Brian2 binary) | mirrorlab B/synapse |',
);
rows.push('|---|---|---|---|---|---|---|---|---|---|');
for (const n of [4000, 16000, 64000]) {
  const m = repeat(
    `mirrorlab cuba ${n}`,
    ml('bench', 'cuba', '--n', String(n), '--duration-s', '1', '--json'),
  );
  const t = repeat(
    `mirrorlab cuba ${n} (ts)`,
    ml('bench', 'cuba', '--n', String(n), '--duration-s', '1', '--backend', 'ts', '--json'),
    1,
  );
  const b = repeat(`brian2 cuba ${n}`, b2('cuba.py', '--n', String(n), '--duration-s', '1'));
  raw[`cuba_${n}`] = { mirrorlab: m.runs, mirrorlabTs: t.runs, brian2: b.runs };
  rows.push(
    `| ${n} | ${m.first.synapses} / ${b.first.synapses} | ${Number(m.first.meanRateHz).toFixed(2)} / ${Number(b.first.meanRateHz).toFixed(2)} | ${f3(m.pick('simSeconds'))} | ${f3(t.pick('simSeconds'))} | ${f3(b.pick('simSeconds'))} | ${ratio(b.pick('simSeconds'), m.pick('simSeconds'))} | ${(m.pick('eventsPerSecond') / 1e6).toFixed(1)}M | ${m.pick('peakRssMB').toFixed(1)} / ${b.pick('peakRssMB').toFixed(1)} | ${Number(m.first.bytesPerSynapse).toFixed(2)} |`,
  );
  if (n === 4000) {
    raw.process4000 = { mirrorlabWall: m.wall, brian2Wall: b.wall, brian2Compile: b.pick('compileSeconds') };
  }
}
const p = raw.process4000 as { mirrorlabWall: number; brian2Wall: number; brian2Compile: number };
rows.push('');
rows.push(
  `Whole process, CUBA N = 4000, 1 s: mirrorlab **${p.mirrorlabWall.toFixed(2)} s** (\`mirrorlab bench cuba\`, no compile step) vs Brian2 cpp_standalone **${p.brian2Wall.toFixed(2)} s** (of which ${p.brian2Compile.toFixed(1)} s compiling) — ${ratio(p.brian2Wall, p.mirrorlabWall)}.`,
);
rows.push('');
rows.push('### STDP (Song, Miller & Abbott 2000), one core');
rows.push('');
rows.push(
  '| configuration | mirrorlab sim s | Brian2 sim s | Brian2 ÷ mirrorlab | out rate Hz (mirrorlab / Brian2) | w < 0.1·wmax (m / B) | w > 0.9·wmax (m / B) | peak RSS MB (m / B) |',
);
rows.push('|---|---|---|---|---|---|---|---|');
for (const [label, post, dur] of [
  ['1000 inputs → 1 neuron, 100 s', '1', '100'],
  ['1000 shared inputs → 100 neurons, 10 s', '100', '10'],
] as const) {
  const m = repeat(
    `mirrorlab stdp ${post}`,
    ml('bench', 'stdp', '--post', post, '--duration-s', dur, '--json'),
  );
  const b = repeat(`brian2 stdp ${post}`, b2('stdp.py', '--post', post, '--duration-s', dur));
  raw[`stdp_${post}`] = { mirrorlab: m.runs, brian2: b.runs };
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  rows.push(
    `| ${label} | ${f3(m.pick('simSeconds'))} | ${f3(b.pick('simSeconds'))} | ${ratio(b.pick('simSeconds'), m.pick('simSeconds'))} | ${Number(m.first.outRateHz).toFixed(1)} / ${Number(b.first.outRateHz).toFixed(1)} | ${pct(Number(m.first.fractionNearZero))} / ${pct(Number(b.first.fractionNearZero))} | ${pct(Number(m.first.fractionNearMax))} / ${pct(Number(b.first.fractionNearMax))} | ${m.pick('peakRssMB').toFixed(1)} / ${b.pick('peakRssMB').toFixed(1)} |`,
  );
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const header = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Brian2 ${brianVersion} (Debian, cpp_standalone, one thread). Every run pinned to core 0 with \`taskset -c 0\`; medians of ${reps} runs (the TypeScript-kernel column: one run). "sim s" is the simulation loop only; Brian2's loop time comes from wall-clock markers compiled into its generated \`main()\`.`,
  '',
  'Command: `npm run build && node --import tsx bench/compare-brian2.ts --reps 3`',
  '',
];
const section = [...header, ...rows].join('\n');
const file = path.join(root, 'BENCHMARKS.md');
const start = '<!-- brian2-compare:start -->';
const end = '<!-- brian2-compare:end -->';
let doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
if (doc.includes(start))
  doc = doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${section}\n${end}`);
else doc += `\n## mirrorlab and Brian2 side by side\n\n${start}\n${section}\n${end}\n`;
fs.writeFileSync(file, doc);
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'bench/results/brian2-compare.json'),
  `${JSON.stringify({ brianVersion, cpu, raw }, null, 1)}\n`,
);
process.stderr.write(`wrote ${path.relative(root, file)}\n`);
