//! Encrypted copies on the device (issue #8): drafts that have not reached the server yet survive a reload,
//! a crash or an expired session, and nothing readable is left behind.
//!
//! Everything is stored in IndexedDB as AES-256-GCM ciphertext under the borger's device key, which the
//! backend hands only to a logged-in session (`GET /api/v1/session/device-key`) and which the app imports
//! as a non-extractable `CryptoKey` held in memory only. On a shared computer ("Jeg bruger en delt
//! computer") there is no key and nothing is stored. Logout deletes the database (and the server sends
//! `Clear-Site-Data`).
//!
//! Offline reading (Min plan, issue #6) needs the key after a reload with no network. So on a device that is
//! not shared, an *offline pass* is kept beside the copies: the same non-extractable `CryptoKey` (IndexedDB
//! can hold one; its bytes cannot be read out by script) with the borger's id and the session's absolute end.
//! Until then, the app can open the copies offline; after it, or on logout, or when the server says the
//! session ended, the pass is deleted and the copies wait, unreadable, for the next login. This is the risk
//! decision README describes under "Kopier på enheden".

mod crypto;
mod idb;

use crate::api;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use uuid::Uuid;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::CryptoKey;

thread_local! {
    static KEY: RefCell<Option<(Uuid, CryptoKey)>> = const { RefCell::new(None) };
    /// The unlocking under way, so that the outbox and the offline copy, which both unlock at start, share one
    /// `GET /api/v1/session/device-key` instead of asking twice.
    /// (A promise, because it can be awaited by any number of callers.)
    static UNLOCKING: RefCell<Option<(Uuid, js_sys::Promise)>> = const { RefCell::new(None) };
}

/// Fetches and imports the borger's device key once per page load. Returns whether copies can be kept.
pub async fn unlock(borger: Uuid) -> bool {
    if KEY.with(|k| k.borrow().as_ref().is_some_and(|(b, _)| *b == borger)) {
        return true;
    }
    let pending = UNLOCKING.with(|u| {
        let mut u = u.borrow_mut();
        if let Some((b, f)) = u.as_ref()
            && *b == borger
        {
            return f.clone();
        }
        let p = wasm_bindgen_futures::future_to_promise(async move { Ok(JsValue::from_bool(fetch_key(borger).await)) });
        *u = Some((borger, p.clone()));
        p
    });
    let unlocked = wasm_bindgen_futures::JsFuture::from(pending).await.ok().and_then(|v| v.as_bool()).unwrap_or(false);
    UNLOCKING.with(|u| {
        let mut u = u.borrow_mut();
        if u.as_ref().is_some_and(|(b, _)| *b == borger) {
            *u = None;
        }
    });
    unlocked
}

async fn fetch_key(borger: Uuid) -> bool {
    let Ok(answer) = api::session::device_key().await else { return false };
    let Some(key) = answer.key.and_then(|hex| crypto::import(&hex)) else { return false };
    let key = match key.await {
        Ok(k) => k,
        Err(_) => return false,
    };
    KEY.with(|k| *k.borrow_mut() = Some((borger, key)));
    true
}

/// Forgets the key (session expired): stored copies stay, unreadable until the borger logs in again.
pub fn lock() {
    KEY.with(|k| *k.borrow_mut() = None);
    UNLOCKING.with(|u| *u.borrow_mut() = None);
    leptos::task::spawn_local(async {
        let _ = idb::delete_if_there(PASS).await;
    });
}

const PASS: &str = "offline-pass";

/// Keeps the unlocked key on the device until `until_ms` (the session's absolute end, in ms since the epoch),
/// so the copies can be read after a reload without network. Returns whether the pass was kept.
pub async fn keep_offline_pass(until_ms: f64) -> bool {
    let Some((borger, key)) = current() else { return false };
    let pass = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&pass, &k.into(), v).is_ok();
    if !(set("borger", &borger.to_string().into()) && set("key", &key) && set("until", &until_ms.into())) {
        return false;
    }
    idb::put_value(PASS, &pass).await.is_ok()
}

/// Opens the copies with the offline pass (no network). Returns the borger whose copies they are, or None
/// when there is no pass or it has run out (then it is deleted).
pub async fn resume_offline() -> Option<Uuid> {
    let pass = idb::get_value(PASS).await.ok().filter(|v| v.is_object())?;
    let get = |k: &str| js_sys::Reflect::get(&pass, &k.into()).ok();
    let until = get("until").and_then(|v| v.as_f64()).unwrap_or(0.0);
    if until <= js_sys::Date::now() {
        let _ = idb::delete_if_there(PASS).await;
        return None;
    }
    let borger = get("borger").and_then(|v| v.as_string()).and_then(|s| Uuid::parse_str(&s).ok())?;
    let key = get("key").and_then(|v| v.dyn_into::<CryptoKey>().ok())?;
    KEY.with(|k| *k.borrow_mut() = Some((borger, key)));
    Some(borger)
}

/// Waits for an unlocking under way, if there is one (it starts with the session, and its request may still be
/// queued behind the page's own). A write made in those first moments is then kept on the device rather than in
/// the tab only. Starts nothing itself.
pub async fn settled() {
    let pending = UNLOCKING.with(|u| u.borrow().as_ref().map(|(_, p)| p.clone()));
    if let Some(p) = pending {
        let _ = wasm_bindgen_futures::JsFuture::from(p).await;
    }
}

/// Whether copies are being kept (a key is unlocked).
pub fn available() -> bool {
    KEY.with(|k| k.borrow().is_some())
}

fn current() -> Option<(Uuid, CryptoKey)> {
    KEY.with(|k| k.borrow().clone())
}

/// Stores `value` under `name` for the unlocked borger. Returns false when nothing could be kept.
pub async fn put<T: Serialize>(name: &str, value: &T) -> bool {
    let Ok(json) = serde_json::to_string(value) else { return false };
    put_text(name, &json).await
}

/// Stores JSON text under `name` as it is (a server's answer kept whole, read back later by [`get`] or
/// [`get_text`]).
pub async fn put_text(name: &str, json: &str) -> bool {
    let Some((borger, key)) = current() else { return false };
    let Some(sealed) = crypto::seal(&key, json.as_bytes()).await else { return false };
    idb::put(&format!("{borger}/{name}"), &sealed).await.is_ok()
}

/// Reads what is stored under `name` for the unlocked borger.
pub async fn get<T: DeserializeOwned>(name: &str) -> Option<T> {
    // from_str, like the API client: one deserializer per type in the wasm instead of two (str and slice readers).
    serde_json::from_str(&get_text(name).await?).ok()
}

/// The JSON text stored under `name` for the unlocked borger.
pub async fn get_text(name: &str) -> Option<String> {
    let (borger, key) = current()?;
    let sealed = idb::get(&format!("{borger}/{name}")).await.ok().flatten()?;
    String::from_utf8(crypto::open(&key, &sealed).await?).ok()
}

/// Deletes what is stored under `name`.
pub async fn remove(name: &str) {
    if let Some((borger, _)) = current() {
        let _ = idb::delete(&format!("{borger}/{name}")).await;
    }
}

/// Deletes every copy on the device and forgets the key (logout).
pub async fn wipe() {
    // Not `lock()`: its delete of the pass could run after the database is gone and create it again.
    KEY.with(|k| *k.borrow_mut() = None);
    let _ = idb::delete_database().await;
}
