#!/usr/bin/env bash
# Proves that no exercise can be finished by copying a lesson: no solution's
# TODO region (from its first `// TODO` line to the line before `fn main() {`)
# shares four or more consecutive code lines with a lesson's source
# (lessons/*/src/*.rs and lessons/*/examples/*.rs, doc comments included,
# since a chapter's code examples live there).
#
# Lines are compared whitespace-normalised (all whitespace removed). Lines
# with no letter or digit (a lone `}` or `});`) say nothing about the code and
# are skipped like blank lines, on both sides; so are the solutions' comment
# lines. Four consecutive lines thus means four lines that carry code.
# In the lessons, a leading `//!`, `///` or `//` and a doctest's hiding `# `
# are stripped, so that code shown in the prose counts as code.
#
# It also checks that every exercise has a setting of its own: no code line
# of an exercise (comments aside: they may quote a lesson's section titles)
# names the lessons' story, a game server's players, their scores and bonus.
#
# Usage: ./check-no-copy.sh     (exit status 1 and the shared lines on a copy)
set -euo pipefail
cd "$(dirname "$0")"

window=4
shopt -s nullglob
lessons=(../lessons/*/src/*.rs ../lessons/*/examples/*.rs)
solutions=(solutions/*/*.rs)
if [[ ${#lessons[@]} -eq 0 || ${#solutions[@]} -eq 0 ]]; then
    echo "no lessons or no solutions found" >&2
    exit 1
fi

story='\b(players?|leaderboards?|bonus(es)?|scores?)\b'
if grep -n -i -E "$story" exercises/*/*.rs | grep -v -E '^[^:]+:[0-9]+:[[:space:]]*//'; then
    echo "FAILED: the lines above use the lessons' story (players, scores, bonus): give the exercise a setting of its own" >&2
    exit 1
fi
echo "OK: no exercise uses the lessons' story"

awk -v window="$window" '
    function norm(line) {
        gsub(/[ \t\r]+/, "", line)
        return line
    }
    # Lesson lines: strip comment markers, keep everything else.
    FNR == 1 { n = 0; inregion = 0; lesson = (FILENAME ~ /^\.\.\/lessons\//) }
    lesson {
        line = $0
        sub(/^[ \t]*(\/\/!|\/\/\/|\/\/)[ ]?/, "", line)
        sub(/^# /, "", line)
        line = norm(line)
        if (line !~ /[[:alnum:]]/) next
        n++; text[n] = line; where[n] = FILENAME ":" FNR
        if (n >= window) {
            key = text[n - window + 1]
            for (i = n - window + 2; i <= n; i++) key = key "\n" text[i]
            if (!(key in seen)) seen[key] = where[n - window + 1]
        }
        next
    }
    # Solution lines: only the TODO region, comment lines skipped.
    /\/\/ TODO/ && !inregion && !done[FILENAME] { inregion = 1 }
    /^fn main\(\) \{/ { inregion = 0; done[FILENAME] = 1 }
    inregion {
        line = norm($0)
        if (line !~ /[[:alnum:]]/ || line ~ /^\/\//) next
        n++; text[n] = line; where[n] = FILENAME ":" FNR
        if (n >= window) {
            key = text[n - window + 1]
            for (i = n - window + 2; i <= n; i++) key = key "\n" text[i]
            if (key in seen) {
                copies++
                printf "COPY: %s shares %d lines with %s:\n", where[n - window + 1], window, seen[key]
                for (i = n - window + 1; i <= n; i++) printf "    %s\n", text[i]
            }
        }
    }
    END {
        if (copies) { printf "FAILED: %d copied windows of %d lines\n", copies, window; exit 1 }
        printf "OK: no solution shares %d consecutive code lines with a lesson\n", window
    }
' "${lessons[@]}" "${solutions[@]}"
