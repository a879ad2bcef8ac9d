//! Dates and times as people read them: "mandag 8. december kl. 10.00" / "Monday 8 December at 10:00".

use super::Lang;
use time::{OffsetDateTime, UtcOffset};

const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS_DA: [&str; 7] = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];
const DAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// A month's name, 1–12: "marts" / "March"; empty for anything else.
pub fn month_name(month: u8, lang: Lang) -> &'static str {
    let names = if lang == Lang::Da { &MONTHS_DA } else { &MONTHS_EN };
    usize::from(month).checked_sub(1).and_then(|i| names.get(i)).copied().unwrap_or("")
}

/// A CV month: "marts 2019" / "March 2019".
pub fn year_month(ym: contract::common::YearMonth, lang: Lang) -> String {
    format!("{} {}", month_name(ym.month, lang), ym.year).trim().to_owned()
}

/// A CV period: "marts 2019 – nu" / "March 2019 – now".
pub fn period(p: &contract::common::Period, now: &str, lang: Lang) -> String {
    let to = p.to.map(|t| year_month(t, lang)).unwrap_or_else(|| now.to_owned());
    format!("{} – {to}", year_month(p.from, lang))
}

/// A date: "8. december 2026" / "8 December 2026".
pub fn date(d: time::Date, lang: Lang) -> String {
    let m = usize::from(u8::from(d.month())) - 1;
    match lang {
        Lang::Da => format!("{}. {} {}", d.day(), MONTHS_DA[m], d.year()),
        Lang::En => format!("{} {} {}", d.day(), MONTHS_EN[m], d.year()),
    }
}

/// A date and time in the borger's own time zone (`offset`).
pub fn date_time(at: OffsetDateTime, offset: UtcOffset, lang: Lang) -> String {
    let local = at.to_offset(offset);
    let wd = usize::from(local.weekday().number_days_from_monday());
    let (h, min) = (local.hour(), local.minute());
    match lang {
        Lang::Da => format!("{} {} kl. {h:02}.{min:02}", DAYS_DA[wd], date(local.date(), lang)),
        Lang::En => format!("{} {} at {h:02}:{min:02}", DAYS_EN[wd], date(local.date(), lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{datetime, offset};

    #[test]
    fn cv_months_and_periods_read_naturally() {
        use contract::common::{Period, YearMonth};
        let p = Period { from: YearMonth { year: 2019, month: 3 }, to: None };
        assert_eq!(period(&p, "nu", Lang::Da), "marts 2019 – nu");
        let p = Period { to: Some(YearMonth { year: 2021, month: 12 }), ..p };
        assert_eq!(period(&p, "now", Lang::En), "March 2019 – December 2021");
        assert_eq!(month_name(0, Lang::Da), "");
        assert_eq!(month_name(13, Lang::Da), "");
    }

    #[test]
    fn danish_dates_read_naturally() {
        let at = datetime!(2026-12-08 09:00 UTC);
        assert_eq!(date_time(at, offset!(+1), Lang::Da), "tirsdag 8. december 2026 kl. 10.00");
        assert_eq!(date_time(at, offset!(+1), Lang::En), "Tuesday 8 December 2026 at 10:00");
    }
}
