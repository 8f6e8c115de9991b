//! Markdown helpers for the course's website.
//!
//! `build.rs` compiles this file too (with `#[path]`) to make the website
//! from `README.md` and the repository's files. Standard library only, so the
//! root package's build stays light.
#![allow(
    clippy::arithmetic_side_effects,
    reason = "index arithmetic within a text held in memory cannot overflow a usize"
)]

/// The closing marker of the README section `name`. A section the website
/// takes opens with `<!-- site:NAME -->` on a line of its own and ends with
/// `<!-- /site:NAME -->`.
pub fn close_marker(name: &str) -> String {
    format!("<!-- /site:{name} -->")
}

/// One marked section of a README: its name and the text between its markers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The `NAME` of `<!-- site:NAME -->`.
    pub name: String,
    /// The lines between the two markers, each ending with `\n`.
    pub text: String,
}

/// Every marked section of `readme`, in the order they appear.
///
/// # Errors
/// A marker that is not closed, closed twice, nested in another section, or
/// a name used twice: the message says which and on which line.
pub fn sections(readme: &str) -> Result<Vec<Section>, String> {
    let mut found: Vec<Section> = Vec::new();
    let mut open: Option<(String, usize, String)> = None;
    for (index, line) in readme.lines().enumerate() {
        let number = index + 1;
        let trimmed = line.trim();
        if let Some(name) = marker_name(trimmed, "<!-- site:") {
            if let Some((outer, start, _)) = &open {
                return Err(format!(
                    "README.md:{number}: `{trimmed}` opens inside section `{outer}` (opened on line {start})"
                ));
            }
            if found.iter().any(|section| section.name == name) {
                return Err(format!(
                    "README.md:{number}: section `{name}` is marked twice"
                ));
            }
            open = Some((name.to_owned(), number, String::new()));
        } else if let Some(name) = marker_name(trimmed, "<!-- /site:") {
            match open.take() {
                Some((outer, _, text)) if outer == name => {
                    found.push(Section { name: outer, text })
                }
                Some((outer, start, _)) => {
                    return Err(format!(
                        "README.md:{number}: `{trimmed}` closes `{name}`, but `{outer}` is open (line {start})"
                    ));
                }
                None => {
                    return Err(format!(
                        "README.md:{number}: `{trimmed}` closes a section that was never opened"
                    ));
                }
            }
        } else if let Some((_, _, text)) = &mut open {
            text.push_str(line);
            text.push('\n');
        }
    }
    if let Some((name, start, _)) = open {
        return Err(format!(
            "README.md:{start}: section `{name}` is never closed (`{}`)",
            close_marker(&name)
        ));
    }
    Ok(found)
}

/// `NAME` from a whole-line marker `<prefix>NAME -->`, if `line` is one.
fn marker_name<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let name = line.strip_prefix(prefix)?.strip_suffix("-->")?.trim();
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then_some(name)
}

/// The first level-one heading (`# Title`) of a markdown file, without the `# `.
pub fn title(markdown: &str) -> Option<&str> {
    markdown
        .lines()
        .find_map(|line| line.strip_prefix("# "))
        .map(str::trim)
}

/// Rewrites the target of every link and image in `markdown`.
///
/// `resolve` gets each target as written (`lessons/lesson-01/src/lib.rs`,
/// `#where-the-article-is-wrong`, `https://...`) and returns the new target,
/// or `None` to drop the link and keep its text (an image is replaced by its
/// alt text). Code (fenced blocks, indented four spaces or more after a blank
/// line is not treated specially: the course does not use them) and inline
/// code spans are left as they are, and so are HTML comments.
pub fn rewrite_links(markdown: &str, resolve: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut fence: Option<String> = None;
    let mut paragraph = String::new();
    for line in markdown.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(open) = &fence {
            out.push_str(line);
            if trimmed.trim_end() == open.as_str() {
                fence = None;
            }
            continue;
        }
        if let Some(opening) = fence_opening(trimmed) {
            out.push_str(&rewrite_inline(&paragraph, resolve));
            paragraph.clear();
            out.push_str(line);
            fence = Some(opening);
            continue;
        }
        if let Some(rewritten) = rewrite_definition(line, resolve) {
            paragraph.push_str(&rewritten);
            continue;
        }
        paragraph.push_str(line);
        if trimmed.trim_end().is_empty() {
            out.push_str(&rewrite_inline(&paragraph, resolve));
            paragraph.clear();
        }
    }
    out.push_str(&rewrite_inline(&paragraph, resolve));
    out
}

