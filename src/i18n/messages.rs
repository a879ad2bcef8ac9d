//! The message table: one line per text, Danish first, English second. Plain Danish (klarsprog), calm tone.

/// Declares a message table: an enum of keys with a Danish and an English text each. Each feature keeps its
/// own table (`Msg` here for the frame; e.g. `ProgressionMsg` in `progression.rs`), all behind [`Message`].
#[macro_export]
macro_rules! messages {
    ($enum:ident { $($name:ident => $da:literal, $en:literal;)* }) => {
        /// A user-facing text. Add a line to the table to add a text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $enum {
            $(
                #[doc = $da]
                $name,
            )*
        }

        impl $enum {
            /// Every message, for tests.
            pub const ALL: &'static [$enum] = &[$($enum::$name,)*];
        }

        impl $crate::i18n::Message for $enum {
            fn pair(self) -> (&'static str, &'static str) {
                match self {
                    $($enum::$name => ($da, $en),)*
                }
            }
        }
    };
}

messages! { Msg {
    AppName => "Fleksvej", "Fleksvej";
    SkipLink => "Gå til sidens indhold", "Skip to content";
    LogOut => "Log af", "Log out";
    Menu => "Menu", "Menu";
    CloseMenu => "Luk", "Close";
    CloseMenuLabel => "Luk menu", "Close menu";
    MainMenu => "Hovedmenu", "Main menu";
    ChooseLanguage => "Vælg sprog", "Choose language";
    LanguageDanish => "Dansk", "Dansk";
    LanguageEnglish => "English", "English";
    User => "Bruger", "User";
    NavHome => "Forside", "Home";
    NavCv => "Mit CV", "My CV";
    NavJobGoals => "Mine jobmål", "My job goals";
    NavPlan => "Min plan", "My plan";
    NavProgression => "Min udvikling", "My progress";
    Loading => "Indlæser …", "Loading …";
    HomeGreeting => "Velkommen", "Welcome";
    HomeIntro => "Her samler du dit CV, dine jobmål, din plan og din udvikling. Du bestemmer selv, hvor du starter, og du kan altid holde pause.", "Here you keep your CV, your job goals, your plan and your progress. You decide where to start, and you can always take a break.";
    HomeAreas => "Det kan du her", "What you can do here";
    CardCvText => "Skriv alt det, du har lavet og kan – også det, du tror ikke tæller.", "Write down everything you have done and can do – also what you think does not count.";
    CardJobGoalsText => "Beskriv dine jobmål og øv dig i at fortælle om dem før mødet.", "Describe your job goals and practise presenting them before the meeting.";
    CardPlanText => "Se dine aftaler og møder med jobcentret.", "See your agreements and meetings with the job centre.";
    CardProgressionText => "Notér dine timer, og hvad der ændrer sig i dit job.", "Note your hours and what changes in your job.";
    NextMeeting => "Næste møde", "Next meeting";
    NextTask => "Din næste opgave", "Your next task";
    NoMeetings => "Du har ingen møder i kalenderen.", "You have no meetings in the calendar.";
    NoTasks => "Du har ingen åbne opgaver lige nu.", "You have no open tasks right now.";
    Due => "Senest", "By";
    NotFoundTitle => "Siden findes ikke", "Page not found";
    UnavailableTitle => "Siden kunne ikke hentes", "The page could not be loaded";
    UnavailableText => "Måske er du ikke på nettet lige nu, eller Fleksvej er lige blevet opdateret. Det, du har skrevet, er ikke væk.", "Maybe you are offline right now, or Fleksvej has just been updated. What you have written is not lost.";
    UnavailableReload => "Hent siden igen", "Load the page again";
    NotFoundText => "Vi kan ikke finde den side, du leder efter. Måske er linket forældet.", "We cannot find the page you are looking for. The link may be out of date.";
    GoHome => "Gå til forsiden", "Go to the home page";
    LoggedOutTitle => "Du er logget af", "You are logged out";
    LoggedOutText => "Tak for nu. Hvis du bruger en computer, som andre også bruger, så luk browseren.", "Thank you. If you use a computer that others also use, close the browser.";
    LogInAgain => "Log ind igen", "Log in again";
    FooterContact => "Kontakt", "Contact";
    Phone => "Telefon", "Phone";
    Email => "E-mail", "Email";
    PhoneHours => "Telefontid", "Phone hours";
    YourJobformidler => "Din jobformidler", "Your job broker";
    AccessibilityTitle => "Tilgængeligheds\u{ad}erklæring", "Accessibility statement";
    PrivacyTitle => "Privatliv og cookies", "Privacy and cookies";
    OfflineStart => "Du er ikke på nettet lige nu, så vi kan ikke hente dine oplysninger. Prøv igen, når du har forbindelse.", "You are not online right now, so we cannot fetch your information. Try again when you have a connection.";
    TryAgain => "Prøv igen", "Try again";
    ErrOffline => "Du er ikke på nettet lige nu. Det, du har skrevet, er ikke gået tabt. Prøv igen, når du har forbindelse.", "You are not online right now. What you wrote is not lost. Try again when you have a connection.";
    ErrTimeout => "Det tog for lang tid at få svar. Prøv igen om lidt.", "It took too long to get an answer. Try again in a moment.";
    ErrUnauthorized => "Du er blevet logget af. Log ind igen for at fortsætte.", "You have been logged out. Log in again to continue.";
    ErrForbidden => "Det kan du ikke ændre her. Tal med din jobformidler, hvis noget skal ændres.", "You cannot change this here. Talk to your job broker if something needs to change.";
    ErrNotFound => "Vi kunne ikke finde det, du leder efter.", "We could not find what you are looking for.";
    ErrConflict => "Nogen har ændret det samme, mens du skrev. Dit eget er ikke gået tabt.", "Someone changed the same thing while you were writing. Your own text is not lost.";
    ConflictTheirs => "Den nye udgave:", "The new version:";
    ConflictKeepMine => "Behold min", "Keep mine";
    ConflictUseTheirs => "Brug den nye", "Use the new one";
    ErrInvalid => "Der er noget, der skal rettes. Se beskeden ved feltet.", "Something needs to be corrected. See the message next to the field.";
    ErrTooLarge => "Det, du prøver at gemme, er for stort. Prøv at gøre teksten kortere.", "What you are trying to save is too large. Try a shorter text.";
    ErrServer => "Der skete en fejl hos os. Prøv igen om lidt. Det, du har skrevet, er ikke gået tabt.", "Something went wrong on our side. Try again in a moment. What you wrote is not lost.";
    ErrUnavailable => "Der er travlt lige nu. Prøv igen om lidt.", "It is busy right now. Try again in a moment.";
    ErrorPrefix => "Fejl: ", "Error: ";
    ErrorSummaryTitle => "Der er noget, der skal rettes", "Something needs to be corrected";
    FieldRequired => "Udfyld feltet", "Fill in this field";
    FieldTooLong => "Teksten er for lang. Den må højst være {n} tegn", "The text is too long. It can be at most {n} characters";
    FieldTooMany => "Der er for mange. Der må højst være {n}", "There are too many. There can be at most {n}";
    FieldTooSmall => "Tallet er for lille. Det skal mindst være {n}", "The number is too small. It must be at least {n}";
    FieldTooLarge => "Tallet er for stort. Det må højst være {n}", "The number is too large. It can be at most {n}";
    FieldNotQuarterHour => "Skriv timer i hele kvarter, fx 7,25 eller 7,5", "Write hours in whole quarters, for example 7.25 or 7.5";
    FieldControlCharacters => "Teksten indeholder tegn, vi ikke kan gemme. Prøv at skrive den igen", "The text has characters we cannot save. Try typing it again";
    FieldInvalidDate => "Skriv en gyldig dato", "Enter a valid date";
    FieldEndBeforeStart => "Slutdatoen skal være efter startdatoen", "The end must be after the start";
    FieldInvalidUrl => "Linket skal starte med https://", "The link must start with https://";
    FieldInvalidValue => "Vælg en af mulighederne", "Choose one of the options";
    FieldDuplicate => "Den findes allerede", "It already exists";
    OwnerBorger => "Mine opgaver", "My tasks";
    OwnerJobformidler => "Jobformidlerens opgaver", "The job broker's tasks";
    OwnerVirksomhed => "Virksomhedens opgaver", "The company's tasks";
    OwnerFaelles => "Fælles opgaver", "Shared tasks";
    WhoBorger => "Dig", "You";
    WhoJobformidler => "Din jobformidler", "Your job broker";
    WhoVirksomhed => "Virksomheden", "The company";
    WhoFaelles => "I gør det sammen", "You do it together";
    StatusAgreed => "Aftalt", "Agreed";
    StatusInProgress => "I gang", "In progress";
    StatusDone => "Udført", "Done";
    StatusNotDone => "Ikke udført", "Not done";
    ByJobcenter => "Jobcentret", "The job centre";
    ByYou => "Dig", "You";
    ChangeCreated => "oprettede aftalen", "created the agreement";
    ChangeChanged => "ændrede aftalen", "changed the agreement";
    ChangeStatus => "ændrede status", "changed the status";
    ChangeComment => "skrev en kommentar", "wrote a comment";
    KindJobsamtale => "Jobsamtale", "Job centre talk";
    KindFormoede => "Formøde", "Pre-meeting";
    KindRehab => "Rehabiliteringsmøde", "Rehabilitation meeting";
    KindOpfoelgning => "Opfølgning på virksomheden", "Follow-up at the workplace";
    KindProgression => "Progressionssamtale", "Progress talk";
    KindGruppe => "Gruppeforløb", "Group course";
}
}
