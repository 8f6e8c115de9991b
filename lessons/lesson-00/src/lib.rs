//! # Lesson 00: why the compiler says no
//!
//! > **You will be able to:** explain why Rust refuses a loop that changes
//! > the map it walks; read the three labels of error E0502; tell a map's
//! > readers (`&self` methods) from its writers (`&mut self` methods).
//! >
//! > **The one idea:** a loop over a map borrows it until the loop ends, and
//! > no write to the map may overlap that borrow: a write may move or reorder
//! > the entries under the loop.
//!
//! ## The problem
//!
//! A round of the game is over and every player earns a bonus point. The loop
//! that comes to mind first walks the leaderboard and bumps each score on the
//! way:
//!
//! ```compile_fail,E0502
//! use std::collections::HashMap;
//!
//! let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
//! for (name, _score) in &scores {
//!     if let Some(score) = scores.get_mut(name) {
//!         *score += 1;
//!     }
//! }
//! ```
//!
//! `rustc` rejects it. Before any fix (lesson 01 starts them), this lesson
//! shows what the compiler protects you from, in safe code only: the crate is
//! `#![forbid(unsafe_code)]`.
//!
//! ## A map moves its entries when it grows
//!
//! A `HashMap` keeps its entries in one block of memory, a table with room
//! for [`HashMap::capacity`] entries. When an insert finds no room left, the
//! map usually asks the allocator for a bigger block, moves every entry
//! across, and hands the old block back (usually: see the next section).
//!
//! You can watch it without reading a byte you do not own: *taking* an
//! address is safe; only reading through a raw pointer is `unsafe`. This
//! program notes where Alice's score lives, adds guests while they fit, then
//! one more (`cargo run -p lesson-00 --example playground-00-00`):
//!
#![doc = concat!("```rust\n", include_str!("../examples/playground.rs"), "```")]
//!
//! The lesson's instruments do the same on any board: [`value_address`]
//! notes where a score lives; [`insert_until_capacity_changes`] adds guests
//! until `capacity()` changes and reports a [`Growth`]. After a real resize
//! the watched score always lives elsewhere, because the new block is
//! allocated while the old one is still in use, and two live allocations
//! never overlap. The property tests check it on random leaderboards (10 000
//! in CI), and that the score's *value* is unchanged. Guests who still fit
//! ([`fill_to_capacity`]) move nothing.
//!
//! Was the old block freed? Reading freed memory is the very bug at stake,
//! but you can ask the allocator for fresh memory and see whether it hands
//! out the place where the score used to live ([`reused_by_new_allocation`]):
//! memory still in use is never handed out twice. With glibc's allocator
//! (Linux) it does (tested), and the story (`cargo run -p lesson-00`) shows it.
//!
//! ## Capacity can jump without a new table
//!
//! In Rust 1.95's `HashMap` (hashbrown 0.16), removing a player often leaves
//! a *tombstone* in its slot, a marker that lookups probe past. A guest who
//! lands on a tombstone reuses it; a guest who takes a never-used slot uses
//! up spare room, which tombstones do not give back. Once the spare room is
//! gone, if the live entries fill at most half the table's full capacity,
//! the next insert makes no new table: it clears the tombstones and rehashes
//! every entry *in place*, in the same block, and `capacity()` jumps.
//!
//! [`churn_until_capacity_jumps`] lets guests come and go, one at a time,
//! until one makes `capacity()` jump, and reports every score's address
//! before and after as a [`Jump`]. In the story, a full board of 896 players
//! sends 456 home, and after many visits one guest takes the capacity from
//! 440 to 896. Most scores kept their exact address, which no new table
//! could give them, since it would be allocated while the old one is in use.
//! The tests also find such a jump with every score inside the old scores'
//! address range; after a real resize, none is.
//!
//! Yet some entries move to other slots of the same block, and the order in
//! which a loop visits the players changes (tested).
//!
//! ## What a live iterator would be left holding
//!
//! An iterator over a map is a position in that table: in Rust 1.95's
//! `HashMap` it walks the slots in order, from the highest address down (a
//! test checks it). If the loop body could insert, one insert could move the
//! entries to a new block and free the old one: the iterator's next step
//! would read memory the allocator may have handed to someone else, a
//! use-after-free. An in-place rehash frees nothing, yet would throw it off
//! too: an entry moved from ahead of the iterator to behind it is never
//! visited, one moved the other way is visited twice (a test finds both on
//! real rehashes). In C++ this is "iterator invalidation": undefined
//! behaviour that compiles without complaint.
//!
#![doc = include_str!("../elsewhere/README.md")]
//!
//! ## The rule the compiler enforces instead
//!
//! Rust does not wait to see whether an insert happens to resize. It applies
//! one rule to every value: many readers (`&` borrows) or a single writer (one
//! `&mut` borrow), never both at once. A `for` loop over `&scores` or
//! `scores.keys()` is a reader that stays alive for the whole loop;
//! `get_mut`, `insert` and `remove` take `&mut self`, so each is a writer.
//! The overlap is error E0502, pinned in
//! [`compile_fail/get_mut_inside_iter_loop.rs`](../iterate_and_mutate/index.html#get_mut_inside_iter_loop):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/get_mut_inside_iter_loop.stderr"), "```")]
//!
//! Read all three labels, not only the caret: *immutable borrow occurs here*
//! is where the reader starts (the loop's iterator over `&scores`),
//! *immutable borrow later used here* is where it is still needed (the loop
//! asks it for the next entry on every turn), and *mutable borrow occurs
//! here* is the writer that falls between the two.
//!
//! Inserting, the one operation that can resize, is refused the same way
//! ([`compile_fail/insert_inside_keys_loop.rs`](../iterate_and_mutate/index.html#insert_inside_keys_loop)), and so is `remove`
//! ([`compile_fail/remove_inside_keys_loop.rs`](../iterate_and_mutate/index.html#remove_inside_keys_loop)). That loop also reads
//! `scores[name]`, and that line gets no label: a second reader is fine.
//!
//! ## Why an update that cannot grow the map is refused too
//!
//! `get_mut` never resizes anything. It is refused anyway, for two reasons.
//!
//! The borrow checker reads signatures, not bodies. It sees
//! `fn get_mut(&mut self, ...)` and knows a writer is being made; a
//! `&mut self` method is *allowed* to do anything a writer may do, today or
//! in a later version of the library. Even `reserve(0)`, which asks for no
//! room at all, is refused inside the loop, while readers may overlap freely:
//!
//! ```compile_fail,E0502
//! use std::collections::HashMap;
//!
//! let mut scores = HashMap::from([(String::from("Alice"), 10)]);
//! for name in scores.keys() {
//!     scores.reserve(0);
//!     println!("{name}");
//! }
//! ```
//!
//! ```
//! use std::collections::HashMap;
//!
//! let scores = HashMap::from([(String::from("Alice"), 10)]);
//! let mut total = 0;
//! for name in scores.keys() {
//!     total += scores[name]; // `&self`: a second reader, accepted
//! }
//! assert_eq!(total, 10);
//! ```
//!
//! And a reader has a promise to keep. The loop holds `_score`, a `&i32` to
//! Alice's score; `get_mut` would hand out a `&mut i32` to the same score.
//! Rust promises that a value behind a `&` does not change while the `&` is
//! in use, and the compiler optimises on that promise (it tells LLVM the
//! reference is `noalias`), resize or no resize. `tests/noalias.rs` compiles
//! a function that reads `*held`, writes through a `&mut i32`, then reads
//! `*held` again: rustc 1.95 loads `*held` from memory once, trusting that
//! the write cannot touch it. (The same function on `Cell<i32>`s, which may
//! share a value, loads it twice.) Were both references allowed to point at
//! one score, such code would read a stale value.
//!
//! The price is that some harmless programs are refused; the gain is a check
//! that is local, fast, and designed never to let a dangerous program
//! through. (Designed: rustc has bugs like any program, and those that let
//! unsound code through are tracked under its `I-unsound` label.)
//!
//! ## The fix
//!
//! Every later lesson ends the reader before the writer starts, or lets the
//! map do both jobs itself:
//!
//! * lesson 01 copies the keys into a `Vec` first, then updates by key;
//! * lesson 07 uses `values_mut()` / `iter_mut()`, one `&mut` borrow of the
//!   whole map that hands out a mutable reference to each value in turn: it
//!   can change values, and it cannot insert or remove, so nothing moves
//!   under it.
//!
//! ## Why it works
//!
//! Once no reader is alive, a resize or a rehash has nobody left to surprise,
//! and the compiler can prove it, so it accepts the program.
//!
//! ## What it costs
//!
//! The rule costs nothing at run time: it is checked at compile time and
//! leaves no trace in the program. Its cost is the refused harmless programs
//! above, and the small detours the fixes take.
//!
//! This lesson's functions are instruments, not tools for real code:
//! [`insert_until_capacity_changes`] inserts up to `capacity() - len() + 1`
//! guests, and [`churn_until_capacity_jumps`] copies every name whenever the
//! board has no spare room.
//!
//! ## When not to use it
//!
//! Never steer a program by addresses: where an entry lives is the map's
//! private business and may change on any insert. Nor is `capacity()` the
//! size of the table: it is how many entries fit before the map must make
//! room. After removals it can grow by one (a guest reuses a tombstone) or
//! jump (the in-place rehash above) with no reallocation, which is why
//! [`Growth`] and [`Jump`] report where the values *actually* are instead of
//! guessing from the capacity.
//!
//! ## Scores at the top of the range
//!
//! Nothing in this lesson adds to a score: guests join with
//! [`GUEST_SCORE`], and existing scores, `i32::MAX` and `i32::MIN`
//! included, are moved bit for bit and never rewritten (tested below). The
//! lessons that do add use `saturating_add` (lesson 01 shows why).
//!
//! ## Exercises
//!
//! Practise this lesson with the classroom exercises (run `rustlings` inside
//! `exercises/`):
//!
//! * `exercises/exercises/lesson00/l00_restock_lowest.rs`
//! * `exercises/exercises/lesson00/l00_word_total.rs`
//!
//! ---
//!
//! [Course home](../iterate_and_mutate/index.html) ·
//! [Lesson 01: collect the keys first →](../lesson_01/index.html)
#![forbid(unsafe_code)]

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

