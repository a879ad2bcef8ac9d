//! Targeted CVs (målrettede CV'er): named selections from the brutto CV, with their own section order and,
//! per item, the borger's own text for that CV.

use crate::validate::{Checker, Validate};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

/// A targeted CV (målrettet CV): a named selection from the brutto CV.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TargetedCv {
    /// Id.
    pub id: Uuid,
    /// Version for `If-Match`.
    pub version: i64,
    /// When it was made.
    #[serde(with = "crate::wire_time::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When it was last changed.
    #[serde(with = "crate::wire_time::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// What the borger chose.
    pub content: TargetedCvInput,
}

/// The body of `POST`/`PUT /api/v1/cv/targeted`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TargetedCvInput {
    /// The borger's name for it (navn), e.g. "Til Netto – kassemedarbejder".
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub name: String,
    /// The job it is for (stilling), if any.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub target_job: String,
    /// A profile text just for this CV; empty means use the brutto CV's faglig profil.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub profile: String,
    /// The chosen items. They print in the brutto CV's order within each section.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 500))]
    pub items: Vec<TargetedItem>,
    /// The order of the sections on this CV; empty means the standard order. Sections not named print last.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 14))]
    pub sections: Vec<CvSection>,
}

/// A section of the CV, as named in targeted CVs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CvSection {
    /// Faglig profil.
    Profile,
    /// Jeg søger job som.
    Seeking,
    /// Erhvervserfaring.
    Work,
    /// Perioder uden arbejde.
    Gaps,
    /// Uddannelse.
    Education,
    /// Kurser.
    Courses,
    /// Praktik og småjob.
    Internships,
    /// Frivilligt arbejde.
    Volunteering,
    /// Fritid og interesser.
    Leisure,
    /// Sprog.
    Languages,
    /// Kørekort og certifikater.
    Licences,
    /// Kompetencer.
    Competences,
    /// Personlige egenskaber.
    Qualities,
    /// Det fungerer for mig.
    WorksForMe,
}

impl CvSection {
    /// Every section in the standard order of the brutto CV.
    pub const ALL: [CvSection; 14] = [
        CvSection::Profile,
        CvSection::Seeking,
        CvSection::Work,
        CvSection::Gaps,
        CvSection::Education,
        CvSection::Courses,
        CvSection::Internships,
        CvSection::Volunteering,
        CvSection::Leisure,
        CvSection::Languages,
        CvSection::Licences,
        CvSection::Competences,
        CvSection::Qualities,
        CvSection::WorksForMe,
    ];

    /// The snake_case name used in JSON.
    pub fn slug(self) -> &'static str {
        match self {
            CvSection::Profile => "profile",
            CvSection::Seeking => "seeking",
            CvSection::Work => "work",
            CvSection::Gaps => "gaps",
            CvSection::Education => "education",
            CvSection::Courses => "courses",
            CvSection::Internships => "internships",
            CvSection::Volunteering => "volunteering",
            CvSection::Leisure => "leisure",
            CvSection::Languages => "languages",
            CvSection::Licences => "licences",
            CvSection::Competences => "competences",
            CvSection::Qualities => "qualities",
            CvSection::WorksForMe => "works_for_me",
        }
    }

    /// The section named `slug`, if any.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// One item chosen for a targeted CV.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TargetedItem {
    /// The id of an item in the brutto CV.
    pub item_id: Uuid,
    /// Which text to print for it.
    pub text: TextChoice,
    /// The borger's own text for this CV only. While null, the CV follows the brutto CV's text.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub custom_text: Option<String>,
}

/// Short or long text for an item in a targeted CV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TextChoice {
    /// Kort tekst.
    Short,
    /// Lang tekst.
    Long,
}

impl Validate for TargetedCvInput {
    fn check(&mut self, c: &mut Checker, _prefix: &str) {
        c.required("name".into(), &mut self.name, crate::validate::SHORT);
        c.line("target_job".into(), &mut self.target_job);
        c.free("profile".into(), &mut self.profile);
        c.count("items", &self.items, 500);
        for (i, item) in self.items.iter_mut().enumerate() {
            if let Some(text) = &mut item.custom_text {
                c.free(format!("items.{i}.custom_text"), text);
            }
        }
        c.count("sections", &self.sections, CvSection::ALL.len());
        let mut seen = std::collections::HashSet::new();
        if !self.sections.iter().all(|s| seen.insert(*s)) {
            c.push("sections".into(), crate::problem::FieldErrorCode::Duplicate, None);
        }
        let items: Vec<Uuid> = self.items.iter().map(|i| i.item_id).collect();
        c.unique_ids("items", items.iter());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::FieldErrorCode;

    fn input() -> TargetedCvInput {
        TargetedCvInput {
            name: "Til Netto".into(),
            target_job: String::new(),
            profile: String::new(),
            items: vec![],
            sections: vec![],
        }
    }

    #[test]
    fn section_slugs_round_trip_and_match_json() {
        for s in CvSection::ALL {
            assert_eq!(CvSection::from_slug(s.slug()), Some(s));
            assert_eq!(serde_json::to_value(s).unwrap(), serde_json::Value::String(s.slug().into()));
        }
        assert_eq!(CvSection::from_slug("nope"), None);
    }

    #[test]
    fn targeted_cv_refuses_repeated_sections_and_items_and_long_own_text() {
        let mut t = input();
        t.sections = vec![CvSection::Work, CvSection::Work];
        let id = Uuid::new_v4();
        let item = TargetedItem { item_id: id, text: TextChoice::Short, custom_text: Some("x".repeat(4001)) };
        t.items = vec![item.clone(), item];
        let errors = t.validate().unwrap_err();
        let codes: Vec<(&str, FieldErrorCode)> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
        assert!(codes.contains(&("sections", FieldErrorCode::Duplicate)), "{codes:?}");
        assert!(codes.contains(&("items.1.id", FieldErrorCode::Duplicate)), "{codes:?}");
        assert!(codes.contains(&("items.0.custom_text", FieldErrorCode::TooLong)), "{codes:?}");
    }

    #[test]
    fn a_targeted_cv_with_its_own_text_in_order_is_valid() {
        let mut t = input();
        t.sections = vec![CvSection::Work, CvSection::Profile];
        t.items = vec![TargetedItem {
            item_id: Uuid::new_v4(),
            text: TextChoice::Long,
            custom_text: Some(" Min tekst ".into()),
        }];
        assert!(t.validate().is_ok());
        assert_eq!(t.items[0].custom_text.as_deref(), Some("Min tekst"));
    }
}
