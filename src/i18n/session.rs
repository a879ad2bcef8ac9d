//! Texts for the warning before the session ends and the offer of a new version. Calm: nothing is lost, and
//! one press extends or reloads.

crate::messages! { SessionMsg {
    Title => "Vil du fortsætte?", "Do you want to continue?";
    Text => "Du har ikke brugt Fleksvej i et stykke tid. Af hensyn til dine oplysninger bliver du logget af kl. {at}. Det, du har skrevet, er gemt.", "You have not used Fleksvej for a while. To protect your information you will be logged out at {at}. What you have written is saved.";
    Extend => "Forlæng", "Extend";
    LogOut => "Log af nu", "Log out now";
    UpdateReady => "Der er en ny version af Fleksvej. Det, du har skrevet, er gemt.", "There is a new version of Fleksvej. What you have written is saved.";
    UpdateReload => "Ny version – genindlæs", "New version – reload";
}}

#[cfg(test)]
mod tests {
    #[test]
    fn every_session_text_has_both_languages() {
        crate::i18n::assert_complete(super::SessionMsg::ALL);
    }
}
