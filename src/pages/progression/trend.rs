//! The trend: an SVG chart drawn in Rust (no chart library) of total hours per week, with a gentle 10-hour
//! line, the borger's own hours goal if one is agreed, and the 4-week average, plus the same numbers as a
//! table for screen readers and print.

use super::table::{WeekTable, rows};
use crate::domain::chart::{facts, time_ticks, week_offsets, x_of, y_max, y_of};
use crate::domain::progression::{format_hours, rolling_average, weekly_totals, within};
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{Lang, use_i18n};
use contract::IsoWeek;
use contract::progression::WeekEntry;
use leptos::prelude::*;

const W: f64 = 300.0;
const H: f64 = 150.0;
const LEFT: f64 = 30.0;
const TOP: f64 = 10.0;

/// The x of each week on the time axis.
fn xs(offsets: &[usize]) -> Vec<f64> {
    let n = offsets.last().map_or(1, |last| last + 1);
    offsets.iter().map(|o| LEFT + x_of(*o, n, W)).collect()
}

fn points(xs: &[f64], values: &[f64], max: f64) -> String {
    xs.iter().zip(values).map(|(x, v)| format!("{x:.1},{:.1}", TOP + y_of(*v, max, H))).collect::<Vec<_>>().join(" ")
}

/// The chart and table.
#[component]
pub fn Trend(
    /// Every logged week.
    weeks: Vec<WeekEntry>,
    /// The hours in an agreed progressionsmål about hours, if any.
    goal: Option<f64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let totals = weekly_totals(&weeks);
    let weeks = StoredValue::new(weeks);
    let range = RwSignal::new(Some(6u8));
    let shown = Memo::new(move |_| within(&totals, super::today(), range.get()));
    let ranges = [(Some(3u8), P::Range3), (Some(6), P::Range6), (None, P::RangeAll)];
    view! {
        <section aria-labelledby="trend">
            <h2 id="trend">{i18n.t(P::Trend)}</h2>
            <p>{i18n.t(P::TrendNote)}</p>
            <div class="app-range" role="group" aria-labelledby="trend">
                {ranges.into_iter().map(|(r, m)| view! {
                    <button type="button" class="button button-tertiary" aria-pressed=move || (range.get() == r).to_string()
                        on:click=move |_| range.set(r)>{i18n.t(m)}</button>
                }).collect_view()}
            </div>
            {move || {
                let data = shown.get();
                if data.is_empty() {
                    return view! { <p>{i18n.t(P::NoWeeks)}</p> }.into_any();
                }
                let rows = weeks.with_value(|w| rows(w, &data));
                view! { <Chart data=data goal=goal /> <WeekTable rows=rows links=true /> }.into_any()
            }}
        </section>
    }
}

/// The SVG itself, with its text alternative as the figure's caption.
#[component]
fn Chart(
    /// (week, total hours), oldest first; not empty.
    data: Vec<(IsoWeek, f64)>,
    /// The borger's hours goal, if any.
    goal: Option<f64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let values: Vec<f64> = data.iter().map(|(_, h)| *h).collect();
    let avg = rolling_average(&values, 4);
    let max = y_max(&values.iter().copied().chain(goal).collect::<Vec<_>>());
    let ten = TOP + y_of(10.0, max, H);
    let offsets = week_offsets(&data.iter().map(|(w, _)| *w).collect::<Vec<_>>());
    let ticks = time_ticks(&offsets, 8);
    let xs = xs(&offsets);
    let f = facts(&values);
    let (first, last) = (data.first().map(|(w, _)| *w), data.last().map(|(w, _)| *w));
    let summary = move || {
        let comma = i18n.lang.get() == Lang::Da;
        let h = |v: f64| format_hours(v, comma);
        let week = |w: Option<IsoWeek>| w.map(|w| format!("{} {} ({})", i18n.now(P::WeekLabel), w.week, w.year));
        let mut text = f.as_ref().map_or(String::new(), |f| {
            i18n.now(P::ChartSummary)
                .replace("{weeks}", &f.weeks.to_string())
                .replace("{from}", &week(first).unwrap_or_default())
                .replace("{to}", &week(last).unwrap_or_default())
                .replace("{latest}", &h(f.latest))
                .replace("{avg}", &h(f.average))
                .replace("{high}", &h(f.highest))
        });
        if let Some(g) = goal {
            text.push(' ');
            text.push_str(&i18n.now(P::ChartGoalSummary).replace("{n}", &h(g)));
        }
        text
    };
    view! {
        <figure class="app-chart">
            <svg viewBox="0 0 340 190" role="img" aria-labelledby="chart-summary" class="app-chart-svg" focusable="false">
                <line class="app-chart-axis" x1=LEFT y1=TOP + H x2=LEFT + W y2=TOP + H></line>
                <line class="app-chart-ten" x1=LEFT y1=ten x2=LEFT + W y2=ten></line>
                <text class="app-chart-label" x=LEFT - 4.0 y=ten + 4.0 text-anchor="end">"10"</text>
                {goal.map(|g| {
                    let y = TOP + y_of(g, max, H);
                    view! {
                        <line class="app-chart-goal" x1=LEFT y1=y x2=LEFT + W y2=y></line>
                        <text class="app-chart-label" x=LEFT - 4.0 y=y + 4.0 text-anchor="end">{move || format_hours(g, i18n.lang.get() == Lang::Da)}</text>
                    }
                })}
                <text class="app-chart-label" x=LEFT - 4.0 y=TOP + 4.0 text-anchor="end">{max.to_string()}</text>
                <text class="app-chart-label" x=LEFT - 4.0 y=TOP + H + 4.0 text-anchor="end">"0"</text>
                {ticks.into_iter().filter_map(|i| data.get(i).map(|(w, _)| (xs[i], *w))).map(|(x, w)| view! {
                    <text class="app-chart-label" x=x y=TOP + H + 18.0 text-anchor="middle">{w.week.to_string()}</text>
                }).collect_view()}
                <polyline class="app-chart-avg" points=points(&xs, &avg, max)></polyline>
                <polyline class="app-chart-line" points=points(&xs, &values, max)></polyline>
                {values.iter().zip(&xs).map(|(v, x)| view! {
                    <circle class="app-chart-dot" r="3" cx=*x cy=TOP + y_of(*v, max, H)></circle>
                }).collect_view()}
            </svg>
            <figcaption>
                <p id="chart-summary">{summary}</p>
                <p class="app-chart-keys" aria-hidden="true">
                    <span class="app-chart-key app-chart-key-line">{i18n.t(P::TableHours)}</span>
                    <span class="app-chart-key app-chart-key-avg">{i18n.t(P::Average)}</span>
                    <span class="app-chart-key app-chart-key-ten">{i18n.t(P::ChartTen)}</span>
                    {goal.is_some().then(|| view! { <span class="app-chart-key app-chart-key-goal">{i18n.t(P::ChartGoal)}</span> })}
                </p>
            </figcaption>
        </figure>
    }
}