/// The score every guest added by [`add_guest`] starts with.
pub const GUEST_SCORE: i32 = 0;

/// What changed while guests were added to a leaderboard.
///
/// Returned by [`insert_until_capacity_changes`] and [`fill_to_capacity`].
/// It holds no addresses, only what can be compared between runs: a map's
/// addresses differ from one process to the next, its capacities do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Growth {
    /// [`HashMap::capacity`] before the first guest was added.
    pub capacity_before: usize,
    /// [`HashMap::capacity`] after the last guest was added.
    pub capacity_after: usize,
    /// How many guests were added (each one a new entry: no player is
    /// ever overwritten).
    pub inserted: usize,
    /// Whether the watched player's score lives at a different address now.
    pub value_moved: bool,
}

impl Growth {
    /// Whether the capacity changed. On a map that has never had an entry
    /// removed, that means the table was reallocated. After removals it may
    /// not have been: in Rust 1.95's `HashMap`, a guest who reuses a
    /// tombstone raises the capacity by one, and an in-place rehash makes it
    /// jump, both in the same block (see [`churn_until_capacity_jumps`]).
    ///
    /// ```
    /// use std::collections::HashMap;
    /// let mut scores = HashMap::from([(String::from("Alice"), 10)]);
    /// let growth = lesson_00::insert_until_capacity_changes(&mut scores, "Alice").unwrap();
    /// assert!(growth.capacity_changed());
    /// ```
    #[must_use]
    pub fn capacity_changed(&self) -> bool {
        self.capacity_after != self.capacity_before
    }
}

