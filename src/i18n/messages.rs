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
    AppTagline => "Din vej til et deltidsjob med hensyn", "Your way to a part-time job with accommodations";
    SkipLink => "Gå til sidens indhold", "Skip to content";
    LogOut => "Log af", "Log out";
    LogIn => "Log ind", "Log in";
    SharedDevice => "Jeg bruger en delt computer", "I am using a shared computer";
    SharedDeviceHint => "Så gemmer Fleksvej intet på computeren. Det, du skriver, gemmes kun hos kommunen, når der er forbindelse.", "Then Fleksvej keeps nothing on the computer. What you write is only saved with the municipality when there is a connection.";
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
    TabAftale => "En aftale – Min plan", "An agreement – My plan";
    TabMeeting => "Et møde – Min plan", "A meeting – My plan";
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
    LoginTitle => "Log ind", "Log in";
    LoginIntro => "Dette er en demoudgave af Fleksvej. Vælg den borger, du vil se Fleksvej som. I den rigtige udgave logger du ind med MitID.", "This is a demo version of Fleksvej. Choose the person you want to see Fleksvej as. In the real version you log in with MitID.";
    LoginLegend => "Hvem vil du logge ind som?", "Who do you want to log in as?";
    LoginChooseError => "Vælg en borger for at logge ind", "Choose a person to log in";
    LoginUnavailable => "Log ind er ikke sat op i denne udgave. Kontakt dit jobcenter, hvis du har brug for hjælp.", "Log in is not set up in this version. Contact your job centre if you need help.";
    LoginSharedComputer => "Jeg bruger en computer, som andre også bruger", "I am using a computer that others also use";
    LoginSharedHint => "Så gemmer vi ikke en kopi af dine oplysninger på computeren.", "Then we do not keep a copy of your information on the computer.";
    LoggedOutTitle => "Du er logget af", "You are logged out";
    LoggedOutText => "Tak for nu. Hvis du bruger en computer, som andre også bruger, så luk browseren.", "Thank you. If you use a computer that others also use, close the browser.";
    LogInAgain => "Log ind igen", "Log in again";
    SessionExpired => "Du er blevet logget af, fordi der gik lang tid. Log ind igen for at fortsætte.", "You were logged out because some time passed. Log in again to continue.";
    FooterContact => "Kontakt", "Contact";
    Phone => "Telefon", "Phone";
    Email => "E-mail", "Email";
    PhoneHours => "Telefontid", "Phone hours";
    YourJobformidler => "Din jobformidler", "Your job broker";
    AccessibilityTitle => "Tilgængeligheds\u{ad}erklæring", "Accessibility statement";
    AccessibilityIntro => "Fleksvej skal kunne bruges af alle. Vi følger webtilgængelighedsloven og standarden WCAG 2.1 på niveau AA.", "Fleksvej should be usable by everyone. We follow the Danish web accessibility act and WCAG 2.1 level AA.";
    AccessibilityTesting => "Hver side bliver testet automatisk med axe-core, i et lille vindue som på en telefon og i et stort vindue. Siderne kan bruges med tastatur og skærmlæser og kan forstørres til 400 %.", "Every page is tested automatically with axe-core, in a small window like a phone and in a large window. The pages work with keyboard and screen reader and can be zoomed to 400 %.";
    AccessibilityFeedback => "Oplever du problemer med at bruge Fleksvej, så skriv eller ring til jobcentret. Du kan også klage til Digitaliseringsstyrelsen.", "If you have trouble using Fleksvej, write to or call the job centre. You can also complain to the Danish Agency for Digital Government.";
    PrivacyTitle => "Privatliv og cookies", "Privacy and cookies";
    PrivacyIntro => "Dine oplysninger bliver gemt hos din kommune. Fleksvej bruger kun én cookie: den, der holder dig logget ind. Vi bruger ingen cookies til statistik eller reklame.", "Your information is kept by your municipality. Fleksvej uses only one cookie: the one that keeps you logged in. We use no cookies for statistics or advertising.";
    PrivacyDevice => "Det, du skriver, gemmes hos kommunen. Indtil det er sendt, gemmer Fleksvej en krypteret kopi i browseren, så du ikke mister det, hvis forbindelsen eller siden lukker. Din plan gemmes også som krypteret kopi, så du kan læse den uden net, indtil du logger af, eller dit login udløber. Nøglen til kopien får du kun, når du er logget ind. Når du logger af, sletter vi det, Fleksvej har gemt i browseren. Vælger du \"Jeg bruger en delt computer\", når du logger ind, gemmer Fleksvej slet intet i browseren.", "What you write is saved with the municipality. Until it has been sent, Fleksvej keeps an encrypted copy in the browser so you do not lose it if the connection or the page closes. Your plan is also kept as an encrypted copy, so you can read it offline until you log out or your login runs out. You only get the key to the copy when you are logged in. When you log out, we delete what Fleksvej has kept in the browser. If you choose \"I am using a shared computer\" when you log in, Fleksvej keeps nothing in the browser at all.";
    PrivacyRecording => "Optager du dine svar, når du øver din fremlæggelse, bliver optagelsen kun i browserens hukommelse på din enhed. Den sendes aldrig til kommunen eller andre, og den forsvinder, når du sletter den, logger af eller lukker fanen. Kommunen får kun at vide, hvornår du har øvet, hvilke spørgsmål du øvede, hvor klar du følte dig, og din note.", "If you record your answers while practising your presentation, the recording stays only in the browser's memory on your device. It is never sent to the municipality or anyone else, and it disappears when you delete it, log out or close the tab. The municipality only learns when you practised, which questions, how ready you felt, and your note.";
    PrivacyHealth => "Skriv ikke om sygdom eller diagnoser. Skriv i stedet, hvad der hjælper dig i arbejdet, fx pauser eller faste mødetider.", "Do not write about illness or diagnoses. Write instead what helps you at work, for example breaks or fixed hours.";
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
    PlanIntro => "Her ser du det, du og din jobformidler har aftalt, og jeres møder. Sæt flueben, når du har gjort noget, og skriv gerne en kommentar.", "Here you see what you and your job broker have agreed, and your meetings. Tick a task when you have done it, and add a comment if you like.";
    PlanUpdated => "Senest hentet", "Last fetched";
    PlanNowTitle => "Det skal du nu", "What needs you now";
    PlanNowEmpty => "Du har ingen åbne opgaver lige nu. Godt gået.", "You have no open tasks right now. Well done.";
    PlanAllTitle => "Alle aftaler", "All agreements";
    PlanMeetingsTitle => "Mine møder", "My meetings";
    PlanNoMeetings => "Der er ingen møder i din plan.", "There are no meetings in your plan.";
    PlanCalendarAll => "Hent møder og datoer til din kalender", "Add meetings and dates to your calendar";
    PlanCalendarOne => "Hent til din kalender", "Add to your calendar";
    PlanPrint => "Udskriv planen", "Print the plan";
    PlanNew => "Nyt", "New";
    PlanNewHelp => "Nyt eller ændret af jobcentret, siden du sidst kiggede", "New or changed by the job centre since you last looked";
    PlanNotAgreed => "Ikke aftalt endnu", "Not agreed yet";
    PlanHowOften => "Hvor ofte", "How often";
    PlanWho => "Hvem gør det", "Who does it";
    PlanStatus => "Status", "Status";
    PlanIfNotPossible => "Hvis du ikke kan nå det", "If you cannot do it";
    PlanHistory => "Historik", "History";
    PlanBack => "Tilbage til Min plan", "Back to My plan";
    PlanSetStatus => "Hvor langt er du?", "How far are you?";
    PlanStatusNote => "Kort note til status (frivillig)", "Short note on the status (optional)";
    PlanStatusNoteHint => "Fx \"Søgt hos Netto og Rema\"", "For example \"Applied at Netto and Rema\"";
    PlanSaveStatus => "Gem status", "Save status";
    PlanComment => "Min kommentar til jobformidleren", "My comment to the job broker";
    PlanCommentHint => "Skriv, hvis noget driller, eller hvis du har spørgsmål.", "Write if something is hard or if you have questions.";
    PlanSaveComment => "Gem kommentar", "Save comment";
    PlanSaved => "Gemt", "Saved";
    PlanReadOnly => "Aftalen er lavet sammen med jobcentret. Teksten kan kun ændres af jobcentret, men du kan skrive en kommentar.", "The agreement was made with the job centre. Only the job centre can change the text, but you can write a comment.";
    PlanWhen => "Hvornår", "When";
    PlanWhere => "Hvor", "Where";
    PlanByPhone => "Telefonmøde", "Phone meeting";
    PlanByVideo => "Videomøde", "Video meeting";
    PlanParticipants => "Hvem deltager", "Who takes part";
    PlanPurpose => "Formål", "Purpose";
    PlanSummary => "Referat", "Summary";
    PlanPrepNotes => "Det vil jeg tale om", "What I want to talk about";
    PlanPrepHint => "Dine noter bliver gemt, mens du skriver. Jobformidleren kan se dem.", "Your notes are saved as you type. The job broker can see them.";
    PlanSavePrep => "Gem noter", "Save notes";
    PlanSaving => "Gemmer …", "Saving …";
    PlanDoneSince => "Det har du gjort siden sidste samtale", "What you have done since the last talk";
    PlanDoneSinceEmpty => "Der er ingen ændringer i planen fra dig siden sidste samtale. Du kan skrive dine noter herunder.", "There are no changes to the plan from you since the last talk. You can write your notes below.";
    PlanForGoal => "Hører til jobmål", "Belongs to job goal";
    PlanMinutes => "minutter", "minutes";
    PlanOpenTask => "Se aftalen", "See the agreement";
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
    DuePassed => "Datoen er passeret", "The date has passed";
    DueSoon => "Snart", "Soon";
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
    PanicTitle => "Der skete en fejl", "Something went wrong";
    PhasePreparation => "Før rehabiliteringsmødet", "Before the rehabilitation meeting";
    PhaseLedighedsydelse => "På ledighedsydelse", "On flex job unemployment benefit";
    PhaseFleksjob => "I fleksjob", "In a flex job";
}
}
