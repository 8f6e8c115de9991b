//! # Lesson 03: copied keys
//!
//! > **You will be able to:** take `Copy` keys such as numeric ids out of a
//! > map with `copied()`; say what `Copy` promises and why `copied()` refuses
//! > `String` keys; switch on a pedantic clippy lint for a whole workspace.
//! >
//! > **The one idea:** `copied()` does what `cloned()` does, but only for
//! > types whose byte copy is a complete duplicate, so writing it tells the
//! > reader, and the compiler checks, that the keys are cheap to duplicate.
//!
//! ## The problem
//!
//! Names make poor keys in a real game: players rename themselves, and two
//! players may share a name. So the server keys its leaderboard by a numeric
//! player id, a `HashMap<u64, i32>`. The end-of-round bonus is the same job as
//! in lesson 01, and the same borrow rule applies: the map cannot be changed
//! while an iterator over it is alive. A key that is a plain number does not
//! change that, because the borrow belongs to the iterator, not to the keys:
//!
//! ```compile_fail,E0502
//! use std::collections::HashMap;
//!
//! let mut scores: HashMap<u64, i32> = HashMap::from([(7, 10), (42, 20)]);
//! for &id in scores.keys() {
//!     // `id` is a copy, but `keys()` still borrows `scores` for the whole loop.
//!     if let Some(score) = scores.get_mut(&id) {
//!         *score += 1;
//!     }
//! }
//! ```
//!
//! So the ids still have to be taken out of the map first. The question this
//! lesson answers is how to take them out.
//!
//! ## The fix
//!
//! `keys()` yields `&u64`, references into the map. To own the ids, turn each
//! `&u64` into a `u64` with `copied()`, then collect
//! (`cargo run -p lesson-03 --example playground-03`; [`player_ids`] and
//! [`award_bonus_by_id`] do the same):
//!
#![doc = concat!("```rust\n", include_str!("../examples/playground.rs"), "```")]
//!
//! `cloned()` would give the same vector ([`player_ids_cloned`]). The
//! difference is what each one promises.
//!
//! ## Why `copied()` and not `cloned()`
//!
//! * `cloned()` works for any item type that implements `Clone`. It calls
//!   `Clone::clone`, which for a `String` allocates a new buffer and copies
//!   the text, and for other types may do anything their author wrote.
//! * `copied()` works **only** when the item type implements `Copy`: the
//!   marker for types that are duplicated by copying their bytes, with no
//!   allocation and no code of their own to run. For a `u64` that is eight
//!   bytes.
//!
//! So `copied()` is a claim the compiler checks: "these keys are cheap to
//! duplicate". Write it on a `String` key and the code does not compile. The
//! case is pinned in [`compile_fail/copied_string_keys.rs`](../iterate_and_mutate/index.html#copied_string_keys), and `rustc`
//! reports **two** errors for that one mistake:
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/copied_string_keys.stderr"), "```")]
//!
//! Read the first one first. E0277 is the cause: `copied` carries the bound
//! `T: Copy` ("required by a bound in `copied`"), and `String` does not meet
//! it, because duplicating a `String` means allocating. E0599 is fallout: a
//! `Copied` adapter is only an iterator when its items are `Copy`, so this one
//! has no `collect` method (the note says just that: `Copied<...>: Iterator`
//! is not satisfied). `$RUST` is how the pinned file writes the path of the
//! standard library's source, which differs between machines. Fix the first
//! error (write `cloned()`, as lessons 01 and 02 do for names) and the second
//! one disappears with it.
//!
//! `Copy` does not mean "small", by the way: a `[u64; 1000]` is `Copy` and
//! copying it moves 8000 bytes. It means "a byte copy is a complete
//! duplicate", which is what makes `copied()` honest about the cost.
//!
//! ## Clippy says so too
//!
//! Both calls produce the same ids, so nothing breaks if you write
//! `cloned()` on `u64` keys. Clippy's `clippy::cloned_instead_of_copied`
//! lint points it out anyway. It is a *pedantic* lint, off by default; this
//! course switches it on in the root `Cargo.toml`, under
//! `[workspace.lints.clippy]`, and every lesson inherits it through
//! `[lints] workspace = true`. Remove the `#[allow]` above
//! [`player_ids_cloned`] and run `cargo clippy -p lesson-03`, and it says
//! (`LL` stands for the line number, which moves whenever this prose does):
//!
#![doc = concat!("```text\n", include_str!("../tests/clippy_lint.stderr"), "```")]
//!
//! The suggestion is the whole fix: replace `cloned` with `copied`. The last
//! note is how Cargo applies the `[lints]` table: as flags on clippy's
//! command line.
//!
//! The test `lessons/lesson-03/tests/clippy_lint.rs` does exactly that: it
//! builds a copy of this file without the `#[allow]`, under the workspace's
//! clippy settings, checks that the warning appears on that line and nowhere
//! else, and compares it with the file shown above.
//!
//! ## What it costs
//!
//! One vector of 8-byte ids, built by `collect()`, and no allocation per
//! key, unlike the `String` keys of lessons 01 and 02. Then `get_mut` hashes
//! each id once to find its entry again.
//!
//! The `costs` crate measured it on a board of 1 000 000 players (`costs/`,
//! table in `README.md#what-it-costs`; ratios, since the times themselves
//! depend on the machine):
//!
//! * [`player_ids`] (`copied()`) and [`player_ids_cloned`] (`cloned()`)
//!   collected the 1 000 000 ids in the same time (1.0x<!-- ratio: u64_ids/collect_ids_cloned/1000000 over u64_ids/collect_ids_copied/1000000 -->), each with the same
//!   single 8 MB allocation.
//! * [`award_bonus_by_id`] took 5x<!-- ratio: u64_ids/bump_by_collected_ids/1000000 over u64_ids/bump_with_values_mut/1000000 --> the time of lesson 07's `values_mut()`
//!   loop on the same board, with that one vector and no allocation per key:
//!   what it pays for is the second lookup of every id.
//!
//! `costs/tests/allocations.rs` (`collecting_ids_allocates_one_vector`)
//! checks the single allocation exactly in `cargo test`;
//! `costs/benches/u64_ids.rs` holds the timings.
//!
//! For `u64` keys, `copied()` and `cloned()` do the same work:
//! `Clone::clone` for `u64` is itself a plain copy. They even compile to the
//! same machine code: `tests/codegen.rs` compiles
//! `tests/codegen/copied_vs_cloned.rs` at `-C opt-level=3` and finds the
//! assembly of its two functions, one collecting with `copied()` and one
//! with `cloned()`, identical instruction for instruction (rustc 1.95,
//! x86-64; only the functions' names and local label numbers differ). To
//! repeat it by hand, from the repository root:
//!
//! ```text
//! rustc --edition 2024 --crate-type lib -C opt-level=3 --emit=asm -o copied_vs_cloned.s lessons/lesson-03/tests/codegen/copied_vs_cloned.rs
//! ```
//!
//! and compare `ids_copied` with `ids_cloned` in `copied_vs_cloned.s`. The
//! choice between them is about what the code tells its reader, not about
//! speed.
//!
//! ## When not to use it
//!
//! * To bump every score, `values_mut()` needs no ids at all (lesson 07):
//!   [`award_bonus_by_id`] collects the ids only to show the pattern.
//! * To remove players on a condition, `retain` does it in one pass
//!   (lesson 04).
//! * To update only some players, filter the ids before collecting them,
//!   as lesson 02 does with names; with `Copy` keys that saves less, since
//!   no id costs an allocation.
//!
//! Collecting ids is the right tool when the loop must call the map's own
//! `&mut self` methods (`remove`, `insert`, `entry`) for some of them.
//!
//! ## Scores at the top of the range
//!
//! [`award_bonus_by_id`] adds with `saturating_add`: a score at `i32::MAX`
//! stays at `i32::MAX`, where `+= 1` would panic in a debug build and wrap
//! round to `i32::MIN` in a release build. The ids themselves are never
//! computed with, so `u64::MAX` is an id like any other.
//!
//! ## Exercises
//!
//! Practise this lesson with the classroom exercises (run `rustlings` inside
//! `exercises/`):
//!
//! * `exercises/exercises/lesson03/l03_list_every_junction.rs`
//! * `exercises/exercises/lesson03/l03_shift_seats.rs`
//!
//! ---
//!
//! [← Lesson 02: filter before you collect](../lesson_02/index.html) ·
//! [Course home](../iterate_and_mutate/index.html) ·
//! [Lesson 04: `retain`, remove and update in one pass →](../lesson_04/index.html)
#![forbid(unsafe_code)]