/// Where `name`'s score currently lives, as a plain number, or `None` if
/// `name` is not on the board.
///
/// Taking an address is safe; only reading through a raw pointer is
/// `unsafe`, and this lesson never does. The number is only good for
/// comparing with another address taken in the same process.
///
/// ```
/// use std::collections::HashMap;
/// let scores = HashMap::from([(String::from("Alice"), 10)]);
/// assert!(lesson_00::value_address(&scores, "Alice").is_some());
/// assert_eq!(lesson_00::value_address(&scores, "Bob"), None);
/// ```
#[must_use]
pub fn value_address(scores: &HashMap<String, i32>, name: &str) -> Option<usize> {
    scores
        .get(name)
        .map(|score| std::ptr::from_ref(score).addr())
}

/// Adds one guest with [`GUEST_SCORE`] and returns the guest's name.
///
/// Guests are called `"guest N"`, counting from `len() + 1` (the seat the
/// guest takes). If a player already has that name, the next number is
/// tried: an existing player is never overwritten.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10), (String::from("guest 2"), 7)]);
/// assert_eq!(lesson_00::add_guest(&mut scores), "guest 3");
/// assert_eq!(scores["guest 2"], 7);
/// assert_eq!(scores["guest 3"], lesson_00::GUEST_SCORE);
/// ```
pub fn add_guest(scores: &mut HashMap<String, i32>) -> String {
    // `len() + 1` cannot overflow: a map never holds `usize::MAX` entries.
    // For the same reason at most `len()` numbers can be taken, so the loop
    // ends long before `saturating_add` could ever saturate.
    let mut seat = scores.len().saturating_add(1);
    loop {
        match scores.entry(format!("guest {seat}")) {
            Entry::Vacant(free) => {
                let name = free.key().clone();
                free.insert(GUEST_SCORE);
                return name;
            }
            Entry::Occupied(_) => seat = seat.saturating_add(1),
        }
    }
}

/// Adds guests one at a time until [`HashMap::capacity`] changes, and
/// reports what happened to `watched`'s score.
///
/// Returns `None`, without touching the map, if `watched` is not on the
/// board (an empty board included). Otherwise the loop always ends: a map
/// never holds more entries than its capacity, so at the latest the guest
/// that makes `len()` exceed the old capacity changes it. The watched score
/// keeps its value (guests never overwrite a player).
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10)]);
/// let growth = lesson_00::insert_until_capacity_changes(&mut scores, "Alice").unwrap();
/// assert!(growth.capacity_after > growth.capacity_before);
/// assert!(growth.value_moved);
/// assert_eq!(scores["Alice"], 10);
/// ```
pub fn insert_until_capacity_changes(
    scores: &mut HashMap<String, i32>,
    watched: &str,
) -> Option<Growth> {
    add_guests_while(scores, watched, |board, capacity_before| {
        board.capacity() == capacity_before
    })
}

