//! Every user-facing text, in Danish (default) and English. Keys are an enum, so a missing text is a compile error.

pub mod cv;
pub mod cv_help;
pub mod cv_import;
pub mod cv_targeted;
pub mod dates;
pub mod drafts;
pub mod info;
pub mod jobgoals;
pub mod labels;
mod messages;
pub mod plan;
pub mod plan_offline;
pub mod progression;
pub mod questions;
pub mod rehearsal;
pub mod session;
pub mod talk;

pub use messages::Msg;

use leptos::prelude::*;

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dansk (default).
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 code for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// Parses a stored code; unknown codes give Danish.
    pub fn from_code(code: &str) -> Self {
        if code == "en" { Lang::En } else { Lang::Da }
    }
}

/// A key in one of the message tables (see `messages!`).
pub trait Message: Copy + Send + Sync + 'static {
    /// The Danish and English text.
    fn pair(self) -> (&'static str, &'static str);

    /// The text of this message in `lang`.
    fn text(self, lang: Lang) -> &'static str {
        let (da, en) = self.pair();
        match lang {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

/// The chosen language, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The current language.
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// A reactive text for `msg`.
    pub fn t<M: Message>(self, msg: M) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || msg.text(lang.get())
    }

    /// The text for `msg` now (for attributes and titles computed inside reactive closures).
    pub fn now<M: Message>(self, msg: M) -> &'static str {
        msg.text(self.lang.get())
    }
}

/// The app's [`I18n`], provided by `App`.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n { lang: RwSignal::new(Lang::Da) })
}

/// A reactive text for `msg` in the current language.
pub fn t<M: Message>(msg: M) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    use_i18n().t(msg)
}

/// Test helper for every message table: each key has a Danish and an English text.
#[cfg(test)]
pub fn assert_complete<M: Message + std::fmt::Debug>(all: &[M]) {
    for msg in all {
        let (da, en) = msg.pair();
        assert!(!da.trim().is_empty(), "{msg:?} has no Danish text");
        assert!(!en.trim().is_empty(), "{msg:?} has no English text");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_both_languages() {
        assert_complete(Msg::ALL);
    }

    #[test]
    fn unknown_language_codes_fall_back_to_danish() {
        assert_eq!(Lang::from_code("en"), Lang::En);
        assert_eq!(Lang::from_code("de"), Lang::Da);
        assert_eq!(Msg::NavPlan.text(Lang::Da), "Min plan");
        assert_eq!(Msg::NavPlan.text(Lang::En), "My plan");
    }
}

/// The text to show next to a field the server (or the shared validation) refused.
pub fn field_error(code: contract::FieldErrorCode, limit: Option<i64>, lang: Lang) -> String {
    use contract::FieldErrorCode as C;
    let msg = match code {
        C::Required => Msg::FieldRequired,
        C::TooLong => Msg::FieldTooLong,
        C::TooMany => Msg::FieldTooMany,
        C::TooSmall => Msg::FieldTooSmall,
        C::TooLarge => Msg::FieldTooLarge,
        C::NotQuarterHour => Msg::FieldNotQuarterHour,
        C::ControlCharacters => Msg::FieldControlCharacters,
        C::InvalidDate => Msg::FieldInvalidDate,
        C::EndBeforeStart => Msg::FieldEndBeforeStart,
        C::InvalidUrl => Msg::FieldInvalidUrl,
        C::InvalidValue => Msg::FieldInvalidValue,
        C::Duplicate => Msg::FieldDuplicate,
    };
    crate::domain::text::fill(msg.text(lang), limit)
}

#[cfg(test)]
mod field_error_tests {
    use super::*;
    use contract::FieldErrorCode;

    #[test]
    fn field_errors_say_what_to_do_with_the_limit_filled_in() {
        assert_eq!(
            field_error(FieldErrorCode::TooLong, Some(200), Lang::Da),
            "Teksten er for lang. Den må højst være 200 tegn"
        );
        assert_eq!(field_error(FieldErrorCode::Required, None, Lang::En), "Fill in this field");
    }
}
