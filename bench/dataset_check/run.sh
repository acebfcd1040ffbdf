#!/usr/bin/env bash
# Dataset-check benchmark: `ftctl check --json` against the npm package `tiktoken` (WASM build of
# OpenAI's Rust tiktoken) and, when it installs, a native napi-rs binding of tiktoken-rs
# (@anysphere/tiktoken-node), doing the same SFT checks and cookbook token counts in Node (check.mjs).
#
#   bench/dataset_check/run.sh            # corpora of 10 and 100 MiB
#   SIZES="10" bench/dataset_check/run.sh # only the 10 MiB one
#
# Environment: BUILD_DIR (default build, relative to the repo root, or absolute), FTCTL (path of ftctl,
# overrides BUILD_DIR), CORPUS_DIR (default ${TMPDIR:-/tmp}/ftctl-dataset-check-corpora; corpora are reused
# while gen_corpus.py, the seed and the size are unchanged), SIZES (MiB, default "10 100"), SEED (default 3),
# MIN_SPEEDUP (default 10, checked on the 100 MiB corpus), MAX_RSS_MB (default 100, ftctl's peak RSS),
# REPEAT (default 1: runs of each tool; the table shows the fastest, and the highest peak RSS),
# SKIP_NATIVE=1 (leave the native binding out).
#
# Exits non-zero when the tools disagree on the examples or the token totals, when a corpus has errors,
# when ftctl's peak RSS reaches MAX_RSS_MB, or when ftctl is below MIN_SPEEDUP × npm tiktoken on 100 MiB.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD_DIR="${BUILD_DIR:-build}"
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
FTCTL="${FTCTL:-$BUILD_DIR/app/ftctl}"
CORPUS_DIR="${CORPUS_DIR:-${TMPDIR:-/tmp}/ftctl-dataset-check-corpora}"
SIZES="${SIZES:-10 100}"
SEED="${SEED:-3}"
MIN_SPEEDUP="${MIN_SPEEDUP:-10}"
MAX_RSS_MB="${MAX_RSS_MB:-100}"
REPEAT="${REPEAT:-1}"

die() { echo "run.sh: $*" >&2; exit 2; }
[ -x "$FTCTL" ] || die "no ftctl at $FTCTL (build the project first, or set BUILD_DIR / FTCTL)"
[ -x /usr/bin/time ] || die "GNU time is missing: apt-get install time (scripts/install-deps.sh lists it)"
command -v node >/dev/null || die "node is missing"
command -v python3 >/dev/null || die "python3 is missing"

# --- Node packages -------------------------------------------------------------------------------
if [ ! -d "$HERE/node_modules/tiktoken" ]; then
  echo "== npm install (bench/dataset_check)"
  (cd "$HERE" && npm install --no-audit --no-fund) >&2 || die "npm install failed"
fi
TOOLS=(ftctl wasm)
if [ "${SKIP_NATIVE:-0}" != 1 ]; then
  if (cd "$HERE" && node -e 'const t=require("@anysphere/tiktoken-node"); if (t.SupportedEncoding.O200k === undefined) process.exit(3)') 2>/dev/null; then
    TOOLS+=(native)
  else
    echo "native binding: @anysphere/tiktoken-node did not install or does not load here; carrying on without it"
  fi
fi

