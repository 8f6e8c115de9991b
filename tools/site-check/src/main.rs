//! Checks the course's website in a real browser.
//!
//! ```sh
//! cargo run -p site-check            # builds the docs, then checks them
//! cargo run -p site-check -- --no-build
//! ```
//!
//! It runs `cargo doc --workspace --no-deps` (with `RUSTDOCFLAGS=-D warnings`
//! unless `RUSTDOCFLAGS` is set), starts the distribution's `chromedriver`
//! (`/usr/bin/chromedriver`, or `$CHROMEDRIVER`) driving headless Chromium
//! (`/usr/bin/chromium`, or `$CHROMIUM`), opens every page of the course (the
//! front page and its pages, each lesson's crate page and item pages, and
//! their source pages), and fails when
//!
//! - a page logs a JavaScript error (or any other message of level SEVERE in
//!   the browser's log, such as a script or image that fails to load);
//! - a link inside the website points to a file that does not exist, or to an
//!   anchor (`#…`) that the page it points to does not have;
//! - a lesson of `lessons/` is not linked from the front page, or a gallery case
//!   of `compile_fail/` has no entry (an element with the case's name as its id);
//! - searching for the name of a function of lesson 01 does not find its page.
//!
//! It saves screenshots of the front page and of lesson 01's chapter in
//! `docs/screenshots/`. Other arguments are passed on to `cargo doc`
//! (e.g. `--locked --offline`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use fantoccini::wd::{TimeoutConfiguration, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use percent_encoding::percent_decode_str;
use serde_json::{Value, json};

/// The flags Chromium needs to run headless here, as root, without reaching
/// the network by itself.
const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1280,900",
];

/// What the page reports about itself once loaded: every link (resolved to an
/// absolute URL by the browser), the links of its text, and every element id.
const PAGE_FACTS: &str = r"
    return {
        links: Array.from(document.querySelectorAll('a[href]'), a => a.href),
        content_links: Array.from(document.querySelectorAll('#main-content a[href]'), a => a.href),
        ids: Array.from(document.querySelectorAll('[id]'), e => e.id),
    };
";

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match run().await {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("site-check: {error}");
            ExitCode::from(2)
        }
    }
}

/// An error that stops the check before it can judge the website.
#[derive(Debug)]
struct Fatal(String);

impl fmt::Display for Fatal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<E: std::error::Error> From<E> for Fatal {
    fn from(error: E) -> Self {
        Fatal(error.to_string())
    }
}

/// Runs the whole check; `Ok(false)` when the website has problems.
async fn run() -> Result<bool, Fatal> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()?;
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let build = !remove_flag(&mut args, "--no-build");
    let doc = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root.join("target"), PathBuf::from)
        .join("doc");

    if build {
        let started = Instant::now();
        build_docs(&root, &args)?;
        println!(
            "site-check: docs built in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }

    let started = Instant::now();
    let lessons = lesson_crates(&root);
    let cases = gallery_cases(&root);
    let pages = course_pages(&doc, &lessons)?;
    let front = doc.join("iterate_and_mutate/index.html");

    let driver = Driver::start()?;
    let client = driver.connect().await?;
    // A page that does not load, or a script that does not return, fails the
    // check within 20 s instead of hanging it.
    let limit = Some(Duration::from_secs(20));
    client
        .update_timeouts(TimeoutConfiguration::new(limit, limit, None))
        .await?;
    let outcome = browse(&client, &root, &front, &pages, &lessons, &cases).await;
    client.close().await?;
    drop(driver);
    let report = outcome?;

    println!(
        "site-check: {} pages opened, {} links inside the website checked ({} to other sites not followed), in {:.1} s",
        report.pages,
        report.internal_links,
        report.external_links,
        started.elapsed().as_secs_f64()
    );
    if report.problems.is_empty() {
        println!("site-check: no problem found");
        Ok(true)
    } else {
        for problem in &report.problems {
            eprintln!("site-check: {problem}");
        }
        eprintln!("site-check: problems found: {}", report.problems.len());
        Ok(false)
    }
}

/// Removes `flag` from `args`; whether it was there.
fn remove_flag(args: &mut Vec<String>, flag: &str) -> bool {
    let before = args.len();
    args.retain(|arg| arg != flag);
    args.len() != before
}

/// `cargo doc --workspace --no-deps`, with the same rustdoc flags as CI.
fn build_docs(root: &Path, args: &[String]) -> Result<(), Fatal> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(root)
        .args(["doc", "--workspace", "--no-deps"])
        .args(args);
    if std::env::var_os("RUSTDOCFLAGS").is_none() {
        command.env("RUSTDOCFLAGS", "-D warnings");
    }
    let status = command.status()?;
    if status.success() {
        Ok(())
    } else {
        Err(Fatal(format!("`cargo doc` failed ({status})")))
    }
}