/// Adds guests until `len()` reaches the capacity the map had at the
/// start, and reports what happened to `watched`'s score.
///
/// Returns `None`, without touching the map, if `watched` is not on the
/// board. No guest goes beyond the starting capacity, so the table is never
/// reallocated and the watched score stays where it was (`value_moved` is
/// `false`): an insert that fits only fills a free slot.
///
/// ```
/// use std::collections::HashMap;
/// let mut scores = HashMap::from([(String::from("Alice"), 10)]);
/// let growth = lesson_00::fill_to_capacity(&mut scores, "Alice").unwrap();
/// assert_eq!(scores.len(), growth.capacity_before);
/// assert!(!growth.value_moved);
/// ```
pub fn fill_to_capacity(scores: &mut HashMap<String, i32>, watched: &str) -> Option<Growth> {
    add_guests_while(scores, watched, |board, capacity_before| {
        board.len() < capacity_before
    })
}

/// Adds guests while `more(board, capacity_before)` holds, and reports what
/// happened to `watched`'s score: the shared body of
/// [`insert_until_capacity_changes`] and [`fill_to_capacity`].
fn add_guests_while(
    scores: &mut HashMap<String, i32>,
    watched: &str,
    more: impl Fn(&HashMap<String, i32>, usize) -> bool,
) -> Option<Growth> {
    let address_before = value_address(scores, watched)?;
    let capacity_before = scores.capacity();
    let mut inserted: usize = 0;
    // A map never holds more entries than its capacity, so of `room + 1`
    // guests the last one at the latest changes it: no caller needs more
    // turns, and the bound makes the loop's end plain to see.
    let room = capacity_before.saturating_sub(scores.len());
    for _ in 0..=room {
        if !more(scores, capacity_before) {
            break;
        }
        add_guest(scores);
        // At most `room + 1`, far below `usize::MAX`.
        inserted = inserted.saturating_add(1);
    }
    Some(Growth {
        capacity_before,
        capacity_after: scores.capacity(),
        inserted,
        value_moved: value_address(scores, watched) != Some(address_before),
    })
}

/// Asks the allocator for byte buffers of every length from 1 to `max_len`,
/// keeps them all alive at once, and returns whether one of them covers
/// `address`.
///
/// Memory that is still in use is never handed out twice, so `true`
/// *proves* that whatever lived at `address` has been freed: its memory now
/// belongs to one of the new buffers. `false` proves nothing: the allocator
/// may simply have kept that memory aside. Nothing is ever read or written
/// through `address`; it is only compared with the buffers' addresses.
///
/// ```
/// use std::collections::HashMap;
/// let scores = HashMap::from([(String::from("Alice"), 10)]);
/// let alice = lesson_00::value_address(&scores, "Alice").unwrap();
/// // Alice's score is still in use, so no new buffer can cover it.
/// assert!(!lesson_00::reused_by_new_allocation(alice, 512));
/// ```
#[must_use]
pub fn reused_by_new_allocation(address: usize, max_len: usize) -> bool {
    let buffers: Vec<Vec<u8>> = (1..=max_len).map(Vec::with_capacity).collect();
    buffers.iter().any(|buffer| {
        let start = buffer.as_ptr().addr();
        (start..start.saturating_add(buffer.capacity())).contains(&address)
    })
}

/// Where every player's score lives, in the order a loop over the map
/// visits the players: `(name, address)` pairs.
///
/// The addresses are plain numbers, only good for comparing with other
/// addresses taken in the same process; nothing is read through them.
///
/// ```
/// use std::collections::HashMap;
/// let scores = HashMap::from([(String::from("Alice"), 10), (String::from("Bob"), 20)]);
/// let layout = lesson_00::layout(&scores);
/// assert_eq!(layout.len(), 2);
/// assert!(layout.contains(&(String::from("Bob"), lesson_00::value_address(&scores, "Bob").unwrap())));
/// ```
#[must_use]
pub fn layout(scores: &HashMap<String, i32>) -> Vec<(String, usize)> {
    scores
        .iter()
        .map(|(name, score)| (name.clone(), std::ptr::from_ref(score).addr()))
        .collect()
}

/// What one guest did to the table by making [`HashMap::capacity`] jump:
/// returned by [`churn_until_capacity_jumps`].
///
/// It holds addresses (see [`layout`]): compare them, never print them, since
/// they differ from one process to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jump {
    /// [`HashMap::capacity`] just before the guest arrived.
    pub capacity_before: usize,
    /// [`HashMap::capacity`] just after.
    pub capacity_after: usize,
    /// The board's [`layout`] just before the guest arrived.
    pub before: Vec<(String, usize)>,
    /// The board's [`layout`] just after, the guest included.
    pub after: Vec<(String, usize)>,
}

impl Jump {
    /// Where each player of [`before`](Self::before) lives now.
    fn addresses_after(&self) -> HashMap<&str, usize> {
        self.after
            .iter()
            .map(|(name, address)| (name.as_str(), *address))
            .collect()
    }

    /// How many players of [`before`](Self::before) still have their score
    /// at the very same address.
    ///
    /// More than zero proves that the table was not reallocated: a new table
    /// is allocated while the old one is still in use, so it cannot start
    /// where any old score lives.
    #[must_use]
    pub fn kept(&self) -> usize {
        let after = self.addresses_after();
        self.before
            .iter()
            .filter(|(name, address)| after.get(name.as_str()) == Some(address))
            .count()
    }

