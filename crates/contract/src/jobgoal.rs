//! Jobmål: the borger's job tracks A, B, C … with reasons, tasks, hensyn and development.

use crate::validate::{Checker, SHORT, Validate};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

/// A jobmål as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobGoal {
    /// Id.
    pub id: Uuid,
    /// Version for `If-Match`.
    pub version: i64,
    /// Who wrote it (skrevet af).
    pub author: Author,
    /// When it was made.
    #[serde(with = "crate::wire_time::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When it was last changed.
    #[serde(with = "crate::wire_time::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// What the jobmål says.
    pub content: JobGoalInput,
}

/// The body of `POST`/`PUT /api/v1/jobgoals`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobGoalInput {
    /// Track letter A–F (spor); A is the one the borger prefers.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-F]$"))]
    pub track: String,
    /// The job (jobmål), e.g. "Køkkenmedhjælper i kantine".
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub title: String,
    /// Hvorfor passer det til mig?
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub why_me: String,
    /// Competences picked from the brutto CV (ids of `competences` items).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub competence_ids: Vec<Uuid>,
    /// Er der brug for folk? The labour-market reason.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub demand: String,
    /// Opgaver jeg kan løse.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub tasks: Vec<String>,
    /// Hensyn: work conditions that make it possible (skånehensyn), never diagnoses.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub conditions: Vec<String>,
    /// Hvor kan jeg udvikle mig?
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub development: String,
    /// Hvad skal der til? (a course, a praktik, …)
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub what_it_takes: String,
    /// Branche og geografi, e.g. "Kantine, højst 30 min. transport".
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub sector: String,
    /// Status.
    #[serde(default = "active")]
    pub status: JobGoalStatus,
}

fn active() -> JobGoalStatus {
    JobGoalStatus::Active
}

/// Who wrote a jobmål.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Author {
    /// The borger.
    Borger,
    /// The jobformidler.
    Jobformidler,
    /// The rehabiliteringsteam.
    Rehabteam,
}

/// The status of a jobmål.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum JobGoalStatus {
    /// Aktivt: the borger works towards it.
    Active,
    /// Sat på pause.
    Paused,
    /// Nået.
    Achieved,
}

impl Validate for JobGoalInput {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        c.required("track".into(), &mut self.track, 1);
        let letter_ok = matches!(self.track.as_str(), "A" | "B" | "C" | "D" | "E" | "F");
        if !self.track.is_empty() && !letter_ok {
            c.push("track".into(), crate::FieldErrorCode::InvalidValue, None);
        }
        c.required("title".into(), &mut self.title, SHORT);
        c.free("why_me".into(), &mut self.why_me);
        c.count("competence_ids", &self.competence_ids, crate::validate::MANY);
        c.free("demand".into(), &mut self.demand);
        c.lines("tasks", &mut self.tasks);
        c.lines("conditions", &mut self.conditions);
        c.free("development".into(), &mut self.development);
        c.free("what_it_takes".into(), &mut self.what_it_takes);
        c.line("sector".into(), &mut self.sector);
    }
}

/// `GET /api/v1/jobgoals/canvas`: the ABC canvas that helps find jobmål; version 0 and empty before the
/// first save.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AbcCanvas {
    /// Version for `If-Match`; 0 before the first save.
    pub version: i64,
    /// When the borger last saved it; null if never.
    #[serde(with = "crate::wire_time::rfc3339::option")]
    pub updated_at: Option<OffsetDateTime>,
    /// The three columns.
    pub content: AbcCanvasInput,
}

/// The body of `PUT /api/v1/jobgoals/canvas`: short points under each of the three headings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AbcCanvasInput {
    /// Kompetencer: what I can.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub competences: Vec<String>,
    /// Ønsker: what I want.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub wishes: Vec<String>,
    /// Arbejdsmarkedet: where people are needed.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub market: Vec<String>,
}

impl Validate for AbcCanvasInput {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        c.lines("competences", &mut self.competences);
        c.lines("wishes", &mut self.wishes);
        c.lines("market", &mut self.market);
    }
}
