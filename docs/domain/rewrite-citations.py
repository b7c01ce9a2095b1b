#!/usr/bin/env python3
"""Rewrites seed citations in comments to cite docs/domain pages, keeping the seed section as provenance.

    python3 docs/domain/rewrite-citations.py [ROOT] [--check] [--list]

ROOT defaults to the repository holding this script. Only comment text changes: `//`, `///` and `/* */` comments of
.cs and .js files (string and character literals are skipped), `--` and `/* */` comments of .sql files, and the whole
text of Markdown files outside docs/domain. bin/, obj/, node_modules/ and .git/ are skipped.

    seed 000 §11.4, first match          ->  docs/domain/wyckoff-scores.md#decision-rules (seed 000 §11.4), first match
    (seed 000 §11.4 "exit immediately")  ->  (docs/domain/wyckoff-scores.md#decision-rules, seed 000 §11.4 "exit immediately")
    (ARCHITECTURE.md, safety defaults)   ->  (docs/domain/architecture.md#safety-defaults)

Idempotent: a citation already preceded by a docs/domain link is left alone, so the script can run again on any tree
(for example after files moved). The mapping is MAPPING below, the same table as docs/domain/CITATIONS.md: the longest
key that the citation's text starts with wins (case-insensitive; a citation wrapped over two comment lines is read as one
line). A citation no key matches is reported and left unchanged.

--check: change nothing, exit 1 when a citation would be rewritten or is unmapped. --list: print each distinct citation
with its count and target. --table: print the Markdown table of docs/domain/CITATIONS.md for the tree (run it on a tree
before the rewrite).
"""

import os
import re
import sys

W = "docs/domain/wyckoff-events-and-phases.md"
S = "docs/domain/wyckoff-scores.md"
I = "docs/domain/indicators.md"
O = "docs/domain/options-metrics.md"
R = "docs/domain/recommendations.md"
E = "docs/domain/execution.md"
D = "docs/domain/data-contracts.md"
A = "docs/domain/architecture.md"