    /// Whether the table stayed in its block: some score [`kept`](Self::kept)
    /// its exact address, which a new table could not give it.
    #[must_use]
    pub fn same_table(&self) -> bool {
        self.kept() > 0
    }

    /// How many players of [`before`](Self::before) have their score at
    /// another address now.
    #[must_use]
    pub fn moved(&self) -> usize {
        let after = self.addresses_after();
        self.before
            .iter()
            .filter(|(name, address)| after.get(name.as_str()).is_some_and(|now| now != address))
            .count()
    }

    /// Whether every score after the jump lies between the lowest and the
    /// highest address of the scores before it (`false` if there were none).
    ///
    /// `true` proves the scores are still in the old table's block: a new
    /// table cannot overlap the old one, which was in use when it was made.
    #[must_use]
    pub fn within_old_span(&self) -> bool {
        let addresses = self.before.iter().map(|&(_, address)| address);
        let (Some(lowest), Some(highest)) = (addresses.clone().min(), addresses.max()) else {
            return false;
        };
        self.after
            .iter()
            .all(|(_, address)| (lowest..=highest).contains(address))
    }

    /// Whether a loop would now visit the players of
    /// [`before`](Self::before) in another order.
    #[must_use]
    pub fn order_changed(&self) -> bool {
        let order_before: Vec<&str> = self.before.iter().map(|(name, _)| name.as_str()).collect();
        let present: HashSet<&str> = order_before.iter().copied().collect();
        let order_after: Vec<&str> = self
            .after
            .iter()
            .map(|(name, _)| name.as_str())
            .filter(|name| present.contains(name))
            .collect();
        order_after != order_before
    }
}

/// Lets guests visit the board one at a time, each one leaving before the
/// next arrives, until one of them makes [`HashMap::capacity`] jump (grow by
/// more than one); that guest stays, and the jump is returned.
///
/// Returns `None` if no guest did so within `max_visits`; every guest has
/// left again by then, so the board holds its players only. Guests are named
/// `"visitor N"`; a name a player already has is skipped, so no player is
/// ever overwritten.
///
/// In Rust 1.95's `HashMap`, a jump can only come from a guest who finds no
/// spare room (`len() == capacity()`), and such a guest always makes one: the
/// map reserves room before it inserts. So the board's [`layout`] is taken
/// before such a guest only, and a capacity change after it is the jump.
///
/// ```
/// use std::collections::HashMap;
/// // A full table: the first visitor makes it grow.
/// let mut scores = HashMap::from([(String::from("Alice"), 10)]);
/// while scores.len() < scores.capacity() {
///     lesson_00::add_guest(&mut scores);
/// }
/// let jump = lesson_00::churn_until_capacity_jumps(&mut scores, 1).unwrap();
/// assert!(jump.capacity_after > jump.capacity_before);
/// assert_eq!(jump.kept(), 0, "a real resize: every score moved to a new block");
/// ```
pub fn churn_until_capacity_jumps(
    scores: &mut HashMap<String, i32>,
    max_visits: usize,
) -> Option<Jump> {
    for visit in 1..=max_visits {
        let name = format!("visitor {visit}");
        let capacity_before = scores.capacity();
        let before = (scores.len() == capacity_before).then(|| layout(scores));
        match scores.entry(name.clone()) {
            Entry::Occupied(_) => continue,
            Entry::Vacant(free) => free.insert(GUEST_SCORE),
        };
        // A guest who finds no spare room makes the map grow or rehash, and
        // either way `capacity()` jumps; a guest who finds room changes it by
        // one at most, and no layout was taken for it.
        let capacity_after = scores.capacity();
        if capacity_after != capacity_before
            && let Some(before) = before
        {
            return Some(Jump {
                capacity_before,
                capacity_after,
                before,
                after: layout(scores),
            });
        }
        scores.remove(&name);
    }
    None
}

#[cfg(test)]
// The tests compute expected lengths from small counts (`len + inserted`),
// which cannot overflow; checked arithmetic would only hide the intent.
#[allow(clippy::arithmetic_side_effects)]
mod tests {
    use super::*;

    fn board(entries: &[(&str, i32)]) -> HashMap<String, i32> {
        entries.iter().map(|&(k, v)| (k.to_owned(), v)).collect()
    }

    #[test]
    fn value_address_is_none_for_a_missing_player() {
        assert_eq!(value_address(&HashMap::new(), "Alice"), None);
        assert_eq!(value_address(&board(&[("Alice", 1)]), "alice"), None);
        assert_eq!(value_address(&board(&[("Alice", 1)]), ""), None);
    }

    #[test]
    fn value_address_tells_two_players_apart() {
        let scores = board(&[("Émile", 1), ("Жанна", 1)]);
        assert_ne!(
            value_address(&scores, "Émile"),
            value_address(&scores, "Жанна")
        );
    }

    #[test]
    fn add_guest_numbers_from_the_next_seat() {
        let mut scores = HashMap::new();
        assert_eq!(add_guest(&mut scores), "guest 1");
        assert_eq!(add_guest(&mut scores), "guest 2");
        assert_eq!(scores, board(&[("guest 1", 0), ("guest 2", 0)]));
    }