/// A link reference definition, `[label]: target`, with its target
/// rewritten (`None` from `resolve` removes the line); `None` when `line` is
/// not a definition.
fn rewrite_definition(line: &str, resolve: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = line.get(indent..)?.strip_prefix('[')?;
    if indent > 3 || rest.starts_with('^') {
        return None;
    }
    let (label, after) = rest.split_once("]:")?;
    let target = after.split_whitespace().next()?;
    let trailing = &after[after.find(target)? + target.len()..];
    Some(match resolve(target) {
        Some(new) => format!("{}[{label}]: {new}{trailing}", &line[..indent]),
        None => String::new(),
    })
}

/// The fence that closes a code block opened by `line` (```` ``` ```` or `~~~`,
/// as many as opened it), if `line` opens one.
fn fence_opening(line: &str) -> Option<String> {
    let marker = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let count = line.chars().take_while(|c| *c == marker).count();
    (count >= 3).then(|| marker.to_string().repeat(count))
}

/// Rewrites the links of one block of text that holds no fenced code.
fn rewrite_inline(text: &str, resolve: &dyn Fn(&str) -> Option<String>) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        // An HTML comment: copied as it is.
        if starts_with(&chars, i, "<!--") {
            let end = find(&chars, i + 4, "-->").map_or(chars.len(), |end| end + 3);
            out.extend(&chars[i..end]);
            i = end;
            continue;
        }
        match chars[i] {
            '`' => {
                let end = code_span_end(&chars, i);
                out.extend(&chars[i..end]);
                i = end;
            }
            '\\' if i + 1 < chars.len() => {
                out.extend(&chars[i..i + 2]);
                i += 2;
            }
            '[' => {
                let image = i > 0 && chars[i - 1] == '!';
                match link_at(&chars, i) {
                    Some((label_end, target_start, target_end)) => {
                        let label: String = chars[i + 1..label_end].iter().collect();
                        let written: String = chars[target_start..target_end].iter().collect();
                        let label = rewrite_inline(&label, resolve);
                        match resolve(written.trim()) {
                            Some(target) => {
                                out.push('[');
                                out.push_str(&label);
                                out.push_str("](");
                                out.push_str(&target);
                                out.push(')');
                            }
                            None if image => {
                                out.pop(); // the `!`
                                out.push_str(&label);
                            }
                            None => out.push_str(&label),
                        }
                        i = target_end + 1;
                    }
                    None => {
                        out.push('[');
                        i += 1;
                    }
                }
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Whether `chars[at..]` starts with `pattern`.
fn starts_with(chars: &[char], at: usize, pattern: &str) -> bool {
    let mut rest = chars.get(at..).unwrap_or_default().iter();
    pattern
        .chars()
        .all(|expected| rest.next() == Some(&expected))
}

/// The index of the next `pattern` at or after `from`.
fn find(chars: &[char], from: usize, pattern: &str) -> Option<usize> {
    (from..chars.len()).find(|&at| starts_with(chars, at, pattern))
}

/// The index just past the inline code span that starts at `start` (a run of
/// backticks closed by a run of the same length), or just past the opening
/// run when it is never closed (then it is literal text).
fn code_span_end(chars: &[char], start: usize) -> usize {
    let run = chars[start..].iter().take_while(|c| **c == '`').count();
    let mut i = start + run;
    while i < chars.len() {
        if chars[i] == '`' {
            let close = chars[i..].iter().take_while(|c| **c == '`').count();
            if close == run {
                return i + close;
            }
            i += close;
        } else {
            i += 1;
        }
    }
    start + run
}

/// For a `[` at `open`, the link `[label](target)` that starts there:
/// the index of the closing `]`, and the range of the target inside `(...)`.
fn link_at(chars: &[char], open: usize) -> Option<(usize, usize, usize)> {
    let mut depth = 0_usize;
    let mut i = open;
    let label_end = loop {
        match chars.get(i)? {
            '`' => {
                i = code_span_end(chars, i);
                continue;
            }
            '\\' => i += 1,
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    break i;
                }
            }
            // A blank line cannot fall inside a label: `rewrite_links`
            // hands over one paragraph at a time.
            _ => {}
        }
        i += 1;
    };
    if chars.get(label_end + 1) != Some(&'(') {
        return None;
    }
    let target_start = label_end + 2;
    let mut parens = 1_usize;
    let mut j = target_start;
    loop {
        match chars.get(j)? {
            '(' => parens += 1,
            ')' => {
                parens -= 1;
                if parens == 0 {
                    return Some((label_end, target_start, j));
                }
            }
            '\n' | ' ' => return None,
            _ => {}
        }
        j += 1;
    }
}

