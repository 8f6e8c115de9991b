//! The chapter's `DashMap` claims, for the pinned `dashmap` 6.2.1.
//!
//! * The example's story, snapshotted (it is built with `escargot`, since
//!   Cargo gives tests the path of binaries only, and run 8 times).
//! * Each case that the chapter says blocks, run in a child process (the
//!   example started as `dashmap child <case>`) and killed 500 ms after it
//!   reached the call; the cases that should finish, finished.
//! * Which handle holds which lock, asked with the non-blocking `try_` calls.
//! * The shard rules: the default count, the one-shard panic, and how often
//!   two names share a shard.
//! * The example's fixes against the plain models.

use std::collections::BTreeMap;
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

use dashmap::DashMap;
use dashmap::try_result::TryResult;
use lesson_10::BONUS;
use lesson_10::watch::{ARMED, Outcome, watch};
use proptest::prelude::*;
use testkit::boards::{board, name, score};
use testkit::models::{bump_all, record, remove_zeros_bump_rest, sorted};

/// The example's code, compiled into this test too, for its fixes.
#[allow(dead_code)]
#[path = "../examples/dashmap.rs"]
mod example;

const PATIENCE: Duration = Duration::from_millis(500);

/// The example binary, built once per test run.
///
/// It is built for the workspace's default members (no `-p lesson-10`), as
/// the root `cargo test` builds everything: Cargo then resolves the same
/// dependency features, so the example reuses what that run compiled
/// instead of building `serde` and others a second time.
fn example_binary() -> &'static str {
    static PATH: OnceLock<String> = OnceLock::new();
    PATH.get_or_init(|| {
        let built = escargot::CargoBuild::new()
            .manifest_path(concat!(env!("CARGO_MANIFEST_DIR"), "/../../Cargo.toml"))
            .example("dashmap")
            .current_release()
            // Everything the example needs was fetched to build this test.
            .arg("--offline")
            .run()
            .expect("cargo builds the dashmap example");
        built.path().to_string_lossy().into_owned()
    })
}

fn run(case: &str) -> Outcome {
    watch(
        Command::new(example_binary()).args(["child", case]),
        PATIENCE,
    )
    .expect("the child runs")
}

/// What a case that must finish by itself printed.
fn finished(case: &str) -> String {
    let outcome = run(case);
    let Outcome::Exited {
        success: true,
        stdout,
        ..
    } = outcome
    else {
        panic!("{case}: expected it to finish: {outcome:?}");
    };
    stdout
}

fn blocked() -> Outcome {
    Outcome::Blocked {
        after: PATIENCE,
        stdout: ARMED.to_owned(),
    }
}

#[test]
fn story() {
    insta::assert_snapshot!(testkit::story(example_binary()));
}

#[test]
fn get_mut_inside_an_iter_loop_blocks() {
    assert_eq!(run("iter-get-mut"), blocked());
}

#[test]
fn insert_inside_an_iter_loop_blocks() {
    assert_eq!(run("iter-insert"), blocked());
}

#[test]
fn alter_inside_an_iter_loop_blocks() {
    assert_eq!(run("iter-alter"), blocked());
}

#[test]
fn reading_calls_inside_an_iter_loop_return() {
    let stdout = finished("iter-read");
    // `view` carries the "any sort of reference" warning, yet returns.
    assert!(
        stdout.contains("read every entry inside the walk: 4 of 4"),
        "{stdout}"
    );
}

#[test]
fn entry_while_a_ref_is_alive_blocks() {
    assert_eq!(run("ref-entry"), blocked());
}

#[test]
fn a_retain_closure_that_reads_the_map_blocks() {
    assert_eq!(run("retain-get"), blocked());
}

#[test]
fn get_mut_of_a_neighbour_in_the_same_shard_blocks() {
    assert_eq!(run("ref-neighbour"), blocked());
}

#[test]
fn alter_all_inside_if_let_get_blocks() {
    assert_eq!(run("if-let-alter-all"), blocked());
}

#[test]
fn get_mut_of_a_player_in_another_shard_finishes() {
    let stdout = finished("ref-stranger");
    // The guest took Alice's score: the write really happened.
    assert!(stdout.contains("           10  guest-"), "{stdout}");
}

#[test]
fn the_fixes_finish() {
    let stdout = finished("fixed");
    assert!(stdout.starts_with(ARMED), "{stdout}");
}

#[test]
fn every_case_is_tested_here() {
    let source = include_str!("dashmap.rs");
    for (case, _what) in example::CASES {
        let tested = [format!("run(\"{case}\")"), format!("finished(\"{case}\")")];
        assert!(tested.iter().any(|call| source.contains(call)), "{case}");
    }
}

#[test]
fn a_ref_holds_its_shards_read_lock() {
    let board = example::board();
    let neighbour = example::guest(&board, "Alice", true);
    let stranger = example::guest(&board, "Alice", false);
    let alice = board.get("Alice").expect("on the board");
    assert!(matches!(board.try_get("Alice"), TryResult::Present(_)));
    assert!(matches!(board.try_get_mut("Alice"), TryResult::Locked));
    assert!(matches!(board.try_get_mut(&neighbour), TryResult::Locked));
    assert!(matches!(board.try_get_mut(&stranger), TryResult::Absent));
    assert!(board.try_entry("Alice".to_owned()).is_none());
    assert!(board.try_entry(stranger).is_some());
    drop(alice);
    assert!(matches!(board.try_get_mut("Alice"), TryResult::Present(_)));
    assert!(board.try_entry("Alice".to_owned()).is_some());
}

