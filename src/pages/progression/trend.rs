//! The trend: an SVG chart drawn in Rust (no chart library) of total hours per week, with a gentle 10-hour
//! line and the 4-week average, plus the same numbers as a table for screen readers and print.

use crate::domain::progression::{format_hours, rolling_average, weekly_totals, within, x_of, y_max, y_of};
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{Lang, use_i18n};
use contract::progression::WeekEntry;
use leptos::prelude::*;

const W: f64 = 300.0;
const H: f64 = 150.0;
const LEFT: f64 = 30.0;
const TOP: f64 = 10.0;

fn points(values: &[f64], max: f64) -> String {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{:.1},{:.1}", LEFT + x_of(i, values.len(), W), TOP + y_of(*v, max, H)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The chart and table.
#[component]
pub fn Trend(
    /// Every logged week.
    weeks: Vec<WeekEntry>,
) -> impl IntoView {
    let i18n = use_i18n();
    let totals = weekly_totals(&weeks);
    let range = RwSignal::new(Some(6u8));
    let shown = Memo::new(move |_| within(&totals, super::today(), range.get()));
    let ranges = [(Some(3u8), P::Range3), (Some(6), P::Range6), (None, P::RangeAll)];
    view! {
        <section aria-labelledby="trend">
            <h2 id="trend">{i18n.t(P::Trend)}</h2>
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
                let comma = i18n.lang.get() == Lang::Da;
                let values: Vec<f64> = data.iter().map(|(_, h)| *h).collect();
                let avg = rolling_average(&values, 4);
                let max = y_max(&values);
                let ten = TOP + y_of(10.0, max, H);
                let last = values.last().copied().unwrap_or(0.0);
                let summary = i18n.now(P::ChartSummary).replace("{n}", &format_hours(last, comma));
                let rows: Vec<_> = data.iter().zip(avg.iter()).rev().map(|((w, h), a)| (*w, *h, *a)).collect();
                view! {
                    <figure class="app-chart">
                        <svg viewBox="0 0 340 185" role="img" aria-labelledby="chart-summary" class="app-chart-svg">
                            <line class="app-chart-axis" x1=LEFT y1=TOP + H x2=LEFT + W y2=TOP + H></line>
                            <line class="app-chart-ten" x1=LEFT y1=ten x2=LEFT + W y2=ten></line>
                            <text class="app-chart-label" x=LEFT - 4.0 y=ten + 4.0 text-anchor="end">"10"</text>
                            <text class="app-chart-label" x=LEFT - 4.0 y=TOP + 4.0 text-anchor="end">{max.to_string()}</text>
                            <text class="app-chart-label" x=LEFT - 4.0 y=TOP + H + 4.0 text-anchor="end">"0"</text>
                            <polyline class="app-chart-avg" points=points(&avg, max)></polyline>
                            <polyline class="app-chart-line" points=points(&values, max)></polyline>
                            {values.iter().enumerate().map(|(i, v)| view! {
                                <circle class="app-chart-dot" r="3" cx=LEFT + x_of(i, values.len(), W) cy=TOP + y_of(*v, max, H)></circle>
                            }).collect_view()}
                        </svg>
                        <figcaption id="chart-summary">{summary}
                            <span class="app-chart-key app-chart-key-line">{i18n.t(P::TableHours)}</span>
                            <span class="app-chart-key app-chart-key-avg">{i18n.t(P::Average)}</span>
                            <span class="app-chart-key app-chart-key-ten">{i18n.t(P::ChartTen)}</span>
                        </figcaption>
                    </figure>
                    <WeekTable rows=rows />
                }.into_any()
            }}
        </section>
    }
}

/// The weeks as a table (newest first): week, total hours, 4-week average — for screen readers and print.
#[component]
pub fn WeekTable(
    /// (week, total hours, 4-week average), newest first.
    rows: Vec<(contract::IsoWeek, f64, f64)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let comma = move || i18n.lang.get() == Lang::Da;
    view! {
        <table class="table table--compact app-week-table">
            <thead><tr>
                <th scope="col">{i18n.t(P::TableWeek)}</th>
                <th scope="col">{i18n.t(P::TableHours)}</th>
                <th scope="col">{i18n.t(P::TableAverage)}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|(w, h, a)| view! {
                    <tr>
                        <td>{move || format!("{} {} ({})", i18n.now(P::WeekLabel), w.week, w.year)}</td>
                        <td>{move || format_hours(h, comma())}</td>
                        <td>{move || format_hours((a * 4.0).round() / 4.0, comma())}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
