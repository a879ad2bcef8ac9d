//! The reader against serde_json: on every document here, and on many made up from JSON's pieces, each type reads
//! what serde's `Deserialize` reads from serde_json, and refuses what it refuses.

use super::*;
use serde::de::{DeserializeOwned, IgnoredAny};
use std::collections::BTreeMap as Map;

/// Documents that are JSON and documents that nearly are.
const DOCUMENTS: &[&str] = &[
    "",
    " ",
    "null",
    " null ",
    "nul",
    "nulll",
    "true",
    "false",
    "tru",
    "True",
    "0",
    "-0",
    "00",
    "01",
    "-",
    "-1",
    "1",
    "7",
    "65535",
    "65536",
    "4294967295",
    "4294967296",
    "-2147483648",
    "-2147483649",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775808",
    "1.0",
    "1.",
    ".5",
    "1e2",
    "1E+2",
    "1e-2",
    "1e",
    "1e+",
    "2.5e3",
    "-0.0",
    "+1",
    " 12 ",
    "1 2",
    "\"\"",
    "\"a\"",
    "\"æøå\"",
    r#""\u00e6""#,
    r#""\u00E6""#,
    r#""\u00g6""#,
    r#""\u00e""#,
    r#""\ud83d\ude00""#,
    r#""\ud83d""#,
    r#""\ude00""#,
    r#""\ud83d\u0041""#,
    r#""\ud83d\ud83d""#,
    r#""\ud83dx""#,
    r#""a\"b""#,
    r#""\\""#,
    r#""\/""#,
    r#""\b\f\n\r\t""#,
    r#""\x""#,
    r#""\'""#,
    "\"tab\there\"",
    "\"line\nbreak\"",
    "\"\u{7f}\"",
    "\"open",
    "\"a\" \"b\"",
    "[]",
    "[ ]",
    "[1]",
    "[1,]",
    "[,1]",
    "[1 2]",
    "[1,2,3]",
    "[\"a\",\"b\"]",
    "[\"a\",1]",
    "[[]]",
    "[null]",
    "[null,\"x\"]",
    "[",
    "]",
    "{}",
    "{ }",
    "{\"a\":1}",
    "{\"a\":1,}",
    "{,}",
    "{\"a\"}",
    "{\"a\":}",
    "{a:1}",
    "{'a':1}",
    "{\"a\":1 \"b\":2}",
    "{\"a\":1,\"b\":{\"c\":[1,{\"d\":null}]}}",
    "{\"a\":1,\"a\":2}",
    r#"{"\u0061":1}"#,
    r#"{"\ud800":1}"#,
    r#"{"x":{"\ud800":1}}"#,
    r#"{"x":"\ud800"}"#,
    "{\"a\":1}x",
    "{\"a\":1}}",
    "{\"a\":[1,2}",
    "{\"a\":\"b\"]",
    " {\"a\" : 1 , \"b\" : \"c\" } ",
    "\t{\r\n}\n",
    "{\"id\":\"6f9619ff-8b86-d011-b42d-00c04fc964ff\"}",
    "\"6f9619ff-8b86-d011-b42d-00c04fc964ff\"",
    "\"6F9619FF8B86D011B42D00C04FC964FF\"",
    "\"{6f9619ff-8b86-d011-b42d-00c04fc964ff}\"",
    "\"urn:uuid:6f9619ff-8b86-d011-b42d-00c04fc964ff\"",
    "\"6f9619ff-8b86-d011-b42d-00c04fc964f\"",
    "\"6f9619ff-8b86-d011-b42d-00c04fc964fg\"",
    "1e400",
    "[1e400]",
    "{\"big\":1e400}",
    "\u{feff}{}",
];

/// serde's reading of `text` as a `T`.
fn serde<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}

