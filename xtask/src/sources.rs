//! The source check in `cargo xtask test` (issue #9): no HTML or code made from strings in the app. Leptos
//! escapes text by default; `inner_html`, `innerHTML`, `outerHTML`, `insertAdjacentHTML`, `eval`,
//! `new Function` and `document.write` bypass that (and most are blocked by the strict CSP anyway). A use that
//! is really needed goes in `xtask/source-allow.txt` as `path: pattern — reason`.

use crate::cmd::root;
use std::path::{Path, PathBuf};

/// What is not allowed, as written in Rust or JavaScript.
const FORBIDDEN: [&str; 8] = [
    "inner_html",
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "eval(",
    "new Function(",
    "document.write",
    "set_outer_html",
];

/// Where the app's own code and markup live (what ships to the browser).
const ROOTS: [&str; 3] = ["src", "public", "index.html"];

/// One use of a forbidden pattern.
#[derive(Debug, PartialEq)]
pub struct Finding {
    pub path: String,
    pub line: usize,
    pub pattern: &'static str,
}

/// The findings in one file's text, minus what the allow-list lets through for that path.
pub fn scan(path: &str, text: &str, allowed: &[(String, String)]) -> Vec<Finding> {
    let mut found = Vec::new();
    for (i, line) in text.lines().enumerate() {
        for pattern in FORBIDDEN {
            let ok = allowed.iter().any(|(p, what)| p == path && what == pattern);
            if used(line, pattern) && !ok {
                found.push(Finding { path: path.to_owned(), line: i + 1, pattern });
            }
        }
    }
    found
}

/// Whether `pattern` occurs in `line` as a name of its own (`eval(` but not `retrieval(`).
fn used(line: &str, pattern: &str) -> bool {
    line.match_indices(pattern).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        !before.is_some_and(|c| c.is_alphanumeric() || (c == '_' && !pattern.starts_with("inner")))
    })
}

/// Reads `path: pattern — reason` lines (blank lines and `#` comments skipped). A line without a reason is an
/// error: an exception nobody can explain is not one.
pub fn allow_list(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (path, rest) = line.split_once(':').ok_or_else(|| format!("source-allow.txt: no path in {line:?}"))?;
        let (pattern, reason) =
            rest.split_once('—').ok_or_else(|| format!("source-allow.txt: no reason (— …) in {line:?}"))?;
        if reason.trim().is_empty() {
            return Err(format!("source-allow.txt: empty reason in {line:?}"));
        }
        out.push((path.trim().to_owned(), pattern.trim().to_owned()));
    }
    Ok(out)
}

fn files(at: &Path, out: &mut Vec<PathBuf>) {
    if at.is_file() {
        out.push(at.to_owned());
        return;
    }
    let Ok(entries) = std::fs::read_dir(at) else { return };
    for e in entries.flatten() {
        let p = e.path();
        let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("");
        if p.is_dir() {
            files(&p, out);
        } else if ["rs", "js", "html"].contains(&ext) {
            out.push(p);
        }
    }
}

/// Runs the check over the app's sources.
pub fn check() -> Result<(), String> {
    println!("\n==> source check (no inner_html, innerHTML, eval, document.write …)");
    let root = root();
    let allowed = allow_list(&std::fs::read_to_string(root.join("xtask/source-allow.txt")).unwrap_or_default())?;
    let mut paths = Vec::new();
    for r in ROOTS {
        files(&root.join(r), &mut paths);
    }
    let mut found = Vec::new();
    for p in &paths {
        let rel = p.strip_prefix(&root).unwrap_or(p).display().to_string();
        found.extend(scan(&rel, &std::fs::read_to_string(p).unwrap_or_default(), &allowed));
    }
    if found.is_empty() {
        println!("    source check: ok ({} files)", paths.len());
        return Ok(());
    }
    let list: Vec<String> = found.iter().map(|f| format!("  {}:{}: {}", f.path, f.line, f.pattern)).collect();
    Err(format!(
        "source check: HTML or code from strings (allow-list with a reason in xtask/source-allow.txt if truly \
         needed):\n{}",
        list.join("\n")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_forbidden_use_is_found_with_its_line() {
        let text = "let a = 1;\nel.set_inner_html(&s);\nwindow.eval(x)\n";
        let found = scan("src/x.rs", text, &[]);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].line, found[0].pattern), (2, "inner_html"));
        assert_eq!((found[1].line, found[1].pattern), (3, "eval("));
        assert!(scan("public/a.js", "document.write('<p>')", &[]).iter().any(|f| f.pattern == "document.write"));
        // Another name that merely ends the same way is not a use.
        assert!(scan("src/x.rs", "retrieval(x); medieval(y)", &[]).is_empty());
    }

    #[test]
    fn the_allow_list_lets_through_only_the_named_pattern_in_the_named_file() {
        let allowed = allow_list("# why\nsrc/x.rs: inner_html — static SVG from our own data\n").unwrap();
        assert!(scan("src/x.rs", "el.set_inner_html(&s);", &allowed).is_empty());
        assert_eq!(scan("src/y.rs", "el.set_inner_html(&s);", &allowed).len(), 1);
        assert_eq!(scan("src/x.rs", "eval(x)", &allowed).len(), 1);
    }

    #[test]
    fn an_exception_without_a_reason_is_refused() {
        assert!(allow_list("src/x.rs: inner_html").is_err());
        assert!(allow_list("src/x.rs: inner_html —  ").is_err());
    }
}
