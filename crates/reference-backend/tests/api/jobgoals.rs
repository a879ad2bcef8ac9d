//! Jobmål CRUD and the Idempotency-Key rules.

use crate::helpers::*;
use axum::http::StatusCode;
use uuid::Uuid;

#[tokio::test]
async fn jobgoals_are_listed_by_track() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let list = app.get("/api/v1/jobgoals", &cookie).await.json();
    let tracks: Vec<&str> = list.as_array().unwrap().iter().map(|g| g["content"]["track"].as_str().unwrap()).collect();
    assert_eq!(tracks, ["A", "B", "C"]);
}

#[tokio::test]
async fn a_created_jobgoal_can_be_read_changed_and_deleted() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let res = app.create("/api/v1/jobgoals", &cookie, &jobgoal()).await;
    assert_eq!(res.status, StatusCode::CREATED);
    let created = res.json();
    assert_eq!(created["author"], "borger");
    assert_eq!(created["content"]["tasks"], serde_json::json!(["Plukke ordrer"]));
    let location = res.header("location").unwrap();
    let got = app.get(&location, &cookie).await;
    assert_eq!(got.etag(), "\"v1\"");
    let mut changed = jobgoal();
    changed["title"] = "Lagermedarbejder, deltid".into();
    let put = app.send(call("PUT", &location).cookie(&cookie).if_match("\"v1\"").json(&changed)).await;
    assert_eq!(put.status, StatusCode::OK);
    assert_eq!(put.etag(), "\"v2\"");
    let stale = app.send(call("DELETE", &location).cookie(&cookie).if_match("\"v1\"")).await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    let del = app.send(call("DELETE", &location).cookie(&cookie).if_match("\"v2\"")).await;
    assert_eq!(del.status, StatusCode::NO_CONTENT);
    assert_eq!(app.get(&location, &cookie).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn replaying_a_create_with_the_same_key_returns_the_first_answer_without_a_duplicate() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let key = Uuid::new_v4();
    let first = app.send(call("POST", "/api/v1/jobgoals").cookie(&cookie).key(key).json(&jobgoal())).await;
    let second = app.send(call("POST", "/api/v1/jobgoals").cookie(&cookie).key(key).json(&jobgoal())).await;
    assert_eq!(second.status, StatusCode::CREATED);
    assert_eq!(first.body, second.body);
    assert_eq!(first.header("location"), second.header("location"));
    assert_eq!(app.get("/api/v1/jobgoals", &cookie).await.json().as_array().unwrap().len(), 4);
}

#[tokio::test]
async fn reusing_a_key_with_another_body_is_422() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let key = Uuid::new_v4();
    app.send(call("POST", "/api/v1/jobgoals").cookie(&cookie).key(key).json(&jobgoal())).await;
    let mut other = jobgoal();
    other["title"] = "Noget andet".into();
    let res = app.send(call("POST", "/api/v1/jobgoals").cookie(&cookie).key(key).json(&other)).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.code(), "idempotency_key_reused");
}

#[tokio::test]
async fn a_create_without_a_key_is_400_and_a_non_uuid_key_is_a_validation_error() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let res = app.send(call("POST", "/api/v1/jobgoals").cookie(&cookie).json(&jobgoal())).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert_eq!(res.code(), "idempotency_key_missing");
    let res = app
        .send(call("POST", "/api/v1/jobgoals").cookie(&cookie).header("idempotency-key", "abc").json(&jobgoal()))
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert_eq!(res.code(), "validation");
}

#[tokio::test]
async fn keys_are_scoped_per_borger() {
    let app = spawn_app().await;
    let (jonas, sofie) = (app.login(JONAS).await, app.login(SOFIE).await);
    let key = Uuid::new_v4();
    app.send(call("POST", "/api/v1/jobgoals").cookie(&jonas).key(key).json(&jobgoal())).await;
    let res = app.send(call("POST", "/api/v1/jobgoals").cookie(&sofie).key(key).json(&jobgoal())).await;
    assert_eq!(res.status, StatusCode::CREATED);
    assert_eq!(res.json()["content"]["title"], "Lagermedarbejder");
    assert_eq!(app.get("/api/v1/jobgoals", &sofie).await.json().as_array().unwrap().len(), 4);
}

#[tokio::test]
async fn an_invalid_track_is_a_validation_error_on_track() {
    let app = spawn_app().await;
    let cookie = app.login(JONAS).await;
    let mut bad = jobgoal();
    bad["track"] = "Q".into();
    let res = app.create("/api/v1/jobgoals", &cookie, &bad).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json()["errors"][0]["field"], "track");
}
