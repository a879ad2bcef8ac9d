//! Min udvikling: weekly hours and changes, progressionsmål, and the borger's fleksjob(s).

use crate::common::{Actor, IsoWeek, iso_date};
use crate::validate::{Checker, SHORT, Validate};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

/// `GET /api/v1/progression`: the weekly log, the progressionsmål and the fleksjob(s).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Progression {
    /// Weekly entries, newest week first.
    pub weeks: Vec<WeekEntry>,
    /// Progressionsmål, newest first.
    pub goals: Vec<ProgressionGoal>,
    /// The borger's fleksjob(s) (Mit fleksjob); empty before the first fleksjob.
    pub jobs: Vec<Fleksjob>,
}

/// One week's entry as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeekEntry {
    /// Id.
    pub id: Uuid,
    /// Version for `If-Match`.
    pub version: i64,
    /// Who wrote it (kilde).
    pub source: EntrySource,
    /// What was logged.
    pub content: WeekEntryInput,
}

/// The body of `POST`/`PUT /api/v1/progression/weeks`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeekEntryInput {
    /// The ISO week (uge).
    pub week: IsoWeek,
    /// Which job (job nummer), 1 for the first fleksjob, 2 for job nummer 2.
    #[serde(default = "one")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 3))]
    pub job_no: u8,
    /// Hours worked that week, in quarter hours, 0–37 (timer).
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 37, multiple_of = 0.25))]
    pub hours: f64,
    /// Share of the hours at full pace, 0–100 (effektivitet), if known.
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 100))]
    pub effectiveness_pct: Option<u8>,
    /// New or changed tasks (opgaver).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub tasks_change: String,
    /// Changes in conditions or mødetider (rammer og mødetider).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub conditions_change: String,
    /// Changes in support (støtte).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub support_change: String,
    /// Hvordan gik ugen?
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub note: String,
}

fn one() -> u8 {
    1
}

/// Where a weekly entry came from (kilde).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntrySource {
    /// Egen registrering.
    Borger,
    /// Statussamtale med arbejdsgiver.
    EmployerTalk,
    /// Opfølgning med jobformidler.
    JobformidlerFollowUp,
}

/// A progressionsmål ("Hvor kan der ske en forandring?").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgressionGoal {
    /// Id.
    pub id: Uuid,
    /// Version for `If-Match`.
    pub version: i64,
    /// What the goal says.
    pub content: ProgressionGoalInput,
    /// Status.
    pub status: ProgressionStatus,
    /// Who it is agreed with (aftalt med), e.g. "Birgitte (køkkenchef) og Lars (jobformidler)"; empty while a proposal.
    pub agreed_with: String,
    /// Who created it: a borger's goal is a proposal (forslag) until the jobcenter agrees it.
    pub created_by: Actor,
    /// When it was last changed.
    #[serde(with = "crate::wire_time::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// The body of a borger's proposal (`POST /api/v1/progression/goals`) and of the admin API's goals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgressionGoalInput {
    /// Where the change can happen (område).
    pub area: GoalArea,
    /// What (beskrivelse), e.g. "Prøve at tage frokostservering to dage om ugen".
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 1000))]
    pub description: String,
    /// Det prøver vi til næste gang.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub try_next: String,
    /// When to look at it again (opfølgningsdato).
    #[serde(default, with = "iso_date::option")]
    pub review_date: Option<Date>,
    /// For a goal about hours: the weekly hours it aims at (timer om ugen), in quarter hours, 0.25–37.
    /// Drawn as the borger's own line in the trend; a step, never a ceiling.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 0.25, maximum = 37, multiple_of = 0.25))]
    pub target_hours: Option<f64>,
}

/// The admin API's body for a progressionsmål: the goal plus its status and who agreed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgressionGoalAdminInput {
    /// The goal.
    pub content: ProgressionGoalInput,
    /// Status.
    pub status: ProgressionStatus,
    /// Who it is agreed with.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub agreed_with: String,
}

/// Where a change can happen (område).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum GoalArea {
    /// Opgaver.
    Tasks,
    /// Rammer og mødetider.
    Conditions,
    /// Hensyn.
    Hensyn,
    /// Støtte.
    Support,
    /// Tempo og effektivitet.
    Pace,
    /// Timer.
    Hours,
    /// Fastholdelse: keeping the job.
    Retention,
}

