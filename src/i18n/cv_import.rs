//! Texts for exporting and importing the CV as a JSON Resume file.

use crate::domain::jsonresume::{ImportError, ImportWarning};

crate::messages! { ImportMsg {
    Export => "Hent dit CV som fil", "Download your CV as a file";
    ExportHint => "Filen er i formatet JSON Resume. Den kan bruges i andre CV-værktøjer og læses ind her igen.", "The file is in the JSON Resume format. It can be used in other CV tools and read in here again.";
    File => "Læs et CV ind fra en fil", "Read in a CV from a file";
    FileHint => "Vælg en JSON Resume-fil (.json), højst 1 MB. Du ser, hvad der bliver tilføjet, før noget ændres. Intet bliver overskrevet.", "Choose a JSON Resume file (.json), at most 1 MB. You see what will be added before anything changes. Nothing is overwritten.";
    Reading => "Læser filen …", "Reading the file …";
    PreviewTitle => "Det bliver tilføjet til dit CV", "This will be added to your CV";
    Nothing => "Filen indeholder ikke noget, som ikke allerede står i dit CV.", "The file holds nothing that is not already in your CV.";
    Duplicates => "{n} ting står allerede i dit CV og bliver ikke tilføjet igen.", "{n} items are already in your CV and will not be added again.";
    OverLimit => "{n} ting er der ikke plads til (højst 100 i hvert afsnit).", "{n} items do not fit (at most 100 in each section).";
    ProfileKept => "Filen har en anden faglig profil. Din egen bliver stående.", "The file has another professional profile. Your own stays.";
    Warnings => "Det kunne ikke læses:", "What could not be read:";
    Add => "Tilføj til mit CV", "Add to my CV";
    Cancel => "Annuller", "Cancel";
    Added => "Det er tilføjet til dit CV og bliver gemt.", "It has been added to your CV and is being saved.";
    ErrTooLarge => "Filen er for stor. Den må højst være 1 MB.", "The file is too large. It may be at most 1 MB.";
    ErrNotJson => "Filen kan ikke læses. Vælg en fil, der ender på .json.", "The file cannot be read. Choose a file ending in .json.";
    ErrNotResume => "Filen er ikke et CV i formatet JSON Resume. Vælg en anden fil.", "The file is not a CV in the JSON Resume format. Choose another file.";
    ErrNoFile => "Vælg en fil.", "Choose a file.";
    ErrUnavailable => "Det kan ikke lade sig gøre lige nu, fordi Fleksvej ikke kan hente det, der skal til. Tjek, at du er på nettet, og prøv igen.", "This cannot be done right now, because Fleksvej cannot fetch what it needs. Check that you are online and try again.";
    WarnNoTitle => "Et punkt uden titel i afsnittet", "An entry without a title in the section";
    WarnNoDate => "Et punkt uden en dato, der kan læses, i afsnittet", "An entry without a readable date in the section";
    WarnCut => "En tekst var for lang og er kortet af i afsnittet", "A text was too long and has been shortened in the section";
    WarnUnreadable => "Et punkt med tegn, der ikke kan gemmes, i afsnittet", "An entry with characters that cannot be stored in the section";
    WarnExtension => "Fleksvejs egne oplysninger i filen kunne ikke bruges; de almindelige afsnit er læst i stedet.", "Fleksvej's own details in the file could not be used; the standard sections were read instead.";
}}

/// The message for an error.
pub fn error(e: ImportError) -> ImportMsg {
    match e {
        ImportError::TooLarge => ImportMsg::ErrTooLarge,
        ImportError::NotJson => ImportMsg::ErrNotJson,
        ImportError::NotResume => ImportMsg::ErrNotResume,
    }
}

/// The message for a warning, and the section it is about.
pub fn warning(w: &ImportWarning) -> (ImportMsg, Option<contract::cv::CvSection>) {
    match w {
        ImportWarning::NoTitle(s) => (ImportMsg::WarnNoTitle, Some(*s)),
        ImportWarning::NoDate(s) => (ImportMsg::WarnNoDate, Some(*s)),
        ImportWarning::Cut(s) => (ImportMsg::WarnCut, Some(*s)),
        ImportWarning::Unreadable(s) => (ImportMsg::WarnUnreadable, Some(*s)),
        ImportWarning::ExtensionIgnored => (ImportMsg::WarnExtension, None),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_import_message_has_both_languages() {
        crate::i18n::assert_complete(super::ImportMsg::ALL);
    }
}
