//! Security and cache headers, the SPA fallback, and API 404s.

use crate::helpers::*;
use axum::http::StatusCode;

#[tokio::test]
async fn html_responses_carry_the_full_security_header_set() {
    let app = spawn_app().await;
    let res = app.send(call("GET", "/plan")).await;
    assert_eq!(res.status, StatusCode::OK);
    let csp = res.header("content-security-policy").unwrap();
    let hash = reference_backend::static_files::inline_script_hashes(INDEX).remove(0);
    assert!(csp.contains(&format!("script-src 'self' 'wasm-unsafe-eval' '{hash}';")), "{csp}");
    // The first screen's style sheets come inline (tools/inline-css.mjs): allowed by their hashes only.
    let style = reference_backend::static_files::inline_style_hashes(INDEX).remove(0);
    assert!(csp.contains(&format!("style-src 'self' '{style}';")), "{csp}");
    for part in [
        "default-src 'none'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "media-src 'self' blob:",
        "report-to csp",
    ] {
        assert!(csp.contains(part), "{part}");
    }
    assert!(!csp.contains("unsafe-inline"));
    let expected = [
        ("strict-transport-security", "max-age=31536000; includeSubDomains"),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "no-referrer"),
        ("cross-origin-opener-policy", "same-origin"),
        ("cross-origin-resource-policy", "same-origin"),
        ("permissions-policy", "microphone=(self), camera=(), geolocation=(), payment=(), usb=()"),
        ("cache-control", "no-cache"),
        ("reporting-endpoints", "csp=\"/csp-reports\""),
    ];
    for (name, value) in expected {
        assert_eq!(res.header(name).as_deref(), Some(value), "{name}");
    }
}

#[tokio::test]
async fn unknown_app_paths_fall_back_to_index_html() {
    let app = spawn_app().await;
    let res = app.send(call("GET", "/min-plan/aftaler/123")).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.body, INDEX.as_bytes());
}

#[tokio::test]
async fn unknown_api_paths_are_problem_404s_not_the_spa() {
    let app = spawn_app().await;
    let res = app.send(call("GET", "/api/v1/nothing-here")).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(res.code(), "not_found");
    assert_eq!(res.header("cache-control").as_deref(), Some("no-store"));
}

#[tokio::test]
async fn a_wrong_method_is_a_problem_405() {
    let app = spawn_app().await;
    let res = app.send(call("POST", "/api/v1/plan")).await;
    assert_eq!(res.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(res.header("content-type").as_deref(), Some("application/problem+json"));
}

#[tokio::test]
async fn hashed_assets_are_immutable_and_the_service_worker_is_not() {
    let app = spawn_app().await;
    let res = app.send(call("GET", "/app-0123456789abcdef.js")).await;
    assert_eq!(res.header("cache-control").as_deref(), Some("public, max-age=31536000, immutable"));
    let res = app.send(call("GET", "/sw.js")).await;
    assert_eq!(res.header("cache-control").as_deref(), Some("no-cache"));
}

#[tokio::test]
async fn api_responses_are_never_stored() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    for path in ["/api/v1/plan", "/api/v1/cv", "/api/v1/session", "/api/v1/progression"] {
        let res = app.get(path, &cookie).await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.header("cache-control").as_deref(), Some("no-store"), "{path}");
    }
}

#[tokio::test]
async fn without_a_build_a_danish_hint_is_served() {
    let app = spawn_app_with(|c| c.dist = c.data_dir.join("missing")).await;
    let res = app.send(call("GET", "/")).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(String::from_utf8_lossy(&res.body).contains("cargo xtask run"));
}

#[tokio::test]
async fn healthz_answers_ok_without_a_session() {
    let app = spawn_app().await;
    let res = app.send(call("GET", "/healthz")).await;
    assert_eq!((res.status, &res.body[..]), (StatusCode::OK, &b"ok"[..]));
}

