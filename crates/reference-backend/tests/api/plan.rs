//! Min plan: ordering, the borger's status and comments, prep notes, and "nyt siden sidst".

use crate::helpers::*;
use axum::http::StatusCode;
use reference_backend::demo::item_id;
use serde_json::json;

#[tokio::test]
async fn the_plan_lists_dated_aftaler_first_and_meetings_in_order_with_the_next_in_the_future() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let plan = app.get("/api/v1/plan", &cookie).await.json();
    let dues: Vec<Option<&str>> =
        plan["aftaler"].as_array().unwrap().iter().map(|a| a["content"]["due"].as_str()).collect();
    assert_eq!(dues.len(), 4);
    assert!(dues[..3].iter().all(Option::is_some) && dues[3].is_none());
    assert!(dues[0] <= dues[1] && dues[1] <= dues[2]);
    let meetings = plan["meetings"].as_array().unwrap();
    assert_eq!(meetings[0]["content"]["kind"], "formoede");
    assert_eq!(meetings[1]["content"]["kind"], "rehabiliteringsmoede");
    let now = time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap();
    assert!(meetings[0]["content"]["starts_at"].as_str().unwrap() > now.as_str());
}

#[tokio::test]
async fn a_borger_sets_status_on_an_own_aftale_and_it_goes_into_the_history() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let path = format!("/api/v1/plan/aftaler/{}", item_id(METTE, 1));
    let etag = app.get(&path, &cookie).await.etag();
    let body = json!({ "status": "done", "status_note": "Opgaverne er skrevet ind", "borger_comment": "Tog en time" });
    let res = app.send(call("PATCH", &path).cookie(&cookie).if_match(&etag).json(&body)).await;
    assert_eq!(res.status, StatusCode::OK);
    let a = res.json();
    assert_eq!(a["status"], "done");
    assert_eq!(a["updated_by"], "borger");
    let whats: Vec<&str> = a["history"].as_array().unwrap().iter().map(|c| c["what"].as_str().unwrap()).collect();
    assert_eq!(&whats[whats.len() - 2..], ["status_changed", "commented"]);
}

#[tokio::test]
async fn a_borger_may_comment_on_but_not_set_status_of_the_jobformidlers_aftale() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let path = format!("/api/v1/plan/aftaler/{}", item_id(METTE, 4));
    let refused =
        app.send(call("PATCH", &path).cookie(&cookie).if_match("\"v1\"").json(&json!({ "status": "done" }))).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.code(), "not_allowed");
    let ok = app
        .send(call("PATCH", &path).cookie(&cookie).if_match("\"v1\"").json(&json!({ "borger_comment": "Tak!" })))
        .await;
    assert_eq!(ok.status, StatusCode::OK);
    assert_eq!(ok.json()["borger_comment"], "Tak!");
}

#[tokio::test]
async fn a_patch_without_if_match_is_428() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let path = format!("/api/v1/plan/aftaler/{}", item_id(METTE, 1));
    let res = app.send(call("PATCH", &path).cookie(&cookie).json(&json!({ "borger_comment": "x" }))).await;
    assert_eq!(res.status, StatusCode::PRECONDITION_REQUIRED);
}

#[tokio::test]
async fn meeting_prep_notes_are_saved_with_if_match() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let path = format!("/api/v1/plan/meetings/{}", item_id(METTE, 50));
    let etag = app.get(&path, &cookie).await.etag();
    let body = json!({ "prep_notes": "Jeg vil fortælle om mine formiddage." });
    let res = app.send(call("PUT", &format!("{path}/prep")).cookie(&cookie).if_match(&etag).json(&body)).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(app.get(&path, &cookie).await.json()["prep_notes"], "Jeg vil fortælle om mine formiddage.");
}

#[tokio::test]
async fn seen_clears_the_unseen_marker_and_an_admin_change_sets_it_again() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let id = item_id(METTE, 1);
    let path = format!("/api/v1/plan/aftaler/{id}");
    assert_eq!(app.get(&path, &cookie).await.json()["unseen"], true);
    let seen = json!({ "item_ids": [id, uuid::Uuid::new_v4()] });
    let res = app.send(call("PUT", "/api/v1/plan/seen").cookie(&cookie).json(&seen)).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    let a = app.get(&path, &cookie).await.json();
    assert_eq!(a["unseen"], false);
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    let admin_path = format!("/api/admin/v1/borgere/{METTE}/aftaler/{id}");
    let mut content = a["content"].clone();
    content["due"] = "2026-12-24".into();
    let res = app.send(app.admin("PUT", &admin_path).if_match("\"v1\"").json(&content)).await;
    assert_eq!(res.status, StatusCode::OK);
    let a = app.get(&path, &cookie).await.json();
    assert_eq!(a["unseen"], true);
    assert_eq!(a["history"].as_array().unwrap().last().unwrap()["what"], "changed");
}
