//! The outbox: folding, showing waiting changes, and deciding after a 412.

use super::*;

fn aftale() -> Aftale {
    serde_json::from_str(include_str!("../../../crates/contract/fixtures/aftale.json")).expect("fixture")
}

fn status(s: AftaleStatus, note: &str) -> AftaleUpdate {
    AftaleUpdate { status: Some(s), status_note: Some(note.into()), borger_comment: None }
}

fn comment(text: &str) -> AftaleUpdate {
    AftaleUpdate { status: None, status_note: None, borger_comment: Some(text.into()) }
}

#[test]
fn a_waiting_change_shows_in_the_copy_of_the_plan() {
    let mut plan: Plan = serde_json::from_str(include_str!("../../../crates/contract/fixtures/plan.json")).unwrap();
    let first = plan.aftaler[0].clone();
    let outbox = vec![Pending::new(&first, status(AftaleStatus::Done, "Søgt hos Netto"))];
    apply(&mut plan, &outbox);
    assert_eq!((plan.aftaler[0].status, plan.aftaler[0].status_note.as_str()), (AftaleStatus::Done, "Søgt hos Netto"));
    // Other aftaler are left as they were; the comment is untouched.
    assert_eq!(plan.aftaler[0].borger_comment, first.borger_comment);
    assert!(plan.aftaler[1..].iter().all(|a| a.status != AftaleStatus::Done || a.id != first.id));
}

#[test]
fn a_refused_or_disputed_change_is_not_shown_as_if_it_had_landed() {
    let mut a = aftale();
    let mut p = Pending::new(&a, status(AftaleStatus::Done, ""));
    p.state = State::Conflict;
    apply_to(&mut a, &[p]);
    assert_eq!(a.status, AftaleStatus::Agreed);
}

#[test]
fn later_changes_to_the_same_aftale_fold_into_one_send() {
    let a = aftale();
    let mut outbox = Vec::new();
    push(&mut outbox, Pending::new(&a, status(AftaleStatus::InProgress, "")));
    push(&mut outbox, Pending::new(&a, comment("Jeg har ringet")));
    push(&mut outbox, Pending::new(&a, status(AftaleStatus::Done, "Klaret")));
    assert_eq!(outbox.len(), 1);
    let c = &outbox[0].aftale_change().unwrap().change;
    assert_eq!(
        (c.status, c.status_note.as_deref(), c.borger_comment.as_deref()),
        (Some(AftaleStatus::Done), Some("Klaret"), Some("Jeg har ringet"))
    );
    assert_eq!(outbox[0].aftale_change().unwrap().base_version, a.version);
    // Another aftale gets its own entry.
    let mut other = aftale();
    other.id = Uuid::new_v4();
    push(&mut outbox, Pending::new(&other, comment("Hej")));
    assert_eq!(outbox.len(), 2);
}

#[test]
fn a_send_whose_answer_was_lost_is_not_sent_twice() {
    let a = aftale();
    let p = Pending::new(&a, status(AftaleStatus::Done, "Klaret"));
    let mut server = a.clone();
    (server.status, server.status_note, server.version) = (AftaleStatus::Done, "Klaret".into(), a.version + 1);
    assert_eq!(after_conflict(p.aftale_change().unwrap(), &server), Resolution::AlreadyThere);
}

#[test]
fn a_change_elsewhere_to_other_fields_does_not_stop_the_send() {
    let a = aftale();
    let p = Pending::new(&a, status(AftaleStatus::Done, "Klaret"));
    let mut server = a.clone();
    (server.borger_comment, server.version) = ("Skrevet på telefonen".into(), a.version + 2);
    assert_eq!(after_conflict(p.aftale_change().unwrap(), &server), Resolution::SendOn(a.version + 2));
    // The jobformidler editing the agreed text is not a conflict either.
    server.content.description = "Ny tekst".into();
    assert_eq!(after_conflict(p.aftale_change().unwrap(), &server), Resolution::SendOn(a.version + 2));
}

