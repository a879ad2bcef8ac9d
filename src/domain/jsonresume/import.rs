//! JSON Resume → CV. Reads `x-fleksvej` when it is there and valid; otherwise maps the standard sections,
//! leaving out what cannot be read (with a warning) and cutting over-long texts (with a warning).

use super::{EXTENSION, ImportError, ImportPreview, ImportWarning, MAX_BYTES};
use contract::Validate;
use contract::common::{Period, YearMonth};
use contract::cv::*;
use contract::validate::{LONG, SHORT};
use serde_json::Value;
use uuid::Uuid;

const SECTIONS: [&str; 9] =
    ["basics", "work", "volunteer", "education", "certificates", "skills", "languages", "interests", EXTENSION];

/// Reads a JSON Resume file.
pub fn import(text: &str) -> Result<ImportPreview, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let doc: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    let obj = doc.as_object().ok_or(ImportError::NotResume)?;
    if !SECTIONS.iter().any(|k| obj.contains_key(*k)) {
        return Err(ImportError::NotResume);
    }
    let mut warnings = Vec::new();
    // Ours sits in `meta` (valid against the strict v1 schema); a top-level one is read too.
    let ext = obj.get("meta").and_then(|m| m.get(EXTENSION)).or_else(|| obj.get(EXTENSION));
    if let Some(ext) = ext {
        if let Some(mut content) = ext.get("content").and_then(|c| serde_json::from_value::<CvContent>(c.clone()).ok())
            && content.validate().is_ok()
        {
            return Ok(ImportPreview { content, warnings });
        }
        warnings.push(ImportWarning::ExtensionIgnored);
    }
    let mut r = Reader { warnings };
    let content = r.standard(&doc);
    Ok(ImportPreview { content, warnings: r.warnings })
}

/// "2019", "2019-03" or "2019-03-15" as a month (January when only the year is known).
pub fn parse_month(s: &str) -> Option<YearMonth> {
    let mut parts = s.trim().split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = match parts.next() {
        Some(m) => m.parse().ok()?,
        None => 1,
    };
    let ym = YearMonth { year, month };
    ((1900..=2100).contains(&year) && (1..=12).contains(&month)).then_some(ym)
}

struct Reader {
    warnings: Vec<ImportWarning>,
}

fn list<'a>(doc: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    doc.get(key).and_then(Value::as_array).into_iter().flatten()
}

fn text_of(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or("").trim().to_owned()
}

impl Reader {
    fn cut(&mut self, s: String, max: usize, section: CvSection) -> String {
        if s.chars().count() > max {
            self.warnings.push(ImportWarning::Cut(section));
            s.chars().take(max).collect()
        } else {
            s
        }
    }

    fn title(&mut self, v: &Value, keys: &[&str], section: CvSection) -> Option<String> {
        let t = keys.iter().map(|k| text_of(v, k)).find(|t| !t.is_empty());
        if t.is_none() {
            self.warnings.push(ImportWarning::NoTitle(section));
        }
        t.map(|t| self.cut(t, SHORT, section))
    }

    fn period(&mut self, v: &Value, section: CvSection) -> Option<Period> {
        let from = v.get("startDate").and_then(Value::as_str).and_then(parse_month);
        if from.is_none() {
            self.warnings.push(ImportWarning::NoDate(section));
        }
        let to = v.get("endDate").and_then(Value::as_str).and_then(parse_month);
        from.map(|from| Period { from, to: to.filter(|t| *t >= from) })
    }

    fn lines(&mut self, v: &Value, key: &str, section: CvSection) -> Vec<String> {
        let raw: Vec<String> = v
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        raw.into_iter().take(contract::validate::MANY).map(|s| self.cut(s, SHORT, section)).collect()
    }

    fn work(&mut self, doc: &Value, key: &str, org: &str, section: CvSection) -> Vec<WorkItem> {
        let mut out = Vec::new();
        for v in list(doc, key).take(contract::validate::MANY) {
            let Some(title) = self.title(v, &["position", "name"], section) else { continue };
            let Some(period) = self.period(v, section) else { continue };
            let employer = self.cut(text_of(v, org), SHORT, section);
            let tasks = self.lines(v, "highlights", section);
            let long_text = self.cut(text_of(v, "summary"), LONG, section);
            out.push(WorkItem {
                id: Uuid::new_v4(),
                title,
                employer,
                period,
                tasks,
                responsibility: String::new(),
                short_text: String::new(),
                long_text,
            });
        }
        out
    }

