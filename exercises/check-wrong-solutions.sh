#!/usr/bin/env bash
# Proves that the exercises' tests tell right from wrong (see WRONG_SOLUTIONS.md).
#
# For every exercise in exercises/lessonNN/<name>.rs it checks:
#   1. shape: the solution is the exercise with only its TODO region replaced
#      (the lines before the first `// TODO` line, and everything from
#      `fn main() {` to the end, tests included, are byte-identical). A wrong
#      solution under wrong/<name>/ holds ONLY its own TODO region (from the
#      TODO line up to the closing brace before `fn main`); this script puts
#      it between the exercise's prefix and suffix, so a wrong solution is
#      always tested against the exercise's real tests;
#   2. a "make it compile" stub (its first line says "The stub fails with
#      EXXXX.") is rejected by rustc with that code, and its hint in info.toml
#      quotes rustc's first error line word for word;
#   3. the solution compiles and all its tests pass;
#   4. every wrong solution compiles, and the test named on its
#      `// CAUGHT BY: tests::<name>` line FAILS; a `// CAUGHT BY: clippy::<lint>`
#      entry must instead be rejected by Clippy with `-D warnings` and that
#      lint, as the exercise's `strict_clippy = true` makes Rustlings do;
#   5. WRONG_SOLUTIONS.md has one row per wrong file, and no other row.
#
# Usage: ./check-wrong-solutions.sh            (all exercises, in parallel)
#        ./check-wrong-solutions.sh NAME...    (only these exercises)
# Needs rustc, clippy-driver and the test harness of the pinned toolchain;
# compiles each file directly with rustc (no Cargo), so it takes seconds.
set -euo pipefail
cd "$(dirname "$0")"

edition=2024

