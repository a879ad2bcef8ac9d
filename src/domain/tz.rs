//! Danish local time (Europe/Copenhagen: CET, CEST from the last Sunday of March to the last Sunday of
//! October, switching at 01:00 UTC), so calendar files and dates do not depend on the device's settings.

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset, Weekday};

const CET: UtcOffset = match UtcOffset::from_hms(1, 0, 0) {
    Ok(o) => o,
    Err(_) => UtcOffset::UTC,
};
const CEST: UtcOffset = match UtcOffset::from_hms(2, 0, 0) {
    Ok(o) => o,
    Err(_) => UtcOffset::UTC,
};

fn last_sunday(year: i32, month: Month) -> Option<Date> {
    let last = Date::from_calendar_date(year, month, month.length(year)).ok()?;
    let back = last.weekday().number_days_from_sunday();
    last.checked_sub(time::Duration::days(i64::from(back)))
}

/// The moment summer time starts and ends in `year`, in UTC.
fn summer(year: i32) -> Option<(OffsetDateTime, OffsetDateTime)> {
    let one = Time::from_hms(1, 0, 0).ok()?;
    let start = PrimitiveDateTime::new(last_sunday(year, Month::March)?, one).assume_utc();
    let end = PrimitiveDateTime::new(last_sunday(year, Month::October)?, one).assume_utc();
    Some((start, end))
}

/// The Danish UTC offset at the instant `at`.
pub fn copenhagen_offset(at: OffsetDateTime) -> UtcOffset {
    let utc = at.to_offset(UtcOffset::UTC);
    match summer(utc.year()) {
        Some((start, end)) if utc >= start && utc < end => CEST,
        _ => CET,
    }
}

/// `at` in Danish local time.
pub fn in_copenhagen(at: OffsetDateTime) -> OffsetDateTime {
    at.to_offset(copenhagen_offset(at))
}

/// True for Sunday (used by tests and to sanity-check the rule).
pub fn is_sunday(d: Date) -> bool {
    d.weekday() == Weekday::Sunday
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn summer_time_starts_and_ends_at_one_utc_on_the_last_sundays() {
        assert_eq!(copenhagen_offset(datetime!(2026-03-29 00:59 UTC)), CET);
        assert_eq!(copenhagen_offset(datetime!(2026-03-29 01:00 UTC)), CEST);
        assert_eq!(copenhagen_offset(datetime!(2026-10-25 00:59 UTC)), CEST);
        assert_eq!(copenhagen_offset(datetime!(2026-10-25 01:00 UTC)), CET);
        assert!(is_sunday(time::macros::date!(2026 - 03 - 29)));
    }

    #[test]
    fn local_time_is_the_same_whatever_offset_the_server_used() {
        let a = in_copenhagen(datetime!(2026-12-08 09:00 UTC));
        let b = in_copenhagen(datetime!(2026-12-08 04:00 -5));
        assert_eq!((a.hour(), a.minute()), (10, 0));
        assert_eq!(a, b);
        assert_eq!(in_copenhagen(datetime!(2026-06-08 09:00 UTC)).hour(), 11);
    }
}
