//! Texts for saving what the borger types (issue #8): calm, honest, and next to what is being edited.

crate::messages! { DraftMsg {
    Saving => "Gemmer …", "Saving …";
    Saved => "Gemt", "Saved";
    Kept => "Gemt på enheden – sendes når du er online", "Saved on this device – sent when you are online";
    InTab => "Ikke sendt endnu – vi prøver igen, så længe siden er åben", "Not sent yet – we keep trying while the page is open";
    Failed => "Kunne ikke gemmes – prøv igen", "Could not be saved – please try again";
    Restored => "Vi har hentet det, du skrev sidst, og som ikke blev gemt. Se det igennem, og gem.", "We brought back what you last wrote that was not saved. Look it over and save.";
    Mine => "Din udgave:", "Your version:";
    ConflictIntro => "Det her er ændret et andet sted, mens du skrev. Din tekst står stadig i feltet. Vælg, hvilken udgave der skal gemmes.", "This was changed somewhere else while you were writing. Your text is still in the field. Choose which version to save.";
}}

#[cfg(test)]
mod tests {
    #[test]
    fn every_draft_text_has_both_languages() {
        crate::i18n::assert_complete(super::DraftMsg::ALL);
    }
}