use std::collections::HashMap;

/// The points every player earns at the end of a round.
pub const BONUS: i32 = 1;

/// Returns every player id on the board, copied out of the map with `copied()`.
///
/// The ids come in the map's iteration order, which changes from process
/// to process: sort the vector before printing or comparing it.
///
/// ```
/// use std::collections::HashMap;
/// let scores: HashMap<u64, i32> = HashMap::from([(42, 20), (7, 10)]);
/// let mut ids = lesson_03::player_ids(&scores);
/// ids.sort_unstable();
/// assert_eq!(ids, [7, 42]);
/// ```
#[must_use]
pub fn player_ids(scores: &HashMap<u64, i32>) -> Vec<u64> {
    scores.keys().copied().collect()
}

/// Returns every player id on the board, copied out with `cloned()`: the same
/// result as [`player_ids`], kept only to compare the two.
///
/// The ids come in the map's iteration order: sort before printing or comparing.
///
/// ```
/// use std::collections::HashMap;
/// let scores: HashMap<u64, i32> = HashMap::from([(42, 20), (7, 10)]);
/// let mut cloned = lesson_03::player_ids_cloned(&scores);
/// let mut copied = lesson_03::player_ids(&scores);
/// cloned.sort_unstable();
/// copied.sort_unstable();
/// assert_eq!(cloned, copied);
/// ```
#[must_use]
// This function exists to show the lint's target: `cloned()` on `Copy` keys.
// Without this `allow`, `cargo clippy` warns here (see tests/clippy_lint.rs).
#[allow(clippy::cloned_instead_of_copied)]
pub fn player_ids_cloned(scores: &HashMap<u64, i32>) -> Vec<u64> {
    scores.keys().cloned().collect()
}

