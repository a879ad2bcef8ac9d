//! Non-personal UI preferences kept in localStorage (only the language; nothing about the borger).
//!
//! The value is a JSON string (`"en"`), as gloo-storage wrote it before; read with `domain::json_text`, so the
//! start of the app needs no serde_json.

use crate::domain::json_text::FromJson;
use crate::i18n::Lang;

const LANG_KEY: &str = "fleksvej.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language chosen earlier on this device, or Danish.
pub fn load_lang() -> Lang {
    let stored = storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    stored.and_then(|json| String::from_json(&json)).map(|c| Lang::from_code(&c)).unwrap_or_default()
}

/// Remembers the language on this device.
pub fn save_lang(lang: Lang) {
    // Storage can be full or blocked (private mode); the choice then lasts for this visit only. A code is plain
    // ASCII letters, so quoting it makes its JSON string.
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, &format!("\"{}\"", lang.code()));
    }
}
