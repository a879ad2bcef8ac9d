//! The app's paths in one place, and where the borger may be sent back to after login.

/// The forside (dashboard).
pub const HOME: &str = "/";
/// Mit CV.
pub const CV: &str = "/mit-cv";
/// Mine jobmål.
pub const JOB_GOALS: &str = "/mine-jobmaal";
/// The talking script (Øv din fremlæggelse).
pub const SCRIPT: &str = "/mine-jobmaal/oev/talepapir";
/// The ABC canvas.
pub const CANVAS: &str = "/mine-jobmaal/abc";
/// Min plan.
pub const PLAN: &str = "/min-plan";
/// Min udvikling.
pub const PROGRESSION: &str = "/min-udvikling";
/// Log ind.
pub const LOGIN: &str = "/log-ind";
/// Logget af.
pub const LOGGED_OUT: &str = "/logget-af";
/// Tilgængelighedserklæring.
pub const ACCESSIBILITY: &str = "/tilgaengelighed";
/// Privatliv og cookies.
pub const PRIVACY: &str = "/privatliv";

/// The path of one section of Mit CV, in Danish like the rest of the app's addresses.
pub fn cv_section(s: contract::cv::CvSection) -> String {
    format!("{CV}/{}", cv_section_slug(s))
}

/// The Danish address part of a CV section.
pub fn cv_section_slug(s: contract::cv::CvSection) -> &'static str {
    use contract::cv::CvSection as S;
    match s {
        S::Profile => "faglig-profil",
        S::Seeking => "jeg-soeger",
        S::Work => "erhvervserfaring",
        S::Gaps => "perioder-uden-arbejde",
        S::Education => "uddannelse",
        S::Courses => "kurser",
        S::Internships => "praktik-og-smaajob",
        S::Volunteering => "frivilligt-arbejde",
        S::Leisure => "fritid",
        S::Languages => "sprog",
        S::Licences => "koerekort-og-certifikater",
        S::Competences => "kompetencer",
        S::Qualities => "personlige-egenskaber",
        S::WorksForMe => "det-fungerer-for-mig",
    }
}

/// The CV section at Danish address part `slug`.
pub fn cv_section_from_slug(slug: &str) -> Option<contract::cv::CvSection> {
    contract::cv::CvSection::ALL.into_iter().find(|s| cv_section_slug(*s) == slug)
}

/// The query parameter that carries the page to return to after login.
pub const RETURN_PARAM: &str = "tilbage";

/// Where to go after login: `next` if it is a path inside the app, else the forside.
/// Refuses other sites (`//evil.example`, `https://…`) and the login and logout pages themselves.
pub fn safe_return_path(next: Option<&str>) -> String {
    let Some(next) = next else {
        return HOME.to_owned();
    };
    let inside = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    let harmless = !next.chars().any(|c| c.is_control());
    let path = next.split(['?', '#']).next().unwrap_or("");
    let loops = path == LOGIN || path == LOGGED_OUT;
    if inside && harmless && !loops { next.to_owned() } else { HOME.to_owned() }
}

/// The login path that brings the borger back to `current` afterwards.
pub fn login_path_for(current: &str) -> String {
    let back = safe_return_path(Some(current));
    if back == HOME { LOGIN.to_owned() } else { format!("{LOGIN}?{RETURN_PARAM}={}", encode_component(&back)) }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters and `/` pass through).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The pages of an area by their address below it: `("maalrettet/:id/udskriv", page)`, where `:id` takes one
