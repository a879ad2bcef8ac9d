//! What the borger typed in the progression forms, turned into contract inputs with errors per field. Hours
//! and percentages are typed as text (a Danish decimal comma is normal), so parsing happens here.

use super::parse_hours;
use contract::progression::{ProgressionGoalInput, WeekEntryInput};
use contract::{FieldError, FieldErrorCode, IsoWeek, Validate};

/// The check-in form's fields as typed.
#[derive(Debug, Clone, Default)]
pub struct WeekForm {
    /// The week chosen.
    pub week: Option<IsoWeek>,
    /// Job nummer 1 or 2.
    pub job_no: u8,
    /// Hours as typed ("7,5").
    pub hours: String,
    /// Effectiveness as typed ("75" or "75 %"), may be empty.
    pub effectiveness: String,
    /// What changed in tasks.
    pub tasks: String,
    /// What changed in conditions and mødetider.
    pub conditions: String,
    /// What changed in support.
    pub support: String,
    /// Hvordan gik ugen.
    pub note: String,
}

/// The check-in's six text fields (hours, effectiveness, tasks, conditions, support, note) as the form shows a
/// week already noted, or empty for a new one.
pub fn week_texts(noted: Option<&WeekEntryInput>, comma: bool) -> [String; 6] {
    let Some(c) = noted else { return Default::default() };
    [
        super::format_hours(c.hours, comma),
        c.effectiveness_pct.map(|p| p.to_string()).unwrap_or_default(),
        c.tasks_change.clone(),
        c.conditions_change.clone(),
        c.support_change.clone(),
        c.note.clone(),
    ]
}

fn error(field: &str, code: FieldErrorCode) -> FieldError {
    FieldError { field: field.into(), code, limit: None }
}

/// The week entry to send, or every problem found (a typed value that is not a number is `InvalidValue`).
pub fn week_input(form: WeekForm) -> Result<WeekEntryInput, Vec<FieldError>> {
    let mut found = Vec::new();
    let hours = parse_hours(&form.hours);
    if hours.is_none() {
        let code = if form.hours.trim().is_empty() { FieldErrorCode::Required } else { FieldErrorCode::InvalidValue };
        found.push(error("hours", code));
    }
    let effectiveness_pct = match form.effectiveness.trim() {
        "" => None,
        t => t
            .trim_end_matches('%')
            .trim()
            .parse::<u8>()
            .map_err(|_| found.push(error("effectiveness_pct", FieldErrorCode::InvalidValue)))
            .ok(),
    };
    let Some(week) = form.week else {
        found.push(error("week", FieldErrorCode::Required));
        return Err(found);
    };
    let mut input = WeekEntryInput {
        week,
        job_no: form.job_no,
        hours: hours.unwrap_or(0.0),
        effectiveness_pct,
        tasks_change: form.tasks,
        conditions_change: form.conditions,
        support_change: form.support,
        note: form.note,
    };
    if let Err(more) = input.validate() {
        found.extend(more.into_iter().filter(|e| !(e.field == "hours" && hours.is_none())));
    }
    if found.is_empty() { Ok(input) } else { Err(found) }
}

/// A goal's weekly hours as typed: empty is none, otherwise a number of quarter hours.
pub fn target_hours(text: &str) -> Result<Option<f64>, FieldErrorCode> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_hours(text).map(Some).ok_or(FieldErrorCode::InvalidValue)
}

/// The goal proposal to send, or every problem found.
pub fn goal_input(mut input: ProgressionGoalInput, target: &str) -> Result<ProgressionGoalInput, Vec<FieldError>> {
    let mut found = Vec::new();
    match target_hours(target) {
        Ok(h) => input.target_hours = h,
        Err(code) => found.push(error("target_hours", code)),
    }
    if let Err(more) = input.validate() {
        found.extend(more);
    }
    if found.is_empty() { Ok(input) } else { Err(found) }
}
