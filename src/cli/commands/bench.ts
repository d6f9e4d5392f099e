/** `mirrorlab bench`: the reference benchmarks, printed as JSON or as a line of text. */
import type { Command } from 'commander';
import { runAgentBench, runCubaBench, runStdpBench } from '../../index.js';
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
  bench
    .command('agent')
    .description(
      'a developed standard agent performing and watching hand acts, recorded: speed against real time',
    )
    .option('--seed <S>', 'seed of the agent', '1')
    .option('--duration-s <T>', 'simulated seconds', '60')
    .option('--no-cache', 'develop the agent anew instead of using the cache of developed agents')
    .option('--json', 'print one JSON object')
    .addHelpText('after', '\nExample:\n  mirrorlab bench agent --duration-s 60 --json')
    .action(async (o: { seed: string; durationS: string; cache: boolean; json?: boolean }) => {
      const seed = numberOption(o.seed, '--seed', { integer: true, min: 0, max: 0xffffffff })!;
      const durationS = numberOption(o.durationS, '--duration-s', { min: 0.1 })!;
      const { developedAgent } = await import('../../agent/cache.js');
      const t0 = performance.now();
      const { agent, fromCache } = developedAgent({ seed }, {}, { cache: o.cache });
      const raiseSeconds = (performance.now() - t0) / 1000;
      const r = { ...runAgentBench(agent, durationS), developedNow: !fromCache, raiseSeconds };
      if (o.json) writeOut(`${JSON.stringify(r)}\n`);
      else
        writeOut(
          `agent (seed ${r.seed}): ${r.neurons} neurons, ${r.synapses} synapses; ${r.simulatedSeconds.toFixed(1)} s simulated in ` +
            `${r.wallSeconds.toFixed(2)} s = ${r.realtimeFactor.toFixed(1)}× real time (${r.trials} trials; ` +
            `${r.developedNow ? `developed now in ${raiseSeconds.toFixed(1)} s` : 'from the cache'})\n`,
        );
    });
  return bench;
}
