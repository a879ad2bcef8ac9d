use super::*;
use contract::cv::{TargetedItem, TextItem, WorkItem};

fn job(title: &str, short: &str, long: &str) -> WorkItem {
    WorkItem {
        id: Uuid::new_v4(),
        title: title.into(),
        employer: "Kantinen".into(),
        period: Period { from: YearMonth { year: 2018, month: 2 }, to: None },
        tasks: vec!["Smurte sandwich".into()],
        responsibility: String::new(),
        short_text: short.into(),
        long_text: long.into(),
    }
}

fn cv() -> CvContent {
    CvContent {
        profile: "Erfaren i køkken".into(),
        work: vec![job("Kok", "kort", "lang"), job("Opvasker", "", "kun lang")],
        qualities: vec![TextItem { id: Uuid::new_v4(), text: "Stabil".into() }],
        ..CvContent::default()
    }
}

fn pick(id: Uuid, text: TextChoice, own: Option<&str>) -> TargetedItem {
    TargetedItem { item_id: id, text, custom_text: own.map(str::to_owned) }
}

#[test]
fn the_brutto_document_has_every_filled_section_in_order() {
    let d = brutto(&cv());
    let order: Vec<CvSection> = d.sections.iter().map(|(s, _)| *s).collect();
    assert_eq!(order, vec![CvSection::Work, CvSection::Qualities]);
    assert_eq!(d.sections[0].1[0].text, "lang");
    assert_eq!(d.profile, "Erfaren i køkken");
}

#[test]
fn a_targeted_cv_has_only_chosen_items_with_their_text_and_order() {
    let cv = cv();
    let (kok, opvask, stabil) = (cv.work[0].id, cv.work[1].id, cv.qualities[0].id);
    let t = TargetedCvInput {
        name: "Til kantinen".into(),
        target_job: String::new(),
        profile: String::new(),
        items: vec![
            pick(kok, TextChoice::Short, None),
            pick(opvask, TextChoice::Short, None),
            pick(stabil, TextChoice::Short, None),
        ],
        sections: vec![CvSection::Qualities],
    };
    let d = targeted(&cv, &t);
    assert_eq!(d.sections[0].0, CvSection::Qualities, "own order first");
    assert_eq!(d.sections[1].1.len(), 2);
    assert_eq!(d.sections[1].1[0].text, "kort");
    assert_eq!(d.sections[1].1[1].text, "kun lang", "falls back to the other text");
    assert_eq!(d.profile, "Erfaren i køkken", "the brutto profile when it has none of its own");
}

#[test]
fn a_targeted_cv_follows_brutto_changes_unless_the_text_is_its_own() {
    let mut cv = cv();
    let (kok, opvask) = (cv.work[0].id, cv.work[1].id);
    let t = TargetedCvInput {
        name: "x".into(),
        target_job: String::new(),
        profile: "Min egen profil".into(),
        items: vec![pick(kok, TextChoice::Long, None), pick(opvask, TextChoice::Short, Some("Min tekst"))],
        sections: vec![],
    };
    cv.work[0].long_text = "rettet i brutto".into();
    cv.work[1].short_text = "også rettet".into();
    let d = targeted(&cv, &t);
    assert_eq!(d.sections[0].1[0].text, "rettet i brutto");
    assert_eq!(d.sections[0].1[1].text, "Min tekst");
    assert_eq!(d.profile, "Min egen profil");
}

#[test]
fn items_deleted_from_the_brutto_cv_drop_out_of_targeted_cvs() {
    let cv = cv();
    let t = TargetedCvInput {
        name: "x".into(),
        target_job: String::new(),
        profile: String::new(),
        items: vec![pick(Uuid::new_v4(), TextChoice::Short, None)],
        sections: vec![],
    };
    assert!(targeted(&cv, &t).sections.is_empty());
}

#[test]
fn section_order_lists_every_section_once() {
    let t = TargetedCvInput {
        name: "x".into(),
        target_job: String::new(),
        profile: String::new(),
        items: vec![],
        sections: vec![CvSection::Competences, CvSection::Work],
    };
    let order = section_order(&t);
    assert_eq!(order.len(), CvSection::ALL.len());
    assert_eq!(&order[..3], &[CvSection::Competences, CvSection::Work, CvSection::Profile]);
}
