//! The rehearsal log.

use crate::helpers::*;
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn mette_has_two_practice_sessions_newest_first_and_can_log_another() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let list = app.get("/api/v1/rehearsals", &cookie).await.json();
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert!(list[0]["content"]["practised_at"].as_str() > list[1]["content"]["practised_at"].as_str());
    let body = json!({ "practised_at": "2026-11-20T10:00:00Z", "question_ids": ["styrker"], "duration_secs": 180, "self_rating": 4 });
    let res = app.create("/api/v1/rehearsals", &cookie, &body).await;
    assert_eq!(res.status, StatusCode::CREATED);
    let location = res.header("location").unwrap();
    assert_eq!(
        app.send(call("DELETE", &location).cookie(&cookie).if_match("\"v1\"")).await.status,
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn a_self_rating_outside_1_to_5_is_refused() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let body = json!({ "practised_at": "2026-11-20T10:00:00Z", "duration_secs": 180, "self_rating": 9 });
    let res = app.create("/api/v1/rehearsals", &cookie, &body).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json()["errors"][0]["field"], "self_rating");
}
