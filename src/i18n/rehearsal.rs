//! Texts for "Øv din fremlæggelse": the question bank (from the domain brief's likely questions) and the page.

crate::messages! { RehearsalMsg {
    Title => "Øv din fremlæggelse", "Practise your presentation";
    Link => "Øv dig i at fortælle om dine jobmål", "Practise presenting your job goals";
    Intro => "Øv dig i at svare højt, som på mødet. Tag ét spørgsmål ad gangen. Det er helt i orden at øve flere gange – og at holde pause.", "Practise answering out loud, as at the meeting. Take one question at a time. It is fine to practise many times – and to take a break.";
    QuestionOf => "Spørgsmål {n}", "Question {n}";
    Previous => "Forrige spørgsmål", "Previous question";
    Next => "Næste spørgsmål", "Next question";
    Timer => "Tid til din fremlæggelse", "Time for your presentation";
    TimerHint => "Sigt efter 2–3 minutter. Uret siger ikke noget – det viser bare, hvor langt du er.", "Aim for 2–3 minutes. The timer makes no sound – it just shows how far you are.";
    Minutes => "Mål i minutter", "Target in minutes";
    Start => "Start uret", "Start the timer";
    Stop => "Stop uret", "Stop the timer";
    HowReady => "Hvor klar føler du dig?", "How ready do you feel?";
    Rating1 => "1 – slet ikke", "1 – not at all";
    Rating5 => "5 – helt klar", "5 – completely ready";
    Save => "Gem, at jeg har øvet", "Save that I practised";
    Saved => "Godt øvet. Det er gemt, så du kan se det under Klar til mødet.", "Well practised. It is saved, so you can see it under Ready for the meeting.";
    Q1 => "Fortæl kort om dig selv og det, du har lavet før.", "Tell us briefly about yourself and what you have done before.";
    Q2 => "Hvilket job vil du helst have, og hvorfor?", "Which job would you most like, and why?";
    Q3 => "Hvad er du god til?", "What are you good at?";
    Q4 => "Hvilke opgaver kan du løse i dag?", "Which tasks can you do today?";
    Q5 => "Hvad skal der til, for at et job fungerer for dig?", "What does it take for a job to work for you?";
    Q6 => "Hvor mange timer tror du, at du kan arbejde lige nu – og hvad kan ændre det?", "How many hours do you think you can work right now – and what could change that?";
    Q7 => "Hvad har du lært af dine tidligere job?", "What have you learned from your earlier jobs?";
    Q8 => "Hvordan har du det med at starte i en praktik?", "How do you feel about starting a work placement?";
    Q9 => "Hvad vil du gerne blive bedre til?", "What would you like to get better at?";
    Q10 => "Hvad har hjulpet dig tidligere, når noget var svært?", "What has helped you before when something was hard?";
    Q11 => "Hvad håber du, at mødet kan hjælpe dig med?", "What do you hope the meeting can help you with?";
    Q12 => "Er der noget, du er bekymret for?", "Is there anything you are worried about?";
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
