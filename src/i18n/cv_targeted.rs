//! Texts for targeted CVs (målrettede CV'er), print and export.

crate::messages! { TargetedMsg {
    Title => "Målrettede CV'er", "Targeted CVs";
    Intro => "Et målrettet CV er et udvalg fra dit CV til ét bestemt job. Når du retter i dit CV, følger de målrettede CV'er med – undtagen tekster, du har skrevet specielt til dem.", "A targeted CV is a selection from your CV for one specific job. When you edit your CV, the targeted CVs follow – except texts you wrote specially for them.";
    None => "Du har ikke lavet et målrettet CV endnu.", "You have not made a targeted CV yet.";
    New => "Lav et målrettet CV", "Make a targeted CV";
    NewTitle => "Nyt målrettet CV", "New targeted CV";
    Name => "Navn på CV'et", "Name of the CV";
    NameHint => "Fx \"Til Netto – kassemedarbejder\". Kun du ser navnet.", "For example \"For Netto – cashier\". Only you see the name.";
    Job => "Jobbet, det er til", "The job it is for";
    JobHint => "Står øverst på CV'et.", "Shown at the top of the CV.";
    Create => "Lav CV'et", "Make the CV";
    OwnProfile => "Faglig profil til dette CV", "Professional profile for this CV";
    OwnProfileHint => "Lad feltet stå tomt for at bruge den faglige profil fra dit CV.", "Leave empty to use the professional profile from your CV.";
    Choose => "Vælg hvad der skal med", "Choose what to include";
    Include => "Med på dette CV", "On this CV";
    Short => "Kort tekst", "Short text";
    Long => "Lang tekst", "Long text";
    OwnText => "Min egen tekst til dette CV", "My own text for this CV";
    OwnTextHint => "Lad feltet stå tomt for at følge teksten i dit CV.", "Leave empty to follow the text in your CV.";
    SectionUp => "Flyt afsnittet op", "Move the section up";
    SectionDown => "Flyt afsnittet ned", "Move the section down";
    Save => "Gem det målrettede CV", "Save the targeted CV";
    Saved => "Det målrettede CV er gemt.", "The targeted CV is saved.";
    Unsaved => "Du har ændringer, der ikke er gemt.", "You have changes that are not saved.";
    Preview => "Sådan ser det ud", "What it looks like";
    Print => "Udskriv eller gem som PDF", "Print or save as PDF";
    PrintHint => "Vælg \"Gem som PDF\" i udskriftsvinduet for at få en fil.", "Choose \"Save as PDF\" in the print window to get a file.";
    PrintAll => "Udskriv hele dit CV", "Print your whole CV";
    Tools => "Udskriv, hent og læs ind", "Print, download and read in";
    Delete => "Slet det målrettede CV", "Delete the targeted CV";
    DeleteConfirm => "Vil du slette det målrettede CV? Dit CV bliver ikke ændret.", "Do you want to delete the targeted CV? Your CV is not changed.";
    ItemsChosen => "{n} ting valgt", "{n} items chosen";
    Back => "Tilbage til Mit CV", "Back to My CV";
    BackToTargeted => "Tilbage til det målrettede CV", "Back to the targeted CV";
}}

#[cfg(test)]
mod tests {
    #[test]
    fn every_targeted_message_has_both_languages() {
        crate::i18n::assert_complete(super::TargetedMsg::ALL);
    }
}
