#!/usr/bin/env bash
# Proves that the exercises' tests tell right from wrong (see WRONG_SOLUTIONS.md),
# and that every exercise keeps the set's rules.
#
# For every exercise in exercises/<dir>/<name>.rs it checks:
#   1. shape: the solution is the exercise with only its TODO region replaced
#      (the lines before the first `// TODO` line, and everything from
#      `fn main() {` to the end, tests included, are byte-identical). A wrong
#      solution under wrong/<name>/ holds ONLY its own TODO region; this
#      script puts it between the exercise's prefix and suffix, so a wrong
#      solution always meets the exercise's real tests;
#   2. the stub fails the way its first line says:
#      - "The stub fails with EXXXX.": rustc rejects it, first with EXXXX,
#        and its hint in info.toml quotes rustc's first error line;
#      - "The stub compiles with a warning.": it compiles, the hint quotes
#        the first warning of the test build, and a test fails;
#      - otherwise (an "implement" stub): it compiles and a test fails;
#   3. the solution compiles and all its tests pass;
#   4. every wrong solution is caught the way its `// CAUGHT BY:` line says:
#      - `tests::<name>`: it compiles, and that test FAILS;
#      - `clippy::<lint>`: `clippy-driver -D warnings` rejects it with that
#        lint, as the exercise's `strict_clippy = true` makes Rustlings do;
#      - `rustc::EXXXX`: rustc rejects it with EXXXX, and the hint quotes that
#        error's first line (a hint that warns about a trap proves it);
#   5. the rules: every `// - ` bullet of the header's "Rules" list names the
#      test that checks it (`tests::<name>`, a test of that file) or a Clippy
#      lint (`clippy::<lint>`, only in a `strict_clippy` exercise);
#   6. the hint: every line it quotes as compiler output (indented, starting
#      with `error[` or `warning:`) comes from the stub or from a wrong
#      solution; and it contains no line of the solution's TODO region (lines
#      of 16 or more characters, whitespace-normalised);
#   7. the lesson sections the header's `Read:` lines and the hint's Step 2
#      name in quotes exist: each is a `## ` heading of a lesson named there
#      (a two-digit lesson number), or of the repository's README, or the
#      start of one (the chapters are edited while the exercises stay);
#   8. a hint that says Polonius accepts the stub (`-Zpolonius=next`) is
#      checked with the installed nightly, if there is one (skipped loudly
#      otherwise);
# and, once for the whole set:
#   9. WRONG_SOLUTIONS.md has one row per wrong file, and no other row, and
#      README.md states how many there are;
#  10. no file under exercises/, solutions/ or wrong/ contains `unsafe`: only
#      the shared test harness (support/harness.rs) may, and Cargo.toml
#      denies `unsafe_code` everywhere else.
#
# Every file is compiled in a scratch tree where support/ sits where the
# exercises expect it, so `#[path = "../../support/harness.rs"]` resolves.
#
# Usage: ./check-wrong-solutions.sh            (all exercises, in parallel)
#        ./check-wrong-solutions.sh NAME...    (only these exercises)
# Needs rustc, clippy-driver and the test harness of the pinned toolchain;
# compiles each file directly with rustc (no Cargo), so it takes seconds.
set -euo pipefail
cd "$(dirname "$0")"

edition=2024

# The hint of exercise $1, from info.toml (the text between its `hint = """`
# and the closing `"""`).
hint_of() {
    awk -v name="$1" '
        /^name = "/ { this = ($0 == "name = \"" name "\"") }
        this && /^hint = """/ { inhint = 1; next }
        inhint && /^"""$|"""$/ { sub(/"""$/, ""); print; inhint = 0; next }
        inhint { print }
    ' info.toml
}

strict_clippy() {
    awk -v name="$1" '
        /^name = "/ { this = ($0 == "name = \"" name "\"") }
        this && /^strict_clippy = true/ { found = 1 }
        END { exit !found }
    ' info.toml
}

