//! The little of IndexedDB the device store needs: one database, one object store of byte arrays.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DB: &str = "fleksvej";
const STORE: &str = "copies";
/// 2 since the offline pass: version 1 could exist without the store (see `open`).
const VERSION: u32 = 2;

/// Waits for a request's success (its result) or error.
async fn done(req: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let target = req.clone();
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &target.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(failed.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window().ok_or(JsValue::NULL)?.indexed_db()?.ok_or(JsValue::NULL)?;
    let req: IdbOpenDbRequest = factory.open_with_u32(DB, VERSION)?;
    let target = req.clone();
    let upgrade = Closure::once_into_js(move || {
        // Create the store if it is missing, whatever version was there (an empty database made by
        // someone else's open must not leave us without it). If it exists, the error is caught here and
        // the upgrade goes on.
        if let Ok(db) = target.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
            let _ = db.create_object_store(STORE);
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let req: &IdbRequest = &req;
    done(req).await?.dyn_into::<IdbDatabase>()
}

/// Opens the database only if it exists: a read or a delete must not create it (on a shared computer there
/// is none, and logout must leave none behind). None when there is no database.
async fn open_existing() -> Option<IdbDatabase> {
    let factory = web_sys::window()?.indexed_db().ok()??;
    let req: IdbOpenDbRequest = factory.open(DB).ok()?;
    let target = req.clone();
    let abort = Closure::once_into_js(move || {
        // Upgrading means it did not exist: abort, so nothing is created.
        if let Some(tx) = target.transaction() {
            let _ = tx.abort();
        }
    });
    req.set_onupgradeneeded(Some(abort.unchecked_ref()));
    let req: &IdbRequest = &req;
    done(req).await.ok()?.dyn_into::<IdbDatabase>().ok()
}

async fn with_store(
    mode: IdbTransactionMode,
    f: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<JsValue, JsValue> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(STORE, mode)?;
    let result = done(&f(&tx.object_store(STORE)?)?).await;
    db.close();
    result
}

/// Stores `bytes` under `key`.
pub async fn put(key: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let value = Uint8Array::from(bytes);
    with_store(IdbTransactionMode::Readwrite, |s| s.put_with_key(&value, &key.into())).await.map(|_| ())
}

/// The bytes under `key`, if any.
pub async fn get(key: &str) -> Result<Option<Vec<u8>>, JsValue> {
    let v = with_store(IdbTransactionMode::Readonly, |s| s.get(&key.into())).await?;
    Ok(v.dyn_into::<Uint8Array>().ok().map(|a| a.to_vec()))
}

/// Stores any structured-cloneable value (a `CryptoKey` too) under `key`.
pub async fn put_value(key: &str, value: &JsValue) -> Result<(), JsValue> {
    with_store(IdbTransactionMode::Readwrite, |s| s.put_with_key(value, &key.into())).await.map(|_| ())
}

/// The value under `key` (undefined when none, also when there is no database at all).
pub async fn get_value(key: &str) -> Result<JsValue, JsValue> {
    let Some(db) = open_existing().await else { return Ok(JsValue::UNDEFINED) };
    let result = match db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readonly) {
        Ok(tx) => match tx.object_store(STORE).and_then(|s| s.get(&key.into())) {
            Ok(req) => done(&req).await,
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    db.close();
    result
}

/// Deletes what is under `key`, if the database exists (never creates it).
pub async fn delete_if_there(key: &str) -> Result<(), JsValue> {
    let Some(db) = open_existing().await else { return Ok(()) };
    let result = match db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite) {
        Ok(tx) => match tx.object_store(STORE).and_then(|s| s.delete(&key.into())) {
            Ok(req) => done(&req).await.map(|_| ()),
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    db.close();
    result
}

/// Deletes what is under `key`.
pub async fn delete(key: &str) -> Result<(), JsValue> {
    with_store(IdbTransactionMode::Readwrite, |s| s.delete(&key.into())).await.map(|_| ())
}

/// Deletes the whole database.
pub async fn delete_database() -> Result<(), JsValue> {
    let factory = web_sys::window().ok_or(JsValue::NULL)?.indexed_db()?.ok_or(JsValue::NULL)?;
    let req: IdbRequest = factory.delete_database(DB)?.into();
    done(&req).await.map(|_| ())
}