#[test]
fn the_same_field_changed_elsewhere_asks_the_borger() {
    let a = aftale();
    let p = Pending::new(&a, comment("Skrevet i toget"));
    let mut server = a.clone();
    (server.borger_comment, server.version) = ("Skrevet på computeren".into(), a.version + 1);
    assert_eq!(after_conflict(p.aftale_change().unwrap(), &server), Resolution::Conflict);
    let p = Pending::new(&a, status(AftaleStatus::Done, ""));
    let mut server = a.clone();
    (server.status, server.version) = (AftaleStatus::NotDone, a.version + 1);
    assert_eq!(after_conflict(p.aftale_change().unwrap(), &server), Resolution::Conflict);
}

#[test]
fn the_outbox_survives_a_round_trip_through_json() {
    let p = Pending::new(&aftale(), comment("Æ, ø og å"));
    let back: Pending = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
    assert_eq!(back, p);
}

fn prep(notes: &str) -> Pending {
    let meeting = Uuid::nil();
    let write = Write::Prep { meeting, base_version: 3, base_notes: String::new(), notes: notes.into() };
    Pending::of(format!("prep/{meeting}"), "Møde".into(), write)
}

#[test]
fn a_later_text_from_the_same_editor_replaces_the_waiting_one_and_keeps_its_id() {
    let mut outbox = Vec::new();
    push(&mut outbox, prep("Jeg vil tale om"));
    let first = outbox[0].id;
    push(&mut outbox, prep("Jeg vil tale om mine timer"));
    assert_eq!(outbox.len(), 1);
    // The id is the Idempotency-Key of a create: keeping it means a send that landed is not made twice.
    assert_eq!(outbox[0].id, first);
    assert!(matches!(&outbox[0].write, Write::Prep { notes, .. } if notes == "Jeg vil tale om mine timer"));
    // A write in conflict is not folded into: the borger still has to choose, and the new one waits beside it.
    outbox[0].state = State::Conflict;
    push(&mut outbox, prep("Tredje udgave"));
    assert_eq!(outbox.len(), 2);
}

#[test]
fn sending_anyway_uses_the_newest_version_and_waits_again() {
    let mut p = prep("Mine noter");
    p.state = State::Conflict;
    p.rebase_on_newest();
    assert_eq!(p.state, State::Waiting);
    assert!(matches!(p.write, Write::Prep { base_version: -1, .. }));
}

fn canvas(change: crate::domain::abc::Change) -> Pending {
    let base = Doc::of(&contract::jobgoal::AbcCanvasInput::default());
    let write = Write::Canvas { base_version: 2, base, changes: vec![Doc::of(&change)] };
    Pending::of("abc".into(), "ABC".into(), write)
}

#[test]
fn later_canvas_changes_join_the_waiting_ones_in_order_on_the_first_base() {
    use crate::domain::abc::{Change, Column};
    let mut outbox = Vec::new();
    push(&mut outbox, canvas(Change::Add(Column::Wishes, vec!["Formiddage".into()])));
    let first = outbox[0].id;
    let mut later = canvas(Change::Remove(Column::Market, "Lager".into()));
    if let Write::Canvas { base_version, .. } = &mut later.write {
        *base_version = 5;
    }
    push(&mut outbox, later);
    assert_eq!((outbox.len(), outbox[0].id), (1, first));
    let Write::Canvas { base_version, changes, .. } = &outbox[0].write else { panic!("a canvas write") };
    assert_eq!(*base_version, 2, "sent on the version the first change saw");
    let both = [Change::Add(Column::Wishes, vec!["Formiddage".into()]), Change::Remove(Column::Market, "Lager".into())];
    assert_eq!(changes.iter().map(|c| c.read::<Change>().expect("a change")).collect::<Vec<_>>(), both);
    assert_eq!(canvas_changes(&outbox), both);
    // A canvas write in conflict is not shown as if it would land.
    outbox[0].state = State::Refused;
    assert!(canvas_changes(&outbox).is_empty());
}

/// A progression proposal describing `d`.
fn goal(d: &str) -> Write {
    use contract::progression::{GoalArea, ProgressionGoalInput};
    let input = ProgressionGoalInput {
        area: GoalArea::Tasks,
        description: d.into(),
        try_next: String::new(),
        review_date: None,
        target_hours: None,
    };
    Write::Proposal { input: Doc::of(&input) }
}

