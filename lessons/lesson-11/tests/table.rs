//! The chapter's table, one test per cell: `<row>::<column>`, the row named
//! after std's module for the collection (`vec_deque`, `btree_map`, ...),
//! the column after the job:
//!
//! * `change_in_place`: change elements without removing any;
//! * `remove_if`: remove the elements that pass a test, dropping them;
//! * `remove_if_keep_removed`: the same, and get the removed elements back;
//! * `move_out`: move every element (or a range) out;
//! * `take_in_order`: take elements out one at a time, in the collection's order.
//!
//! Each test runs the tool the cell names on a small collection and checks
//! what is left and what came out. Where the cell says "none", the test runs
//! what the cell says to do instead.

use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, LinkedList, VecDeque};

/// A score that scored nothing: the elements every `remove_if` test removes.
fn is_zero(score: &i32) -> bool {
    *score == 0
}

mod vec {
    use super::is_zero;

    #[test]
    fn change_in_place() {
        let mut scores: Vec<i32> = vec![1, 2, 3];
        // `for score in &mut scores` calls `scores.iter_mut()`.
        for score in &mut scores {
            *score = score.saturating_mul(10);
        }
        assert_eq!(scores, [10, 20, 30]);
    }

    #[test]
    fn remove_if() {
        let mut scores = vec![0, 0, 3, 0, 4];
        scores.retain(|s| !is_zero(s));
        assert_eq!(scores, [3, 4]);
        let mut scores: Vec<i32> = vec![0, 1, 2];
        scores.retain_mut(|s| {
            *s = s.saturating_add(1);
            *s != 1
        });
        assert_eq!(scores, [2, 3]);
    }

    #[test]
    fn remove_if_keep_removed() {
        let mut scores = vec![0, 0, 3, 0, 4];
        let removed: Vec<i32> = scores.extract_if(1.., |s| is_zero(s)).collect();
        assert_eq!(removed, [0, 0]);
        assert_eq!(scores, [0, 3, 4], "index 0 is outside the range");
    }

    #[test]
    fn move_out() {
        let mut scores = vec![1, 2, 3, 4];
        let middle: Vec<i32> = scores.drain(1..3).collect();
        assert_eq!(middle, [2, 3]);
        assert_eq!(scores, [1, 4]);
        let capacity = scores.capacity();
        let total: i32 = scores.drain(..).sum();
        assert_eq!(total, 5);
        assert!(scores.is_empty());
        assert_eq!(scores.capacity(), capacity, "drain keeps the buffer");
    }

    #[test]
    fn take_in_order() {
        let mut scores = vec![1, 2, 3];
        let mut from_the_back = Vec::new();
        while let Some(score) = scores.pop() {
            from_the_back.push(score);
        }
        assert_eq!(from_the_back, [3, 2, 1]);
        let mut scores = vec![1, 2, 3];
        let mut from_the_front = Vec::new();
        for score in scores.drain(..) {
            from_the_front.push(score);
        }
        assert_eq!(from_the_front, [1, 2, 3]);
        assert!(scores.is_empty());
    }
}

mod vec_deque {
    use super::{VecDeque, is_zero};

    #[test]
    fn change_in_place() {
        let mut queue: VecDeque<i32> = VecDeque::from([1, 2, 3, 4]);
        for score in &mut queue {
            *score = score.saturating_add(1);
        }
        for score in queue.range_mut(2..) {
            *score = score.saturating_mul(10);
        }
        assert_eq!(queue, [2, 3, 40, 50]);
    }

    #[test]
    fn remove_if() {
        let mut queue = VecDeque::from([0, 3, 0, 4]);
        queue.retain(|s| !is_zero(s));
        assert_eq!(queue, [3, 4]);
        let mut queue: VecDeque<i32> = VecDeque::from([0, 1, 2]);
        queue.retain_mut(|s| {
            *s = s.saturating_add(1);
            *s != 1
        });
        assert_eq!(queue, [2, 3]);
    }

