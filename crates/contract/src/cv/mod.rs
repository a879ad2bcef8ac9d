//! The brutto CV (Mit CV): everything the borger has done and can do, and the targeted CVs made from it.
//!
//! The CV is one document, read with `GET /api/v1/cv` and replaced with `PUT /api/v1/cv` (`If-Match`).
//! Every item carries a client-made id so targeted CVs can point at it.

mod targeted;

pub use targeted::{CvSection, TargetedCv, TargetedCvInput, TargetedItem, TextChoice};

use crate::common::{Period, YearMonth};
use crate::validate::{Checker, MANY, Validate, path};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

/// The brutto CV as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Cv {
    /// Version for `If-Match` (the ETag is `"v{version}"`); 0 before the first save.
    pub version: i64,
    /// When the borger last saved the CV (senest opdateret); null if never.
    #[serde(with = "crate::wire_time::rfc3339::option")]
    pub updated_at: Option<OffsetDateTime>,
    /// The CV's sections.
    pub content: CvContent,
}

/// The sections of the brutto CV; the body of `PUT /api/v1/cv`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct CvContent {
    /// Faglig profil: a short job-directed text about the borger.
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub profile: String,
    /// Jeg søger job som: the jobs the borger is looking for.
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub seeking: Vec<TextItem>,
    /// Erhvervserfaring: jobs with their tasks.
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub work: Vec<WorkItem>,
    /// Periods without work the borger chose to show, with a neutral label (perioder uden arbejde).
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub gaps: Vec<GapItem>,
    /// Uddannelse.
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub education: Vec<EducationItem>,
    /// Kurser.
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub courses: Vec<CourseItem>,
    /// Praktik og småjob.
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub internships: Vec<InternshipItem>,
    /// Frivilligt arbejde.
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub volunteering: Vec<WorkItem>,
    /// Fritid og interesser.
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub leisure: Vec<NoteItem>,
    /// Sprog.
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub languages: Vec<LanguageItem>,
    /// Kørekort og certifikater.
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub licences: Vec<LicenceItem>,
    /// Kompetencer (faglige and brancheneutrale).
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub competences: Vec<CompetenceItem>,
    /// Personlige egenskaber.
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub qualities: Vec<TextItem>,
    /// Det fungerer for mig: work conditions that help (skånehensyn), never diagnoses.
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub works_for_me: Vec<TextItem>,
}

/// A one-line item (a quality, a job title sought, a work condition).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TextItem {
    /// Item id.
    pub id: Uuid,
    /// The text (tekst).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub text: String,
}

/// A job or a volunteer role (stilling).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkItem {
    /// Item id.
    pub id: Uuid,
    /// Job title or role (stilling / rolle).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub title: String,
    /// Employer or organisation (arbejdsgiver / forening).
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub employer: String,
    /// When (periode).
    pub period: Period,
    /// Tasks, one per line (arbejdsopgaver).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub tasks: Vec<String>,
    /// Responsibility (ansvar).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub responsibility: String,
    /// Short text for targeted CVs (kort tekst).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub short_text: String,
    /// Long text for targeted CVs (lang tekst).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub long_text: String,
}

/// A period without work, with a neutral label the borger chose (e.g. "Periode med fokus på helbred og afklaring").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GapItem {
    /// Item id.
    pub id: Uuid,
    /// The label shown on the CV (tekst).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub label: String,
    /// When (periode).
    pub period: Period,
}

/// An education (uddannelse).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EducationItem {
    /// Item id.
    pub id: Uuid,
    /// Name of the education (uddannelse).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub title: String,
    /// School (uddannelsessted).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub institution: String,
    /// When (periode).
    pub period: Period,
    /// Whether it was completed (gennemført).
    #[serde(default = "yes")]
    pub completed: bool,
    /// Short text (kort tekst).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub short_text: String,
    /// Long text (lang tekst).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub long_text: String,
}

fn yes() -> bool {
    true
}