/// Makes every code block that has no language a `text` block.
///
/// On GitHub a fenced block without a language, or a block indented by four
/// spaces, is plain text; rustdoc would compile it as a Rust doctest. The
/// README's commands and layouts must not become doctests, so a bare fence
/// gets the language `text`, and an indented block (one that follows a blank
/// line after a paragraph, not inside a list) becomes a fenced `text` block.
pub fn fence_code_as_text(markdown: &str) -> String {
    let lines: Vec<&str> = markdown.split_inclusive('\n').collect();
    let mut out = String::with_capacity(markdown.len());
    let mut fence: Option<String> = None;
    // The last line that was not blank, outside fenced code.
    let mut previous = "";
    let mut blank_before = true;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start();
        i += 1;
        if let Some(open) = &fence {
            if trimmed.trim_end() == open.as_str() {
                fence = None;
            }
            out.push_str(line);
            continue;
        }
        if let Some(opening) = fence_opening(trimmed) {
            if trimmed[opening.len()..].trim().is_empty() {
                let indent = &line[..line.len() - trimmed.len()];
                out.push_str(indent);
                out.push_str(&opening);
                out.push_str("text\n");
            } else {
                out.push_str(line);
            }
            fence = Some(opening);
            previous = "```";
            blank_before = false;
            continue;
        }
        if line.trim().is_empty() {
            out.push_str(line);
            blank_before = true;
            continue;
        }
        let in_list = is_list_item(previous) || previous.starts_with(' ');
        if blank_before && line.starts_with("    ") && !in_list {
            // An indented code block: it runs to the next line that is
            // neither blank nor indented; trailing blank lines stay outside.
            let mut end = i - 1;
            let mut last_code = end;
            while end < lines.len()
                && (lines[end].starts_with("    ") || lines[end].trim().is_empty())
            {
                if !lines[end].trim().is_empty() {
                    last_code = end;
                }
                end += 1;
            }
            out.push_str("```text\n");
            for code in &lines[i - 1..=last_code] {
                let code = code
                    .strip_prefix("    ")
                    .unwrap_or(code.trim_start_matches(' '));
                out.push_str(code);
                if !code.ends_with('\n') {
                    out.push('\n');
                }
            }
            out.push_str("```\n");
            i = last_code + 1;
            previous = "```";
            blank_before = false;
            continue;
        }
        out.push_str(line);
        previous = line;
        blank_before = false;
    }
    out
}

/// Whether `line` starts a list item (`- `, `* `, `+ `, `1. `).
fn is_list_item(line: &str) -> bool {
    let line = line.trim_start();
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ") {
        return true;
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "))
}

/// HTML elements a README may use on purpose; any other `<word>` outside
/// code is text.
const HTML_TAGS: &[&str] = &[
    "a", "b", "br", "code", "dd", "del", "details", "div", "dl", "dt", "em", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "ol", "p", "picture", "pre", "s", "samp",
    "source", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "th", "thead",
    "tr", "tt", "u", "ul", "var",
];

/// Writes `<` as `&lt;` where it starts no HTML element, comment or autolink
/// (outside code), so that a placeholder such as `<file>` in prose shows as
/// text: GitHub drops an unknown element silently, and rustdoc reports it as
/// an unclosed HTML tag.
pub fn escape_stray_tags(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut fence: Option<String> = None;
    for line in markdown.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(open) = &fence {
            if trimmed.trim_end() == open.as_str() {
                fence = None;
            }
            out.push_str(line);
            continue;
        }
        if let Some(opening) = fence_opening(trimmed) {
            fence = Some(opening);
            out.push_str(line);
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '`' => {
                    let end = code_span_end(&chars, i);
                    out.extend(&chars[i..end]);
                    i = end;
                }
                '<' if is_stray_tag(&chars[i + 1..]) => {
                    out.push_str("&lt;");
                    i += 1;
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
    }
    out
}

/// Whether the text after a `<` starts no known element (`a`, `/a`), comment
/// (`!--`) or autolink (`https:...`).
fn is_stray_tag(after: &[char]) -> bool {
    let name: String = after
        .iter()
        .skip_while(|c| **c == '/')
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '-')
        .collect();
    if name.is_empty() {
        return false; // `<!--`, `< 3`, `<=`: not an element
    }
    let next = after.iter().skip_while(|c| **c == '/').nth(name.len());
    if next == Some(&':') {
        return false; // an autolink, `<https://...>`
    }
    !HTML_TAGS.contains(&name.to_ascii_lowercase().as_str())
}

/// The rows of the first pipe table in `markdown` (header first, the
/// `|---|` line left out), each cell trimmed. `\|` inside a cell stays `\|`.
pub fn table_rows(markdown: &str) -> Vec<Vec<String>> {
    markdown
        .lines()
        .map(str::trim)
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .filter(|line| !line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')))
        .map(split_row)
        .collect()
}

/// The cells of one table line `| a | b |`.
pub fn split_row(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|');
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push_str("\\|");
                chars.next();
            }
            '|' => cells.push(std::mem::take(&mut cell).trim().to_owned()),
            _ => cell.push(c),
        }
    }
    cells.push(cell.trim().to_owned());
    cells
}
