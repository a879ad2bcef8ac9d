//! The brutto CV: versions, If-Match, validation and body errors.

use crate::helpers::*;
use axum::http::StatusCode;
use serde_json::json;

fn cv_with_work(title: &str) -> serde_json::Value {
    json!({
        "profile": "Tømrer med 12 års erfaring.",
        "work": [{ "id": uuid::Uuid::new_v4(), "title": title, "employer": "Byg A/S",
                   "period": { "from": { "year": 2010, "month": 1 }, "to": null } }]
    })
}

#[tokio::test]
async fn a_borger_without_a_cv_gets_an_empty_one_at_version_0() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let res = app.get("/api/v1/cv", &cookie).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.etag(), "\"v0\"");
    assert_eq!(res.json()["version"], 0);
    assert!(res.json()["updated_at"].is_null());
}

#[tokio::test]
async fn the_first_save_with_v0_creates_the_cv_and_later_saves_bump_the_version() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let res =
        app.send(call("PUT", "/api/v1/cv").cookie(&cookie).if_match("\"v0\"").json(&cv_with_work("Tømrer"))).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.etag(), "\"v1\"");
    let res =
        app.send(call("PUT", "/api/v1/cv").cookie(&cookie).if_match("\"v1\"").json(&cv_with_work("Pladsmand"))).await;
    assert_eq!(res.etag(), "\"v2\"");
    assert_eq!(app.get("/api/v1/cv", &cookie).await.json()["content"]["work"][0]["title"], "Pladsmand");
}

#[tokio::test]
async fn saving_without_if_match_is_428() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let res = app.send(call("PUT", "/api/v1/cv").cookie(&cookie).json(&cv_with_work("Tømrer"))).await;
    assert_eq!(res.status, StatusCode::PRECONDITION_REQUIRED);
    assert_eq!(res.code(), "precondition_required");
}

#[tokio::test]
async fn saving_over_a_newer_version_is_412_with_the_current_etag() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let res = app.send(call("PUT", "/api/v1/cv").cookie(&cookie).if_match("\"v0\"").json(&cv_with_work("X"))).await;
    assert_eq!(res.status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(res.code(), "conflict");
    assert_eq!(res.etag(), "\"v1\"");
}

#[tokio::test]
async fn validation_errors_name_the_field_path() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let res = app.send(call("PUT", "/api/v1/cv").cookie(&cookie).if_match("\"v0\"").json(&cv_with_work("   "))).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.code(), "validation");
    assert_eq!(res.json()["errors"][0]["field"], "work.0.title");
    assert_eq!(res.json()["errors"][0]["code"], "required");
}

#[tokio::test]
async fn text_is_stored_nfc_normalised_and_trimmed() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let res = app
        .send(call("PUT", "/api/v1/cv").cookie(&cookie).if_match("\"v0\"").json(&cv_with_work(" Sore\u{301}n ")))
        .await;
    assert_eq!(res.json()["content"]["work"][0]["title"], "Sorén");
}

#[tokio::test]
async fn malformed_json_is_a_400_problem() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let res = app.send(call("PUT", "/api/v1/cv").cookie(&cookie).if_match("\"v0\"").raw(b"{\"work\": [")).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert_eq!(res.code(), "malformed_body");
    let res = app.send(call("PUT", "/api/v1/cv").cookie(&cookie).if_match("\"v0\"").json(&json!({ "work": 5 }))).await;
    assert_eq!(res.code(), "malformed_body");
}

#[tokio::test]
async fn an_oversized_body_is_a_413_problem() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let big = json!({ "profile": "x".repeat(300 * 1024) });
    let res = app.send(call("PUT", "/api/v1/cv").cookie(&cookie).if_match("\"v0\"").json(&big)).await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(res.code(), "payload_too_large");
}