# ---- one exercise: `check-wrong-solutions.sh --one exercises/DIR/NAME.rs`
if [[ "${1:-}" == "--one" ]]; then
    ex=$2
    name=$(basename "$ex" .rs)
    dir=$(basename "$(dirname "$ex")")
    sol="solutions/$dir/$name.rs"
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/files/$dir"
    ln -s "$PWD/support" "$tmp/support" # ../../support from $tmp/files/$dir
    errors=0
    say() { echo "$name: $*"; }
    bad() { echo "$name: FAIL: $*"; errors=$((errors + 1)); }
    # place FILE AS: copy FILE into the scratch tree, print the new path.
    place() { cp "$1" "$tmp/files/$dir/$2.rs"; echo "$tmp/files/$dir/$2.rs"; }

    [[ -f "$sol" ]] || { bad "no solution $sol"; exit 1; }
    hint_of "$name" >"$tmp/hint"
    [[ -s "$tmp/hint" ]] || bad "no hint in info.toml"
    : >"$tmp/quotable" # compiler output a hint may quote

    todo_line=$(grep -n -m1 '// TODO' "$ex" | cut -d: -f1)
    main_line=$(grep -n -m1 '^fn main() {' "$ex" | cut -d: -f1)
    [[ -n "$todo_line" && -n "$main_line" ]] || { bad "no // TODO or fn main() in $ex"; exit 1; }
    head -n $((todo_line - 1)) "$ex" >"$tmp/prefix"
    tail -n +"$main_line" "$ex" >"$tmp/suffix"

    same_shape() { # FILE: same prefix and suffix as the exercise
        local f=$1 m
        head -n $((todo_line - 1)) "$f" | cmp -s - "$tmp/prefix" || { bad "$f: lines before the TODO region differ from $ex"; return; }
        m=$(grep -n -m1 '^fn main() {' "$f" | cut -d: -f1)
        if [[ -z "$m" ]] || ! tail -n +"$m" "$f" | cmp -s - "$tmp/suffix"; then
            bad "$f: fn main/tests differ from $ex"
        fi
    }

    # 2. the stub fails the way its header says.
    stub=$(place "$ex" stub)
    code=$(sed -n '1s/.*The stub fails with \(E[0-9]\{4\}\)\..*/\1/p' "$ex")
    if [[ -n "$code" ]]; then
        if rustc --edition "$edition" --crate-name stub -o "$tmp/stub" "$stub" 2>"$tmp/stub.err"; then
            bad "the stub compiles, expected $code"
        else
            cat "$tmp/stub.err" >>"$tmp/quotable"
            first=$(grep -m1 '^error' "$tmp/stub.err" || true)
            if [[ "$first" != "error[$code]"* ]]; then
                bad "the stub's first error is '$first', expected $code"
            elif ! grep -qF -- "    $first" "$tmp/hint"; then
                bad "the hint does not quote the stub's first error line: $first"
            else
                say "stub fails with $first"
            fi
        fi
    elif rustc --edition "$edition" --test --crate-name stub -o "$tmp/stub" "$stub" 2>"$tmp/stub.err"; then
        cat "$tmp/stub.err" >>"$tmp/quotable"
        if sed -n '1p' "$ex" | grep -q 'The stub compiles with a warning\.'; then
            first=$(grep -m1 '^warning' "$tmp/stub.err" || true)
            if [[ -z "$first" ]]; then
                bad "the stub compiles without a warning"
            elif ! grep -qF -- "    $first" "$tmp/hint"; then
                bad "the hint does not quote the stub's first warning: $first"
            fi
        fi
        if "$tmp/stub" >"$tmp/stub.out" 2>&1; then bad "the stub's tests pass"; else say "stub compiles, its tests fail"; fi
    else
        bad "the stub does not compile: $(grep -m1 '^error' "$tmp/stub.err")"
    fi

    # 3. the solution passes.
    same_shape "$sol"
    solution=$(place "$sol" sol)
    if rustc --edition "$edition" --test --crate-name sol -o "$tmp/sol" "$solution" 2>"$tmp/sol.err"; then
        if "$tmp/sol" >"$tmp/sol.out" 2>&1; then
            say "solution: $(grep -m1 '^test result' "$tmp/sol.out")"
        else
            bad "solution tests fail:"; cat "$tmp/sol.out"
        fi
    else
        bad "solution does not compile:"; cat "$tmp/sol.err"
    fi

    # 4. every wrong solution is caught the way it says.
    shopt -s nullglob
    for wrong in wrong/"$name"/*.rs; do
        w=$(basename "$wrong" .rs)
        grep -q '^fn main() {' "$wrong" && bad "$wrong: holds a whole program; keep only its TODO region"
        whole="$tmp/files/$dir/wrong_$w.rs"
        { cat "$tmp/prefix" "$wrong"; echo; cat "$tmp/suffix"; } >"$whole"
        caught=$(sed -n 's|^ *// CAUGHT BY: \([A-Za-z0-9_:]*\).*|\1|p' "$wrong" | head -n1)
        grep -q '^ *// WRONG: ' "$wrong" || bad "$wrong: no '// WRONG:' line"
        row=$(grep -F "| \`$name\` | \`$w\`:" WRONG_SOLUTIONS.md || true)
        [[ -n "$row" ]] || bad "$wrong is not listed in WRONG_SOLUTIONS.md"
        [[ "$row" == *"| \`$caught\` |"* ]] || bad "WRONG_SOLUTIONS.md does not say $w is caught by $caught"
        case "$caught" in
        tests::*)
            if ! rustc --edition "$edition" --test --crate-name wrong -o "$tmp/wrong" "$whole" 2>"$tmp/wrong.err"; then
                bad "wrong/$name/$w.rs does not even compile (it must fail by behaviour):"; cat "$tmp/wrong.err"
                continue
            fi
            grep -q "^    fn ${caught#tests::}()" "$ex" || bad "$wrong: there is no test ${caught#tests::} in $ex"
            if "$tmp/wrong" >"$tmp/wrong.out" 2>&1; then
                bad "wrong/$name/$w.rs passes every test"
            elif grep -qx "test $caught \.\.\. FAILED" "$tmp/wrong.out"; then
                say "wrong/$w caught by $caught"
            else
                bad "wrong/$name/$w.rs fails, but not in $caught:"; grep '^test ' "$tmp/wrong.out"
            fi
            ;;
        clippy::*)
            strict_clippy "$name" || bad "$wrong: caught by Clippy, but $name does not set strict_clippy"
            if clippy-driver --edition "$edition" --test --crate-name wrong -o "$tmp/wrong-clippy" \
                -W "$caught" -D warnings "$whole" >"$tmp/clippy.out" 2>&1; then
                bad "wrong/$name/$w.rs passes clippy -D warnings -W $caught"
            elif grep -q "${caught#clippy::}" "$tmp/clippy.out"; then
                say "wrong/$w caught by $caught"
            else
                bad "wrong/$name/$w.rs fails clippy, but not with $caught:"; cat "$tmp/clippy.out"
            fi
            ;;
        rustc::E[0-9][0-9][0-9][0-9])
            if rustc --edition "$edition" --crate-name wrong -o "$tmp/wrong" "$whole" 2>"$tmp/wrong.err"; then
                bad "wrong/$name/$w.rs compiles, expected ${caught#rustc::}"
            else
                cat "$tmp/wrong.err" >>"$tmp/quotable"
                first=$(grep -m1 '^error' "$tmp/wrong.err" || true)
                if [[ "$first" != "error[${caught#rustc::}]"* ]]; then
                    bad "wrong/$name/$w.rs fails with '$first', expected ${caught#rustc::}"
                elif ! grep -qF -- "    $first" "$tmp/hint"; then
                    bad "the hint does not quote $w's error, the trap it warns about: $first"
                else
                    say "wrong/$w caught by $caught"
                fi
            fi
            ;;
        *) bad "$wrong: no '// CAUGHT BY: tests::NAME', 'clippy::LINT' or 'rustc::EXXXX' line" ;;
        esac
    done

    # 5. every rule names the test (or lint) that checks it.
    awk '/^\/\/ Rules/ { inrules = 1; next }
         inrules && /^\/\/ - / { if (rule != "") print rule; rule = $0; next }
         inrules && /^\/\/   / { rule = rule " " $0; next }
         inrules { if (rule != "") print rule; exit }' "$ex" >"$tmp/rules"
    [[ -s "$tmp/rules" ]] || bad "no '// Rules' list in the header"
    while IFS= read -r rule; do
        # shellcheck disable=SC2016 # the backquotes are Markdown, not a command
        checks=$(grep -o '`\(tests\|clippy\)::[a-z0-9_]*`' <<<"$rule" | tr -d '`' || true)
        [[ -n "$checks" ]] || bad "a rule names no test: $rule"
        for check in $checks; do
            case "$check" in
            tests::*) grep -q "^    fn ${check#tests::}()" "$ex" || bad "rule names $check, which is not a test of $ex" ;;
            clippy::*) strict_clippy "$name" || bad "rule names $check, but $name does not set strict_clippy" ;;
            esac
        done
    done <"$tmp/rules"

    # 6. the hint quotes real compiler output, and not the solution.
    while IFS= read -r quoted; do
        grep -qxF -- "${quoted#    }" "$tmp/quotable" || bad "the hint quotes compiler output that neither the stub nor a wrong solution gives: ${quoted#    }"
    done < <(grep -E '^    (error\[|warning:)' "$tmp/hint" || true)
    tr -d ' \t' <"$tmp/hint" >"$tmp/hint.flat"
    sed -n "${todo_line},$((main_line - 1))p" "$sol" | tr -d ' \t' | grep -v '^//' |
        awk 'length($0) >= 16' | while IFS= read -r line; do
        grep -qF -- "$line" "$tmp/hint.flat" && echo "$line"
    done >"$tmp/hint.leaks" || true
    [[ -s "$tmp/hint.leaks" ]] && bad "the hint contains lines of the solution: $(cat "$tmp/hint.leaks")"

    # 7. the sections named in quotes exist.
    sed -n '/^\/\/ Read:/,/^\/\/ Run:/p' "$ex" | sed '$d' | sed 's|^//||' >"$tmp/read"
    awk '/^Step 2/ { on = 1 } on && /^$/ { exit } on' "$tmp/hint" >"$tmp/step2"
    for refs in "$tmp/read" "$tmp/step2"; do
        : >"$tmp/headings"
        while read -r n; do
            [[ -f ../lessons/lesson-$n/src/lib.rs ]] &&
                sed -n 's|^//! ##* \(.*\)|\1|p' "../lessons/lesson-$n/src/lib.rs" >>"$tmp/headings"
        done < <(grep -o '\<[0-9][0-9]\>' "$refs" | sort -u)
        [[ -f ../README.md ]] && sed -n 's|^##* \(.*\)|\1|p' ../README.md >>"$tmp/headings"
        tr '\n' ' ' <"$refs" | tr -s ' \t' ' ' | awk -v headings="$tmp/headings" '
            BEGIN { while ((getline h <headings) > 0) { gsub(/[ \t]+/, " ", h); heads[h] = 1 } }
            {
                text = $0; pos = 1
                while ((i = index(substr(text, pos), "\"")) > 0) {
                    start = pos + i; rest = substr(text, start); found = 0
                    for (h in heads)   # a whole heading, inner quotes and all
                        if (substr(rest, 1, length(h) + 1) == h "\"") { found = length(h) + 1; break }
                    if (!found) {
                        j = index(rest, "\""); if (j == 0) break
                        quoted = substr(rest, 1, j - 1)
                        for (h in heads)   # or the start of one
                            if (index(h, quoted) == 1) { found = j; break }
                        if (!found) { print quoted; found = j }
                    }
                    pos = start + found
                }
            }'
    done >"$tmp/unknown-sections"
    [[ -s "$tmp/unknown-sections" ]] && bad "no such lesson section: $(sed 's/.*/"&"/' "$tmp/unknown-sections" | paste -sd, -)"

    # 8. Polonius, where a hint relies on it.
    if grep -q -- '-Zpolonius=next' "$tmp/hint"; then
        if rustc +nightly --version >/dev/null 2>&1; then
            if rustc +nightly -Zpolonius=next --edition "$edition" --crate-name stub --emit=metadata \
                -o "$tmp/stub.rmeta" "$stub" 2>"$tmp/polonius.err"; then
                say "the stub compiles with $(rustc +nightly --version) -Zpolonius=next, as the hint says"
            else
                bad "the hint says Polonius accepts the stub, but -Zpolonius=next rejects it:"; cat "$tmp/polonius.err"
            fi
        else
            echo "$name: SKIPPED: no nightly toolchain, the hint's Polonius claim is not checked"
        fi
    fi
    exit $((errors > 0))
