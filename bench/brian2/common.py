"""Helpers for mirrorlab's Brian2 comparison scripts (Brian2 2.5.1 from Debian: python3-brian).

Each script builds its network for Brian2's cpp_standalone device, times the
simulation loop with wall-clock markers compiled into the generated main(), and
prints one JSON object. The binary is started through this file (`--rss-wrap`) so
its own peak resident memory can be reported.
"""
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time


def rss_wrap(argv):
    """Run the generated binary, then write its wall time and peak RSS next to its results."""
    t0 = time.perf_counter()
    code = subprocess.call(argv)
    wall = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    os.makedirs('results', exist_ok=True)
    with open(os.path.join('results', 'rusage.json'), 'w') as f:
        json.dump({'wall_s': wall, 'maxrss_kib': usage.ru_maxrss}, f)
    sys.exit(code)


if __name__ == '__main__' and len(sys.argv) > 2 and sys.argv[1] == '--rss-wrap':
    rss_wrap(sys.argv[2:])


def standalone(build_dir=None):
    """Select cpp_standalone (single thread) with loop timing markers; returns the build directory."""
    from brian2 import prefs, set_device, device
    prefs.logging.file_log = False
    build_dir = build_dir or tempfile.mkdtemp(prefix='mirrorlab-brian2-')
    set_device('cpp_standalone', directory=build_dir, build_on_run=False)
    prefs.devices.cpp_standalone.openmp_threads = 0
    prefs.devices.cpp_standalone.run_cmd_unix = [sys.executable, os.path.abspath(__file__), '--rss-wrap', './main']
    device.insert_code('after_start', 'struct timespec _ml0, _ml1; ')
    return build_dir


def run_timed(net, duration, build_dir):
    """Build (a fresh project: a full compile) and run; return (loop s, compile s, binary peak RSS MiB)."""
    from brian2 import device
    device.insert_code('main', 'clock_gettime(CLOCK_MONOTONIC, &_ml0);')
    net.run(duration)
    device.insert_code('main', r'''
clock_gettime(CLOCK_MONOTONIC, &_ml1);
{ std::ofstream _f("results/loop_seconds.txt"); _f.precision(9);
  _f << ((_ml1.tv_sec - _ml0.tv_sec) + 1e-9 * (_ml1.tv_nsec - _ml0.tv_nsec)) << std::endl; }''')
    device.build(directory=build_dir, compile=True, run=True, with_output=False)
    results = os.path.join(build_dir, 'results')
    with open(os.path.join(results, 'loop_seconds.txt')) as f:
        loop = float(f.read())
    with open(os.path.join(results, 'rusage.json')) as f:
        rss = json.load(f)['maxrss_kib'] / 1024
    return loop, float(device.timers['compile']['make']), rss


def cleanup(build_dir):
    """Remove the generated project (after its results have been read)."""
    shutil.rmtree(build_dir, ignore_errors=True)
