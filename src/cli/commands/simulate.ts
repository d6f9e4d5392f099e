/** `mirrorlab simulate`: run any described network and write its spikes. */
import type { Command } from 'commander';
import { build, DescriptionError, type SpikeData, VERSION } from '../../index.js';
import { UsageError } from '../errors.js';
import { numberOption, readJsonFile, writeFileAtomic } from '../io.js';
import { writeErr } from '../output.js';
import { progressReporter } from '../progress.js';

export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description('run a network described in a JSON file and write the spikes of every population')
    .argument('<description.json>', 'the network description (formatVersion 1)')
    .requiredOption('--duration-ms <T>', 'simulated time (ms)')
    .option('--seed <S>', "seed of the run's random streams (default: the description's seed, else 0)")
    .option('--out <file>', 'output file: .json or .csv', 'spikes.json')
    .option('--backend <name>', 'kernels: wasm (SIMD) or ts (reference)', 'wasm')
    .addHelpText(
      'after',
      `
Examples:
  mirrorlab simulate examples/networks/cuba.json --duration-ms 1000 --out cuba-spikes.csv
  mirrorlab simulate examples/networks/stdp.json --duration-ms 5000 --seed 7 --out stdp.json`,
    )
    .action((file: string, opts: { durationMs: string; seed?: string; out: string; backend: string }) => {
      const durationMs = numberOption(opts.durationMs, '--duration-ms', { min: 0 })!;
      const seed = numberOption(opts.seed, '--seed', { integer: true, min: 0, max: 0xffffffff });
      if (opts.backend !== 'wasm' && opts.backend !== 'ts')
        throw new UsageError('--backend must be wasm or ts');
      const format = opts.out.endsWith('.csv') ? 'csv' : opts.out.endsWith('.json') ? 'json' : null;
      if (!format) throw new UsageError(`--out must end in .json or .csv, got ${opts.out}`);
      const input = readJsonFile(file, 'description');
      // Record the spikes of every population, whatever probes the description has.
      const desc = input as { populations?: { name?: unknown }[]; probes?: unknown[] };
      const names = Array.isArray(desc.populations) ? desc.populations.map((p) => String(p?.name)) : [];
      const withProbes =
        typeof input === 'object' && input !== null
          ? {
              ...desc,
              probes: [
                ...(Array.isArray(desc.probes) ? desc.probes : []),
                ...names.map((name) => ({ kind: 'spikes', name: `__all_spikes.${name}`, population: name })),
              ],
            }
          : input;
      let sim: ReturnType<typeof build>;
      try {
        sim = build(withProbes, { seed, backend: opts.backend });
      } catch (e) {
        if (e instanceof DescriptionError) throw new UsageError(`${file}: ${e.message}`);
        throw e;
      }
      const progress = progressReporter('simulate');
      sim.run(durationMs, { onProgress: (f) => progress.update(f), progressEveryMs: 100 });
      progress.done();
      const trains = names.map((name) => sim.probe(`__all_spikes.${name}`) as SpikeData);
      if (format === 'csv') {
        const lines = ['population,neuron,time_ms'];
        trains.forEach((t) => {
          for (let k = 0; k < t.index.length; k++)
            lines.push(`${t.population},${t.index[k]},${t.timeMs[k]!.toFixed(4)}`);
        });
        writeFileAtomic(opts.out, `${lines.join('\n')}\n`);
      } else {
        const out = {
          formatVersion: 1,
          generator: `mirrorlab ${VERSION}`,
          seed: sim.seed,
          dtMs: sim.dtMs,
          durationMs: sim.timeMs,
          populations: trains.map((t) => ({
            name: t.population,
            size: sim.population(t.population).size,
            spikes: { index: Array.from(t.index), timeMs: Array.from(t.timeMs, (x) => Number(x.toFixed(4))) },
          })),
        };
        writeFileAtomic(opts.out, `${JSON.stringify(out)}\n`);
      }
      const total = trains.reduce((s, t) => s + t.index.length, 0);
      writeErr(`wrote ${total} spikes of ${trains.length} populations to ${opts.out}\n`);
    });
}
