//! The lessons' allocation claims, counted exactly.
//!
//! Every heap allocation of this test process goes through dhat's counting
//! allocator. [`cost_of`] reads dhat's totals before and after one call, so
//! each claim below is an exact number of blocks (allocations, a `realloc`
//! counting as one) and bytes, not a timing.
//!
//! dhat allows one profiler per process, so all the claims are checked in
//! sequence by the single test at the bottom. The boards are small (dhat
//! records a backtrace per allocation, which is slow); the counts scale
//! linearly, as the formulas in the assertions show, and the benchmarks
//! (`cargo bench -p costs`) report the same counts at a million players.
#![forbid(unsafe_code)]

use std::collections::HashMap;
use std::mem::size_of;

use costs::{VIP_PREFIX, id_board, player_name, string_board};

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

/// A leaderboard, keyed by player name.
type Board = HashMap<String, i32>;

/// A job done to a whole board, in place.
type Job = fn(&mut Board);

/// Players on the boards measured here.
const N: usize = 1_000;

/// What one call allocated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cost {
    /// Allocations, `realloc`s included.
    blocks: u64,
    /// Bytes requested by those allocations.
    bytes: u64,
}

/// Nothing allocated at all.
const FREE: Cost = Cost {
    blocks: 0,
    bytes: 0,
};

/// Runs `f` and returns what it allocated, with its result (which is dropped
/// by the caller, after the count: freeing never counts anyway).
fn cost_of<R>(f: impl FnOnce() -> R) -> (Cost, R) {
    let before = dhat::HeapStats::get();
    let result = f();
    let after = dhat::HeapStats::get();
    let cost = Cost {
        blocks: after.total_blocks.saturating_sub(before.total_blocks),
        bytes: after.total_bytes.saturating_sub(before.total_bytes),
    };
    (cost, result)
}

/// A `usize` count as the `u64` dhat counts in.
fn n64(n: usize) -> u64 {
    u64::try_from(n).expect("fits in u64")
}

/// What collecting `m` values into a `Vec<T>` costs when the iterator cannot
/// say how many there will be (a `filter` in the chain): the vector starts
/// small and grows, each growth one `realloc`. Measured, not assumed: the
/// values are `make()`, which must not allocate (an empty `String` does not).
fn growing_vec_cost<T>(m: usize, make: impl Fn() -> T) -> Cost {
    let (cost, v) = cost_of(|| (0..m).filter(|_| true).map(|_| make()).collect::<Vec<T>>());
    assert_eq!(v.len(), m);
    cost
}

/// Total length of the keys for which `keep` is true.
fn key_bytes(scores: &Board, keep: impl Fn(&str) -> bool) -> u64 {
    n64(scores.keys().filter(|k| keep(k)).map(String::len).sum())
}

/// In-place ways allocate nothing: `values_mut`, `iter_mut`, `retain`.
fn in_place_strategies_allocate_nothing() {
    let ways: [(&str, Job); 5] = [
        (
            "lesson_07::award_bonus (values_mut)",
            lesson_07::award_bonus,
        ),
        (
            "lesson_07::award_bonus_iter_mut (iter_mut)",
            lesson_07::award_bonus_iter_mut,
        ),
        (
            "lesson_07::award_bonus_with_prefix (iter_mut().filter())",
            |s| {
                lesson_07::award_bonus_with_prefix(s, VIP_PREFIX);
            },
        ),
        (
            "lesson_04::cleanup_scores (retain)",
            lesson_04::cleanup_scores,
        ),
        ("lesson_04::remove_scores_below (retain)", |s| {
            lesson_04::remove_scores_below(s, 500)
        }),
    ];
    for (name, way) in ways {
        let mut scores = string_board(N);
        let (cost, ()) = cost_of(|| way(&mut scores));
        println!("{name}: {cost:?}");
        dhat::assert_eq!(cost, FREE);
    }
}

/// Collecting the keys costs one vector plus one `String` per key.
fn collecting_keys_allocates_a_vector_and_every_key() {
    let ways: [(&str, Job); 3] = [
        ("lesson_01::award_bonus", lesson_01::award_bonus),
        ("lesson_01::cleanup_scores", lesson_01::cleanup_scores),
        ("lesson_02::award_bonus_with_prefix_collect_all", |s| {
            lesson_02::award_bonus_with_prefix_collect_all(s, VIP_PREFIX);
        }),
    ];
    for (name, way) in ways {
        let mut scores = string_board(N);
        // The `Keys` iterator knows its exact length, so the vector is
        // allocated once at its final size: N `String`s of 24 bytes each,
        // plus each key's own bytes.
        let expected = Cost {
            blocks: n64(N).saturating_add(1),
            bytes: n64(N.saturating_mul(size_of::<String>()))
                .saturating_add(key_bytes(&scores, |_| true)),
        };
        let (cost, ()) = cost_of(|| way(&mut scores));
        println!("{name}: {cost:?}");
        dhat::assert_eq!(cost, expected);
    }
}

