#!/usr/bin/env bash
# deploy/demo-screenshots.sh [OUT_DIR] [GATEWAY_URL]: after `./kapman.sh demo`, saves what a new user opens first — Today,
# the SPY ticker page, Accuracy and Ops — as PNGs taken by headless Chromium through the gateway (issue 22, item 6).
# GETs need no key. The chart script gets a few seconds of virtual time to draw before each capture.
set -euo pipefail
out="${1:-docs/screenshots}"
gateway="${2:-http://127.0.0.1:8080}"
mkdir -p "$out"
for page in "today:/" "ticker-spy:/ticker/SPY" "accuracy:/accuracy" "ops:/ops"; do
    name="${page%%:*}"
    path="${page#*:}"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,2200 \
        --virtual-time-budget=8000 --screenshot="$out/demo-$name.png" "$gateway$path" >/dev/null 2>&1
    echo "$out/demo-$name.png  <- $gateway$path"
done
