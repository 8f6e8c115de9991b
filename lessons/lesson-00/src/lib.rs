//! # Lesson 00: why the compiler says no
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
//! `rustc` rejects it. Before any fix (the rest of the course is fixes), this
//! lesson shows what the compiler is protecting you from, using nothing but
//! safe code: the crate is `#![forbid(unsafe_code)]`.
//!
//! ## A map moves its entries when it grows
//!
//! A `HashMap` keeps its entries in one block of memory, a table with room
//! for [`HashMap::capacity`] entries. When an insert would overfill it, the
//! map asks the allocator for a bigger block, moves every entry across, and
//! hands the old block back. Each entry now lives somewhere else.
//!
//! You can watch that happen without reading a single byte you do not own.
//! *Taking* the address of a value is safe; only dereferencing a raw pointer
//! is `unsafe`. [`value_address`] records where a player's score lives as a
//! plain number, and [`insert_until_capacity_changes`] adds guests one by one
//! until `capacity()` changes, then reports what changed as a [`Growth`]:
//! the capacity before and after, how many guests it took, and whether the
//! watched score now lives at another address. It always does after a real
//! resize: the new block is allocated while the old one is still in use, and
//! two live allocations never overlap, so the new address cannot equal the
//! old one. The property tests check it on random leaderboards (10 000 of
//! them in CI), and check that the score's *value* is unchanged: it was
//! moved, not rewritten.
//!
//! The opposite holds as well. While the map stays within its capacity,
//! [`fill_to_capacity`] adds guests until `len() == capacity()` and the
//! watched score does not move, because an insert that fits writes into a
//! free slot and leaves every other entry where it is.
//!
//! What became of the old block? Safe Rust will not let you look: reading
//! freed memory is exactly the bug this lesson is about. You can ask the
//! allocator for fresh memory, though, and see whether it hands out the
//! place where the score used to live ([`reused_by_new_allocation`]). If it
//! does, the old block must have been freed, since memory that is still in
//! use is never handed out twice. On the course's Linux machines it does,
//! and the story (`cargo run -p lesson-00`) prints it.
//!
//! ## What a live iterator would be left holding
//!
//! An iterator over a map is a position inside that table: "I am at this
//! slot; the next entry is further along". If the loop body could insert,
//! one insert too many would move the entries into a new block and free the
//! old one, and the iterator's next step would read memory that the
//! allocator may already have handed to someone else: a dangling pointer, a
//! use-after-free. In C++ this is "iterator invalidation", and it is
//! undefined behaviour that compiles without complaint.
//!
//! ## The rule the compiler enforces instead
//!
//! Rust does not wait to see whether an insert happens to resize. It applies
//! one rule to every value: at any moment you may have many readers (`&`
//! borrows) or a single writer (one `&mut` borrow), never both. A `for` loop
//! over `&scores` or `scores.keys()` is a reader that stays alive for the
//! whole loop; `get_mut`, `insert` and `remove` take `&mut self`, so each is
//! a writer. The overlap is error E0502. `rustc --explain E0502` describes it
//! as a value already borrowed one way (shared or mutable) being borrowed
//! again the other way, and its advice is to make sure the first reference is
//! no longer in use before borrowing differently. That is what every later
//! lesson does.
//!
//! The opening loop is pinned in `compile_fail/get_mut_inside_iter_loop.rs`.
//! Read all three labels of the error, not only the caret:
//!
//! ```text
//! error[E0502]: cannot borrow `scores` as mutable because it is also borrowed as immutable
//!  --> compile_fail/get_mut_inside_iter_loop.rs:9:30
//!   |
//! 8 |     for (name, _score) in &scores {
//!   |                           -------
//!   |                           |
//!   |                           immutable borrow occurs here
//!   |                           immutable borrow later used here
//! 9 |         if let Some(score) = scores.get_mut(name) {
//!   |                              ^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here
//! ```
//!
//! *immutable borrow occurs here* marks where the reader starts (the loop's
//! iterator over `&scores`), *immutable borrow later used here* marks where
//! it is still needed (the loop asks it for the next entry on every turn),
//! and *mutable borrow occurs here* marks the writer that falls between the
//! two. Both "immutable" labels sit under `&scores` because the `for` line is
//! both where the iterator is made and where it is advanced.
//!
//! Removing works the same way (`compile_fail/remove_inside_keys_loop.rs`):
//! `for name in scores.keys()` is labelled *immutable borrow occurs here*
//! and *immutable borrow later used here*, and `scores.remove(name)` *mutable
//! borrow occurs here*. Note that the line between them, `if scores[name] ==
//! 0`, is not labelled: indexing only reads, and a second reader is fine.
//! Inserting, the one operation that really can resize, is rejected the same
//! way (`compile_fail/insert_inside_keys_loop.rs`): *immutable borrow occurs
//! here* and *immutable borrow later used here* under `scores.keys()`,
//! *mutable borrow occurs here* under the whole `scores.insert(...)` call.
//!
//! ## Why an update that cannot grow the map is rejected too
//!
//! `get_mut` never resizes anything: it finds an entry and hands back a
//! mutable reference to its value. Changing a score in place could not
//! invalidate the iterator. The compiler rejects it anyway, because the
//! borrow checker reasons about types and borrows, not about what a method
//! does inside. It sees `fn get_mut(&mut self, ...)` and knows that a writer
//! is being made; it does not open the function to check whether that
//! writer might resize the table. Even `reserve(0)`, which asks for no room
//! at all, is refused inside the loop:
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
//! while any number of readers may overlap:
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
//! This is deliberate and conservative. The signature is the contract: a
//! `&mut self` method is *allowed* to do anything a writer may do, today or
//! in a future version of the library, so a caller cannot rely on it not
//! doing so. The price is that some programs that would be harmless are
//! refused; the gain is that the check is local, fast, and never wrong in
//! the dangerous direction.
//!
//! ## The fix
//!
//! Every later lesson is a way to end the reader before the writer starts,
//! or to let the map do both jobs itself:
//!
//! * lesson 01 copies the keys into a `Vec` first, then updates by key;
//! * lesson 07 uses `values_mut()` / `iter_mut()`, one `&mut` borrow of the
//!   whole map that hands out a mutable reference to each value in turn.
//!   It can change values during the iteration, and it cannot insert or
//!   remove, so nothing can move under it.
//!
//! ## Why it works
//!
//! Once no reader is alive, a resize has nobody left to surprise: the
//! entries may move wherever they like, because no pointer into the old
//! table exists any more. The compiler can prove that, so it accepts the
//! program.
//!
//! ## What it costs
//!
//! The rule itself costs nothing at run time: it is checked at compile time
//! and leaves no trace in the program. Its cost is the refused harmless
//! programs described above, and the small detours the fixes take.
//!
//! The functions of this lesson are instruments, not tools for real code.
//! [`insert_until_capacity_changes`] inserts up to `capacity() - len() + 1`
//! guests, so on a map built with a large `with_capacity` it inserts that
//! many entries. [`reused_by_new_allocation`] makes up to `max_len` short
//! lived allocations.
//!
//! ## When not to use it
//!
//! Never steer a program by addresses: where an entry lives is the map's
//! private business and may change on any insert. `capacity()` is only a
//! lower bound on what the map can hold without reallocating, not the size of
//! its table: after removals it can even grow by one without any
//! reallocation (a test below shows it), which is why [`Growth`] reports
//! whether the value *actually* moved instead of assuming it. To change
//! scores, see lessons 01 to 08.
//!
//! ## Scores at the top of the range
//!
//! Nothing in this lesson adds to a score: guests join with
//! [`GUEST_SCORE`], and existing scores, `i32::MAX` and `i32::MIN`
//! included, are moved bit for bit and never rewritten (tested below). The
//! lessons that do add use `saturating_add`, so a score at `i32::MAX` stays
//! there instead of panicking in a debug build or wrapping to `i32::MIN` in a
//! release build.
#![forbid(unsafe_code)]

use std::collections::HashMap;
use std::collections::hash_map::Entry;

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
    /// removed, that means the table was reallocated; after removals, see
    /// the lesson's "When not to use it".
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
    while more(scores, capacity_before) {
        add_guest(scores);
        // Bounded by the capacity, which is far below `usize::MAX`.
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