    #[test]
    fn add_guest_never_overwrites_a_player() {
        let mut scores = board(&[("guest 2", i32::MAX), ("guest 3", i32::MIN)]);
        assert_eq!(add_guest(&mut scores), "guest 4");
        assert_eq!(
            scores,
            board(&[("guest 2", i32::MAX), ("guest 3", i32::MIN), ("guest 4", 0)])
        );
    }

    #[test]
    fn an_empty_board_has_nobody_to_watch() {
        let mut scores = HashMap::new();
        assert_eq!(insert_until_capacity_changes(&mut scores, "Alice"), None);
        assert_eq!(fill_to_capacity(&mut scores, "Alice"), None);
        assert!(scores.is_empty());
        assert_eq!(scores.capacity(), 0, "an empty map allocates nothing");
    }

    #[test]
    fn a_missing_player_leaves_the_board_untouched() {
        let mut scores = board(&[("Alice", 10), ("字", 3)]);
        let capacity = scores.capacity();
        assert_eq!(insert_until_capacity_changes(&mut scores, "Bob"), None);
        assert_eq!(fill_to_capacity(&mut scores, "Bob"), None);
        assert_eq!(scores, board(&[("Alice", 10), ("字", 3)]));
        assert_eq!(scores.capacity(), capacity);
    }

    #[test]
    fn one_player_moves_when_the_table_grows() {
        let mut scores = board(&[("Alice", 10)]);
        let growth = insert_until_capacity_changes(&mut scores, "Alice").unwrap();
        assert!(growth.capacity_after > growth.capacity_before);
        assert!(growth.capacity_changed());
        assert!(growth.value_moved);
        // Capacity minus one guests fit beside Alice; the next one changes
        // the capacity.
        assert_eq!(growth.inserted, growth.capacity_before - 1 + 1);
        assert_eq!(scores.len(), 1 + growth.inserted);
        assert_eq!(scores["Alice"], 10);
    }

    #[test]
    fn extreme_scores_are_moved_bit_for_bit() {
        let mut scores = board(&[("Zoë", i32::MAX), ("Min", i32::MIN), ("😀", -1)]);
        let growth = insert_until_capacity_changes(&mut scores, "Zoë").unwrap();
        assert!(growth.value_moved);
        assert_eq!(scores["Zoë"], i32::MAX);
        assert_eq!(scores["Min"], i32::MIN);
        assert_eq!(scores["😀"], -1);
    }

    #[test]
    fn a_non_ascii_player_can_be_watched() {
        for name in ["é", "Жанна", "字", "😀", ""] {
            let mut scores = board(&[(name, 5), ("Alice", 1)]);
            let growth = insert_until_capacity_changes(&mut scores, name).unwrap();
            assert!(growth.value_moved, "{name}");
            assert_eq!(scores[name], 5);
        }
    }

    #[test]
    fn filling_up_to_capacity_moves_nothing() {
        let mut scores = board(&[("Alice", 10), ("Bob", 20)]);
        let bob = value_address(&scores, "Bob");
        let growth = fill_to_capacity(&mut scores, "Alice").unwrap();
        assert_eq!(growth.capacity_after, growth.capacity_before);
        assert!(!growth.capacity_changed());
        assert_eq!(scores.len(), growth.capacity_before);
        assert_eq!(growth.inserted, growth.capacity_before - 2);
        assert!(!growth.value_moved);
        assert_eq!(
            value_address(&scores, "Bob"),
            bob,
            "Bob did not move either"
        );
        // Full now: the very next guest makes the table grow.
        let growth = insert_until_capacity_changes(&mut scores, "Alice").unwrap();
        assert_eq!(growth.inserted, 1);
        assert!(growth.value_moved);
    }

    /// After removals, `capacity()` can change with no reallocation at all.
    /// Some removals leave a marker (a "tombstone") in the slot instead of
    /// freeing it for `capacity()`'s count; a guest who lands on one raises
    /// `capacity()` by one, and nothing moves. This is why `Growth` measures `value_moved`
    /// instead of inferring it from the capacity.
    #[test]
    fn after_removals_capacity_can_creep_up_without_a_move() {
        let mut creeps = 0;
        for trial in 0..10 {
            let mut scores: HashMap<String, i32> =
                (0..900).map(|i| (format!("p{trial}-{i}"), i)).collect();
            for i in 0..500 {
                scores.remove(&format!("p{trial}-{i}"));
            }
            let growth =
                insert_until_capacity_changes(&mut scores, &format!("p{trial}-899")).unwrap();
            if growth.capacity_after == growth.capacity_before + 1 && !growth.value_moved {
                creeps += 1;
            }
        }
        assert!(
            creeps > 0,
            "no trial showed a capacity change without a move"
        );
    }

    /// A table of 1 024 slots filled to its capacity of 896 players, none
    /// ever removed.
    fn full_board() -> HashMap<String, i32> {
        let mut scores = HashMap::with_capacity(896);
        for n in 1..=896 {
            scores.insert(format!("player {n}"), n);
        }
        assert_eq!((scores.len(), scores.capacity()), (896, 896));
        scores
    }