    /// No `VecDeque::extract_if` in 1.95 (`tests/diagnostics.rs`): through a `Vec`.
    #[test]
    fn remove_if_keep_removed() {
        let mut queue = VecDeque::from([0, 3, 0, 4]);
        queue.push_front(0);
        let removed = lesson_11::extract_from_deque(&mut queue, is_zero);
        assert_eq!(removed, [0, 0, 0]);
        assert_eq!(queue, [3, 4]);
    }

    #[test]
    fn move_out() {
        let mut queue = VecDeque::from([1, 2, 3, 4]);
        let front: Vec<i32> = queue.drain(..2).collect();
        assert_eq!(front, [1, 2]);
        assert_eq!(queue, [3, 4]);
    }

    #[test]
    fn take_in_order() {
        let mut queue = VecDeque::from([1, 2, 3, 4]);
        assert_eq!(queue.pop_front(), Some(1));
        assert_eq!(queue.pop_back(), Some(4));
        let mut rest = Vec::new();
        while let Some(score) = queue.pop_front() {
            rest.push(score);
        }
        assert_eq!(rest, [2, 3]);
    }
}

mod linked_list {
    use super::{LinkedList, is_zero};

    fn list(scores: &[i32]) -> LinkedList<i32> {
        scores.iter().copied().collect()
    }

    #[test]
    fn change_in_place() {
        let mut scores = list(&[1, 2, 3]);
        for score in &mut scores {
            *score = score.saturating_neg();
        }
        assert_eq!(scores, list(&[-1, -2, -3]));
    }

    /// `LinkedList::retain` is unstable in 1.95 (`tests/diagnostics.rs`):
    /// `extract_if` run to the end does the job.
    #[test]
    fn remove_if() {
        let mut scores = list(&[0, 3, 0, 0, 4]);
        lesson_11::retain_list(&mut scores, |s| !is_zero(s));
        assert_eq!(scores, list(&[3, 4]));
    }

    #[test]
    fn remove_if_keep_removed() {
        let mut scores = list(&[1, 0, 3, 0]);
        let removed: Vec<i32> = scores.extract_if(|s| is_zero(s)).collect();
        assert_eq!(removed, [0, 0]);
        assert_eq!(scores, list(&[1, 3]));
    }

    /// No `LinkedList::drain` (`tests/diagnostics.rs`): take the whole list,
    /// or cut a tail off with `split_off`.
    #[test]
    fn move_out() {
        let mut scores = list(&[1, 2, 3, 4]);
        let tail = scores.split_off(3);
        assert_eq!(tail, list(&[4]));
        let all: Vec<i32> = std::mem::take(&mut scores).into_iter().collect();
        assert_eq!(all, [1, 2, 3]);
        assert!(scores.is_empty());
    }

    #[test]
    fn take_in_order() {
        let mut scores = list(&[1, 2, 3]);
        assert_eq!(scores.pop_back(), Some(3));
        assert_eq!(scores.pop_front(), Some(1));
        assert_eq!(scores, list(&[2]));
    }
}

mod hash_map {
    use super::{BTreeMap, HashMap, is_zero};

    fn board() -> HashMap<String, i32> {
        [("Ann", 0), ("Bob", 5), ("字", 0)]
            .into_iter()
            .map(|(name, score)| (name.to_owned(), score))
            .collect()
    }

    fn sorted(board: &HashMap<String, i32>) -> Vec<(&str, i32)> {
        let sorted: BTreeMap<&str, i32> = board.iter().map(|(k, &v)| (k.as_str(), v)).collect();
        sorted.into_iter().collect()
    }

    #[test]
    fn change_in_place() {
        let mut scores = board();
        for score in scores.values_mut() {
            *score = score.saturating_add(1);
        }
        for (name, score) in &mut scores {
            if name.starts_with('B') {
                *score = score.saturating_mul(2);
            }
        }
        assert_eq!(sorted(&scores), [("Ann", 1), ("Bob", 12), ("字", 1)]);
    }

    #[test]
    fn remove_if() {
        let mut scores = board();
        scores.retain(|_, score| !is_zero(score));
        assert_eq!(sorted(&scores), [("Bob", 5)]);
    }

