#!/usr/bin/env bash
# Speed of the whole tifa ingest (read, decode, normalize, segment, extract,
# store with the search index) against the tools people know, on the same
# text: OpenCC converting it (opencc -c t2s) and jieba segmenting it (default
# mode). Also tifa with one worker against two, and `tifa analyze` (all but
# the store: records printed as JSON Lines) on its own.
#
#   bash bench/compare.sh [MiB] [NEWS.jsonl.gz]
#
# MiB defaults to 100; needs: apt-get install opencc python3-jieba. The
# second run is on real news, short items rather than long speeches: NEWS
# (default ../shared/corpus/real/cctv-xinwenlianbo-2024-2026.jsonl.gz when it
# is there), JSON Lines articles as tifa reads them, against opencc on their
# text; it also reports the store's size over the input's.
set -euo pipefail
cd "$(dirname "$0")/.."
mib=${1:-100}
news=${2:-../shared/corpus/real/cctv-xinwenlianbo-2024-2026.jsonl.gz}
for tool in opencc python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install opencc python3-jieba)"; exit 2; }
done
# Debian's python3-jieba lives in the system Python, which may not be the first python3.
py=""
for p in python3 /usr/bin/python3; do
  if "$p" -c 'import jieba' 2>/dev/null; then py=$p; break; fi
done
[ -n "$py" ] || { echo "bench: python3-jieba is missing (apt-get install python3-jieba)"; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/tifa" ./cmd/tifa

# The sample corpus's plain-text documents, repeated to the size asked, each
# copy made distinct (tifa stores a content only once).
mkdir -p "$work/docs"
python3 - "$work/docs" "$work/all.txt" "$mib" testdata/corpus/seeds/*.txt testdata/corpus/dev/*.txt <<'PY'
import os, sys
out, joined, mib, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
texts = [open(f, encoding="utf-8").read() for f in files]
total, i = 0, 0
with open(joined, "w", encoding="utf-8") as all_:
    while total < mib << 20:
        t = texts[i % len(texts)] + f"\n第{i}号。\n"
        sub = os.path.join(out, f"{i // 1000:04d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{i:07d}.txt"), "w", encoding="utf-8") as f:
            f.write(t)
        all_.write(t)
        total += len(t.encode())
        i += 1
print(f"{i} documents, {total / 2**20:.1f} MiB", file=sys.stderr)
PY
size=$(stat -c %s "$work/all.txt")

secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }

t_tifa2=$(secs "$work/tifa" ingest --db "$work/t2.db" --workers 2 "$work/docs")
t_tifa1=$(secs "$work/tifa" ingest --db "$work/t1.db" --workers 1 "$work/docs")
t_an2=$(secs "$work/tifa" analyze --workers 2 "$work/docs")
t_an1=$(secs "$work/tifa" analyze --workers 1 "$work/docs")
t_opencc=$(secs opencc -c t2s -i "$work/all.txt" -o "$work/all.s.txt")
t_jieba=$(secs "$py" -c 'import sys, jieba
jieba.initialize()
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        jieba.lcut(line)' "$work/all.txt")

rate() { echo "scale=2; $size / 1048576 / $1" | bc -l; }
printf '%-36s %8s s %8s MiB/s\n' "tifa ingest --workers 2 (everything)" "$t_tifa2" "$(rate "$t_tifa2")"
printf '%-36s %8s s %8s MiB/s\n' "tifa ingest --workers 1 (everything)" "$t_tifa1" "$(rate "$t_tifa1")"
printf '%-36s %8s s %8s MiB/s\n' "tifa analyze --workers 2 (no store)" "$t_an2" "$(rate "$t_an2")"
printf '%-36s %8s s %8s MiB/s\n' "tifa analyze --workers 1 (no store)" "$t_an1" "$(rate "$t_an1")"
printf '%-36s %8s s %8s MiB/s\n' "opencc -c t2s (conversion only)" "$t_opencc" "$(rate "$t_opencc")"
printf '%-36s %8s s %8s MiB/s\n' "jieba default mode (segmentation only)" "$t_jieba" "$(rate "$t_jieba")"
echo "tifa (2 workers) vs opencc: $(echo "scale=2; $t_opencc / $t_tifa2" | bc -l)x   (goal > 1)"
echo "tifa (2 workers) vs jieba:  $(echo "scale=2; $t_jieba / $t_tifa2" | bc -l)x   (goal >= 5)"
echo "2 workers vs 1:             $(echo "scale=2; $t_tifa1 / $t_tifa2" | bc -l)x   (goal >= 1.7)"
echo "analyze (no store) vs opencc: $(echo "scale=2; $t_opencc / $t_an2" | bc -l)x, vs jieba: $(echo "scale=2; $t_jieba / $t_an2" | bc -l)x, 2 workers vs 1: $(echo "scale=2; $t_an1 / $t_an2" | bc -l)x"

# Real news: many short items. The store is per item, so its per-item costs
# (statements, index rows, transactions) show here and not on long texts.
if [ -f "$news" ]; then
  echo
  echo "real news: $news"
  python3 - "$news" "$work/news.txt" <<'PY'
import gzip, html, json, re, sys
src, out = sys.argv[1], sys.argv[2]
opener = gzip.open if src.endswith(".gz") else open
with opener(src, "rt", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
    for line in f:
        a = json.loads(line)
        t = a.get("text") or html.unescape(re.sub(r"<[^>]+>", "\n", a.get("html", "")))
        o.write(a.get("title", "") + "\n" + t + "\n")
PY
  nsize=$(stat -c %s "$work/news.txt")
  insize=$(gzip -cdf "$news" | wc -c)
  n_ingest2=$(secs "$work/tifa" ingest --db "$work/n2.db" --workers 2 "$news")
  n_ingest1=$(secs "$work/tifa" ingest --db "$work/n1.db" --workers 1 "$news")
  n_an2=$(secs "$work/tifa" analyze --workers 2 "$news")
  n_opencc=$(secs opencc -c t2s -i "$work/news.txt" -o "$work/news.s.txt")
  nrate() { echo "scale=2; $nsize / 1048576 / $1" | bc -l; }
  printf '%-36s %8s s %8s MiB/s\n' "tifa ingest --workers 2" "$n_ingest2" "$(nrate "$n_ingest2")"
  printf '%-36s %8s s %8s MiB/s\n' "tifa ingest --workers 1" "$n_ingest1" "$(nrate "$n_ingest1")"
  printf '%-36s %8s s %8s MiB/s\n' "tifa analyze --workers 2" "$n_an2" "$(nrate "$n_an2")"
  printf '%-36s %8s s %8s MiB/s\n' "opencc -c t2s (conversion only)" "$n_opencc" "$(nrate "$n_opencc")"
  echo "ingest vs opencc: $(echo "scale=2; $n_opencc / $n_ingest2" | bc -l)x (goal >= 1), analyze vs opencc: $(echo "scale=2; $n_opencc / $n_an2" | bc -l)x (goal >= 2), 2 workers vs 1: $(echo "scale=2; $n_ingest1 / $n_ingest2" | bc -l)x (goal >= 1.7)"
  store=$(( $(stat -c %s "$work/n2.db") + $(stat -c %s "$work/n2.db-wal" 2>/dev/null || echo 0) ))
  echo "store: $((store / 1048576)) MiB for $((insize / 1048576)) MiB of JSON Lines: $(echo "scale=2; $store / $insize" | bc -l) bytes per input byte (goal <= 1.5)"
fi
