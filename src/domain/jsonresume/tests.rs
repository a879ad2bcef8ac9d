use super::*;
use contract::Validate;
use contract::common::{Period, YearMonth};
use contract::cv::*;
use uuid::Uuid;

fn ym(year: i32, month: u8) -> YearMonth {
    YearMonth { year, month }
}

fn rich() -> CvContent {
    let id = Uuid::new_v4;
    let period = Period { from: ym(2019, 3), to: None };
    CvContent {
        profile: "<script>alert(1)</script> 😀 שלום\nto linjer".into(),
        seeking: vec![TextItem { id: id(), text: "Køkkenmedhjælper".into() }],
        work: vec![WorkItem {
            id: id(),
            title: "Kok".into(),
            employer: "Kantinen".into(),
            period,
            tasks: vec!["Smurte sandwich".into(), "x".repeat(200)],
            responsibility: "Egenkontrol".into(),
            short_text: "kort".into(),
            long_text: "y".repeat(4000),
        }],
        gaps: vec![GapItem {
            id: id(),
            label: "Periode med fokus på helbred og afklaring".into(),
            period: Period { from: ym(2020, 4), to: Some(ym(2021, 1)) },
        }],
        education: vec![EducationItem {
            id: id(),
            title: "Ernæringsassistent".into(),
            institution: "Mercantec".into(),
            period: Period { from: ym(2010, 8), to: Some(ym(2012, 6)) },
            completed: false,
            short_text: String::new(),
            long_text: String::new(),
        }],
        courses: vec![CourseItem {
            id: id(),
            title: "Hygiejnekursus".into(),
            provider: "AMU".into(),
            when: Some(ym(2018, 5)),
            short_text: "3 dage".into(),
        }],
        internships: vec![InternshipItem {
            id: id(),
            kind: InternshipKind::Smaajob,
            company: "Netto".into(),
            period,
            tasks: vec!["Fyldte op".into()],
            hours_per_week: Some(7.5),
            short_text: String::new(),
        }],
        volunteering: vec![WorkItem {
            id: id(),
            title: "Træner".into(),
            employer: "Viborg FF".into(),
            period,
            tasks: vec![],
            responsibility: String::new(),
            short_text: String::new(),
            long_text: String::new(),
        }],
        leisure: vec![NoteItem { id: id(), title: "Have".into(), description: "Grøntsager".into() }],
        languages: vec![LanguageItem {
            id: id(),
            language: "Dansk".into(),
            spoken: LanguageLevel::Native,
            written: LanguageLevel::VeryGood,
        }],
        licences: vec![LicenceItem {
            id: id(),
            kind: LicenceKind::Driving,
            title: "B".into(),
            valid_until: Some(ym(2030, 1)),
        }],
        competences: vec![CompetenceItem {
            id: id(),
            kind: CompetenceKind::Transferable,
            title: "Kundekontakt".into(),
        }],
        qualities: vec![TextItem { id: id(), text: "Stabil".into() }],
        works_for_me: vec![TextItem { id: id(), text: "Faste mødetider".into() }],
    }
}

fn contact() -> Contact {
    Contact { name: "Mette Sørensen".into(), email: "mette@example.org".into(), phone: "20 00 00 01".into() }
}

#[test]
fn export_then_import_gives_back_the_same_cv() {
    let cv = rich();
    assert!(cv.clone().validate().is_ok());
    let file = serde_json::to_string_pretty(&export(&cv, &contact())).unwrap();
    let back = import(&file).unwrap();
    assert_eq!(back.content, cv);
    assert!(back.warnings.is_empty());
}

#[test]
fn export_fills_the_standard_sections_for_other_tools() {
    let j = export(&rich(), &contact());
    assert_eq!(j["basics"]["name"], "Mette Sørensen");
    assert_eq!(j["basics"]["label"], "Køkkenmedhjælper");
    assert_eq!(j["work"][0]["position"], "Kok");
    assert_eq!(j["work"][0]["name"], "Kantinen");
    assert_eq!(j["work"][0]["startDate"], "2019-03");
    assert!(j["work"][0].get("endDate").is_none(), "ongoing has no end");
    assert_eq!(j["work"][0]["highlights"][0], "Smurte sandwich");
    assert_eq!(j["volunteer"][0]["organization"], "Viborg FF");
    assert_eq!(j["education"][0]["endDate"], "2012-06");
    assert_eq!(j["languages"][0]["fluency"], "Native speaker");
    assert_eq!(j["certificates"][1]["date"], "2018-05-01");
    assert!(j["meta"].get(EXTENSION).is_some(), "in meta: the v1 schema forbids extra top-level keys");
    let allowed = [
        "$schema",
        "basics",
        "work",
        "volunteer",
        "education",
        "awards",
        "certificates",
        "publications",
        "skills",
        "languages",
        "interests",
        "references",
        "projects",
        "meta",
    ];
    assert!(j.as_object().unwrap().keys().all(|k| allowed.contains(&k.as_str())));
}