    #[test]
    fn remove_if_keep_removed() {
        let mut scores = board();
        let mut removed: Vec<(String, i32)> =
            scores.extract_if(|_, score| is_zero(score)).collect();
        removed.sort_unstable();
        assert_eq!(removed, [("Ann".to_owned(), 0), ("字".to_owned(), 0)]);
        assert_eq!(sorted(&scores), [("Bob", 5)]);
    }

    #[test]
    fn move_out() {
        let mut scores = board();
        let capacity = scores.capacity();
        let all: BTreeMap<String, i32> = scores.drain().collect();
        assert_eq!(all.len(), 3);
        assert!(scores.is_empty());
        assert_eq!(scores.capacity(), capacity);
    }

    /// No order to take entries in: drain, then sort.
    #[test]
    fn take_in_order() {
        let mut scores = board();
        let mut entries: Vec<(String, i32)> = scores.drain().collect();
        entries.sort_unstable();
        let names: Vec<&str> = entries.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["Ann", "Bob", "字"]);
    }
}

mod hash_set {
    use super::{BTreeSet, HashSet, is_zero};

    fn sorted(set: &HashSet<i32>) -> Vec<i32> {
        set.iter()
            .copied()
            .collect::<BTreeSet<i32>>()
            .into_iter()
            .collect()
    }

    /// No `iter_mut` on a set (`tests/diagnostics.rs`): rebuild it.
    #[test]
    fn change_in_place() {
        let mut scores = HashSet::from([-2, 1, 2]);
        lesson_11::rebuild(&mut scores, |s: i32| s.saturating_abs());
        assert_eq!(sorted(&scores), [1, 2], "-2 and 2 merged");
    }

    #[test]
    fn remove_if() {
        let mut scores = HashSet::from([0, 3, 4]);
        scores.retain(|s| !is_zero(s));
        assert_eq!(sorted(&scores), [3, 4]);
    }

    #[test]
    fn remove_if_keep_removed() {
        let mut scores = HashSet::from([0, -1, 3]);
        let mut removed: Vec<i32> = scores.extract_if(|&s| s <= 0).collect();
        removed.sort_unstable();
        assert_eq!(removed, [-1, 0]);
        assert_eq!(sorted(&scores), [3]);
    }

    #[test]
    fn move_out() {
        let mut scores = HashSet::from([1, 2, 3]);
        let capacity = scores.capacity();
        let all: BTreeSet<i32> = scores.drain().collect();
        assert_eq!(all, BTreeSet::from([1, 2, 3]));
        assert!(scores.is_empty());
        assert_eq!(scores.capacity(), capacity);
    }

    #[test]
    fn take_in_order() {
        let mut scores = HashSet::from([3, 1, 2]);
        let mut all: Vec<i32> = scores.drain().collect();
        all.sort_unstable();
        assert_eq!(all, [1, 2, 3]);
    }
}

mod btree_map {
    use super::{BTreeMap, is_zero};

    fn events() -> BTreeMap<u64, i32> {
        BTreeMap::from([(10, 0), (20, 5), (30, 0), (40, 7)])
    }

    #[test]
    fn change_in_place() {
        let mut scores = events();
        for points in scores.values_mut() {
            *points = points.saturating_add(1);
        }
        let mut visited = Vec::new();
        for (&tick, points) in scores.range_mut(15..35) {
            visited.push(tick);
            *points = points.saturating_mul(10);
        }
        assert_eq!(visited, [20, 30], "only the key range is visited");
        assert_eq!(
            scores,
            BTreeMap::from([(10, 1), (20, 60), (30, 10), (40, 8)])
        );
    }

    #[test]
    fn remove_if() {
        let mut scores = events();
        scores.retain(|_, points| !is_zero(points));
        assert_eq!(scores, BTreeMap::from([(20, 5), (40, 7)]));
    }

    #[test]
    fn remove_if_keep_removed() {
        let mut scores = events();
        let mut tested = Vec::new();
        let removed: Vec<(u64, i32)> = scores
            .extract_if(15.., |&tick, points| {
                tested.push(tick);
                is_zero(points)
            })
            .collect();
        assert_eq!(tested, [20, 30, 40], "the range limits the walk");
        assert_eq!(removed, [(30, 0)]);
        assert_eq!(scores, BTreeMap::from([(10, 0), (20, 5), (40, 7)]));
    }

