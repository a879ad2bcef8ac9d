//! The admin (caseworker) API: bearer token only, writes marked as the jobcenter's.

use crate::helpers::*;
use axum::http::StatusCode;
use serde_json::json;
use uuid::Uuid;

fn aftale() -> serde_json::Value {
    json!({ "title": "Søg 2 konkrete deltidsjob som receptionist", "owner": "borger", "kind": "job_search", "due": "2026-12-15",
            "agreed": true, "job_goal_id": null, "if_not_possible": "Ring til Lars, så finder I en ny dato." })
}

#[tokio::test]
async fn the_admin_api_needs_the_bearer_token_and_ignores_cookies() {
    let app = spawn_app().await;
    let cookie = app.login(METTE).await;
    let path = format!("/api/admin/v1/borgere/{METTE}/aftaler");
    let c = crate::helpers::call("POST", &path).cookie(&cookie).key(Uuid::new_v4()).json(&aftale());
    assert_eq!(app.send(c).await.status, StatusCode::UNAUTHORIZED);
    let c =
        crate::helpers::call("POST", &path).header("authorization", "Bearer wrong").key(Uuid::new_v4()).json(&aftale());
    assert_eq!(app.send(c).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn without_a_configured_token_the_admin_api_does_not_exist() {
    let app = spawn_app_with(|c| c.admin_token = None).await;
    let path = format!("/api/admin/v1/borgere/{METTE}/aftaler");
    let res = app.send(app.admin("POST", &path).key(Uuid::new_v4()).json(&aftale())).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_aftale_made_by_the_jobcenter_shows_as_new_in_the_borgers_plan() {
    let app = spawn_app().await;
    let path = format!("/api/admin/v1/borgere/{JONAS}/aftaler");
    let res = app.send(app.admin("POST", &path).key(Uuid::new_v4()).json(&aftale())).await;
    assert_eq!(res.status, StatusCode::CREATED);
    let id = res.json()["id"].as_str().unwrap().to_owned();
    let cookie = app.login(JONAS).await;
    let a = app.get(&format!("/api/v1/plan/aftaler/{id}"), &cookie).await.json();
    assert_eq!((a["unseen"].as_bool(), a["updated_by"].as_str()), (Some(true), Some("jobcenter")));
    assert_eq!(a["history"][0]["what"], "created");
}

#[tokio::test]
async fn admin_creates_for_an_unknown_borger_are_404() {
    let app = spawn_app().await;
    let path = format!("/api/admin/v1/borgere/{}/aftaler", Uuid::new_v4());
    assert_eq!(
        app.send(app.admin("POST", &path).key(Uuid::new_v4()).json(&aftale())).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_jobcenter_agrees_a_proposed_goal_and_registers_a_fleksjob_and_a_meeting() {
    let app = spawn_app().await;
    let cookie = app.login(SOFIE).await;
    let g = app
        .create("/api/v1/progression/goals", &cookie, &json!({ "area": "hours", "description": "6 timer" }))
        .await
        .json();
    let path = format!("/api/admin/v1/borgere/{SOFIE}/progression/goals/{}", g["id"].as_str().unwrap());
    let body = json!({ "content": g["content"], "status": "agreed", "agreed_with": "Lars (jobformidler)" });
    let res = app.send(app.admin("PUT", &path).if_match("\"v1\"").json(&body)).await;
    assert_eq!(res.json()["status"], "agreed");
    let job = json!({ "job_no": 1, "employer": "Viborg Stiftsbogtrykkeri", "start_date": "2026-12-01", "weekly_hours": 6.0,
                      "effectiveness_pct": null, "follow_ups_planned": 4, "follow_ups_done": 0 });
    let res = app
        .send(app.admin("POST", &format!("/api/admin/v1/borgere/{SOFIE}/fleksjobs")).key(Uuid::new_v4()).json(&job))
        .await;
    assert_eq!(res.status, StatusCode::CREATED);
    let fj = res.header("location").unwrap();
    let mut job2 = job.clone();
    job2["follow_ups_done"] = 1.into();
    assert_eq!(app.send(app.admin("PUT", &fj).if_match("\"v1\"").json(&job2)).await.status, StatusCode::OK);
    let meeting = json!({ "kind": "jobsamtale", "title": "Jobsamtale", "starts_at": "2026-12-03T09:00:00Z", "duration_minutes": 45,
                          "contact_form": "video" });
    let res = app
        .send(app.admin("POST", &format!("/api/admin/v1/borgere/{SOFIE}/meetings")).key(Uuid::new_v4()).json(&meeting))
        .await;
    assert_eq!(res.status, StatusCode::CREATED);
    let m = res.header("location").unwrap();
    assert_eq!(
        app.send(app.admin("PUT", &m).if_match("\"v2\"").json(&meeting)).await.status,
        StatusCode::PRECONDITION_FAILED
    );
    let p = app.get("/api/v1/progression", &cookie).await.json();
    assert_eq!(p["jobs"][0]["content"]["follow_ups_done"], 1);
}
