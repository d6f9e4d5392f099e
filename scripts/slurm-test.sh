#!/usr/bin/env bash
# End-to-end test of cluster sweeps on a real SLURM: start a throwaway one-node
# cluster on localhost (munged, slurmctld, slurmd), let `mirrorlab sweep --slurm`
# write the array script, submit it, merge the shard databases, and check that the
# merged results equal a local run of the same grid, point by point.
#
# Needs root (the daemons) and Debian's slurmctld, slurmd, slurm-client and munge
# (installed when missing). The cluster's configuration, state and logs live in a
# temporary folder (SLURM_CONF points there); /etc/slurm is not touched. Every
# daemon this script starts is stopped on exit, whether the test passed or not.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

fail() { printf 'slurm-test: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "needs root: it starts munged, slurmctld and slurmd"
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null ||
  ! command -v munged >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    slurmctld slurmd slurm-client munge >/dev/null
fi
npm run build --silent # the tasks run the compiled CLI: make sure it is this source

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mirrorlab-slurm-XXXXXX")
export SLURM_CONF="$WORK/slurm.conf"
MUNGED_STARTED=

alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop() { # stop the daemon whose pid file is $1, if it runs
  local pidfile=$1 pid
  alive "$pidfile" || return 0
  pid=$(cat "$pidfile")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  set +e
  if [ "$status" != 0 ]; then
    for log in "$WORK"/log/*.log "$WORK"/slurm/slurm-*.out; do
      [ -f "$log" ] && { printf '\n--- %s\n' "$log" >&2; tail -n 40 "$log" >&2; }
    done
  fi
  stop "$WORK/slurmd.pid"
  stop "$WORK/slurmctld.pid"
  [ -n "$MUNGED_STARTED" ] && stop /run/munge/munged.pid
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT

# munge: SLURM's authentication. Use the running one, else start ours.
if ! alive /run/munge/munged.pid; then
  [ -s /etc/munge/munge.key ] || mungekey --create --keyfile=/etc/munge/munge.key
  chown munge:munge /etc/munge/munge.key
  chmod 0400 /etc/munge/munge.key
  mkdir -p /run/munge /var/log/munge /var/lib/munge
  chown munge:munge /run/munge /var/log/munge /var/lib/munge
  runuser -u munge -- munged
  MUNGED_STARTED=1
fi

mkdir -p "$WORK/state" "$WORK/spool" "$WORK/log"
cat >"$SLURM_CONF" <<CONF
ClusterName=mirrorlab
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CryptoType=crypto/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SwitchType=switch/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/log/slurmctld.log
SlurmdLogFile=$WORK/log/slurmd.log
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF

slurmctld -i
slurmd -N localhost # the host is not called localhost: name the node explicitly
for i in $(seq 120); do
  sinfo -h -o %t 2>/dev/null | grep -q idle && break
  [ "$i" = 120 ] && fail "the node never became idle: $(sinfo 2>&1)"
  sleep 0.5
done
echo "slurm-test: one-node cluster up ($(sinfo -h -o '%P %D %t %c'))"

# A tiny 2×2 sweep: the point is that shards on the cluster give the local results.
export MIRRORLAB_CACHE="$WORK/cache"
ML=(node "$ROOT/bin/mirrorlab.js")
GRID=(gallese1996 --seed 5
  --set subjects=1 --set controlSubjects=0 --set agent.brain.scale=0.1
  --set 'agent.sense={"visualViewSpecificUnits":1,"visualSharedUnits":1,"auditoryUnits":1,"proprioUnits":1,"objectUnits":1}'
  --grid trials=2,3 --grid development.episodes=2,4)

"${ML[@]}" sweep "${GRID[@]}" --slurm --shards 2 --slurm-dir "$WORK/slurm" --db "$WORK/merged.db" --json \
  >"$WORK/slurm.json"
SWEEP=$(node -p "JSON.parse(require('fs').readFileSync('$WORK/slurm.json', 'utf8')).sweep")
JOB=$(sbatch --parsable "$WORK/slurm/sweep.sbatch")
JOB=${JOB%%;*}
echo "slurm-test: submitted array job $JOB (sweep $SWEEP)"
for i in $(seq 600); do
  [ -z "$(squeue -h -j "$JOB" 2>/dev/null)" ] && break
  [ "$i" = 600 ] && fail "job $JOB did not finish in 10 minutes"
  sleep 1
done
for shard in 0 1; do
  [ -s "$WORK/slurm/shard-$shard.db" ] || fail "task $shard wrote no database"
  grep -q '^mirrorlab: ' "$WORK/slurm/slurm-${JOB}_$shard.out" && fail "task $shard reported an error"
done

"${ML[@]}" merge --db "$WORK/merged.db" "$WORK"/slurm/shard-*.db --json >"$WORK/merge.json"
"${ML[@]}" sweep "${GRID[@]}" --workers 2 --db "$WORK/local.db" --json >"$WORK/local-sweep.json"
"${ML[@]}" runs --sweep "$SWEEP" --db "$WORK/merged.db" --json >"$WORK/merged-runs.json"
"${ML[@]}" runs --sweep "$SWEEP" --db "$WORK/local.db" --json >"$WORK/local-runs.json"

# The check must be able to fail: it has to reject a copy with one metric changed.
node -e '
const fs = require("fs");
const runs = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
runs[0].metrics.mirrorPct.mean += 1;
fs.writeFileSync(process.argv[2], JSON.stringify(runs));
' "$WORK/local-runs.json" "$WORK/tampered-runs.json"
if node scripts/compare-sweep-runs.mjs "$WORK/tampered-runs.json" "$WORK/local-runs.json" 4 >/dev/null 2>&1; then
  fail "the comparison accepted results with a changed metric"
fi
node scripts/compare-sweep-runs.mjs "$WORK/merged-runs.json" "$WORK/local-runs.json" 4
echo "slurm-test: ok"
