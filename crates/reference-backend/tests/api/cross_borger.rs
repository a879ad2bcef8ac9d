//! Every resource is scoped by borger: another borger's ids are 404, never someone else's data.

use crate::helpers::*;
use axum::http::StatusCode;
use reference_backend::demo::item_id;
use serde_json::json;

async fn assert_404(app: &TestApp, c: Call) {
    let res = app.send(c).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{:?}", res.body);
    assert_eq!(res.code(), "not_found");
}

#[tokio::test]
async fn borger_cannot_read_or_change_another_borgers_jobgoal() {
    let app = spawn_app().await;
    let jonas = app.login(JONAS).await;
    let path = format!("/api/v1/jobgoals/{}", item_id(METTE, 200));
    assert_404(&app, call("GET", &path).cookie(&jonas)).await;
    assert_404(&app, call("PUT", &path).cookie(&jonas).if_match("\"v1\"").json(&jobgoal())).await;
    assert_404(&app, call("DELETE", &path).cookie(&jonas).if_match("\"v1\"")).await;
}

#[tokio::test]
async fn borger_cannot_read_or_change_another_borgers_targeted_cv() {
    let app = spawn_app().await;
    let (mette, jonas) = (app.login(METTE).await, app.login(JONAS).await);
    let path =
        app.create("/api/v1/cv/targeted", &mette, &json!({ "name": "Receptionist" })).await.header("location").unwrap();
    assert_404(&app, call("GET", &path).cookie(&jonas)).await;
    assert_404(&app, call("PUT", &path).cookie(&jonas).if_match("\"v1\"").json(&json!({ "name": "x" }))).await;
    assert_404(&app, call("DELETE", &path).cookie(&jonas).if_match("\"v1\"")).await;
    assert!(app.get("/api/v1/cv/targeted", &jonas).await.json().as_array().unwrap().is_empty());
}

#[tokio::test]
async fn borger_cannot_read_another_borgers_cv() {
    let app = spawn_app().await;
    let jonas = app.login(JONAS).await;
    assert_eq!(app.get("/api/v1/cv", &jonas).await.json()["version"], 0);
}

#[tokio::test]
async fn borger_cannot_delete_another_borgers_rehearsal() {
    let app = spawn_app().await;
    let jonas = app.login(JONAS).await;
    let path = format!("/api/v1/rehearsals/{}", item_id(METTE, 300));
    assert_404(&app, call("DELETE", &path).cookie(&jonas).if_match("\"v1\"")).await;
    assert!(app.get("/api/v1/rehearsals", &jonas).await.json().as_array().unwrap().is_empty());
}

#[tokio::test]
async fn borger_cannot_read_another_borgers_plan() {
    let app = spawn_app().await;
    let jonas = app.login(JONAS).await;
    let aftale = format!("/api/v1/plan/aftaler/{}", item_id(METTE, 1));
    let meeting = format!("/api/v1/plan/meetings/{}", item_id(METTE, 50));
    assert_404(&app, call("GET", &aftale).cookie(&jonas)).await;
    assert_404(&app, call("PATCH", &aftale).cookie(&jonas).if_match("\"v1\"").json(&json!({ "borger_comment": "x" })))
        .await;
    assert_404(&app, call("GET", &meeting).cookie(&jonas)).await;
    let prep = json!({ "prep_notes": "x" });
    assert_404(&app, call("PUT", &format!("{meeting}/prep")).cookie(&jonas).if_match("\"v1\"").json(&prep)).await;
    let titles = app.get("/api/v1/plan", &jonas).await.json()["aftaler"].to_string();
    assert!(!titles.contains("Dansk Fragt"));
}

#[tokio::test]
async fn marking_another_borgers_items_as_seen_changes_nothing() {
    let app = spawn_app().await;
    let (mette, jonas) = (app.login(METTE).await, app.login(JONAS).await);
    let id = item_id(METTE, 1);
    let res = app.send(call("PUT", "/api/v1/plan/seen").cookie(&jonas).json(&json!({ "item_ids": [id] }))).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    assert_eq!(app.get(&format!("/api/v1/plan/aftaler/{id}"), &mette).await.json()["unseen"], true);
}

#[tokio::test]
async fn borger_cannot_change_another_borgers_progression() {
    let app = spawn_app().await;
    let ali = app.login(ALI).await;
    let path = format!("/api/v1/progression/weeks/{}", item_id(HANNE, 400));
    assert_404(&app, call("PUT", &path).cookie(&ali).if_match("\"v1\"").json(&week())).await;
    assert_404(&app, call("DELETE", &path).cookie(&ali).if_match("\"v1\"")).await;
    let p = app.get("/api/v1/progression", &ali).await.json();
    assert!(p["goals"].to_string().contains("Fastholde") && !p["goals"].to_string().contains("frokostservering"));
}

#[tokio::test]
async fn the_admin_api_cannot_change_a_resource_through_another_borgers_path() {
    let app = spawn_app().await;
    let path = format!("/api/admin/v1/borgere/{JONAS}/aftaler/{}", item_id(METTE, 1));
    let body = json!({ "title": "x", "owner": "borger", "job_goal_id": null });
    assert_404(&app, app.admin("PUT", &path).if_match("\"v1\"").json(&body)).await;
}
