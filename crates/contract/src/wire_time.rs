//! Dates and times on the wire: RFC 3339 date-times (`2026-11-30T09:15:00Z`) and ISO dates (`2026-11-30`).
//!
//! Natively the fields use `time`'s own serde. In the browser they use the small parser and formatter below,
//! which read and write the same text: `time`'s general format-description engine would otherwise be part of
//! the first screen's wasm. Both are tested against `time` (below and in the proptests).

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

/// Reads `n` ASCII digits at `at`.
fn digits(b: &[u8], at: usize, n: usize) -> Option<u32> {
    let part = b.get(at..at + n)?;
    part.iter().try_fold(0u32, |acc, c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let month = Month::try_from(u8::try_from(digits(b, 5, 2)?).ok()?).ok()?;
    Date::from_calendar_date(digits(b, 0, 4)? as i32, month, u8::try_from(digits(b, 8, 2)?).ok()?).ok()
}

/// Writes `YYYY-MM-DD` (years 0–9999, as `time` does).
pub fn format_date(d: Date) -> Option<String> {
    (0..=9999).contains(&d.year()).then(|| format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day()))
}

/// Parses an RFC 3339 date-time: `YYYY-MM-DDTHH:MM:SS`, an optional fraction of 1–9 digits, and `Z` or
/// `±HH:MM` (`T` and `Z` may be lower case).
pub fn parse_rfc3339(s: &str) -> Option<OffsetDateTime> {
    let b = s.as_bytes();
    if b.len() < 20 || !matches!(b[10], b'T' | b't') || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let date = parse_date(s.get(..10)?)?;
    let (hour, minute, second) = (digits(b, 11, 2)?, digits(b, 14, 2)?, digits(b, 17, 2)?);
    let mut at = 19;
    let mut nanos = 0u32;
    if b[at] == b'.' {
        let start = at + 1;
        let end = start + b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
        if end == start || end - start > 9 {
            return None;
        }
        nanos = digits(b, start, end - start)? * 10u32.pow((9 - (end - start)) as u32);
        at = end;
    }
    let offset = match b.get(at..)? {
        [b'Z' | b'z'] => UtcOffset::UTC,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let (h, m) = (digits(b, at + 1, 2)? as i8, digits(b, at + 4, 2)? as i8);
            if h > 23 || m > 59 {
                return None;
            }
            let sign = if *sign == b'-' { -1 } else { 1 };
            UtcOffset::from_hms(sign * h, sign * m, 0).ok()?
        }
        _ => return None,
    };
    let time =
        Time::from_hms_nano(u8::try_from(hour).ok()?, u8::try_from(minute).ok()?, u8::try_from(second).ok()?, nanos)
            .ok()?;
    Some(PrimitiveDateTime::new(date, time).assume_offset(offset))
}

/// Writes RFC 3339 as `time` does: the fraction only when there is one, without trailing zeros; `Z` for UTC.
/// `None` where `time` refuses too: a year outside 0–9999, or an offset with seconds.
pub fn format_rfc3339(t: OffsetDateTime) -> Option<String> {
    let offset = t.offset();
    if offset.seconds_past_minute() != 0 {
        return None;
    }
    let mut out = format_date(t.date())?;
    out.push_str(&format!("T{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second()));
    if t.nanosecond() != 0 {
        let fraction = format!("{:09}", t.nanosecond());
        out.push('.');
        out.push_str(fraction.trim_end_matches('0'));
    }
    if offset.is_utc() {
        out.push('Z');
    } else {
        let sign = if offset.is_negative() { '-' } else { '+' };
        out.push_str(&format!("{sign}{:02}:{:02}", offset.whole_hours().abs(), offset.minutes_past_hour().abs()));
    }
    Some(out)
}

/// serde for `OffsetDateTime` fields as RFC 3339 (`#[serde(with = "crate::wire_time::rfc3339")]`).
#[cfg(target_arch = "wasm32")]
pub mod rfc3339 {
    use serde::{Deserialize, Deserializer, Serializer, de, ser};
    use time::OffsetDateTime;

    /// Writes the date-time.
    pub fn serialize<S: Serializer>(t: &OffsetDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::format_rfc3339(*t).ok_or_else(|| ser::Error::custom("not an RFC 3339 date-time"))?)
    }

    /// Reads the date-time.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<OffsetDateTime, D::Error> {
        let s = String::deserialize(d)?;
        super::parse_rfc3339(&s).ok_or_else(|| de::Error::custom("not an RFC 3339 date-time"))
    }

    /// The same for `Option<OffsetDateTime>` (null when absent).
    pub mod option {
        use serde::{Deserializer, Serializer};
        use time::OffsetDateTime;

        /// Writes the date-time or null.
        pub fn serialize<S: Serializer>(t: &Option<OffsetDateTime>, s: S) -> Result<S::Ok, S::Error> {
            super::super::serialize_option(t.as_ref(), s, |t, s| super::serialize(t, s))
        }

        /// Reads the date-time or null.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<OffsetDateTime>, D::Error> {
            super::super::deserialize_option(d, super::super::parse_rfc3339, "not an RFC 3339 date-time")
        }
    }
}

