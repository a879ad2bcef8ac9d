//! Property tests for every JSON body of the contract (`contract::robustness`): arbitrary bytes, arbitrary
//! JSON built from the contract's own field names, and mutated fixtures never panic a decoder, and whatever
//! decodes round-trips (and re-validates). The same checks run under libFuzzer in `fuzz/` (`cargo xtask
//! fuzz`); this is the stable-toolchain part CI runs every time.

use contract::robustness::{KINDS, check, check_all};
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Every fixture in `fixtures/`, parsed.
fn fixtures() -> Vec<(String, Value)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut all: Vec<(String, Value)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| (p.display().to_string(), serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap()))
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

/// Every object key that occurs in the fixtures, so generated JSON reaches past the first missing field.
fn keys() -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => m.iter().for_each(|(k, c)| {
                out.push(k.clone());
                walk(c, out);
            }),
            Value::Array(a) => a.iter().for_each(|c| walk(c, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    fixtures().iter().for_each(|(_, v)| walk(v, &mut out));
    out.sort();
    out.dedup();
    out
}

/// Leaves that hit the contract's edges: dates, UUIDs, limits, huge and negative numbers, odd text.
fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        (-3i64..70).prop_map(Value::from),
        prop_oneof![
            Just("2026-02-29"),
            Just("2026-W53"),
            Just("2026-13"),
            Just("2026-11-29T17:00:00Z"),
            Just("00000000-0000-4000-8000-000000000003"),
            Just("A\u{30a}\u{0}\u{202e}\u{feff}"),
            Just("<img src=x onerror=alert(1)>"),
        ]
        .prop_map(Value::from),
        ".{0,40}".prop_map(Value::from),
        (0usize..3, 1usize..4).prop_map(|(c, n)| Value::from(["x", "æøå ", "\u{1F600}"][c].repeat(n * 1500))),
    ]
}

/// JSON of depth up to 4 whose object keys are mostly the contract's own.
fn json(keys: Vec<String>) -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 64, 8, move |inner| {
        let key = prop_oneof![4 => proptest::sample::select(keys.clone()), 1 => "[a-z_]{1,12}"];
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((key, inner), 0..10).prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// A fixture with a few leaves replaced, keys removed or values wrapped.
fn mutated() -> impl Strategy<Value = Value> {
    let all = fixtures();
    let edits = proptest::collection::vec((any::<prop::sample::Index>(), 0u8..3, leaf()), 1..4);
    (proptest::sample::select(all), edits).prop_map(|((_, mut doc), edits)| {
        for (at, op, new) in edits {
            let mut paths = Vec::new();
            pointers(&doc, String::new(), &mut paths);
            let path = at.get(&paths).clone();
            match op {
                0 => remove(&mut doc, &path),
                1 => *doc.pointer_mut(&path).unwrap() = new,
                _ => {
                    let old = doc.pointer_mut(&path).unwrap();
                    *old = Value::Array(vec![old.take(), new]);
                }
            }
        }
        doc
    })
}

fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => {
            m.iter().for_each(|(k, c)| pointers(c, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out))
        }
        Value::Array(a) => a.iter().enumerate().for_each(|(i, c)| pointers(c, format!("{at}/{i}"), out)),
        _ => {}
    }
}

fn remove(doc: &mut Value, path: &str) {
    let Some((parent, last)) = path.rsplit_once('/') else { return };
    match doc.pointer_mut(parent) {
        Some(Value::Object(m)) => {
            m.remove(&last.replace("~1", "/").replace("~0", "~"));
        }
        Some(Value::Array(a)) => {
            if let Ok(i) = last.parse::<usize>() {
                a.remove(i);
            }
        }
        _ => {}
    }
}

#[test]
fn every_fixture_is_accepted_and_round_trips() {
    for (name, doc) in fixtures() {
        let accepted = check_all(&serde_json::to_vec(&doc).unwrap()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(accepted > 0, "{name} decodes as none of {KINDS:?}");
    }
}

#[test]
fn an_empty_object_is_checked_as_every_kind() {
    let empty = serde_json::to_vec(&Value::Object(Map::new())).unwrap();
    for kind in 0..KINDS.len() {
        check(kind, &empty).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_break_a_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        check_all(&bytes).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn arbitrary_json_never_breaks_a_decoder(doc in json(keys())) {
        check_all(&serde_json::to_vec(&doc).unwrap()).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn mutated_fixtures_never_break_a_decoder(doc in mutated()) {
        check_all(&serde_json::to_vec(&doc).unwrap()).map_err(TestCaseError::fail)?;
    }
}
