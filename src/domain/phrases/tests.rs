use super::*;
use std::collections::HashSet;

#[test]
fn there_are_enough_phrases_in_every_area_and_kind() {
    assert!(all().len() >= 150, "{}", all().len());
    for area in Area::all().iter().filter(|a| **a != Area::General) {
        let n = all()
            .iter()
            .filter(|p| p.area == *area && matches!(p.kind, PhraseKind::Task | PhraseKind::Competence))
            .count();
        assert!(n >= 15, "{area:?} has {n}");
    }
    assert!(all().iter().filter(|p| p.kind == PhraseKind::Quality).count() >= 20);
    assert!(all().iter().filter(|p| p.kind == PhraseKind::WorksForMe).count() >= 20);
    assert!(all().iter().filter(|p| p.kind == PhraseKind::Transferable).count() >= 10);
}

#[test]
fn phrases_are_unique_short_and_never_about_illness() {
    let mut seen = HashSet::new();
    let banned = ["depression", "stress", "smerte", "sygdom", "syg ", "diagnose", "angst", "handicap", "medicin"];
    for p in all() {
        assert!(seen.insert(fold(p.text)), "duplicate: {}", p.text);
        assert!(p.text.chars().count() <= 120, "{}", p.text);
        assert_eq!(p.text.trim(), p.text);
        let lower = p.text.to_lowercase();
        assert!(!banned.iter().any(|b| lower.contains(b)), "{}", p.text);
    }
}

#[test]
fn typing_finds_word_starts_and_ranks_phrase_starts_first() {
    let found = suggest(&[PhraseKind::Task], None, "var", &[], 50);
    assert!(found.iter().any(|p| p.text == "Tog imod varer og tjekkede følgesedler"));
    let texts: Vec<&str> = suggest(&[PhraseKind::Task], None, "sk", &[], 50).iter().map(|p| p.text).collect();
    let first_word = texts.iter().position(|t| t.starts_with("Skar")).unwrap();
    let inner_word = texts.iter().position(|t| t.starts_with("Besvarede telefonen og stillede")).unwrap_or(usize::MAX);
    assert!(first_word < inner_word);
}

#[test]
fn danish_letters_and_aa_and_accents_match() {
    assert!(suggest(&[PhraseKind::Competence], None, "køkken", &[], 10).iter().any(|p| p.text.contains("storkøkken")));
    assert_eq!(fold("Haandvask"), "håndvask");
    assert_eq!(fold("Café"), "cafe");
    assert!(suggest(&[PhraseKind::Task], None, "LAGER", &[], 5).iter().all(|p| fold(p.text).contains("lager")));
}

#[test]
fn what_the_borger_has_is_left_out_and_area_and_limit_apply() {
    let kitchen = suggest(&[PhraseKind::Task], Some(Area::Kitchen), "", &[], 3);
    assert_eq!(kitchen.len(), 3);
    assert!(kitchen.iter().all(|p| p.area == Area::Kitchen));
    let without = suggest(&[PhraseKind::Task], Some(Area::Kitchen), "", &["  smurte SANDWICH og anrettede buffet "], 3);
    assert!(without.iter().all(|p| p.text != "Smurte sandwich og anrettede buffet"));
    assert!(suggest(&[PhraseKind::Quality], Some(Area::Office), "", &[], 5).is_empty());
    assert!(suggest(&[PhraseKind::Task], None, "zzzz", &[], 5).is_empty());
}

#[test]
fn area_slugs_round_trip() {
    for a in Area::all() {
        assert_eq!(Area::from_slug(a.slug()), Some(*a));
    }
    assert_eq!(Area::from_slug(""), None);
}
