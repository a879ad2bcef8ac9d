//! Weekly hours: parsing what the borger types, week lists, totals across jobs, rolling averages and the
//! chart's scale. Pure logic, tested natively.

use contract::IsoWeek;
use contract::progression::{ProgressionGoal, ProgressionStatus, WeekEntry};
use time::{Date, Duration};

pub mod form;

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

/// The weekly hours of the progressionsmål in force about hours, drawn as the borger's own line in the chart.
/// Proposals not yet agreed, dropped and finished goals draw nothing; the most recently changed goal wins.
pub fn hours_goal(goals: &[ProgressionGoal]) -> Option<f64> {
    goals
        .iter()
        .filter(|g| {
            matches!(g.status, ProgressionStatus::Agreed | ProgressionStatus::Trying | ProgressionStatus::Adjusted)
        })
        .filter_map(|g| g.content.target_hours.filter(|h| *h > 0.0 && *h <= 37.0).map(|h| (g.updated_at, h)))
        .max_by_key(|(at, _)| *at)
        .map(|(_, h)| h)
}

#[cfg(test)]
mod tests;
