//! `spawn_app()` and a tiny request builder for the API tests.

use axum::Router;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use reference_backend::config::Config;
use reference_backend::{AppState, app};
use serde_json::Value;
use tempfile::TempDir;
use tower::ServiceExt;
use uuid::Uuid;

pub use reference_backend::demo::{ALI, HANNE, JONAS, METTE, SOFIE};

/// The index.html the tests serve: one inline bootstrap script, as trunk writes it.
pub const INDEX: &str = "<!DOCTYPE html><html><head><style>body{margin:0}</style><script type=\"module\">import init from '/app-0123456789abcdef.js';</script></head><body>Fleksvej</body></html>";

pub struct TestApp {
    pub router: Router,
    _dir: TempDir,
}

/// A fresh app with demo data, demo login and the admin token "test-admin-token".
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Like [`spawn_app`] with the configuration adjusted first.
pub async fn spawn_app_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), INDEX).unwrap();
    std::fs::write(dist.join("app-0123456789abcdef.js"), "export default 1;").unwrap();
    std::fs::write(dist.join("sw.js"), "self.addEventListener('fetch', () => {});").unwrap();
    let mut config = Config::for_tests(dir.path().join("data"), dist);
    adjust(&mut config);
    let state = AppState::new(config).await.unwrap();
    TestApp { router: app(state), _dir: dir }
}

impl TestApp {
    /// The test's dist/ folder.
    pub fn dist(&self) -> std::path::PathBuf {
        self._dir.path().join("dist")
    }
}

pub struct Res {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Res {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|_| panic!("not JSON: {:?}", self.body))
    }
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.get(name).map(|v| v.to_str().unwrap().to_owned())
    }
    pub fn etag(&self) -> String {
        self.header("etag").expect("ETag")
    }
    pub fn code(&self) -> String {
        assert_eq!(self.header("content-type").as_deref(), Some("application/problem+json"));
        self.json()["code"].as_str().unwrap().to_owned()
    }
}

/// A request under construction. Writes get `x-fleks-client: 1` unless [`Call::without_client_header`].
pub struct Call {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Option<Vec<u8>>,
    client_header: bool,
}

pub fn call(method: &str, path: &str) -> Call {
    Call { method: method.into(), path: path.into(), headers: vec![], body: None, client_header: true }
}

impl Call {
    pub fn cookie(self, cookie: &str) -> Self {
        self.header("cookie", cookie)
    }
    pub fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.into(), v.into()));
        self
    }
    pub fn json(mut self, v: &Value) -> Self {
        self.body = Some(serde_json::to_vec(v).unwrap());
        self.header("content-type", "application/json")
    }
    pub fn raw(mut self, body: &[u8]) -> Self {
        self.body = Some(body.to_vec());
        self.header("content-type", "application/json")
    }
    pub fn if_match(self, etag: &str) -> Self {
        self.header("if-match", etag)
    }
    pub fn key(self, key: Uuid) -> Self {
        self.header("idempotency-key", &key.to_string())
    }
    pub fn without_client_header(mut self) -> Self {
        self.client_header = false;
        self
    }
}

impl TestApp {
    pub async fn send(&self, c: Call) -> Res {
        let mut b = Request::builder().method(c.method.as_str()).uri(&c.path).header("host", "fleksvej.test");
        if c.client_header && c.method != "GET" {
            b = b.header("x-fleks-client", "1");
        }
        for (k, v) in &c.headers {
            b = b.header(k, v);
        }
        let req = b.body(c.body.map(Body::from).unwrap_or_else(Body::empty)).unwrap();
        let res = self.router.clone().oneshot(req).await.unwrap();
        let (parts, body) = res.into_parts();
        Res { status: parts.status, headers: parts.headers, body: body.collect().await.unwrap().to_bytes() }
    }

    pub async fn get(&self, path: &str, cookie: &str) -> Res {
        self.send(call("GET", path).cookie(cookie)).await
    }

    /// Logs in as a demo borger and returns the `Cookie` header value.
    pub async fn login(&self, borger: Uuid) -> String {
        let res = self.send(call("POST", "/dev/login").json(&serde_json::json!({ "borger_id": borger }))).await;
        assert_eq!(res.status, StatusCode::NO_CONTENT);
        let set = res.header("set-cookie").unwrap();
        set.split(';').next().unwrap().to_owned()
    }

    /// Logs in saying "Jeg bruger en delt computer".
    pub async fn login_shared(&self, borger: Uuid) -> String {
        let body = serde_json::json!({ "borger_id": borger, "shared_device": true });
        let res = self.send(call("POST", "/dev/login").json(&body)).await;
        assert_eq!(res.status, StatusCode::NO_CONTENT);
        res.header("set-cookie").unwrap().split(';').next().unwrap().to_owned()
    }

    /// A POST with a fresh idempotency key.
    pub async fn create(&self, path: &str, cookie: &str, body: &Value) -> Res {
        self.send(call("POST", path).cookie(cookie).key(Uuid::new_v4()).json(body)).await
    }

    /// An admin request with the bearer token.
    pub fn admin(&self, method: &str, path: &str) -> Call {
        call(method, path).header("authorization", "Bearer test-admin-token").without_client_header()
    }
}

pub fn jobgoal() -> Value {
    serde_json::json!({ "track": "B", "title": "Lagermedarbejder", "tasks": ["Plukke ordrer", "  "] })
}

pub fn week() -> Value {
    serde_json::json!({ "week": { "year": 2026, "week": 40 }, "hours": 7.5, "note": "God uge" })
}
