//! Encrypted copies on the device (issue #8): drafts that have not reached the server yet survive a reload,
//! a crash or an expired session, and nothing readable is left behind.
//!
//! Everything is stored in IndexedDB as AES-256-GCM ciphertext under the borger's device key, which the
//! backend hands only to a logged-in session (`GET /api/v1/session/device-key`) and which the app imports
//! as a non-extractable `CryptoKey` held in memory only. On a shared computer ("Jeg bruger en delt
//! computer") there is no key and nothing is stored. Logout deletes the database (and the server sends
//! `Clear-Site-Data`).

mod crypto;
mod idb;

use crate::api;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use uuid::Uuid;
use web_sys::CryptoKey;

thread_local! {
    static KEY: RefCell<Option<(Uuid, CryptoKey)>> = const { RefCell::new(None) };
}

/// Fetches and imports the borger's device key once per page load. Returns whether copies can be kept.
pub async fn unlock(borger: Uuid) -> bool {
    if KEY.with(|k| k.borrow().as_ref().is_some_and(|(b, _)| *b == borger)) {
        return true;
    }
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
    let Some((borger, key)) = current() else { return false };
    let Ok(plain) = serde_json::to_vec(value) else { return false };
    let Some(sealed) = crypto::seal(&key, &plain).await else { return false };
    idb::put(&format!("{borger}/{name}"), &sealed).await.is_ok()
}

/// Reads what is stored under `name` for the unlocked borger.
pub async fn get<T: DeserializeOwned>(name: &str) -> Option<T> {
    let (borger, key) = current()?;
    let sealed = idb::get(&format!("{borger}/{name}")).await.ok().flatten()?;
    let plain = crypto::open(&key, &sealed).await?;
    serde_json::from_slice(&plain).ok()
}

/// Deletes what is stored under `name`.
pub async fn remove(name: &str) {
    if let Some((borger, _)) = current() {
        let _ = idb::delete(&format!("{borger}/{name}")).await;
    }
}

/// Deletes every copy on the device and forgets the key (logout).
pub async fn wipe() {
    lock();
    let _ = idb::delete_database().await;
}
