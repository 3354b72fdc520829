#!/usr/bin/env bash
# Grading benchmark: boots the built distribution on its own ports, seeds customers with a year of invoices through
# the kehu-bench bundle, measures the raw scan-and-sort yardstick and a full ABC run, and prints the table.
# Needs: distribution/target/kehu-distribution-*.tar.gz and bench/target/kehu-bench-*.jar (./kehu bench grading
# builds both). Settings (environment):
#   BENCH_CUSTOMERS   customers to seed                      1000000
#   BENCH_XMX         maximum heap, e.g. 2g                  the distribution's default (none: the JVM's)
#   BENCH_HTTP_PORT / BENCH_SSH_PORT / BENCH_RMI_REGISTRY_PORT / BENCH_RMI_SERVER_PORT   8281 / 8201 / 1199 / 44544
#   BENCH_DIR         where to unpack (kept afterwards when given; a temporary directory removed afterwards otherwise)
#   BENCH_SEED=0      with BENCH_DIR: keep the database seeded by an earlier run there and only measure again
#                     (the runtime itself is unpacked afresh, so a rebuilt distribution is what gets measured)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CUSTOMERS="${BENCH_CUSTOMERS:-1000000}"
HTTP_PORT="${BENCH_HTTP_PORT:-8281}"
SSH_PORT="${BENCH_SSH_PORT:-8201}"
RMI_REGISTRY_PORT="${BENCH_RMI_REGISTRY_PORT:-1199}"
RMI_SERVER_PORT="${BENCH_RMI_SERVER_PORT:-44544}"
YEAR="$(( $(date +%Y) - 1 ))"
# targets: compute at most this many times the scan-and-sort, compute + persist and heap growth at most these
COMPUTE_FACTOR="${BENCH_TARGET_COMPUTE_FACTOR:-3}"
TOTAL_MILLIS="${BENCH_TARGET_TOTAL_MILLIS:-35000}"
HEAP_BYTES="${BENCH_TARGET_HEAP_BYTES:-67108864}"

TARBALL="$(ls "$ROOT"/distribution/target/kehu-distribution-*.tar.gz 2>/dev/null | head -n 1)"
BUNDLE="$(ls "$ROOT"/bench/target/kehu-bench-*.jar 2>/dev/null | head -n 1)"
[ -n "$TARBALL" ] || { echo "No distribution tar.gz: run mvn -B install -DskipTests first" >&2; exit 2; }
[ -n "$BUNDLE" ] || { echo "No bench bundle: run mvn -B -Pbench -pl bench package first" >&2; exit 2; }

SEEDING="${BENCH_SEED:-1}"
if [ -n "${BENCH_DIR:-}" ]; then
  WORK="$BENCH_DIR"; KEEP=1; mkdir -p "$WORK"
else
  WORK="$(mktemp -d /tmp/kehu-bench.XXXXXX)"; KEEP=0; SEEDING=1
fi
OLD="$(ls -d "$WORK"/kehu-distribution-* 2>/dev/null | head -n 1 || true)"
if [ "$SEEDING" = 0 ]; then
  [ -n "$OLD" ] && [ -d "$OLD/data/derby" ] || { echo "BENCH_SEED=0 needs an earlier run's database in $WORK" >&2; exit 2; }
  mv "$OLD/data/derby" "$WORK/derby.keep"
fi
[ -n "$OLD" ] && rm -rf "$OLD"
tar xzf "$TARBALL" -C "$WORK"
HOME_DIR="$(ls -d "$WORK"/kehu-distribution-* | head -n 1)"
if [ "$SEEDING" = 0 ]; then
  mkdir -p "$HOME_DIR/data"
  mv "$WORK/derby.keep" "$HOME_DIR/data/derby"
fi
BASE="http://localhost:$HTTP_PORT/crm/api/v1"

sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $HTTP_PORT/" "$HOME_DIR/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = $SSH_PORT/" "$HOME_DIR/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $RMI_REGISTRY_PORT/; s/^rmiServerPort *=.*/rmiServerPort = $RMI_SERVER_PORT/" \
  "$HOME_DIR/etc/org.apache.karaf.management.cfg"
# the population is exactly the seeded customers: no demo data (the feature keeps an existing file)
sed 's/^demo.data *=.*/demo.data = false/' "$ROOT/platform/core/src/main/cfg/org.kehu.platform.core.cfg" \
  > "$HOME_DIR/etc/org.kehu.platform.core.cfg"

PID=""
cleanup() {
  if [ -x "$HOME_DIR/bin/stop" ]; then
    "$HOME_DIR/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do
      { [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; } || break
      sleep 1
    done
  fi
  [ "$KEEP" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

shell() {
  # the client ends its session as soon as its input closes: give it one that stays open until the command is done
  local input keeper
  exec {input}< <(sleep 7200)
  keeper=$!
  "$HOME_DIR/bin/client" -a "$SSH_PORT" -u admin -p admin -r 30 -d 2 "$@" 2>/dev/null <&"$input" | tr -d '\r'
  exec {input}<&-
  kill "$keeper" 2>/dev/null || true
}

field() { # field NAME LINE: the value of NAME=... in LINE
  echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p" | head -n 1
}

echo "Starting $(basename "$TARBALL") in $HOME_DIR (HTTP $HTTP_PORT, SSH $SSH_PORT${BENCH_XMX:+, -Xmx$BENCH_XMX}) ..."
EXTRA_JAVA_OPTS="${BENCH_XMX:+-Xmx$BENCH_XMX}" "$HOME_DIR/bin/start"
for i in $(seq 1 300); do
  curl -fsS --max-time 3 "$BASE/health" 2>/dev/null | grep -q '"status":"UP"' && break
  [ "$i" = 300 ] && { echo "The runtime did not come up; see $HOME_DIR/data/log/karaf.log" >&2; exit 1; }
  sleep 1
done
PID="$(cat "$HOME_DIR/karaf.pid" 2>/dev/null || true)"
cp "$BUNDLE" "$HOME_DIR/deploy/"
for i in $(seq 1 60); do
  shell "kehu-bench:heap used" | grep -q '^heap used=' && break
  [ "$i" = 60 ] && { echo "The bench bundle did not start; see $HOME_DIR/data/log/karaf.log" >&2; exit 1; }
  sleep 2
done

if [ "$SEEDING" = 0 ]; then
  SEED="$(cat "$WORK/seed.txt")"
  echo "Reusing the database seeded earlier: $SEED"
else
  echo "Seeding $CUSTOMERS customers with invoices of $YEAR ..."
  SEED="$(shell "kehu-bench:seed --year $YEAR $CUSTOMERS" | grep '^seeded')"
  echo "$SEED" > "$WORK/seed.txt"
  echo "  $SEED"
fi

echo "Scan and sort (twice, the faster counts) ..."
SCAN1="$(shell "kehu-bench:abc-scan --year $YEAR" | grep '^abc-scan')"
SCAN2="$(shell "kehu-bench:abc-scan --year $YEAR" | grep '^abc-scan')"
echo "  $SCAN1"; echo "  $SCAN2"
SCAN_MS="$(( $(field millis "$SCAN1") < $(field millis "$SCAN2") ? $(field millis "$SCAN1") : $(field millis "$SCAN2") ))"

run_abc() { # prints the finished run's JSON
  local run id state
  run="$(curl -fsS -u admin:admin -H 'Content-Type: application/json' -d "{\"policy\":\"abc\",\"period\":\"$YEAR\"}" "$BASE/grading/runs")"
  id="$(echo "$run" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
  while true; do
    run="$(curl -fsS -u admin:admin "$BASE/grading/runs/$id")"
    state="$(echo "$run" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')"
    [ "$state" = SUCCEEDED ] || [ "$state" = FAILED ] && break
    sleep 1
  done
  echo "$run"
}

echo "ABC grading, two runs one after the other (the second compares its grades with the first) ..."
BEFORE="$(field used "$(shell "kehu-bench:heap used" | grep '^heap')")"
shell "kehu-bench:heap watch-start" >/dev/null
RUN1="$(run_abc)"
WATCH="$(shell "kehu-bench:heap watch-stop" | grep '^heap')"
PEAK_AFTER_GC="$(field peakAfterGc "$WATCH")"
PEAK="$(field peak "$WATCH")"
AFTER="$(field used "$(shell "kehu-bench:heap used" | grep '^heap')")"
RUN2="$(run_abc)"
echo "  $RUN1"; echo "  $RUN2"

python3 - "$SEED" "$SCAN_MS" "$RUN1" "$RUN2" "$BEFORE" "$AFTER" "$PEAK_AFTER_GC" "$PEAK" "$COMPUTE_FACTOR" "$TOTAL_MILLIS" "$HEAP_BYTES" <<'PY'
import datetime, json, sys
seed, scan, run1, run2, before, after, peak_gc, peak, factor, total_target, heap_target = sys.argv[1:]
scan, before, after, peak_gc, peak = int(scan), int(before), int(after), int(peak_gc), int(peak)
factor, total_target, heap_target = float(factor), int(total_target), int(heap_target)
f = dict(kv.split("=") for kv in seed.split()[1:])
rows = int(f["customers"]) + int(f["invoices"])
def wall(r):
    t = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
    return int((t(r["finishedAt"]) - t(r["startedAt"])).total_seconds() * 1000)
out = [("seed (customers + invoices)", f"{rows / (int(f['millis']) / 1000):,.0f} rows/s", "-", "-", f"{rows:,} rows in {int(f['millis']) / 1000:.1f} s"),
       ("raw scan + sort (limit)", f"{scan / 1000:.2f} s", "-", "-", "yardstick")]
ok = True
for name, r in (("ABC run 1", json.loads(run1)), ("ABC run 2", json.loads(run2))):
    if r["state"] != "SUCCEEDED":
        out.append((name, r["state"], "-", "-", r.get("error") or "")); ok = False; continue
    c, w = r["computeMillis"], wall(r)
    out.append((f"{name}: compute", f"{c / 1000:.2f} s", f"{scan / 1000:.2f} s", f"{c / scan:.2f}x", f"<= {factor:g}x " + ("OK" if c <= factor * scan else "MISSED")))
    out.append((f"{name}: compute + persist", f"{w / 1000:.2f} s", f"{total_target / 1000:.0f} s", f"{w / total_target:.2f}", "<= %d s %s" % (total_target // 1000, "OK" if w <= total_target else "MISSED")))
    ok = ok and c <= factor * scan and w <= total_target
g = max(peak_gc, after) - before
out.append(("heap growth (run 1: highest heap after a GC - live before)", f"{g / 2**20:.1f} MB", f"{heap_target / 2**20:.0f} MB", f"{g / heap_target:.2f}", "<= %d MB %s" % (heap_target // 2**20, "OK" if g <= heap_target else "MISSED")))
out.append(("heap left after run 1 (live after - live before)", f"{(after - before) / 2**20:.1f} MB", "-", "-", "information"))
out.append(("heap peak incl. garbage during run 1 - live before", f"{(peak - before) / 2**20:.1f} MB", "-", "-", "information"))
ok = ok and g <= heap_target
w = [max(len(str(x[i])) for x in out + [("scenario", "measured", "limit", "ratio", "target")]) for i in range(5)]
line = lambda x: "| " + " | ".join(str(v).ljust(w[i]) for i, v in enumerate(x)) + " |"
print(); print(line(("scenario", "measured", "limit", "ratio", "target"))); print("|" + "|".join("-" * (n + 2) for n in w) + "|")
for x in out: print(line(x))
print(); print("all targets met" if ok else "some targets missed")
PY
