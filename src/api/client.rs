//! JSON over HTTP with gloo-net: time limits, the CSRF header, `If-Match`, `Idempotency-Key`, and
//! one mapping of failures to [`ApiError`]. Every request in the app goes through here.

use super::error::ApiError;
use contract::{CLIENT_HEADER, CLIENT_HEADER_VALUE, IDEMPOTENCY_HEADER};
use gloo_net::http::{Method, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::cell::Cell;
use std::cell::RefCell;
use std::rc::Rc;
use uuid::Uuid;

/// How long to wait for an answer before giving up (slow phones on poor connections need a generous limit).
const TIMEOUT_MS: u32 = 20_000;

/// A resource together with its ETag for the next update.
#[derive(Debug, Clone, PartialEq)]
pub struct Versioned<T> {
    /// The resource.
    pub value: T,
    /// The ETag to send as `If-Match` on the next update, if the server sent one.
    pub etag: Option<String>,
}

/// Options for a state-changing request.
#[derive(Debug, Clone, Default)]
pub struct Write {
    /// The ETag the change is based on (updates and deletes).
    pub if_match: Option<String>,
    /// The key that makes a create safe to retry; keep it with the draft so a retry reuses it.
    pub idempotency_key: Option<Uuid>,
}

thread_local! {
    static ON_UNAUTHORIZED: RefCell<Option<Rc<dyn Fn()>>> = RefCell::new(None);
    static LAST_ANSWER_MS: Cell<f64> = const { Cell::new(0.0) };
    static RETRY_AFTER_MS: Cell<Option<u32>> = const { Cell::new(None) };
}

/// The `Retry-After` of the last busy answer (429/503), in ms, taken once: whoever retries next honours it.
pub fn take_retry_after_ms() -> Option<u32> {
    RETRY_AFTER_MS.with(Cell::take)
}

/// When the server last answered (ms since the epoch, 0 before the first answer). Every answered request
/// keeps the server's inactivity clock going, so the session-expiry warning counts from here.
pub fn last_answer_ms() -> f64 {
    LAST_ANSWER_MS.with(Cell::get)
}

/// Sets what happens when any call gets 401 (the app sends the borger to login and back).
pub fn set_on_unauthorized(f: impl Fn() + 'static) {
    ON_UNAUTHORIZED.with(|cell| *cell.borrow_mut() = Some(Rc::new(f)));
}

/// `GET path`, decoded as `T`.
pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    get_versioned(path).await.map(|v| v.value)
}

/// `GET path`, the body as the server sent it (JSON text), for a caller that keeps it whole or reads only part.
pub async fn get_text(path: &str) -> Result<String, ApiError> {
    let resp = send(RequestBuilder::new(path).method(Method::GET), None::<&()>).await?;
    resp.text().await.map_err(|_| ApiError::Offline)
}

/// `GET path`, decoded as `T`, with the ETag.
pub async fn get_versioned<T: DeserializeOwned>(path: &str) -> Result<Versioned<T>, ApiError> {
    let resp = send(RequestBuilder::new(path).method(Method::GET), None::<&()>).await?;
    decode(resp).await
}

/// A state-changing request with a JSON body (or none), decoded as `T`.
pub async fn write<B: Serialize, T: DeserializeOwned>(
    method: Method,
    path: &str,
    body: Option<&B>,
    opts: Write,
) -> Result<Versioned<T>, ApiError> {
    let resp = send(write_builder(method, path, &opts), body).await?;
    decode(resp).await
}

/// A state-changing request whose answer has no body (204).
pub async fn write_empty<B: Serialize>(
    method: Method,
    path: &str,
    body: Option<&B>,
    opts: Write,
) -> Result<(), ApiError> {
    send(write_builder(method, path, &opts), body).await.map(|_| ())
}

fn write_builder(method: Method, path: &str, opts: &Write) -> RequestBuilder {
    let mut b = RequestBuilder::new(path).method(method).header(CLIENT_HEADER, CLIENT_HEADER_VALUE);
    if let Some(etag) = &opts.if_match {
        b = b.header("If-Match", etag);
    }
    if let Some(key) = opts.idempotency_key {
        b = b.header(IDEMPOTENCY_HEADER, &key.to_string());
    }
    b
}

async fn send<B: Serialize>(builder: RequestBuilder, body: Option<&B>) -> Result<Response, ApiError> {
    let controller = web_sys::AbortController::new().map_err(|_| ApiError::Server(0))?;
    let timed_out = Rc::new(Cell::new(false));
    let flag = timed_out.clone();
    let abort = controller.clone();
    // Dropping the Timeout cancels it, so the abort only fires if the answer is late.
    let _timer = gloo_timers::callback::Timeout::new(TIMEOUT_MS, move || {
        flag.set(true);
        abort.abort();
    });
    let builder = builder.header("Accept", "application/json").abort_signal(Some(&controller.signal()));
    let request = match body {
        Some(b) => builder.json(b),
        None => builder.build(),
    }
    .map_err(|_| ApiError::Server(0))?;
    let resp = match request.send().await {
        Ok(r) => r,
        Err(_) if timed_out.get() => return Err(ApiError::Timeout),
        Err(_) => return Err(ApiError::Offline),
    };
    LAST_ANSWER_MS.with(|t| t.set(js_sys::Date::now()));
    if resp.ok() {
        return Ok(resp);
    }
    let status = resp.status();
    if status == 429 || status == 503 {
        let after = resp.headers().get("retry-after").and_then(|v| crate::domain::backoff::parse_retry_after(&v));
        RETRY_AFTER_MS.with(|c| c.set(after));
    }
    let etag = resp.headers().get("etag");
    let problem = resp.text().await.ok().and_then(|text| crate::domain::problem_json::read(&text));
    let err = ApiError::from_status(status, problem, etag);
    if err == ApiError::Unauthorized
        && let Some(f) = ON_UNAUTHORIZED.with(|cell| cell.borrow().clone())
    {
        f();
    }
    Err(err)
}

async fn decode<T: DeserializeOwned>(resp: Response) -> Result<Versioned<T>, ApiError> {
    let etag = resp.headers().get("etag");
    let status = resp.status();
    let text = resp.text().await.map_err(|_| ApiError::Offline)?;
    // A 204 or empty body decodes as JSON null, so `()` works for answers without content.
    let source = if text.is_empty() { "null" } else { text.as_str() };
    let value = serde_json::from_str(source).map_err(|_| ApiError::Server(status))?;
    Ok(Versioned { value, etag })
}

/// A fresh idempotency key for a new create.
pub fn new_key() -> Uuid {
    Uuid::new_v4()
}