/// Awards [`BONUS`] to every player, by copying the ids out first.
///
/// `copied()` turns the `&u64` keys into owned `u64`s; once `collect()`
/// returns, the map is no longer borrowed and `get_mut` may change it. A
/// score at `i32::MAX` stays at `i32::MAX` (`saturating_add`).
///
/// ```
/// use std::collections::HashMap;
/// let mut scores: HashMap<u64, i32> = HashMap::from([(7, 10), (42, i32::MAX)]);
/// lesson_03::award_bonus_by_id(&mut scores);
/// assert_eq!(scores[&7], 11);
/// assert_eq!(scores[&42], i32::MAX);
/// ```
pub fn award_bonus_by_id(scores: &mut HashMap<u64, i32>) {
    let ids: Vec<u64> = scores.keys().copied().collect();
    for id in ids {
        if let Some(score) = scores.get_mut(&id) {
            *score = score.saturating_add(BONUS);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(mut ids: Vec<u64>) -> Vec<u64> {
        ids.sort_unstable();
        ids
    }

    #[test]
    fn copy_is_not_about_size() {
        fn is_copy<T: Copy>(value: T) -> (T, T) {
            (value, value)
        }
        // A 1000-element array is `Copy`: both halves of the pair are whole
        // 8000-byte duplicates, made without any `clone()` call.
        let (a, b) = is_copy([7_u64; 1000]);
        assert_eq!(size_of_val(&a), 8000);
        assert_eq!(a, b);
    }

    #[test]
    fn empty_board() {
        let mut scores: HashMap<u64, i32> = HashMap::new();
        assert!(player_ids(&scores).is_empty());
        assert!(player_ids_cloned(&scores).is_empty());
        award_bonus_by_id(&mut scores);
        assert!(scores.is_empty());
    }

    #[test]
    fn one_entry() {
        let mut scores = HashMap::from([(7, 10)]);
        assert_eq!(player_ids(&scores), [7]);
        assert_eq!(player_ids_cloned(&scores), [7]);
        award_bonus_by_id(&mut scores);
        assert_eq!(scores, HashMap::from([(7, 11)]));
    }

    #[test]
    fn ids_at_the_edges_of_u64() {
        let scores = HashMap::from([(u64::MAX, 1), (0, 2), (1, 3), (u64::MAX - 1, 4)]);
        let expected = [0, 1, u64::MAX - 1, u64::MAX];
        assert_eq!(sorted(player_ids(&scores)), expected);
        assert_eq!(sorted(player_ids_cloned(&scores)), expected);
    }

    #[test]
    fn copied_and_cloned_collect_the_same_ids_in_the_same_order() {
        // One map, iterated twice: the order is the map's, and it is the same
        // for both calls because the map did not change in between.
        let scores: HashMap<u64, i32> = (0..100).map(|id| (id, 0)).collect();
        assert_eq!(player_ids(&scores), player_ids_cloned(&scores));
    }

    #[test]
    fn award_bonus_by_id_bumps_every_player_once() {
        let mut scores = HashMap::from([(7, 10), (42, -3), (u64::MAX, 0)]);
        award_bonus_by_id(&mut scores);
        assert_eq!(scores, HashMap::from([(7, 11), (42, -2), (u64::MAX, 1)]));
    }

    #[test]
    fn award_bonus_by_id_saturates_at_i32_max() {
        let mut scores = HashMap::from([(1, i32::MAX), (2, i32::MAX - 1), (3, i32::MIN)]);
        award_bonus_by_id(&mut scores);
        assert_eq!(
            scores,
            HashMap::from([(1, i32::MAX), (2, i32::MAX), (3, i32::MIN + 1)])
        );
        award_bonus_by_id(&mut scores);
        assert_eq!(
            scores,
            HashMap::from([(1, i32::MAX), (2, i32::MAX), (3, i32::MIN + 2)])
        );
    }

    #[test]
    fn the_ids_are_owned_so_the_map_can_change_while_they_live() {
        // The vector does not borrow the map: entries can be removed and the
        // vector still holds every id that was there.
        let mut scores = HashMap::from([(7, 10), (42, 20)]);
        let ids = player_ids(&scores);
        scores.clear();
        assert_eq!(sorted(ids), [7, 42]);
    }
}
