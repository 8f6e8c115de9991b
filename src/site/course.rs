//! What the course's repository holds, as the website sees it: the lessons,
//! the gallery cases, the runnable files, the markdown pages, and where each
//! repository path lives on the website.
//!
//! `build.rs` compiles this file too (with `#[path]`). Standard library only.

use std::fs;
use std::path::{Path, PathBuf};

/// One lesson crate, `lessons/lesson-NN`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lesson {
    /// `NN`, e.g. `01`.
    pub number: String,
    /// The title of its chapter: `# Lesson NN: <title>` on line 1 of `src/lib.rs`.
    pub title: String,
}

impl Lesson {
    /// The package and folder name, `lesson-NN`.
    pub fn package(&self) -> String {
        format!("lesson-{}", self.number)
    }

    /// The crate name, `lesson_NN`: the folder of its pages on the website.
    pub fn crate_name(&self) -> String {
        format!("lesson_{}", self.number)
    }

    /// `Lesson NN: <title>`, as the chapter's heading and the footers write it.
    pub fn heading(&self) -> String {
        format!("Lesson {}: {}", self.number, self.title)
    }
}

/// The lessons under `root/lessons`, in order. A folder whose `src/lib.rs`
/// does not start with `//! # Lesson NN: ` gets the title `lesson-NN`.
pub fn lessons(root: &Path) -> Vec<Lesson> {
    let mut lessons: Vec<Lesson> = list_dir(&root.join("lessons"))
        .into_iter()
        .filter_map(|dir| {
            let name = file_name(&dir);
            let number = name.strip_prefix("lesson-")?.to_owned();
            let lib = fs::read_to_string(dir.join("src/lib.rs")).unwrap_or_default();
            let first = lib.lines().next().unwrap_or_default();
            let title = first
                .strip_prefix(&format!("//! # Lesson {number}: "))
                .map_or_else(|| name.clone(), |title| title.trim().to_owned());
            Some(Lesson { number, title })
        })
        .collect();
    lessons.sort_by(|a, b| a.number.cmp(&b.number));
    lessons
}

/// One gallery case: `compile_fail/<name>.rs` and its pinned `<name>.stderr`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// The file stem, e.g. `index_assign`: also its anchor on the front page.
    pub name: String,
    /// The lesson its first line names (`// Explained in lessons/lesson-NN ...`).
    pub lesson: Option<String>,
    /// The program.
    pub source: String,
    /// The pinned diagnostic (empty when the `.stderr` is missing).
    pub stderr: String,
}

impl Case {
    /// The case's path in the repository, `compile_fail/<name>.rs`.
    pub fn path(&self) -> String {
        format!("compile_fail/{}.rs", self.name)
    }
}

/// The gallery cases under `root/compile_fail`, sorted by name.
pub fn cases(root: &Path) -> Vec<Case> {
    list_dir(&root.join("compile_fail"))
        .into_iter()
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|path| {
            let source = fs::read_to_string(&path).unwrap_or_default();
            let lesson = source
                .lines()
                .next()
                .and_then(|line| line.strip_prefix("// Explained in lessons/lesson-"))
                .map(|rest| rest.chars().take_while(char::is_ascii_digit).collect());
            Case {
                name: path
                    .file_stem()
                    .map(|stem| stem.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                lesson,
                stderr: fs::read_to_string(path.with_extension("stderr")).unwrap_or_default(),
                source,
            }
        })
        .collect()
}

/// What kind of runnable file a Playground link carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// `compile_fail/<name>.rs`: a broken program of the gallery.
    Gallery,
    /// `lessons/lesson-NN/examples/playground.rs`: a chapter's main example.
    Example,
    /// `exercises/exercises/<dir>/<name>.rs`: an exercise stub.
    Exercise,
}

/// A file that gets a "Run in the Rust Playground" link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Runnable {
    /// Which group it belongs to.
    pub kind: Kind,
    /// Its path in the repository, with `/` separators.
    pub path: String,
    /// The lesson it belongs to (`NN`), when its place or first line says so.
    pub lesson: Option<String>,
}

