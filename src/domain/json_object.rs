//! An object's fields by name, each kept as its JSON text and read in one loop over the keys. A reader built on
//! it stays small in the wasm: serde's derive inlines a reader per field and a visitor per type, which for the few
//! types read at start (a waiting write, the session) was kilobytes of the first download.

use crate::domain::outbox::Doc;
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use std::fmt;

/// An object's fields by name, each as JSON text.
pub struct JsonObject(Vec<(String, Doc)>);

impl JsonObject {
    /// Field `name` as JSON text.
    pub fn get(&self, name: &str) -> Option<&Doc> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// Field `name` as a `T`; `None` when it is missing or not a `T`.
    pub fn read<T: DeserializeOwned>(&self, name: &str) -> Option<T> {
        self.get(name)?.read()
    }

    /// Field `name` as a `T`, or `T::default()` when it is missing (as `#[serde(default)]` reads it); `None` when
    /// it is there but not a `T`.
    pub fn read_or_default<T: DeserializeOwned + Default>(&self, name: &str) -> Option<T> {
        match self.get(name) {
            None => Some(T::default()),
            Some(doc) => doc.read(),
        }
    }
}

impl<'de> Deserialize<'de> for JsonObject {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(Entries)
    }
}

struct Entries;

impl<'de> Visitor<'de> for Entries {
    type Value = JsonObject;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonObject, A::Error> {
        let mut fields = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Doc>()? {
            if fields.iter().any(|(k, _)| *k == key) {
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
            fields.push((key, value));
        }
        Ok(JsonObject(fields))
    }
}
