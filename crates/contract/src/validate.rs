//! Validation shared by the SPA (to show errors before sending) and the backend (which never trusts the SPA).
//!
//! `validate` first normalises text in place (Unicode NFC, trimmed), then checks it, so both sides store and
//! compare the same text.

use crate::common::{IsoWeek, Period, YearMonth};
use crate::problem::{FieldError, FieldErrorCode};

/// `s` in Unicode NFC. Natively with unicode-normalization's tables.
#[cfg(not(target_arch = "wasm32"))]
pub fn nfc(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfc().collect()
}

/// `s` in Unicode NFC. In the browser with its own tables (`String.prototype.normalize`): the same result for
/// every assigned character (Unicode's normalization stability), and the wasm does not carry a second copy.
#[cfg(target_arch = "wasm32")]
pub fn nfc(s: &str) -> String {
    js_sys::JsString::from(s).normalize("NFC").into()
}

/// Short single-line texts: titles, names.
pub const SHORT: usize = 200;
/// Free texts: descriptions, notes.
pub const LONG: usize = 4000;
/// Items in one list (tasks, CV entries).
pub const MANY: usize = 100;

/// A request body that can be normalised and checked.
pub trait Validate {
    /// Normalises text in place and returns every problem found, or `Ok` when there is none.
    fn validate(&mut self) -> Result<(), Vec<FieldError>> {
        let mut c = Checker::default();
        self.check(&mut c, "");
        c.finish()
    }

    /// Checks `self`, reporting fields under `prefix` (empty at the top, else ending in a dot).
    fn check(&mut self, c: &mut Checker, prefix: &str);
}

/// Collects field errors while walking a body.
#[derive(Debug, Default)]
pub struct Checker {
    errors: Vec<FieldError>,
}

/// Joins a prefix and a field name into a dotted path.
pub fn path(prefix: &str, field: &str) -> String {
    format!("{prefix}{field}")
}

impl Checker {
    /// Returns the collected errors.
    pub fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.errors.is_empty() { Ok(()) } else { Err(self.errors) }
    }

    /// Records an error.
    pub fn push(&mut self, field: String, code: FieldErrorCode, limit: Option<i64>) {
        self.errors.push(FieldError { field, code, limit });
    }

    /// Normalises `s` and checks its length and characters. Multi-line texts may hold newlines and tabs.
    pub fn text(&mut self, field: String, s: &mut String, max: usize, multiline: bool) {
        let normalised: String = nfc(s).trim().to_owned();
        *s = if multiline { normalised.replace("\r\n", "\n") } else { normalised };
        let bad = s.chars().any(|ch| ch.is_control() && !(multiline && (ch == '\n' || ch == '\t')));
        if bad {
            self.push(field, FieldErrorCode::ControlCharacters, None);
        } else if s.chars().count() > max {
            self.push(field, FieldErrorCode::TooLong, Some(max as i64));
        }
    }

    /// Like [`Checker::text`] for a single line, and it must not be empty.
    pub fn required(&mut self, field: String, s: &mut String, max: usize) {
        self.text(field.clone(), s, max, false);
        if s.is_empty() {
            self.push(field, FieldErrorCode::Required, None);
        }
    }

    /// An optional single-line text.
    pub fn line(&mut self, field: String, s: &mut String) {
        self.text(field, s, SHORT, false);
    }

    /// An optional multi-line text.
    pub fn free(&mut self, field: String, s: &mut String) {
        self.text(field, s, LONG, true);
    }

    /// A list of short texts: empty entries are dropped, each entry and the count are checked.
    pub fn lines(&mut self, field: &str, list: &mut Vec<String>) {
        for s in list.iter_mut() {
            *s = nfc(s).trim().to_owned();
        }
        list.retain(|s| !s.is_empty());
        if list.len() > MANY {
            self.push(field.to_owned(), FieldErrorCode::TooMany, Some(MANY as i64));
        }
        for (i, s) in list.iter_mut().enumerate() {
            self.text(format!("{field}.{i}"), s, SHORT, false);
        }
    }

    /// The number of items in a list.
    pub fn count<T>(&mut self, field: &str, list: &[T], max: usize) {
        if list.len() > max {
            self.push(field.to_owned(), FieldErrorCode::TooMany, Some(max as i64));
        }
    }

    /// A number within `min..=max`.
    pub fn range(&mut self, field: String, value: f64, min: f64, max: f64) {
        if !value.is_finite() || value < min {
            self.push(field, FieldErrorCode::TooSmall, Some(min as i64));
        } else if value > max {
            self.push(field, FieldErrorCode::TooLarge, Some(max as i64));
        }
    }

    /// A link: only https, http, mailto and tel are allowed (never `javascript:`).
    pub fn url(&mut self, field: String, s: &mut String) {
        self.text(field.clone(), s, SHORT, false);
        if !s.is_empty() && !is_safe_url(s) {
            self.push(field, FieldErrorCode::InvalidUrl, None);
        }
    }

    /// A month between 1900 and 2100.
    pub fn month(&mut self, field: String, ym: &YearMonth) -> bool {
        let ok = (1900..=2100).contains(&ym.year) && (1..=12).contains(&ym.month);
        if !ok {
            self.push(field, FieldErrorCode::InvalidDate, None);
        }
        ok
    }

    /// A period whose end is not before its start.
    pub fn period(&mut self, prefix: &str, p: &Period) {
        let from_ok = self.month(format!("{prefix}from"), &p.from);
        if let Some(to) = &p.to
            && self.month(format!("{prefix}to"), to)
            && from_ok
            && *to < p.from
        {
            self.push(format!("{prefix}to"), FieldErrorCode::EndBeforeStart, None);
        }
    }

    /// An ISO week that exists.
    pub fn week(&mut self, field: String, w: &IsoWeek) {
        if !(2000..=2100).contains(&w.year) || w.monday().is_none() {
            self.push(field, FieldErrorCode::InvalidDate, None);
        }
    }

    /// A date within a sensible range.
    pub fn date(&mut self, field: String, d: &time::Date) {
        if !(2000..=2100).contains(&d.year()) {
            self.push(field, FieldErrorCode::InvalidDate, None);
        }
    }

    /// Ids in a list must be unique.
    pub fn unique_ids<'a>(&mut self, field: &str, ids: impl Iterator<Item = &'a uuid::Uuid>) {
        let mut seen = std::collections::HashSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(*id) {
                self.push(format!("{field}.{i}.id"), FieldErrorCode::Duplicate, None);
            }
        }
    }
}

