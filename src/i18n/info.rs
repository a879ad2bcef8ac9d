//! Texts of the pages anyone can read (login, the accessibility statement, privacy). They come with the info
//! module, not the first download.

crate::messages! { InfoMsg {
    AccessibilityIntro => "Fleksvej skal kunne bruges af alle. Vi følger webtilgængelighedsloven og standarden WCAG 2.1 på niveau AA.", "Fleksvej should be usable by everyone. We follow the Danish web accessibility act and WCAG 2.1 level AA.";
    AccessibilityTesting => "Hver side bliver testet automatisk med axe-core, i et lille vindue som på en telefon og i et stort vindue. Siderne kan bruges med tastatur og skærmlæser og kan forstørres til 400 %.", "Every page is tested automatically with axe-core, in a small window like a phone and in a large window. The pages work with keyboard and screen reader and can be zoomed to 400 %.";
    AccessibilityFeedback => "Oplever du problemer med at bruge Fleksvej, så skriv eller ring til jobcentret. Du kan også klage til Digitaliseringsstyrelsen.", "If you have trouble using Fleksvej, write to or call the job centre. You can also complain to the Danish Agency for Digital Government.";
    PrivacyIntro => "Dine oplysninger bliver gemt hos din kommune. Fleksvej bruger kun én cookie: den, der holder dig logget ind. Vi bruger ingen cookies til statistik eller reklame.", "Your information is kept by your municipality. Fleksvej uses only one cookie: the one that keeps you logged in. We use no cookies for statistics or advertising.";
    PrivacyDevice => "Det, du skriver, gemmes hos kommunen. Indtil det er sendt, gemmer Fleksvej en krypteret kopi i browseren, så du ikke mister det, hvis forbindelsen eller siden lukker. Din plan gemmes også som krypteret kopi, så du kan læse den uden net, indtil du logger af, eller dit login udløber. Nøglen til kopien får du kun, når du er logget ind. Når du logger af, sletter vi det, Fleksvej har gemt i browseren. Vælger du \"Jeg bruger en delt computer\", når du logger ind, gemmer Fleksvej slet intet i browseren.", "What you write is saved with the municipality. Until it has been sent, Fleksvej keeps an encrypted copy in the browser so you do not lose it if the connection or the page closes. Your plan is also kept as an encrypted copy, so you can read it offline until you log out or your login runs out. You only get the key to the copy when you are logged in. When you log out, we delete what Fleksvej has kept in the browser. If you choose \"I am using a shared computer\" when you log in, Fleksvej keeps nothing in the browser at all.";
    PrivacyRecording => "Optager du dine svar, når du øver din fremlæggelse, bliver optagelsen kun i browserens hukommelse på din enhed. Den sendes aldrig til kommunen eller andre, og den forsvinder, når du sletter den, logger af eller lukker fanen. Kommunen får kun at vide, hvornår du har øvet, hvilke spørgsmål du øvede, hvor klar du følte dig, og din note.", "If you record your answers while practising your presentation, the recording stays only in the browser's memory on your device. It is never sent to the municipality or anyone else, and it disappears when you delete it, log out or close the tab. The municipality only learns when you practised, which questions, how ready you felt, and your note.";
    PrivacyHealth => "Skriv ikke om sygdom eller diagnoser. Skriv i stedet, hvad der hjælper dig i arbejdet, fx pauser eller faste mødetider.", "Do not write about illness or diagnoses. Write instead what helps you at work, for example breaks or fixed hours.";
    LogIn => "Log ind", "Log in";
    SharedDevice => "Jeg bruger en delt computer", "I am using a shared computer";
    SharedDeviceHint => "Så gemmer Fleksvej intet på computeren. Det, du skriver, gemmes kun hos kommunen, når der er forbindelse.", "Then Fleksvej keeps nothing on the computer. What you write is only saved with the municipality when there is a connection.";
    LoginTitle => "Log ind", "Log in";
    LoginIntro => "Dette er en demoudgave af Fleksvej. Vælg den borger, du vil se Fleksvej som. I den rigtige udgave logger du ind med MitID.", "This is a demo version of Fleksvej. Choose the person you want to see Fleksvej as. In the real version you log in with MitID.";
    LoginLegend => "Hvem vil du logge ind som?", "Who do you want to log in as?";
    LoginChooseError => "Vælg en borger for at logge ind", "Choose a person to log in";
    LoginUnavailable => "Log ind er ikke sat op i denne udgave. Kontakt dit jobcenter, hvis du har brug for hjælp.", "Log in is not set up in this version. Contact your job centre if you need help.";
} }

#[cfg(test)]
mod tests {
    #[test]
    fn every_text_has_danish_and_english() {
        crate::i18n::assert_complete(super::InfoMsg::ALL);
    }
}
