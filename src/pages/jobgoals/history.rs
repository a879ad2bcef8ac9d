//! The practice history: how many times, which way "hvor klar føler du dig" has moved (a small line with a
//! list as its text alternative; no chart library), and the notes to bring up at the next meeting.

use crate::api::ApiError;
use crate::components::alert::{Alert, Level};
use crate::domain::rehearsal::history::{Direction, direction, flagged, polyline, trend};
use crate::i18n::rehearsal::RehearsalMsg as R;
use crate::i18n::{dates, use_i18n};
use contract::rehearsal::Rehearsal;
use leptos::prelude::*;

/// How many rounds the line shows.
const SHOWN: usize = 10;

/// The history under the drill.
#[component]
pub fn History(log: LocalResource<Result<Vec<Rehearsal>, ApiError>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="history-heading" class="app-practice-history">
            <h2 id="history-heading">{i18n.t(R::History)}</h2>
            <Transition>
                {move || log.get().map(|r| match r {
                    Ok(list) => view! { <Summary log=list /> }.into_any(),
                    Err(e) => view! { <Alert level=Level::Error msg=e.message() /> }.into_any(),
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Summary(log: Vec<Rehearsal>) -> impl IntoView {
    let i18n = use_i18n();
    let count = log.len();
    let points = trend(&log);
    let shown: Vec<_> = points[points.len().saturating_sub(SHOWN)..].to_vec();
    let line = polyline(&points, SHOWN, 200.0, 60.0);
    let dir = direction(&points);
    let counted = move || match count {
        0 => i18n.now(R::HistoryNone).to_owned(),
        1 => i18n.now(R::HistoryOnce).to_owned(),
        n => i18n.now(R::HistoryCount).replace("{n}", &n.to_string()),
    };
    let moved = match dir {
        Direction::TooFew => None,
        Direction::Up => Some(R::TrendUp),
        Direction::Steady => Some(R::TrendSteady),
        Direction::Down => Some(R::TrendDown),
    };
    view! {
        <p class="app-history-count">{counted}</p>
        {moved.map(|m| view! { <p>{i18n.t(m)}</p> })}
        {(!shown.is_empty()).then(|| view! {
            <figure class="app-trend">
                <figcaption id="trend-caption" class="h5">{i18n.t(R::TrendChart)}</figcaption>
                <svg class="app-trend-svg" viewBox="-6 -6 212 72" aria-hidden="true" focusable="false">
                    <line class="app-trend-grid" x1="0" y1="0" x2="200" y2="0" />
                    <line class="app-trend-grid" x1="0" y1="60" x2="200" y2="60" />
                    <polyline class="app-trend-line" points=line.clone() />
                    {line.split(' ').map(|p| {
                        let (x, y) = p.split_once(',').unwrap_or(("0", "0"));
                        view! { <circle class="app-trend-dot" cx=x.to_owned() cy=y.to_owned() r="3.5" /> }
                    }).collect_view()}
                </svg>
                <ol class="app-trend-list" aria-labelledby="trend-caption">
                    {shown.iter().map(|p| {
                        let (day, n) = (p.day, p.rating);
                        view! { <li>{move || i18n.now(R::TrendRow).replace("{date}", &dates::date(day, i18n.lang.get())).replace("{n}", &n.to_string())}</li> }
                    }).collect_view()}
                </ol>
            </figure>
        })}
        <Flagged log=log />
    }
}

/// The notes marked "tag det op på næste møde", newest first; also shown under Klar til mødet.
#[component]
pub fn Flagged(log: Vec<Rehearsal>) -> impl IntoView {
    let i18n = use_i18n();
    let notes: Vec<(time::Date, String)> = flagged(&log)
        .into_iter()
        .map(|r| (crate::domain::tz::in_copenhagen(r.content.practised_at).date(), r.content.note.trim().to_owned()))
        .collect();
    (!notes.is_empty()).then(|| {
        view! {
            <h3 class="h4">{i18n.t(R::FlaggedHeading)}</h3>
            <ul class="app-flagged">
                {notes.into_iter().map(|(day, note)| view! {
                    <li><span class="app-muted">{move || dates::date(day, i18n.lang.get())} ": "</span><span class="app-pre">{if note.is_empty() { i18n.t(R::FlaggedNoNote)().to_owned() } else { note }}</span></li>
                }).collect_view()}
            </ul>
        }
    })
}
