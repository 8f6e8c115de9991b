//! Reading a saved `cargo bench -p costs` run: the README's table, and the
//! ratios the chapters quote.
//!
//! divan prints one tree per benchmark file: the file (divan's top-level
//! group), then each benchmark function (a *strategy*), then each argument
//! (a board *size*), with the fastest, slowest, median and mean time, and,
//! under the allocation profiler, `alloc:`/`grow:`/... counters. [`parse`]
//! turns that text into [`Measurement`]s; every benchmark of this crate takes
//! a size argument, and only that shape (file, strategy, size) is read.
//!
//! Two things are made from the measurements, so that no figure is copied
//! by hand:
//!
//! * [`table`]: the README's "What it costs" table (also printed by
//!   `cargo run -p costs --example table < costs/results/bench-output.txt`);
//! * [`check_quoted_ratios`]: a prose figure such as `78x` followed by the
//!   marker `<!-- ratio: FILE/STRATEGY/SIZE over FILE/STRATEGY/SIZE -->` must
//!   be the ratio of the two medians, rounded to the precision it is written
//!   in (`78x`: a whole number; `1.2x`: one decimal).

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The figures of one benchmark case: one strategy of one file at one size.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    /// The benchmark file (divan's top-level group), e.g. `bump_every_score`.
    pub file: String,
    /// The benchmark function, e.g. `values_mut`.
    pub strategy: String,
    /// The argument: players on the board.
    pub size: usize,
    /// Median time of one timed run, in nanoseconds.
    pub median_ns: f64,
    /// Allocations: the medians of the `alloc` and `grow` counts, summed
    /// (a `realloc` that grows a vector counts as one allocation).
    pub allocs: f64,
    /// Bytes: the medians of the `alloc` and `grow` sizes, summed.
    pub bytes: f64,
}

