//! Fleksvej reference backend: the REST contract on axum + SQLite, plus the built SPA with production headers.

pub mod auth;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod extract;
pub mod idempotency;
pub mod middleware;
pub mod openapi;
pub mod routes;
pub mod static_files;
pub mod store;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::response::IntoResponse;
use axum::routing::get;
use std::sync::Arc;

/// Largest accepted request body; a CV with 100 jobs of long texts stays well below it.
pub const BODY_LIMIT: usize = 256 * 1024;

/// What every handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    /// Writer and reader pools.
    pub db: db::Db,
    /// Start-up configuration.
    pub config: Arc<config::Config>,
    /// The Content-Security-Policy for dist/index.html, kept current when the app is rebuilt.
    pub csp: Arc<static_files::Csp>,
}

impl AppState {
    /// Opens the database, seeds demo data if asked, and computes the CSP.
    pub async fn new(config: config::Config) -> Result<Self, sqlx::Error> {
        let db = db::Db::open(&config.data_dir).await?;
        if config.demo {
            demo::seed(&db).await?;
        }
        let csp = Arc::new(static_files::Csp::new(&config.dist));
        Ok(Self { db, config: Arc::new(config), csp })
    }
}

/// The whole application; `main` serves it and the tests call it.
pub fn app(state: AppState) -> Router {
    let csrf = axum::middleware::from_fn(auth::csrf);
    let admin = axum::middleware::from_fn_with_state(state.clone(), auth::admin);
    let mut router = Router::new()
        .route("/healthz", get(healthz))
        .merge(routes::reports::router())
        .merge(routes::borger_router().layer(csrf.clone()))
        .merge(routes::admin::router().layer(admin));
    if state.config.demo_login {
        router = router.merge(routes::dev::router().layer(csrf));
    }
    router
        .fallback(static_files::serve)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::headers))
        .layer(axum::middleware::from_fn(middleware::access_log))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(|_| error::ApiError::Internal.into_response()))
        .with_state(state)
}

async fn healthz() -> &'static str {
    "ok"
}

async fn method_not_allowed() -> error::ApiError {
    error::ApiError::MethodNotAllowed
}