/// Every runnable file: the gallery cases (by lesson, then name), then each
/// lesson's `examples/playground.rs` (lessons without one are skipped), then
/// the exercise stubs (by folder, then name).
pub fn runnables(root: &Path) -> Vec<Runnable> {
    let mut all: Vec<Runnable> = cases(root)
        .into_iter()
        .map(|case| Runnable {
            kind: Kind::Gallery,
            path: case.path(),
            lesson: case.lesson,
        })
        .collect();
    all.sort_by(|a, b| (&a.lesson, &a.path).cmp(&(&b.lesson, &b.path)));
    for lesson in lessons(root) {
        let path = format!("lessons/{}/examples/playground.rs", lesson.package());
        if root.join(&path).is_file() {
            all.push(Runnable {
                kind: Kind::Example,
                path,
                lesson: Some(lesson.number),
            });
        }
    }
    for dir in list_dir(&root.join("exercises/exercises")) {
        let dir_name = file_name(&dir);
        let lesson = dir_name
            .strip_prefix("lesson")
            .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
            .map(str::to_owned);
        for file in list_dir(&dir) {
            if file.extension().is_some_and(|ext| ext == "rs") {
                all.push(Runnable {
                    kind: Kind::Exercise,
                    path: format!("exercises/exercises/{dir_name}/{}", file_name(&file)),
                    lesson: lesson.clone(),
                });
            }
        }
    }
    all
}

/// A markdown file of the repository that becomes a page of the website,
/// `iterate_and_mutate/<module>/index.html`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The file, relative to the repository root (`STUDENTS.md`).
    pub file: String,
    /// The module of the root crate that holds it (`students`).
    pub module: String,
    /// How the front page names it.
    pub label: String,
}

/// The pages of the website made from the repository's markdown files, in
/// the order the front page lists them: `STUDENTS.md`, `TEACHING.md`,
/// `exercises/README.md` when they exist, then the Playground page (generated,
/// always there), then every other top-level `*.md` except `README.md`
/// (the front page itself) and `PLAYGROUND.md` (the Playground page's
/// README-side twin).
pub fn pages(root: &Path) -> Vec<Page> {
    let known = [
        ("STUDENTS.md", "students", "Students: start here"),
        ("TEACHING.md", "teaching", "Teachers: the guide"),
        ("exercises/README.md", "exercises", "The exercises"),
    ];
    let mut pages: Vec<Page> = known
        .iter()
        .filter(|(file, _, _)| root.join(file).is_file())
        .map(|(file, module, label)| Page {
            file: (*file).to_owned(),
            module: (*module).to_owned(),
            label: (*label).to_owned(),
        })
        .collect();
    pages.push(Page {
        file: PLAYGROUND_FILE.to_owned(),
        module: "playground".to_owned(),
        label: "Run it in the Rust Playground".to_owned(),
    });
    let mut others: Vec<Page> = list_dir(root)
        .into_iter()
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "md"))
        .map(|path| file_name(&path))
        .filter(|name| {
            name != "README.md"
                && name != PLAYGROUND_FILE
                && !known.iter().any(|(file, _, _)| file == name)
        })
        .filter_map(|name| {
            let stem = name.strip_suffix(".md")?;
            let module: String = stem
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_lowercase()
                    } else {
                        '_'
                    }
                })
                .collect();
            // A name the crate cannot use for a module gets a suffix.
            let module = if RESERVED.contains(&module.as_str()) {
                format!("{module}_md")
            } else {
                module
            };
            let valid = module.starts_with(|c: char| c.is_ascii_lowercase());
            let text = fs::read_to_string(root.join(&name)).unwrap_or_default();
            let label = super::markdown::title(&text).map_or_else(|| name.clone(), str::to_owned);
            valid.then_some(Page {
                file: name,
                module,
                label,
            })
        })
        .collect();
    others.sort_by(|a, b| a.module.cmp(&b.module));
    pages.extend(others);
    pages
}

/// Module names a page cannot take: Rust's keywords, and the root crate's
/// own `site` module.
const RESERVED: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "site", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// The generated file of Playground links a README reader uses.
pub const PLAYGROUND_FILE: &str = "PLAYGROUND.md";

