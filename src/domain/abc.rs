//! The ABC canvas (Kompetencer / Ønsker / Arbejdsmarkedet): the changes the borger makes, applied to a copy so
//! the same change can be applied again to a newer version after a 412.

use contract::jobgoal::AbcCanvasInput;
use serde::{Deserialize, Serialize};

/// One of the three headings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Column {
    /// Kompetencer: what I can.
    Competences,
    /// Ønsker: what I want.
    Wishes,
    /// Arbejdsmarkedet: where people are needed.
    Market,
}

/// What the borger did (kept on the device and waiting in the outbox until it lands).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    /// Add points (one typed, or several from the CV); a point already there (any case) is not added again.
    Add(Column, Vec<String>),
    /// Remove a point.
    Remove(Column, String),
}

/// The points under a heading.
pub fn points(c: &AbcCanvasInput, col: Column) -> &[String] {
    match col {
        Column::Competences => &c.competences,
        Column::Wishes => &c.wishes,
        Column::Market => &c.market,
    }
}

fn points_mut(c: &mut AbcCanvasInput, col: Column) -> &mut Vec<String> {
    match col {
        Column::Competences => &mut c.competences,
        Column::Wishes => &mut c.wishes,
        Column::Market => &mut c.market,
    }
}

/// The canvas after `change`.
pub fn apply(mut c: AbcCanvasInput, change: &Change) -> AbcCanvasInput {
    match change {
        Change::Add(col, texts) => {
            let list = points_mut(&mut c, *col);
            for t in texts.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
                if !list.iter().any(|p| p.to_lowercase() == t.to_lowercase()) {
                    list.push(t.to_owned());
                }
            }
        }
        Change::Remove(col, text) => points_mut(&mut c, *col).retain(|t| t != text),
    }
    c
}

/// The canvas after every change in `changes`, in order.
pub fn apply_all(c: AbcCanvasInput, changes: &[Change]) -> AbcCanvasInput {
    changes.iter().fold(c, apply)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adding_never_doubles_a_point_and_removing_takes_only_that_one() {
        let c = apply(AbcCanvasInput::default(), &Change::Add(Column::Competences, vec!["Kundekontakt".into()]));
        let c =
            apply(c, &Change::Add(Column::Competences, vec!["kundekontakt".into(), " Planlægning ".into(), "".into()]));
        assert_eq!(points(&c, Column::Competences), ["Kundekontakt", "Planlægning"]);
        let c = apply(c, &Change::Add(Column::Market, vec!["Kantiner søger deltid".into()]));
        let c = apply(c, &Change::Remove(Column::Competences, "Kundekontakt".into()));
        assert_eq!(points(&c, Column::Competences), ["Planlægning"]);
        assert_eq!(points(&c, Column::Market), ["Kantiner søger deltid"]);
        assert!(points(&c, Column::Wishes).is_empty());
    }

    #[test]
    fn a_change_can_be_applied_again_to_a_newer_version() {
        let mine = Change::Add(Column::Wishes, vec!["Arbejde om formiddagen".into()]);
        let theirs = apply(AbcCanvasInput::default(), &Change::Add(Column::Market, vec!["Rengøring".into()]));
        let merged = apply(theirs, &mine);
        assert_eq!(points(&merged, Column::Market), ["Rengøring"]);
        assert_eq!(points(&merged, Column::Wishes), ["Arbejde om formiddagen"]);
    }

    #[test]
    fn changes_applied_again_to_a_canvas_that_has_them_change_nothing() {
        let changes = [
            Change::Add(Column::Wishes, vec!["Formiddage".into()]),
            Change::Add(Column::Market, vec!["Kantiner".into()]),
            Change::Remove(Column::Market, "Kantiner".into()),
        ];
        let once = apply_all(AbcCanvasInput::default(), &changes);
        assert_eq!(points(&once, Column::Wishes), ["Formiddage"]);
        assert!(points(&once, Column::Market).is_empty());
        // A send whose answer was lost is recognised: the server's canvas already is what the changes make.
        assert_eq!(apply_all(once.clone(), &changes), once);
    }
}