/// part of the address. The router matches only the area (`/mit-cv/*rest`, src/app.rs); the area's module
/// matches the rest with its own table, so the main module holds one route per area.
pub type PageTable<V> = [(&'static str, V)];

/// The first page in `table` whose pattern fits `rest` (the address below the area, without its leading `/`;
/// one trailing `/` is allowed), with the values its `:name` parts took. `None`: no page there.
pub fn match_page<V: Copy>(table: &PageTable<V>, rest: &str) -> Option<(V, Vec<(&'static str, String)>)> {
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let parts: Vec<&str> = if rest.is_empty() { Vec::new() } else { rest.split('/').collect() };
    'table: for (pattern, page) in table {
        let wanted: Vec<&'static str> = if pattern.is_empty() { Vec::new() } else { pattern.split('/').collect() };
        if wanted.len() != parts.len() {
            continue;
        }
        let mut params = Vec::new();
        for (w, p) in wanted.iter().zip(&parts) {
            match w.strip_prefix(':') {
                Some(name) if !p.is_empty() => params.push((name, (*p).to_owned())),
                None if w == p => {}
                _ => continue 'table,
            }
        }
        return Some((*page, params));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cv_section_has_its_own_danish_address() {
        for s in contract::cv::CvSection::ALL {
            assert_eq!(cv_section_from_slug(cv_section_slug(s)), Some(s));
            assert!(cv_section_slug(s).bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
        }
        assert_eq!(cv_section(contract::cv::CvSection::Work), "/mit-cv/erhvervserfaring");
        assert_eq!(cv_section_from_slug("nope"), None);
    }

    #[test]
    fn return_path_stays_inside_the_app() {
        assert_eq!(safe_return_path(Some("/min-plan")), "/min-plan");
        assert_eq!(safe_return_path(Some("/min-plan?x=1")), "/min-plan?x=1");
        assert_eq!(safe_return_path(Some("//evil.example/x")), "/");
        assert_eq!(safe_return_path(Some("https://evil.example")), "/");
        assert_eq!(safe_return_path(Some("/\\evil.example")), "/");
        assert_eq!(safe_return_path(None), "/");
    }

    #[test]
    fn return_path_never_loops_back_to_login_or_logout() {
        assert_eq!(safe_return_path(Some("/log-ind")), "/");
        assert_eq!(safe_return_path(Some("/logget-af?x")), "/");
    }

    #[test]
    fn login_path_carries_the_page_to_return_to() {
        assert_eq!(login_path_for("/min-plan"), "/log-ind?tilbage=/min-plan");
        assert_eq!(login_path_for("/"), "/log-ind");
        assert_eq!(
            login_path_for("/mit-cv?sektion=sprog&x=æ"),
            "/log-ind?tilbage=/mit-cv%3Fsektion%3Dsprog%26x%3D%C3%A6"
        );
    }

    #[test]
    fn an_area_page_is_found_by_the_first_pattern_that_fits() {
        let table: &PageTable<u8> = &[
            ("", 0),
            ("udskriv", 1),
            ("maalrettet/ny", 2),
            ("maalrettet/:id", 3),
            ("maalrettet/:id/udskriv", 4),
            (":section", 5),
        ];
        assert_eq!(match_page(table, ""), Some((0, vec![])));
        assert_eq!(match_page(table, "udskriv"), Some((1, vec![])));
        assert_eq!(match_page(table, "udskriv/"), Some((1, vec![])));
        assert_eq!(match_page(table, "maalrettet/ny"), Some((2, vec![])));
        assert_eq!(match_page(table, "maalrettet/7f3a"), Some((3, vec![("id", "7f3a".to_owned())])));
        assert_eq!(match_page(table, "maalrettet/7f3a/udskriv"), Some((4, vec![("id", "7f3a".to_owned())])));
        assert_eq!(match_page(table, "sprog"), Some((5, vec![("section", "sprog".to_owned())])));
    }

    #[test]
    fn an_address_no_page_has_is_not_found() {
        let table: &PageTable<u8> = &[("", 0), ("aftale/:id", 1)];
        assert_eq!(match_page(table, "aftale"), None);
        assert_eq!(match_page(table, "aftale//"), None);
        assert_eq!(match_page(table, "aftale/1/2"), None);
        assert_eq!(match_page(table, "moede/1"), None);
    }
}
