//! Turns the output of `cargo bench -p costs` into the README's table.
//!
//! ```text
//! cargo bench -p costs 2>&1 | tee bench.txt
//! cargo run -p costs --example table < bench.txt
//! ```
//!
//! For every job (one benchmark file, split where its strategies do different
//! work: lesson 06's present and missing player, lesson 05's three ways to
//! treat the entries) and every strategy, at one size (1 000 000 players unless
//! a size is given as the only argument), it prints the median time per
//! entry, the median allocations and bytes (`alloc` plus `grow`: a `realloc`
//! that grows a vector counts as one allocation, and its bytes are the
//! growth) and the ratio of the median time to the fastest strategy for the
//! same job. Lesson 06's job makes 100 updates per timed run, so its "per
//! entry" is per update.

use std::collections::BTreeMap;
use std::io::Read;

/// The figures of one strategy at one size.
#[derive(Debug, Default, Clone)]
struct Row {
    /// Median time of one timed run, in nanoseconds.
    median_ns: f64,
    /// Allocations: `alloc` plus `grow` counts (median).
    allocs: f64,
    /// Bytes: `alloc` plus `grow` sizes (median).
    bytes: f64,
}

/// Parses `67.66 µs` into nanoseconds.
fn parse_time(cell: &str) -> Option<f64> {
    let mut parts = cell.split_whitespace();
    let value: f64 = parts.next()?.parse().ok()?;
    let scale = match parts.next()? {
        "ps" => 1e-3,
        "ns" => 1.0,
        "µs" | "us" => 1e3,
        "ms" => 1e6,
        "s" => 1e9,
        _ => return None,
    };
    Some(value * scale)
}

/// Parses `1001`, `37.4 KB` or `4.845 MB` into a number.
fn parse_amount(cell: &str) -> Option<f64> {
    let mut parts = cell.split_whitespace();
    let value: f64 = parts.next()?.parse().ok()?;
    let scale = match parts.next() {
        None | Some("B") => 1.0,
        Some("KB") => 1e3,
        Some("MB") => 1e6,
        Some("GB") => 1e9,
        Some(_) => return None,
    };
    Some(value * scale)
}

/// The cells of a table line, after the tree drawing on its left.
fn cells(line: &str) -> Vec<&str> {
    line.trim_start_matches(['│', '├', '╰', '─', ' '])
        .split('│')
        .map(str::trim)
        .collect()
}

/// Entries per timed run for `job` at `size` players.
fn entries_per_run(job: &str, size: f64) -> f64 {
    if job.starts_with("update_one_key") {
        100.0
    } else {
        size
    }
}

/// The job a strategy belongs to: its benchmark file, split where the
/// strategies of one file do not do the same work.
fn job_of(file: &str, strategy: &str) -> String {
    match (file, strategy) {
        ("update_one_key", _) => {
            let which = strategy.rsplit('_').next().unwrap_or_default();
            format!("{file} ({which})")
        }
        ("empty_the_map", "raw_mem_take") => format!("{file} (hand over)"),
        ("empty_the_map", "clear" | "raw_drain_and_drop" | "raw_mem_take_then_drop") => {
            format!("{file} (discard)")
        }
        ("empty_the_map", _) => format!("{file} (keep)"),
        ("u64_ids", s) if s.starts_with("bump") => format!("{file} (bump)"),
        ("u64_ids", _) => format!("{file} (collect)"),
        _ => file.to_owned(),
    }
}

/// What the README calls a job (a benchmark file, or lesson 06's halves).
fn job_label(job: &str) -> &str {
    match job {
        "bump_every_score" => "bump every score",
        "remove_zeros_bump_rest" => "remove zeros, bump the rest",
        "bump_vip_subset" => "bump the 10 % VIPs",
        "u64_ids (collect)" => "`u64` ids: collect them",
        "u64_ids (bump)" => "`u64` ids: bump every score",
        "empty_the_map (keep)" => "empty the map, entries into a `Vec`",
        "empty_the_map (discard)" => "empty the map, entries dropped",
        "empty_the_map (hand over)" => "empty the map, old table handed over",
        "update_one_key (present)" => "update one key, present",
        "update_one_key (missing)" => "update one key, missing",
        other => other,
    }
}

/// What the README calls a strategy: the pattern and the function measured.
fn strategy_label(strategy: &str) -> &str {
    match strategy {
        "collect_keys_then_get_mut" => "collect keys + `get_mut` (`lesson_01::award_bonus`)",
        "values_mut" => "`values_mut` (`lesson_07::award_bonus`)",
        "iter_mut" => "`iter_mut` (`lesson_07::award_bonus_iter_mut`)",
        "collect_keys" => "collect keys (`lesson_01::cleanup_scores`)",
        "retain" => "`retain` (`lesson_04::cleanup_scores`)",
        "extract_if" => "`extract_if` (`lesson_08::cleanup_scores`)",
        "collect_all_then_test" => {
            "collect all, then test (`lesson_02::award_bonus_with_prefix_collect_all`)"
        }
        "filter_then_collect" => "filter, then collect (`lesson_02::award_bonus_with_prefix`)",
        "iter_mut_filter" => "`iter_mut().filter()` (`lesson_07::award_bonus_with_prefix`)",
        "collect_ids_copied" => "collect ids, `copied()` (`lesson_03::player_ids`)",
        "collect_ids_cloned" => "collect ids, `cloned()` (`lesson_03::player_ids_cloned`)",
        "bump_by_collected_ids" => "bump: collect ids + `get_mut` (`lesson_03::award_bonus_by_id`)",
        "bump_with_values_mut" => "bump: `values_mut`",
        "end_round_drain_sorted" => "`drain` + sort (`lesson_05::end_round`)",
        "end_round_take_sorted" => "`mem::take` + sort (`lesson_05::end_round_with_take`)",
        "raw_drain_into_vec" => "raw `drain` into a `Vec`, unsorted",
        "raw_drain_and_drop" => "raw `drain`, entries dropped",
        "raw_mem_take" => "raw `mem::take` (constant time; the caller drops the old table later)",
        "raw_mem_take_then_drop" => "raw `mem::take`, old table dropped",
        "clear" => "`clear`",
        "entry_present" | "entry_missing" => {
            "`entry(player.to_owned())` (`lesson_06::record_points`)"
        }
        "get_mut_then_insert_present" | "get_mut_then_insert_missing" => {
            "`get_mut`, then `insert` (`lesson_06::record_points_two_lookups`)"
        }
        "to_owned_then_get_mut_present" => "`to_owned()`, then `get_mut`",
        "entry_owned_key_present" | "entry_owned_key_missing" => {
            "`entry(name)`, name already owned (`lesson_06::record_points_owned`)"
        }
        "get_mut_then_insert_owned_key_present" | "get_mut_then_insert_owned_key_missing" => {
            "`get_mut`, then `insert(name)`, name already owned"
        }
        other => other,
    }
}

