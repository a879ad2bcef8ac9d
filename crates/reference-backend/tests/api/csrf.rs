//! CSRF: writes need the custom header and must not come from another site.

use crate::helpers::*;
use axum::http::StatusCode;

#[tokio::test]
async fn a_write_without_the_client_header_is_forbidden() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let res = app
        .send(
            call("POST", "/api/v1/jobgoals")
                .cookie(&cookie)
                .key(uuid::Uuid::new_v4())
                .json(&jobgoal())
                .without_client_header(),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(res.code(), "forbidden");
}

#[tokio::test]
async fn a_write_from_another_origin_is_forbidden() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let c = call("POST", "/api/v1/jobgoals").cookie(&cookie).key(uuid::Uuid::new_v4()).json(&jobgoal());
    let res = app.send(c.header("origin", "https://evil.example")).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_cross_site_fetch_without_origin_is_forbidden() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let c = call("POST", "/api/v1/jobgoals").cookie(&cookie).key(uuid::Uuid::new_v4()).json(&jobgoal());
    assert_eq!(app.send(c.header("sec-fetch-site", "cross-site")).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_same_origin_write_is_accepted() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let c = call("POST", "/api/v1/jobgoals").cookie(&cookie).key(uuid::Uuid::new_v4()).json(&jobgoal());
    let res = app.send(c.header("origin", "https://fleksvej.test").header("sec-fetch-site", "same-origin")).await;
    assert_eq!(res.status, StatusCode::CREATED);
}

#[tokio::test]
async fn demo_login_also_needs_the_client_header() {
    let app = spawn_app().await;
    let c = call("POST", "/dev/login").json(&serde_json::json!({ "borger_id": METTE })).without_client_header();
    assert_eq!(app.send(c).await.status, StatusCode::FORBIDDEN);
}