#[test]
fn a_file_from_another_tool_is_mapped_and_unreadable_entries_are_named() {
    let file = r#"{
        "basics": { "name": "A", "label": "Lagermedarbejder", "summary": "Erfaren på lager" },
        "work": [
            { "name": "Dagrofa", "position": "Plukker", "startDate": "2015", "endDate": "2018-02-10", "highlights": ["Pluk", " "] },
            { "name": "Uden stilling", "startDate": "2014-01" },
            { "position": "Uden dato" }
        ],
        "skills": [{ "name": "Truck" }, {}],
        "languages": [{ "language": "Engelsk", "fluency": "Elementary" }],
        "interests": [{ "name": "Fiskeri", "keywords": ["hav", "å"] }],
        "projects": [{ "name": "ignored" }]
    }"#;
    let p = import(file).unwrap();
    assert_eq!(p.content.profile, "Erfaren på lager");
    assert_eq!(p.content.seeking[0].text, "Lagermedarbejder");
    assert_eq!(p.content.work.len(), 2, "a missing position falls back to the name");
    assert_eq!(p.content.work[0].period, Period { from: ym(2015, 1), to: Some(ym(2018, 2)) });
    assert_eq!(p.content.work[0].tasks, vec!["Pluk".to_owned()]);
    assert_eq!(p.content.languages[0].spoken, LanguageLevel::Basic);
    assert_eq!(p.content.leisure[0].description, "hav, å");
    assert!(p.warnings.contains(&ImportWarning::NoDate(CvSection::Work)));
    assert!(p.warnings.contains(&ImportWarning::NoTitle(CvSection::Competences)));
    assert!(p.content.clone().validate().is_ok());
}

#[test]
fn long_texts_are_cut_with_a_warning_and_control_characters_are_left_out() {
    let file = serde_json::json!({
        "basics": { "summary": "z".repeat(5000) },
        "skills": [{ "name": "ok" }, { "name": "bad\u{0007}bell" }],
    })
    .to_string();
    let p = import(&file).unwrap();
    assert_eq!(p.content.profile.chars().count(), 4000);
    assert!(p.warnings.contains(&ImportWarning::Cut(CvSection::Profile)));
    assert_eq!(p.content.competences.len(), 1);
    assert!(p.warnings.contains(&ImportWarning::Unreadable(CvSection::Competences)));
}

#[test]
fn files_that_are_not_json_resume_are_refused_with_a_reason() {
    assert_eq!(import("not json"), Err(ImportError::NotJson));
    assert_eq!(import("[1,2]"), Err(ImportError::NotResume));
    assert_eq!(import(r#"{"hello": 1}"#), Err(ImportError::NotResume));
    assert_eq!(import(&" ".repeat(MAX_BYTES + 1)), Err(ImportError::TooLarge));
    assert_eq!(import(&format!("{}1{}", "[".repeat(200), "]".repeat(200))), Err(ImportError::NotJson));
}

#[test]
fn a_broken_extension_falls_back_to_the_standard_sections() {
    let file = serde_json::json!({ "x-fleksvej": { "content": { "work": "nope" } }, "skills": [{ "name": "Truck" }] })
        .to_string();
    let p = import(&file).unwrap();
    assert_eq!(p.content.competences[0].title, "Truck");
    assert!(p.warnings.contains(&ImportWarning::ExtensionIgnored));
}

#[test]
fn wrong_types_anywhere_never_panic() {
    for file in [
        r#"{"work": 5}"#,
        r#"{"work": [5, "x", null, {"position": 7, "startDate": 2019}]}"#,
        r#"{"basics": [], "languages": [{"language": ["x"]}]}"#,
        r#"{"interests": [{"name": "x", "keywords": "not a list"}]}"#,
    ] {
        assert!(import(file).is_ok(), "{file}");
    }
}

#[test]
fn merging_adds_without_overwriting_or_doubling() {
    let mine = rich();
    let (same, report) = merge(&mine, &mine);
    assert_eq!(same, mine);
    assert!(report.added.is_empty());
    assert!(report.duplicates > 10);

    let mut theirs = CvContent { profile: "Anden profil".into(), ..CvContent::default() };
    let mut copy = mine.work[0].clone();
    copy.id = Uuid::new_v4();
    theirs.work = vec![copy, WorkItem { id: Uuid::new_v4(), title: "Ny".into(), ..mine.work[0].clone() }];
    let (merged, report) = merge(&mine, &theirs);
    assert_eq!(merged.profile, mine.profile, "the borger's profile stays");
    assert!(report.profile_kept);
    assert_eq!(merged.work.len(), 2);
    assert_eq!(report.added, vec![(CvSection::Work, 1)]);
    assert_eq!(report.duplicates, 1);
}

#[test]
fn merging_stops_at_the_limit_and_says_so() {
    let mine = CvContent {
        qualities: (0..99).map(|i| TextItem { id: Uuid::new_v4(), text: format!("q{i}") }).collect(),
        ..CvContent::default()
    };
    let theirs = CvContent {
        qualities: (0..3).map(|i| TextItem { id: Uuid::new_v4(), text: format!("new{i}") }).collect(),
        ..CvContent::default()
    };
    let (merged, report) = merge(&mine, &theirs);
    assert_eq!(merged.qualities.len(), 100);
    assert_eq!(report.over_limit, 2);
}

#[test]
fn months_are_read_from_years_months_and_dates() {
    use super::import::parse_month;
    assert_eq!(parse_month("2019"), Some(ym(2019, 1)));
    assert_eq!(parse_month("2019-03"), Some(ym(2019, 3)));
    assert_eq!(parse_month("2019-03-31"), Some(ym(2019, 3)));
    assert_eq!(parse_month("2019-13"), None);
    assert_eq!(parse_month("March 2019"), None);
}
