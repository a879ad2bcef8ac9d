//! Texts for the talking script (talepapir, cue cards) and the "Mig og mit jobmål" handout.

crate::messages! { TalkMsg {
    ScriptTitle => "Dit talepapir", "Your talking script";
    ScriptIntro => "Talepapiret er bygget ud fra dine jobmål – A først. Brug det som stikkort, når du øver. Du kan rette det, så det lyder som dig.", "The talking script is built from your job goals – A first. Use it as cue cards when you practise. You can edit it so it sounds like you.";
    ScriptBuilt => "Talepapiret er bygget ud fra dine jobmål. Det er ikke gemt, før du retter og gemmer det.", "The talking script is built from your job goals. It is not saved until you edit and save it.";
    ScriptStale => "Du har ændret dine jobmål, siden du gemte talepapiret. Vil du bygge det forfra? Det, du selv har skrevet, bliver så erstattet.", "You changed your job goals after you saved the talking script. Do you want to build it again? What you wrote yourself is then replaced.";
    ScriptEmpty => "Der er ingen stikkort endnu. Skriv dine jobmål først, eller tilføj et kort selv.", "There are no cue cards yet. Write your job goals first, or add a card yourself.";
    CardOf => "Kort {n} af {total}", "Card {n} of {total}";
    CardKeys => "Du kan også bruge piletasterne til at bladre.", "You can also use the arrow keys to turn the cards.";
    PreviousCard => "Forrige kort", "Previous card";
    NextCard => "Næste kort", "Next card";
    Edit => "Ret talepapiret", "Edit the talking script";
    DoneEditing => "Tilbage til stikkortene", "Back to the cue cards";
    Heading => "Overskrift på kort {n}", "Heading of card {n}";
    Text => "Det vil jeg sige (kort {n})", "What I will say (card {n})";
    AddCard => "Tilføj et kort", "Add a card";
    RemoveCard => "Fjern kort {n}", "Remove card {n}";
    MoveUp => "Flyt kort {n} op", "Move card {n} up";
    Save => "Gem talepapiret", "Save the talking script";
    Saved => "Talepapiret er gemt.", "The talking script is saved.";
    Rebuild => "Byg talepapiret forfra ud fra mine jobmål", "Build the talking script again from my job goals";
    GoalHeading => "Mit jobmål", "My job goal";
    Goal => "Mit jobmål er {title}.", "My job goal is {title}.";
    Sector => "Jeg tænker på {sector}.", "I am thinking of {sector}.";
    ReasonsHeading => "Derfor passer det til mig", "Why it suits me";
    GoodAt => "Jeg er god til:", "I am good at:";
    TasksHeading => "Det kan jeg", "What I can do";
    Tasks => "Jeg kan for eksempel:", "For example, I can:";
    ConditionsHeading => "Sådan fungerer det for mig", "How it works for me";
    Conditions => "Det fungerer godt for mig med:", "It works well for me with:";
    DevelopmentHeading => "Her kan jeg udvikle mig", "Where I can develop";
    OtherHeading => "Jobmål {track}", "Job goal {track}";
    Other => "Jeg kan også se mig selv som {title}.", "I can also see myself as {title}.";
    SearchHeading => "Sådan vil jeg søge job", "How I will look for work";
    SearchAgreed => "Det har jeg aftalt med jobcentret:", "What I have agreed with the job centre:";
    SearchStart => "Jeg vil søge job ved at …", "I will look for work by …";
    HandoutLink => "Mig og mit jobmål – et ark til at tage med til mødet", "Me and my job goal – a page to bring to the meeting";
    HandoutTitle => "Mig og mit jobmål", "Me and my job goal";
    HandoutIntro => "Et ark med store bogstaver, som du kan udskrive og tage med til mødet. Det bliver lavet ud fra dit CV, dine jobmål og dine noter.", "A page in large print that you can print and bring to the meeting. It is made from your CV, your job goals and your notes.";
    Print => "Udskriv", "Print";
    MyGoals => "Mine jobmål", "My job goals";
    Strengths => "Tre ting, jeg er god til", "Three things I am good at";
    NoStrengths => "Skriv dine kompetencer og personlige egenskaber i dit CV, så kommer de her.", "Write your competences and personal qualities in your CV, and they will appear here.";
    PickStrengths => "Vælg selv dine tre styrker", "Choose your three strengths yourself";
    PickStrengthsLegend => "Det er jeg god til", "What I am good at";
    PickStrengthsHint => "Vælg op til tre fra dit CV. Valget gælder denne side og gemmes ikke.", "Choose up to three from your CV. The choice applies to this page and is not saved.";
    PickTooMany => "Du kan vælge tre. Fjern et flueben, før du vælger et nyt.", "You can choose three. Remove a tick before you choose a new one.";
    WorksForMe => "Det fungerer for mig", "What works for me";
    NoWorksForMe => "Skriv i dit CV, hvad der fungerer for dig, så kommer det her.", "Write in your CV what works for you, and it will appear here.";
    MyQuestions => "Det vil jeg spørge om", "What I want to ask";
    NoQuestions => "Skriv dine spørgsmål under dit næste møde i Min plan, så kommer de her.", "Write your questions under your next meeting in My plan, and they will appear here.";
    NoGoals => "Du har ikke skrevet et jobmål endnu.", "You have not written a job goal yet.";
    ForMeeting => "Til {title}, {date}", "For {title}, {date}";
}}

#[cfg(test)]
mod tests {
    #[test]
    fn every_talk_text_has_both_languages() {
        crate::i18n::assert_complete(super::TalkMsg::ALL);
    }
}