    /// The story's board: a table of 1 024 slots filled to its capacity of
    /// 896, then players 1 to 456 leave, most of them leaving tombstones.
    fn half_emptied_board() -> HashMap<String, i32> {
        let mut scores = full_board();
        for n in 1..=456 {
            scores.remove(&format!("player {n}"));
        }
        scores
    }

    /// Enough visits for every jump seen while writing this test (at most
    /// 40 831 in 20 000 boards), with room to spare.
    const MAX_VISITS: usize = 200_000;

    /// Where each player of `jump.before` lives after the jump.
    fn addresses_after(jump: &Jump) -> HashMap<&str, usize> {
        jump.after.iter().map(|(n, a)| (n.as_str(), *a)).collect()
    }

    /// A model of a loop caught by the jump: it walks the slots in order
    /// (from the highest address down, as `iteration_walks_the_table_*`
    /// checks) and had visited the first `visited` players when the table
    /// changed under it. It goes on from the same slot, so it next meets the
    /// players whose score now lies below that slot. Returns how many players
    /// it would never visit, and how many it would visit a second time.
    fn skipped_and_repeated(jump: &Jump, visited: usize) -> (usize, usize) {
        let after = addresses_after(jump);
        let position = jump.before[visited - 1].1;
        let (done, to_do) = jump.before.split_at(visited);
        let skipped = to_do
            .iter()
            .filter(|(n, _)| after[n.as_str()] >= position)
            .count();
        let repeated = done
            .iter()
            .filter(|(n, _)| after[n.as_str()] < position)
            .count();
        (skipped, repeated)
    }

    #[test]
    fn iteration_walks_the_table_from_high_addresses_to_low() {
        let mut scores = half_emptied_board();
        let downwards = |scores: &HashMap<String, i32>| {
            layout(scores).windows(2).all(|pair| pair[0].1 > pair[1].1)
        };
        assert!(downwards(&scores));
        churn_until_capacity_jumps(&mut scores, MAX_VISITS).expect("a jump");
        assert!(downwards(&scores));
        let mut scores = board(&[("Alice", 1), ("Bob", 2), ("字", 3)]);
        assert!(downwards(&scores));
        fill_to_capacity(&mut scores, "Alice");
        assert!(downwards(&scores));
    }

    #[test]
    fn a_real_resize_leaves_no_score_in_the_old_block() {
        let mut scores = full_board();
        let jump = churn_until_capacity_jumps(&mut scores, 1).expect("a full table grows");
        assert_eq!(jump.capacity_before, 896);
        assert_eq!(
            jump.capacity_after, 1792,
            "twice the slots, 7/8 of them usable"
        );
        assert_eq!(jump.kept(), 0);
        assert!(!jump.same_table());
        assert_eq!(jump.moved(), jump.before.len());
        assert!(!jump.within_old_span());
        let lowest = jump.before.iter().map(|p| p.1).min().unwrap();
        let highest = jump.before.iter().map(|p| p.1).max().unwrap();
        assert!(
            jump.after
                .iter()
                .all(|(_, a)| !(lowest..=highest).contains(a))
        );
        assert_eq!(jump.after.len(), jump.before.len() + 1, "the guest stays");
        assert!(scores.contains_key("visitor 1"));
    }

    /// The in-place rehash, found by search: the board of the story, guests
    /// coming and going until the capacity jumps. Every jump must be in
    /// place (most scores keep their address, some move, the order
    /// changes); among the first boards, one must show every score inside
    /// the old scores' address range (94 % of boards did, in 20 000 tried).
    #[test]
    fn capacity_jumps_in_place_and_reorders_the_entries() {
        let mut inside = false;
        let (mut skips, mut repeats) = (false, false);
        for _board in 0..20 {
            let mut scores = half_emptied_board();
            let players = sorted_copy(&scores);
            let jump = churn_until_capacity_jumps(&mut scores, MAX_VISITS).expect("a jump");
            assert_eq!((jump.capacity_before, jump.capacity_after), (440, 896));
            assert_eq!(jump.before.len(), 440);
            assert!(
                jump.same_table(),
                "some score kept its address: no new table"
            );
            assert!(jump.kept() > jump.moved(), "most scores kept their address");
            assert!(jump.moved() > 0, "some score moved to another slot");
            assert_eq!(jump.kept() + jump.moved(), 440);
            assert!(jump.order_changed());
            // Nothing but the last visitor was added, and no score changed.
            let mut expected = players;
            expected.extend(
                scores
                    .keys()
                    .filter(|k| k.starts_with("visitor "))
                    .map(|k| (k.clone(), GUEST_SCORE)),
            );
            assert_eq!(sorted_copy(&scores), expected);
            assert_eq!(scores.len(), 441);
            for visited in 1..jump.before.len() {
                let (skipped, repeated) = skipped_and_repeated(&jump, visited);
                skips |= skipped > 0;
                repeats |= repeated > 0;
            }
            inside |= jump.within_old_span();
            if inside && skips && repeats {
                return;
            }
        }
        panic!(
            "20 boards: every score inside the old span {inside}, skips {skips}, repeats {repeats}"
        );
    }

