//! Every JSON fixture in `fixtures/` round-trips through its DTO unchanged, and its input part validates.

use contract::Problem;
use contract::Validate;
use contract::cv::{Cv, TargetedCv};
use contract::jobgoal::JobGoal;
use contract::plan::{Aftale, Meeting, Plan};
use contract::progression::{Fleksjob, Progression, ProgressionGoal, WeekEntry};
use contract::rehearsal::Rehearsal;
use contract::session::Session;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(format!("{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Deserialises the fixture, serialises it again and compares the JSON values.
fn round_trip<T: DeserializeOwned + Serialize>(name: &str) -> T {
    let original = fixture(name);
    let typed: T = serde_json::from_value(original.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(serde_json::to_value(&typed).unwrap(), original, "{name} changed in the round trip");
    typed
}

fn valid(name: &str, mut input: impl Validate) {
    assert_eq!(input.validate(), Ok(()), "{name}'s input does not validate");
}

#[test]
fn every_fixture_round_trips_and_its_input_validates() {
    round_trip::<Session>("session");
    valid("cv", round_trip::<Cv>("cv").content);
    valid("targeted_cv", round_trip::<TargetedCv>("targeted_cv").content);
    valid("jobgoal", round_trip::<JobGoal>("jobgoal").content);
    valid("rehearsal", round_trip::<Rehearsal>("rehearsal").content);
    let plan = round_trip::<Plan>("plan");
    for a in plan.aftaler {
        valid("plan.aftaler", a.content);
    }
    valid("aftale", round_trip::<Aftale>("aftale").content);
    valid("meeting", round_trip::<Meeting>("meeting").content);
    let progression = round_trip::<Progression>("progression");
    for w in progression.weeks {
        valid("progression.weeks", w.content);
    }
    valid("week_entry", round_trip::<WeekEntry>("week_entry").content);
    valid("progression_goal", round_trip::<ProgressionGoal>("progression_goal").content);
    valid("fleksjob", round_trip::<Fleksjob>("fleksjob").content);
    round_trip::<Problem>("problem");
}