/// The crate names of the lessons under `lessons/`: `lesson_00`, `lesson_01`, ...
fn lesson_crates(root: &Path) -> Vec<String> {
    names_in(&root.join("lessons"), |name| {
        name.strip_prefix("lesson-")
            .map(|number| format!("lesson_{number}"))
    })
}

/// The names of the gallery cases, `compile_fail/<name>.rs`.
fn gallery_cases(root: &Path) -> Vec<String> {
    names_in(&root.join("compile_fail"), |name| {
        name.strip_suffix(".rs").map(str::to_owned)
    })
}

/// What `pick` makes of each entry name of `dir`, sorted (`None`s left out).
fn names_in(dir: &Path, pick: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|entry| pick(&entry.file_name().to_string_lossy()))
        .collect();
    names.sort();
    names
}

/// Every page of the course: the HTML files of the root crate and of each
/// lesson crate, and their source pages; the front page first.
fn course_pages(doc: &Path, lessons: &[String]) -> Result<Vec<PathBuf>, Fatal> {
    let mut crates = vec!["iterate_and_mutate".to_owned()];
    crates.extend(lessons.iter().cloned());
    let mut pages = Vec::new();
    for name in &crates {
        let index = doc.join(name).join("index.html");
        if !index.is_file() {
            return Err(Fatal(format!(
                "{} is missing: was `{name}` documented?",
                index.display()
            )));
        }
        html_files(&doc.join(name), &mut pages);
        html_files(&doc.join("src").join(name), &mut pages);
    }
    pages.sort();
    pages.dedup();
    let front = doc.join("iterate_and_mutate/index.html");
    pages.retain(|page| page != &front);
    pages.insert(0, front);
    Ok(pages)
}

/// Adds every `*.html` file under `dir` to `found`.
fn html_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            html_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "html") {
            found.push(path);
        }
    }
}

/// A running chromedriver, stopped when dropped, with the browser profile
/// folder it uses (removed when dropped).
struct Driver {
    process: Child,
    port: u16,
    profile: PathBuf,
}

impl Driver {
    /// Starts the distribution's chromedriver on a free local port.
    fn start() -> Result<Self, Fatal> {
        let binary =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let process = Command::new(&binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| {
                Fatal(format!(
                    "cannot start {binary}: {e} (apt-get install chromium-driver)"
                ))
            })?;
        let profile =
            std::env::temp_dir().join(format!("site-check-profile-{}", std::process::id()));
        let driver = Driver {
            process,
            port,
            profile,
        };
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if started.elapsed() > Duration::from_secs(20) {
                return Err(Fatal(format!("{binary} did not listen on port {port}")));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(driver)
    }

    /// Opens a browser session: headless Chromium with a fresh profile,
    /// keeping every message of the browser's log.
    async fn connect(&self) -> Result<Client, Fatal> {
        let binary = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let mut args: Vec<String> = CHROMIUM_FLAGS
            .iter()
            .map(|flag| (*flag).to_owned())
            .collect();
        args.push(format!("--user-data-dir={}", self.profile.display()));
        let capabilities = json!({
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": binary, "args": args },
            "goog:loggingPrefs": { "browser": "ALL" },
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!("a JSON object literal");
        };
        ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .map_err(|e| Fatal(format!("cannot open a Chromium session ({binary}): {e}")))
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
        let _ = fs::remove_dir_all(&self.profile);
    }
}

/// chromedriver's command that returns (and empties) the browser's log.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_owned()))
    }
}