# ---- one exercise: `check-wrong-solutions.sh --one exercises/lessonNN/NAME.rs OUTDIR`
if [[ "${1:-}" == "--one" ]]; then
    ex=$2
    out=$3
    name=$(basename "$ex" .rs)
    dir=$(basename "$(dirname "$ex")")
    sol="solutions/$dir/$name.rs"
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    errors=0
    say() { echo "$name: $*"; }
    bad() { echo "$name: FAIL: $*"; errors=$((errors + 1)); }

    [[ -f "$sol" ]] || { bad "no solution $sol"; exit 1; }

    todo_line=$(grep -n -m1 '// TODO' "$ex" | cut -d: -f1)
    main_line=$(grep -n -m1 '^fn main() {' "$ex" | cut -d: -f1)
    [[ -n "$todo_line" && -n "$main_line" ]] || { bad "no // TODO or fn main() in $ex"; exit 1; }
    head -n $((todo_line - 1)) "$ex" >"$tmp/prefix"
    tail -n +"$main_line" "$ex" >"$tmp/suffix"

    same_shape() { # FILE: same prefix and suffix as the exercise
        local f=$1 m
        head -n $((todo_line - 1)) "$f" | cmp -s - "$tmp/prefix" || { bad "$f: lines before the TODO region differ from $ex"; return; }
        m=$(grep -n -m1 '^fn main() {' "$f" | cut -d: -f1)
        [[ -n "$m" ]] && tail -n +"$m" "$f" | cmp -s - "$tmp/suffix" || bad "$f: fn main/tests differ from $ex"
    }

    # 2. the stub fails the way its header says.
    code=$(sed -n '1s/.*The stub fails with \(E[0-9]\{4\}\)\..*/\1/p' "$ex")
    if [[ -n "$code" ]]; then
        if rustc --edition "$edition" --crate-name stub -o "$tmp/stub" "$ex" 2>"$tmp/stub.err"; then
            bad "the stub compiles, expected $code"
        else
            first=$(grep -m1 '^error' "$tmp/stub.err" || true)
            if [[ "$first" != "error[$code]"* ]]; then
                bad "the stub's first error is '$first', expected $code"
            elif ! grep -qF -- "$first" info.toml; then
                bad "info.toml does not quote the stub's first error line: $first"
            else
                say "stub fails with $first"
            fi
        fi
    else
        # An implement exercise: it compiles, and its tests fail (todo!()).
        if rustc --edition "$edition" --test --crate-name stub -o "$tmp/stub" "$ex" 2>"$tmp/stub.err"; then
            if "$tmp/stub" >"$tmp/stub.out" 2>&1; then bad "the stub's tests pass"; else say "stub compiles, its tests fail"; fi
        else
            bad "the implement stub does not compile: $(grep -m1 '^error' "$tmp/stub.err")"
        fi
    fi

    # 3. the solution passes.
    same_shape "$sol"
    if rustc --edition "$edition" --test --crate-name sol -o "$tmp/sol" "$sol" 2>"$tmp/sol.err"; then
        if "$tmp/sol" >"$tmp/sol.out" 2>&1; then
            say "solution: $(grep -m1 '^test result' "$tmp/sol.out")"
        else
            bad "solution tests fail:"; cat "$tmp/sol.out"
        fi
    else
        bad "solution does not compile:"; cat "$tmp/sol.err"
    fi

    # 4. every wrong solution is caught by the test it names.
    shopt -s nullglob
    for wrong in wrong/"$name"/*.rs; do
        w=$(basename "$wrong" .rs)
        grep -q '^fn main() {' "$wrong" && bad "$wrong: holds a whole program; keep only its TODO region"
        whole="$tmp/wrong-$w.rs"
        { cat "$tmp/prefix" "$wrong"; echo; cat "$tmp/suffix"; } >"$whole"
        caught=$(sed -n 's|^ *// CAUGHT BY: \([A-Za-z0-9_:]*\).*|\1|p' "$wrong" | head -n1)
        grep -qF "| \`$name\` | \`$w\`:" WRONG_SOLUTIONS.md || bad "$wrong is not listed in WRONG_SOLUTIONS.md"
        grep -qF "| \`$caught\` |" <(grep -F "| \`$name\` | \`$w\`:" WRONG_SOLUTIONS.md) ||
            bad "WRONG_SOLUTIONS.md does not say $w is caught by $caught"
        if ! rustc --edition "$edition" --test --crate-name wrong -o "$tmp/wrong" "$whole" 2>"$tmp/wrong.err"; then
            bad "wrong/$name/$w.rs does not even compile (it must fail by behaviour):"; cat "$tmp/wrong.err"
            continue
        fi
        case "$caught" in
        tests::*)
            if "$tmp/wrong" >"$tmp/wrong.out" 2>&1; then
                bad "wrong/$name/$w.rs passes every test"
            elif grep -qx "test $caught \.\.\. FAILED" "$tmp/wrong.out"; then
                say "wrong/$w caught by $caught"
            else
                bad "wrong/$name/$w.rs fails, but not in $caught:"; grep '^test ' "$tmp/wrong.out"
            fi
            ;;
        clippy::*)
            if clippy-driver --edition "$edition" --test --crate-name wrong -o "$tmp/wrong-clippy" \
                -W "$caught" -D warnings "$whole" >"$tmp/clippy.out" 2>&1; then
                bad "wrong/$name/$w.rs passes clippy -D warnings -W $caught"
            elif grep -q "${caught#clippy::}" "$tmp/clippy.out"; then
                say "wrong/$w caught by $caught"
            else
                bad "wrong/$name/$w.rs fails clippy, but not with $caught:"; cat "$tmp/clippy.out"
            fi
            ;;
        *) bad "$wrong: no '// CAUGHT BY: tests::NAME' or 'clippy::LINT' line" ;;
        esac
    done
    exit $((errors > 0))
fi

# ---- all exercises (or the ones named), in parallel
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [[ $# -gt 0 ]]; then
    exercises=()
    for n in "$@"; do exercises+=(exercises/lesson*/"$n".rs); done
else
    exercises=(exercises/lesson*/*.rs)
fi

status=0
printf '%s\n' "${exercises[@]}" |
    xargs -P "$(nproc 2>/dev/null || echo 2)" -I{} sh -c '"$0" --one "$1" "$2" >"$2/$(basename "$1" .rs).log" 2>&1' "$0" {} "$out" ||
    status=1
for ex in "${exercises[@]}"; do
    cat "$out/$(basename "$ex" .rs).log"
done

# 5. no stale row in the table: one row per wrong file.
rows=$(grep -c '^| `' WRONG_SOLUTIONS.md || true)
files=$(find wrong -name '*.rs' | wc -l)
if [[ $# -eq 0 && "$rows" -ne "$files" ]]; then
    echo "WRONG_SOLUTIONS.md has $rows rows for $files files under wrong/"
    status=1
fi

if [[ $status -ne 0 ]]; then
    echo "FAILED: see the 'FAIL' lines above"
    exit 1
fi
echo "OK: ${#exercises[@]} exercises checked; every solution passes, every wrong solution is caught."
