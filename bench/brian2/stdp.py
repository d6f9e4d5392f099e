#!/usr/bin/python3
"""Song, Miller & Abbott (2000) STDP in Brian2 (cpp_standalone, one thread): mirrorlab's `bench stdp`.

  /usr/bin/python3 bench/brian2/stdp.py --post 1 --duration-s 100 --seed 12345
"""
import argparse
import json
import time
import warnings

warnings.filterwarnings('ignore')
T0 = time.perf_counter()
ap = argparse.ArgumentParser()
ap.add_argument('--post', type=int, default=1)
ap.add_argument('--duration-s', type=float, default=100.0)
ap.add_argument('--seed', type=int, default=12345)
args = ap.parse_args()

import common  # noqa: E402
from brian2 import (PoissonGroup, NeuronGroup, Synapses, SpikeMonitor, Network, defaultclock,  # noqa: E402
                    ms, mV, Hz, second, seed)
import numpy as np  # noqa: E402

BUILD_DIR = common.standalone()
defaultclock.dt = 0.1 * ms
seed(args.seed)
gmax = 0.01
inputs = PoissonGroup(1000, rates=15 * Hz)
model = 'dv/dt = (ge * (0*mV - v) + -74*mV - v) / (10*ms) : volt\ndge/dt = -ge / (5*ms) : 1'
out = NeuronGroup(args.post, model, threshold='v > -54*mV', reset='v = -60*mV', method='euler')
syn = Synapses(inputs, out, '''w : 1
dApre/dt = -Apre / (20*ms) : 1 (event-driven)
dApost/dt = -Apost / (20*ms) : 1 (event-driven)''',
               on_pre='''ge += w
Apre += 0.01 * gmax
w = clip(w + Apost, 0, gmax)''',
               on_post='''Apost += -0.01 * 1.05 * gmax
w = clip(w + Apre, 0, gmax)''', namespace=dict(gmax=gmax))
syn.connect()
syn.w = 'rand() * gmax'
spikes = SpikeMonitor(out)
net = Network(inputs, out, syn, spikes)
loop, compile_s, rss = common.run_timed(net, args.duration_s * second, BUILD_DIR)
w = np.asarray(syn.w[:]) / gmax
print(json.dumps(dict(
    simulator='brian2-cpp_standalone', post=args.post, durationS=args.duration_s, synapses=int(len(syn)),
    outRateHz=int(spikes.num_spikes) / args.post / args.duration_s,
    fractionNearZero=float(np.mean(w < 0.1)), fractionNearMax=float(np.mean(w > 0.9)),
    simSeconds=loop, compileSeconds=compile_s, peakRssMB=rss, processSeconds=time.perf_counter() - T0,
)))
common.cleanup(BUILD_DIR)
