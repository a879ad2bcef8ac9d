//! `POST /csp-reports`: browsers report Content-Security-Policy violations here (Reporting API and the older
//! `application/csp-report`). Only the violated directive is logged: the reported URLs may hold ids.

use axum::Router;
use axum::body::Bytes;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::post;

/// Reports are small; a flood of large ones is refused early.
const REPORT_LIMIT: usize = 16 * 1024;

/// The report route. It sits outside the CSRF layer: browsers send reports without our header, and a report
/// changes nothing but a log line.
pub fn router<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new().route("/csp-reports", post(reports_create)).layer(DefaultBodyLimit::max(REPORT_LIMIT))
}

async fn reports_create(body: Bytes) -> StatusCode {
    let value: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    let directives = directives(&value);
    tracing::warn!(count = directives.len().max(1), directives = %directives.join(","), "csp violation reported");
    StatusCode::NO_CONTENT
}

/// The violated directives in either report format.
pub fn directives(v: &serde_json::Value) -> Vec<String> {
    let one = |r: &serde_json::Value| {
        ["effectiveDirective", "effective-directive", "violated-directive"]
            .iter()
            .find_map(|k| r.get(*k).and_then(|d| d.as_str()))
            .map(|d| d.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(40).collect::<String>())
    };
    match v {
        serde_json::Value::Array(list) => list.iter().filter_map(|r| r.get("body").and_then(one)).collect(),
        other => other.get("csp-report").and_then(one).into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn directives_are_read_from_both_report_formats() {
        let api = json!([{"type": "csp-violation", "body": {"effectiveDirective": "script-src-elem"}}]);
        assert_eq!(directives(&api), ["script-src-elem"]);
        let old = json!({"csp-report": {"violated-directive": "img-src 'self'"}});
        assert_eq!(directives(&old), ["img-srcself"]);
    }
}
