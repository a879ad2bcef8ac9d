//! CV → JSON Resume.

use super::Contact;
use contract::common::{Period, YearMonth};
use contract::cv::{CvContent, LanguageLevel};
use serde_json::{Map, Value, json};

fn month(m: YearMonth) -> String {
    format!("{:04}-{:02}", m.year, m.month)
}

/// Adds `startDate` and, unless it is still going on, `endDate`.
fn dates(o: &mut Map<String, Value>, p: &Period) {
    o.insert("startDate".into(), month(p.from).into());
    if let Some(to) = p.to {
        o.insert("endDate".into(), month(to).into());
    }
}

fn longest(short: &str, long: &str) -> String {
    if long.trim().is_empty() { short.to_owned() } else { long.to_owned() }
}

/// How JSON Resume's free-text `fluency` names a level.
pub fn fluency(l: LanguageLevel) -> &'static str {
    match l {
        LanguageLevel::Basic => "Elementary",
        LanguageLevel::Good => "Limited working proficiency",
        LanguageLevel::VeryGood => "Full professional proficiency",
        LanguageLevel::Native => "Native speaker",
    }
}

/// The CV as a JSON Resume document.
pub fn export(cv: &CvContent, contact: &Contact) -> Value {
    let work = |list: &[contract::cv::WorkItem], org: &str| -> Vec<Value> {
        list.iter()
            .map(|w| {
                let mut o = Map::new();
                o.insert(org.into(), w.employer.clone().into());
                o.insert("position".into(), w.title.clone().into());
                dates(&mut o, &w.period);
                o.insert("summary".into(), longest(&w.short_text, &w.long_text).into());
                o.insert("highlights".into(), w.tasks.clone().into());
                Value::Object(o)
            })
            .collect()
    };
    let education: Vec<Value> = cv
        .education
        .iter()
        .map(|e| {
            let mut o = Map::new();
            o.insert("institution".into(), e.institution.clone().into());
            o.insert("area".into(), e.title.clone().into());
            dates(&mut o, &e.period);
            Value::Object(o)
        })
        .collect();
    let certificates: Vec<Value> = cv
        .licences
        .iter()
        .map(|l| json!({ "name": l.title, "issuer": "" }))
        .chain(cv.courses.iter().map(|c| {
            let mut o = json!({ "name": c.title, "issuer": c.provider });
            if let Some(w) = c.when {
                o["date"] = format!("{}-01", month(w)).into();
            }
            o
        }))
        .collect();
    json!({
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        "basics": {
            "name": contact.name,
            "email": contact.email,
            "phone": contact.phone,
            "label": cv.seeking.first().map(|s| s.text.clone()).unwrap_or_default(),
            "summary": cv.profile,
        },
        "work": work(&cv.work, "name"),
        "volunteer": work(&cv.volunteering, "organization"),
        "education": education,
        "certificates": certificates,
        "skills": cv.competences.iter().map(|c| json!({ "name": c.title })).collect::<Vec<_>>(),
        "languages": cv.languages.iter().map(|l| json!({ "language": l.language, "fluency": fluency(l.spoken) })).collect::<Vec<_>>(),
        "interests": cv.leisure.iter().map(|n| json!({ "name": n.title, "keywords": [n.description] })).collect::<Vec<_>>(),
        // The v1 schema allows no extra keys at the top level, but `meta` is open: our extension lives there.
        "meta": { "version": "v1.0.0", "x-fleksvej": { "version": 1, "content": cv } },
    })
}
