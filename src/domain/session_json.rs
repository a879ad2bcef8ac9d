//! Reading the session (`GET /api/v1/session`, and the copy the device keeps of that answer) in the app. It is
//! read at every start, so its reader is in the first download: through `JsonObject` (one loop over an object's
//! keys) it is a fraction of the size of serde's derive, which made a visitor per struct and per enum. The JSON is
//! the contract's (`contract::session`); tests check that every session the derive writes reads back the same.

use crate::domain::json_object::JsonObject;
use crate::domain::json_text::FromJson;
use contract::session::{
    BorgerProfile, BorgerStatus, Contact, ContactForm, DemoBorger, DeviceKey, Kommune, Phase, Session,
};

/// The session in `text`, or `None` when it is not one (a missing field, a value of the wrong kind).
pub fn read(text: &str) -> Option<Session> {
    let f = JsonObject::parse(text)?;
    Some(Session {
        borger: profile(&f.read("borger")?)?,
        idle_timeout_secs: f.read("idle_timeout_secs")?,
        expires_at: contract::wire_time::parse_rfc3339(&f.read::<String>("expires_at")?)?,
        shared_device: f.read_or_default("shared_device")?,
    })
}

/// The device key's answer (`GET /api/v1/session/device-key`), asked for at every start; `key` may be missing or
/// null (a shared computer).
pub fn device_key(text: &str) -> Option<DeviceKey> {
    Some(DeviceKey { key: JsonObject::parse(text)?.read_or_default("key")? })
}

/// The reference backend's demo borgere (`GET /dev/login`), which the login page lists; read here too, so the
/// login page needs no serde_json either.
pub fn demo_borgere(text: &str) -> Option<Vec<DemoBorger>> {
    let list: Vec<JsonObject> = FromJson::from_json(text)?;
    list.iter()
        .map(|f| Some(DemoBorger { id: f.read("id")?, name: f.read("name")?, summary: f.read("summary")? }))
        .collect()
}

fn profile(f: &JsonObject) -> Option<BorgerProfile> {
    // An optional field may be missing or `null`.
    let virksomhedskonsulent = match f.read::<Option<JsonObject>>("virksomhedskonsulent") {
        Some(Some(c)) => Some(contact(&c)?),
        Some(None) => None,
        None if f.get("virksomhedskonsulent").is_none() => None,
        None => return None,
    };
    Some(BorgerProfile {
        id: f.read("id")?,
        name: f.read("name")?,
        email: f.read_or_default("email")?,
        phone: f.read_or_default("phone")?,
        kommune: kommune(&f.read("kommune")?)?,
        phase: match f.read::<String>("phase")?.as_str() {
            "preparation" => Phase::Preparation,
            "ledighedsydelse" => Phase::Ledighedsydelse,
            "fleksjob" => Phase::Fleksjob,
            _ => return None,
        },
        status: match f.read::<String>("status")?.as_str() {
            "before_rehab_meeting" => BorgerStatus::BeforeRehabMeeting,
            "on_ledighedsydelse" => BorgerStatus::OnLedighedsydelse,
            "in_fleksjob" => BorgerStatus::InFleksjob,
            _ => return None,
        },
        jobformidler: contact(&f.read("jobformidler")?)?,
        virksomhedskonsulent,
        preferred_contact: match f.read::<String>("preferred_contact")?.as_str() {
            "in_person" => ContactForm::InPerson,
            "phone" => ContactForm::Phone,
            "video" => ContactForm::Video,
            _ => return None,
        },
    })
}

fn kommune(f: &JsonObject) -> Option<Kommune> {
    Some(Kommune {
        name: f.read("name")?,
        jobcenter: f.read("jobcenter")?,
        phone: f.read("phone")?,
        email: f.read("email")?,
        address: f.read("address")?,
        phone_hours: f.read("phone_hours")?,
    })
}

