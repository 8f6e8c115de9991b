//! The course offers several ways to do each job. Here every one of them is
//! checked against a plain model of that job, written on a `BTreeMap`, on
//! random leaderboards: empty, one entry, thousands; scores at `i32::MIN`,
//! `0` and `i32::MAX`; non-ASCII names; names with and without `VIP_`.
//!
//! So when a lesson says "this does the same job as lesson NN, in one pass",
//! this file is the proof. `PROPTEST_CASES` sets the number of cases
//! (256 by default; CI runs 10 000). On a failure proptest shrinks the input
//! to a minimal leaderboard and prints it.

use std::collections::{BTreeMap, HashMap};

use proptest::prelude::*;
use testkit::boards::{board, id_board, name, score};
use testkit::models::{
    bump_all, bump_prefixed, record, remove_zeros_bump_rest, sorted, sorted_entries, split,
};

type Board = HashMap<String, i32>;
type Model = BTreeMap<String, i32>;

/// Runs one strategy on a copy of `scores`; returns the board it left (as a
/// model) and what it returned.
fn run<R>(scores: &Board, strategy: impl FnOnce(&mut Board) -> R) -> (Model, R) {
    let mut board = scores.clone();
    let returned = strategy(&mut board);
    (sorted(&board), returned)
}

/// A strategy for the job "every player earns one point".
type BumpStrategy = fn(&mut Board);
/// A strategy for the job "bump the players whose name starts with a prefix".
type PrefixStrategy = fn(&mut Board, &str);
/// A strategy for the job "record one player's points".
type RecordStrategy = fn(&mut Board, &str, i32);

/// A prefix to filter on: the article's `VIP_`, the empty prefix (matches
/// everyone), a lower-case near miss, a non-ASCII one, or any short string.
fn prefix() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("VIP_".to_owned()),
        Just(String::new()),
        Just("vip_".to_owned()),
        Just("Ж".to_owned()),
        "[a-zA-Z_Ж]{0,3}",
    ]
}

/// A threshold, often at the extremes.
fn threshold() -> impl Strategy<Value = i32> {
    prop_oneof![score(), Just(i32::MIN), Just(i32::MAX), Just(0)]
}

