//! Lesson 11, the story: `cargo run -p lesson-11`.
//!
//! One round on the game server, through each of its collections. Every
//! line is deterministic: a `Vec`, a `VecDeque`, a `LinkedList` and the
//! sorted collections print in their own order; the `HashSet` and the
//! `BinaryHeap` are sorted before printing. Names come last on each line,
//! so that wide characters (字, Жанна) cannot misalign a column.
#![forbid(unsafe_code)]

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashSet, LinkedList, VecDeque};

use lesson_11::{
    Player, double_between, extract_from_deque, extract_from_heap, extract_where, kick,
    offer_top_k, pop_due, rebuild, remove_where_index_loop, remove_where_index_loop_skips,
    remove_where_retain, remove_where_reverse_loop, remove_where_swap_remove, rename, retain_list,
    start_match, tick_and_drop_stale,
};

/// A round's results in finishing order: `(name, score)`.
type Results = Vec<(String, i32)>;

/// Prints `(name, score)` pairs in the order given, score first.
fn show<'a>(title: &str, entries: impl IntoIterator<Item = &'a (String, i32)>) {
    println!("{title}");
    let mut any = false;
    for (name, score) in entries {
        println!("  {score:>11}  {name}");
        any = true;
    }
    if !any {
        println!("  (nobody)");
    }
}

/// The results of the round: four of the seven players scored zero.
fn round() -> Results {
    [
        ("Ann", 0),
        ("Bob", 0),
        ("Cleo", 5),
        ("Dmitri", 0),
        ("Жанна", 7),
        ("字", 0),
        ("Zoë", i32::MAX),
    ]
    .into_iter()
    .map(|(name, score)| (name.to_owned(), score))
    .collect()
}

fn scored_zero(entry: &(String, i32)) -> bool {
    entry.1 == 0
}

fn vec_chapter() {
    println!("== Vec: the players who scored 0 leave the results ==");
    show("the results, in finishing order:", &round());

    let mut results = round();
    remove_where_index_loop_skips(&mut results, scored_zero);
    show(
        "index loop with i += 1 after every player (compiles, and Bob stays):",
        &results,
    );

    type Strategy = fn(&mut Results, fn(&(String, i32)) -> bool);
    let strategies: [(&str, Strategy); 3] = [
        (
            "index loop, advancing only past a kept player",
            remove_where_index_loop,
        ),
        ("reverse index loop", remove_where_reverse_loop),
        ("retain", remove_where_retain),
    ];
    for (label, strategy) in strategies {
        let mut results = round();
        strategy(&mut results, scored_zero);
        show(&format!("{label}:"), &results);
    }

    let mut results = round();
    let removed = extract_where(&mut results, scored_zero);
    show("extract_if keeps:", &results);
    show("extract_if hands back, in order:", &removed);

    let mut results = round();
    remove_where_swap_remove(&mut results, scored_zero);
    show(
        "swap_remove loop (the same players, in another order):",
        &results,
    );
}

fn queue_chapter() {
    println!();
    println!("== VecDeque: the matchmaking queue ==");
    let mut queue: VecDeque<(String, u32)> = [("Ann", 2), ("Bob", 0), ("Cleo", 1), ("字", 3)]
        .into_iter()
        .map(|(name, waited)| (name.to_owned(), waited))
        .collect();
    let show_queue = |title: &str, queue: &VecDeque<(String, u32)>| {
        println!("{title}");
        for (name, waited) in queue {
            println!("  waited {waited}  {name}");
        }
    };
    show_queue("the queue, front first:", &queue);
    tick_and_drop_stale(&mut queue, 3);
    show_queue(
        "tick_and_drop_stale(patience 3): everyone waited one more round, 字 gave up:",
        &queue,
    );
    let players = start_match(&mut queue, 2).unwrap_or_default();
    let names: Vec<&str> = players.iter().map(|(name, _)| name.as_str()).collect();
    println!("start_match(2) drains the front: {}", names.join(", "));
    println!(
        "start_match(5) with {} waiting: {:?}",
        queue.len(),
        start_match(&mut queue, 5)
    );
    queue.push_back(("Dmitri".to_owned(), 1));
    let left = extract_from_deque(&mut queue, |(_, waited)| *waited > 1);
    let names: Vec<&str> = left.iter().map(|(name, _)| name.as_str()).collect();
    println!(
        "extract_from_deque(waited > 1) (no VecDeque::extract_if in 1.95): {}",
        names.join(", ")
    );
    show_queue("left in the queue:", &queue);
}

