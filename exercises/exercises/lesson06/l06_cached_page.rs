// Lesson 06 (the entry API): make it compile. The stub fails with E0499.
//
// Read: lessons/lesson-06/src/lib.rs, "Why the two-lookup version cannot
//       return the reference" and "Getting the score back"
// Run:  cargo run -p lesson-06   (from the repository root)
//
// A web cache keeps pages in a map: url -> page. `cached` hands out the
// cached page for a url so that the caller can read or edit it; on a miss
// it first fetches the page (slow: it goes over the network) and stores it.
// The stub is sound, yet the borrow checker of Rust 1.95 rejects it.
//
// Rules (each is checked by the test named after it):
// - a page in the cache comes back as it is, even an empty one, and nothing
//   is fetched (`tests::a_hit_does_not_fetch`);
// - on a miss the page is fetched once, stored under its url, and returned
//   (`tests::a_miss_fetches_once_and_stores`);
// - the returned reference is the cached page itself: editing it edits the
//   cache (`tests::edits_go_to_the_cache`);
// - one lookup per call, hit or miss (`tests::one_lookup_per_call`).
//
// The tests call `cached` as it is declared below (the map's hasher is a
// type parameter, so that a test can count the lookups), and compare it with
// a plain model on 300 generated request lists. Stuck? `rustlings hint l06_cached_page`.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// The cached page for `url`, fetched with `fetch` and stored first if it
/// is not in the cache.
fn cached<'a, S: BuildHasher>(
    cache: &'a mut HashMap<String, String, S>,
    url: &str,
    fetch: impl FnOnce(&str) -> String,
) -> &'a mut String {
    // TODO: make it compile without breaking a rule above.
    if let Some(page) = cache.get_mut(url) {
        return page;
    }
    cache.insert(url.to_owned(), fetch(url));
    cache.get_mut(url).expect("just inserted")
}

fn main() {
    // You can optionally experiment here.
}

#[cfg(test)]
#[path = "../../support/harness.rs"]
mod harness;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::harness::{Gen, NAMES, board, check, counted, owned, same, sorted};
    use std::cell::Cell;
    use std::collections::BTreeMap;

    fn page_of(url: &str) -> String {
        format!("<h1>{url}</h1>")
    }

    #[test]
    fn a_hit_does_not_fetch() {
        let mut cache = board(&[
            ("/home", "<h1>home</h1>".to_owned()),
            ("/empty", String::new()),
        ]);
        let no_fetch = |url: &str| -> String { panic!("{url} is cached: no fetch expected") };
        assert_eq!(
            cached(&mut cache, "/home", no_fetch),
            "<h1>home</h1>",
            "/home is cached: its page comes back as it is"
        );
        assert_eq!(
            cached(&mut cache, "/empty", no_fetch),
            "",
            "/empty is cached with an empty page: an empty page is still a hit"
        );
        assert_eq!(cache.len(), 2, "a hit adds nothing to the cache");
    }

    #[test]
    fn a_miss_fetches_once_and_stores() {
        let mut cache = board(&[("/home", "<h1>home</h1>".to_owned())]);
        let fetches = Cell::new(0);
        let fetch = |url: &str| {
            fetches.set(fetches.get() + 1);
            page_of(url)
        };
        assert_eq!(
            cached(&mut cache, "/字", fetch),
            "<h1>/字</h1>",
            "/字 is a miss: the fetched page comes back"
        );
        assert_eq!(fetches.get(), 1, "a miss fetches the page exactly once");
        assert_eq!(
            cached(&mut cache, "/字", fetch),
            "<h1>/字</h1>",
            "/字 is cached now: the stored page comes back"
        );
        assert_eq!(
            fetches.get(),
            1,
            "the second call for /字 is a hit: it must not fetch again"
        );
        assert_eq!(
            cache,
            board(&[
                ("/home", "<h1>home</h1>".to_owned()),
                ("/字", "<h1>/字</h1>".to_owned())
            ]),
            "the fetched page is stored under its url; /home stays"
        );
    }

    #[test]
    fn edits_go_to_the_cache() {
        let mut cache = HashMap::new();
        cached(&mut cache, "/a", page_of).push_str("<p>edited</p>");
        cached(&mut cache, "/a", page_of).push('!');
        assert_eq!(
            cache["/a"], "<h1>/a</h1><p>edited</p>!",
            "both edits, made through the returned reference, must be in the cache"
        );
    }

    #[test]
    fn one_lookup_per_call() {
        let mut cache = counted(owned(&[("/home", "home".to_owned())]), 4);
        cached(&mut cache, "/home", page_of);
        assert_eq!(
            cache.hasher().hashes(),
            1,
            "lookups for a hit: exactly one is allowed"
        );
        cache.hasher().reset();
        cached(&mut cache, "/new", page_of);
        assert_eq!(
            cache.hasher().hashes(),
            1,
            "lookups for a miss (fetch and store included): exactly one is allowed"
        );
        assert_eq!(cache.len(), 2, "the miss must store /new");
    }

    /// The model: a `BTreeMap`, and a log of the urls fetched.
    fn model(
        entries: &[(String, String)],
        requests: &[String],
    ) -> (Vec<String>, Vec<String>, BTreeMap<String, String>) {
        let mut cache: BTreeMap<String, String> = entries.iter().cloned().collect();
        let mut fetched = Vec::new();
        let mut answers = Vec::new();
        for url in requests {
            if !cache.contains_key(url) {
                fetched.push(url.clone());
                cache.insert(url.clone(), page_of(url));
            }
            answers.push(cache[url].clone());
        }
        (answers, fetched, cache)
    }

    #[test]
    fn matches_the_model_on_many_request_lists() {
        check(
            |g: &mut Gen| {
                let n = g.size();
                let urls: Vec<String> = (0..n + 2).map(|_| g.name(NAMES)).collect();
                let entries = g.board(
                    n,
                    |g| g.pick(&urls),
                    |g| {
                        if g.one_in(4) {
                            String::new()
                        } else {
                            g.name(NAMES)
                        }
                    },
                );
                let k = g.size();
                let requests: Vec<String> = (0..k).map(|_| g.pick(&urls)).collect();
                (entries, requests)
            },
            |(entries, requests)| {
                let mut cache: HashMap<String, String> = entries.iter().cloned().collect();
                let fetched = std::cell::RefCell::new(Vec::new());
                let mut answers = Vec::new();
                for url in &requests {
                    let page = cached(&mut cache, url, |url| {
                        fetched.borrow_mut().push(url.to_owned());
                        page_of(url)
                    });
                    answers.push(page.clone());
                }
                same(
                    "(answers, fetched urls, cache)",
                    (answers, fetched.into_inner(), sorted(&cache)),
                    model(&entries, &requests),
                )
            },
        );
    }
}