proptest! {
    /// Job: every player earns a point. Collect keys (01), values_mut (07), iter_mut (07).
    #[test]
    fn bump_every_score(scores in board()) {
        let expected = bump_all(&sorted(&scores), 1);
        let strategies: [(&str, BumpStrategy); 3] = [
            ("lesson_01::award_bonus", lesson_01::award_bonus),
            ("lesson_07::award_bonus", lesson_07::award_bonus),
            ("lesson_07::award_bonus_iter_mut", lesson_07::award_bonus_iter_mut),
        ];
        for (label, strategy) in strategies {
            prop_assert_eq!(&run(&scores, strategy).0, &expected, "{}", label);
        }
    }

    /// Job: players on 0 leave, everyone else earns a point.
    /// Collect keys (01), retain (04), extract_if (08, which also returns who left).
    #[test]
    fn remove_zeros_bump_the_rest(scores in board()) {
        let (expected, removed) = remove_zeros_bump_rest(&sorted(&scores), 1);

        let (board, ()) = run(&scores, lesson_01::cleanup_scores);
        prop_assert_eq!(&board, &expected, "lesson_01::cleanup_scores");

        let (board, ()) = run(&scores, lesson_04::cleanup_scores);
        prop_assert_eq!(&board, &expected, "lesson_04::cleanup_scores");

        let (board, gone) = run(&scores, lesson_08::cleanup_scores);
        prop_assert_eq!(board, expected, "lesson_08::cleanup_scores");
        prop_assert_eq!(gone, removed, "lesson_08::cleanup_scores returns who left, sorted");
    }

    /// Job: players whose name starts with a prefix earn a point.
    /// Filter then collect (02), collect all then test (02), iter_mut + filter (07).
    #[test]
    fn bump_a_prefixed_subset(scores in board(), prefix in prefix()) {
        let expected = bump_prefixed(&sorted(&scores), &prefix, 1);
        let strategies: [(&str, PrefixStrategy); 3] = [
            ("lesson_02::award_bonus_with_prefix", lesson_02::award_bonus_with_prefix),
            (
                "lesson_02::award_bonus_with_prefix_collect_all",
                lesson_02::award_bonus_with_prefix_collect_all,
            ),
            ("lesson_07::award_bonus_with_prefix", lesson_07::award_bonus_with_prefix),
        ];
        for (label, strategy) in strategies {
            let (board, ()) = run(&scores, |board| strategy(board, &prefix));
            prop_assert_eq!(&board, &expected, "{}", label);
        }
    }

    /// Job: players below a threshold leave. retain (04), extract_if (08).
    #[test]
    fn remove_below_a_threshold(scores in board(), threshold in threshold()) {
        let (kept, removed) = split(&sorted(&scores), |v| v < threshold);

        let (board, ()) = run(&scores, |board| lesson_04::remove_scores_below(board, threshold));
        prop_assert_eq!(&board, &kept, "lesson_04::remove_scores_below");

        let (board, gone) = run(&scores, |board| lesson_08::eliminate_below(board, threshold));
        prop_assert_eq!(board, kept, "lesson_08::eliminate_below");
        prop_assert_eq!(gone, removed, "lesson_08::eliminate_below returns who left, sorted");
    }

    /// Job: end the round, moving every score out and leaving the map empty.
    /// drain (05) keeps the table's capacity; mem::take (05) leaves none.
    #[test]
    fn empty_the_map(scores in board()) {
        let expected = sorted_entries(&scores);

        let mut board = scores.clone();
        let capacity = board.capacity();
        let history = lesson_05::end_round(&mut board);
        prop_assert_eq!(&history, &expected, "lesson_05::end_round");
        prop_assert!(board.is_empty());
        // Never less: drain keeps the table (and clears any tombstones, which
        // can make `capacity()` report more than before, never less).
        prop_assert!(board.capacity() >= capacity, "drain keeps the capacity");

        let mut board = scores;
        let history = lesson_05::end_round_with_take(&mut board);
        prop_assert_eq!(&history, &expected, "lesson_05::end_round_with_take");
        prop_assert!(board.is_empty());
        prop_assert_eq!(board.capacity(), 0, "mem::take leaves a fresh, unallocated map");
    }

    /// Job: one player scores some points (possibly a penalty), present or not.
    /// The entry API (06) and get_mut-then-insert (06).
    #[test]
    fn record_one_players_points(
        scores in board(),
        player in name(),
        points in score(),
        existing in any::<bool>(),
        pick in any::<prop::sample::Index>(),
    ) {
        // Half the time, score a player who is already on the board.
        let mut names: Vec<&String> = scores.keys().collect();
        names.sort();
        let player = if existing && !names.is_empty() {
            (*pick.get(&names)).clone()
        } else {
            player
        };
        // A newcomer starts from 0; points saturate at both ends of i32.
        let mut expected = sorted(&scores);
        record(&mut expected, &player, points);

        let strategies: [(&str, RecordStrategy); 2] = [
            ("lesson_06::record_points", lesson_06::record_points),
            ("lesson_06::record_points_two_lookups", lesson_06::record_points_two_lookups),
        ];
        for (label, strategy) in strategies {
            let (board, ()) = run(&scores, |board| strategy(board, &player, points));
            prop_assert_eq!(&board, &expected, "{}", label);
        }
    }

    /// Job: every numeric player id earns a point (03), and `copied()` and
    /// `cloned()` collect the same ids.
    #[test]
    fn numeric_ids(scores in id_board()) {
        let expected = bump_all(&sorted(&scores), 1);
        let mut board = scores.clone();
        lesson_03::award_bonus_by_id(&mut board);
        prop_assert_eq!(sorted(&board), expected);
        // `scores` is still needed below: the ids must not change.

        let mut copied = lesson_03::player_ids(&scores);
        let mut cloned = lesson_03::player_ids_cloned(&scores);
        copied.sort_unstable();
        cloned.sort_unstable();
        let mut all: Vec<u64> = scores.keys().copied().collect();
        all.sort_unstable();
        prop_assert_eq!(&copied, &all);
        prop_assert_eq!(&cloned, &all);
    }
}
