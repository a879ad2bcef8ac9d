//! Serves the built SPA (with SPA fallback) and computes the CSP hashes of its inline scripts.

use crate::AppState;
use crate::auth::CurrentBorger;
use crate::error::ApiError;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

const NOT_BUILT: &str =
    "Fleksvej er ikke bygget endnu.\n\nKør `cargo xtask run` for at bygge appen og starte serveren.\n";

/// The CSP for the current `dist/index.html`, recomputed when the file changes: a `trunk build` while the
/// server runs gives the bootstrap script a new hash, and a stale CSP would block the new app.
#[derive(Debug)]
pub struct Csp {
    dist: std::path::PathBuf,
    cached: std::sync::RwLock<(Option<std::time::SystemTime>, HeaderValue)>,
}

impl Csp {
    /// Computes the CSP for `dist` now.
    pub fn new(dist: &Path) -> Self {
        let stamp = Self::stamp(dist);
        Self { dist: dist.to_owned(), cached: std::sync::RwLock::new((stamp, csp_header(dist))) }
    }

    fn stamp(dist: &Path) -> Option<std::time::SystemTime> {
        std::fs::metadata(dist.join("index.html")).and_then(|m| m.modified()).ok()
    }

    /// The header for the index.html on disk (one `stat` per call; recomputed only after a change).
    pub fn current(&self) -> HeaderValue {
        let stamp = Self::stamp(&self.dist);
        if let Ok(c) = self.cached.read()
            && c.0 == stamp
        {
            return c.1.clone();
        }
        let fresh = csp_header(&self.dist);
        if let Ok(mut c) = self.cached.write() {
            *c = (stamp, fresh.clone());
        }
        fresh
    }
}

/// The CSP of quality.md §3.2, with the hash of every inline script and style sheet in `dist/index.html`
/// (tools/inline-css.mjs puts the first screen's style sheets there; the frames have the same blocks).
pub fn csp_header(dist: &Path) -> HeaderValue {
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap_or_default();
    let quoted = |hashes: Vec<String>| -> String { hashes.iter().map(|h| format!(" '{h}'")).collect() };
    let hashes = quoted(inline_script_hashes(&html));
    let styles = quoted(inline_style_hashes(&html));
    let csp = format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'{styles}; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; media-src 'self' blob:; worker-src 'self'; manifest-src 'self'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'; report-to csp"
    );
    HeaderValue::from_str(&csp).unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
}

/// `sha256-<base64>` of the body of each `<script>` without a `src` attribute, in document order.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    inline_hashes(html, "script")
}

/// `sha256-<base64>` of the body of each `<style>` block, in document order.
pub fn inline_style_hashes(html: &str) -> Vec<String> {
    inline_hashes(html, "style")
}

fn inline_hashes(html: &str, tag: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let (open, end) = (format!("<{tag}"), format!("</{tag}"));
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = lower[at..].find(&open).map(|i| i + at) {
        let Some(tag_end) = lower[start..].find('>').map(|i| i + start) else { break };
        let Some(close) = lower[tag_end..].find(&end).map(|i| i + tag_end) else { break };
        let attrs = &lower[start + open.len()..tag_end];
        let has_src = attrs.split(|c: char| c.is_whitespace()).any(|a| a.starts_with("src="));
        // Only `<script>` or `<script ...>`, not e.g. `<scripts>` (the same for style).
        let is_tag = attrs.is_empty() || attrs.starts_with(char::is_whitespace);
        if is_tag && !has_src {
            let body = &html[tag_end + 1..close];
            let digest = Sha256::digest(body.as_bytes());
            out.push(format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(digest)));
        }
        at = close + end.len();
    }
    out
}

/// The fallback for every path no route matched: problem+json 404 under /api, else the SPA.
pub async fn serve(State(state): State<AppState>, req: Request) -> Response {
    let path = req.uri().path();
    if path == "/api" || path.starts_with("/api/") || path.starts_with("/dev/") {
        return ApiError::NotFound.into_response();
    }
    let dist = &state.config.dist;
    let index = dist.join("index.html");
    if !index.is_file() {
        let ct = HeaderValue::from_static("text/plain; charset=utf-8");
        return (StatusCode::OK, [(header::CONTENT_TYPE, ct)], NOT_BUILT).into_response();
    }
    // A logged-in borger opening the forside or an area gets its frame (heading and lead drawn in;
    // src/domain/frames.rs).
    let (req, frame) = frame_for(&state, req).await;
    if let Some((file, borger)) = frame {
        return with_vary_cookie(serve_frame(&state, file, borger, req).await);
    }
    let spa = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(ServeFile::new(index).precompressed_br().precompressed_gzip());
    let res = match spa.oneshot(req).await {
        Ok(res) => res.into_response(),
        Err(never) => match never {},
    };
    // The same address answers a frame or the bare shell depending on the session.
    if res.headers().get(header::CONTENT_TYPE).is_some_and(|t| t.as_bytes().starts_with(b"text/html")) {
        with_vary_cookie(res)
    } else {
        res
    }
}