/// True when `s` is a link with an allowed scheme and something after it.
pub fn is_safe_url(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let rest = ["https://", "http://", "mailto:", "tel:"].iter().find_map(|scheme| lower.strip_prefix(scheme));
    matches!(rest, Some(r) if !r.is_empty() && !r.chars().any(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_composes_reorders_and_keeps_compatibility_characters() {
        // The same cases as the browser test in tests/web.rs, where `nfc` uses the browser's tables.
        assert_eq!(nfc("Sk\u{61}\u{30a}ne"), "Skåne");
        assert_eq!(nfc("\u{212b}"), "\u{c5}");
        assert_eq!(nfc("e\u{301}\u{323}"), "\u{1eb9}\u{301}");
        assert_eq!(nfc("ﬁ"), "ﬁ");
    }

    #[test]
    fn text_is_normalised_to_nfc_and_trimmed() {
        let mut c = Checker::default();
        let mut s = String::from("  Sore\u{0301}n  ");
        c.text("name".into(), &mut s, SHORT, false);
        assert_eq!(s, "Sorén");
        assert!(c.finish().is_ok());
    }

    #[test]
    fn control_characters_are_refused_but_newlines_in_free_text_are_kept() {
        let mut c = Checker::default();
        let mut bad = String::from("a\u{0007}b");
        c.text("t".into(), &mut bad, SHORT, true);
        let mut ok = String::from("linje 1\r\nlinje 2");
        c.text("u".into(), &mut ok, SHORT, true);
        let errors = c.finish().unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].code, FieldErrorCode::ControlCharacters);
        assert_eq!(ok, "linje 1\nlinje 2");
    }

    #[test]
    fn too_long_text_reports_the_limit() {
        let mut c = Checker::default();
        let mut s = "æ".repeat(SHORT + 1);
        c.line("title".into(), &mut s);
        assert_eq!(c.finish().unwrap_err()[0].limit, Some(SHORT as i64));
    }

    #[test]
    fn only_safe_url_schemes_are_allowed() {
        assert!(is_safe_url("https://jobnet.dk"));
        assert!(is_safe_url("mailto:lars@viborg.dk"));
        assert!(is_safe_url("tel:+4587871234"));
        assert!(!is_safe_url("javascript:alert(1)"));
        assert!(!is_safe_url("JAVASCRIPT://x"));
        assert!(!is_safe_url("https://"));
        assert!(!is_safe_url("data:text/html,hej"));
    }

    #[test]
    fn a_period_may_not_end_before_it_starts() {
        let mut c = Checker::default();
        let p = Period { from: YearMonth { year: 2020, month: 5 }, to: Some(YearMonth { year: 2020, month: 4 }) };
        c.period("work.0.period.", &p);
        let e = c.finish().unwrap_err();
        assert_eq!(e[0].field, "work.0.period.to");
        assert_eq!(e[0].code, FieldErrorCode::EndBeforeStart);
    }

    #[test]
    fn empty_lines_are_dropped_from_lists() {
        let mut c = Checker::default();
        let mut v = vec!["opvask".to_owned(), "  ".to_owned(), " salatbar ".to_owned()];
        c.lines("tasks", &mut v);
        assert_eq!(v, ["opvask", "salatbar"]);
    }
}
