//! Targeted CVs.

use crate::helpers::*;
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_targeted_cv_can_be_made_listed_changed_and_deleted() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let body = json!({ "name": "Til Viborg Tandlægecenter – receptionist", "items": [] });
    let res = app.create("/api/v1/cv/targeted", &cookie, &body).await;
    assert_eq!(res.status, StatusCode::CREATED);
    let location = res.header("location").unwrap();
    assert_eq!(app.get("/api/v1/cv/targeted", &cookie).await.json().as_array().unwrap().len(), 1);
    let put = app
        .send(call("PUT", &location).cookie(&cookie).if_match("\"v1\"").json(&json!({ "name": "Receptionist" })))
        .await;
    assert_eq!(put.json()["content"]["name"], "Receptionist");
    let missing = app.send(call("DELETE", &location).cookie(&cookie)).await;
    assert_eq!(missing.status, StatusCode::PRECONDITION_REQUIRED);
    assert_eq!(
        app.send(call("DELETE", &location).cookie(&cookie).if_match("\"v2\"")).await.status,
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn a_targeted_cv_needs_a_name() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let res = app.create("/api/v1/cv/targeted", &cookie, &json!({ "name": "" })).await;
    assert_eq!(res.json()["errors"][0]["field"], "name");
}

#[tokio::test]
async fn a_targeted_cv_keeps_its_section_order_and_own_texts_and_refuses_repeats() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let item = "00000000-0000-4000-8000-0000006e0001";
    let body = json!({
        "name": "Til kantinen",
        "items": [{ "item_id": item, "text": "long", "custom_text": "  Min egen tekst  " }],
        "sections": ["competences", "work"],
    });
    let res = app.create("/api/v1/cv/targeted", &cookie, &body).await;
    assert_eq!(res.status, StatusCode::CREATED);
    let stored = res.json();
    assert_eq!(stored["content"]["sections"], json!(["competences", "work"]));
    assert_eq!(stored["content"]["items"][0]["custom_text"], "Min egen tekst");

    let repeated = json!({ "name": "x", "sections": ["work", "work"], "items": [
        { "item_id": item, "text": "short" }, { "item_id": item, "text": "long" }] });
    let res = app.create("/api/v1/cv/targeted", &cookie, &repeated).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<String> =
        res.json()["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_owned()).collect();
    assert!(fields.contains(&"sections".to_owned()), "{fields:?}");
    assert!(fields.contains(&"items.1.id".to_owned()), "{fields:?}");
}