impl Measurement {
    /// `FILE/STRATEGY/SIZE`, the name a ratio marker uses.
    #[must_use]
    pub fn id(&self) -> String {
        format!("{}/{}/{}", self.file, self.strategy, self.size)
    }
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

/// Every measurement in the output of `cargo bench -p costs`, in the order
/// divan printed them. Lines that are not part of a divan table are skipped.
///
/// ```
/// let output = "\
/// demo      fastest │ slowest │ median │ mean │ samples │ iters
/// ╰─ way            │         │        │      │         │
///    ╰─ 1000  1 µs  │ 3 µs    │ 2 µs   │ 2 µs │ 100     │ 100
///             alloc: │        │        │      │         │
///               7    │ 7      │ 7      │ 7    │         │
///               1 KB │ 1 KB   │ 1 KB   │ 1 KB │         │
/// ";
/// let found = costs::results::parse(output);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].id(), "demo/way/1000");
/// assert_eq!(found[0].median_ns, 2000.0);
/// assert_eq!(found[0].allocs, 7.0);
/// assert_eq!(found[0].bytes, 1000.0);
/// ```
#[must_use]
pub fn parse(output: &str) -> Vec<Measurement> {
    let mut found: Vec<Measurement> = Vec::new();
    let mut file = String::new();
    let mut strategy = String::new();
    // Whether the lines below belong to a size row (and so to `found.last()`).
    let mut in_size = false;
    // Which counter the next two lines give; "alloc" and "grow" are summed.
    let mut section = String::new();
    let mut pending = 0_u8;
    for line in output.lines() {
        if !line.contains('│') {
            continue;
        }
        if line.chars().next().is_some_and(char::is_alphabetic) {
            // The header line of one benchmark file: its name, then "fastest".
            file = line
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_owned();
            in_size = false;
            continue;
        }
        let c = cells(line);
        let head = c.first().copied().unwrap_or_default();
        if line.contains("├─ ") || line.contains("╰─ ") {
            section.clear();
            pending = 0;
            let name = head.split_whitespace().next().unwrap_or_default();
            match name.parse::<usize>() {
                Ok(size) => {
                    in_size = true;
                    found.push(Measurement {
                        file: file.clone(),
                        strategy: strategy.clone(),
                        size,
                        median_ns: c.get(2).and_then(|m| parse_time(m)).unwrap_or(f64::NAN),
                        allocs: 0.0,
                        bytes: 0.0,
                    });
                }
                Err(_) => {
                    strategy = name.to_owned();
                    in_size = false;
                }
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
        // Any other line under a size (divan's throughput line) is no counter.
        if pending == 0 {
            continue;
        }
        let median = c.get(2).and_then(|m| parse_amount(m)).unwrap_or(0.0);
        if let Some(m) = found.last_mut()
            && (section == "alloc" || section == "grow")
        {
            if pending == 2 {
                m.allocs += median;
            } else {
                m.bytes += median;
            }
        }
        pending = pending.saturating_sub(1);
    }
    found
}

/// The measurement named `FILE/STRATEGY/SIZE`, if the run has it.
#[must_use]
pub fn find<'a>(measurements: &'a [Measurement], id: &str) -> Option<&'a Measurement> {
    measurements.iter().find(|m| m.id() == id)
}

/// Entries per timed run for `job` at `size` players: lesson 06's job makes
/// 100 updates, lesson 09's 100 transfers, the walk of a kept table bumps
/// 100 players.
fn entries_per_run(job: &str, size: f64) -> f64 {
    if job.starts_with("update_one_key") || job == "walk_kept_table" || job == "two_entries" {
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
        "walk_kept_table" => "bump 100 players on a table kept from the whole board",
        "two_entries" => "move points between two players",
        "vec_removal" => "remove the 10 % zeros from a `Vec<i32>`",
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
        "vec_retain" => "`retain` (`lesson_11::remove_where_retain`)",
        "swap_remove_loop" => {
            "`swap_remove` loop, order not kept (`lesson_11::remove_where_swap_remove`)"
        }
        "vec_extract_if" => "`extract_if` (`lesson_11::extract_where`)",
        "remove_in_reverse_loop" => {
            "reverse index loop + `remove` (`lesson_11::remove_where_reverse_loop`)"
        }
        "remove_in_index_loop" => "index loop + `remove` (`lesson_11::remove_where_index_loop`)",
        "get_disjoint_mut" => "`get_disjoint_mut` (`lesson_09::transfer`)",
        "two_lookups" => "two lookups (`lesson_09::transfer_two_lookups`)",
        "remove_reinsert" => "remove and reinsert (`lesson_09::transfer_remove_reinsert`)",
        "scan_iter_mut" => "one `iter_mut` scan (`lesson_09::transfer_by_scan`)",
        "fresh_board" => "`values_mut` on a new 100-player board (`lesson_07::award_bonus`)",
        "after_retain" => "`values_mut` on the table left by `retain` (`lesson_07::award_bonus`)",
        "after_drain_then_refill" => {
            "`values_mut` on a drained table, refilled (`lesson_07::award_bonus`)"
        }
        "after_retain_then_shrink_to_fit" => {
            "`values_mut` on that table after `shrink_to_fit()` (`lesson_07::award_bonus`)"
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

/// The README's "What it costs" table for the boards of `size` players, in
/// Markdown, one line per row, each ending in a newline.
///
/// For every job (one benchmark file, split where its strategies do
/// different work: lesson 06's present and missing player, lesson 05's three
/// ways to treat the entries) and every strategy, it gives the median time
/// per entry, the allocations and bytes, and the ratio of the median time to
/// the fastest strategy for the same job. Jobs come in the order the output
/// first lists them, strategies fastest first. Lesson 06's job makes 100
/// updates per timed run, so its "per entry" is per update; the walk of a
/// kept table bumps 100 players, so its "per entry" is per player bumped.
/// A benchmark file that never reaches `size` (lesson 11's `Vec` removal
/// stops at 100 000 elements, its index loop being quadratic) shows its
/// largest size instead, and its job label says which.
#[must_use]
pub fn table(measurements: &[Measurement], size: usize) -> String {
    let size_for = |file: &str| {
        let sizes = || {
            measurements
                .iter()
                .filter(|m| m.file == file)
                .map(|m| m.size)
        };
        if sizes().any(|s| s == size) {
            size
        } else {
            sizes().max().unwrap_or(size)
        }
    };
    let mut rows: Vec<(String, &Measurement)> = measurements
        .iter()
        .filter(|m| m.size == size_for(&m.file))
        .map(|m| (job_of(&m.file, &m.strategy), m))
        .collect();
    let mut order: Vec<String> = Vec::new();
    for (job, _) in &rows {
        if !order.contains(job) {
            order.push(job.clone());
        }
    }
    rows.sort_by(|a, b| {
        let rank = |job: &String| order.iter().position(|j| j == job);
        rank(&a.0)
            .cmp(&rank(&b.0))
            .then(a.1.median_ns.total_cmp(&b.1.median_ns))
    });
    let mut fastest: BTreeMap<&str, f64> = BTreeMap::new();
    for (job, m) in &rows {
        let best = fastest.entry(job).or_insert(f64::INFINITY);
        *best = best.min(m.median_ns);
    }

    let mut out = String::from(
        "| job | strategy | time per entry | allocations | bytes | vs fastest |\n\
         | --- | --- | ---: | ---: | ---: | ---: |\n",
    );
    for (job, m) in &rows {
        // Board sizes are far below 2^52: exact as an `f64`.
        let per_entry = m.median_ns / entries_per_run(job, m.size as f64);
        let ratio = m.median_ns / fastest[job.as_str()];
        // Writing to a `String` cannot fail.
        let job_cell = if m.size == size {
            job_label(job).to_owned()
        } else {
            format!(
                "{} ({} elements)",
                job_label(job),
                show_count(m.size as f64)
            )
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {ratio:.1}x |",
            job_cell,
            strategy_label(&m.strategy),
            show_time(per_entry),
            show_count(m.allocs),
            show_bytes(m.bytes),
        );
    }
    out
}

/// The comment that follows a quoted ratio: `<!-- ratio: A over B -->`.
pub const MARKER_START: &str = "<!-- ratio:";

/// One ratio marker found in a text, with the figure written before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The line the marker is on, counted from 1.
    pub line: usize,
    /// The figure as written, without its `x`: `78` or `1.2`.
    pub figure: String,
    /// `FILE/STRATEGY/SIZE` of the slower (numerator) measurement.
    pub over: String,
    /// `FILE/STRATEGY/SIZE` of the reference (denominator) measurement.
    pub under: String,
}

/// The figure (`78`, `1.2`) that `before` ends with, followed by `x`.
fn figure_before(before: &str) -> Option<&str> {
    let number = before.strip_suffix('x')?;
    let start = number
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_digit() || c == '.')
        .last()
        .map(|(i, _)| i)?;
    let figure = &number[start..];
    let well_formed = figure.split('.').count() <= 2
        && figure.split('.').all(|part| !part.is_empty())
        && number[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
    well_formed.then_some(figure)
}

/// The last `n` characters of `text`, for messages.
fn tail(text: &str, n: usize) -> &str {
    let start = text
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &text[start..]
}

/// Every ratio marker in `text`, or a description of each marker that is
/// malformed (no figure right before it, no `over`, no closing `-->`).
///
/// ```
/// let text = "took 78x<!-- ratio: a/slow/10 over a/fast/10 --> the time";
/// let quotes = costs::results::quotes(text).unwrap();
/// assert_eq!(quotes[0].figure, "78");
/// assert_eq!(quotes[0].over, "a/slow/10");
/// assert_eq!(quotes[0].under, "a/fast/10");
/// assert!(costs::results::quotes("took 78 x<!-- ratio: a/s/1 over a/f/1 -->").is_err());
/// ```
///
/// # Errors
///
/// Returns one message per malformed marker, naming its line.
pub fn quotes(text: &str) -> Result<Vec<Quote>, Vec<String>> {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index.saturating_add(1);
        let mut rest = line;
        let mut consumed = 0_usize;
        while let Some(at) = rest.find(MARKER_START) {
            let before = &line[..consumed.saturating_add(at)];
            let after = &rest[at.saturating_add(MARKER_START.len())..];
            let Some(end) = after.find("-->") else {
                errors.push(format!("line {number}: a ratio marker without `-->`"));
                break;
            };
            let body = after[..end].trim();
            let names: Vec<&str> = body.split(" over ").map(str::trim).collect();
            match (figure_before(before), names.as_slice()) {
                // `body` is trimmed, so neither name can be empty here.
                (Some(figure), [over, under]) => {
                    found.push(Quote {
                        line: number,
                        figure: figure.to_owned(),
                        over: (*over).to_owned(),
                        under: (*under).to_owned(),
                    });
                }
                (None, _) => errors.push(format!(
                    "line {number}: a ratio marker must follow a figure such as `78x` or `1.2x` \
                     directly, found {:?}",
                    tail(before, 12)
                )),
                _ => errors.push(format!(
                    "line {number}: the marker must read `{MARKER_START} A over B -->`, found {body:?}"
                )),
            }
            let skip = at
                .saturating_add(MARKER_START.len())
                .saturating_add(end)
                .saturating_add(3);
            consumed = consumed.saturating_add(skip);
            rest = &rest[skip..];
        }
    }
    if errors.is_empty() {
        Ok(found)
    } else {
        Err(errors)
    }
}

/// `value` rounded to as many decimals as `figure` has (`78`: none, `1.2`: one).
#[must_use]
pub fn rounded_like(value: f64, figure: &str) -> String {
    let decimals = figure.split_once('.').map_or(0, |(_, d)| d.len());
    format!("{value:.decimals$}")
}

/// Checks every ratio marker in `text` against `measurements`. Returns one
/// message per problem: a malformed marker, a name the run does not have, or
/// a figure that is not the ratio of the two medians rounded to the precision
/// it is written in. An empty list means every quoted ratio is right.
///
/// ```
/// use costs::results::{Measurement, check_quoted_ratios};
/// let m = |strategy: &str, median_ns: f64| Measurement {
///     file: "job".into(), strategy: strategy.into(), size: 10,
///     median_ns, allocs: 0.0, bytes: 0.0,
/// };
/// let run = [m("slow", 78.4), m("fast", 1.0)];
/// let right = "78x<!-- ratio: job/slow/10 over job/fast/10 -->, 78.4x<!-- ratio: job/slow/10 over job/fast/10 -->";
/// assert!(check_quoted_ratios(right, &run).is_empty());
/// let wrong = "77x<!-- ratio: job/slow/10 over job/fast/10 -->";
/// assert_eq!(check_quoted_ratios(wrong, &run).len(), 1);
/// let unknown = "78x<!-- ratio: job/slow/1000 over job/fast/10 -->";
/// assert_eq!(check_quoted_ratios(unknown, &run).len(), 1);
/// ```
#[must_use]
pub fn check_quoted_ratios(text: &str, measurements: &[Measurement]) -> Vec<String> {
    let quotes = match quotes(text) {
        Ok(quotes) => quotes,
        Err(errors) => return errors,
    };
    let mut problems = Vec::new();
    for quote in quotes {
        let mut median = |id: &str| {
            let found = find(measurements, id).map(|m| m.median_ns);
            if found.is_none() {
                problems.push(format!(
                    "line {}: `{id}` is not in the benchmark output",
                    quote.line
                ));
            }
            found
        };
        let (Some(over), Some(under)) = (median(&quote.over), median(&quote.under)) else {
            continue;
        };
        let computed = rounded_like(over / under, &quote.figure);
        if computed != quote.figure {
            problems.push(format!(
                "line {}: quotes {}x, but {} over {} is {computed}x ({:.3})",
                quote.line,
                quote.figure,
                quote.over,
                quote.under,
                over / under
            ));
        }
    }
    problems
}

/// Where figures such as `78x` appear in `text` without a ratio marker after
/// them: the line numbers (from 1), one per unmarked figure. Only the lines
/// `prose` accepts are read (for a chapter, its doc comments; for the README,
/// every line outside its tables).
///
/// ```
/// let text = "/// 19x<!-- ratio: a/b/1 over a/c/1 --> and 2.7x\nlet x = 0x1F;\n/// 3x";
/// let is_doc = |line: &str| line.trim_start().starts_with("///");
/// assert_eq!(costs::results::unmarked_figures(text, is_doc), [1, 3]);
/// ```
#[must_use]
pub fn unmarked_figures(text: &str, mut prose: impl FnMut(&str) -> bool) -> Vec<usize> {
    let mut lines = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if !prose(line) {
            continue;
        }
        for (at, _) in line.match_indices('x') {
            let before = &line[..at.saturating_add(1)];
            let after = &line[at.saturating_add(1)..];
            let ends_word = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
            if ends_word && figure_before(before).is_some() && !after.starts_with(MARKER_START) {
                lines.push(index.saturating_add(1));
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_amounts_in_every_unit() {
        assert_eq!(parse_time("20 ps"), Some(0.02));
        assert_eq!(parse_time("3.5 ns"), Some(3.5));
        assert_eq!(parse_time("67.66 µs"), Some(67_660.0));
        assert_eq!(parse_time("2 us"), Some(2_000.0));
        assert_eq!(parse_time("1.5 ms"), Some(1_500_000.0));
        assert_eq!(parse_time("2 s"), Some(2e9));
        assert_eq!(parse_time("2 h"), None);
        assert_eq!(parse_time("fast"), None);
        assert_eq!(parse_amount("1001"), Some(1001.0));
        assert_eq!(parse_amount("13 B"), Some(13.0));
        assert_eq!(parse_amount("37.4 KB"), Some(37_400.0));
        assert_eq!(parse_amount("4.845 MB"), Some(4_845_000.0));
        assert_eq!(parse_amount("1 GB"), Some(1e9));
        assert_eq!(parse_amount("1 TB"), None);
    }

    #[test]
    fn counts_bytes_and_times_are_shown_like_the_readme() {
        assert_eq!(show_count(0.0), "0");
        assert_eq!(show_count(100.0), "100");
        assert_eq!(show_count(1000.0), "1 000");
        assert_eq!(show_count(1_000_001.0), "1 000 001");
        assert_eq!(show_bytes(0.0), "0");
        assert_eq!(show_bytes(13.0), "13 B");
        assert_eq!(show_bytes(1_500.0), "1.5 KB");
        assert_eq!(show_bytes(37_400_000.0), "37.4 MB");
        assert_eq!(show_time(0.001), "< 0.01 ns");
        assert_eq!(show_time(0.01), "0.01 ns");
        assert_eq!(show_time(3.9), "3.90 ns");
        assert_eq!(show_time(304.0), "304 ns");
        assert_eq!(show_time(1_100.0), "1.1 µs");
        assert_eq!(show_time(2_500_000.0), "2.5 ms");
    }

    /// Two files, the second with a `grow:` counter and a throughput line.
    const OUTPUT: &str = "\
Timer precision: 20 ns
alpha         fastest       │ slowest       │ median        │ mean          │ samples │ iters
├─ slow                     │               │               │               │         │
│  ├─ 10      4 µs          │ 9 µs          │ 5 µs          │ 5 µs          │ 100     │ 100
│  │          max alloc:    │               │               │               │         │
│  │            3           │ 3             │ 3             │ 3             │         │
│  │            99 B        │ 99 B          │ 99 B          │ 99 B          │         │
│  │          alloc:        │               │               │               │         │
│  │            2           │ 2             │ 2             │ 2             │         │
│  │            40 B        │ 40 B          │ 40 B          │ 40 B          │         │
│  │          grow:         │               │               │               │         │
│  │            5           │ 5             │ 5             │ 5             │         │
│  │            60 B        │ 60 B          │ 60 B          │ 60 B          │         │
│  ╰─ 20      8 µs          │ 9 µs          │ 8.5 µs        │ 8 µs          │ 100     │ 100
╰─ fast                     │               │               │               │         │
   ├─ 10      1 µs          │ 1 µs          │ 1 µs          │ 1 µs          │ 100     │ 100
   ╰─ 20      2 µs          │ 2 µs          │ 2 µs          │ 2 µs          │ 100     │ 100

capacity: not a table line
update_one_key        fastest │ slowest │ median   │ mean │ samples │ iters
╰─ entry_present              │         │          │      │         │
   ╰─ 10      1 µs            │ 2 µs    │ 1.5 µs   │ 1 µs │ 100     │ 100
              24.75 Mitem/s   │ 11 Mitem/s │ 24 Mitem/s │ 23 Mitem/s │ │
              alloc:          │         │          │      │         │
                100           │ 100     │ 100      │ 100  │         │
                1.3 KB        │ 1.3 KB  │ 1.3 KB   │ 1.3 KB │       │
";

    #[test]
    fn parse_reads_every_size_and_sums_alloc_and_grow() {
        let found = parse(OUTPUT);
        let ids: Vec<String> = found.iter().map(Measurement::id).collect();
        assert_eq!(
            ids,
            [
                "alpha/slow/10",
                "alpha/slow/20",
                "alpha/fast/10",
                "alpha/fast/20",
                "update_one_key/entry_present/10"
            ]
        );
        let slow = find(&found, "alpha/slow/10").expect("parsed");
        assert_eq!(slow.median_ns, 5_000.0);
        // alloc + grow, not max alloc.
        assert_eq!(slow.allocs, 7.0);
        assert_eq!(slow.bytes, 100.0);
        let entry = find(&found, "update_one_key/entry_present/10").expect("parsed");
        assert_eq!(entry.median_ns, 1_500.0);
        assert_eq!(entry.allocs, 100.0);
        assert_eq!(entry.bytes, 1_300.0);
        // No counters under a size: nothing allocated.
        assert_eq!(find(&found, "alpha/fast/20").expect("parsed").allocs, 0.0);
        assert_eq!(find(&found, "alpha/fast/30"), None);
    }

    #[test]
    fn the_table_groups_by_job_fastest_first_with_ratios() {
        let found = parse(OUTPUT);
        assert_eq!(
            table(&found, 10),
            "| job | strategy | time per entry | allocations | bytes | vs fastest |\n\
             | --- | --- | ---: | ---: | ---: | ---: |\n\
             | alpha | fast | 100 ns | 0 | 0 | 1.0x |\n\
             | alpha | slow | 500 ns | 7 | 100 B | 5.0x |\n\
             | update one key, present | `entry(player.to_owned())` (`lesson_06::record_points`) | 15 ns | 100 | 1.3 KB | 1.0x |\n"
        );
        assert!(table(&found, 20).contains("| alpha | slow | 425 ns | 0 | 0 | 4.2x |\n"));
    }

    /// A benchmark that never reaches the asked size shows its largest one,
    /// and says so; one that does shows only the asked size.
    #[test]
    fn a_job_below_the_size_shows_its_largest_size() {
        let found = parse(OUTPUT);
        let at_20 = table(&found, 20);
        assert!(
            at_20.contains(
                "| update one key, present (10 elements) | `entry(player.to_owned())` \
                 (`lesson_06::record_points`) | 15 ns | 100 | 1.3 KB | 1.0x |\n"
            ),
            "{at_20}"
        );
        assert!(!at_20.contains("| alpha | slow | 500 ns"), "{at_20}");
        assert_eq!(at_20.lines().count(), 5, "{at_20}");
    }

    #[test]
    fn markers_need_a_figure_right_before_them() {
        let no_figure = "must follow a figure";
        let bad_names = "must read";
        for (bad, why) in [
            ("took x<!-- ratio: a/b/1 over a/c/1 -->", no_figure),
            ("took 78<!-- ratio: a/b/1 over a/c/1 -->", no_figure),
            ("took 7.8.1x<!-- ratio: a/b/1 over a/c/1 -->", no_figure),
            ("took 78.x<!-- ratio: a/b/1 over a/c/1 -->", no_figure),
            ("took E78x<!-- ratio: a/b/1 over a/c/1 -->", no_figure),
            ("took 78x <!-- ratio: a/b/1 over a/c/1 -->", no_figure),
            ("took 78x<!-- ratio: a/b/1 -->", bad_names),
            ("took 78x<!-- ratio: a/b/1 over -->", bad_names),
            ("took 78x<!-- ratio: over a/c/1 -->", bad_names),
            ("took 78x<!-- ratio: a over b over c -->", bad_names),
            ("took 78x<!-- ratio: a/b/1 over a/c/1", "without `-->`"),
        ] {
            let errors = quotes(bad).expect_err(bad);
            assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
            assert!(errors[0].starts_with("line 1: "), "{bad}: {errors:?}");
            assert!(errors[0].contains(why), "{bad}: {errors:?}");
        }
        // The message shows what comes before the marker, up to 12 characters.
        let errors = quotes("it took 78 x<!-- ratio: a/b/1 over a/c/1 -->").expect_err("no figure");
        assert!(errors[0].ends_with("found \"it took 78 x\""), "{errors:?}");
        let errors = quotes("\n\nZ 78 x<!-- ratio: a/b/1 over a/c/1 -->").expect_err("no figure");
        assert!(errors[0].starts_with("line 3: "), "{errors:?}");
        assert!(errors[0].ends_with("found \"Z 78 x\""), "{errors:?}");
        let two = "(25x<!-- ratio: a/b/1 over a/c/1 -->, then 1.25x<!-- ratio: a/d/2 over a/e/2 -->)\nno\n";
        let found = quotes(two).expect("well formed");
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[1],
            Quote {
                line: 1,
                figure: "1.25".into(),
                over: "a/d/2".into(),
                under: "a/e/2".into()
            }
        );
    }

    #[test]
    fn tail_keeps_the_last_characters() {
        assert_eq!(tail("abcdef", 3), "def");
        assert_eq!(tail("ab", 3), "ab");
        assert_eq!(tail("", 3), "");
        assert_eq!(tail("Жанна字", 2), "а字");
    }

    #[test]
    fn a_figure_is_compared_at_the_precision_it_is_written_in() {
        assert_eq!(rounded_like(77.94, "78"), "78");
        assert_eq!(rounded_like(77.94, "77.9"), "77.9");
        assert_eq!(rounded_like(1.25, "1.25"), "1.25");
        assert_eq!(rounded_like(0.96, "1.0"), "1.0");
        assert_eq!(rounded_like(1.04, "1"), "1");
        assert_eq!(rounded_like(1.6, "1"), "2");
    }

    #[test]
    fn every_problem_is_reported_with_its_line() {
        let found = parse(OUTPUT);
        let text = "ok 5x<!-- ratio: alpha/slow/10 over alpha/fast/10 -->\n\
                    wrong 4.3x<!-- ratio: alpha/slow/20 over alpha/fast/20 -->\n\
                    unknown 5x<!-- ratio: alpha/slow/30 over alpha/fast/10 -->\n";
        let problems = check_quoted_ratios(text, &found);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].starts_with("line 2: quotes 4.3x, but"));
        assert!(problems[0].contains("is 4.2x"));
        assert!(problems[1].starts_with("line 3: `alpha/slow/30`"));
    }
}
