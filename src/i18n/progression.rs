//! Texts for Min udvikling. Progression is more than hours; a week with fewer hours is just a week, and
//! keeping the job counts as progress.

crate::messages! { ProgressionMsg {
    Intro => "Her noterer du dine timer, og hvad der ændrer sig i dit arbejde. Det er dit overblik til samtalerne med din arbejdsgiver og jobformidler. Udvikling er mere end timer – også nye opgaver, andre mødetider og at blive i jobbet tæller.", "Here you note your hours and what changes in your work. It is your overview for the talks with your employer and job broker. Progress is more than hours – new tasks, other working times and keeping the job count too.";
    MyJob => "Mit fleksjob", "My flex job";
    NoJob => "Når du har et fleksjob, kan du se det her.", "When you have a flex job, you can see it here.";
    JobNo => "Job nummer", "Job number";
    Employer => "Arbejdsplads", "Workplace";
    Contact => "Kontaktperson", "Contact person";
    Started => "Startede", "Started";
    AgreedHours => "Aftalte timer om ugen", "Agreed hours per week";
    Effectiveness => "Effektivitet (%)", "Effectiveness (%)";
    JobTasks => "Opgaver", "Tasks";
    JobConditions => "Hensyn", "Accommodations";
    FollowUps => "Opfølgninger", "Follow-ups";
    FollowUpsOf => "holdt af", "held of";
    CheckIn => "Notér ugens timer", "Note the week's hours";
    CheckInHint => "Det tager under et minut. Kun timerne skal udfyldes.", "It takes less than a minute. Only the hours are needed.";
    Week => "Uge", "Week";
    // "uge 43 (2026)" inside a sentence; a line or a table cell starts with `Week`.
    WeekLabel => "uge", "week";
    WhichJob => "Hvilket job", "Which job";
    Hours => "Timer arbejdet i ugen", "Hours worked in the week";
    HoursHint => "Fx 7,5. Skriv i hele kvarter.", "For example 7.5. Use whole quarters.";
    HoursNotNumber => "Skriv timerne som et tal, fx 7,5", "Write the hours as a number, for example 7.5";
    NotNumber => "Skriv et tal mellem 0 og 100, fx 80", "Write a number from 0 to 100, for example 80";
    EffectivenessHint => "Hvis I har aftalt en effektivitet, fx 80. Kan udelades.", "If you have agreed an effectiveness, e.g. 80. Can be left out.";
    TasksChange => "Nye eller ændrede opgaver", "New or changed tasks";
    ConditionsChange => "Ændringer i rammer og mødetider", "Changes in conditions and working times";
    SupportChange => "Ændringer i støtte", "Changes in support";
    HowWasTheWeek => "Hvordan gik ugen?", "How was the week?";
    SaveWeek => "Gem ugen", "Save the week";
    WeekSaved => "Ugen er gemt", "The week is saved";
    WeekUpdated => "Ugen er rettet", "The week is updated";
    AlreadyLogged => "Du har allerede noteret denne uge. Gemmer du, bliver den rettet.", "You have already noted this week. Saving will update it.";
    WeekTaken => "Ugen er allerede noteret et andet sted. Genindlæs siden for at se den og rette den.", "This week has already been noted elsewhere. Reload the page to see it and correct it.";
    Trend => "Dine timer uge for uge", "Your hours week by week";
    Range3 => "3 måneder", "3 months";
    Range6 => "6 måneder", "6 months";
    RangeAll => "Det hele", "All";
    ChartSummary => "Timer pr. uge for {weeks} noterede uger, fra {from} til {to}. Seneste uge: {latest} timer. Gennemsnit af de seneste 4 uger: {avg} timer. Flest timer på en uge: {high}. En stiplet linje viser 10 timer.", "Hours per week for {weeks} logged weeks, from {from} to {to}. Latest week: {latest} hours. Average of the last 4 weeks: {avg} hours. Most hours in a week: {high}. A dotted line shows 10 hours.";
    ChartGoalSummary => "Jeres aftalte mål om timer er vist som en linje ved {n} timer.", "Your agreed goal for hours is shown as a line at {n} hours.";
    ChartGoal => "Jeres mål om timer", "Your goal for hours";
    TrendNote => "Uger går op og ned – det er helt almindeligt. At blive i jobbet, nye opgaver og mere ro i arbejdet tæller også som udvikling.", "Weeks go up and down – that is quite normal. Keeping the job, new tasks and more calm at work count as progress too.";
    TableCaption => "Dine timer uge for uge, nyeste først", "Your hours week by week, newest first";
    TableEdit => "Ret", "Edit";
    EditWeek => "Ret", "Edit";
    JobShort => "job", "job";
    ThisWeek => "denne uge", "this week";
    LastWeek => "sidste uge", "last week";
    WeekConflict => "Ugen var ændret et andet sted. Du ser nu det nyeste – ret den igen, hvis der mangler noget.", "The week had been changed elsewhere. You now see the newest version – correct it again if something is missing.";
    DeleteQuestion => "Vil du slette det, du har noteret for denne uge?", "Do you want to delete what you noted for this week?";
    DeleteYes => "Ja, slet ugen", "Yes, delete the week";
    DeleteNo => "Fortryd", "Cancel";
    WeekDeleted => "Ugen er slettet", "The week is deleted";
    EditWeekTitle => "Ret en uge", "Edit a week";
    GoalTitle => "Progressionsmål", "Progress goal";
    ProposalExplained => "Det her er dit forslag. Det er ikke aftalt endnu – I taler om det ved næste samtale.", "This is your proposal. It is not agreed yet – you will talk about it at the next meeting.";
    Status => "Status", "Status";
    ProposedBy => "Skrevet af", "Written by";
    ByYou => "Dig", "You";
    ByJobcenter => "Jobcentret", "The job centre";
    Updated => "Senest ændret", "Last changed";
    ShareHowMany => "Antal uger", "Number of weeks";
    ShareWeeksN => "{n} uger", "{n} weeks";
    ShareNoGoals => "Ingen progressionsmål endnu. Tal om, hvor der kan ske en forandring.", "No progress goals yet. Talk about where change can happen.";
    ChartTen => "10 timer", "10 hours";
    Average => "Gennemsnit af 4 uger", "Average of 4 weeks";
    NoWeeks => "Du har ikke noteret nogen uger endnu.", "You have not noted any weeks yet.";
    TableWeek => "Uge", "Week";
    TableHours => "Timer i alt", "Total hours";
    TableAverage => "Gennemsnit (4 uger)", "Average (4 weeks)";
    Delete => "Slet", "Delete";
    Goals => "Hvor kan der ske en forandring?", "Where can change happen?";
    GoalsIntro => "Progressionsmål aftales mellem dig, din arbejdsgiver og din jobformidler. Du kan selv foreslå et.", "Progress goals are agreed between you, your employer and your job broker. You can propose one yourself.";
    NoGoals => "Der er ingen progressionsmål endnu.", "There are no progress goals yet.";
    TryNext => "Det prøver vi til næste gang", "What we try next time";
    Review => "Vi ser på det igen", "We look at it again";
    AgreedWith => "Aftalt med", "Agreed with";
    Proposal => "Dit forslag – ikke aftalt endnu", "Your proposal – not agreed yet";
    Propose => "Foreslå et progressionsmål", "Propose a progress goal";
    Area => "Område", "Area";
    GoalText => "Hvad vil du gerne prøve?", "What would you like to try?";
    GoalTextHint => "Fx \"Prøve at tage kasseopgaver om fredagen\"", "For example \"Try the till on Fridays\"";
    SendProposal => "Send forslaget", "Send the proposal";
    ProposalSent => "Forslaget er sendt. I taler om det ved næste samtale.", "The proposal is sent. You will talk about it at the next meeting.";
    Share => "Til næste samtale", "For the next talk";
    ShareLink => "Lav et overblik til næste samtale", "Make an overview for the next talk";
    ShareIntro => "Et overblik på én side over dine seneste uger og jeres mål. Du kan udskrive det eller vise det på skærmen til samtalen med din arbejdsgiver og jobformidler.", "A one-page overview of your recent weeks and your goals. Print it or show it on screen at the talk with your employer and job broker.";
    SharePrint => "Udskriv", "Print";
    ShareWeeks => "De seneste uger", "Recent weeks";
    ShareChanges => "Det har ændret sig", "What has changed";
    ShareBack => "Tilbage til Min udvikling", "Back to My progress";
    AreaTasks => "Opgaver", "Tasks";
    AreaConditions => "Rammer og mødetider", "Conditions and working times";
    AreaHensyn => "Hensyn", "Accommodations";
    AreaSupport => "Støtte", "Support";
    AreaPace => "Tempo og effektivitet", "Pace and effectiveness";
    AreaHours => "Timer", "Hours";
    AreaRetention => "At blive i jobbet", "Keeping the job";
    StatusProposed => "Forslag", "Proposal";
    StatusAgreed => "Aftalt", "Agreed";
    StatusTrying => "Afprøves", "Being tried";
    StatusSucceeded => "Lykkedes", "Succeeded";
    StatusAdjusted => "Justeret", "Adjusted";
    StatusDropped => "Droppet", "Dropped";
    TargetHours => "Timer om ugen, som målet sigter mod (kan udelades)", "Hours per week the goal aims at (optional)";
    TargetHoursHint => "Fx 12. Det er et skridt på vejen, ikke et loft.", "For example 12. It is a step on the way, not a ceiling.";
    TargetHoursShort => "Timer om ugen", "Hours per week";
    TargetHoursValue => "{n} timer om ugen", "{n} hours a week";
}}

#[cfg(test)]
mod tests {
    #[test]
    fn every_progression_text_has_both_languages() {
        crate::i18n::assert_complete(super::ProgressionMsg::ALL);
    }
}
