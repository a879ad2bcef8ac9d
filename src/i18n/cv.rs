//! Texts for Mit CV: sections, fields, autosave states, the completeness guide. Klarsprog, no shame.

use contract::cv::CvSection;

crate::messages! { CvMsg {
    Intro => "Her samler du alt, hvad du har lavet og kan – også det, du måske tænker ikke tæller. Ud fra det laver du målrettede CV'er til de job, du søger.", "Here you collect everything you have done and can do – also what you may think does not count. From it you make targeted CVs for the jobs you apply for.";
    Sections => "Dit CV, afsnit for afsnit", "Your CV, section by section";
    Items => "{n} ting", "{n} items";
    Written => "Skrevet", "Written";
    NotYet => "Ikke endnu", "Not yet";
    GuideTitle => "Det vigtigste for at blive fundet", "What matters most for being found";
    GuideIntro => "Arbejdsgivere og jobcentret søger især på tre ting. Du behøver ikke have det hele – tag én ting ad gangen.", "Employers and the jobcentre mainly search on three things. You do not need everything – take one thing at a time.";
    KeyJobs => "Job med arbejdsopgaver skrevet under hvert job", "Jobs with tasks written under each job";
    KeyProfile => "En faglig profil", "A professional profile";
    KeySeeking => "Hvilke job du søger", "Which jobs you are looking for";
    KeyDone => "På plads", "In place";
    KeyMissing => "Mangler", "Missing";
    JobsWithoutTasks => "Job uden opgaver endnu:", "Jobs without tasks yet:";
    NextStep => "Et godt næste skridt:", "A good next step:";
    Back => "Tilbage til Mit CV", "Back to My CV";
    Open => "Åbn", "Open";
    PrevSection => "Forrige afsnit", "Previous section";
    NextSection => "Næste afsnit", "Next section";
    HelpTitle => "Brug for idéer?", "Need ideas?";
    StatusSaved => "Gemt", "Saved";
    StatusSaving => "Gemmer …", "Saving …";
    StatusOffline => "Ikke gemt – ingen forbindelse. Vi prøver igen, når du er online. Luk ikke siden.", "Not saved – no connection. We will try again when you are online. Do not close the page.";
    StatusOnDevice => "Gemt på enheden – sendes, når du er online.", "Saved on this device – will be sent when you are online.";
    StatusFailed => "Kunne ikke gemmes. Vi prøver igen om lidt.", "Could not be saved. We will try again shortly.";
    StatusBlocked => "Ikke gemt – ret det, der er markeret.", "Not saved – fix what is marked.";
    StatusWaiting => "Gemmes, når det markerede er udfyldt.", "Will be saved when what is marked is filled in.";
    SavedAt => "Senest gemt", "Last saved";
    SaveNow => "Prøv at gemme nu", "Try to save now";
    ConflictTitle => "Dit CV er ændret et andet sted", "Your CV was changed elsewhere";
    ConflictText => "Mens du skrev, blev dit CV gemt fra en anden skærm. Vælg hvilken udgave du vil bruge. Den anden vises herunder, så du kan kopiere fra den.", "While you were writing, your CV was saved from another screen. Choose which version to use. The other one is shown below so you can copy from it.";
    KeepMine => "Behold min", "Keep mine";
    UseSaved => "Brug den gemte", "Use the saved one";
    Mine => "Min udgave", "My version";
    Theirs => "Den gemte udgave", "The saved version";
    OtherVersion => "Den udgave, du ikke valgte", "The version you did not choose";
    Add => "Tilføj", "Add";
    AddItem => "Tilføj en ny", "Add a new one";
    Edit => "Ret", "Edit";
    Done => "Færdig", "Done";
    Delete => "Slet", "Delete";
    DeleteConfirm => "Vil du slette det? Det kan ikke fortrydes.", "Do you want to delete it? This cannot be undone.";
    DeleteYes => "Ja, slet", "Yes, delete";
    DeleteNo => "Nej", "No";
    MoveUp => "Flyt op", "Move up";
    MoveDown => "Flyt ned", "Move down";
    Empty => "Der står ikke noget her endnu.", "Nothing here yet.";
    Untitled => "(uden titel)", "(untitled)";
    Profile => "Faglig profil", "Professional profile";
    ProfileHint => "3–5 linjer om, hvad du kan, og hvad du gerne vil. Skriv om det faglige – ikke om sygdom.", "3–5 lines on what you can do and want to do. Write about your skills – not illness.";
    Seeking => "Jeg søger job som", "I am looking for work as";
    Work => "Erhvervserfaring", "Work experience";
    Gaps => "Perioder uden arbejde", "Periods without work";
    Education => "Uddannelse", "Education";
    Courses => "Kurser", "Courses";
    Internships => "Praktik og småjob", "Work placements and small jobs";
    Volunteering => "Frivilligt arbejde", "Volunteer work";
    Leisure => "Fritid og interesser", "Leisure and interests";
    Languages => "Sprog", "Languages";
    Licences => "Kørekort og certifikater", "Driving licences and certificates";
    Competences => "Kompetencer", "Skills";
    Qualities => "Personlige egenskaber", "Personal qualities";
    WorksForMe => "Det fungerer for mig", "What works for me";
    JobTitle => "Stilling", "Job title";
    Role => "Rolle eller opgave", "Role or task";
    Employer => "Arbejdsgiver", "Employer";
    Organisation => "Forening eller sted", "Association or place";
    Company => "Virksomhed", "Company";
    From => "Fra", "From";
    To => "Til", "To";
    Month => "Måned", "Month";
    Year => "År", "Year";
    YearHint => "Fire cifre, fx 2019", "Four digits, e.g. 2019";
    Ongoing => "Det er stadig i gang (nu)", "It is still going on (now)";
    Now => "nu", "now";
    NoMonth => "Vælg måned", "Choose month";
    Tasks => "Arbejdsopgaver", "Tasks";
    TasksHint => "Skriv hvad du lavede – én opgave ad gangen. Arbejdsgivere søger på opgaver.", "Write what you did – one task at a time. Employers search on tasks.";
    NewTask => "Ny opgave", "New task";
    AddTask => "Tilføj opgaven", "Add the task";
    Suggestions => "Forslag – tryk for at tilføje", "Suggestions – tap to add";
    NoSuggestions => "Ingen forslag passer. Skriv selv og tryk Tilføj.", "No suggestions match. Write your own and press Add.";
    Area => "Område for forslag", "Area for suggestions";
    Responsibility => "Ansvar", "Responsibility";
    ShortText => "Kort tekst", "Short text";
    ShortTextHint => "1–2 linjer til målrettede CV'er.", "1–2 lines for targeted CVs.";
    LongText => "Lang tekst", "Long text";
    LongTextHint => "Mere om, hvad du lavede og lærte.", "More about what you did and learnt.";
    Institution => "Uddannelsessted", "School";
    Completed => "Gennemført", "Completed";
    NotCompleted => "Ikke gennemført", "Not completed";
    Provider => "Udbyder", "Provider";
    When => "Hvornår", "When";
    Kind => "Type", "Type";
    Praktik => "Praktik", "Work placement";
    Smaajob => "Småjob", "Small job";
    HoursPerWeek => "Timer om ugen", "Hours a week";
    Activity => "Aktivitet", "Activity";
    Description => "Hvad det viser om dig", "What it shows about you";
    Language => "Sprog", "Language";
    Spoken => "Mundtligt", "Spoken";
    Written2 => "Skriftligt", "Written";
    LevelBasic => "Begynder", "Basic";
    LevelGood => "Godt", "Good";
    LevelVeryGood => "Meget godt", "Very good";
    LevelNative => "Modersmål", "Native";
    Driving => "Kørekort", "Driving licence";
    Certificate => "Certifikat", "Certificate";
    Name => "Navn", "Name";
    ValidUntil => "Gyldig til", "Valid until";
    Professional => "Faglig", "Professional";
    Transferable => "Brancheneutral", "Transferable";
    Text => "Tekst", "Text";
    GapLabel => "Tekst på CV'et", "Text on the CV";
    GapDefault => "Periode med fokus på helbred og afklaring", "Period focused on health and clarification";
    GapChoice => "Du bestemmer selv, om en periode skal stå på dit CV. Du kan springe den over eller give den en neutral tekst, som du selv kan rette.", "You decide whether a period goes on your CV. You can leave it out or give it a neutral text you can edit.";
    Limit => "Højst {n} tegn.", "At most {n} characters.";
    CharsLeft => "{n} tegn tilbage", "{n} characters left";
    CharsOver => "{n} tegn for meget", "{n} characters too many";
    Loading => "Henter dit CV …", "Fetching your CV …";
    AreaAll => "Alle områder", "All areas";
    AreaOffice => "Kontor", "Office";
    AreaKitchen => "Køkken og kantine", "Kitchen and canteen";
    AreaWarehouse => "Lager", "Warehouse";
    AreaCleaning => "Rengøring", "Cleaning";
    AreaShop => "Butik", "Shop";
    AreaCare => "Pleje og omsorg", "Care";
    AreaCraft => "Håndværk og vedligehold", "Crafts and maintenance";
    AreaIt => "IT og kommunikation", "IT and communication";
    AreaGeneral => "Alle brancher", "Any trade";
}}

