//! An object's fields by name, each kept as its JSON text and read in one loop over the keys. A reader built on
//! it stays small in the wasm: serde's derive inlines a reader per field and a visitor per type, which for the few
//! types read at start (the session, an error answer, the forside's glance of Min plan) was kilobytes of the first
//! download. Those read their fields with `read` (`domain::json_text`, no serde at all); the outbox's reader of
//! waiting writes, which comes with the areas, reads the contract's types with `decode` (serde).

use crate::domain::json_text::{self, FromJson};
use crate::domain::outbox::Doc;
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer};
use serde_json::value::RawValue;

/// An object's fields by name, each as JSON text.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonObject(Vec<(String, String)>);

impl JsonObject {
    /// The object that is `text`; `None` when it is not one, or names a field twice (as serde's derive refuses).
    pub fn parse(text: &str) -> Option<Self> {
        let mut fields: Vec<(String, String)> = Vec::new();
        for (key, value) in json_text::object(text)? {
            if fields.iter().any(|(k, _)| *k == key) {
                return None;
            }
            fields.push((key, value.to_owned()));
        }
        Some(JsonObject(fields))
    }

    /// Field `name` as JSON text.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Field `name` as a `T`; `None` when it is missing or not a `T`.
    pub fn read<T: FromJson>(&self, name: &str) -> Option<T> {
        T::from_json(self.get(name)?)
    }

    /// Field `name` as a `T`, or `T::default()` when it is missing (as `#[serde(default)]` reads it); `None` when
    /// it is there but not a `T`.
    pub fn read_or_default<T: FromJson + Default>(&self, name: &str) -> Option<T> {
        match self.get(name) {
            None => Some(T::default()),
            Some(text) => T::from_json(text),
        }
    }

    /// Field `name` read by serde as a `T`; `None` when it is missing or not a `T`.
    pub fn decode<T: DeserializeOwned>(&self, name: &str) -> Option<T> {
        serde_json::from_str(self.get(name)?).ok()
    }

    /// Field `name` as a document kept as its JSON text.
    pub fn doc(&self, name: &str) -> Option<Doc> {
        RawValue::from_string(self.get(name)?.to_owned()).ok().map(Doc::from_raw)
    }
}

impl FromJson for JsonObject {
    fn from_json(text: &str) -> Option<Self> {
        JsonObject::parse(text)
    }
}

/// For a reader that is serde's (the outbox's waiting writes): the object is taken as JSON text, then parsed.
impl<'de> Deserialize<'de> for JsonObject {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = Box::<RawValue>::deserialize(d)?;
        JsonObject::parse(text.get()).ok_or_else(|| de::Error::custom("expected an object, each field named once"))
    }
}
