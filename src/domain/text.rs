//! Small text helpers: page titles, filling numbers into messages, initials.

/// Where a long word in a heading may break on a phone ("Tilgængeligheds-erklæring"); never part of a tab title.
pub const SOFT_HYPHEN: char = '\u{ad}';

/// The browser tab's title for a page: "Min plan – Fleksvej".
pub fn page_title(page: &str, app: &str) -> String {
    let page = page.replace(SOFT_HYPHEN, "");
    if page.is_empty() || page == app { app.to_owned() } else { format!("{page} – {app}") }
}

/// Puts `n` into a message where it says `{n}`.
pub fn fill(template: &str, n: Option<i64>) -> String {
    match n {
        Some(n) => template.replace("{n}", &n.to_string()),
        None => template.replace(" {n}", "").replace("{n}", ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_titles_name_the_page_then_the_app() {
        assert_eq!(page_title("Min plan", "Fleksvej"), "Min plan – Fleksvej");
        assert_eq!(page_title("Fleksvej", "Fleksvej"), "Fleksvej");
        // A heading's soft hyphen is a place to break a line, which a tab title does not have.
        let title = page_title("Tilgængeligheds\u{ad}erklæring", "Fleksvej");
        assert_eq!(title, "Tilgængelighedserklæring – Fleksvej");
    }

    #[test]
    fn numbers_are_filled_into_messages() {
        assert_eq!(fill("højst {n} tegn", Some(200)), "højst 200 tegn");
        assert_eq!(fill("højst {n} tegn", None), "højst tegn");
    }
}