/// Where a frame greets the borger by first name (tools/frames.mjs).
const FIRST_NAME: &str = "<!--fornavn-->";

/// `dist/frames/<page>.html` (`index.html` for `/`) when the request is a GET of a page with a frame and a valid
/// session.
async fn frame_for(state: &AppState, req: Request) -> (Request, Option<(std::path::PathBuf, CurrentBorger)>) {
    let name = match req.uri().path().trim_start_matches('/') {
        "" => "index",
        "index" => return (req, None),
        name if name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') => name,
        _ => return (req, None),
    };
    if !matches!(*req.method(), axum::http::Method::GET | axum::http::Method::HEAD) {
        return (req, None);
    }
    let file = state.config.dist.join("frames").join(format!("{name}.html"));
    if !file.is_file() {
        return (req, None);
    }
    let (mut parts, body) = req.into_parts();
    let borger = CurrentBorger::from_request_parts(&mut parts, state).await.ok();
    (Request::from_parts(parts, body), borger.map(|b| (file, b)))
}

/// The frame as built, or, where it greets the borger, with their first name put in and `no-store`.
async fn serve_frame(state: &AppState, file: std::path::PathBuf, borger: CurrentBorger, req: Request) -> Response {
    let html = std::fs::read_to_string(&file).unwrap_or_default();
    if !html.contains(FIRST_NAME) {
        return match ServeFile::new(file).precompressed_br().precompressed_gzip().oneshot(req).await {
            Ok(res) => res.into_response(),
            Err(never) => match never {},
        };
    }
    let name = first_name(state, borger).await.unwrap_or_default();
    let html = html.replace(FIRST_NAME, &escape_html(&name));
    let headers = [
        (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
        // The borger's name: kept by no cache, as the API's answers (on a shared computer too).
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ];
    (StatusCode::OK, headers, html).into_response()
}

/// The first word of the borger's name, as the forside writes it (src/pages/home.rs).
async fn first_name(state: &AppState, borger: CurrentBorger) -> Option<String> {
    let profile: String = sqlx::query_scalar("SELECT profile FROM borgere WHERE id = ?1")
        .bind(borger.id.to_string())
        .fetch_optional(&state.db.reader)
        .await
        .ok()??;
    let profile: contract::session::BorgerProfile = serde_json::from_str(&profile).ok()?;
    profile.name.split(' ').next().map(str::to_owned)
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Adds `cookie` to the response's one `Vary` header (ServeDir may have put `accept-encoding` there).
fn with_vary_cookie(mut res: Response) -> Response {
    let h = res.headers_mut();
    let mut parts: Vec<String> =
        h.get_all(header::VARY).iter().filter_map(|v| v.to_str().ok()).map(str::to_owned).collect();
    parts.push("cookie".into());
    if let Ok(v) = HeaderValue::from_str(&parts.join(", ")) {
        h.insert(header::VARY, v);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_are_hashed_and_external_ones_skipped() {
        let html = r#"<html><head><script src="/x.js"></script><SCRIPT type="module">import init from '/a.js';</SCRIPT>
            <script>1</script></head></html>"#;
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 2);
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"1"));
        assert_eq!(hashes[1], format!("sha256-{expected}"));
    }

    #[test]
    fn inline_style_sheets_are_hashed_apart_from_the_scripts() {
        let html = r#"<head><style>a{color:red}</style><script>1</script><STYLE media="print">b{}</STYLE></head>"#;
        let digest =
            |s: &[u8]| format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s)));
        assert_eq!(inline_style_hashes(html), [digest(b"a{color:red}"), digest(b"b{}")]);
        assert_eq!(inline_script_hashes(html), [digest(b"1")]);
    }

    #[test]
    fn a_name_is_put_into_html_as_text() {
        assert_eq!(escape_html(r#"<b>&"x"</b>"#), "&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;");
        assert_eq!(escape_html("Søren"), "Søren");
    }

    #[test]
    fn a_page_without_scripts_has_no_hashes() {
        assert!(inline_script_hashes("<html><body>hej</body></html>").is_empty());
        assert!(inline_script_hashes("<script>unterminated").is_empty());
    }
}
