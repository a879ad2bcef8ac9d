//! Texts for reading Min plan offline and for changes that wait to be sent. Honest and calm: what is a copy,
//! what waits, and that nothing is lost.

crate::messages! { OfflineMsg {
    CopyNotice => "Du er ikke på nettet lige nu. Du ser din plan, som den så ud", "You are not online right now. You are seeing your plan as it was";
    CopyNoticeEnd => "Ændringer fra din jobformidler efter det kan du se, når du er på nettet igen.", "Changes from your job broker after that will show when you are online again.";
    UpdatedAt => "Senest opdateret", "Last updated";
    At => "kl.", "at";
    WaitingTitle => "Venter på at blive sendt", "Waiting to be sent";
    WaitingIntro => "Det her har du skrevet eller ændret, mens der ikke var forbindelse. Det bliver sendt af sig selv, når der er forbindelse igen.", "You wrote or changed this while there was no connection. It is sent by itself when the connection is back.";
    Waiting => "Venter på nettet", "Waiting for a connection";
    Conflict => "Din jobformidler eller en anden enhed har ændret det samme imens. Vil du sende din ændring alligevel?", "Your job broker or another device changed the same thing meanwhile. Do you want to send your change anyway?";
    Refused => "Kunne ikke sendes: det er ændret, så du ikke længere kan ændre det her. Tal med din jobformidler om det.", "Could not be sent: it has changed so you can no longer change it here. Talk to your job broker about it.";
    SendAnyway => "Send min ændring alligevel", "Send my change anyway";
    Discard => "Fjern min ændring", "Remove my change";
    StatusChange => "Status", "Status";
    CommentChange => "Kommentar", "Comment";
    PrepChange => "Noter til mødet", "Notes for the meeting";
    JobGoalChange => "Jobmål", "Job goal";
    WeekChange => "Ugens timer", "The week's hours";
    RehearsalChange => "Øvning", "Practice";
    ScriptChange => "Talepapir", "Talking script";
    CanvasChange => "Punkter i ABC", "Points in the ABC";
    TargetedChange => "Målrettet CV", "Targeted CV";
    ProposalChange => "Forslag til progressionsmål", "Proposed progression goal";
    PendingHere => "Din ændring venter på at blive sendt.", "Your change is waiting to be sent.";
}}

#[cfg(test)]
mod tests {
    #[test]
    fn every_offline_text_has_both_languages() {
        crate::i18n::assert_complete(super::OfflineMsg::ALL);
    }
}
