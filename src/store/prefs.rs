//! Non-personal UI preferences kept in localStorage (only the language; nothing about the borger).

use crate::i18n::Lang;
use gloo_storage::{LocalStorage, Storage};

const LANG_KEY: &str = "fleksvej.lang";

/// The language chosen earlier on this device, or Danish.
pub fn load_lang() -> Lang {
    LocalStorage::get::<String>(LANG_KEY).map(|c| Lang::from_code(&c)).unwrap_or_default()
}

/// Remembers the language on this device.
pub fn save_lang(lang: Lang) {
    // Storage can be full or blocked (private mode); the choice then lasts for this visit only.
    let _ = LocalStorage::set(LANG_KEY, lang.code());
}
