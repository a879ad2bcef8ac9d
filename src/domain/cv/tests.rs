#![allow(clippy::field_reassign_with_default)] // tests build CVs step by step
use super::*;
use contract::common::{Period, YearMonth};
use contract::cv::{TextItem, WorkItem};
use uuid::Uuid;

fn job(title: &str, year: i32) -> WorkItem {
    WorkItem {
        id: Uuid::new_v4(),
        title: title.into(),
        employer: "Netto".into(),
        period: Period { from: YearMonth { year, month: 3 }, to: None },
        tasks: vec!["Fyldte varer op".into()],
        responsibility: String::new(),
        short_text: String::new(),
        long_text: String::new(),
    }
}

#[test]
fn an_unfinished_item_waits_and_the_rest_is_sent() {
    let mut cv = CvContent::default();
    cv.work = vec![job("Butiksassistent", 2019), job("", 2020), job("Lagermedarbejder", 0)];
    cv.seeking = vec![TextItem { id: Uuid::new_v4(), text: " Kantine ".into() }];
    let s = sendable(&cv);
    assert!(!s.blocked);
    assert_eq!(s.waiting, vec![(CvSection::Work, 1), (CvSection::Work, 2)]);
    assert_eq!(s.content.work.len(), 1);
    assert_eq!(s.content.work[0].title, "Butiksassistent");
    assert_eq!(s.content.seeking[0].text, "Kantine", "sent text is normalised");
    assert!(s.content.clone().validate().is_ok());
    assert_eq!(cv.work.len(), 3, "the draft keeps everything");
}

#[test]
fn a_text_over_the_limit_stops_the_save_instead_of_being_cut() {
    let mut cv = CvContent::default();
    cv.profile = "x".repeat(4001);
    let s = sendable(&cv);
    assert!(s.blocked);
    assert_eq!(s.errors[0].field, "profile");
    assert_eq!(s.errors[0].code, FieldErrorCode::TooLong);
}

#[test]
fn hostile_text_is_kept_as_text() {
    let mut cv = CvContent::default();
    cv.profile = "<script>alert(1)</script> 😀 שלום".into();
    let s = sendable(&cv);
    assert!(!s.blocked);
    assert_eq!(s.content.profile, cv.profile);
}

#[test]
fn an_end_before_the_start_makes_the_item_wait() {
    let mut cv = CvContent::default();
    let mut j = job("Kok", 2020);
    j.period.to = Some(YearMonth { year: 2019, month: 1 });
    cv.work = vec![j];
    let s = sendable(&cv);
    assert_eq!(s.waiting, vec![(CvSection::Work, 0)]);
    assert!(!s.blocked);
}

#[test]
fn paths_name_their_item() {
    assert_eq!(item_of("work.3.title"), Some((CvSection::Work, 3)));
    assert_eq!(item_of("works_for_me.0.text"), Some((CvSection::WorksForMe, 0)));
    assert_eq!(item_of("profile"), None);
    assert_eq!(item_of("nope.1.x"), None);
}

#[test]
fn items_move_one_place_and_stop_at_the_ends() {
    let mut v = vec![1, 2, 3];
    assert_eq!(move_item(&mut v, 0, true), 0);
    assert_eq!(move_item(&mut v, 0, false), 1);
    assert_eq!(v, vec![2, 1, 3]);
    assert_eq!(move_item(&mut v, 2, false), 2);
    assert_eq!(move_item(&mut v, 2, true), 1);
    assert_eq!(v, vec![2, 3, 1]);
    assert_eq!(move_item(&mut v, 9, true), 9);
}

#[test]
fn years_must_be_four_digits_in_range() {
    assert_eq!(parse_year(" 2019 "), Some(2019));
    assert_eq!(parse_year("19"), None);
    assert_eq!(parse_year("1850"), None);
    assert_eq!(parse_year("20x9"), None);
    assert_eq!(parse_year("+201"), None);
}

#[test]
fn counts_per_section() {
    let mut cv = CvContent::default();
    assert_eq!(count(&cv, CvSection::Profile), 0);
    cv.profile = "Stabil".into();
    cv.work = vec![job("Kok", 2020)];
    assert_eq!(count(&cv, CvSection::Profile), 1);
    assert_eq!(count(&cv, CvSection::Work), 1);
    assert_eq!(count(&cv, CvSection::Gaps), 0);
}
