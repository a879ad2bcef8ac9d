//! The rehearsal log (Øv din fremlæggelse): when the borger practised and how ready they felt.
//! Recordings never leave the device; only this log is stored.

use crate::validate::{Checker, Validate};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

/// One practice session as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rehearsal {
    /// Id.
    pub id: Uuid,
    /// Version for `If-Match`.
    pub version: i64,
    /// What was practised.
    pub content: RehearsalInput,
}

/// The body of `POST /api/v1/rehearsals`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RehearsalInput {
    /// When the borger practised (øvet).
    #[serde(with = "crate::wire_time::rfc3339")]
    pub practised_at: OffsetDateTime,
    /// Ids of the questions practised (spørgsmål), from the question bank.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub question_ids: Vec<String>,
    /// How long the practice took, in seconds (varighed).
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 14400))]
    pub duration_secs: u32,
    /// Hvor klar føler du dig? 1–5, if given.
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 5))]
    pub self_rating: Option<u8>,
    /// A note to self (note).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub note: String,
    /// Tag op på formødet: the borger wants to raise this at the pre-meeting.
    #[serde(default)]
    pub flag_for_meeting: bool,
}

impl Validate for RehearsalInput {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        c.lines("question_ids", &mut self.question_ids);
        c.range("duration_secs".into(), f64::from(self.duration_secs), 0.0, 4.0 * 3600.0);
        if let Some(r) = self.self_rating {
            c.range("self_rating".into(), f64::from(r), 1.0, 5.0);
        }
        c.free("note".into(), &mut self.note);
        if !(2000..=2100).contains(&self.practised_at.year()) {
            c.push("practised_at".into(), crate::FieldErrorCode::InvalidDate, None);
        }
    }
}

/// The most cue cards a talking script may hold.
pub const MAX_CARDS: usize = 30;

/// `GET /api/v1/rehearsals/script`: the borger's own talking script (talepapir); version 0 and no cards
/// before the first save, when the app builds one from the jobmål.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TalkingScript {
    /// Version for `If-Match`; 0 before the first save.
    pub version: i64,
    /// When the borger last saved it; null if never.
    #[serde(with = "crate::wire_time::rfc3339::option")]
    pub updated_at: Option<OffsetDateTime>,
    /// The cards.
    pub content: TalkingScriptInput,
}

/// The body of `PUT /api/v1/rehearsals/script`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TalkingScriptInput {
    /// The cue cards in the order they are said (stikord).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 30))]
    pub cards: Vec<ScriptCard>,
}

/// One cue card: a short heading and what the borger wants to say.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScriptCard {
    /// Heading (overskrift), e.g. "Mit jobmål A".
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub heading: String,
    /// What to say (tekst), in the borger's own words.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub text: String,
}

impl Validate for TalkingScriptInput {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        c.count("cards", &self.cards, MAX_CARDS);
        for (i, card) in self.cards.iter_mut().enumerate() {
            c.line(format!("cards.{i}.heading"), &mut card.heading);
            c.free(format!("cards.{i}.text"), &mut card.text);
        }
    }
}