/// A course (kursus).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CourseItem {
    /// Item id.
    pub id: Uuid,
    /// Course name (kursus).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub title: String,
    /// Who held it (udbyder).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub provider: String,
    /// When it was taken (hvornår).
    pub when: Option<YearMonth>,
    /// Short text (kort tekst).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub short_text: String,
}

/// Whether an internship item is a praktik or a småjob.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InternshipKind {
    /// Virksomhedspraktik.
    Praktik,
    /// Småjob: a few hours a week.
    Smaajob,
}

/// A praktik or a småjob.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InternshipItem {
    /// Item id.
    pub id: Uuid,
    /// Praktik or småjob (type).
    pub kind: InternshipKind,
    /// Company (virksomhed).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub company: String,
    /// When (periode).
    pub period: Period,
    /// Tasks (opgaver).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub tasks: Vec<String>,
    /// Hours per week (timer om ugen), if known.
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 37))]
    pub hours_per_week: Option<f64>,
    /// Short text (kort tekst).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub short_text: String,
}

/// A leisure activity or interest (fritid og interesser).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NoteItem {
    /// Item id.
    pub id: Uuid,
    /// What (aktivitet).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub title: String,
    /// What it involves, what it shows (beskrivelse).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub description: String,
}

/// How well a language is spoken or written (niveau).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LanguageLevel {
    /// Begynder.
    Basic,
    /// Godt.
    Good,
    /// Meget godt.
    VeryGood,
    /// Modersmål.
    Native,
}

/// A language (sprog).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LanguageItem {
    /// Item id.
    pub id: Uuid,
    /// Language (sprog), e.g. "Dansk".
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub language: String,
    /// Spoken level (mundtligt).
    pub spoken: LanguageLevel,
    /// Written level (skriftligt).
    pub written: LanguageLevel,
}

/// A driving licence or a certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LicenceKind {
    /// Kørekort, e.g. "B".
    Driving,
    /// Certifikat, e.g. "Truckcertifikat".
    Certificate,
}

/// A driving licence or certificate (kørekort og certifikater).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LicenceItem {
    /// Item id.
    pub id: Uuid,
    /// Kørekort or certifikat.
    pub kind: LicenceKind,
    /// Name, e.g. "B" or "Hygiejnecertifikat" (navn).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub title: String,
    /// Valid until (gyldig til), if it expires.
    pub valid_until: Option<YearMonth>,
}

/// Whether a competence belongs to a trade or can be used anywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CompetenceKind {
    /// Faglig kompetence / faglig kvalifikation.
    Professional,
    /// Brancheneutral kompetence, e.g. "kundekontakt".
    Transferable,
}

/// A competence (kompetence).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompetenceItem {
    /// Item id.
    pub id: Uuid,
    /// Faglig or brancheneutral.
    pub kind: CompetenceKind,
    /// The competence (kompetence).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub title: String,
}

fn work(c: &mut Checker, prefix: &str, items: &mut [WorkItem]) {
    c.count(prefix.trim_end_matches('.'), items, MANY);
    for (i, w) in items.iter_mut().enumerate() {
        let p = format!("{prefix}{i}.");
        c.required(path(&p, "title"), &mut w.title, crate::validate::SHORT);
        c.line(path(&p, "employer"), &mut w.employer);
        c.period(&format!("{p}period."), &w.period);
        c.lines(&path(&p, "tasks"), &mut w.tasks);
        c.free(path(&p, "responsibility"), &mut w.responsibility);
        c.free(path(&p, "short_text"), &mut w.short_text);
        c.free(path(&p, "long_text"), &mut w.long_text);
    }
}

fn texts(c: &mut Checker, field: &str, items: &mut [TextItem]) {
    c.count(field, items, MANY);
    for (i, t) in items.iter_mut().enumerate() {
        c.required(format!("{field}.{i}.text"), &mut t.text, crate::validate::SHORT);
    }
}

