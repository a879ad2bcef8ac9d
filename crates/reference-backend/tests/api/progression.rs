//! Min udvikling: weekly entries, proposals and the demo data behind it.

use crate::helpers::*;
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn hanne_sees_her_log_goals_and_fleksjob() {
    let app = spawn_app().await;
    let cookie = app.login(HANNE).await;
    let p = app.get("/api/v1/progression", &cookie).await.json();
    let weeks = p["weeks"].as_array().unwrap();
    assert_eq!(weeks.first().unwrap()["content"]["hours"], 10.0);
    assert_eq!(weeks.last().unwrap()["content"]["hours"], 8.0);
    let goals = p["goals"].as_array().unwrap();
    assert_eq!(goals.len(), 3);
    // The hours goal carries its weekly hours as a number, for the chart's line.
    let hours: Vec<_> = goals.iter().filter_map(|g| g["content"]["target_hours"].as_f64()).collect();
    assert_eq!(hours, [12.0]);
    assert_eq!(p["jobs"][0]["content"]["follow_ups_done"], 3);
    assert_eq!(p["jobs"][0]["content"]["follow_ups_planned"], 4);
}

#[tokio::test]
async fn a_week_can_be_logged_corrected_and_deleted() {
    let app = spawn_app().await;
    let cookie = app.login(ALI).await;
    let res = app.create("/api/v1/progression/weeks", &cookie, &week()).await;
    assert_eq!(res.status, StatusCode::CREATED);
    assert_eq!(res.json()["source"], "borger");
    let location = res.header("location").unwrap();
    let mut changed = week();
    changed["hours"] = 8.25.into();
    let put = app.send(call("PUT", &location).cookie(&cookie).if_match("\"v1\"").json(&changed)).await;
    assert_eq!(put.json()["content"]["hours"], 8.25);
    assert_eq!(
        app.send(call("DELETE", &location).cookie(&cookie).if_match("\"v2\"")).await.status,
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn hours_must_be_whole_quarter_hours() {
    let app = spawn_app().await;
    let cookie = app.login(ALI).await;
    let mut bad = week();
    bad["hours"] = 7.1.into();
    let res = app.create("/api/v1/progression/weeks", &cookie, &bad).await;
    assert_eq!(res.json()["errors"][0]["code"], "not_quarter_hour");
}

#[tokio::test]
async fn a_borgers_goal_is_a_proposal_until_agreed() {
    let app = spawn_app().await;
    let cookie = app.login(HANNE).await;
    let body = json!({ "area": "hours", "description": "Prøve 11 timer om ugen" });
    let res = app.create("/api/v1/progression/goals", &cookie, &body).await;
    assert_eq!(res.status, StatusCode::CREATED);
    let g = res.json();
    assert_eq!(
        (g["status"].as_str(), g["created_by"].as_str(), g["agreed_with"].as_str()),
        (Some("proposed"), Some("borger"), Some(""))
    );
}

#[tokio::test]
async fn a_goals_weekly_hours_are_quarter_hours_up_to_37() {
    let app = spawn_app().await;
    let cookie = app.login(HANNE).await;
    for (hours, code) in [(12.1, "not_quarter_hour"), (40.0, "too_large"), (0.0, "too_small")] {
        let body = json!({ "area": "hours", "description": "Flere timer", "target_hours": hours });
        let res = app.create("/api/v1/progression/goals", &cookie, &body).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{hours}");
        assert_eq!(
            (res.json()["errors"][0]["field"].clone(), res.json()["errors"][0]["code"].clone()),
            (json!("target_hours"), json!(code))
        );
    }
    let body = json!({ "area": "hours", "description": "Flere timer", "target_hours": 12.5 });
    let res = app.create("/api/v1/progression/goals", &cookie, &body).await;
    assert_eq!(res.json()["content"]["target_hours"], 12.5);
}

#[tokio::test]
async fn a_week_is_logged_once_per_job() {
    let app = spawn_app().await;
    let cookie = app.login(ALI).await;
    let first = app.create("/api/v1/progression/weeks", &cookie, &week()).await;
    assert_eq!(first.status, StatusCode::CREATED);
    // The same week and job again, from another device: refused on the week field, nothing stored.
    let again = app.create("/api/v1/progression/weeks", &cookie, &week()).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(again.json()["errors"][0]["field"], "week");
    assert_eq!(again.json()["errors"][0]["code"], "duplicate");
    let logged = |p: &serde_json::Value| {
        p["weeks"].as_array().unwrap().iter().filter(|w| w["content"]["week"] == week()["week"]).count()
    };
    assert_eq!(logged(&app.get("/api/v1/progression", &cookie).await.json()), 1);
    // The same week for job number 2 is another entry.
    let mut other_job = week();
    other_job["job_no"] = 2.into();
    assert_eq!(app.create("/api/v1/progression/weeks", &cookie, &other_job).await.status, StatusCode::CREATED);
    // Moving another week onto the logged one is refused too; correcting the week itself is not.
    let mut next = week();
    next["week"]["week"] = 41.into();
    let next_at = app.create("/api/v1/progression/weeks", &cookie, &next).await.header("location").unwrap();
    let onto = app.send(call("PUT", &next_at).cookie(&cookie).if_match("\"v1\"").json(&week())).await;
    assert_eq!(onto.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(onto.json()["errors"][0]["code"], "duplicate");
    let first_at = first.header("location").unwrap();
    let mut corrected = week();
    corrected["hours"] = 9.into();
    let same = app.send(call("PUT", &first_at).cookie(&cookie).if_match("\"v1\"").json(&corrected)).await;
    assert_eq!(same.status, StatusCode::OK);
}