# --- corpora -------------------------------------------------------------------------------------
mkdir -p "$CORPUS_DIR"
GEN_SUM="$(sha256sum "$HERE/gen_corpus.py" | cut -c1-16)"
for mb in $SIZES; do
  f="$CORPUS_DIR/sft-${mb}mb-seed${SEED}.jsonl"
  stamp="$GEN_SUM seed=$SEED mb=$mb"
  if [ ! -f "$f" ] || [ "$(cat "$f.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "== generating $f"
    python3 "$HERE/gen_corpus.py" "$f" --mb "$mb" --seed "$SEED"
    echo "$stamp" > "$f.stamp"
  fi
done

# --- runs ----------------------------------------------------------------------------------------
OUT="$(mktemp -d "${TMPDIR:-/tmp}/ftctl-dataset-check-run.XXXXXX")"
trap 'rm -rf "$OUT"' EXIT

run_tool() { # TOOL FILE PREFIX RUN
  local tool="$1" file="$2" prefix="$3" run="$4" rc=0
  case "$tool" in
    ftctl) /usr/bin/time -v -o "$prefix.time.$run" "$FTCTL" check "$file" --method sft --json >"$prefix.json" 2>"$prefix.err" || rc=$? ;;
    wasm) /usr/bin/time -v -o "$prefix.time.$run" node "$HERE/check.mjs" "$file" --impl wasm >"$prefix.json" 2>"$prefix.err" || rc=$? ;;
    native) /usr/bin/time -v -o "$prefix.time.$run" node "$HERE/check.mjs" "$file" --impl native >"$prefix.json" 2>"$prefix.err" || rc=$? ;;
  esac
  echo "$rc" >"$prefix.rc"
}

for mb in $SIZES; do
  f="$CORPUS_DIR/sft-${mb}mb-seed${SEED}.jsonl"
  cat "$f" >/dev/null # the same warm page cache for every tool
  for run in $(seq 1 "$REPEAT"); do
    for tool in "${TOOLS[@]}"; do
      echo "== $tool on ${mb} MiB (run $run of $REPEAT)" >&2
      run_tool "$tool" "$f" "$OUT/$mb-$tool" "$run"
    done
  done
done

# --- the table and the verdict -------------------------------------------------------------------
MIN_SPEEDUP="$MIN_SPEEDUP" MAX_RSS_MB="$MAX_RSS_MB" REPEAT="$REPEAT" python3 - "$OUT" "$CORPUS_DIR" "$SEED" "$SIZES" "${TOOLS[@]}" <<'PY'
import glob, json, os, re, sys

out, corpus_dir, seed, sizes, tools = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(), sys.argv[5:]
min_speedup = float(os.environ["MIN_SPEEDUP"])
max_rss = float(os.environ["MAX_RSS_MB"])
MIB = 1 << 20
names = {"ftctl": "ftctl check", "wasm": "npm tiktoken 1.0.22 (WASM)", "native": "npm @anysphere/tiktoken-node (native)"}

def time_v(prefix):
    """The fastest of the runs (wall, CPU) and the highest peak RSS of them."""
    runs = [one_time_v(p) for p in sorted(glob.glob(prefix + ".time.*"))]
    best = min(runs)
    return best[0], best[1], max(r[2] for r in runs)