    fn sorted_copy(scores: &HashMap<String, i32>) -> std::collections::BTreeMap<String, i32> {
        scores.iter().map(|(k, v)| (k.clone(), *v)).collect()
    }

    #[test]
    fn without_a_jump_every_visitor_leaves() {
        let mut scores = HashMap::with_capacity(100);
        scores.insert(String::from("Alice"), 10);
        let capacity = scores.capacity();
        assert_eq!(churn_until_capacity_jumps(&mut scores, 50), None);
        assert_eq!(scores, board(&[("Alice", 10)]));
        assert_eq!(scores.capacity(), capacity);
        assert_eq!(churn_until_capacity_jumps(&mut scores, 0), None);
    }

    #[test]
    fn a_visitor_never_replaces_a_player() {
        // Full, so the first new visitor makes the table grow.
        let mut scores = board(&[
            ("visitor 1", i32::MAX),
            ("visitor 2", i32::MIN),
            ("Alice", 1),
        ]);
        while scores.len() < scores.capacity() {
            add_guest(&mut scores);
        }
        let jump = churn_until_capacity_jumps(&mut scores, 3).expect("visitor 3 grows the table");
        assert_eq!(jump.after.len(), jump.before.len() + 1);
        assert_eq!(scores["visitor 1"], i32::MAX);
        assert_eq!(scores["visitor 2"], i32::MIN);
        assert_eq!(scores["visitor 3"], GUEST_SCORE);
    }

    #[test]
    fn an_empty_board_jumps_with_nothing_to_keep() {
        let mut scores = HashMap::new();
        let jump = churn_until_capacity_jumps(&mut scores, 1).expect("the first insert allocates");
        assert_eq!((jump.capacity_before, jump.capacity_after), (0, 3));
        assert!(jump.before.is_empty());
        assert_eq!((jump.kept(), jump.moved()), (0, 0));
        assert!(!jump.same_table());
        assert!(!jump.within_old_span(), "no old scores, no span");
        assert!(!jump.order_changed());
        assert_eq!(scores, board(&[("visitor 1", GUEST_SCORE)]));
    }

    #[test]
    fn jump_measures_on_a_hand_made_layout() {
        let pairs = |list: &[(&str, usize)]| -> Vec<(String, usize)> {
            list.iter().map(|&(n, a)| (n.to_owned(), a)).collect()
        };
        let jump = Jump {
            capacity_before: 3,
            capacity_after: 7,
            before: pairs(&[("a", 300), ("b", 200), ("c", 100)]),
            after: pairs(&[("b", 300), ("a", 200), ("c", 100), ("new", 250)]),
        };
        assert_eq!((jump.kept(), jump.moved()), (1, 2));
        assert!(jump.same_table());
        assert!(jump.order_changed());
        assert!(jump.within_old_span());
        let outside = Jump {
            after: pairs(&[("a", 300), ("b", 200), ("c", 100), ("new", 99)]),
            ..jump.clone()
        };
        assert!(!outside.within_old_span());
        assert!(
            !outside.order_changed(),
            "a newcomer does not count as a change of order"
        );
        assert_eq!((outside.kept(), outside.moved()), (3, 0));
        let above = Jump {
            after: pairs(&[("new", 301), ("a", 300), ("b", 200), ("c", 100)]),
            ..jump
        };
        assert!(!above.within_old_span());
        assert!(!above.order_changed());
        // The model loop, stopped after "a": "b" moved up past it (visited twice
        // would be "a"), so one of each kind.
        let swapped = Jump {
            after: pairs(&[("b", 300), ("a", 200), ("c", 100)]),
            ..above
        };
        assert_eq!(skipped_and_repeated(&swapped, 1), (1, 1));
        assert_eq!(skipped_and_repeated(&swapped, 2), (0, 0));
    }

    #[test]
    fn a_live_value_is_never_reported_as_reused() {
        let scores = board(&[("Alice", 10), ("Bob", 20)]);
        for name in ["Alice", "Bob"] {
            let address = value_address(&scores, name).unwrap();
            assert!(!reused_by_new_allocation(address, 4096));
        }
    }

    #[test]
    fn no_buffers_cover_nothing() {
        let scores = board(&[("Alice", 10)]);
        assert!(!reused_by_new_allocation(
            value_address(&scores, "Alice").unwrap(),
            0
        ));
    }

    /// glibc's allocator hands a freed block to the next request of the same
    /// size, so on Linux the old table's memory shows up in a new buffer.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[test]
    fn the_old_table_is_freed_when_the_map_grows() {
        let mut scores = board(&[("Alice", 10), ("Bob", 20), ("Charlie", 30)]);
        let old = value_address(&scores, "Alice").unwrap();
        let growth = insert_until_capacity_changes(&mut scores, "Alice").unwrap();
        assert!(growth.value_moved);
        assert!(reused_by_new_allocation(old, 1024));
    }
}
