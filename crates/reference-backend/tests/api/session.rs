//! Login, session, logout and the two session lifetimes.

use crate::helpers::*;
use axum::http::StatusCode;

#[tokio::test]
async fn demo_login_is_off_by_default() {
    let app = spawn_app_with(|c| c.demo_login = false).await;
    assert_eq!(app.send(call("GET", "/dev/login")).await.status, StatusCode::NOT_FOUND);
    let res = app.send(call("POST", "/dev/login").json(&serde_json::json!({ "borger_id": METTE }))).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn demo_login_lists_the_five_personas() {
    let app = spawn_app().await;
    let res = app.send(call("GET", "/dev/login")).await;
    let names: Vec<String> =
        res.json().as_array().unwrap().iter().map(|b| b["name"].as_str().unwrap().to_owned()).collect();
    assert_eq!(names, ["Mette Sørensen", "Jonas Madsen", "Hanne Jakobsen", "Ali Hassan", "Sofie Lund"]);
}

#[tokio::test]
async fn login_sets_a_host_prefixed_secure_httponly_strict_cookie() {
    let app = spawn_app().await;
    let res = app.send(call("POST", "/dev/login").json(&serde_json::json!({ "borger_id": HANNE }))).await;
    let cookie = res.header("set-cookie").unwrap();
    assert!(cookie.starts_with("__Host-fleksvej="));
    for part in ["Secure", "HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(part), "{cookie} lacks {part}");
    }
    // 128 bits as 32 hex digits.
    assert_eq!(cookie.split(';').next().unwrap().len(), "__Host-fleksvej=".len() + 32);
}

#[tokio::test]
async fn session_shows_the_logged_in_borger() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let res = app.get("/api/v1/session", &cookie).await;
    assert_eq!(res.status, StatusCode::OK);
    let body = res.json();
    assert_eq!(body["borger"]["name"], "Mette Sørensen");
    assert_eq!(body["borger"]["kommune"]["jobcenter"], "Jobcenter Viborg");
    assert_eq!(body["idle_timeout_secs"], 1800);
}

#[tokio::test]
async fn requests_without_a_session_get_401_problem() {
    let app = spawn_app().await;
    let res = app.send(call("GET", "/api/v1/plan")).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert_eq!(res.code(), "unauthenticated");
    let res = app.get("/api/v1/plan", "__Host-fleksvej=00000000000000000000000000000000").await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn logout_invalidates_the_session_and_clears_site_data() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let res = app.send(call("DELETE", "/api/v1/session").cookie(&cookie)).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    assert_eq!(res.header("clear-site-data").as_deref(), Some("\"cache\", \"cookies\", \"storage\""));
    assert!(res.header("set-cookie").unwrap().contains("Max-Age=0"));
    assert_eq!(app.get("/api/v1/session", &cookie).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_session_expires_after_inactivity() {
    let app = spawn_app_with(|c| c.idle_timeout_secs = 1).await;
    let cookie = app.login(METTE).await;
    assert_eq!(app.get("/api/v1/session", &cookie).await.status, StatusCode::OK);
    tokio::time::sleep(std::time::Duration::from_millis(1300)).await;
    assert_eq!(app.get("/api/v1/session", &cookie).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn activity_keeps_a_session_alive_until_its_absolute_lifetime() {
    let app = spawn_app_with(|c| {
        c.idle_timeout_secs = 1;
        c.absolute_timeout_secs = 2;
    })
    .await;
    let cookie = app.login(METTE).await;
    for _ in 0..3 {
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        assert_eq!(app.get("/api/v1/session", &cookie).await.status, StatusCode::OK);
    }
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    assert_eq!(app.get("/api/v1/session", &cookie).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_device_key_is_the_borgers_own_and_stays_the_same_across_sessions() {
    let app = spawn_app().await;
    let first = app.login(METTE).await;
    let key = app.get("/api/v1/session/device-key", &first).await;
    assert_eq!(key.status, StatusCode::OK);
    assert_eq!(key.header("cache-control").as_deref(), Some("no-store"));
    let key = key.json()["key"].as_str().unwrap().to_owned();
    assert_eq!(key.len(), 64);
    assert!(key.bytes().all(|b| b.is_ascii_hexdigit()));
    let again = app.login(METTE).await;
    assert_eq!(app.get("/api/v1/session/device-key", &again).await.json()["key"], key.as_str());
    let other = app.login(JONAS).await;
    assert_ne!(app.get("/api/v1/session/device-key", &other).await.json()["key"], key.as_str());
    assert_eq!(app.send(call("GET", "/api/v1/session/device-key")).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn on_a_shared_computer_there_is_no_device_key_and_the_session_says_so() {
    let app = spawn_app().await;
    let cookie = app.login_shared(METTE).await;
    assert_eq!(app.get("/api/v1/session", &cookie).await.json()["shared_device"], true);
    assert!(app.get("/api/v1/session/device-key", &cookie).await.json()["key"].is_null());
    let own = app.login(METTE).await;
    assert_eq!(app.get("/api/v1/session", &own).await.json()["shared_device"], false);
}