impl Validate for CvContent {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        use crate::validate::SHORT;
        c.free("profile".into(), &mut self.profile);
        texts(c, "seeking", &mut self.seeking);
        work(c, "work.", &mut self.work);
        work(c, "volunteering.", &mut self.volunteering);
        c.count("gaps", &self.gaps, MANY);
        for (i, g) in self.gaps.iter_mut().enumerate() {
            c.required(format!("gaps.{i}.label"), &mut g.label, SHORT);
            c.period(&format!("gaps.{i}.period."), &g.period);
        }
        c.count("education", &self.education, MANY);
        for (i, e) in self.education.iter_mut().enumerate() {
            c.required(format!("education.{i}.title"), &mut e.title, SHORT);
            c.line(format!("education.{i}.institution"), &mut e.institution);
            c.period(&format!("education.{i}.period."), &e.period);
            c.free(format!("education.{i}.short_text"), &mut e.short_text);
            c.free(format!("education.{i}.long_text"), &mut e.long_text);
        }
        c.count("courses", &self.courses, MANY);
        for (i, k) in self.courses.iter_mut().enumerate() {
            c.required(format!("courses.{i}.title"), &mut k.title, SHORT);
            c.line(format!("courses.{i}.provider"), &mut k.provider);
            if let Some(when) = &k.when {
                c.month(format!("courses.{i}.when"), when);
            }
            c.free(format!("courses.{i}.short_text"), &mut k.short_text);
        }
        c.count("internships", &self.internships, MANY);
        for (i, p) in self.internships.iter_mut().enumerate() {
            c.required(format!("internships.{i}.company"), &mut p.company, SHORT);
            c.period(&format!("internships.{i}.period."), &p.period);
            c.lines(&format!("internships.{i}.tasks"), &mut p.tasks);
            if let Some(h) = p.hours_per_week {
                c.range(format!("internships.{i}.hours_per_week"), h, 0.0, 37.0);
            }
            c.free(format!("internships.{i}.short_text"), &mut p.short_text);
        }
        c.count("leisure", &self.leisure, MANY);
        for (i, n) in self.leisure.iter_mut().enumerate() {
            c.required(format!("leisure.{i}.title"), &mut n.title, SHORT);
            c.free(format!("leisure.{i}.description"), &mut n.description);
        }
        c.count("languages", &self.languages, MANY);
        for (i, l) in self.languages.iter_mut().enumerate() {
            c.required(format!("languages.{i}.language"), &mut l.language, SHORT);
        }
        c.count("licences", &self.licences, MANY);
        for (i, l) in self.licences.iter_mut().enumerate() {
            c.required(format!("licences.{i}.title"), &mut l.title, SHORT);
            if let Some(v) = &l.valid_until {
                c.month(format!("licences.{i}.valid_until"), v);
            }
        }
        c.count("competences", &self.competences, MANY);
        for (i, k) in self.competences.iter_mut().enumerate() {
            c.required(format!("competences.{i}.title"), &mut k.title, SHORT);
        }
        texts(c, "qualities", &mut self.qualities);
        texts(c, "works_for_me", &mut self.works_for_me);
        let ids = self.item_ids();
        c.unique_ids("items", ids.iter());
    }
}

impl CvContent {
    /// Every item id in the CV, in section order.
    pub fn item_ids(&self) -> Vec<Uuid> {
        let mut ids: Vec<Uuid> = Vec::new();
        ids.extend(self.seeking.iter().map(|x| x.id));
        ids.extend(self.work.iter().map(|x| x.id));
        ids.extend(self.gaps.iter().map(|x| x.id));
        ids.extend(self.education.iter().map(|x| x.id));
        ids.extend(self.courses.iter().map(|x| x.id));
        ids.extend(self.internships.iter().map(|x| x.id));
        ids.extend(self.volunteering.iter().map(|x| x.id));
        ids.extend(self.leisure.iter().map(|x| x.id));
        ids.extend(self.languages.iter().map(|x| x.id));
        ids.extend(self.licences.iter().map(|x| x.id));
        ids.extend(self.competences.iter().map(|x| x.id));
        ids.extend(self.qualities.iter().map(|x| x.id));
        ids.extend(self.works_for_me.iter().map(|x| x.id));
        ids
    }
}