# (citation text as it starts in the comment, target). Keep in step with docs/domain/CITATIONS.md.
MAPPING = [
    # seed 000: Kapman v1.0
    ("seed 000 FR-006", R + "#justification"),
    ("seed 000 FR-007", D + "#ingestion-market"),
    ("seed 000 FR-011", S + "#decision-rules"),
    ("seed 000 §3.4", R + "#decision-boundaries"),
    ("seed 000 §5.1", D + "#recommendation-recommendation"),
    ("seed 000 §5.1 <c>recommendation_outcomes</c>", R + "#outcome-evaluation"),
    ("seed 000 §5.1 recommendation_outcomes", R + "#outcome-evaluation"),
    ("seed 000 §5.1 <c>recommendations.action</c>", R + "#strategy-selection"),
    ("seed 000 §5.1 <c>recommendations.direction</c>", R + "#strategy-selection"),
    ("seed 000 §5.2", W + "#event-list"),
    ("seed 000 §5.2, §10.2", S + "#parameters"),
    ("seed 000 §5.2, §5.3", W + "#event-list"),
    ("seed 000 §5.2: \"Validate spring\"", W + "#test-test-of-spring"),
    ("seed 000 §5.2: \"Quick bounce", W + "#ar-automatic-rally"),
    ("seed 000 §5.2: \"Retest of SC", W + "#st-secondary-test"),
    ("seed 000 §5.2: \"Breakout signal\"", W + "#sos-sign-of-strength"),
    ("seed 000 §5.2: \"Breakdown signal\"", W + "#sow-sign-of-weakness"),
    ("seed 000 §5.2: \"Volume &gt;2x avg, wide range at highs\"", W + "#bc-buying-climax"),
    ("seed 000 §5.2: \"False breakdown\"", W + "#spring-event"),
    ("seed 000 §5.2, SOW", W + "#sow-sign-of-weakness"),
    ("seed 000 §5.2 defines SOW", S + "#spring-entry-gate"),
    ("seed 000 §5.2 event codes", R + "#strategy-selection"),
    ("seed 000 §5.2: SC, AR, ST", W + "#event-list"),
    ("seed 000 §5.3", W + "#event-sequence"),
    ("seed 000 §5.4", R + "#dte-windows"),
    ("seed 000 §5.4, §9.2", R + "#strategy-selection"),
    ("seed 000 §5.5", R + "#outcome-evaluation"),
    ("seed 000 §5.5: 50", R + "#trade-plan"),
    ("seed 000 §7.1", D + "#wyckoff-http-reads"),
    ("seed 000 §9.2", R + "#outcome-evaluation"),
    ("seed 000 §11.1", W + "#phases"),
    ("seed 000 §11.2", S + "#bc-score"),
    ("seed 000 §11.2: \"&gt;5%", S + "#bc-parabolic-price"),
    ("seed 000 §11.2: \"Volume &gt;2x 20-day", S + "#bc-volume-explosion"),
    ("seed 000 §11.2: \"Daily range", S + "#bc-wide-range-bars"),
    ("seed 000 §11.2: \"RSI", S + "#bc-overbought"),
    ("seed 000 §11.2: \"Price new high", S + "#bc-volume-divergence"),
    ("seed 000 §11.2: \"New high", S + "#bc-behavior-at-highs"),
    ("seed 000 §11.2: \"Media", S + "#bc-sentiment-extreme"),
    ("seed 000 §11.2-11.4", S + "#parameters"),
    ("seed 000 §11.3", S + "#spring-score"),
    ("seed 000 §11.3: \"Price breaks", S + "#spring-support-break"),
    ("seed 000 §11.3: \"Price recovers", S + "#spring-quick-recovery"),
    ("seed 000 §11.3: \"Volume below", S + "#spring-low-volume"),
    ("seed 000 §11.3: \"Closes in upper", S + "#spring-bullish-close"),
    ("seed 000 §11.4", S + "#decision-rules"),
    ("seed 000 §11.4 decision rules, §5.4", R + "#strategy-selection"),
    ("seed 000 §11.4 boundaries and §5.4", R + "#strategy-selection"),
    ("seed 000 §11.4 score rules", R + "#strategy-selection"),
    ("seed 000 §11.4 \"", R + "#strategy-selection"),
    ("seed 000 §11.4) or an", S + "#spring-entry-gate"),
    # seed 001: Kapman v3.2
    ("seed 001", I + "#price-metrics"),
    ("seed 001 FR-011", D + "#ingestion-market"),
    ("seed 001 §5.1", D + "#ingestion-market"),
    ("seed 001 §5.1's two layers", A + "#data-ownership"),
    ("seed 001 §5.5", I + "#snapshot-columns"),
    ("seed 001 §7.1", D + "#wyckoff-http-reads"),
    ("seed 001 §17.2", S + "#trade-signals"),
    ("seed 001 §17.2 SPRING + SOS", R + "#strategy-selection"),
    ("seed 001 §17.2 STRONG_ENTRY", R + "#strategy-selection"),
    ("seed 001 §17.2).</item>", R + "#strategy-selection"),
    ("seed 001 §17.2 trade signal in strategy selection", R + "#strategy-selection"),
    # seed 002: sprint 2 guide
    ("seed 002 story 2.2", O + "#daily-summary"),
    # seed 003: Claxton options bot
    ("seed 003", E + "#walking-limit"),
    ("seed 003 \"broker-truth reconciliation\"", E + "#reconciliation"),
    ("seed 003 §2.5 stage I", E + "#exit-rules"),
    ("seed 003 §2.6", E + "#order-states"),
    ("seed 003 §2.6 entry path", E + "#combo-orders"),
    ("seed 003 §2.6 exit path", E + "#exit-guardrails"),
    ("seed 003 §2.6 <c>precheck_close</c>", E + "#close-pre-check"),
    ("seed 003 §4 task 5.1", E + "#reconciliation"),
    ("seed 003 §4 task 5.1.1 acceptance", E + "#positions-and-pnl"),
    ("seed 003 §6 task 7.2.1", E + "#net-greeks"),
    ("seed 003 §8 task 9.2.1", E + "#broker-interface"),
    ("seed 003 §8 task 9.2.2", E + "#broker-interface"),
    ("seed 003 §8 task 9.3", E + "#occ-symbols"),
    ("seed 003 §8 task 9.5", D + "#execution-execution"),
    ("seed 003 §9", E + "#shadow-mode"),
    ("seed 003 §9 task 10.2.1", E + "#paper-fills"),
    ("seed 003 §9 task 10.2.2", E + "#shadow-mode"),
    ("seed 003 §9.2", E + "#combo-orders"),
    ("seed 003 §10", E + "#positions-and-pnl"),
    ("seed 003 §11", E + "#market-orders"),
    ("seed 003 §11 R2", E + "#market-orders"),
    ("seed 003 §11 R10", E + "#reconciliation"),
    ("seed 003 §11 mitigation 7", E + "#close-pre-check"),
    ("seed 003 §11 risk mitigations", E + "#broker-interface"),
    ("seed 003 §11: \"never pays", E + "#walking-limit"),
    ("seed 003 §11 \"defers exit", E + "#exit-guardrails"),
    ("seed 003 Appendix A", E + "#occ-symbols"),
    ("seed 003 Appendix B", E + "#walking-limit"),
    ("seed 003 Appendix B step d, §11 R1) and by the kill", E + "#combo-orders"),
    ("seed 003 Appendix B steps c-f", E + "#order-states"),
    ("seed 003 Appendix F", E + "#kill-switch"),
    ("seed 003 Appendix F, §2.1", E + "#hard-stop-flatten"),
    ("seed 003 Appendix G", E + "#exit-guardrails"),
    ("seed 003 Appendix G, the VIX-spike", E + "#market-orders"),
    ("seed 003 Appendix G (a VIX spike", E + "#market-orders"),
    ("seed 003 Appendix G): <c>class=option", E + "#market-orders"),
    ("seed 003 Appendix G <c>VIX_EMERGENCY", E + "#hard-stop-flatten"),
]

