#!/usr/bin/python3
"""CUBA in Brian2 (cpp_standalone, one thread), the network of mirrorlab's `bench cuba`.

  /usr/bin/python3 bench/brian2/cuba.py --n 4000 --duration-s 1 --seed 12345
"""
import argparse
import json
import time
import warnings

warnings.filterwarnings('ignore')
T0 = time.perf_counter()
ap = argparse.ArgumentParser()
ap.add_argument('--n', type=int, default=4000)
ap.add_argument('--duration-s', type=float, default=1.0)
ap.add_argument('--seed', type=int, default=12345)
ap.add_argument('--indegree', type=float, default=80.0)
args = ap.parse_args()

import common  # noqa: E402
from brian2 import NeuronGroup, Synapses, SpikeMonitor, Network, defaultclock, ms, mV, second, seed  # noqa: E402
import numpy as np  # noqa: E402

BUILD_DIR = common.standalone()
defaultclock.dt = 0.1 * ms
seed(args.seed)
n = args.n
ne = int(0.8 * n)
p = min(1.0, args.indegree / n)
# Current-based LIF, resting above threshold (Vogels & Abbott 2005 as in Brette et al. 2007).
model = '''
dv/dt = (ge + gi - (v - El)) / taum : volt (unless refractory)
dge/dt = -ge / taue : volt
dgi/dt = -gi / taui : volt
'''
consts = dict(taum=20 * ms, taue=5 * ms, taui=10 * ms, El=-49 * mV)
P = NeuronGroup(n, model, threshold='v > -50*mV', reset='v = -60*mV', refractory=5 * ms,
                method='exact', namespace=consts)
P.v = '-60*mV + rand() * 10*mV'
exc = Synapses(P[:ne], P, on_pre='ge += 1.62*mV')
inh = Synapses(P[ne:], P, on_pre='gi += -9*mV')
exc.connect(p=p)
inh.connect(p=p)
spikes = SpikeMonitor(P)
net = Network(P, exc, inh, spikes)
loop, compile_s, rss = common.run_timed(net, args.duration_s * second, BUILD_DIR)
count = int(spikes.num_spikes)
print(json.dumps(dict(
    simulator='brian2-cpp_standalone', n=n, durationS=args.duration_s,
    synapses=int(len(exc) + len(inh)), spikes=count, meanRateHz=count / n / args.duration_s,
    simSeconds=loop, compileSeconds=compile_s, peakRssMB=rss, processSeconds=time.perf_counter() - T0,
)))
common.cleanup(BUILD_DIR)