/// Everything a link on the website can point to.
#[derive(Debug, Clone)]
pub struct Site {
    /// The lessons, in order.
    pub lessons: Vec<Lesson>,
    /// The names of the gallery cases.
    pub cases: Vec<String>,
    /// The markdown pages.
    pub pages: Vec<Page>,
}

impl Site {
    /// Reads what the website is made of from the repository at `root`.
    pub fn read(root: &Path) -> Self {
        Site {
            lessons: lessons(root),
            cases: cases(root).into_iter().map(|case| case.name).collect(),
            pages: pages(root),
        }
    }

    /// Where a link written in a repository markdown file points on the
    /// website, for a page `depth` folders below the front page (0: the front
    /// page `iterate_and_mutate/index.html`; 1: a page such as
    /// `iterate_and_mutate/students/index.html`), written in a file of the
    /// repository folder `base` (`""` for the root, `"exercises"` for
    /// `exercises/README.md`). `None`: the file is not on the website, so the
    /// link becomes plain text.
    pub fn link(&self, target: &str, depth: usize, base: &str) -> Option<String> {
        if target.contains("://") || target.starts_with("mailto:") {
            return Some(target.to_owned());
        }
        let (path, fragment) = match target.split_once('#') {
            Some((path, fragment)) => (path, Some(fragment)),
            None => (target, None),
        };
        let joined = if path.is_empty() {
            String::new()
        } else {
            normalize(base, path)?
        };
        let path = joined.as_str();
        let front = "../".repeat(depth);
        let with_fragment = |page: String| match fragment {
            Some(fragment) if !fragment.is_empty() => format!("{page}#{fragment}"),
            _ => page,
        };
        if path.is_empty() {
            // An anchor on the same page.
            return fragment.map(|fragment| format!("#{fragment}"));
        }
        if path == "README.md" {
            return Some(with_fragment(format!("{front}index.html")));
        }
        let readme_of_folder = format!("{path}/README.md");
        if let Some(page) = self
            .pages
            .iter()
            .find(|page| page.file == path || page.file == readme_of_folder)
        {
            return Some(with_fragment(format!("{front}{}/index.html", page.module)));
        }
        if path.starts_with("exercises/exercises/")
            && path.ends_with(".rs")
            && self.pages.iter().any(|page| page.module == "playground")
        {
            // An exercise stub: the Playground page runs it.
            return Some(format!("{front}playground/index.html#the-exercises"));
        }
        if let Some(rest) = path.strip_prefix("lessons/lesson-") {
            let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
            let lesson = self.lessons.iter().find(|lesson| lesson.number == number)?;
            return Some(format!("{front}../{}/index.html", lesson.crate_name()));
        }
        if let Some(file) = path.strip_prefix("compile_fail/") {
            let name = file
                .strip_suffix(".rs")
                .or_else(|| file.strip_suffix(".stderr"))?;
            return self
                .cases
                .iter()
                .any(|case| case == name)
                .then(|| format!("{front}index.html#{name}"));
        }
        None
    }
}

/// `path` (relative, `/`-separated) seen from the repository folder `base`,
/// as a path from the repository root: `normalize("exercises", "../README.md")`
/// is `README.md`. `None` when it climbs out of the repository.
pub fn normalize(base: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = base.split('/').filter(|part| !part.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

/// The entries of a folder (empty if it cannot be read), sorted.
pub fn list_dir(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .collect()
        })
        .unwrap_or_default();
    entries.sort();
    entries
}

/// The last component of `path`, as a `String`.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The compiler the gallery's `.stderr` files were written by: the
/// `channel` of `rust-toolchain.toml` (e.g. `1.95.0`).
pub fn pinned_toolchain(root: &Path) -> Option<String> {
    let toml = fs::read_to_string(root.join("rust-toolchain.toml")).ok()?;
    toml.lines().find_map(|line| {
        let value = line.trim().strip_prefix("channel")?.trim_start();
        let value = value.strip_prefix('=')?.trim();
        Some(value.trim_matches('"').to_owned())
    })
}
