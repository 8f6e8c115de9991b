//! Each way lesson 06 offers to record points, against a plain model on a
//! `BTreeMap`: a sequence of events applied to a random board.
//!
//! The case count comes from `PROPTEST_CASES` (256 by default; CI sets 2 500).

use std::collections::{BTreeMap, HashMap};

use lesson_06::{
    Recorded, log_points, record_points, record_points_owned, record_points_reporting,
    record_points_two_lookups, score_slot, score_slot_two_lookups, score_slot_with,
};
use proptest::prelude::*;
use proptest::sample::Index;
use testkit::boards::{board, name, score};
use testkit::models::{record, sorted};

/// One event: a player already on the board (picked by `Index`) or a random
/// name (usually a newcomer), and the points, penalties included.
fn events() -> impl Strategy<Value = Vec<(Option<Index>, String, i32)>> {
    proptest::collection::vec(
        (proptest::option::of(any::<Index>()), name(), score()),
        0..12,
    )
}

/// The player an event is about: a known one if the event picked one and the
/// board is not empty, otherwise the random name.
fn player(model: &BTreeMap<String, i32>, pick: Option<&Index>, random: &str) -> String {
    match pick {
        Some(index) if !model.is_empty() => model
            .keys()
            .nth(index.index(model.len()))
            .cloned()
            .unwrap_or_default(),
        _ => random.to_owned(),
    }
}

/// A small board (up to 47 players) from the shared name and score
/// generators. A slot lookup inserts at most one player, so the rare
/// thousands-of-players boards of `board()` add nothing here but time:
/// generating them is most of this file's run time at 10 000 cases.
fn small_board() -> impl Strategy<Value = HashMap<String, i32>> {
    proptest::collection::hash_map(name(), score(), 0..48)
}

proptest! {
    #[test]
    fn every_recorder_matches_the_model(
        scores in board(),
        events in events(),
    ) {
        let mut model = sorted(&scores);
        let mut by_entry = scores.clone();
        let mut by_owned_key = scores.clone();
        let mut by_two_lookups = scores.clone();
        let mut by_match = scores;
        for (pick, random, points) in &events {
            let player = player(&model, pick.as_ref(), random);
            let expected = match model.get(&player) {
                Some(&before) => Recorded::Updated { before, after: before.saturating_add(*points) },
                None => Recorded::Joined { score: *points },
            };
            record(&mut model, &player, *points);
            record_points(&mut by_entry, &player, *points);
            record_points_owned(&mut by_owned_key, player.clone(), *points);
            record_points_two_lookups(&mut by_two_lookups, &player, *points);
            prop_assert_eq!(record_points_reporting(&mut by_match, &player, *points), expected);
        }
        prop_assert_eq!(sorted(&by_entry), model.clone());
        prop_assert_eq!(sorted(&by_owned_key), model.clone());
        prop_assert_eq!(sorted(&by_two_lookups), model.clone());
        prop_assert_eq!(sorted(&by_match), model);
    }

    #[test]
    fn score_slots_return_the_score_and_insert_only_newcomers(
        scores in small_board(),
        pick in proptest::option::of(any::<Index>()),
        random in name(),
        start in score(),
    ) {
        let model = sorted(&scores);
        let player = player(&model, pick.as_ref(), &random);
        let known = model.get(&player).copied();
        let mut expected = model.clone();
        expected.entry(player.clone()).or_insert(0);
        let mut expected_with = model;
        expected_with.entry(player.clone()).or_insert(start);

        let mut a = scores.clone();
        prop_assert_eq!(*score_slot(&mut a, &player), known.unwrap_or(0));
        prop_assert_eq!(sorted(&a), expected.clone());

        let mut b = scores.clone();
        prop_assert_eq!(*score_slot_two_lookups(&mut b, &player), known.unwrap_or(0));
        prop_assert_eq!(sorted(&b), expected);

        let mut c = scores;
        let mut called = false;
        let slot = score_slot_with(&mut c, &player, || { called = true; start });
        prop_assert_eq!(*slot, known.unwrap_or(start));
        prop_assert_eq!(called, known.is_none());
        prop_assert_eq!(sorted(&c), expected_with);
    }

    #[test]
    fn log_points_keeps_every_event_in_order(
        events in proptest::collection::vec((name(), score()), 0..24),
    ) {
        // The model: each player's events, filtered out of the whole list.
        let model: BTreeMap<String, Vec<i32>> = events
            .iter()
            .map(|(player, _)| {
                let mine = events.iter().filter(|(p, _)| p == player).map(|&(_, points)| points);
                (player.clone(), mine.collect())
            })
            .collect();
        let mut history = HashMap::new();
        for (player, points) in &events {
            log_points(&mut history, player, *points);
        }
        let got: BTreeMap<String, Vec<i32>> = history.into_iter().collect();
        prop_assert_eq!(got, model);
    }
}
