#!/usr/bin/env bash
# A narrated demo: upload → fine-tune → watch → results → deploy → chat → clean up, all on the emulator.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BUILD_DIR:-build}/app
WORK=$(mktemp -d)
trap 'kill "$EMU_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

"$BIN/finetune-emulator" --data-dir "$WORK/emulator" --speed "${SPEED:-20}" --quiet > "$WORK/emulator.out" &
EMU_PID=$!
for _ in $(seq 50); do grep -q '^listening on' "$WORK/emulator.out" 2>/dev/null && break; sleep 0.1; done
URL=$(head -n1 "$WORK/emulator.out" | awk '{print $3}')
say "Emulator: $(head -n1 "$WORK/emulator.out")"

export AZURE_OPENAI_API_KEY=demo-key AZURE_ARM_TOKEN=demo-arm-token
ARM=(--arm-endpoint "$URL" --arm-subscription demo-sub --arm-resource-group demo-rg --arm-account demo-account)
ftctl() { "$BIN/ftctl" --endpoint "$URL" "$@"; }

python3 - "$WORK/train.jsonl" <<'PY'
import json, sys
capitals = [("France", "Paris"), ("Japan", "Tokyo"), ("Sweden", "Stockholm"), ("China", "Beijing"),
            ("Italy", "Rome"), ("Spain", "Madrid"), ("Kenya", "Nairobi"), ("Peru", "Lima"),
            ("Canada", "Ottawa"), ("Egypt", "Cairo"), ("Chile", "Santiago"), ("Norway", "Oslo")]
with open(sys.argv[1], "w") as f:
    for country, city in capitals:
        f.write(json.dumps({"messages": [
            {"role": "system", "content": "You answer with the capital only, politely."},
            {"role": "user", "content": f"What is the capital of {country}?"},
            {"role": "assistant", "content": f"The capital of {country} is {city}."}]}) + "\n")
PY

say "Upload the training data"
FILE=$(ftctl --json files upload "$WORK/train.jsonl" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
ftctl files list

say "Create a supervised fine-tuning job (suffix, seed, hyperparameters)"
JOB=$(ftctl --json jobs create --model gpt-4.1-mini --training-file "$FILE" --suffix capitals --seed 7 \
      --n-epochs 3 --learning-rate-multiplier 0.5 --training-type globalStandard | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
echo "job $JOB"

say "Wait for it"
ftctl jobs wait "$JOB" --interval 1
MODEL=$(ftctl --json jobs show "$JOB" | python3 -c 'import json,sys; print(json.load(sys.stdin)["fine_tuned_model"])')
RESULTS=$(ftctl --json jobs show "$JOB" | python3 -c 'import json,sys; print(json.load(sys.stdin)["result_files"][0])')

say "Checkpoints"
ftctl jobs checkpoints "$JOB"

say "results.csv (first lines)"
ftctl files download "$RESULTS" "$WORK/results.csv"
head -n 6 "$WORK/results.csv"

say "Deploy through Azure Resource Manager"
ftctl deploy create capitals-demo --model "$MODEL" --sku GlobalStandard "${ARM[@]}" --interval 0.5

say "Chat with the fine-tuned model"
ftctl chat --model capitals-demo "What is the capital of Japan?"

say "Clean up: deployment, model, files"
ftctl deploy delete capitals-demo "${ARM[@]}"
ftctl models delete "$MODEL"
ftctl files delete "$FILE"
say "Done."