/// The status of a progressionsmål.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProgressionStatus {
    /// Forslag: proposed by the borger, not yet agreed.
    Proposed,
    /// Aftalt.
    Agreed,
    /// Afprøves.
    Trying,
    /// Lykkedes.
    Succeeded,
    /// Justeret.
    Adjusted,
    /// Droppet.
    Dropped,
}

/// A fleksjob (Mit fleksjob), as the jobcenter has it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Fleksjob {
    /// Id.
    pub id: Uuid,
    /// Version for `If-Match` on admin updates.
    pub version: i64,
    /// The job's details.
    pub content: FleksjobInput,
}

/// The admin API's body for a fleksjob.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FleksjobInput {
    /// Job nummer: 1 for the first fleksjob, 2 for job nummer 2.
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 3))]
    pub job_no: u8,
    /// Employer (virksomhed).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub employer: String,
    /// Contact person at the workplace (kontaktperson).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub contact_person: String,
    /// Start date (startdato).
    #[serde(with = "iso_date")]
    pub start_date: Date,
    /// Agreed hours per week now (timer om ugen).
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 37))]
    pub weekly_hours: f64,
    /// Effectiveness in percent (effektivitet), if agreed.
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 100))]
    pub effectiveness_pct: Option<u8>,
    /// Tasks (arbejdsopgaver).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub tasks: Vec<String>,
    /// Hensyn at work (skånehensyn) as work conditions.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub conditions: Vec<String>,
    /// Follow-ups planned (opfølgninger planlagt).
    pub follow_ups_planned: u8,
    /// Follow-ups done (opfølgninger holdt).
    pub follow_ups_done: u8,
}

impl Validate for WeekEntryInput {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        c.week("week".into(), &self.week);
        c.range("job_no".into(), f64::from(self.job_no), 1.0, 3.0);
        c.range("hours".into(), self.hours, 0.0, 37.0);
        if self.hours.is_finite() && (self.hours * 4.0).fract() != 0.0 {
            c.push("hours".into(), crate::FieldErrorCode::NotQuarterHour, None);
        }
        if let Some(p) = self.effectiveness_pct {
            c.range("effectiveness_pct".into(), f64::from(p), 0.0, 100.0);
        }
        c.free("tasks_change".into(), &mut self.tasks_change);
        c.free("conditions_change".into(), &mut self.conditions_change);
        c.free("support_change".into(), &mut self.support_change);
        c.free("note".into(), &mut self.note);
    }
}

impl Validate for ProgressionGoalInput {
    fn check(&mut self, c: &mut Checker, prefix: &str) {
        c.required(format!("{prefix}description"), &mut self.description, 1000);
        c.free(format!("{prefix}try_next"), &mut self.try_next);
        if let Some(d) = &self.review_date {
            c.date(format!("{prefix}review_date"), d);
        }
        if let Some(h) = self.target_hours {
            let field = format!("{prefix}target_hours");
            c.range(field.clone(), h, 0.25, 37.0);
            if h.is_finite() && (h * 4.0).fract() != 0.0 {
                c.push(field, crate::FieldErrorCode::NotQuarterHour, None);
            }
        }
    }
}

impl Validate for ProgressionGoalAdminInput {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        self.content.check(c, "content.");
        c.line("agreed_with".into(), &mut self.agreed_with);
    }
}

impl Validate for FleksjobInput {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        c.range("job_no".into(), f64::from(self.job_no), 1.0, 3.0);
        c.required("employer".into(), &mut self.employer, SHORT);
        c.line("contact_person".into(), &mut self.contact_person);
        c.date("start_date".into(), &self.start_date);
        c.range("weekly_hours".into(), self.weekly_hours, 0.0, 37.0);
        if let Some(p) = self.effectiveness_pct {
            c.range("effectiveness_pct".into(), f64::from(p), 0.0, 100.0);
        }
        c.lines("tasks", &mut self.tasks);
        c.lines("conditions", &mut self.conditions);
    }
}
