//! Min plan: the aftaler and meetings agreed with the jobformidler, and what is new since the borger last looked.
//!
//! Aftaler and meetings are made by the jobcenter (the admin API stands in for its system). The borger may set
//! status and comment on aftaler they own, and write prep notes for meetings.

use crate::common::{Actor, iso_date};
use crate::session::ContactForm;
use crate::validate::{Checker, SHORT, Validate};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

/// `GET /api/v1/plan`: everything in Min plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Plan {
    /// Aftaler, soonest due first.
    pub aftaler: Vec<Aftale>,
    /// Meetings, earliest first.
    pub meetings: Vec<Meeting>,
    /// When this copy was made by the server (senest opdateret).
    #[serde(with = "crate::wire_time::rfc3339")]
    pub fetched_at: OffsetDateTime,
}

/// An aftale (agreement) in Min plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Aftale {
    /// Id.
    pub id: Uuid,
    /// Version for `If-Match`.
    pub version: i64,
    /// What was agreed (set by the jobcenter).
    pub content: AftaleInput,
    /// Status (status), which the owner changes.
    pub status: AftaleStatus,
    /// The borger's short note to the status, e.g. "Søgt hos Netto og Rema".
    pub status_note: String,
    /// The borger's comment (Min kommentar).
    pub borger_comment: String,
    /// Who changed it last (senest ændret af).
    pub updated_by: Actor,
    /// When it was last changed (senest ændret).
    #[serde(with = "crate::wire_time::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// True when the jobcenter made or changed it after the borger last looked (nyt siden sidst).
    pub unseen: bool,
    /// What happened to it, oldest first (historik).
    pub history: Vec<Change>,
}

/// What the jobcenter writes in an aftale; the body of the admin API's create and update.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AftaleInput {
    /// Short title (aftale), e.g. "Søg 2 konkrete deltidsjob som receptionist".
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub title: String,
    /// The full text (beskrivelse).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub description: String,
    /// Who does it (hvem gør det?).
    pub owner: Owner,
    /// What kind of aftale (type).
    #[serde(default = "other")]
    pub kind: AftaleKind,
    /// By when (hvornår), if it has a date.
    #[serde(default, with = "iso_date::option")]
    pub due: Option<Date>,
    /// How often (hvor ofte), e.g. "hver uge", if it repeats.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub frequency: String,
    /// True when borger and jobformidler have agreed it (aftalt); then only status and comment may change.
    #[serde(default)]
    pub agreed: bool,
    /// The jobmål it serves (hvad er det til?), if any.
    pub job_goal_id: Option<Uuid>,
    /// What happens if the borger cannot do it, and how to tell the jobformidler (plain language).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub if_not_possible: String,
}

fn other() -> AftaleKind {
    AftaleKind::Other
}

/// Who does an aftale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    /// Mine: the borger.
    Borger,
    /// Jobformidlerens.
    Jobformidler,
    /// Virksomhedens: the employer or praktik place.
    Virksomhed,
    /// Fælles: together.
    Faelles,
}

/// The kind of an aftale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AftaleKind {
    /// Jobsøgning.
    JobSearch,
    /// CV.
    Cv,
    /// Praktik.
    Praktik,
    /// Møde.
    Meeting,
    /// Gruppeforløb.
    Group,
    /// Andet.
    Other,
}

/// The status of an aftale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AftaleStatus {
    /// Aftalt: not started.
    Agreed,
    /// I gang.
    InProgress,
    /// Udført.
    Done,
    /// Ikke udført.
    NotDone,
}

/// One entry in an aftale's or meeting's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Change {
    /// When.
    #[serde(with = "crate::wire_time::rfc3339")]
    pub at: OffsetDateTime,
    /// Who.
    pub by: Actor,
    /// What happened.
    pub what: ChangeKind,
}

/// What a history entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Oprettet.
    Created,
    /// The text or terms were changed (ændret).
    Changed,
    /// The status was changed (status ændret).
    StatusChanged,
    /// The borger's comment was changed (kommentar ændret).
    Commented,
}

/// `PATCH /api/v1/plan/aftaler/{id}` (with `If-Match`): what the borger may change. Fields left out stay.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AftaleUpdate {
    /// New status; only for aftaler the borger owns (or shares).
    pub status: Option<AftaleStatus>,
    /// A short note to the status.
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub status_note: Option<String>,
    /// The borger's comment.
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub borger_comment: Option<String>,
}

