//! Week maths, sums across jobs, averages and the goal line.

use super::*;
use contract::progression::GoalArea;
use contract::progression::{EntrySource, WeekEntryInput};
use time::macros::date;

fn entry(year: i32, week: u8, job_no: u8, hours: f64) -> WeekEntry {
    WeekEntry {
        id: uuid::Uuid::new_v4(),
        version: 1,
        source: EntrySource::Borger,
        content: WeekEntryInput {
            week: IsoWeek { year, week },
            job_no,
            hours,
            effectiveness_pct: None,
            tasks_change: String::new(),
            conditions_change: String::new(),
            support_change: String::new(),
            note: String::new(),
        },
    }
}

#[test]
fn hours_accept_a_danish_decimal_comma() {
    assert_eq!(parse_hours("7,5"), Some(7.5));
    assert_eq!(parse_hours(" 10 "), Some(10.0));
    assert_eq!(parse_hours("7.25"), Some(7.25));
    assert_eq!(parse_hours(""), None);
    assert_eq!(parse_hours("ti"), None);
    assert_eq!(parse_hours("-3"), None);
    assert_eq!(format_hours(7.5, true), "7,5");
    assert_eq!(format_hours(10.0, true), "10");
}

#[test]
fn recent_weeks_cross_the_new_year_into_week_53() {
    let weeks = recent_weeks(date!(2027 - 01 - 06), 2);
    assert_eq!(weeks, [IsoWeek { year: 2026, week: 53 }, IsoWeek { year: 2026, week: 52 }]);
    // Near the end of summer time nothing shifts: weeks are dates, not instants.
    assert_eq!(recent_weeks(date!(2026 - 10 - 26), 1), [IsoWeek { year: 2026, week: 43 }]);
}

#[test]
fn two_jobs_in_the_same_week_add_up_and_weeks_come_in_order() {
    let totals = weekly_totals(&[entry(2026, 2, 1, 7.0), entry(2025, 52, 1, 6.0), entry(2026, 2, 2, 4.5)]);
    assert_eq!(totals, [(IsoWeek { year: 2025, week: 52 }, 6.0), (IsoWeek { year: 2026, week: 2 }, 11.5)]);
}

#[test]
fn the_rolling_average_uses_up_to_four_weeks() {
    let avg = rolling_average(&[8.0, 8.0, 10.0, 10.0, 12.0], 4);
    assert_eq!(avg, [8.0, 8.0, 26.0 / 3.0, 9.0, 10.0]);
}

#[test]
fn ranges_keep_only_recent_weeks() {
    let totals = [(IsoWeek { year: 2026, week: 1 }, 5.0), (IsoWeek { year: 2026, week: 40 }, 9.0)];
    let recent = within(&totals, date!(2026 - 11 - 22), Some(3));
    assert_eq!(recent, [(IsoWeek { year: 2026, week: 40 }, 9.0)]);
    assert_eq!(within(&totals, date!(2026 - 11 - 22), None).len(), 2);
}

fn goal(area: GoalArea, status: ProgressionStatus, target: Option<f64>, updated: i64) -> ProgressionGoal {
    ProgressionGoal {
        id: uuid::Uuid::new_v4(),
        version: 1,
        content: contract::progression::ProgressionGoalInput {
            area,
            description: "Et mål".into(),
            try_next: String::new(),
            review_date: None,
            target_hours: target,
        },
        status,
        agreed_with: String::new(),
        created_by: contract::common::Actor::Jobcenter,
        updated_at: time::OffsetDateTime::UNIX_EPOCH + Duration::days(updated),
    }
}

#[test]
fn the_check_in_suggests_last_week_and_offers_this_week_too() {
    // Monday 4 January 2027 is in 2027-W01; the week before is 2026-W53.
    assert_eq!(last_week(date!(2027 - 01 - 04)), IsoWeek { year: 2026, week: 53 });
    let weeks = week_choices(date!(2027 - 01 - 04), 2, None);
    let [a, b, c] = [(2027, 1), (2026, 53), (2026, 52)].map(|(year, week)| IsoWeek { year, week });
    assert_eq!(weeks, [a, b, c]);
    // A week being corrected stays in the list even when it is older.
    let old = IsoWeek { year: 2026, week: 30 };
    assert_eq!(week_choices(date!(2027 - 01 - 04), 2, Some(old)).last(), Some(&old));
    assert_eq!(week_choices(date!(2027 - 01 - 04), 2, Some(b)).len(), 3);
}