    /// No `BTreeMap::drain` (`tests/diagnostics.rs`): `mem::take` for
    /// everything, `extract_if` with an always-true test for a range,
    /// `split_off` for a tail.
    #[test]
    fn move_out() {
        let mut scores = events();
        let middle: Vec<(u64, i32)> = scores.extract_if(15..=30, |_, _| true).collect();
        assert_eq!(middle, [(20, 5), (30, 0)]);
        let tail = scores.split_off(&40);
        assert_eq!(tail, BTreeMap::from([(40, 7)]));
        let all: Vec<(u64, i32)> = std::mem::take(&mut scores).into_iter().collect();
        assert_eq!(all, [(10, 0)]);
        assert!(scores.is_empty());
    }

    #[test]
    fn take_in_order() {
        let mut scores = events();
        assert_eq!(scores.pop_first(), Some((10, 0)));
        assert_eq!(scores.pop_last(), Some((40, 7)));
        if let Some(entry) = scores.first_entry() {
            assert_eq!(*entry.key(), 20, "look before deciding");
        }
        assert_eq!(lesson_11::pop_due(&mut scores, 25), [(20, 5)]);
        assert_eq!(scores, BTreeMap::from([(30, 0)]));
    }
}

mod btree_set {
    use super::{BTreeSet, is_zero};

    /// No `iter_mut` on a set (`tests/diagnostics.rs`): rebuild it.
    #[test]
    fn change_in_place() {
        let mut seats = BTreeSet::from([1_u32, 2, 3]);
        lesson_11::rebuild(&mut seats, |seat: u32| seat.saturating_mul(2));
        assert_eq!(seats, BTreeSet::from([2, 4, 6]));
    }

    #[test]
    fn remove_if() {
        let mut scores = BTreeSet::from([0, 3, 4]);
        scores.retain(|s| !is_zero(s));
        assert_eq!(scores, BTreeSet::from([3, 4]));
    }

    #[test]
    fn remove_if_keep_removed() {
        let mut scores = BTreeSet::from([-5, 0, 2, 4, 9]);
        let mut tested = Vec::new();
        let removed: Vec<i32> = scores
            .extract_if(0..5, |&s| {
                tested.push(s);
                s % 2 == 0
            })
            .collect();
        assert_eq!(tested, [0, 2, 4], "the range limits the walk");
        assert_eq!(removed, [0, 2, 4]);
        assert_eq!(scores, BTreeSet::from([-5, 9]));
    }

    /// No `BTreeSet::drain` (`tests/diagnostics.rs`).
    #[test]
    fn move_out() {
        let mut scores = BTreeSet::from([1, 2, 3, 4]);
        let low: Vec<i32> = scores.extract_if(..3, |_| true).collect();
        assert_eq!(low, [1, 2]);
        let tail = scores.split_off(&4);
        assert_eq!(tail, BTreeSet::from([4]));
        let all: Vec<i32> = std::mem::take(&mut scores).into_iter().collect();
        assert_eq!(all, [3]);
        assert!(scores.is_empty());
    }

    #[test]
    fn take_in_order() {
        let mut scores = BTreeSet::from([3, 1, 2]);
        assert_eq!(scores.pop_first(), Some(1));
        assert_eq!(scores.pop_last(), Some(3));
        assert_eq!(scores, BTreeSet::from([2]));
    }
}

mod binary_heap {
    use std::cmp::Reverse;

    use super::{BinaryHeap, is_zero};

    #[test]
    fn change_in_place() {
        let mut heap = BinaryHeap::from([1, 5, 3]);
        if let Some(mut greatest) = heap.peek_mut() {
            *greatest = 0; // the heap re-sifts when the guard drops
        }
        assert_eq!(heap.peek(), Some(&3));
        lesson_11::rebuild(&mut heap, |s: i32| s.saturating_neg());
        assert_eq!(heap.into_sorted_vec(), [-3, -1, 0]);

        let mut top = BinaryHeap::from([Reverse(2), Reverse(4)]);
        lesson_11::offer_top_k(&mut top, 2, 9);
        assert_eq!(top.into_sorted_vec(), [Reverse(9), Reverse(4)]);
    }