#[tokio::test]
async fn browsers_can_report_csp_violations_without_the_client_header() {
    let app = spawn_app().await;
    let report = serde_json::json!([{"type": "csp-violation", "body": {"effectiveDirective": "script-src-elem"}}]);
    let res = app.send(call("POST", "/csp-reports").json(&report).without_client_header()).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    let huge = vec![b'x'; 64 * 1024];
    let res = app.send(call("POST", "/csp-reports").raw(&huge).without_client_header()).await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_rebuilt_index_html_gets_a_csp_with_its_new_script_hash() {
    let app = spawn_app().await;
    let before = app.send(call("GET", "/")).await.header("content-security-policy").unwrap();
    let rebuilt = INDEX.replace("0123456789abcdef", "fedcba9876543210");
    let index = app.dist().join("index.html");
    std::fs::write(&index, &rebuilt).unwrap();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(10);
    std::fs::File::options().write(true).open(&index).unwrap().set_modified(later).unwrap();
    let after = app.send(call("GET", "/")).await.header("content-security-policy").unwrap();
    let hash = reference_backend::static_files::inline_script_hashes(&rebuilt).remove(0);
    assert_ne!(before, after);
    assert!(after.contains(&hash), "{after}");
}

#[tokio::test]
async fn precompressed_brotli_is_sent_only_to_clients_that_accept_it() {
    let app = spawn_app().await;
    // What the release build writes next to each asset (trunk's post_build hook: brotli -q 11).
    std::fs::write(app.dist().join("app-0123456789abcdef.js.br"), b"BROTLI-BYTES").unwrap();
    std::fs::write(app.dist().join("index.html.br"), b"BROTLI-INDEX").unwrap();
    let path = "/app-0123456789abcdef.js";
    let br = app.send(call("GET", path).header("accept-encoding", "gzip, deflate, br")).await;
    assert_eq!(br.status, StatusCode::OK);
    assert_eq!(br.header("content-encoding").as_deref(), Some("br"));
    assert_eq!(&br.body[..], b"BROTLI-BYTES");
    assert!(br.header("content-type").unwrap().contains("javascript"), "the type of the file, not of .br");
    assert!(br.header("vary").is_some_and(|v| v.to_ascii_lowercase().contains("accept-encoding")));
    assert!(br.header("content-security-policy").is_some(), "production headers on assets too");

    let plain = app.send(call("GET", path).header("accept-encoding", "gzip")).await;
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(&plain.body[..], b"export default 1;");

    // The SPA fallback (any app route) is index.html, precompressed as well.
    let route = app.send(call("GET", "/min-plan").header("accept-encoding", "br")).await;
    assert_eq!(route.header("content-encoding").as_deref(), Some("br"));
    assert_eq!(&route.body[..], b"BROTLI-INDEX");
}

#[tokio::test]
async fn a_logged_in_borger_gets_the_areas_frame_and_everyone_else_the_bare_shell() {
    let app = spawn_app().await;
    // What tools/frames.mjs writes beside index.html in a build.
    std::fs::create_dir_all(app.dist().join("frames")).unwrap();
    std::fs::write(app.dist().join("frames/mit-cv.html"), "<h1>Mit CV</h1>").unwrap();
    let cookie = app.login(HANNE).await;

    let framed = app.get("/mit-cv", &cookie).await;
    assert_eq!(framed.status, StatusCode::OK);
    assert_eq!(framed.body, "<h1>Mit CV</h1>".as_bytes());
    assert!(framed.header("content-type").unwrap().starts_with("text/html"));
    assert_eq!(framed.header("cache-control").as_deref(), Some("no-cache"));
    assert!(framed.header("content-security-policy").is_some());
    assert!(framed.header("vary").is_some_and(|v| v.contains("cookie")), "a cache must not mix the two answers");

    // Without a session, with an ended one, a deeper address or a page without a frame: the bare shell.
    let bare = app.send(call("GET", "/mit-cv")).await;
    assert_eq!(bare.body, INDEX.as_bytes());
    assert!(bare.header("vary").is_some_and(|v| v.contains("cookie")));
    assert_eq!(app.get("/mit-cv", "__Host-fleksvej=not-a-session").await.body, INDEX.as_bytes());
    assert_eq!(app.get("/mit-cv/uddannelse", &cookie).await.body, INDEX.as_bytes());
    assert_eq!(app.get("/min-plan", &cookie).await.body, INDEX.as_bytes());
    assert_eq!(app.get("/", &cookie).await.body, INDEX.as_bytes());
}

#[tokio::test]
async fn the_forsides_frame_greets_the_borger_by_first_name_and_is_never_cached() {
    let app = spawn_app().await;
    std::fs::create_dir_all(app.dist().join("frames")).unwrap();
    std::fs::write(app.dist().join("frames/index.html"), "<p>Velkommen <!--fornavn-->.</p>").unwrap();
    // A precompressed copy of the unfilled page must not be sent instead.
    std::fs::write(app.dist().join("frames/index.html.br"), b"BROTLI").unwrap();
    let hanne = app.login(HANNE).await;
    let res = app.send(call("GET", "/").cookie(&hanne).header("accept-encoding", "br")).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.body, "<p>Velkommen Hanne.</p>".as_bytes());
    assert_eq!(res.header("cache-control").as_deref(), Some("no-store"));
    assert!(res.header("vary").is_some_and(|v| v.contains("cookie")));
    assert!(res.header("content-security-policy").is_some());
    let jonas = app.login(JONAS).await;
    assert_eq!(app.get("/", &jonas).await.body, "<p>Velkommen Jonas.</p>".as_bytes());
    // Only the root: /index is no address of the app.
    assert_eq!(app.get("/index", &hanne).await.body, INDEX.as_bytes());
    let bare = app.send(call("GET", "/")).await;
    assert_eq!(bare.body, INDEX.as_bytes());
    assert_eq!(bare.header("cache-control").as_deref(), Some("no-cache"));
}
