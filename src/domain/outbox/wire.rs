//! Reading a stored `Write` back. The stored form is serde's for an enum, `{"JobGoal": {"id": …, …}}`, as the
//! `Serialize` derive writes it. The `Deserialize` derive reads it with a visitor per variant, which was the
//! largest function of ours in the start module (18 KB before wasm-opt); here a variant's fields are read in one
//! loop as JSON text (`domain::json_object`) and each kind then reads its own (−1.7 KB brotli). What was stored before reads the same
//! (tests in `tests.rs`).

use super::{AftaleChange, Write};
use crate::domain::json_object::JsonObject;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use std::fmt;
use uuid::Uuid;

/// The variant's name, the map's one key.
#[derive(Deserialize)]
enum Kind {
    Aftale,
    Prep,
    JobGoal,
    Week,
    Rehearsal,
    Script,
    Canvas,
    Targeted,
    Proposal,
}

impl<'de> Deserialize<'de> for Write {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(OneEntry)
    }
}

struct OneEntry;

impl<'de> Visitor<'de> for OneEntry {
    type Value = Write;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a write: an object with one key")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Write, A::Error> {
        let Some((kind, f)) = map.next_entry::<Kind, JsonObject>()? else {
            return Err(de::Error::invalid_length(0, &self));
        };
        if map.next_key::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::invalid_length(2, &self));
        }
        build(kind, f)
    }
}

/// Field `name` read as a `T`, or the error a derive would give.
fn need<T: serde::de::DeserializeOwned, E: de::Error>(f: &JsonObject, name: &'static str) -> Result<T, E> {
    match f.get(name) {
        None => Err(E::missing_field(name)),
        Some(_) => f.decode(name).ok_or_else(|| E::custom(format_args!("field `{name}` is not what it should be"))),
    }
}

fn build<E: de::Error>(kind: Kind, f: JsonObject) -> Result<Write, E> {
    let version = || need(&f, "base_version");
    // `id: null` (a new jobmål or week) and no `id` at all both read as none, as with the derive.
    let id = || f.get("id").map_or(Ok(None), |_| need::<Option<Uuid>, E>(&f, "id"));
    let doc = |name| f.doc(name).ok_or_else(|| E::missing_field(name));
    let input = || doc("input");
    Ok(match kind {
        Kind::Aftale => Write::Aftale(AftaleChange {
            aftale: need(&f, "aftale")?,
            base_version: version()?,
            base: need(&f, "base")?,
            change: need(&f, "change")?,
        }),
        Kind::Prep => Write::Prep {
            meeting: need(&f, "meeting")?,
            base_version: version()?,
            base_notes: need(&f, "base_notes")?,
            notes: need(&f, "notes")?,
        },
        Kind::JobGoal => Write::JobGoal { id: id()?, base_version: version()?, input: input()? },
        Kind::Week => Write::Week { id: id()?, base_version: version()?, input: input()? },
        Kind::Rehearsal => Write::Rehearsal { input: input()? },
        Kind::Script => Write::Script { base_version: version()?, input: input()? },
        Kind::Canvas => Write::Canvas { base_version: version()?, base: doc("base")?, changes: need(&f, "changes")? },
        Kind::Targeted => Write::Targeted { id: need(&f, "id")?, base_version: version()?, input: input()? },
        Kind::Proposal => Write::Proposal { input: input()? },
    })
}
