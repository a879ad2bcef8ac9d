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
    NotSent => "Kunne ikke sendes.", "Could not be sent.";
    RefusedNotAllowed => "Det kan du ikke længere ændre her. Tal med din jobformidler, hvis noget skal ændres.", "You can no longer change this here. Talk to your job broker if something needs to change.";
    RefusedGone => "Det findes ikke længere. Måske er det slettet på en anden enhed eller af din jobformidler.", "It no longer exists. Perhaps it was deleted on another device or by your job broker.";
    RefusedDuplicate => "Det findes allerede, måske fra en anden enhed. Genindlæs siden for at se det og rette det der.", "It already exists, perhaps from another device. Reload the page to see it and correct it there.";
    RefusedInvalid => "Noget i det skal rettes. Åbn det, ret det, og gem igen.", "Something in it needs to be corrected. Open it, correct it and save again.";
    RefusedTooLarge => "Det er for langt. Åbn det, gør teksten kortere, og gem igen.", "It is too long. Open it, shorten the text and save again.";
    RefusedOther => "Der skete en fejl hos os. Fjern ændringen, eller tal med din jobformidler om det.", "Something went wrong on our side. Remove the change, or talk to your job broker about it.";
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

/// Why a waiting write was refused; an entry kept before the reason was kept says only that it was refused.
pub fn refusal(why: Option<crate::domain::outbox::Refusal>) -> OfflineMsg {
    use crate::domain::outbox::Refusal as R;
    match why {
        Some(R::NotAllowed) => OfflineMsg::RefusedNotAllowed,
        Some(R::Gone) => OfflineMsg::RefusedGone,
        Some(R::Duplicate) => OfflineMsg::RefusedDuplicate,
        Some(R::Invalid) => OfflineMsg::RefusedInvalid,
        Some(R::TooLarge) => OfflineMsg::RefusedTooLarge,
        Some(R::Other) | None => OfflineMsg::RefusedOther,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_offline_text_has_both_languages() {
        crate::i18n::assert_complete(super::OfflineMsg::ALL);
    }
}