    #[test]
    fn remove_if() {
        let mut heap = BinaryHeap::from([0, 3, 0, 4]);
        heap.retain(|s| !is_zero(s));
        assert_eq!(heap.into_sorted_vec(), [3, 4]);
    }

    /// No `BinaryHeap::extract_if` (`tests/diagnostics.rs`): through a `Vec`.
    #[test]
    fn remove_if_keep_removed() {
        let mut heap = BinaryHeap::from([0, 3, 0, 4]);
        let removed = lesson_11::extract_from_heap(&mut heap, is_zero);
        assert_eq!(removed, [0, 0]);
        assert_eq!(heap.into_sorted_vec(), [3, 4]);
    }

    #[test]
    fn move_out() {
        let mut heap = BinaryHeap::from([2, 9, 4]);
        let mut all: Vec<i32> = heap.drain().collect();
        assert!(heap.is_empty());
        all.sort_unstable();
        assert_eq!(all, [2, 4, 9]);
    }

    #[test]
    fn take_in_order() {
        let mut heap = BinaryHeap::from([2, 9, 4]);
        let mut greatest_first = Vec::new();
        while let Some(score) = heap.pop() {
            greatest_first.push(score);
        }
        assert_eq!(greatest_first, [9, 4, 2]);
    }
}

/// No collection has a method that walks and adds at once: collect the new
/// elements into an owned `Vec`, then `extend` after the walk.
#[test]
fn adding_after_the_walk_works_for_every_collection() {
    fn doubled(scores: impl IntoIterator<Item = i32>) -> Vec<i32> {
        scores.into_iter().map(|s| s.saturating_mul(2)).collect()
    }
    /// A new entry ten keys further for every entry of a map.
    fn shifted<'a>(map: impl IntoIterator<Item = (&'a i32, &'a i32)>) -> Vec<(i32, i32)> {
        map.into_iter()
            .map(|(&k, &v)| (k.saturating_add(10), v))
            .collect()
    }
    let mut v = vec![1, 2];
    let new = doubled(v.iter().copied());
    v.extend(new);
    assert_eq!(v, [1, 2, 2, 4]);

    let mut queue = VecDeque::from([1, 2]);
    let new = doubled(queue.iter().copied());
    queue.extend(new);
    assert_eq!(queue, [1, 2, 2, 4]);

    let mut list: LinkedList<i32> = LinkedList::from([1, 2]);
    let new = doubled(list.iter().copied());
    list.extend(new);
    assert_eq!(list.into_iter().collect::<Vec<_>>(), [1, 2, 2, 4]);

    let mut map: HashMap<i32, i32> = HashMap::from([(1, 1)]);
    let new = shifted(&map);
    map.extend(new);
    assert_eq!(map.len(), 2);

    let mut set = HashSet::from([1, 2]);
    let new = doubled(set.iter().copied());
    set.extend(new);
    assert_eq!(set, HashSet::from([1, 2, 4]));

    let mut tree: BTreeMap<i32, i32> = BTreeMap::from([(1, 1)]);
    let new = shifted(&tree);
    tree.extend(new);
    assert_eq!(tree, BTreeMap::from([(1, 1), (11, 1)]));

    let mut sorted = BTreeSet::from([1, 2]);
    let new = doubled(sorted.iter().copied());
    sorted.extend(new);
    assert_eq!(sorted, BTreeSet::from([1, 2, 4]));

    let mut heap = BinaryHeap::from([1, 2]);
    let new = doubled(heap.iter().copied());
    heap.extend(new);
    assert_eq!(heap.into_sorted_vec(), [1, 2, 2, 4]);
}

/// In a `Vec`, an index loop whose bound is read once may push: an index is
/// not a borrow, and the pushed elements are past the bound.
#[test]
fn a_vec_index_loop_with_a_fixed_bound_may_push() {
    let mut scores = vec![10, 20, 30];
    let len = scores.len();
    for i in 0..len {
        if scores[i] > 15 {
            scores.push(scores[i]);
        }
    }
    assert_eq!(scores, [10, 20, 30, 20, 30]);
}
