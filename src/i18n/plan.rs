//! Texts of Min plan: the aftaler, the meetings and the borger's own notes for them. They come with Min plan's
//! module, not the first download.

crate::messages! { PlanMsg {
    PlanIntro => "Her ser du det, du og din jobformidler har aftalt, og jeres møder. Sæt flueben, når du har gjort noget, og skriv gerne en kommentar.", "Here you see what you and your job broker have agreed, and your meetings. Tick a task when you have done it, and add a comment if you like.";
    TabAftale => "En aftale – Min plan", "An agreement – My plan";
    TabMeeting => "Et møde – Min plan", "A meeting – My plan";
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
    PlanDoneSince => "Det har du gjort siden sidste samtale", "What you have done since the last talk";
    PlanDoneSinceEmpty => "Der er ingen ændringer i planen fra dig siden sidste samtale. Du kan skrive dine noter herunder.", "There are no changes to the plan from you since the last talk. You can write your notes below.";
    PlanForGoal => "Hører til jobmål", "Belongs to job goal";
    PlanMinutes => "minutter", "minutes";
    DuePassed => "Datoen er passeret", "The date has passed";
    DueSoon => "Snart", "Soon";
} }

#[cfg(test)]
mod tests {
    #[test]
    fn every_text_has_danish_and_english() {
        crate::i18n::assert_complete(super::PlanMsg::ALL);
    }
}