/// Filtering first clones only the matching keys.
fn filtering_first_clones_only_the_matches() {
    let scores = string_board(N);
    let vips = scores.keys().filter(|k| k.starts_with(VIP_PREFIX)).count();
    dhat::assert_eq!(vips, N / 10);
    // The vector grows while the filter feeds it; that part is measured by
    // collecting as many empty (non-allocating) strings through a filter.
    let vector = growing_vec_cost(vips, String::new);
    let expected = Cost {
        blocks: vector.blocks.saturating_add(n64(vips)),
        bytes: vector
            .bytes
            .saturating_add(key_bytes(&scores, |k| k.starts_with(VIP_PREFIX))),
    };
    println!("vector for {vips} keys through a filter: {vector:?}");

    let (cost, keys) = cost_of(|| lesson_02::keys_with_prefix(&scores, VIP_PREFIX));
    println!("lesson_02::keys_with_prefix: {cost:?}");
    dhat::assert_eq!(keys.len(), vips);
    dhat::assert_eq!(cost, expected);

    let mut scores = scores;
    let (cost, ()) = cost_of(|| lesson_02::award_bonus_with_prefix(&mut scores, VIP_PREFIX));
    println!("lesson_02::award_bonus_with_prefix: {cost:?}");
    dhat::assert_eq!(cost, expected);
}

/// `extract_if` moves the removed entries out: no key is cloned, the only
/// allocation is the vector it returns (growing, as with a filter).
fn extract_if_allocates_only_the_returned_vector() {
    let mut scores = string_board(N);
    let zeros = scores.values().filter(|&&s| s == 0).count();
    let vector = growing_vec_cost(zeros, || (String::new(), 0_i32));
    let (cost, removed) = cost_of(|| lesson_08::cleanup_scores(&mut scores));
    println!("lesson_08::cleanup_scores (extract_if), {zeros} removed: {cost:?}");
    dhat::assert_eq!(removed.len(), zeros);
    dhat::assert_eq!(cost, vector);
}

/// `u64` ids: one vector of 8-byte ids, whichever of `copied`/`cloned`.
fn collecting_ids_allocates_one_vector() {
    let mut ids = id_board(N);
    let expected = Cost {
        blocks: 1,
        bytes: n64(N.saturating_mul(size_of::<u64>())),
    };
    let (copied, v) = cost_of(|| lesson_03::player_ids(&ids));
    dhat::assert_eq!(v.len(), N);
    let (cloned, w) = cost_of(|| lesson_03::player_ids_cloned(&ids));
    dhat::assert_eq!(w.len(), N);
    let (bump, ()) = cost_of(|| lesson_03::award_bonus_by_id(&mut ids));
    println!("lesson_03: copied {copied:?}, cloned {cloned:?}, award_bonus_by_id {bump:?}");
    dhat::assert_eq!(copied, expected);
    dhat::assert_eq!(cloned, expected);
    dhat::assert_eq!(bump, expected);
}

/// Emptying: `drain` and `clear` keep the table, `mem::take` leaves capacity 0.
fn emptying_keeps_or_releases_the_capacity() {
    let keeps: [(&str, Job); 3] = [
        ("drain (entries dropped)", costs::drain_and_drop),
        ("clear", costs::clear_board),
        ("lesson_05::end_round (drain, then sort)", |s| {
            drop(lesson_05::end_round(s));
        }),
    ];
    for (name, way) in keeps {
        let mut scores = string_board(N);
        let capacity = scores.capacity();
        way(&mut scores);
        println!("{name}: capacity {capacity} -> {}", scores.capacity());
        dhat::assert!(scores.is_empty());
        dhat::assert_eq!(scores.capacity(), capacity);
    }
    let releases: [(&str, Job); 2] = [
        ("std::mem::take", |s| drop(costs::take_board(s))),
        ("lesson_05::end_round_with_take", |s| {
            drop(lesson_05::end_round_with_take(s));
        }),
    ];
    for (name, way) in releases {
        let mut scores = string_board(N);
        let capacity = scores.capacity();
        way(&mut scores);
        println!("{name}: capacity {capacity} -> {}", scores.capacity());
        dhat::assert!(scores.is_empty());
        dhat::assert_eq!(scores.capacity(), 0);
    }

    // None of the three allocates to empty the map itself.
    let mut scores = string_board(N);
    let (cost, ()) = cost_of(|| costs::drain_and_drop(&mut scores));
    dhat::assert_eq!(cost, FREE);
    let mut scores = string_board(N);
    let (cost, ()) = cost_of(|| costs::clear_board(&mut scores));
    dhat::assert_eq!(cost, FREE);
    let mut scores = string_board(N);
    let (cost, old) = cost_of(|| costs::take_board(&mut scores));
    dhat::assert_eq!(cost, FREE);
    dhat::assert_eq!(old.len(), N);
    // Draining into a vector: one block, exactly N entries of (String, i32),
    // because `Drain` knows its length.
    let mut scores = string_board(N);
    let (cost, entries) = cost_of(|| costs::drain_into_vec(&mut scores));
    dhat::assert_eq!(entries.len(), N);
    dhat::assert_eq!(
        cost,
        Cost {
            blocks: 1,
            bytes: n64(N.saturating_mul(size_of::<(String, i32)>())),
        }
    );
}

