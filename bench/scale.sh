#!/usr/bin/env bash
# tifa at scale: ingest N news-sized articles cut from the sample corpus
# (tools/synth: real paragraphs, a city's title, own URL and day) with its
# peak memory, then search latency on the store made and a fresh `tifa search`.
#
#   bash bench/scale.sh [N] [DIR]
#
# N defaults to 1000000 (about 2 GB of articles, an 8.4 GiB store, ten minutes
# on two cores); DIR (default: a new temporary folder) keeps the articles and
# the store for more measurements. Linux only (it reads /proc).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
work=${2:-$(mktemp -d)}
mkdir -p "$work"
go build -o "$work/tifa" ./cmd/tifa
[ -s "$work/articles-$n.jsonl" ] || go run ./tools/synth --docs "$n" testdata/corpus > "$work/articles-$n.jsonl"
db="$work/tifa-$n.db"
rm -f "$db" "$db-wal" "$db-shm"

# Peak RSS: the kernel's high-water mark, read until the process ends.
start=$(date +%s.%N)
"$work/tifa" ingest --db "$db" "$work/articles-$n.jsonl" 2> "$work/ingest.log" &
pid=$!
hwm=0
while kill -0 "$pid" 2> /dev/null; do
  v=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2> /dev/null || true)
  [ -n "$v" ] && hwm=$v
  sleep 1
done
wait "$pid"
end=$(date +%s.%N)
size=$(stat -c %s "$work/articles-$n.jsonl")
echo "ingest of $n articles ($(echo "scale=1; $size / 1048576" | bc) MiB): $(echo "$end - $start" | bc) s, peak RSS $((hwm / 1024)) MiB"
tail -1 "$work/ingest.log"
echo "store: $(($(stat -c %s "$db") / 1048576)) MiB, $(echo "scale=2; $(stat -c %s "$db") / $size" | bc) bytes per input byte"

TIFA_BENCH_DB="$db" go test ./corpus -run '^$' -bench SearchLatency -benchtime 20x | grep Benchmark
for q in 攻坚行动 脱贫 三个一批; do
  s=$(date +%s.%N)
  "$work/tifa" search --db "$db" "$q" > /dev/null
  e=$(date +%s.%N)
  echo "fresh tifa search $q: $(echo "($e - $s) * 1000" | bc | cut -d. -f1) ms"
done