# Design-card references: a fixed rewrite, no provenance kept (the card is not in the repository).
FIXED = [
    ("ARCHITECTURE.md, safety defaults", A + "#safety-defaults"),
    ("ARCHITECTURE.md safety defaults", A + "#safety-defaults"),
    ("ARCHITECTURE.md", A),
    ("DOMAIN-INDEX.md", "docs/domain/README.md"),
    ("DOMAIN-INDEX", "docs/domain/README.md"),
]

SECTION = (r"(?: (?:§\d+(?:\.\d+)*(?:-\d+(?:\.\d+)*)?"
           r"(?: (?:task \d+(?:\.\d+)*|R\d+(?:/R?\d+)?|mitigation \d+|stage [A-I]))?"
           r"|Appendix [A-I](?: (?:steps? )?(?:\d+(?:-\d+)?(?: and [a-g])?|[a-g](?:-[a-g])?)(?![\w-]))?"
           r"|FR-\d+|story \d+(?:\.\d+)?))?")
CITATION = re.compile(r"\b[Ss]eed (00\d)" + SECTION)
FIXED_RE = re.compile(r"(?<![\w/.-])(" + "|".join(re.escape(k) for k, _ in FIXED) + r")")
LINKED_BEFORE = re.compile(r"docs/domain/[\w./-]+\.md(?:#[\w-]+)?(?:, | \()$")
CONTINUATION = re.compile(r"\s*\n\s*(?:///|//|--|\*)?\s*")
SKIP_DIRS = {"bin", "obj", "node_modules", ".git"}
C_LIKE = {".cs", ".js"}


def comment_spans(text, ext):
    """(start, end) of every comment in a C#/JS (C_LIKE) or SQL text; the whole text for Markdown."""
    if ext == ".md":
        return [(0, len(text))]
    spans, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        two = text[i:i + 2]
        if two == "/*":
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            spans.append((i, end))
            i = end
        elif (ext in C_LIKE and two == "//") or (ext == ".sql" and two == "--"):
            end = text.find("\n", i)
            end = n if end < 0 else end
            spans.append((i, end))
            i = end
        elif ext in C_LIKE and text.startswith('"""', i):
            q = 3
            while i + q < n and text[i + q] == '"':
                q += 1
            end = text.find('"' * q, i + q)
            i = n if end < 0 else end + q
        elif ext in C_LIKE and (c == '"' or (c == "@" and text[i + 1:i + 2] == '"') or (c in "$@" and text[i + 1:i + 3] in ('@"', '$"'))):
            verbatim = "@" in text[i:i + 3].split('"')[0]
            i = text.find('"', i) + 1
            while i < n:
                if not verbatim and text[i] == "\\":
                    i += 2
                    continue
                if text[i] == '"':
                    if verbatim and text[i + 1:i + 2] == '"':
                        i += 2
                        continue
                    i += 1
                    break
                if not verbatim and text[i] == "\n":
                    break
                i += 1
        elif ext in C_LIKE and c == "'":
            m = re.match(r"'(?:\\.|[^'\\\n]){1,8}'", text[i:])
            i += len(m.group(0)) if m else 1
        elif ext == ".sql" and c == "'":
            end = i + 1
            while end < n:
                if text[end] == "'":
                    if text[end + 1:end + 2] == "'":
                        end += 2
                        continue
                    break
                end += 1
            i = end + 1
        else:
            i += 1
    return spans


