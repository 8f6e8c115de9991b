//! Each function of lesson 09 against a plain model on a `BTreeMap`, on the
//! course's random leaderboards, with players picked on the board (so that the
//! same player is often picked twice) or anywhere (so that some are missing).
//!
//! The case count comes from `PROPTEST_CASES` (256 by default; CI sets 2 500).

use std::collections::{BTreeMap, HashMap};

use lesson_09::{
    BONUS_ENTRY_SCORE, League, PODIUM_PRIZES, Refusal, add_bonus_entries, award_podium,
    award_winners, from_cells, pay_from_bank, pay_from_bank_deferred, to_cells, transfer,
    transfer_by_scan, transfer_cells, transfer_remove_reinsert, transfer_two_lookups,
};
use proptest::prelude::*;
use proptest::sample::Index;
use testkit::boards::{board, name, score};
use testkit::models::{bump_all, sorted};

type Board = HashMap<String, i32>;
type Model = BTreeMap<String, i32>;

/// How a test picks a player: from the board (by index, when the board is not
/// empty), or any name at all.
type Choice = (bool, Index, String);

fn choice() -> impl Strategy<Value = Choice> {
    (proptest::bool::weighted(0.8), any::<Index>(), name())
}

/// The player a [`Choice`] picks on `model`.
fn pick(model: &Model, (on_board, index, other): &Choice) -> String {
    if *on_board && !model.is_empty() {
        let nth = index.index(model.len());
        model.keys().nth(nth).cloned().unwrap_or_default()
    } else {
        other.clone()
    }
}

/// The first name in `names` that appeared earlier in it.
fn first_repeat(names: &[String]) -> Option<String> {
    names
        .iter()
        .enumerate()
        .find(|&(i, name)| names.iter().take(i).any(|earlier| earlier == name))
        .map(|(_, name)| name.clone())
}

/// The first name in `names` that is not on the board.
fn first_stranger(model: &Model, names: &[String]) -> Option<String> {
    names
        .iter()
        .find(|name| !model.contains_key(*name))
        .cloned()
}

/// The job "move `points` from one player to another": refused, board
/// unchanged, if the names are equal, a player is missing (giver first) or a
/// score would overflow.
fn model_transfer(model: &mut Model, from: &str, to: &str, points: i32) -> Result<(), Refusal> {
    if from == to {
        return Err(Refusal::SamePlayer(from.to_owned()));
    }
    let (Some(&giver), Some(&taker)) = (model.get(from), model.get(to)) else {
        let missing = if model.contains_key(from) { to } else { from };
        return Err(Refusal::UnknownPlayer(missing.to_owned()));
    };
    let (Some(giver), Some(taker)) = (giver.checked_sub(points), taker.checked_add(points)) else {
        return Err(Refusal::Overflow);
    };
    model.insert(from.to_owned(), giver);
    model.insert(to.to_owned(), taker);
    Ok(())
}

/// The job "give each named player their points", all or nothing.
fn model_award(model: &mut Model, names: &[String], points: &[i32]) -> Result<(), Refusal> {
    if let Some(twice) = first_repeat(names) {
        return Err(Refusal::SamePlayer(twice));
    }
    if let Some(stranger) = first_stranger(model, names) {
        return Err(Refusal::UnknownPlayer(stranger));
    }
    for (name, &points) in names.iter().zip(points) {
        let old = model[name];
        model.insert(name.clone(), old.saturating_add(points));
    }
    Ok(())
}

/// The job "the bank pays `points` to everyone else", one payment at a time.
fn model_pay(model: &mut Model, bank: &str, points: i32) -> Result<(), Refusal> {
    let Some(mut bank_score) = model.get(bank).copied() else {
        return Err(Refusal::UnknownPlayer(bank.to_owned()));
    };
    for (name, score) in model.iter_mut() {
        if name != bank {
            *score = score.saturating_add(points);
            bank_score = bank_score.saturating_sub(points);
        }
    }
    model.insert(bank.to_owned(), bank_score);
    Ok(())
}

/// The total of all scores, which a transfer must not change.
fn total(scores: &Board) -> i64 {
    scores.values().map(|&score| i64::from(score)).sum()
}

/// A transfer of the lesson on a plain map, and its name for messages.
type Transfer = (
    &'static str,
    fn(&mut Board, &str, &str, i32) -> Result<(), Refusal>,
);