/// Natively: `time`'s own.
#[cfg(not(target_arch = "wasm32"))]
pub use time::serde::rfc3339;

/// serde for `Date` fields as `YYYY-MM-DD` (`#[serde(with = "crate::wire_time::iso_date")]`).
#[cfg(target_arch = "wasm32")]
pub mod iso_date {
    use serde::{Deserialize, Deserializer, Serializer, de, ser};
    use time::Date;

    /// Writes the date.
    pub fn serialize<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::format_date(*d).ok_or_else(|| ser::Error::custom("not an ISO date"))?)
    }

    /// Reads the date.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        super::parse_date(&s).ok_or_else(|| de::Error::custom("not an ISO date"))
    }

    /// The same for `Option<Date>` (null when absent).
    pub mod option {
        use serde::{Deserializer, Serializer};
        use time::Date;

        /// Writes the date or null.
        pub fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
            super::super::serialize_option(d.as_ref(), s, |d, s| super::serialize(d, s))
        }

        /// Reads the date or null.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
            super::super::deserialize_option(d, super::super::parse_date, "not an ISO date")
        }
    }
}

/// The `option` modules' shared half: `one` writes a present value; absent is null.
#[cfg(target_arch = "wasm32")]
fn serialize_option<T, S: serde::Serializer>(
    t: Option<&T>,
    s: S,
    one: impl FnOnce(&T, S) -> Result<S::Ok, S::Error>,
) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => one(t, s),
        None => s.serialize_none(),
    }
}

/// The `option` modules' shared half: null is `None`, text is read with `parse`, and text it cannot read is
/// an error saying `what` was expected.
#[cfg(target_arch = "wasm32")]
fn deserialize_option<'de, T, D: serde::Deserializer<'de>>(
    d: D,
    parse: fn(&str) -> Option<T>,
    what: &'static str,
) -> Result<Option<T>, D::Error> {
    use serde::Deserialize;
    Option::<String>::deserialize(d)?.map(|s| parse(&s).ok_or_else(|| serde::de::Error::custom(what))).transpose()
}

#[cfg(not(target_arch = "wasm32"))]
time::serde::format_description!(pub iso_date, Date, "[year]-[month]-[day]");

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::format_description::well_known::Rfc3339;
    use time::macros::format_description;

    #[test]
    fn reads_and_writes_what_time_does() {
        for s in [
            "2026-11-30T09:15:00Z",
            "2026-11-30t09:15:00z",
            "2026-02-28T23:59:59.5+01:00",
            "2024-02-29T00:00:00.000000001-09:30",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999+23:59",
        ] {
            let ours = parse_rfc3339(s);
            assert_eq!(ours, OffsetDateTime::parse(s, &Rfc3339).ok(), "{s}");
            let t = ours.expect(s);
            assert_eq!(format_rfc3339(t), t.format(&Rfc3339).ok(), "{s}");
        }
    }

    #[test]
    fn refuses_what_is_not_rfc_3339() {
        for s in [
            "",
            "2026-11-30",
            "2026-11-30 09:15:00Z",
            "2026-11-30T09:15Z",
            "2026-11-30T09:15:00",
            "2026-11-30T09:15:00.Z",
            "2026-11-30T09:15:00.1234567890Z",
            "2026-11-30T24:00:00Z",
            "2026-02-30T09:15:00Z",
            "2026-13-01T09:15:00Z",
            "2026-11-30T09:15:00+24:00",
            "2026-11-30T09:15:00+01:60",
            "2026-11-30T09:15:00+0100",
            "2026-11-30T09:15:00ZZ",
            "+2026-11-30T09:15:00Z",
            "2026-11-30T09:15:00Z ",
            "２０２６-11-30T09:15:00Z",
        ] {
            assert_eq!(parse_rfc3339(s), None, "{s}");
        }
    }

    #[test]
    fn dates_as_time_reads_and_writes_them() {
        let f = format_description!("[year]-[month]-[day]");
        for s in ["2026-11-30", "2024-02-29", "0001-01-01", "9999-12-31"] {
            assert_eq!(parse_date(s), Date::parse(s, &f).ok(), "{s}");
            assert_eq!(parse_date(s).and_then(format_date).as_deref(), Some(s));
        }
        for s in ["2026-02-29", "2026-1-30", "2026-11-30T", "20261130", "2026/11/30", "2026-00-10"] {
            assert_eq!(parse_date(s), None, "{s}");
        }
    }

    proptest! {
        #[test]
        fn any_date_time_round_trips_as_time_writes_it(
            secs in -62_167_219_200i64..253_402_300_799,
            nanos in prop_oneof![Just(0u32), 0u32..1_000_000_000],
            offset_minutes in -1439i32..1440,
        ) {
            let offset = UtcOffset::from_whole_seconds(offset_minutes * 60).expect("within a day");
            let t = OffsetDateTime::from_unix_timestamp(secs).expect("in range").replace_nanosecond(nanos)
                .expect("valid").to_offset(offset);
            let theirs = t.format(&Rfc3339).ok();
            prop_assert_eq!(format_rfc3339(t), theirs.clone());
            if let Some(s) = theirs {
                prop_assert_eq!(parse_rfc3339(&s), Some(t));
            }
        }
    }
}
