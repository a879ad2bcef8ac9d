//! Texts for "Øv din fremlæggelse": the page, read-aloud, recording, the timer, the round and the history.
//! The question bank itself is data in `questions.rs`.

crate::messages! { RehearsalMsg {
    Title => "Øv din fremlæggelse", "Practise your presentation";
    Link => "Øv dig i at fortælle om dine jobmål", "Practise presenting your job goals";
    Intro => "Øv dig i at svare højt, som på mødet. Tag ét spørgsmål ad gangen. Det er helt i orden at øve flere gange – og at holde pause.", "Practise answering out loud, as at the meeting. Take one question at a time. It is fine to practise many times – and to take a break.";
    PractisingFor => "Du øver dig til:", "You are practising for:";
    MeetingFallback => "mødet", "the meeting";
    MeetingNamed => "{title}", "the {title}";
    ScriptLink => "Se dit talepapir som stikkort", "See your talking script as cue cards";
    QuestionOf => "Spørgsmål {n}", "Question {n}";
    Previous => "Forrige spørgsmål", "Previous question";
    Next => "Næste spørgsmål", "Next question";
    ReadAloud => "Læs spørgsmålet højt", "Read the question aloud";
    NoVoice => "Din browser har ingen dansk stemme, så den kan ikke læse spørgsmålet højt. Du kan læse det selv – det virker lige så godt.", "Your browser has no voice for this language, so it cannot read the question aloud. You can read it yourself – that works just as well.";
    NoSpeech => "Din browser kan ikke læse tekst højt. Du kan læse spørgsmålet selv – det virker lige så godt.", "Your browser cannot read text aloud. You can read the question yourself – that works just as well.";
    RecordHeading => "Optag dit svar, hvis du vil", "Record your answer, if you like";
    RecordPrivacy => "Optagelsen bliver kun på denne enhed, i browserens hukommelse. Den sendes aldrig til jobcentret eller til andre. Den bliver slettet, når du sletter den, logger af eller lukker fanen.", "The recording stays on this device only, in the browser's memory. It is never sent to the job centre or anyone else. It is deleted when you delete it, log out or close the tab.";
    Record => "Optag", "Record";
    StopRecording => "Stop optagelsen", "Stop recording";
    Recording => "Optager … Tal, når du er klar.", "Recording … Speak when you are ready.";
    Asking => "Din browser spørger, om Fleksvej må bruge mikrofonen.", "Your browser asks whether Fleksvej may use the microphone.";
    MicDenied => "Fleksvej fik ikke lov til at bruge mikrofonen. Det er helt i orden – du kan øve uden at optage. Vil du optage alligevel, kan du give lov i browserens indstillinger for siden.", "Fleksvej was not allowed to use the microphone. That is completely fine – you can practise without recording. If you want to record anyway, allow it in the browser's settings for this site.";
    NoMic => "Vi kan ikke finde en mikrofon. Du kan øve uden at optage, eller tilslutte en mikrofon og prøve igen.", "We cannot find a microphone. You can practise without recording, or connect a microphone and try again.";
    RecordUnsupported => "Din browser kan ikke optage lyd. Du kan øve uden at optage – det virker fint.", "Your browser cannot record sound. You can practise without recording – that works fine.";
    RecordFailed => "Optagelsen virkede ikke denne gang. Prøv igen, eller øv uden at optage.", "The recording did not work this time. Try again, or practise without recording.";
    Recordings => "Dine optagelser på denne enhed", "Your recordings on this device";
    RecordingOf => "Svar på spørgsmål {n}", "Answer to question {n}";
    DeleteRecording => "Slet optagelsen", "Delete the recording";
    Timer => "Tid til din fremlæggelse", "Time for your presentation";
    TimerHint => "Sigt efter 2–3 minutter. Uret siger ikke noget – det viser bare, hvor langt du er.", "Aim for 2–3 minutes. The timer makes no sound – it just shows how far you are.";
    Minutes => "Mål i minutter", "Target in minutes";
    Start => "Start uret", "Start the timer";
    Stop => "Stop uret", "Stop the timer";
    Reset => "Nulstil uret", "Reset the timer";
    PacePlenty => "God tid. Tag det roligt.", "Plenty of time. Take it easy.";
    PaceHalfway => "Du er godt halvvejs.", "You are well on the way.";
    PaceRoundingOff => "Snart tid til at runde af.", "Soon time to round off.";
    PacePast => "Du er over dit mål. Det er helt i orden – rund af, når du er klar.", "You are past your target. That is completely fine – round off when you are ready.";
    RoundHeading => "Efter runden", "After the round";
    HowReady => "Hvor klar føler du dig?", "How ready do you feel?";
    HowReadyHint => "Svaret er kun til dig. Det kan ændre sig fra gang til gang.", "The answer is just for you. It can change from time to time.";
    Rating1 => "1 – slet ikke", "1 – not at all";
    Rating5 => "5 – helt klar", "5 – completely ready";
    Note => "Note til dig selv", "Note to yourself";
    NoteHint => "Fx hvad der gik godt, eller hvad du vil øve mere.", "For example what went well, or what you want to practise more.";
    Flag => "Tag det op på næste møde", "Bring it up at the next meeting";
    FlagHint => "Så står noten under Klar til mødet, så du husker den.", "Then the note is shown under Ready for the meeting, so you remember it.";
    FlagHintMeeting => "Dit næste møde er: {title}. Noten står under Klar til mødet, så du husker den.", "Your next meeting is: {title}. The note is shown under Ready for the meeting, so you remember it.";
    Save => "Gem, at jeg har øvet", "Save that I practised";
    Saved => "Godt øvet. Det er gemt, så du kan se det under Klar til mødet.", "Well practised. It is saved, so you can see it under Ready for the meeting.";
    History => "Sådan har du øvet", "How you have practised";
    HistoryCount => "Du har øvet {n} gange.", "You have practised {n} times.";
    HistoryOnce => "Du har øvet én gang.", "You have practised once.";
    HistoryNone => "Du har ikke øvet endnu. Første gang er den sværeste.", "You have not practised yet. The first time is the hardest.";
    TrendUp => "Du føler dig mere klar nu end første gang.", "You feel more ready now than the first time.";
    TrendSteady => "Du føler dig lige så klar som første gang.", "You feel as ready as the first time.";
    TrendDown => "Du føler dig mindre klar lige nu end første gang. Det sker – det kan ændre sig igen.", "You feel less ready right now than the first time. That happens – it can change again.";
    TrendChart => "Hvor klar du har følt dig, de seneste gange (1–5)", "How ready you have felt, the latest times (1–5)";
    TrendRow => "{date}: {n} ud af 5", "{date}: {n} out of 5";
    NoRating => "ikke vurderet", "not rated";
    FlaggedHeading => "Det vil du tage op på næste møde", "What you want to bring up at the next meeting";
    FlaggedNoNote => "Du har markeret en øvelse uden note – tænk over, hvad du vil sige om den.", "You marked a practice round without a note – think about what you want to say about it.";
    WhyGoal => "Hvorfor netop {n}?", "Why {n} in particular?";
    GoalTasks => "Hvilke opgaver kan du løse som {n}?", "Which tasks can you do as {n}?";
}}

#[cfg(test)]
mod tests {
    #[test]
    fn every_rehearsal_text_has_both_languages() {
        crate::i18n::assert_complete(super::RehearsalMsg::ALL);
    }
}