#[test]
fn a_later_script_targeted_cv_or_proposal_replaces_the_waiting_one_and_keeps_its_id() {
    use contract::cv::TargetedCvInput;
    use contract::rehearsal::{ScriptCard, TalkingScriptInput};
    let card = |t: &str| ScriptCard { heading: "Mit jobmål".into(), text: t.into() };
    let script =
        |t: &str| Write::Script { base_version: 1, input: Doc::of(&TalkingScriptInput { cards: vec![card(t)] }) };
    let cv = |p: &str| {
        let input = TargetedCvInput {
            name: "Til kantinen".into(),
            target_job: String::new(),
            profile: p.into(),
            items: vec![],
            sections: vec![],
        };
        Write::Targeted { id: Uuid::nil(), base_version: 4, input: Doc::of(&input) }
    };
    for (name, first, second) in [
        ("script", script("Først"), script("Sidst")),
        ("targeted/x", cv("Først"), cv("Sidst")),
        ("proposal", goal("Først"), goal("Sidst")),
    ] {
        let mut outbox = Vec::new();
        push(&mut outbox, Pending::of(name.into(), "A".into(), first));
        let id = outbox[0].id;
        // The same write again (a proposal is pressed again with its key; a script or CV edited further).
        let mut again = Pending::of(name.into(), "B".into(), second.clone());
        again.id = id;
        push(&mut outbox, again);
        assert_eq!((outbox.len(), outbox[0].id, &outbox[0].title), (1, id, &"B".to_owned()), "{name}");
        assert_eq!(outbox[0].write, second, "{name}: the latest text is sent");
    }
    // A script or targeted CV edited further keeps the waiting write's id even from a new editor instance.
    let mut outbox = Vec::new();
    push(&mut outbox, Pending::of("script".into(), "A".into(), script("Først")));
    push(&mut outbox, Pending::of("script".into(), "B".into(), script("Sidst")));
    assert_eq!(outbox.len(), 1);
    // A script or targeted CV the borger sends anyway goes on the newest version; a proposal has none.
    let mut p = Pending::of("script".into(), "A".into(), script("Min"));
    p.rebase_on_newest();
    assert!(matches!(p.write, Write::Script { base_version: -1, .. }));
    let mut p = Pending::of("targeted/x".into(), "A".into(), cv("Min"));
    p.rebase_on_newest();
    assert!(matches!(p.write, Write::Targeted { base_version: -1, .. }));
}