/// Formats a count with a space between groups of three digits: `1 000 001`.
fn show_count(count: f64) -> String {
    let digits = format!("{count:.0}");
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && digits.len().saturating_sub(i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(digit);
    }
    out
}

/// Formats a byte count the way the README shows it.
fn show_bytes(bytes: f64) -> String {
    if bytes == 0.0 {
        "0".to_owned()
    } else if bytes >= 1e6 {
        format!("{:.1} MB", bytes / 1e6)
    } else if bytes >= 1e3 {
        format!("{:.1} KB", bytes / 1e3)
    } else {
        format!("{bytes:.0} B")
    }
}

/// Formats a time per entry.
fn show_time(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.1} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.1} µs", ns / 1e3)
    } else if ns >= 10.0 {
        format!("{ns:.0} ns")
    } else if ns < 0.01 {
        "< 0.01 ns".to_owned()
    } else {
        format!("{ns:.2} ns")
    }
}

fn main() {
    let size: String = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "1000000".to_owned());
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .expect("read the benchmark output from standard input");

    // (job, strategy) -> row, in the order the output lists them.
    let mut rows: Vec<(String, String, Row)> = Vec::new();
    let mut file = String::new();
    let mut strategy = String::new();
    // Which counter the next two lines give: "alloc" and "grow" are summed.
    let mut section = String::new();
    let mut pending = 0_u8;
    let mut in_size = false;
    for line in input.lines() {
        if !line.contains('│') {
            continue;
        }
        let first = line.chars().next().unwrap_or(' ');
        if first.is_alphabetic() {
            // The header line of one benchmark file: its name, then "fastest".
            file = line
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_owned();
            continue;
        }
        let c = cells(line);
        let head = c.first().copied().unwrap_or_default();
        if line.contains("├─ ") || line.contains("╰─ ") {
            section.clear();
            pending = 0;
            let mut words = head.split_whitespace();
            let name = words.next().unwrap_or_default();
            if name.chars().all(|ch| ch.is_ascii_digit()) {
                in_size = name == size;
                if in_size {
                    let median = c.get(2).and_then(|m| parse_time(m)).unwrap_or(f64::NAN);
                    let job = job_of(&file, &strategy);
                    rows.push((
                        job,
                        strategy.clone(),
                        Row {
                            median_ns: median,
                            ..Row::default()
                        },
                    ));
                }
            } else {
                strategy = name.to_owned();
                in_size = false;
            }
            continue;
        }
        if !in_size {
            continue;
        }
        if head.ends_with(':') {
            section = head.trim_end_matches(':').to_owned();
            pending = 2;
            continue;
        }
        if pending > 0 {
            let median = c.get(2).and_then(|m| parse_amount(m)).unwrap_or(0.0);
            if let Some((_, _, row)) = rows.last_mut()
                && (section == "alloc" || section == "grow")
            {
                if pending == 2 {
                    row.allocs += median;
                } else {
                    row.bytes += median;
                }
            }
            pending = pending.saturating_sub(1);
        }
    }

    // Group the rows by job, in the order the jobs first appear, fastest first.
    let mut order: Vec<String> = Vec::new();
    for (job, _, _) in &rows {
        if !order.contains(job) {
            order.push(job.clone());
        }
    }
    rows.sort_by(|a, b| {
        let rank = |job: &String| order.iter().position(|j| j == job);
        rank(&a.0)
            .cmp(&rank(&b.0))
            .then(a.2.median_ns.total_cmp(&b.2.median_ns))
    });

    let sized: f64 = size.parse().expect("a size in players");
    let mut fastest: BTreeMap<&str, f64> = BTreeMap::new();
    for (job, _, row) in &rows {
        let best = fastest.entry(job).or_insert(f64::INFINITY);
        *best = best.min(row.median_ns);
    }
    println!(
        "| job | strategy | time per entry | allocations | bytes | vs fastest |\n| --- | --- | ---: | ---: | ---: | ---: |"
    );
    for (job, strategy, row) in &rows {
        let per_entry = row.median_ns / entries_per_run(job, sized);
        let ratio = row.median_ns / fastest[job.as_str()];
        println!(
            "| {} | {} | {} | {} | {} | {ratio:.1}x |",
            job_label(job),
            strategy_label(strategy),
            show_time(per_entry),
            show_count(row.allocs),
            show_bytes(row.bytes),
        );
    }
}