    fn standard(&mut self, doc: &Value) -> CvContent {
        let basics = doc.get("basics").cloned().unwrap_or(Value::Null);
        let mut cv = CvContent {
            profile: self.cut(text_of(&basics, "summary"), LONG, CvSection::Profile),
            ..CvContent::default()
        };
        let label = text_of(&basics, "label");
        if !label.is_empty() {
            cv.seeking.push(TextItem { id: Uuid::new_v4(), text: self.cut(label, SHORT, CvSection::Seeking) });
        }
        cv.work = self.work(doc, "work", "name", CvSection::Work);
        cv.volunteering = self.work(doc, "volunteer", "organization", CvSection::Volunteering);
        for v in list(doc, "education").take(contract::validate::MANY) {
            let Some(title) = self.title(v, &["area", "studyType", "institution"], CvSection::Education) else {
                continue;
            };
            let Some(period) = self.period(v, CvSection::Education) else { continue };
            let institution = self.cut(text_of(v, "institution"), SHORT, CvSection::Education);
            cv.education.push(EducationItem {
                id: Uuid::new_v4(),
                title,
                institution,
                period,
                completed: true,
                short_text: String::new(),
                long_text: String::new(),
            });
        }
        for v in list(doc, "certificates").take(contract::validate::MANY) {
            let Some(title) = self.title(v, &["name"], CvSection::Licences) else { continue };
            cv.licences.push(LicenceItem {
                id: Uuid::new_v4(),
                kind: LicenceKind::Certificate,
                title,
                valid_until: None,
            });
        }
        for v in list(doc, "skills").take(contract::validate::MANY) {
            let Some(title) = self.title(v, &["name"], CvSection::Competences) else { continue };
            cv.competences.push(CompetenceItem { id: Uuid::new_v4(), kind: CompetenceKind::Professional, title });
        }
        for v in list(doc, "languages").take(contract::validate::MANY) {
            let Some(language) = self.title(v, &["language"], CvSection::Languages) else { continue };
            let level = level_of(&text_of(v, "fluency"));
            cv.languages.push(LanguageItem { id: Uuid::new_v4(), language, spoken: level, written: level });
        }
        for v in list(doc, "interests").take(contract::validate::MANY) {
            let Some(title) = self.title(v, &["name"], CvSection::Leisure) else { continue };
            let words: Vec<String> = self.lines(v, "keywords", CvSection::Leisure);
            let description = self.cut(words.join(", "), LONG, CvSection::Leisure);
            cv.leisure.push(NoteItem { id: Uuid::new_v4(), title, description });
        }
        self.drop_invalid(&mut cv);
        cv
    }

    /// Leaves out whatever the contract still refuses (a control character, say) rather than sending it.
    fn drop_invalid(&mut self, cv: &mut CvContent) {
        if let Err(errors) = cv.clone().validate() {
            let items: std::collections::BTreeSet<(CvSection, usize)> =
                errors.iter().filter_map(|e| crate::domain::cv::item_of(&e.field)).collect();
            for (section, i) in items.iter().rev() {
                crate::domain::cv::remove(cv, *section, *i);
                self.warnings.push(ImportWarning::Unreadable(*section));
            }
            if errors.iter().any(|e| e.field == "profile") {
                cv.profile.clear();
                self.warnings.push(ImportWarning::Unreadable(CvSection::Profile));
            }
        }
        let _ = cv.validate();
    }
}

/// Reads a free-text fluency ("Native speaker", "modersmål", "B2") as one of our levels.
pub fn level_of(fluency: &str) -> LanguageLevel {
    let f = fluency.to_lowercase();
    if f.contains("native") || f.contains("moders") || f.contains("c2") {
        LanguageLevel::Native
    } else if f.contains("full") || f.contains("fluent") || f.contains("meget") || f.contains("c1") {
        LanguageLevel::VeryGood
    } else if f.contains("elementary")
        || f.contains("basic")
        || f.contains("begynd")
        || f.contains("a1")
        || f.contains("a2")
    {
        LanguageLevel::Basic
    } else {
        LanguageLevel::Good
    }
}