/// Each type reads `text` as serde does.
fn agree(text: &str) {
    assert_eq!(String::from_json(text), serde::<String>(text), "String from {text:?}");
    assert_eq!(bool::from_json(text), serde::<bool>(text), "bool from {text:?}");
    assert_eq!(u16::from_json(text), serde::<u16>(text), "u16 from {text:?}");
    assert_eq!(u32::from_json(text), serde::<u32>(text), "u32 from {text:?}");
    assert_eq!(u64::from_json(text), serde::<u64>(text), "u64 from {text:?}");
    assert_eq!(i32::from_json(text), serde::<i32>(text), "i32 from {text:?}");
    assert_eq!(i64::from_json(text), serde::<i64>(text), "i64 from {text:?}");
    assert_eq!(Uuid::from_json(text), serde::<Uuid>(text), "Uuid from {text:?}");
    assert_eq!(Option::<String>::from_json(text), serde::<Option<String>>(text), "Option<String> from {text:?}");
    assert_eq!(Option::<u32>::from_json(text), serde::<Option<u32>>(text), "Option<u32> from {text:?}");
    assert_eq!(Vec::<String>::from_json(text), serde::<Vec<String>>(text), "Vec<String> from {text:?}");
    assert_eq!(Vec::<u64>::from_json(text), serde::<Vec<u64>>(text), "Vec<u64> from {text:?}");
    assert_eq!(
        Vec::<Option<String>>::from_json(text),
        serde::<Vec<Option<String>>>(text),
        "Vec<Option<String>> from {text:?}"
    );
    // An object: the same fields (serde's map keeps the last of a key named twice; the reader keeps both), each
    // the value serde reads. Serde's derive passes over what it does not read, as `IgnoredAny` does.
    let ours = object(text);
    match serde::<Map<String, IgnoredAny>>(text) {
        None => assert_eq!(ours, None, "object from {text:?}"),
        Some(map) => {
            let ours = ours.unwrap_or_else(|| panic!("serde reads an object from {text:?}"));
            assert!(ours.iter().all(|(k, _)| map.contains_key(k)), "keys of {text:?}");
            assert!(ours.len() >= map.len(), "keys of {text:?}");
            for (_, value) in &ours {
                assert!(serde::<IgnoredAny>(value).is_some(), "field {value:?} of {text:?}");
            }
        }
    }
    match serde::<Vec<IgnoredAny>>(text) {
        None => assert_eq!(array(text), None, "array from {text:?}"),
        Some(items) => assert_eq!(array(text).map(|a| a.len()), Some(items.len()), "array from {text:?}"),
    }
}

#[test]
fn every_type_reads_these_documents_as_serde_does() {
    for text in DOCUMENTS {
        agree(text);
    }
}

#[test]
fn an_object_keeps_each_field_as_its_json_text() {
    let fields = object(r#" { "a" : [1, {"b": "\u00e6"}] , "c":"d\"" , "e" :null} "#).expect("an object");
    assert_eq!(
        fields,
        vec![("a".to_string(), r#"[1, {"b": "\u00e6"}]"#), ("c".to_string(), r#""d\"""#), ("e".to_string(), "null")]
    );
    assert_eq!(String::from_json(fields[1].1).as_deref(), Some("d\""));
    assert_eq!(array(fields[0].1).map(|a| a.len()), Some(2));
}

#[test]
fn nesting_is_read_to_128_deep_and_refused_deeper_without_using_up_the_stack() {
    for depth in [1, 100, 127, 128, 129, 200, 100_000] {
        for (open, close) in [("[", "]"), ("{\"k\":", "}")] {
            let text = format!("{}1{}", open.repeat(depth), close.repeat(depth));
            let wrapped = format!("{{\"x\":{text}}}");
            // The array and the object around it count too.
            let read = if open == "[" { array(&text).is_some() } else { object(&text).is_some() };
            assert_eq!(read, depth <= 128, "{depth} deep");
            assert_eq!(object(&wrapped).is_some(), depth < 128, "{depth} deep in an object");
            if depth < 128 {
                assert!(serde::<IgnoredAny>(&text).is_some() && serde::<Map<String, IgnoredAny>>(&wrapped).is_some());
            }
        }
    }
}

/// A made-up document from JSON's pieces, right and wrong, chosen by a small fixed-seed generator (so a failure
/// names its document and repeats).
fn made_up(seed: &mut u64) -> String {
    const PIECES: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        " ",
        "\"a\"",
        "\"b\"",
        "\"",
        "\\",
        "\\u",
        "d83d",
        "de00",
        "00e6",
        "u",
        "1",
        "0",
        "-",
        ".",
        "e",
        "+",
        "12",
        "null",
        "true",
        "false",
        "\"x\":",
        "\"\\ud83d\\ude00\"",
        "\"\\ud800\"",
        "\t",
        "æ",
        "\n",
        "\u{1}",
    ];
    let mut next = || {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    };
    let len = (next() % 12) as usize;
    (0..len).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect()
}

#[test]
fn every_type_reads_made_up_documents_as_serde_does() {
    let mut seed = 0x5eed_f1e5_u64;
    for _ in 0..200_000 {
        agree(&made_up(&mut seed));
    }
}