fn list_chapter() {
    println!();
    println!("== LinkedList: retain is unstable in 1.95, extract_if is not ==");
    let mut list: LinkedList<i32> = LinkedList::from([0, 4, 0, 0, 7]);
    println!("the list: {list:?}");
    retain_list(&mut list, |&score| score != 0);
    println!("retain_list(score != 0): {list:?}");
}

fn schedule_chapter() {
    println!();
    println!("== BTreeMap: scheduled events, tick -> bonus points ==");
    let mut events: BTreeMap<u64, i32> = BTreeMap::from([
        (90, 5),
        (120, 10),
        (150, i32::MAX),
        (300, 20),
        (u64::MAX, 1),
    ]);
    let show_events = |title: &str, events: &BTreeMap<u64, i32>| {
        println!("{title}");
        for (tick, points) in events {
            println!("  tick {tick:>20}  {points:>11} points");
        }
    };
    show_events("the schedule:", &events);
    double_between(&mut events, 100, 200);
    show_events(
        "double_between(100, 200) with range_mut (i32::MAX saturates):",
        &events,
    );
    double_between(&mut events, 200, 100);
    println!("double_between(200, 100) changes nothing: {events:?}");
    let due = pop_due(&mut events, 120);
    println!("pop_due(now = 120), a first_entry loop: {due:?}");
    let due = pop_due(&mut events, u64::MAX);
    println!("pop_due(now = u64::MAX): {due:?}");
    println!("left: {events:?}");
}

fn online_chapter() {
    println!();
    println!("== HashSet: who is online ==");
    let mut online: HashSet<Player> = HashSet::from([
        Player::new(7, "ann"),
        Player::new(3, "bob"),
        Player::new(12, "Жанна"),
        Player::new(5, "cleo"),
    ]);
    let show_online = |title: &str, online: &HashSet<Player>| {
        println!("{title}");
        let mut players: Vec<&Player> = online.iter().collect();
        players.sort_unstable_by_key(|player| player.id);
        for player in players {
            println!("  id {:>3}  {}", player.id, player.nick);
        }
    };
    show_online("online, sorted by id:", &online);
    let kicked = kick(&mut online, &HashSet::from([3, 12, 99]));
    let nicks: Vec<&str> = kicked.iter().map(|player| player.nick.as_str()).collect();
    println!(
        "kick(banned 3, 12, 99) with extract_if: {}",
        nicks.join(", ")
    );
    let old = rename(&mut online, 7, "Ann the Great");
    println!("rename(7) with take, then insert: was {old:?}");
    println!(
        "rename(99), nobody online with that id: {:?}",
        rename(&mut online, 99, "x")
    );
    show_online("online:", &online);
}

fn heap_chapter() {
    println!();
    println!("== BinaryHeap: the three best scores of the day ==");
    let mut top: BinaryHeap<Reverse<i32>> = BinaryHeap::new();
    for score in [40, 12, 77, 5, 91, 77, i32::MIN] {
        offer_top_k(&mut top, 3, score);
    }
    let sorted = |top: &BinaryHeap<Reverse<i32>>| {
        let mut best: Vec<i32> = top.iter().map(|&Reverse(score)| score).collect();
        best.sort_unstable_by(|a, b| b.cmp(a));
        best
    };
    println!(
        "offer_top_k(3) of 40, 12, 77, 5, 91, 77, i32::MIN with peek_mut: {:?}",
        sorted(&top)
    );
    rebuild(&mut top, |Reverse(score): Reverse<i32>| {
        Reverse(score.saturating_sub(50))
    });
    println!("rebuild, 50 points off each: {:?}", sorted(&top));
    let mut heap = BinaryHeap::from([3, 27, 10, 14, 50, 8]);
    let out = extract_from_heap(&mut heap, |&score| score > 10);
    println!(
        "extract_from_heap(> 10) (no BinaryHeap::extract_if): {out:?}, left {:?}",
        heap.into_sorted_vec()
    );
}

fn main() {
    vec_chapter();
    queue_chapter();
    list_chapter();
    schedule_chapter();
    online_chapter();
    heap_chapter();
}