#[test]
fn a_ref_mut_and_an_entry_hold_the_write_lock() {
    let board = example::board();
    let alice = board.get_mut("Alice").expect("on the board");
    assert!(matches!(board.try_get("Alice"), TryResult::Locked));
    drop(alice);
    let entry = board.entry("Alice".to_owned());
    assert!(matches!(board.try_get("Alice"), TryResult::Locked));
    drop(entry);
    assert!(matches!(board.try_get("Alice"), TryResult::Present(_)));
}

#[test]
fn iterators_hold_the_lock_of_the_shard_they_walk() {
    let board = example::board();
    for entry in &board {
        assert!(matches!(board.try_get(entry.key()), TryResult::Present(_)));
        assert!(matches!(board.try_get_mut(entry.key()), TryResult::Locked));
    }
    for entry in board.iter_mut() {
        assert!(matches!(board.try_get(entry.key()), TryResult::Locked));
    }
    assert!(matches!(board.try_get_mut("Alice"), TryResult::Present(_)));
}

#[test]
fn the_default_shard_count_is_four_per_cpu_rounded_up_to_a_power_of_two() {
    let cpus = std::thread::available_parallelism().map_or(1, usize::from);
    let board: DashMap<String, i32> = DashMap::new();
    assert_eq!(
        board.shards().len(),
        cpus.saturating_mul(4).next_power_of_two()
    );
    let board = example::board();
    assert_eq!(board.shards().len(), example::SHARDS);
}

#[test]
#[should_panic(expected = "assertion failed: shard_amount > 1")]
fn a_one_shard_map_panics() {
    let _board: DashMap<String, i32> = DashMap::with_shard_amount(1);
}

#[test]
fn two_shards_is_the_smallest_map() {
    let board: DashMap<String, i32> = DashMap::with_shard_amount(2);
    assert_eq!(board.shards().len(), 2);
}

#[test]
fn two_names_share_one_of_eight_shards_in_about_one_map_in_eight() {
    // 1 600 fresh maps, each with its own random seed. The count follows a
    // binomial law (mean 200, standard deviation 13): outside 120..=280 is
    // more than six deviations away.
    let shared = (0..1600)
        .filter(|_| {
            let board: DashMap<String, i32> = DashMap::with_shard_amount(8);
            board.determine_map("Alice") == board.determine_map("Bob")
        })
        .count();
    assert!((120..=280).contains(&shared), "{shared} of 1600");
}

#[test]
fn a_determine_map_neighbour_is_one_that_try_get_mut_finds_locked() {
    // `determine_map` and the locks agree: the example's guests are picked
    // by the first, the story's outcomes come from the second.
    let board = example::board();
    let alice = board.get("Alice").expect("on the board");
    for n in 0..64 {
        let guest = format!("guest-{n}");
        let same = board.determine_map(guest.as_str()) == board.determine_map("Alice");
        assert_eq!(
            matches!(board.try_get_mut(&guest), TryResult::Locked),
            same,
            "{guest}"
        );
    }
    drop(alice);
}

fn dash(scores: &std::collections::HashMap<String, i32>) -> DashMap<String, i32> {
    scores.iter().map(|(k, v)| (k.clone(), *v)).collect()
}

proptest! {
    #[test]
    fn the_fixes_match_the_models(scores in board(), player in name(), points in score()) {
        let model = sorted(&scores);

        let map = dash(&scores);
        example::award_bonus(&map);
        prop_assert_eq!(example::sorted(&map), bump_all(&model, BONUS));

        let map = dash(&scores);
        example::award_bonus_collect_first(&map);
        prop_assert_eq!(example::sorted(&map), bump_all(&model, BONUS));

        let map = dash(&scores);
        example::cleanup_scores(&map);
        prop_assert_eq!(example::sorted(&map), remove_zeros_bump_rest(&model, BONUS).0);

        let present = model.keys().next().cloned().unwrap_or_default();
        for player in [present, player] {
            let map = dash(&scores);
            example::record(&map, &player, points);
            let mut expected = model.clone();
            record(&mut expected, &player, points);
            prop_assert_eq!(example::sorted(&map), expected);
        }
    }

    #[test]
    fn remove_below_alice_keeps_alice_and_everyone_above(
        scores in board(),
        alice in prop::option::of(score()),
    ) {
        let mut scores = scores;
        if let Some(alice) = alice {
            scores.insert("Alice".to_owned(), alice);
        } else {
            scores.remove("Alice");
        }
        let map = dash(&scores);
        example::remove_below_alice(&map);
        let expected: BTreeMap<String, i32> = match alice {
            Some(alice) => sorted(&scores).into_iter().filter(|&(_, s)| s >= alice).collect(),
            None => sorted(&scores),
        };
        prop_assert_eq!(example::sorted(&map), expected);
    }
}
