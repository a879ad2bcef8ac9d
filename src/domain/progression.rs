//! Weekly hours: parsing what the borger types, week lists, totals across jobs, rolling averages and the
//! chart's scale. Pure logic, tested natively.

use contract::IsoWeek;
use contract::progression::WeekEntry;
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

/// The chart's top value: room above the highest week and the 10-hour line, on a step of 5.
pub fn y_max(values: &[f64]) -> f64 {
    let top = values.iter().copied().fold(10.0_f64, f64::max);
    ((top / 5.0).floor() + 1.0) * 5.0
}

/// Where a value lands in a chart `height` high (SVG y grows downwards).
pub fn y_of(value: f64, max: f64, height: f64) -> f64 {
    if max <= 0.0 { height } else { height - (value.clamp(0.0, max) / max) * height }
}

/// The x of point `i` of `n` spread over `width`.
pub fn x_of(i: usize, n: usize, width: f64) -> f64 {
    if n <= 1 { width / 2.0 } else { i as f64 * width / (n - 1) as f64 }
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
    fn the_chart_keeps_room_above_the_ten_hour_line_and_the_highest_week() {
        assert_eq!(y_max(&[7.0, 8.0]), 15.0);
        assert_eq!(y_max(&[12.5]), 15.0);
        assert_eq!(y_max(&[15.0]), 20.0);
        assert_eq!(y_of(0.0, 15.0, 150.0), 150.0);
        assert_eq!(y_of(15.0, 15.0, 150.0), 0.0);
        assert_eq!(x_of(0, 1, 300.0), 150.0);
        assert_eq!(x_of(2, 3, 300.0), 300.0);
    }

    #[test]
    fn ranges_keep_only_recent_weeks() {
        let totals = [(IsoWeek { year: 2026, week: 1 }, 5.0), (IsoWeek { year: 2026, week: 40 }, 9.0)];
        let recent = within(&totals, date!(2026 - 11 - 22), Some(3));
        assert_eq!(recent, [(IsoWeek { year: 2026, week: 40 }, 9.0)]);
        assert_eq!(within(&totals, date!(2026 - 11 - 22), None).len(), 2);
    }
}
