//! Texts for Mine jobmål. Dynamic language: goals can change and grow; no hours as a ceiling.

crate::messages! { JobGoalMsg {
    Intro => "Dine jobmål er de job, du gerne vil arbejde hen imod – lige nu. De kan ændre sig, når du lærer mere om, hvad du kan og vil. A er det, du helst vil; B og C er andre veje.", "Your job goals are the jobs you want to work towards – right now. They can change as you learn more about what you can and want. A is what you want most; B and C are other routes.";
    Empty => "Du har ikke skrevet nogen jobmål endnu. Start med det job, du helst vil have – det må gerne være en skitse.", "You have not written any job goals yet. Start with the job you want most – a sketch is fine.";
    Add => "Tilføj et jobmål", "Add a job goal";
    Edit => "Ret jobmålet", "Edit the job goal";
    NewTitle => "Nyt jobmål", "New job goal";
    EditTitle => "Ret jobmål", "Edit job goal";
    Track => "Spor", "Track";
    TrackHint => "A er det job, du helst vil have. B og C er andre muligheder.", "A is the job you want most. B and C are other options.";
    Title => "Jobmål", "Job goal";
    TitleHint => "Fx \"Køkkenmedhjælper i kantine\"", "For example \"Kitchen assistant in a canteen\"";
    WhyMe => "Hvorfor passer det til mig?", "Why does it suit me?";
    WhyMeHint => "Hvad har du gjort før, som du kan bruge her?", "What have you done before that you can use here?";
    Competences => "Det fra mit CV, jeg kan bruge her", "What from my CV I can use here";
    CompetencesHint => "Sæt flueben ved de kompetencer, der passer til jobbet. De kommer med i dit talepapir.", "Tick the competences that fit the job. They go into your talking script.";
    CompetencesNone => "Du har ikke skrevet kompetencer i dit CV endnu. Skriv dem under Kompetencer i Mit CV.", "You have not written competences in your CV yet. Add them under Competences in My CV.";
    Demand => "Er der brug for folk?", "Are people needed?";
    DemandHint => "Fx \"Mange kantiner søger deltid om formiddagen\"", "For example \"Many canteens look for part-time staff in the morning\"";
    Tasks => "Opgaver jeg kan løse", "Tasks I can do";
    LinesHint => "Skriv én pr. linje.", "Write one per line.";
    Conditions => "Det skal der til, for at det fungerer for mig (hensyn)", "What it takes for it to work for me (accommodations)";
    ConditionsHint => "Skriv det som arbejdsvilkår, fx \"pause hver time\". Én pr. linje. Skriv ikke om sygdom.", "Write them as working conditions, e.g. \"a break every hour\". One per line. Do not write about illness.";
    Development => "Hvor kan jeg udvikle mig?", "Where can I develop?";
    WhatItTakes => "Hvad skal der til?", "What does it take?";
    WhatItTakesHint => "Fx et kursus, en praktik eller en samtale med en virksomhed.", "For example a course, a work placement or a talk with a company.";
    Sector => "Branche og område", "Sector and area";
    SectorHint => "Fx \"Kantine, højst 30 minutters transport\"", "For example \"Canteen, at most 30 minutes' travel\"";
    Status => "Status", "Status";
    StatusActive => "Aktivt", "Active";
    StatusPaused => "Sat på pause", "Paused";
    StatusAchieved => "Nået", "Achieved";
    Save => "Gem jobmålet", "Save the job goal";
    Saved => "Jobmålet er gemt", "The job goal is saved";
    Cancel => "Tilbage til Mine jobmål", "Back to My job goals";
    Delete => "Slet jobmålet", "Delete the job goal";
    DeleteConfirm => "Vil du slette jobmålet? Det kan ikke fortrydes.", "Do you want to delete the job goal? This cannot be undone.";
    DeleteYes => "Ja, slet det", "Yes, delete it";
    DeleteNo => "Nej, behold det", "No, keep it";
    Conflict => "Jobmålet er ændret et andet sted, mens du skrev. Vi har hentet den nye udgave, men beholdt din tekst. Gem igen for at bruge din tekst.", "The job goal was changed elsewhere while you wrote. We fetched the new version but kept your text. Save again to use your text.";
    ReadyTitle => "Klar til mødet", "Ready for the meeting";
    ReadyLink => "Klar til mødet? Se hvad du har på plads", "Ready for the meeting? See what you have in place";
    ReadyIntro => "Du behøver ikke have det hele på plads. Listen viser, hvad du allerede har, så du kan se, hvad du vil tage med.", "You do not need to have everything in place. The list shows what you already have, so you can see what to bring.";
    ReadyNoMeeting => "Der er ikke noget møde i din plan lige nu.", "There is no meeting in your plan right now.";
    ReadyToday => "I dag", "Today";
    ReadyTomorrow => "I morgen", "Tomorrow";
    ReadyInDays => "Om {n} dage", "In {n} days";
    ReadyWho => "Dem møder du", "Who you will meet";
    ReadyChecklist => "Det har du på plads", "What you have in place";
    ReadyDone => "På plads", "In place";
    ReadyNotYet => "Ikke endnu", "Not yet";
    ReadyAsk => "Skriv det, du vil spørge om", "Write what you want to ask";
    CheckCv => "Dit CV er opdateret: faglig profil, \"jeg søger job som\" og opgaver under dine job", "Your CV is up to date: professional profile, \"I am looking for work as\" and tasks under your jobs";
    CheckGoals => "Dine jobmål er beskrevet – også hvorfor de passer til dig", "Your job goals are described – including why they suit you";
    CheckDevelopment => "Du har skrevet, hvor du kan udvikle dig", "You have written where you can develop";
    CheckPraktik => "Praktik eller småjob står på dit CV", "Work placement or small jobs are on your CV";
    CheckPractised => "Du har øvet dig i at fortælle om dine jobmål", "You have practised presenting your job goals";
    AbcLink => "Find jobmål med ABC: kompetencer, ønsker og arbejdsmarkedet", "Find job goals with ABC: competences, wishes and the labour market";
    AbcTitle => "Find dine jobmål", "Find your job goals";
    AbcIntro => "Skriv korte punkter under hver overskrift. Hvor de tre mødes, ligger ofte et godt jobmål. Du kan gøre et punkt til et jobmål med det samme.", "Write short points under each heading. Where the three meet, there is often a good job goal. You can turn a point into a job goal straight away.";
    AbcCompetences => "Kompetencer – det kan jeg", "Competences – what I can do";
    AbcCompetencesHint => "Fx \"kundekontakt\" eller \"holde styr på mange ting\". Se dit CV for idéer.", "For example \"customer contact\" or \"keeping track of many things\". Look at your CV for ideas.";
    AbcWishes => "Ønsker – det vil jeg gerne", "Wishes – what I would like";
    AbcWishesHint => "Fx \"arbejde om formiddagen\" eller \"være sammen med andre\".", "For example \"work in the mornings\" or \"be with other people\".";
    AbcMarket => "Arbejdsmarkedet – her er der brug for folk", "The labour market – where people are needed";
    AbcMarketHint => "Fx \"kantiner søger deltid\". Din jobformidler kan hjælpe med at finde dem.", "For example \"canteens look for part-time staff\". Your job broker can help find them.";
    AbcFromCv => "Hent kompetencer og egenskaber fra mit CV", "Fetch competences and qualities from my CV";
    AbcAdd => "Nyt punkt", "New point";
    AbcAddButton => "Tilføj punktet", "Add the point";
    AbcRemove => "Fjern", "Remove";
    AbcMakeGoal => "Gør til et jobmål", "Make it a job goal";
    ByJobformidler => "skrevet af din jobformidler", "written by your job broker";
    ByRehabteam => "skrevet af rehabiliteringsteamet", "written by the rehabilitation team";
}}

#[cfg(test)]
mod tests {
    #[test]
    fn every_jobgoal_text_has_both_languages() {
        crate::i18n::assert_complete(super::JobGoalMsg::ALL);
    }
}
