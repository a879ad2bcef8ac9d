//! Response headers every response gets (security, caching) and the access log.

use crate::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use std::time::Instant;

/// Security headers on everything (quality.md §3.2) and the cache policy by kind of path.
pub async fn headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let mut res = next.run(req).await;
    let ok = res.status().is_success();
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, state.csp.current());
    h.insert("reporting-endpoints", HeaderValue::from_static("csp=\"/csp-reports\""));
    h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    h.insert("cross-origin-resource-policy", HeaderValue::from_static("same-origin"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("microphone=(self), camera=(), geolocation=(), payment=(), usb=()"),
    );
    let personal = h.get(header::CACHE_CONTROL).is_some_and(|v| v == "no-store");
    let cache = if personal || path == "/api" || path.starts_with("/api/") || path.starts_with("/dev/") {
        // Personal data (and a page the handler marked so, the forside's frame): never in any cache, not even
        // the browser's back/forward cache on a shared computer.
        "no-store"
    } else if ok && is_hashed_asset(&path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    res
}

/// True for file names with a content hash: trunk's `name-<hex>.ext` / `name-<hex>_bg.wasm` (a u64 in lowercase hex,
/// so 16 digits or fewer when it starts with zeros) and the split area modules `split_…-<16 hex>.wasm`.
pub fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    name.split('-').skip(1).any(|part| {
        let digits = part.find(['.', '_']).map_or(part, |end| &part[..end]);
        (12..=16).contains(&digits.len())
            && part.len() > digits.len()
            && digits.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// One line per request: method, route template, status, latency. Never bodies, names, ids or cookies.
pub async fn access_log(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let route = req.extensions().get::<MatchedPath>().map(|p| p.as_str().to_owned());
    let start = Instant::now();
    let res = next.run(req).await;
    let route = route.unwrap_or_else(|| "(unmatched)".into());
    let latency_ms = start.elapsed().as_secs_f64() * 1000.0;
    tracing::info!(%method, route, status = res.status().as_u16(), latency_ms, "request");
    res
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn trunk_hashed_names_are_recognised() {
        assert!(is_hashed_asset("/fleksvej-0123456789abcdef.js"));
        assert!(is_hashed_asset("/fleksvej-0123456789abcdef_bg.wasm"));
        assert!(is_hashed_asset("/main-fedcba9876543210.css"));
        // trunk drops leading zeros of its hash
        assert!(is_hashed_asset("/fleksvej-8966fea896fc931.js"));
        assert!(is_hashed_asset("/split_cv_area_16018789553724367775-12afec4eff4c0f60.wasm"));
        assert!(!is_hashed_asset("/__wasm_split.js"));
        assert!(!is_hashed_asset("/fleksvej-0123456789abcdef"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/sw.js"));
        assert!(!is_hashed_asset("/icon-192.png"));
    }
}