def one_time_v(path):
    t = open(path).read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", t).group(1).split(":")
    secs = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
    user = float(re.search(r"User time \(seconds\): (\S+)", t).group(1))
    sys_ = float(re.search(r"System time \(seconds\): (\S+)", t).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
    return secs, user + sys_, rss / 1024

rows, failures = [], []
for mb in sizes:
    f = os.path.join(corpus_dir, f"sft-{mb}mb-seed{seed}.jsonl")
    size_mb = os.path.getsize(f) / MIB
    res = {}
    for tool in tools:
        p = os.path.join(out, f"{mb}-{tool}")
        rc = int(open(p + ".rc").read())
        try:
            j = json.load(open(p + ".json"))
        except Exception:
            sys.stderr.write(open(p + ".err").read())
            failures.append(f"{names[tool]} on {mb} MiB printed no JSON (exit {rc})")
            continue
        secs, cpu, rss = time_v(p)
        res[tool] = dict(j=j, rc=rc, secs=secs, cpu=cpu, rss=rss)
        if rc != 0 or j.get("error_count", 0) != 0:
            failures.append(f"{names[tool]} found {j.get('error_count')} error(s) in the {mb} MiB corpus (exit {rc}); "
                            f"first: {(j.get('errors') or j.get('first_findings') or [None])[0]}")
    base = res.get("wasm")
    for tool in tools:
        if tool not in res:
            continue
        r = res[tool]
        speedup = base["secs"] / r["secs"] if base else float("nan")
        cpu_speedup = base["cpu"] / r["cpu"] if base and r["cpu"] > 0 else float("nan")
        r["speedup"] = speedup
        rows.append((names[tool], size_mb, r["secs"], r["cpu"], size_mb / r["secs"], r["rss"],
                     r["j"]["examples"], r["j"]["tokens"]["total"], speedup, cpu_speedup))
    # the same examples, totals and per-example distribution everywhere
    ref = res.get("ftctl")
    for tool in tools:
        if tool == "ftctl" or tool not in res or not ref:
            continue
        a, b = ref["j"], res[tool]["j"]
        for key, va, vb in [("examples", a["examples"], b["examples"]),
                            ("token total", a["tokens"]["total"], b["tokens"]["total"]),
                            ("per-example min", a["tokens"]["per_example"]["min"], b["tokens"]["per_example"]["min"]),
                            ("per-example max", a["tokens"]["per_example"]["max"], b["tokens"]["per_example"]["max"]),
                            ("per-example median", a["tokens"]["per_example"]["median"], b["tokens"]["per_example"]["median"]),
                            ("examples over the limit", a["tokens"]["over_limit"], b["tokens"]["over_limit"])]:
            if va != vb:
                failures.append(f"{mb} MiB: {key} differs: ftctl {va}, {names[tool]} {vb}")
    if ref:
        if ref["rss"] >= max_rss:
            failures.append(f"{mb} MiB: ftctl's peak RSS is {ref['rss']:.1f} MB (limit < {max_rss:g} MB)")
        if mb == "100" and base and ref["speedup"] < min_speedup:
            failures.append(f"100 MiB: ftctl is {ref['speedup']:.2f}× npm tiktoken (target ≥ {min_speedup:g}×)")

print()
print(f"Dataset check, SFT, o200k_base (MB = MiB; seconds = wall clock of the whole process, fastest of {os.environ['REPEAT']} run(s); CPU = user + sys)")
hdr = (f"{'tool':<38} {'file MB':>8} {'seconds':>8} {'CPU s':>7} {'MB/s':>7} {'peak RSS MB':>12} {'examples':>9} "
       f"{'token total':>12} {'vs tiktoken':>12} {'(CPU)':>8}")
print(hdr)
print("-" * len(hdr))
for name, size_mb, secs, cpu, mbs, rss, ex, tot, sp, csp in rows:
    print(f"{name:<38} {size_mb:>8.1f} {secs:>8.2f} {cpu:>7.2f} {mbs:>7.1f} {rss:>12.1f} {ex:>9} {tot:>12} {sp:>11.2f}× {csp:>7.2f}×")
print("vs tiktoken: npm tiktoken's wall seconds / the tool's (the target); (CPU): the same with user + sys seconds")
print()
if failures:
    for fl in failures:
        print("FAIL: " + fl)
    with open(os.path.join(out, "failed"), "w") as fh:
        fh.write("\n".join(failures))
else:
    print(f"ok: identical examples and token totals; ftctl peak RSS < {max_rss:g} MB; "
          + (f"ftctl ≥ {min_speedup:g}× npm tiktoken on 100 MiB" if "100" in sizes else "(the 100 MiB corpus was not run)"))
PY

if [ -f "$OUT/failed" ]; then
  if grep -q "differs" "$OUT/failed"; then
    for mb in $SIZES; do
      if grep -q "^$mb MiB: .*differs" "$OUT/failed"; then
        echo
        echo "== first differing example in the $mb MiB corpus (diff.mjs)"
        node "$HERE/diff.mjs" "$CORPUS_DIR/sft-${mb}mb-seed${SEED}.jsonl" --ftctl "$FTCTL" || true
      fi
    done
  fi
  exit 1
fi
