//! Calendar files (RFC 5545) for meetings and dated tasks: Europe/Copenhagen with a VTIMEZONE, stable UIDs
//! (so importing again updates instead of duplicating), escaped text and folded lines.

use super::tz::in_copenhagen;
use time::{Date, OffsetDateTime};

/// A timed event: a meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Stable id (the meeting's id); becomes `UID:<id>@fleksvej`.
    pub id: String,
    /// Title.
    pub summary: String,
    /// Start.
    pub start: OffsetDateTime,
    /// Length in minutes.
    pub minutes: u16,
    /// Place or phone.
    pub location: String,
    /// Longer text.
    pub description: String,
    /// Bumped on every change, so calendars take the update.
    pub sequence: i64,
}

/// An all-day entry: a task's due date.
#[derive(Debug, Clone, PartialEq)]
pub struct DueTask {
    /// Stable id (the aftale's id).
    pub id: String,
    /// Title.
    pub summary: String,
    /// The day.
    pub date: Date,
    /// Longer text.
    pub description: String,
    /// Bumped on every change.
    pub sequence: i64,
}

const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// Escapes text for a TEXT value: backslash, semicolon, comma and newlines.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character, ending it with CRLF.
/// A continuation never starts with a space: some parsers strip more than the one the fold adds.
pub fn fold(line: &str) -> String {
    let mut lines: Vec<String> = vec![String::new()];
    for c in line.chars() {
        let limit = if lines.len() == 1 { 75 } else { 74 };
        let current = lines.last_mut().map(|l| (l.len(), l)).filter(|(len, _)| len + c.len_utf8() > limit);
        if let Some((_, current)) = current {
            let carried = if c == ' ' { current.pop() } else { None };
            lines.push(carried.map(String::from).unwrap_or_default());
        }
        if let Some(l) = lines.last_mut() {
            l.push(c);
        }
    }
    let mut out = lines.join("\r\n ");
    out.push_str("\r\n");
    out
}

fn local(at: OffsetDateTime) -> String {
    let l = in_copenhagen(at);
    format!("{:04}{:02}{:02}T{:02}{:02}00", l.year(), u8::from(l.month()), l.day(), l.hour(), l.minute())
}

fn utc_stamp(at: OffsetDateTime) -> String {
    let u = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        u.year(),
        u8::from(u.month()),
        u.day(),
        u.hour(),
        u.minute(),
        u.second()
    )
}

fn day(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), u8::from(d.month()), d.day())
}

/// A whole calendar file with the given meetings and dated tasks; `now` stamps it.
pub fn calendar(events: &[Event], tasks: &[DueTask], now: OffsetDateTime) -> String {
    let mut out =
        String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fleksvej//Min plan//DA\r\nCALSCALE:GREGORIAN\r\n");
    out.push_str(VTIMEZONE);
    let stamp = utc_stamp(now);
    for e in events {
        let end = e.start + time::Duration::minutes(i64::from(e.minutes));
        out.push_str("BEGIN:VEVENT\r\n");
        out.push_str(&fold(&format!("UID:{}@fleksvej", e.id)));
        out.push_str(&format!("DTSTAMP:{stamp}\r\nSEQUENCE:{}\r\n", e.sequence));
        out.push_str(&format!("DTSTART;TZID=Europe/Copenhagen:{}\r\n", local(e.start)));
        out.push_str(&format!("DTEND;TZID=Europe/Copenhagen:{}\r\n", local(end)));
        out.push_str(&fold(&format!("SUMMARY:{}", escape(&e.summary))));
        if !e.location.is_empty() {
            out.push_str(&fold(&format!("LOCATION:{}", escape(&e.location))));
        }
        if !e.description.is_empty() {
            out.push_str(&fold(&format!("DESCRIPTION:{}", escape(&e.description))));
        }
        out.push_str("END:VEVENT\r\n");
    }
    for t in tasks {
        let next = t.date.next_day().unwrap_or(t.date);
        out.push_str("BEGIN:VEVENT\r\n");
        out.push_str(&fold(&format!("UID:{}@fleksvej", t.id)));
        out.push_str(&format!("DTSTAMP:{stamp}\r\nSEQUENCE:{}\r\n", t.sequence));
        out.push_str(&format!("DTSTART;VALUE=DATE:{}\r\nDTEND;VALUE=DATE:{}\r\n", day(t.date), day(next)));
        out.push_str(&fold(&format!("SUMMARY:{}", escape(&t.summary))));
        if !t.description.is_empty() {
            out.push_str(&fold(&format!("DESCRIPTION:{}", escape(&t.description))));
        }
        out.push_str("TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    fn meeting() -> Event {
        Event {
            id: "5f0c".into(),
            summary: "Rehabiliteringsmøde; forberedelse, spørgsmål\\svar".into(),
            start: datetime!(2026-12-08 09:00 UTC),
            minutes: 90,
            location: "Jobcenter Viborg, Prinsens Allé 5".into(),
            description: "Linje 1\nLinje 2 med æøå. ".repeat(6).trim_end().to_owned(),
            sequence: 3,
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a;b,c\\d\ne\r"), "a\\;b\\,c\\\\d\\ne");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let folded = fold(&format!("DESCRIPTION:{}", "æ".repeat(60)));
        for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end(), format!("DESCRIPTION:{}", "æ".repeat(60)));
    }

    #[test]
    fn meetings_are_in_copenhagen_time_and_tasks_are_all_day() {
        let task = DueTask {
            id: "t1".into(),
            summary: "Søg 2 job".into(),
            date: date!(2026 - 12 - 31),
            description: String::new(),
            sequence: 1,
        };
        let ics = calendar(&[meeting()], &[task], datetime!(2026-11-22 08:00 UTC));
        assert!(ics.contains("DTSTART;TZID=Europe/Copenhagen:20261208T100000\r\n"));
        assert!(ics.contains("DTEND;TZID=Europe/Copenhagen:20261208T113000\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert!(ics.contains("UID:5f0c@fleksvej\r\n"));
        assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen"));
    }

    #[test]
    fn a_parser_reads_back_what_we_wrote() {
        let ics = calendar(&[meeting()], &[], datetime!(2026-11-22 08:00 UTC));
        let reader = ical::IcalParser::new(ics.as_bytes());
        let cals: Vec<_> = reader.collect::<Result<_, _>>().expect("valid iCalendar");
        assert_eq!(cals.len(), 1);
        let event = &cals[0].events[0];
        let prop = |name: &str| event.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone());
        assert_eq!(prop("SUMMARY").as_deref(), Some("Rehabiliteringsmøde\\; forberedelse\\, spørgsmål\\\\svar"));
        assert_eq!(prop("UID").as_deref(), Some("5f0c@fleksvej"));
        assert_eq!(prop("DESCRIPTION"), Some(escape(&meeting().description)));
        assert_eq!(cals[0].timezones.len(), 1);
    }
}