/// In Rust 1.95's `HashMap`, room for 1 000 000 players is one block: a
/// table of 2 097 152 buckets (2^21, the smallest power of two with at least
/// 1 000 000 × 8/7 buckets), each holding a 32-byte `(String, i32)` and one
/// control byte, plus one more group of 16 control bytes. `capacity()`
/// reports the 7/8 of the buckets that may be filled, 1 835 008: lesson 05
/// and the README quote both figures.
fn a_million_player_table_has_2_097_152_buckets() {
    const BUCKETS: u64 = 2_097_152;
    const CAPACITY: usize = 1_835_008;
    dhat::assert_eq!(size_of::<(String, i32)>(), 32);
    dhat::assert_eq!(n64(CAPACITY), BUCKETS / 8 * 7);
    let (cost, scores) = cost_of(|| Board::with_capacity(1_000_000));
    println!(
        "HashMap::with_capacity(1_000_000): {cost:?}, capacity {}",
        scores.capacity()
    );
    dhat::assert_eq!(scores.capacity(), CAPACITY);
    dhat::assert_eq!(
        cost,
        Cost {
            blocks: 1,
            bytes: BUCKETS * (32 + 1) + 16,
        }
    );
    // The benchmarks' boards are built by `collect`, which reserves room for
    // the iterator's length before inserting anything: the same table even
    // for a million equal (empty, non-allocating) keys.
    let collected: Board = (0..1_000_000).map(|_| (String::new(), 0)).collect();
    dhat::assert_eq!(collected.len(), 1);
    dhat::assert_eq!(collected.capacity(), CAPACITY);
}

/// `shrink_to_fit` after `retain` moves what is left into one new, small
/// table: one allocation (lesson 04). In Rust 1.95's `HashMap`, 3 players get
/// 4 buckets: 4 × 32 bytes of entries, 4 + 16 control bytes.
fn shrink_to_fit_allocates_one_small_table() {
    let mut scores = costs::thinned_board(N, 3);
    dhat::assert!(scores.capacity() > N);
    let (cost, ()) = cost_of(|| scores.shrink_to_fit());
    println!("shrink_to_fit, 3 players left of {N}: {cost:?}");
    dhat::assert_eq!(scores.len(), 3);
    dhat::assert_eq!(scores.capacity(), 3);
    dhat::assert_eq!(
        cost,
        Cost {
            blocks: 1,
            bytes: 4 * 32 + 4 + 16,
        }
    );
}

/// The entry API takes an owned key, so `entry(player.to_owned())` allocates
/// the name even when the player is already there; `get_mut` takes `&str`.
fn entry_allocates_the_key_even_for_a_present_player() {
    let present = player_name(123);
    let missing = String::from("newcomer-000001");
    let one_string = |s: &str| Cost {
        blocks: 1,
        bytes: n64(s.len()),
    };
    type Update = fn(&mut Board, &str, i32);
    let cases: [(&str, Update, &str, Cost); 4] = [
        (
            "entry, present",
            lesson_06::record_points,
            &present,
            one_string(&present),
        ),
        (
            "get_mut, present",
            lesson_06::record_points_two_lookups,
            &present,
            FREE,
        ),
        (
            "entry, missing",
            lesson_06::record_points,
            &missing,
            one_string(&missing),
        ),
        (
            "get_mut then insert, missing",
            lesson_06::record_points_two_lookups,
            &missing,
            one_string(&missing),
        ),
    ];
    for (name, update, player, expected) in cases {
        let mut scores = string_board(N);
        // Room for one more player, so an insert never grows the table.
        dhat::assert!(scores.capacity() > scores.len());
        let (cost, ()) = cost_of(|| update(&mut scores, player, 5));
        println!("lesson_06 {name}: {cost:?}");
        dhat::assert_eq!(cost, expected);
    }
}

#[test]
fn allocation_claims_hold_exactly() {
    let _profiler = dhat::Profiler::builder().testing().build();
    in_place_strategies_allocate_nothing();
    collecting_keys_allocates_a_vector_and_every_key();
    filtering_first_clones_only_the_matches();
    extract_if_allocates_only_the_returned_vector();
    collecting_ids_allocates_one_vector();
    emptying_keeps_or_releases_the_capacity();
    a_million_player_table_has_2_097_152_buckets();
    shrink_to_fit_allocates_one_small_table();
    entry_allocates_the_key_even_for_a_present_player();
}
