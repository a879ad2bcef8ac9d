//! Who is logged in, logging out, and the reference backend's demo login.

use super::client::{self, Write};
use super::error::ApiError;
use contract::session::{DemoBorger, DemoLogin, DeviceKey, Session};
use gloo_net::http::Method;

/// The logged-in borger, or `Unauthorized`.
pub async fn get() -> Result<Session, ApiError> {
    get_with_text().await.map(|(session, _)| session)
}

/// The logged-in borger with the answer as the server sent it (JSON), which the device keeps as it is for
/// offline reading (`store::session`): the app then needs no code to write a session out again.
pub async fn get_with_text() -> Result<(Session, String), ApiError> {
    let json = client::get_text("/api/v1/session").await?;
    let session = crate::domain::session_json::read(&json).ok_or(ApiError::Server(200))?;
    Ok((session, json))
}

/// Ends the session on the server.
pub async fn logout() -> Result<(), ApiError> {
    client::write_empty(Method::DELETE, "/api/v1/session", None::<&()>, Write::default()).await
}

/// The demo borgere (404 when the backend has demo login switched off).
pub async fn demo_borgere() -> Result<Vec<DemoBorger>, ApiError> {
    let json = client::get_text("/dev/login").await?;
    crate::domain::session_json::demo_borgere(&json).ok_or(ApiError::Server(200))
}

/// Logs in as a demo borger; `shared_device` is the "Jeg bruger en delt computer" choice.
pub async fn demo_login(borger_id: uuid::Uuid, shared_device: bool) -> Result<(), ApiError> {
    let body = DemoLogin { borger_id, shared_device };
    client::write_empty(Method::POST, "/dev/login", Some(&body), Write::default()).await
}

/// Where the key for the device's copies is.
pub const DEVICE_KEY: &str = "/api/v1/session/device-key";

/// The key for encrypted copies on the device (null on a shared computer).
pub async fn device_key() -> Result<DeviceKey, ApiError> {
    let json = client::get_text(DEVICE_KEY).await?;
    crate::domain::session_json::device_key(&json).ok_or(ApiError::Server(200))
}