fn contact(f: &JsonObject) -> Option<Contact> {
    Some(Contact { name: f.read("name")?, role: f.read("role")?, phone: f.read("phone")?, email: f.read("email")? })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn person(name: &str) -> Contact {
        Contact {
            name: name.into(),
            role: "Jobformidler".into(),
            phone: "+45 87 87 00 00".into(),
            email: "a@b.dk".into(),
        }
    }

    fn session(phase: Phase, status: BorgerStatus, form: ContactForm, vk: Option<Contact>) -> Session {
        Session {
            borger: BorgerProfile {
                id: uuid::Uuid::from_u128(7),
                name: "Hanne \"Søs\" Jakobsen".into(),
                email: "hanne@example.dk".into(),
                phone: String::new(),
                kommune: Kommune {
                    name: "Viborg Kommune".into(),
                    jobcenter: "Jobcenter Viborg".into(),
                    phone: "87 87 00 00".into(),
                    email: "jobcenter@viborg.dk".into(),
                    address: "Prinsens Allé 5\n8800 Viborg".into(),
                    phone_hours: "Man–fre 9–12".into(),
                },
                phase,
                status,
                jobformidler: person("Lene"),
                virksomhedskonsulent: vk,
                preferred_contact: form,
            },
            idle_timeout_secs: 1800,
            expires_at: datetime!(2026-12-01 16:30:05 +01:00),
            shared_device: true,
        }
    }

    #[test]
    fn every_session_the_contract_writes_reads_back_the_same() {
        let phases = [Phase::Preparation, Phase::Ledighedsydelse, Phase::Fleksjob];
        let statuses = [BorgerStatus::BeforeRehabMeeting, BorgerStatus::OnLedighedsydelse, BorgerStatus::InFleksjob];
        let forms = [ContactForm::InPerson, ContactForm::Phone, ContactForm::Video];
        for (i, phase) in phases.into_iter().enumerate() {
            for status in statuses {
                for form in forms {
                    let vk = (i % 2 == 0).then(|| person("Bo"));
                    let s = session(phase, status, form, vk);
                    let text = serde_json::to_string(&s).unwrap();
                    assert_eq!(read(&text), Some(s.clone()), "{text}");
                    // And what the derive reads, ours reads the same (the backend's answer is the derive's).
                    assert_eq!(serde_json::from_str::<Session>(&text).ok(), read(&text));
                }
            }
        }
    }

    #[test]
    fn defaults_and_optional_fields_read_as_the_derive_reads_them() {
        let s = session(Phase::Fleksjob, BorgerStatus::InFleksjob, ContactForm::Video, None);
        let mut v = serde_json::to_value(&s).unwrap();
        let o = v.as_object_mut().unwrap();
        o.remove("shared_device");
        let b = o.get_mut("borger").unwrap().as_object_mut().unwrap();
        b.remove("email");
        b.remove("phone");
        b.remove("virksomhedskonsulent");
        let text = v.to_string();
        let ours = read(&text).unwrap();
        assert_eq!(Some(&ours), serde_json::from_str::<Session>(&text).ok().as_ref());
        assert!(!ours.shared_device && ours.borger.email.is_empty() && ours.borger.virksomhedskonsulent.is_none());
    }

    #[test]
    fn what_is_not_a_session_is_refused() {
        let s = session(Phase::Fleksjob, BorgerStatus::InFleksjob, ContactForm::Video, Some(person("Bo")));
        let good = serde_json::to_value(&s).unwrap();
        let broken: &[fn(&mut serde_json::Value)] = &[
            |v| drop(v.as_object_mut().unwrap().remove("borger")),
            |v| drop(v.as_object_mut().unwrap().remove("expires_at")),
            |v| v["expires_at"] = "i morgen".into(),
            |v| v["idle_timeout_secs"] = (-1).into(),
            |v| v["shared_device"] = "ja".into(),
            |v| v["borger"]["id"] = "not-a-uuid".into(),
            |v| v["borger"]["phase"] = "fase 2".into(),
            |v| v["borger"]["status"] = serde_json::Value::Null,
            |v| v["borger"]["preferred_contact"] = "brev".into(),
            |v| drop(v["borger"]["kommune"].as_object_mut().unwrap().remove("phone_hours")),
            |v| v["borger"]["jobformidler"]["name"] = 3.into(),
            |v| v["borger"]["virksomhedskonsulent"] = "Bo".into(),
            |v| drop(v["borger"]["virksomhedskonsulent"].as_object_mut().unwrap().remove("role")),
        ];
        for (i, breaking) in broken.iter().enumerate() {
            let mut v = good.clone();
            breaking(&mut v);
            let text = v.to_string();
            assert_eq!(read(&text), None, "case {i}: {text}");
            assert!(serde_json::from_str::<Session>(&text).is_err(), "case {i}: the derive reads it");
        }
        assert_eq!(read("[]"), None);
        assert_eq!(read(r#"{"borger": 1, "borger": 2}"#), None);
        assert_eq!(read(""), None);
    }

    #[test]
    fn the_device_key_reads_as_the_derive_reads_it() {
        let hex = "0123456789abcdef".repeat(4);
        for text in [
            format!(r#"{{"key":"{hex}"}}"#),
            r#"{"key":null}"#.to_string(),
            "{}".to_string(),
            r#"{"key":null,"other":[1,{"a":"\u00e6"}]}"#.to_string(),
        ] {
            let ours = device_key(&text);
            assert!(ours.is_some(), "{text}");
            assert_eq!(ours, serde_json::from_str::<DeviceKey>(&text).ok(), "{text}");
        }
        for text in [r#"{"key":3}"#, r#"{"key":"a","key":"b"}"#, "null", "", r#"{"key":"\ud800"}"#, "[]"] {
            assert_eq!(device_key(text), None, "{text}");
            assert!(serde_json::from_str::<DeviceKey>(text).is_err(), "the derive reads {text}");
        }
    }

    #[test]
    fn the_demo_borgere_read_as_the_derive_reads_them() {
        let list = vec![
            DemoBorger {
                id: uuid::Uuid::from_u128(1),
                name: "Mette Sørensen".into(),
                summary: "Fase 1, \"før\"".into(),
            },
            DemoBorger { id: uuid::Uuid::from_u128(2), name: "Jonas".into(), summary: String::new() },
        ];
        let text = serde_json::to_string(&list).unwrap();
        assert_eq!(demo_borgere(&text), Some(list));
        assert_eq!(demo_borgere("[]"), Some(vec![]));
        for text in [r#"[{"id":"x","name":"a","summary":"b"}]"#, r#"[{"name":"a","summary":"b"}]"#, "{}", "[1]", ""] {
            assert_eq!(demo_borgere(text), None, "{text}");
            assert!(serde_json::from_str::<Vec<DemoBorger>>(text).is_err(), "the derive reads {text}");
        }
    }
}