fi

# ---- all exercises (or the ones named), in parallel
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [[ $# -gt 0 ]]; then
    exercises=()
    for n in "$@"; do exercises+=(exercises/*/"$n".rs); done
else
    exercises=(exercises/*/*.rs)
fi

status=0
# shellcheck disable=SC2016 # $0, $1, $2 belong to the inner sh
printf '%s\n' "${exercises[@]}" |
    xargs -P "$(nproc 2>/dev/null || echo 2)" -I{} sh -c '"$0" --one "$1" >"$2/$(basename "$1" .rs).log" 2>&1' "$0" {} "$out" ||
    status=1
for ex in "${exercises[@]}"; do
    cat "$out/$(basename "$ex" .rs).log"
done

if [[ $# -eq 0 ]]; then
    # 9. no stale row in the table: one row per wrong file.
    rows=$(grep -c '^| `' WRONG_SOLUTIONS.md || true)
    files=$(find wrong -name '*.rs' | wc -l)
    if [[ "$rows" -ne "$files" ]]; then
        echo "WRONG_SOLUTIONS.md has $rows rows for $files files under wrong/"
        status=1
    fi
    if ! grep -q "lists $files plausible wrong answers" README.md; then
        echo "FAIL: README.md must say \"lists $files plausible wrong answers\""
        status=1
    fi
    # 10. `unsafe` lives in the test harness only.
    if grep -rln 'unsafe' exercises solutions wrong; then
        echo "FAIL: the files above contain 'unsafe'; only support/harness.rs may"
        status=1
    fi
fi

if [[ $status -ne 0 ]]; then
    echo "FAILED: see the 'FAIL' lines above"
    exit 1
fi
echo "OK: ${#exercises[@]} exercises checked; every solution passes, every wrong solution is caught."
