/** `mirrorlab bench`: the reference benchmarks, printed as JSON or as a line of text. */
import type { Command } from 'commander';
import { runCubaBench, runStdpBench } from '../../node.js';
import { UsageError } from '../errors.js';
import { numberOption } from '../io.js';
import { writeOut } from '../output.js';

function backendOption(value: string): 'wasm' | 'ts' {
  if (value !== 'wasm' && value !== 'ts') throw new UsageError('--backend must be wasm or ts');
  return value;
}

export function registerBench(program: Command): Command {
  const bench = program
    .command('bench')
    .description('benchmarks: the CUBA and STDP reference networks (compare with Brian2)');
  bench
    .command('cuba')
    .description('CUBA network (Vogels & Abbott 2005), as in Brian2’s example; mean in-degree 80')
    .option('--n <N>', 'number of neurons', '4000')
    .option('--duration-s <T>', 'simulated seconds', '1')
    .option('--seed <S>', 'seed', '12345')
    .option('--backend <name>', 'wasm or ts', 'wasm')
    .option('--json', 'print one JSON object')
    .addHelpText('after', '\nExample:\n  mirrorlab bench cuba --n 16000 --duration-s 1 --json')
    .action((o: { n: string; durationS: string; seed: string; backend: string; json?: boolean }) => {
      const r = runCubaBench({
        n: numberOption(o.n, '--n', { integer: true, min: 10 })!,
        durationS: numberOption(o.durationS, '--duration-s', { min: 0.001 })!,
        seed: numberOption(o.seed, '--seed', { integer: true, min: 0, max: 0xffffffff })!,
        backend: backendOption(o.backend),
      });
      if (o.json) writeOut(`${JSON.stringify(r)}\n`);
      else
        writeOut(
          `CUBA n=${r.n} ${r.durationS}s: ${r.synapses} synapses, ${r.spikes} spikes (${r.meanRateHz.toFixed(2)} Hz), ` +
            `build ${r.buildSeconds.toFixed(3)} s, sim ${r.simSeconds.toFixed(3)} s, ` +
            `${(r.eventsPerSecond / 1e6).toFixed(1)}M events/s, peak RSS ${r.peakRssMB.toFixed(1)} MB, hash ${r.spikeHash}\n`,
        );
    });
  bench
    .command('stdp')
    .description('Song, Miller & Abbott (2000): 1000 Poisson inputs onto LIF neurons through additive STDP')
    .option('--post <N>', 'output neurons', '1')
    .option('--inputs <kind>', 'shared (1000 inputs for all) or independent (1000 per output)', 'shared')
    .option('--duration-s <T>', 'simulated seconds', '100')
    .option('--seed <S>', 'seed', '12345')
    .option('--backend <name>', 'wasm or ts', 'wasm')
    .option('--json', 'print one JSON object')
    .addHelpText(
      'after',
      '\nExample:\n  mirrorlab bench stdp --post 100 --inputs shared --duration-s 10 --json',
    )
    .action(
      (o: {
        post: string;
        inputs: string;
        durationS: string;
        seed: string;
        backend: string;
        json?: boolean;
      }) => {
        if (o.inputs !== 'shared' && o.inputs !== 'independent')
          throw new UsageError('--inputs must be shared or independent');
        const r = runStdpBench({
          post: numberOption(o.post, '--post', { integer: true, min: 1 })!,
          inputs: o.inputs,
          durationS: numberOption(o.durationS, '--duration-s', { min: 0.001 })!,
          seed: numberOption(o.seed, '--seed', { integer: true, min: 0, max: 0xffffffff })!,
          backend: backendOption(o.backend),
        });
        if (o.json) writeOut(`${JSON.stringify(r)}\n`);
        else
          writeOut(
            `STDP ${r.post} post (${r.inputs}) ${r.durationS}s: sim ${r.simSeconds.toFixed(3)} s, out ${r.outRateHz.toFixed(1)} Hz, ` +
              `w<0.1 ${(r.fractionNearZero * 100).toFixed(1)}%, w>0.9 ${(r.fractionNearMax * 100).toFixed(1)}%, peak RSS ${r.peakRssMB.toFixed(1)} MB\n`,
          );
      },
    );
  return bench;
}
