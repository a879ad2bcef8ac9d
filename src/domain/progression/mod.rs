//! Weekly hours: parsing what the borger types, week lists, totals across jobs, rolling averages and the
//! chart's scale. Pure logic, tested natively.

use contract::IsoWeek;
use contract::progression::{GoalArea, ProgressionGoal, ProgressionStatus, WeekEntry};
use time::{Date, Duration};

/// The hours the borger typed: "7,5", "7.5", " 10 " — Danish decimal comma or point. None if not a number.
pub fn parse_hours(s: &str) -> Option<f64> {
    let t = s.trim().replace(',', ".");
    if t.is_empty() || t.chars().any(|c| !(c.is_ascii_digit() || c == '.')) {
        return None;
    }
    t.parse::<f64>().ok().filter(|h| h.is_finite())
}

/// Hours for display: "7,5" / "10" in Danish, "7.5" in English.
pub fn format_hours(h: f64, comma: bool) -> String {
    let s = if h.fract() == 0.0 { format!("{h:.0}") } else { format!("{h}") };
    if comma { s.replace('.', ",") } else { s }
}

/// The last `n` ISO weeks up to and including the one before `today`'s week, newest first.
pub fn recent_weeks(today: Date, n: usize) -> Vec<IsoWeek> {
    (1..=n as i64).map(|i| IsoWeek::of(today - Duration::weeks(i))).collect()
}

/// Total hours per week across all jobs (job nummer 1 and 2 add up), oldest week first.
pub fn weekly_totals(entries: &[WeekEntry]) -> Vec<(IsoWeek, f64)> {
    let mut totals: std::collections::BTreeMap<IsoWeek, f64> = std::collections::BTreeMap::new();
    for e in entries {
        *totals.entry(e.content.week).or_insert(0.0) += e.content.hours;
    }
    totals.into_iter().collect()
}

/// The average of each value and up to `window - 1` values before it.
pub fn rolling_average(values: &[f64], window: usize) -> Vec<f64> {
    (0..values.len())
        .map(|i| {
            let from = (i + 1).saturating_sub(window.max(1));
            let slice = &values[from..=i];
            slice.iter().sum::<f64>() / slice.len() as f64
        })
        .collect()
}

/// Only the weeks within `months` months before `today` (None: all).
pub fn within(totals: &[(IsoWeek, f64)], today: Date, months: Option<u8>) -> Vec<(IsoWeek, f64)> {
    let Some(m) = months else { return totals.to_vec() };
    let from = today - Duration::days(i64::from(m) * 30);
    totals.iter().copied().filter(|(w, _)| w.monday().is_some_and(|d| d >= from)).collect()
}

/// The Monday-based week before `today`'s: what the check-in suggests, since most log a week when it is over.
pub fn last_week(today: Date) -> IsoWeek {
    IsoWeek::of(today - Duration::weeks(1))
}

/// The weeks the check-in offers, newest first: this week, the `n` before it, and `keep` (a week being
/// corrected) if it is older than that.
pub fn week_choices(today: Date, n: usize, keep: Option<IsoWeek>) -> Vec<IsoWeek> {
    let mut weeks = vec![IsoWeek::of(today)];
    weeks.extend(recent_weeks(today, n));
    if let Some(k) = keep.filter(|k| !weeks.contains(k)) {
        weeks.push(k);
    }
    weeks
}

/// The hours named in an agreed progressionsmål about hours ("Gå fra 10 til 12 timer" → 12), drawn as the
/// borger's own line in the chart. Proposals, dropped and finished goals draw nothing; without a number, none.
pub fn hours_goal(goals: &[ProgressionGoal]) -> Option<f64> {
    goals
        .iter()
        .filter(|g| g.content.area == GoalArea::Hours)
        .filter(|g| {
            matches!(g.status, ProgressionStatus::Agreed | ProgressionStatus::Trying | ProgressionStatus::Adjusted)
        })
        .find_map(|g| numbers(&g.content.description).into_iter().filter(|h| *h > 0.0 && *h <= 37.0).reduce(f64::max))
}

/// Every number in a text, with a Danish decimal comma or a point ("7,5 timer" → 7.5).
fn numbers(text: &str) -> Vec<f64> {
    text.split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .filter_map(|w| parse_hours(w.trim_matches(|c| c == ',' || c == '.')))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
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

    fn goal(area: GoalArea, status: ProgressionStatus, text: &str) -> ProgressionGoal {
        ProgressionGoal {
            id: uuid::Uuid::new_v4(),
            version: 1,
            content: contract::progression::ProgressionGoalInput {
                area,
                description: text.into(),
                try_next: String::new(),
                review_date: None,
            },
            status,
            agreed_with: String::new(),
            created_by: contract::common::Actor::Jobcenter,
            updated_at: time::OffsetDateTime::UNIX_EPOCH,
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
    fn an_agreed_hours_goal_gives_the_chart_its_line() {
        let hours = |s, t| goal(GoalArea::Hours, s, t);
        assert_eq!(hours_goal(&[hours(ProgressionStatus::Agreed, "Gå fra 10 til 12 timer om ugen")]), Some(12.0));
        assert_eq!(hours_goal(&[hours(ProgressionStatus::Trying, "Prøve 12,5 timer i maj.")]), Some(12.5));
        assert_eq!(hours_goal(&[hours(ProgressionStatus::Proposed, "15 timer")]), None);
        assert_eq!(hours_goal(&[hours(ProgressionStatus::Dropped, "15 timer")]), None);
        assert_eq!(hours_goal(&[hours(ProgressionStatus::Agreed, "Flere timer efter sommer")]), None);
        assert_eq!(hours_goal(&[goal(GoalArea::Tasks, ProgressionStatus::Agreed, "2 dage med servering")]), None);
        // A year is not hours.
        assert_eq!(hours_goal(&[hours(ProgressionStatus::Agreed, "11 timer inden 2027")]), Some(11.0));
    }
}
