//! Texts for the warning before the session ends and the offer of a new version. Calm: nothing is lost, and
//! one press extends or reloads.

crate::messages! { SessionMsg {
    Title => "Vil du fortsætte?", "Do you want to continue?";
    Text => "Du har ikke brugt Fleksvej i et stykke tid. Af hensyn til dine oplysninger bliver du logget af kl. {at}. Tryk på Forlæng, hvis du vil fortsætte.", "You have not used Fleksvej for a while. To protect your information you will be logged out at {at}. Press Extend if you want to continue.";
    Extend => "Forlæng", "Extend";
    LogOut => "Log af nu", "Log out now";
    UpdateReady => "Der er en ny version af Fleksvej. Genindlæs, når det passer dig – gem først det, du er i gang med.", "There is a new version of Fleksvej. Reload when it suits you – save what you are working on first.";
    UpdateReload => "Ny version – genindlæs", "New version – reload";
}}

#[cfg(test)]
mod tests {
    #[test]
    fn every_session_text_has_both_languages() {
        crate::i18n::assert_complete(super::SessionMsg::ALL);
    }
}
