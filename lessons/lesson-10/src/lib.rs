//! # Lesson 10: the hostage at run time
//!
//! > **You will be able to:** tell E0502's run-time twins apart (the
//! > `RefCell` panic `RefCell already borrowed`, a lock that never returns,
//! > a `DashMap` that hangs), fix them with the compile-time fixes you
//! > already know, and test code that might deadlock without hanging your
//! > test suite.
//! >
//! > **The one idea:** `RefCell`, locks and `DashMap` do not lift the rule
//! > "many readers or one writer"; they check it while the program runs,
//! > where breaking it is a panic or a hang instead of an error code.
//!
//! ## The problem
//!
//! Every lesson so far held the leaderboard in a variable the compiler could
//! see: `scores` was borrowed by the loop, so `scores.get_mut` inside it was
//! E0502. A shared board is another matter. Several parts of a
//! single-threaded game may hold one `Rc<RefCell<HashMap<String, i32>>>`; a
//! threaded server puts the board in an `Arc<RwLock<...>>` or
//! `Arc<Mutex<...>>`, or in a concurrent map such as `DashMap`. All of these hand out access
//! through `&self`: `RefCell::borrow_mut(&self)`, `RwLock::write(&self)`,
//! `DashMap::get_mut(&self, ..)`. A shared reference may be copied as often as
//! you like, so the compiler has nothing to object to, and the article's
//! opening loop compiles:
//!
//! ```should_panic
//! use std::cell::RefCell;
//! use std::collections::HashMap;
//!
//! let scores: RefCell<HashMap<String, i32>> =
//!     RefCell::new(HashMap::from([(String::from("Alice"), 10)]));
//! for name in scores.borrow().keys() {
//!     if let Some(score) = scores.borrow_mut().get_mut(name) {
//!         *score = score.saturating_add(1);
//!     }
//! }
//! ```
//!
//! It compiles, and it panics on its first turn. The rule has not gone: the
//! `RefCell` counts its live borrows and checks them when `borrow_mut()` is
//! called ([`refcell::award_bonus_inside_borrow`]).
//!
//! ## E0502, checked at run time
//!
//! Here are the two failures of the same loop side by side. Without the
//! `RefCell`, `rustc` rejects it (lesson 01; pinned in
//! [`compile_fail/get_mut_inside_iter_loop.rs`](../iterate_and_mutate/index.html#get_mut_inside_iter_loop)):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/get_mut_inside_iter_loop.stderr"), "```")]
//!
//! With the `RefCell`, the program builds, runs, and stops at the
//! `borrow_mut()` with a panic whose message is `RefCell already borrowed`
//! (Rust 1.95's wording, checked by the unit tests with
//! `#[should_panic(expected = "RefCell already borrowed")]`). The story
//! (`cargo run -p lesson-10`) prints it with its place, as
//! `panicked at lessons/lesson-10/src/refcell.rs:LINE: RefCell already borrowed`,
//! where LINE is the line of the `borrow_mut()` call.
//!
//! | | E0502 | `RefCell` |
//! |---|---|---|
//! | when | before the program exists | when the line runs |
//! | the shared borrow | `&scores` in the `for` header | the `Ref` that `scores.borrow()` returns |
//! | the exclusive borrow | `scores.get_mut(name)` | `scores.borrow_mut()` |
//! | what it names | all three places: where the shared borrow starts, why it is still alive, and the write | only the `borrow_mut()` call (the panic's location; `tests/panics.rs` checks the line) |
//! | a path that never runs | rejected all the same | never checked |
//!
//! The last row is the one that bites. An empty board never enters the loop,
//! so the broken function passes a test on an empty board (a unit test
//! checks that); the compiler would have rejected it whatever the board.
//! The message does not say where the `Ref` came from either: finding the
//! borrow that is still alive is your job, and it is always the same
//! question as in lesson 01, *whose borrow lasts too long?*
//!
//! ## `try_borrow_mut`: the refusal as a value
//!
//! `try_borrow_mut()` asks the same question without panicking: it returns
//! `Err(BorrowMutError)`, whose `Display` is the same
//! `RefCell already borrowed`
//! ([`refcell::award_bonus_inside_borrow_checked`] returns it on the first
//! turn, before any score has changed):
//!
//! ```
//! use std::cell::RefCell;
//! use std::collections::HashMap;
//!
//! let scores: RefCell<HashMap<String, i32>> =
//!     RefCell::new(HashMap::from([(String::from("Alice"), 10)]));
//! let reading = scores.borrow();
//! let refused = scores.try_borrow_mut().unwrap_err();
//! assert_eq!(refused.to_string(), "RefCell already borrowed");
//! drop(reading);
//! assert!(scores.try_borrow_mut().is_ok());
//! ```
//!
//! Use it where "busy" is a real answer (a callback that may run while the
//! board is being read, and can try again later). It is not a fix for the
//! loop: the loop still asks for a writer while its own reader is alive.
//!
//! ## The fix is the one you already know
//!
//! Every compile-time fix works here, for the same reason: end the shared
//! borrow before the exclusive one starts, or take one exclusive borrow for
//! the whole job.
//!
//! * **One `borrow_mut()` for the whole job** ([`refcell::award_bonus`],
//!   [`refcell::cleanup_scores`]): `values_mut()` of lesson 07 and `retain`
//!   of lesson 04, on the `RefMut`. This is the playground below.
//! * **Collect first** ([`refcell::award_bonus_collect_first`]): lesson 01's
//!   key vector, when the loop must call code that borrows the cell itself.
//!   Collect in a `let` statement of its own:
//!   `let names: Vec<String> = scores.borrow().keys().cloned().collect();`.
//!   The `Ref` is a temporary of that statement and is dropped at its `;`.
//!
//! The trap of the second fix is where you write the `borrow()`. Moved into
//! the `for` header, the same collect panics again
//! ([`refcell::award_bonus_collect_in_for_header`]):
//!
//! ```should_panic
//! use std::cell::RefCell;
//! use std::collections::HashMap;
//!
//! let scores: RefCell<HashMap<String, i32>> =
//!     RefCell::new(HashMap::from([(String::from("Alice"), 10)]));
//! for name in scores.borrow().keys().cloned().collect::<Vec<String>>() {
//!     if let Some(score) = scores.borrow_mut().get_mut(&name) {
//!         *score = score.saturating_add(1);
//!     }
//! }
//! ```
//!
//! A temporary created in a `for` header lives until the end of the whole
//! loop, not of the expression: the `Ref` outlives the `collect`, although
//! the vector owns every name. The compiler cannot warn you, because to it
//! both `borrow()` and `borrow_mut()` are shared borrows of `scores`.
//!
//! The playground (`cargo run -p lesson-10 --example playground-10`) shows the
//! refusal and the one-borrow fix:
//!
#![doc = concat!("```rust\n", include_str!("../examples/playground.rs"), "```")]
//!
//! ## Locks: the same rule, and a hang instead of a panic
//!
//! An `RwLock` is the same idea for threads: `read()` returns a guard that
//! shares the board, `write()` one that has it alone. A thread that loops
//! over its read guard and calls `write()` inside
//! ([`rwlock::award_bonus_inside_read_guard`]) waits for the read guard to
//! go away, and the read guard waits for the loop to end: it waits for
//! itself. Rust 1.95's documentation of `RwLock::write` does not promise
//! which way this fails: "This function might panic when called if the lock
//! is already held by the current thread in read or write mode." Of
//! `Mutex::lock` it says "this function will not return on the second call
//! (it might panic or deadlock, for example)". With Rust 1.95 on Linux, both
//! block: `tests/deadlocks.rs` runs them in a child process, finds it still
//! waiting 500 ms after it reached the call, and kills it. The story prints
//! the outcome as `blocked: killed after 500 ms`. Nothing is printed, no
//! error is returned: the server just stops answering.
//!
//! A `Mutex` has no shared mode at all, so even *reading* the board through
//! the mutex inside a loop over its guard blocks
//! ([`mutex::award_bonus_inside_lock`]).
//!
//! `try_write()` and `try_lock()` return instead of waiting:
//! `Err(TryLockError::WouldBlock)`, displayed as
//! `try_lock failed because the operation would block`
//! ([`rwlock::award_bonus_inside_read_guard_checked`]). Like
//! `try_borrow_mut`, that is a way to say "busy", not a fix.
//!
//! The fixes are the compile-time ones again:
//!
//! * **One write guard for the whole job**: `values_mut()` or `retain` on
//!   the write guard ([`rwlock::award_bonus`], [`rwlock::cleanup_scores`],
//!   [`mutex::award_bonus`]). Other threads see the board before the job or
//!   after it, never halfway.
//! * **End the guard first**: collect the names under a read guard inside a
//!   block, so the guard is dropped at the block's `}`, then call the code
//!   that locks by itself ([`rwlock::award_bonus_collect_first`], which calls
//!   [`rwlock::record`] for each name). The lock is released between the
//!   phases, so the job is not all or nothing.
//!
//! The compiler still checks what you do *with* a guard. A read guard
//! dereferences to `&HashMap` only, so "fixing" the hang by writing through
//! it is E0596 (pinned in [`compile_fail/values_mut_through_read_guard.rs`](../iterate_and_mutate/index.html#values_mut_through_read_guard)):
//!
#![doc = concat!("```text\n", include_str!("../../../compile_fail/values_mut_through_read_guard.stderr"), "```")]
//!
//! A lock is also *poisoned* when a thread panics while holding its write
//! guard, and `read()`/`write()`/`lock()` then return `Err(PoisonError)`.
//! The board holds plain integers, with nothing a half-finished write could
//! leave inconsistent, so this lesson's functions take the guard out of the
//! error and go on (`PoisonError::into_inner`; a unit test poisons a lock).
//!
//! ## `DashMap`: a lock per shard
//!
//! [`DashMap`](https://docs.rs/dashmap/6.2.1) is a concurrent `HashMap`
//! from the `dashmap` crate. Lessons have no run-time dependencies, so this
//! part of the lesson lives in an example,
//! `cargo run -p lesson-10 --example dashmap`, and in `tests/dashmap.rs`;
//! `dashmap` is a dev-dependency pinned to exactly 6.2.1, the version whose
//! behaviour is described and tested here.
//!
//! A `DashMap` is an array of *shards*, each an `RwLock` around its own hash
//! table; a key's hash picks its shard. Every handle it gives out holds its
//! shard's lock until it is dropped: a `Ref` (from `get`) or an iterator's
//! item holds the read lock, a `RefMut` (from `get_mut`), an `Entry` or an
//! `iter_mut()` item the write lock. In 6.2.1, 18 methods carry a warning
//! in their documentation: "**Locking behaviour:** May deadlock if called
//! when holding any sort of reference into the map." on 12 of them
//! (`insert`, `get_mut`, `entry`, `alter`, `retain` and `iter_mut` among
//! them), and "... when holding a mutable reference into the map." on 6
//! (`get`, `iter` and `len` among them). So, as with `RwLock`, all of these
//! hang for ever (the example and `tests/dashmap.rs` show each one blocked):
//!
//! * `get_mut` of a key inside `for entry in &board` (a loop over
//!   `board.iter()`), when that key is in the shard being walked (the
//!   entry's own key always is); the same goes for every other method that
//!   carries the warning, such as `insert`, `remove` or `alter`;
//! * `entry("Alice")` (or `insert`) while a `Ref` to Alice is alive;
//! * a `retain` closure that calls `board.get(..)` (at compile time, the
//!   same idea on a `HashMap` is E0502: [`compile_fail/retain_reads_the_map.rs`](../iterate_and_mutate/index.html#retain_reads_the_map),
//!   lesson 04);
//! * `get_mut` of **another** player while a `Ref` to Alice is alive, when
//!   the two names happen to share a shard.
//!
//! The last one is the one users keep reporting (dashmap issues
//! [#64](https://github.com/xacrimon/dashmap/issues/64) and
//! [#74](https://github.com/xacrimon/dashmap/issues/74) in 2020,
//! [#233](https://github.com/xacrimon/dashmap/issues/233) in 2022,
//! [#363](https://github.com/xacrimon/dashmap/issues/363) in 2026), because
//! it comes and goes. Which names share a shard depends on the map's random hasher seed and on its shard count:
//! by default four shards per available CPU, rounded up to a power of two
//! (8 on a 2-CPU machine; `tests/dashmap.rs` checks the rule). So two given
//! names collide in about one map in eight there, and in fewer on a bigger
//! machine: the code passes its tests and hangs in production. You cannot
//! make every key collide on purpose with a one-shard map either: 6.2.1's
//! `with_shard_amount` documents `shard_amount should greater than 0`, but
//! asserts more, and `DashMap::with_shard_amount(1)` panics with
//! `assertion failed: shard_amount > 1` (tested). The example therefore
//! makes the collision certain by asking the map which shard each name is
//! in (`determine_map`, with dashmap's `raw-api` feature).
//!
//! `try_get_mut` is the non-blocking question: `TryResult::Locked` when the
//! shard is held, `Present` or `Absent` otherwise (`try_get`, and
//! `try_entry` returning `None`, likewise):
//!
//! ```
//! use dashmap::DashMap;
//! use dashmap::try_result::TryResult;
//!
//! let board: DashMap<String, i32> = DashMap::new();
//! board.insert(String::from("Alice"), 10);
//! let alice = board.get("Alice").unwrap();
//! assert!(matches!(board.try_get_mut("Alice"), TryResult::Locked));
//! drop(alice);
//! assert!(matches!(board.try_get_mut("Alice"), TryResult::Present(_)));
//! assert!(matches!(board.try_get_mut("Bob"), TryResult::Absent));
//! ```
//!
//! And the fixes are, once more, the ones you know: one call that does the
//! whole job under the locks it takes itself (`iter_mut()`, `alter_all`,
//! `retain`), `alter` or `entry` for one key **with no `Ref` alive**, or
//! collect the names first and `get_mut` each one after the iterator is
//! gone:
//!
//! ```
//! use dashmap::DashMap;
//!
//! let board: DashMap<String, i32> = DashMap::new();
//! board.insert(String::from("Alice"), 0);
//! board.insert(String::from("Bob"), 20);
//! board.alter_all(|_name, score| score.saturating_add(1)); // everyone
//! board.retain(|_name, score| *score != 1); // Alice leaves
//! board.alter("Bob", |_name, score| score.saturating_add(1)); // one key
//! board.entry(String::from("Cleo")).or_insert(5); // no Ref alive
//! let names: Vec<String> = board.iter().map(|entry| entry.key().clone()).collect();
//! for name in names {
//!     if let Some(mut score) = board.get_mut(&name) {
//!         *score = score.saturating_add(1);
//!     }
//! }
//! assert_eq!(*board.get("Bob").unwrap(), 23);
//! assert_eq!(*board.get("Cleo").unwrap(), 6);
//! assert!(board.get("Alice").is_none());
//! ```
//!
//! One more trap, the `for`-header one in a new form: `if let Some(alice) =
//! board.get("Alice") { board.alter_all(..) }` keeps the `Ref` alive for
//! the whole `if let` body. Copy the value out first
//! (`let alice = board.get("Alice").map(|r| *r);`), then write.
//!
//! ## Testing a deadlock honestly
//!
//! A test that calls code that may deadlock hangs the test run, and a
//! test with a timeout inside the same process cannot stop the blocked
//! thread. This lesson's tests run each such case in a **child process**
//! instead ([`watch`]):
//!
//! 1. the test starts the lesson's binary (`lesson-10 child rwlock`) or the
//!    example with an argument naming the case;
//! 2. the child builds its board, prints a marker line ([`watch::arm`])
//!    right before the call that may block, and makes the call;
//! 3. the test waits for the marker, then 500 ms more; a child still
//!    running then is killed and reported as blocked. A child that exits is
//!    reported with what it printed, so the same harness proves that the
//!    fixed version, and the broken one on an empty board, finish.
//!
//! Every wait is bounded: 500 ms after the marker, and at most 5 s
//! ([`watch::STARTUP`]) for a child that never reaches it, which only a
//! broken one does. The marker matters: without it, a child that is merely slow to start on
//! a busy machine would look blocked. The same harness is the way to test a
//! student's code that might deadlock.
//!
//! Panics are easier: `#[should_panic(expected = "RefCell already
//! borrowed")]` on a test, or [`watch::catch_panic`] where the program must
//! carry on (the story uses it, so that the panic is printed as an outcome
//! line and nothing reaches standard error).
//!
//! ## What it costs
//!
//! The fixes run the same loops as their compile-time versions (lessons 07,
//! 04 and 01) over the same `HashMap`, plus the bookkeeping of the cell or
//! lock: one `borrow_mut()` or one guard for the one-borrow fixes, one per
//! player for the collect-first ones, which also clone every name as lesson
//! 01 does. This lesson measures no timings; `costs/` has the loops'.
//!
//! ## When not to use it
//!
//! * Do not put a map in a `RefCell` to make E0502 go away in code that
//!   owns the map: the check moves to run time, where only the paths your
//!   tests take are checked. Use the fix of lessons 01 to 08 instead.
//! * Reach for `RefCell` when several owners must share the board in one
//!   thread, and for a lock or `DashMap` when threads must; then keep each
//!   borrow or guard as short as one statement or one job, and never call
//!   code that locks while you hold a guard.
//!
//! ## Scores at the range ends
//!
//! Every function here adds with `saturating_add`: a player at `i32::MAX`
//! stays there, a player at `i32::MIN` moves up by one.
//!
//! ## Exercises
//!
//! Practise finding the live borrow or guard, and testing code that may
//! hang.
//!
//! * `exercises/exercises/lesson10/l10_assembly_costs.rs`
//! * `exercises/exercises/lesson10/l10_release_holds.rs`
//!
//! ---
//!
//! [← Lesson 09: closures and pairs](../lesson_09/index.html) ·
//! [Course home](../iterate_and_mutate/index.html) ·
//! [Lesson 11: every collection →](../lesson_11/index.html)
#![forbid(unsafe_code)]

pub mod mutex;
pub mod refcell;
pub mod rwlock;
pub mod watch;

/// The points a player earns at the end of a round.
pub const BONUS: i32 = 1;