/// What the check found.
#[derive(Debug, Default)]
struct Report {
    pages: usize,
    internal_links: usize,
    external_links: usize,
    problems: Vec<String>,
}

/// A link to check once every page has been opened.
struct Link {
    from: String,
    target: String,
}

/// Opens every page, then checks the links, the front page and the search.
async fn browse(
    client: &Client,
    root: &Path,
    front: &Path,
    pages: &[PathBuf],
    lessons: &[String],
    cases: &[String],
) -> Result<Report, Fatal> {
    let doc = front
        .parent()
        .and_then(Path::parent)
        .ok_or_else(|| Fatal("no doc folder".into()))?;
    let mut report = Report {
        pages: pages.len(),
        ..Report::default()
    };
    let mut ids: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
    let mut links: Vec<Link> = Vec::new();
    let mut front_links: BTreeSet<String> = BTreeSet::new();

    for page in pages {
        let url = file_url(page);
        let shown = page.strip_prefix(doc).unwrap_or(page).display().to_string();
        client.goto(&url).await?;
        let facts = client.execute(PAGE_FACTS, vec![]).await?;
        let page_ids: BTreeSet<String> = strings(&facts["ids"]).into_iter().collect();
        ids.insert(page.clone(), page_ids);
        if page == front {
            // Links in the page's text, not in rustdoc's sidebar (which lists
            // every crate on every page).
            front_links.extend(strings(&facts["content_links"]));
        }
        for target in strings(&facts["links"]) {
            links.push(Link {
                from: shown.clone(),
                target,
            });
        }
        for message in severe_messages(client).await? {
            report
                .problems
                .push(format!("{shown}: the browser logged: {message}"));
        }
        if page == front {
            screenshot(client, &root.join("docs/screenshots/front-page.png")).await?;
        } else if page == &doc.join("lesson_01/index.html") {
            screenshot(client, &root.join("docs/screenshots/chapter.png")).await?;
        }
    }

    let kinds: Vec<LinkKind> = links
        .iter()
        .map(|link| check_link(link, &ids, &mut report.problems))
        .collect();
    report.internal_links = kinds
        .iter()
        .filter(|kind| **kind == LinkKind::Website)
        .count();
    report.external_links = kinds
        .iter()
        .filter(|kind| **kind == LinkKind::OtherSite)
        .count();

    // The front page lists every lesson and every gallery case.
    let front_ids = ids.get(front).cloned().unwrap_or_default();
    for lesson in lessons {
        let url = file_url(&doc.join(lesson).join("index.html"));
        if !front_links.contains(&url) {
            report
                .problems
                .push(format!("the front page does not link to {lesson} ({url})"));
        }
    }
    for case in cases {
        if !front_ids.contains(case) {
            report
                .problems
                .push(format!("the front page has no gallery entry `#{case}`"));
        }
    }

    // The search index loads and answers: searching for the name of a
    // lesson function finds that function's page.
    let function = pages.iter().find_map(|page| {
        let name = page.file_name()?.to_str()?;
        let function = name.strip_prefix("fn.")?.strip_suffix(".html")?;
        page.starts_with(doc.join("lesson_01"))
            .then(|| (function.to_owned(), file_url(page)))
    });
    if let Some((function, expected)) = function {
        client
            .goto(&format!("{}?search={function}", file_url(front)))
            .await?;
        let mut found = false;
        let started = Instant::now();
        while !found && started.elapsed() < Duration::from_secs(10) {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let results = client
                .execute(
                    "return Array.from(document.querySelectorAll('#search .search-results a'), a => a.href);",
                    vec![],
                )
                .await?;
            found = strings(&results).contains(&expected);
        }
        if !found {
            report.problems.push(format!(
                "searching for `{function}` did not find {expected} within 10 s"
            ));
        }
    } else {
        report
            .problems
            .push("lesson_01 has no function page to search for".to_owned());
    }
    for message in severe_messages(client).await? {
        report
            .problems
            .push(format!("the search page: the browser logged: {message}"));
    }
    Ok(report)
}