#[test]
fn weeks_around_summer_time_changes_are_whole_weeks() {
    // Summer time ends Sunday 25 October 2026 and begins Sunday 28 March 2027: weeks are dates.
    assert_eq!(IsoWeek::of(date!(2026 - 10 - 25)), IsoWeek { year: 2026, week: 43 });
    assert_eq!(last_week(date!(2026 - 10 - 26)), IsoWeek { year: 2026, week: 43 });
    assert_eq!(last_week(date!(2027 - 03 - 29)), IsoWeek { year: 2027, week: 12 });
}

#[test]
fn the_goal_line_comes_from_the_agreed_goal_with_target_hours() {
    let hours = |s, h, at| goal(GoalArea::Hours, s, h, at);
    assert_eq!(hours_goal(&[hours(ProgressionStatus::Agreed, Some(12.0), 1)]), Some(12.0));
    assert_eq!(hours_goal(&[hours(ProgressionStatus::Trying, Some(12.5), 1)]), Some(12.5));
    // A proposal is not agreed yet; dropped and finished goals no longer steer.
    assert_eq!(hours_goal(&[hours(ProgressionStatus::Proposed, Some(15.0), 1)]), None);
    assert_eq!(hours_goal(&[hours(ProgressionStatus::Dropped, Some(15.0), 1)]), None);
    assert_eq!(hours_goal(&[hours(ProgressionStatus::Succeeded, Some(15.0), 1)]), None);
    // Without hours there is no line.
    assert_eq!(hours_goal(&[hours(ProgressionStatus::Agreed, None, 1)]), None);
    // An adjusted goal changed later wins over an older one.
    let older = hours(ProgressionStatus::Agreed, Some(11.0), 1);
    let newer = goal(GoalArea::Pace, ProgressionStatus::Adjusted, Some(13.0), 5);
    assert_eq!(hours_goal(&[older.clone(), newer.clone()]), Some(13.0));
    assert_eq!(hours_goal(&[newer, older]), Some(13.0));
}

fn form(hours: &str, eff: &str) -> form::WeekForm {
    form::WeekForm {
        week: Some(IsoWeek { year: 2026, week: 47 }),
        job_no: 1,
        hours: hours.into(),
        effectiveness: eff.into(),
        ..Default::default()
    }
}

fn fields(r: Result<impl std::fmt::Debug, Vec<contract::FieldError>>) -> Vec<(String, contract::FieldErrorCode)> {
    r.err().unwrap_or_default().into_iter().map(|e| (e.field, e.code)).collect()
}

#[test]
fn the_check_in_form_reads_a_decimal_comma_and_a_percent_sign() {
    let input = form::week_input(form("10,25", "80 %")).expect("valid");
    assert_eq!((input.hours, input.effectiveness_pct), (10.25, Some(80)));
    assert_eq!(form::week_input(form("7", "")).expect("valid").effectiveness_pct, None);
}

#[test]
fn the_check_in_form_names_each_problem_once() {
    use contract::FieldErrorCode as C;
    assert_eq!(fields(form::week_input(form("", ""))), [("hours".into(), C::Required)]);
    assert_eq!(
        fields(form::week_input(form("ti", "meget"))),
        [("hours".into(), C::InvalidValue), ("effectiveness_pct".into(), C::InvalidValue)]
    );
    assert_eq!(fields(form::week_input(form("7,3", ""))), [("hours".into(), C::NotQuarterHour)]);
    assert_eq!(fields(form::week_input(form("38", ""))), [("hours".into(), C::TooLarge)]);
}

#[test]
fn a_goal_may_name_weekly_hours_in_quarter_hours() {
    use contract::FieldErrorCode as C;
    let base = goal(GoalArea::Hours, ProgressionStatus::Proposed, None, 0).content;
    assert_eq!(form::goal_input(base.clone(), "12,5").expect("valid").target_hours, Some(12.5));
    assert_eq!(form::goal_input(base.clone(), " ").expect("valid").target_hours, None);
    assert_eq!(fields(form::goal_input(base.clone(), "tolv")), [("target_hours".into(), C::InvalidValue)]);
    assert_eq!(fields(form::goal_input(base.clone(), "12,1")), [("target_hours".into(), C::NotQuarterHour)]);
    assert_eq!(fields(form::goal_input(base, "40")), [("target_hours".into(), C::TooLarge)]);
}

#[test]
fn a_noted_week_fills_the_form_as_the_borger_would_type_it() {
    let mut w = entry(2026, 47, 1, 7.5).content;
    w.effectiveness_pct = Some(60);
    w.note = "En rolig uge".into();
    let texts = form::week_texts(Some(&w), true);
    assert_eq!(texts[0], "7,5");
    assert_eq!(texts[1], "60");
    assert_eq!(texts[5], "En rolig uge");
    assert_eq!(form::week_texts(Some(&w), false)[0], "7.5");
    // A new week: every field empty, so a form left as it opened keeps no copy on the device.
    assert!(form::week_texts(None, true).iter().all(String::is_empty));
}
