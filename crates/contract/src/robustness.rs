//! Robustness checks for every JSON body of the contract, shared by the proptest in the normal suite
//! (`tests/robustness.rs`) and the cargo-fuzz targets (`fuzz/`), so both test the same list.
//!
//! For any bytes: decoding never panics; a body that decodes encodes again, and that encoding decodes to the
//! same value (floats within rounding); a request body that validates still validates after that round trip,
//! and validating is idempotent, so what a backend stored is accepted when it comes back.

use crate::Validate;
use crate::cv::{Cv, CvContent, TargetedCv, TargetedCvInput};
use crate::jobgoal::{AbcCanvas, AbcCanvasInput, JobGoal, JobGoalInput};
use crate::plan::{Aftale, AftaleInput, AftaleUpdate, Meeting, MeetingInput, MeetingPrep, Plan, SeenInput};
use crate::problem::Problem;
use crate::progression::{
    Fleksjob, FleksjobInput, Progression, ProgressionGoal, ProgressionGoalAdminInput, ProgressionGoalInput, WeekEntry,
    WeekEntryInput,
};
use crate::rehearsal::{Rehearsal, RehearsalInput, TalkingScript, TalkingScriptInput};
use crate::session::{DemoBorger, DemoLogin, DeviceKey, Session};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A check of one body type: `Ok(true)` decoded and held, `Ok(false)` rejected cleanly, `Err` a broken rule.
type Check = fn(&[u8]) -> Result<bool, String>;

macro_rules! bodies {
    (plain: [$($r:ty),* $(,)?], validated: [$($i:ty),* $(,)?]) => {
        /// The name of every body type: responses, problem+json and the demo login first, then the request
        /// bodies a backend validates.
        pub const KINDS: &[&str] = &[$(stringify!($r)),*, $(stringify!($i)),*];
        const CHECKS: &[Check] = &[$(response::<$r>),*, $(request::<$i>),*];
    };
}

bodies!(
    plain: [
        Session, Vec<DemoBorger>, DeviceKey, Cv, TargetedCv, Vec<TargetedCv>, JobGoal, Vec<JobGoal>, AbcCanvas,
        Plan, Aftale, Meeting, Progression, WeekEntry, ProgressionGoal, Fleksjob, Rehearsal, Vec<Rehearsal>,
        TalkingScript, Problem, DemoLogin,
    ],
    validated: [
        CvContent, TargetedCvInput, JobGoalInput, AbcCanvasInput, AftaleInput, AftaleUpdate, MeetingInput,
        MeetingPrep, SeenInput, WeekEntryInput, ProgressionGoalInput, ProgressionGoalAdminInput, FleksjobInput,
        RehearsalInput, TalkingScriptInput,
    ]
);

/// Checks `bytes` as the body type `KINDS[kind]`.
pub fn check(kind: usize, bytes: &[u8]) -> Result<bool, String> {
    CHECKS[kind % CHECKS.len()](bytes).map_err(|e| format!("{}: {e}", KINDS[kind % KINDS.len()]))
}

/// Checks `bytes` as every body type; the number of types that accepted it, or the first broken rule.
pub fn check_all(bytes: &[u8]) -> Result<usize, String> {
    (0..CHECKS.len()).try_fold(0, |n, kind| Ok(n + usize::from(check(kind, bytes)?)))
}

fn response<T: DeserializeOwned + Serialize>(bytes: &[u8]) -> Result<bool, String> {
    let Ok(value) = serde_json::from_slice::<T>(bytes) else { return Ok(false) };
    round_trip(&value)?;
    Ok(true)
}

fn request<T: DeserializeOwned + Serialize + Validate>(bytes: &[u8]) -> Result<bool, String> {
    let Ok(mut value) = serde_json::from_slice::<T>(bytes) else { return Ok(false) };
    round_trip(&value)?;
    if value.validate().is_err() {
        return Ok(true);
    }
    let mut again: T = round_trip(&value)?;
    if let Err(e) = again.validate() {
        return Err(format!("valid, but invalid after encoding and decoding it again: {e:?}"));
    }
    if !same(&encode(&value)?, &encode(&again)?) {
        return Err("validating a valid body changed it again (normalisation is not idempotent)".into());
    }
    Ok(true)
}

fn encode<T: Serialize>(value: &T) -> Result<Value, String> {
    serde_json::to_value(value).map_err(|e| format!("decoded, but does not encode: {e}"))
}

/// Encodes `value` as JSON text, decodes that, and compares both as JSON.
fn round_trip<T: DeserializeOwned + Serialize>(value: &T) -> Result<T, String> {
    let text = serde_json::to_vec(value).map_err(|e| format!("decoded, but does not encode: {e}"))?;
    let again: T = serde_json::from_slice(&text)
        .map_err(|e| format!("its own encoding does not decode ({e}): {}", String::from_utf8_lossy(&text)))?;
    if !same(&encode(value)?, &encode(&again)?) {
        return Err(format!("changed in an encode/decode round trip: {}", String::from_utf8_lossy(&text)));
    }
    Ok(again)
}

/// JSON equality where numbers may differ in the last bits (serde_json parses floats best-effort).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => x == y || (x - y).abs() <= f64::EPSILON * 4.0 * x.abs().max(y.abs()),
            _ => x == y,
        },
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}