/// A meeting (møde / samtale).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Meeting {
    /// Id.
    pub id: Uuid,
    /// Version for `If-Match`.
    pub version: i64,
    /// What the jobcenter set up.
    pub content: MeetingInput,
    /// Det vil jeg tale om: the borger's preparation notes.
    pub prep_notes: String,
    /// Who changed it last.
    pub updated_by: Actor,
    /// When it was last changed.
    #[serde(with = "crate::wire_time::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// True when the jobcenter made or changed it after the borger last looked.
    pub unseen: bool,
}

/// What the jobcenter writes about a meeting; the body of the admin API's create and update.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeetingInput {
    /// The kind of meeting (type).
    pub kind: MeetingKind,
    /// The meeting's name as the kommune uses it, e.g. "Rehabiliteringsmøde" (titel).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub title: String,
    /// Start (tidspunkt).
    #[serde(with = "crate::wire_time::rfc3339")]
    pub starts_at: OffsetDateTime,
    /// Expected length in minutes (varighed).
    #[cfg_attr(feature = "openapi", schema(minimum = 5, maximum = 480))]
    pub duration_minutes: u16,
    /// In person, by phone or video.
    pub contact_form: ContactForm,
    /// Where (sted), for meetings in person.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub place: String,
    /// Who calls whom, for phone meetings (telefon).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub phone: String,
    /// Who takes part (deltagere).
    #[serde(default)]
    pub participants: Vec<Participant>,
    /// What the meeting is for (formål).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub purpose: String,
    /// Summary written after the meeting (referat), if any.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub summary: String,
}

/// A person taking part in a meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Participant {
    /// Name (navn).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub name: String,
    /// Role, e.g. "Jobformidler", "Sundhedskoordinator" (rolle).
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub role: String,
    /// What this person can help with (kan hjælpe med).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub helps_with: String,
}

/// The kind of meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    /// Jobsamtale.
    Jobsamtale,
    /// Formøde, before the rehabiliteringsmøde.
    Formoede,
    /// Rehabiliteringsmøde (or the kommune meeting that replaces it).
    Rehabiliteringsmoede,
    /// Opfølgning på virksomheden.
    OpfoelgningVirksomhed,
    /// Progressionssamtale.
    Progressionssamtale,
    /// Gruppeforløb.
    Gruppeforloeb,
}

/// `PUT /api/v1/plan/meetings/{id}/prep` (with `If-Match`): the borger's notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeetingPrep {
    /// Det vil jeg tale om.
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub prep_notes: String,
}

/// `PUT /api/v1/plan/seen`: mark items as seen (idempotent; clears "nyt siden sidst").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SeenInput {
    /// Ids of aftaler and meetings the borger has now seen.
    #[cfg_attr(feature = "openapi", schema(max_items = 500))]
    pub item_ids: Vec<Uuid>,
}

impl Validate for AftaleInput {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        c.required("title".into(), &mut self.title, SHORT);
        c.free("description".into(), &mut self.description);
        if let Some(d) = &self.due {
            c.date("due".into(), d);
        }
        c.line("frequency".into(), &mut self.frequency);
        c.free("if_not_possible".into(), &mut self.if_not_possible);
    }
}

impl Validate for AftaleUpdate {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        if let Some(s) = &mut self.status_note {
            c.text("status_note".into(), s, 500, true);
        }
        if let Some(s) = &mut self.borger_comment {
            c.free("borger_comment".into(), s);
        }
    }
}

impl Validate for MeetingInput {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        c.required("title".into(), &mut self.title, SHORT);
        if !(2000..=2100).contains(&self.starts_at.year()) {
            c.push("starts_at".into(), crate::FieldErrorCode::InvalidDate, None);
        }
        c.range("duration_minutes".into(), f64::from(self.duration_minutes), 5.0, 480.0);
        c.line("place".into(), &mut self.place);
        c.line("phone".into(), &mut self.phone);
        c.count("participants", &self.participants, 20);
        for (i, p) in self.participants.iter_mut().enumerate() {
            c.required(format!("participants.{i}.name"), &mut p.name, SHORT);
            c.line(format!("participants.{i}.role"), &mut p.role);
            c.free(format!("participants.{i}.helps_with"), &mut p.helps_with);
        }
        c.free("purpose".into(), &mut self.purpose);
        c.free("summary".into(), &mut self.summary);
    }
}

impl Validate for MeetingPrep {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        c.free("prep_notes".into(), &mut self.prep_notes);
    }
}

impl Validate for SeenInput {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        c.count("item_ids", &self.item_ids, 500);
    }
}
