//! Who is logged in, logging out, and the reference backend's demo login.

use super::client::{self, Write};
use super::error::ApiError;
use contract::session::{DemoBorger, DemoLogin, Session};
use gloo_net::http::Method;

/// The logged-in borger, or `Unauthorized`.
pub async fn get() -> Result<Session, ApiError> {
    client::get("/api/v1/session").await
}

/// Ends the session on the server.
pub async fn logout() -> Result<(), ApiError> {
    client::write_empty(Method::DELETE, "/api/v1/session", None::<&()>, Write::default()).await
}

/// The demo borgere (404 when the backend has demo login switched off).
pub async fn demo_borgere() -> Result<Vec<DemoBorger>, ApiError> {
    client::get("/dev/login").await
}

/// Logs in as a demo borger.
pub async fn demo_login(borger_id: uuid::Uuid) -> Result<(), ApiError> {
    client::write_empty(Method::POST, "/dev/login", Some(&DemoLogin { borger_id }), Write::default()).await
}