def target_of(text, start):
    """The MAPPING target for the citation at text[start], reading wrapped comment lines as one line."""
    ahead = CONTINUATION.sub(" ", text[start:start + 160]).lower()
    best = None
    for key, target in MAPPING:
        if ahead.startswith(key.lower()) and (best is None or len(key) > len(best[0])):
            best = (key, target)
    return best[1] if best else None


def rewrite_span(text, start, end, found, unmapped):
    """The span's text with its citations rewritten."""
    out, pos = [], start
    for m in CITATION.finditer(text, start, end):
        before = text[max(start, m.start() - 120):m.start()]
        target = target_of(text, m.start())
        if target is None:
            unmapped.append(m.group(0))
            continue
        found.append((m.group(0), target))
        if LINKED_BEFORE.search(before):
            continue
        out.append(text[pos:m.start()])
        if before.endswith("("):
            out.append(f"{target}, {m.group(0)}")
        else:
            out.append(f"{target} ({m.group(0)})")
        pos = m.end()
    out.append(text[pos:end])
    span = "".join(out)
    fixed = dict(FIXED)
    return FIXED_RE.sub(lambda m: fixed[m.group(1)], span)


def rewrite(text, ext, found, unmapped):
    out, pos = [], 0
    for start, end in comment_spans(text, ext):
        out.append(text[pos:start])
        out.append(rewrite_span(text, start, end, found, unmapped))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def files(root):
    domain = os.path.join(root, "docs", "domain")
    for directory, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        if os.path.commonpath([directory, domain]) == domain:
            continue
        for name in sorted(names):
            ext = os.path.splitext(name)[1]
            if ext in C_LIKE or ext in (".sql", ".md"):
                yield os.path.join(directory, name), ext


def table(root):
    """The CITATIONS.md table: each distinct citation (with the key that decided it) and its target, with the files."""
    rows = {}
    for path, ext in files(root):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        name = os.path.basename(path)
        for start, end in comment_spans(text, ext):
            for m in CITATION.finditer(text, start, end):
                ahead = CONTINUATION.sub(" ", text[m.start():m.start() + 160]).lower()
                keys = [k for k, _ in MAPPING if ahead.startswith(k.lower())]
                best = max(keys, key=len) if keys else None
                citation = "s" + m.group(0)[1:]
                key = best if best and best.lower() != citation.lower() else ""
                rows.setdefault((citation, key, dict(MAPPING).get(best, "UNMAPPED")), set()).add(name)
            for m in FIXED_RE.finditer(text, start, end):
                rows.setdefault((m.group(1), "", dict(FIXED)[m.group(1)]), set()).add(name)
    lines = ["| Citation in the code | Read with (longest key) | Now cited as | Files |", "|---|---|---|---|"]
    for citation, key, target in sorted(rows, key=lambda r: (not r[0].startswith("s"), r[0].lower(), r[1])):
        context = f"`{key}…`" if key else ""
        names = ", ".join(sorted(rows[(citation, key, target)]))
        lines.append(f"| `{citation}` | {context} | `{target}` | {names} |")
    return "\n".join(lines)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    root = os.path.abspath(args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    check, listing = "--check" in argv, "--list" in argv
    if "--table" in argv:
        print(table(root))
        return 0
    changed, found, unmapped = [], [], []
    for path, ext in files(root):
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        missing = []
        new = rewrite(text, ext, found, missing)
        unmapped.extend(f"{m}  ({os.path.relpath(path, root)})" for m in missing)
        if new != text:
            changed.append(os.path.relpath(path, root))
            if not check and not listing:
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(new)
    if listing:
        counts = {}
        for citation, target in found:
            counts[(citation, target)] = counts.get((citation, target), 0) + 1
        for (citation, target), count in sorted(counts.items()):
            print(f"{count:3}  {citation}  ->  {target}")
    for citation in sorted(set(unmapped)):
        print(f"unmapped: {citation}", file=sys.stderr)
    verb = "would change" if check or listing else "changed"
    print(f"{verb} {len(changed)} file(s)", file=sys.stderr)
    for path in changed:
        print(path)
    return 1 if check and (changed or unmapped) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
