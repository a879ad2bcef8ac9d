//! Texts for reading Min plan offline and for changes that wait to be sent. Honest and calm: what is a copy,
//! what waits, and that nothing is lost.

crate::messages! { OfflineMsg {
    CopyNotice => "Du er ikke på nettet lige nu. Du ser din plan, som den så ud", "You are not online right now. You are seeing your plan as it was";
    CopyNoticeEnd => "Ændringer fra din jobformidler efter det kan du se, når du er på nettet igen.", "Changes from your job broker after that will show when you are online again.";
    UpdatedAt => "Senest opdateret", "Last updated";
    At => "kl.", "at";
    WaitingTitle => "Venter på at blive sendt", "Waiting to be sent";
    WaitingIntro => "Det her har du ændret uden net. Det er gemt på denne enhed og bliver sendt af sig selv, når du er på nettet igen.", "You changed this without a connection. It is kept on this device and is sent by itself when you are online again.";
    Waiting => "Venter på nettet", "Waiting for a connection";
    Conflict => "Din jobformidler eller en anden enhed har ændret det samme imens. Vil du sende din ændring alligevel?", "Your job broker or another device changed the same thing meanwhile. Do you want to send your change anyway?";
    Refused => "Kunne ikke sendes: aftalen er ændret, så du ikke længere kan ændre den her. Tal med din jobformidler om den.", "Could not be sent: the agreement has changed so you can no longer change it here. Talk to your job broker about it.";
    SendAnyway => "Send min ændring alligevel", "Send my change anyway";
    Discard => "Fjern min ændring", "Remove my change";
    StatusChange => "Status", "Status";
    CommentChange => "Kommentar", "Comment";
    QueuedSaved => "Gemt på denne enhed. Det bliver sendt, når du er på nettet igen.", "Saved on this device. It will be sent when you are online again.";
    NotKept => "Du er ikke på nettet, og på en delt computer gemmer vi ikke noget på enheden. Prøv igen, når du er på nettet. Det, du har skrevet, står der stadig.", "You are not online, and on a shared computer we keep nothing on the device. Try again when you are online. What you wrote is still there.";
    PrepOffline => "Dine noter til mødet kan du skrive videre på, når du er på nettet igen.", "You can go on writing your notes for the meeting when you are online again.";
    PendingHere => "Din ændring venter på at blive sendt.", "Your change is waiting to be sent.";
}}

#[cfg(test)]
mod tests {
    #[test]
    fn every_offline_text_has_both_languages() {
        crate::i18n::assert_complete(super::OfflineMsg::ALL);
    }
}
