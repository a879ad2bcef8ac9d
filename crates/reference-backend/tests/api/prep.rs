//! The talking script and the ABC canvas: one document each per borger, replaced whole with If-Match.

use crate::helpers::*;
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn the_talking_script_starts_empty_and_is_replaced_with_if_match() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let first = app.get("/api/v1/rehearsals/script", &cookie).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.json()["version"], 0);
    assert!(first.json()["content"]["cards"].as_array().unwrap().is_empty());
    let body = json!({ "cards": [{ "heading": "Mit jobmål A", "text": "Receptionist på deltid." }] });
    let saved = app.send(call("PUT", "/api/v1/rehearsals/script").cookie(&cookie).if_match("\"v0\"").json(&body)).await;
    assert_eq!(saved.status, StatusCode::OK);
    assert_eq!(saved.json()["version"], 1);
    let stale = app.send(call("PUT", "/api/v1/rehearsals/script").cookie(&cookie).if_match("\"v0\"").json(&body)).await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    let again = app.get("/api/v1/rehearsals/script", &cookie).await.json();
    assert_eq!(again["content"]["cards"][0]["text"], "Receptionist på deltid.");
    // Another borger has their own.
    let jonas = app.login(JONAS).await;
    assert_eq!(app.get("/api/v1/rehearsals/script", &jonas).await.json()["version"], 0);
}

#[tokio::test]
async fn the_abc_canvas_keeps_three_lists_and_refuses_a_too_long_point() {
    let app = spawn_app().await;
    let cookie = app.login(SOFIE).await;
    assert_eq!(app.get("/api/v1/jobgoals/canvas", &cookie).await.json()["version"], 0);
    let body = json!({ "competences": ["Skrive klart"], "wishes": ["Hjemmearbejde"], "market": ["Korrektur"] });
    let saved = app.send(call("PUT", "/api/v1/jobgoals/canvas").cookie(&cookie).if_match("\"v0\"").json(&body)).await;
    assert_eq!(saved.status, StatusCode::OK);
    assert_eq!(saved.json()["content"]["market"][0], "Korrektur");
    let long = json!({ "wishes": ["x".repeat(201)] });
    let res = app.send(call("PUT", "/api/v1/jobgoals/canvas").cookie(&cookie).if_match("\"v1\"").json(&long)).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json()["errors"][0]["field"], "wishes.0");
}