/// Checks one link: a file of the website must exist, and an anchor must be
/// an id of the page it points to (for a page that was not opened, its HTML
/// must contain the id). Links to other sites are counted, not followed.
fn check_link(
    link: &Link,
    ids: &BTreeMap<PathBuf, BTreeSet<String>>,
    problems: &mut Vec<String>,
) -> LinkKind {
    let Ok(url) = url::Url::parse(&link.target) else {
        problems.push(format!(
            "{}: a link that is not a URL: {}",
            link.from, link.target
        ));
        return LinkKind::Other;
    };
    match url.scheme() {
        "file" => {}
        "http" | "https" => return LinkKind::OtherSite,
        _ => return LinkKind::Other,
    }
    let Some(file) = url.to_file_path().ok().filter(|file| file.is_file()) else {
        problems.push(format!(
            "{}: broken link to {} (no such file)",
            link.from, link.target
        ));
        return LinkKind::Website;
    };
    let Some(fragment) = url.fragment().filter(|fragment| !fragment.is_empty()) else {
        return LinkKind::Website;
    };
    // A source page's line range, `#12-20`, is made by its script from the
    // line ids: the first line must exist. Only a fragment made of two
    // numbers is a range: a heading such as "2. Install" has the id
    // `2-install`, which must exist as written.
    let first_line = match fragment.split_once('-') {
        Some((first, last))
            if !first.is_empty()
                && first.chars().all(|c| c.is_ascii_digit())
                && last.chars().all(|c| c.is_ascii_digit()) =>
        {
            first
        }
        _ => fragment,
    };
    // rustdoc writes some ids percent-encoded (`impl-From%3CT%3E-for-T`); the
    // browser finds an element by the fragment as written or decoded.
    let decoded = percent_decode_str(fragment).decode_utf8_lossy();
    let candidates = [fragment, decoded.as_ref(), first_line];
    let found = match ids.get(&file) {
        Some(page_ids) => candidates.iter().any(|id| page_ids.contains(*id)),
        None => fs::read_to_string(&file).is_ok_and(|html| {
            candidates.iter().any(|id| {
                [
                    format!("id=\"{id}\""),
                    format!("id={id} "),
                    format!("id={id}>"),
                ]
                .iter()
                .any(|attribute| html.contains(attribute))
            })
        }),
    };
    if !found {
        problems.push(format!(
            "{}: broken link to {} (no element with id `{decoded}` there)",
            link.from, link.target
        ));
    }
    LinkKind::Website
}

/// Where a link goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LinkKind {
    /// A file of the website (checked).
    Website,
    /// A page on another site (counted, not followed: CI has no network).
    OtherSite,
    /// Anything else (`javascript:`, `mailto:`): not checked.
    Other,
}

/// The messages of level SEVERE in the browser's log since the last call.
async fn severe_messages(client: &Client) -> Result<Vec<String>, Fatal> {
    let log = client.issue_cmd(BrowserLog).await?;
    Ok(log
        .as_array()
        .map(|entries| {
            entries
                .iter()
                .filter(|entry| entry["level"] == "SEVERE")
                .map(|entry| entry["message"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default())
}

/// Saves what the browser window shows as a PNG file.
async fn screenshot(client: &Client, path: &Path) -> Result<(), Fatal> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(path, client.screenshot().await?)?;
    println!("site-check: saved {}", path.display());
    Ok(())
}

/// The strings of a JSON array (none if it is not one).
fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|item| item.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The `file://` URL of a local file, as the browser writes it.
fn file_url(path: &Path) -> String {
    url::Url::from_file_path(path)
        .map_or_else(|()| format!("file://{}", path.display()), String::from)
}
