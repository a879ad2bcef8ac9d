//! Who is logged in: the borger's profile, their kommune and jobformidler, and the session's lifetimes.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

/// `GET /api/v1/session`: the logged-in borger and how long the session lasts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    /// The logged-in borger.
    pub borger: BorgerProfile,
    /// The session ends after this many seconds without a request (inaktivitet).
    pub idle_timeout_secs: u32,
    /// The session ends at this time at the latest, whatever happens.
    #[serde(with = "crate::wire_time::rfc3339")]
    pub expires_at: OffsetDateTime,
    /// The borger said at login that the computer is shared: nothing is kept on the device.
    #[serde(default)]
    pub shared_device: bool,
}

/// The borger's profile (Min profil).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BorgerProfile {
    /// The borger's id.
    pub id: Uuid,
    /// Full name (navn).
    pub name: String,
    /// The borger's own e-mail, printed on the CV (may be empty).
    #[serde(default)]
    pub email: String,
    /// The borger's own phone number, printed on the CV (may be empty).
    #[serde(default)]
    pub phone: String,
    /// The borger's kommune and its jobcenter.
    pub kommune: Kommune,
    /// Where the borger is in the fleksjob indsatsmodel (fase).
    pub phase: Phase,
    /// The borger's status (status).
    pub status: BorgerStatus,
    /// The borger's personal jobformidler (Din jobformidler).
    pub jobformidler: Contact,
    /// The virksomhedskonsulent, when it is another person.
    pub virksomhedskonsulent: Option<Contact>,
    /// How the borger prefers to meet (Kontaktform).
    pub preferred_contact: ContactForm,
}

/// A kommune and how to reach its jobcenter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Kommune {
    /// The kommune's name, e.g. "Viborg Kommune".
    pub name: String,
    /// The jobcenter's name, e.g. "Jobcenter Viborg".
    pub jobcenter: String,
    /// The jobcenter's phone number (telefon).
    pub phone: String,
    /// The jobcenter's e-mail (e-mail).
    pub email: String,
    /// The jobcenter's address (adresse).
    pub address: String,
    /// The jobcenter's opening hours by phone (telefontid), free text.
    pub phone_hours: String,
}

/// A person at the jobcenter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Contact {
    /// Name (navn).
    pub name: String,
    /// Role as shown to the borger, e.g. "Jobformidler".
    pub role: String,
    /// Phone (telefon).
    pub phone: String,
    /// E-mail.
    pub email: String,
}

/// The phase in the indsatsmodel (fase).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Fase 1: forberedelse, before the rehabiliteringsmøde.
    Preparation,
    /// Fase 2: on ledighedsydelse, looking for a fleksjob.
    Ledighedsydelse,
    /// Fase 3: in a fleksjob.
    Fleksjob,
}

/// The borger's status (status).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BorgerStatus {
    /// Før rehabiliteringsmødet.
    BeforeRehabMeeting,
    /// På ledighedsydelse.
    OnLedighedsydelse,
    /// I fleksjob.
    InFleksjob,
}

/// How a meeting is held (kontaktform).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactForm {
    /// In person (fysisk fremmøde).
    InPerson,
    /// By phone (telefon).
    Phone,
    /// By video (video).
    Video,
}

/// `GET /dev/login`: one demo borger to log in as (reference backend only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DemoBorger {
    /// The borger's id, to send to `POST /dev/login`.
    pub id: Uuid,
    /// Name (navn).
    pub name: String,
    /// A one-line Danish description of the persona, e.g. "Fase 1, før rehabiliteringsmødet".
    pub summary: String,
}

/// `POST /dev/login`: log in as a demo borger.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DemoLogin {
    /// The id of one of the demo borgere.
    pub borger_id: Uuid,
    /// "Jeg bruger en delt computer": the app keeps nothing on the device during this session.
    #[serde(default)]
    pub shared_device: bool,
}

/// `GET /api/v1/session/device-key`: the key the app encrypts its local copies with (drafts, the offline
/// plan). It is the same for the borger across sessions, so a draft saved before a session expired can be
/// read after logging in again; the app imports it as a non-extractable key and never stores it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceKey {
    /// 32 bytes as 64 lowercase hex digits (AES-256-GCM), or null when the borger chose "delt computer".
    #[cfg_attr(feature = "openapi", schema(min_length = 64, max_length = 64, pattern = "^[0-9a-f]{64}$"))]
    pub key: Option<String>,
}