/// The name of a section.
pub fn section_title(s: CvSection) -> CvMsg {
    match s {
        CvSection::Profile => CvMsg::Profile,
        CvSection::Seeking => CvMsg::Seeking,
        CvSection::Work => CvMsg::Work,
        CvSection::Gaps => CvMsg::Gaps,
        CvSection::Education => CvMsg::Education,
        CvSection::Courses => CvMsg::Courses,
        CvSection::Internships => CvMsg::Internships,
        CvSection::Volunteering => CvMsg::Volunteering,
        CvSection::Leisure => CvMsg::Leisure,
        CvSection::Languages => CvMsg::Languages,
        CvSection::Licences => CvMsg::Licences,
        CvSection::Competences => CvMsg::Competences,
        CvSection::Qualities => CvMsg::Qualities,
        CvSection::WorksForMe => CvMsg::WorksForMe,
    }
}

/// The name of an area of suggestions.
pub fn area_label(a: crate::domain::phrases::Area) -> CvMsg {
    use crate::domain::phrases::Area;
    match a {
        Area::Office => CvMsg::AreaOffice,
        Area::Kitchen => CvMsg::AreaKitchen,
        Area::Warehouse => CvMsg::AreaWarehouse,
        Area::Cleaning => CvMsg::AreaCleaning,
        Area::Shop => CvMsg::AreaShop,
        Area::Care => CvMsg::AreaCare,
        Area::Craft => CvMsg::AreaCraft,
        Area::It => CvMsg::AreaIt,
        Area::General => CvMsg::AreaGeneral,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cv_message_has_both_languages() {
        crate::i18n::assert_complete(CvMsg::ALL);
    }

    #[test]
    fn every_section_has_its_own_title() {
        let titles: std::collections::HashSet<_> = CvSection::ALL.iter().map(|s| section_title(*s)).collect();
        assert_eq!(titles.len(), CvSection::ALL.len());
    }
}