const TRANSFERS: [Transfer; 4] = [
    ("transfer", transfer),
    ("transfer_two_lookups", transfer_two_lookups),
    ("transfer_remove_reinsert", transfer_remove_reinsert),
    ("transfer_by_scan", transfer_by_scan),
];

proptest! {
    #[test]
    fn every_transfer_agrees_with_the_model_and_conserves_the_total(
        scores in board(),
        from in choice(),
        to in choice(),
        points in score(),
    ) {
        let model = sorted(&scores);
        let (from, to) = (pick(&model, &from), pick(&model, &to));
        let mut expected = model;
        let answer = model_transfer(&mut expected, &from, &to, points);
        for (label, strategy) in TRANSFERS {
            let mut after = scores.clone();
            let result = strategy(&mut after, &from, &to, points);
            prop_assert_eq!(&result, &answer, "{}", label);
            prop_assert_eq!(&sorted(&after), &expected, "{}", label);
            prop_assert_eq!(total(&after), total(&scores), "{}", label);
        }
        let cells = to_cells(scores.clone());
        prop_assert_eq!(&transfer_cells(&cells, &from, &to, points), &answer);
        let after = from_cells(cells);
        prop_assert_eq!(&sorted(&after), &expected);
        prop_assert_eq!(total(&after), total(&scores));
    }

    #[test]
    fn the_podium_agrees_with_the_model(
        scores in board(),
        picks in [choice(), choice(), choice()],
    ) {
        let model = sorted(&scores);
        let names: Vec<String> = picks.iter().map(|c| pick(&model, c)).collect();
        let mut expected = model;
        let answer = model_award(&mut expected, &names, &PODIUM_PRIZES);
        let mut after = scores;
        let podium = [names[0].as_str(), names[1].as_str(), names[2].as_str()];
        prop_assert_eq!(award_podium(&mut after, podium), answer);
        prop_assert_eq!(sorted(&after), expected);
    }

    #[test]
    fn any_number_of_winners_agrees_with_the_model(
        scores in board(),
        picks in proptest::collection::vec(choice(), 0..8),
        points in score(),
    ) {
        let model = sorted(&scores);
        let names: Vec<String> = picks.iter().map(|c| pick(&model, c)).collect();
        let mut expected = model;
        let answer = model_award(&mut expected, &names, &vec![points; names.len()]);
        let mut after = scores;
        let winners: Vec<&str> = names.iter().map(String::as_str).collect();
        prop_assert_eq!(award_winners(&mut after, &winners, points), answer);
        prop_assert_eq!(sorted(&after), expected);
    }

    #[test]
    fn both_ways_to_pay_from_the_bank_agree_with_the_model(
        scores in board(),
        bank in choice(),
        points in score(),
    ) {
        let model = sorted(&scores);
        let bank = pick(&model, &bank);
        let mut expected = model;
        let answer = model_pay(&mut expected, &bank, points);

        let cells = to_cells(scores.clone());
        prop_assert_eq!(&pay_from_bank(&cells, &bank, points), &answer);
        prop_assert_eq!(&sorted(&from_cells(cells)), &expected);

        let mut plain = scores;
        prop_assert_eq!(pay_from_bank_deferred(&mut plain, &bank, points), answer);
        prop_assert_eq!(sorted(&plain), expected);
    }

    #[test]
    fn both_ways_to_bump_a_league_give_everyone_the_bonus_once(
        scores in board(),
        bonus in score(),
    ) {
        let expected = bump_all(&sorted(&scores), bonus);
        let given = u32::try_from(scores.len()).expect("boards are small");

        let mut fields = League::new(scores.clone(), bonus);
        fields.bump_everyone();
        prop_assert_eq!(&sorted(fields.scores()), &expected);
        prop_assert_eq!(fields.bonuses_given(), given);

        let mut collected = League::new(scores, bonus);
        collected.bump_everyone_collect_first();
        prop_assert_eq!(sorted(collected.scores()), expected);
        prop_assert_eq!(collected.bonuses_given(), given);
    }

    #[test]
    fn bonus_entries_derive_from_the_keys_present_before(mut scores in board()) {
        let before = sorted(&scores);
        let derived = before.keys().map(|name| (format!("{name}_bonus"), BONUS_ENTRY_SCORE));
        let mut expected = before.clone();
        expected.extend(derived);
        add_bonus_entries(&mut scores);
        prop_assert_eq!(sorted(&scores), expected);
    }
}
