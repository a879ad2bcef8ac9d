//! Small value types used across resources: months, periods, ISO weeks, date formats.

use serde::{Deserialize, Serialize};

pub use crate::wire_time::iso_date;

/// A calendar month, as CVs use them ("marts 2019").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct YearMonth {
    /// Year, 1900–2100 (år).
    #[cfg_attr(feature = "openapi", schema(minimum = 1900, maximum = 2100))]
    pub year: i32,
    /// Month, 1–12 (måned).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 12))]
    pub month: u8,
}

/// A span of months. `to: null` means ongoing ("nu").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Period {
    /// First month (fra).
    pub from: YearMonth,
    /// Last month, or null while it is still going on (til / nu).
    pub to: Option<YearMonth>,
}

/// An ISO 8601 week (uge), e.g. 2026-W47.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IsoWeek {
    /// ISO week-numbering year (år).
    #[cfg_attr(feature = "openapi", schema(minimum = 2000, maximum = 2100))]
    pub year: i32,
    /// Week number 1–53 (uge).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 53))]
    pub week: u8,
}

impl IsoWeek {
    /// The ISO week that contains `date`.
    pub fn of(date: time::Date) -> Self {
        let (year, week, _) = date.to_iso_week_date();
        Self { year, week }
    }

    /// The Monday of this week, or `None` when the week does not exist in that year.
    pub fn monday(self) -> Option<time::Date> {
        time::Date::from_iso_week_date(self.year, self.week, time::Weekday::Monday).ok()
    }
}

/// Who made a change: the borger in Fleksvej, or a person on the jobcenter's side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The borger (dig).
    Borger,
    /// The jobformidler or another jobcenter employee (jobcentret).
    Jobcenter,
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn iso_week_across_new_year_belongs_to_the_right_year() {
        assert_eq!(IsoWeek::of(date!(2026 - 12 - 31)), IsoWeek { year: 2026, week: 53 });
        assert_eq!(IsoWeek::of(date!(2027 - 01 - 03)), IsoWeek { year: 2026, week: 53 });
        assert_eq!(IsoWeek::of(date!(2025 - 12 - 29)), IsoWeek { year: 2026, week: 1 });
    }

    #[test]
    fn a_week_that_does_not_exist_has_no_monday() {
        assert_eq!(IsoWeek { year: 2025, week: 53 }.monday(), None);
        assert_eq!(IsoWeek { year: 2026, week: 53 }.monday(), Some(date!(2026 - 12 - 28)));
    }
}