#[test]
fn what_the_keepers_held_follows_the_latest_write_for_each_copy() {
    let a = aftale();
    let mut outbox = Vec::new();
    let mut status_change = Pending::new(&a, status(AftaleStatus::Done, "Klaret"));
    status_change.typed = vec![("draft/aftale/x/status".into(), r#"["done","Klaret"]"#.to_owned())];
    push(&mut outbox, status_change);
    let mut first_comment = Pending::new(&a, comment("Hej"));
    first_comment.typed = vec![("draft/aftale/x/comment".into(), r#""Hej""#.to_owned())];
    push(&mut outbox, first_comment);
    let mut second_comment = Pending::new(&a, comment("Hej igen"));
    second_comment.typed = vec![("draft/aftale/x/comment".into(), r#""Hej igen""#.to_owned())];
    push(&mut outbox, second_comment);
    assert_eq!(
        outbox[0].typed,
        [
            ("draft/aftale/x/status".to_owned(), r#"["done","Klaret"]"#.to_owned()),
            ("draft/aftale/x/comment".to_owned(), r#""Hej igen""#.to_owned()),
        ]
    );
    // Stored on the device and read back (an outbox written before this field existed reads as empty).
    let back: Pending = serde_json::from_str(&serde_json::to_string(&outbox[0]).unwrap()).unwrap();
    assert_eq!(back, outbox[0]);
    let mut old = serde_json::to_value(&outbox[0]).unwrap();
    old.as_object_mut().unwrap().remove("typed");
    assert!(serde_json::from_value::<Pending>(old).unwrap().typed.is_empty());
}

#[test]
fn a_second_practice_round_or_proposal_made_while_the_first_waits_is_kept_beside_it() {
    use contract::rehearsal::RehearsalInput;
    let round = |note: &str| {
        let input: RehearsalInput = serde_json::from_value(serde_json::json!({
            "practised_at": "2026-11-30T10:00:00Z", "question_ids": [], "duration_secs": 60,
            "self_rating": null, "note": note, "flag_for_meeting": false
        }))
        .expect("a round");
        Write::Rehearsal { input: Doc::of(&input) }
    };
    for (name, first, second) in [("rehearsal", round("Første"), round("Anden")), ("proposal", goal("Én"), goal("To"))]
    {
        let mut outbox = Vec::new();
        push(&mut outbox, Pending::of(name.into(), "A".into(), first.clone()));
        push(&mut outbox, Pending::of(name.into(), "B".into(), second.clone()));
        let writes: Vec<_> = outbox.iter().map(|p| p.write.clone()).collect();
        assert_eq!(writes, vec![first.clone(), second.clone()], "{name}: both are sent, in order");
        assert_ne!(outbox[0].id, outbox[1].id, "{name}: each is created once, under its own key");
        // Pressing Gem again on the second (same key) is the same round, not a third.
        let mut retry = Pending::of(name.into(), "B".into(), second.clone());
        retry.id = outbox[1].id;
        push(&mut outbox, retry);
        assert_eq!(outbox.len(), 2, "{name}");
    }
}

#[test]
fn an_outbox_kept_before_documents_were_kept_as_text_reads_the_same_and_is_stored_the_same() {
    use contract::jobgoal::JobGoalInput;
    // What an older version of the app kept on the device: the jobmål as a typed value inside the write.
    let kept = r#"{"id":"6f1c2b1e-8a7d-4c4b-9a52-2d1f0e8b7c11","name":"jobgoal/new","title":"Kantinemedhjælper",
        "write":{"JobGoal":{"id":null,"base_version":0,"input":{"track":"A","title":"Kantinemedhjælper",
        "why_me":"Jeg kan lide at lave mad","competence_ids":[],"demand":"","tasks":["Anrette salat"],
        "conditions":["Ingen tunge løft"],"development":"","what_it_takes":"","sector":"","status":"active"}}},
        "state":"Waiting"}"#;
    let p: Pending = serde_json::from_str(kept).expect("an old outbox entry");
    let Write::JobGoal { id: None, base_version: 0, input } = &p.write else { panic!("a new jobmål") };
    let goal: JobGoalInput = input.read().expect("the jobmål reads as before");
    assert_eq!(
        (goal.title.as_str(), goal.conditions.as_slice()),
        ("Kantinemedhjælper", &["Ingen tunge løft".to_owned()][..])
    );
    // Stored again, it is the same text: an app one version back reads it too.
    assert_eq!(serde_json::to_value(&p).unwrap(), serde_json::from_str::<serde_json::Value>(kept).unwrap());
    // A document of another type does not read as this one.
    assert!(input.read::<contract::progression::WeekEntryInput>().is_none());
}

#[test]
fn a_refused_write_keeps_its_reason_on_the_device_and_sending_it_anyway_clears_it() {
    let mut p = prep("Mine noter");
    (p.state, p.refusal) = (State::Refused, Some(Refusal::Duplicate));
    let back: Pending = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
    assert_eq!(back.refusal, Some(Refusal::Duplicate));
    // Kept before the reason was kept: refused, with no reason.
    let mut old = serde_json::to_value(&p).unwrap();
    old.as_object_mut().unwrap().remove("refusal");
    let old: Pending = serde_json::from_value(old).unwrap();
    assert_eq!((old.state, old.refusal), (State::Refused, None));
    p.rebase_on_newest();
    assert_eq!((p.state, p.refusal), (State::Waiting, None));
}

#[test]
fn every_kind_of_write_reads_back_as_it_was_stored() {
    let a = aftale();
    let doc = |v: serde_json::Value| Doc::of(&v);
    let id = Uuid::from_u128(7);
    let all = vec![
        Pending::new(&a, status(AftaleStatus::Done, "Søgt hos Netto")).write,
        Pending::new(&a, comment("Jeg ringer i morgen")).write,
        Write::Prep { meeting: id, base_version: 3, base_notes: "før".into(), notes: "nu".into() },
        Write::JobGoal { id: None, base_version: 0, input: doc(serde_json::json!({"title": "Kantine"})) },
        Write::JobGoal { id: Some(id), base_version: 2, input: doc(serde_json::json!({"title": "Lager"})) },
        Write::Week { id: Some(id), base_version: 1, input: doc(serde_json::json!({"hours": 7.5})) },
        Write::Rehearsal { input: doc(serde_json::json!({"ready": 3})) },
        Write::Script { base_version: 4, input: doc(serde_json::json!({"cards": []})) },
        Write::Canvas {
            base_version: 5,
            base: doc(serde_json::json!({"points": []})),
            changes: vec![doc(serde_json::json!({"add": "a"})), doc(serde_json::json!({"remove": "b"}))],
        },
        Write::Targeted { id, base_version: 6, input: doc(serde_json::json!({"name": "Til Netto"})) },
        Write::Proposal { input: doc(serde_json::json!({"text": "Flere timer"})) },
    ];
    for write in all {
        let text = serde_json::to_string(&write).unwrap();
        assert_eq!(serde_json::from_str::<Write>(&text).unwrap(), write, "{text}");
        // Through a `Value` too (as the tests above, and any code that edits an entry as JSON, read it).
        assert_eq!(serde_json::from_value::<Write>(serde_json::from_str(&text).unwrap()).unwrap(), write);
    }
}

#[test]
fn a_write_that_is_not_whole_does_not_read() {
    for bad in [
        r#"{}"#,
        r#"{"Week":{"input":{"hours":1}}}"#,
        r#"{"Nope":{"input":{}}}"#,
        r#"{"Proposal":{"input":{}},"Rehearsal":{"input":{}}}"#,
        r#"{"Prep":{"meeting":"00000000-0000-0000-0000-000000000007","base_version":1,"notes":"x"}}"#,
        r#"{"Targeted":{"id":null,"base_version":1,"input":{}}}"#,
        r#"{"Aftale":{"aftale":"00000000-0000-0000-0000-000000000007","base_version":1,"base":{"x":1},"change":{}}}"#,
        r#"["Proposal",{"input":{}}]"#,
        r#"{"Proposal":{"input":{},"input":{"text":"x"}}}"#,
    ] {
        assert!(serde_json::from_str::<Write>(bad).is_err(), "{bad}");
    }
}

/// A week write as the check-in makes it: `id` None from the weekly form, Some when correcting; week `week` of
/// 2026, job `job`.
fn week(name: &str, id: Option<Uuid>, week: u8, job: u8, hours: f64) -> Pending {
    let input = serde_json::json!({ "week": { "year": 2026, "week": week }, "job_no": job, "hours": hours });
    let mut p =
        Pending::of(name.into(), format!("Uge {week}"), Write::Week { id, base_version: 1, input: Doc::of(&input) });
    p.about = Some(format!("2026-W{week:02}/{job}"));
    p
}

/// `p` as the device keeps it and reads it back.
fn kept_and_read(p: &Pending) -> Option<Pending> {
    serde_json::to_string(p).ok().and_then(|text| serde_json::from_str(&text).ok())
}

fn stuck(mut p: Pending, state: State) -> Pending {
    (p.state, p.refusal) = (state, (state == State::Refused).then_some(Refusal::Duplicate));
    p
}

#[test]
fn a_week_refused_from_the_weekly_form_is_moot_once_that_week_is_saved_from_its_own_page() {
    let noted = Uuid::from_u128(47);
    let refused = stuck(week("week/new", None, 47, 1, 8.0), State::Refused);
    let disputed = stuck(week("week/2026-W47/1", Some(noted), 47, 1, 7.0), State::Conflict);
    let other_week = stuck(week("week/new", None, 46, 1, 8.0), State::Refused);
    let other_job = stuck(week("week/new", None, 47, 2, 8.0), State::Refused);
    let waiting = week("week/new", None, 47, 1, 9.0);
    let outbox = vec![refused.clone(), disputed.clone(), other_week, other_job.clone(), waiting];
    // The correction that landed: week 47 of job 1.
    let landed = week("week/2026-W47/1", Some(noted), 47, 1, 7.5);
    assert_eq!(moot(&outbox, &landed), vec![refused.id, disputed.id]);
    // The same the other way round: saved from the weekly form, moot on the week's page.
    let landed = week("week/new", None, 47, 1, 7.5);
    assert_eq!(moot(&outbox, &landed), vec![refused.id, disputed.id]);
    // Another week's write is never moot, nor another job's.
    assert!(moot(&outbox, &week("week/2026-W45/1", Some(Uuid::from_u128(45)), 45, 1, 2.0)).is_empty());
    assert_eq!(moot(&outbox, &week("week/new", None, 47, 2, 1.0)), vec![other_job.id]);
    // Kept on the device with it.
    assert_eq!(kept_and_read(&refused), Some(refused.clone()));
    // A week kept by the version before, without `about`, stays until removed by hand (or its own id lands).
    let mut old = refused.clone();
    old.about = None;
    assert!(moot(&[old.clone()], &landed).is_empty());
    assert_eq!(kept_and_read(&old).map(|p| p.about), Some(None));
}

#[test]
fn only_stuck_writes_of_the_same_whole_document_are_moot() {
    let id = Uuid::from_u128(9);
    let goal_doc = |t: &str| Doc::of(&serde_json::json!({ "title": t }));
    let jobgoal = |id| Write::JobGoal { id, base_version: 1, input: goal_doc("Kantine") };
    let targeted = |id| Write::Targeted { id, base_version: 1, input: goal_doc("Til Netto") };
    let script = Write::Script { base_version: 1, input: Doc::of(&serde_json::json!({ "cards": [] })) };
    let a = aftale();
    let point = |p: &str| crate::domain::abc::Change::Add(crate::domain::abc::Column::Market, vec![p.into()]);
    for (stuck_write, landed_write, is_moot) in [
        (jobgoal(Some(id)), jobgoal(Some(id)), true),
        (jobgoal(Some(id)), jobgoal(Some(Uuid::from_u128(10))), false),
        // Two new jobmål are two documents, even from the same form.
        (jobgoal(None), jobgoal(None), false),
        (targeted(id), targeted(id), true),
        (targeted(id), targeted(Uuid::nil()), false),
        (script.clone(), script.clone(), true),
        (prep("før").write, prep("nu").write, true),
        // Not whole: a refused status change says something a later comment does not.
        (Pending::new(&a, status(AftaleStatus::Done, "")).write, Pending::new(&a, comment("Hej")).write, false),
        (canvas(point("Lager")).write, canvas(point("Kantine")).write, false),
        (goal("Først"), goal("Først"), false),
        (script.clone(), jobgoal(Some(id)), false),
    ] {
        for state in [State::Refused, State::Conflict] {
            let outbox = vec![stuck(Pending::of("x".into(), "X".into(), stuck_write.clone()), state)];
            let landed = Pending::of("y".into(), "Y".into(), landed_write.clone());
            assert_eq!(moot(&outbox, &landed).len(), usize::from(is_moot), "{stuck_write:?} / {landed_write:?}");
        }
        // A write that waits still has something to send, whatever lands.
        let outbox = vec![Pending::of("x".into(), "X".into(), stuck_write.clone())];
        assert!(moot(&outbox, &Pending::of("y".into(), "Y".into(), landed_write.clone())).is_empty());
    }
}

#[test]
fn what_the_device_kept_goes_first_but_never_brings_back_a_write_that_left_this_tab() {
    let (sent, given_up, waiting, mine) = (prep("Sendt"), prep("Opgivet"), prep("Venter"), prep("Ny"));
    let mut list = vec![mine.clone()];
    // The device still had `sent` and `given_up` when it was read, but this tab sent the one and dropped the
    // other meanwhile.
    let mut left = Left::default();
    left.landed(&sent);
    left.dropped([given_up.id]);
    assert!(take_in(&mut list, vec![sent.clone(), given_up.clone(), waiting.clone()], &left));
    assert_eq!(list.iter().map(|p| p.id).collect::<Vec<_>>(), vec![waiting.id, mine.id]);
    // A second read of the same copy adds nothing.
    assert!(!take_in(&mut list, vec![sent, given_up, waiting], &left));
    assert_eq!(list.len(), 2);
}

#[test]
fn a_refusal_read_from_the_device_after_a_write_made_it_moot_stays_out() {
    let mut refused = prep("Afvist");
    refused.state = State::Refused;
    // The borger wrote the same meeting's notes again and they landed before the device was read.
    let mut left = Left::default();
    left.landed(&prep("Rettet"));
    let mut list = Vec::new();
    assert!(!take_in(&mut list, vec![refused.clone()], &left));
    assert!(list.is_empty());
    // Without that write it is listed, for the borger to see.
    assert!(take_in(&mut list, vec![refused], &Left::default()));
}
