//! The weeks as a table, newest first: the chart's equivalent for screen readers and print, and the overview
//! for the next talk. On Min udvikling each week links to its own page to be corrected.

use crate::domain::chart::quarter;
use crate::domain::progression::{format_hours, rolling_average};
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{Lang, use_i18n};
use contract::IsoWeek;
use contract::progression::WeekEntry;
use leptos::prelude::*;
use leptos_router::components::A;

/// One row of the week table.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekRow {
    /// The week.
    pub week: IsoWeek,
    /// Total hours across jobs.
    pub hours: f64,
    /// The 4-week average up to this week.
    pub average: f64,
    /// The entries behind the total, as (job nummer, id), for the "Ret" links.
    pub entries: Vec<(u8, uuid::Uuid)>,
}

/// The table rows for `weeks`, newest first, covering `shown` (oldest first) with averages over it.
pub fn rows(weeks: &[WeekEntry], shown: &[(IsoWeek, f64)]) -> Vec<WeekRow> {
    let values: Vec<f64> = shown.iter().map(|(_, h)| *h).collect();
    let avg = rolling_average(&values, 4);
    let entries = |w: IsoWeek| {
        let mut e: Vec<_> = weeks.iter().filter(|e| e.content.week == w).map(|e| (e.content.job_no, e.id)).collect();
        e.sort();
        e
    };
    shown
        .iter()
        .zip(avg)
        .rev()
        .map(|((w, h), a)| WeekRow { week: *w, hours: *h, average: a, entries: entries(*w) })
        .collect()
}

/// The weeks as a table (newest first): week, total hours, 4-week average — for screen readers and print.
#[component]
pub fn WeekTable(
    /// The rows, newest first.
    rows: Vec<WeekRow>,
    /// Whether each week gets a link to correct it (not on the printed overview).
    #[prop(default = false)]
    links: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let comma = move || i18n.lang.get() == Lang::Da;
    let several = rows.iter().any(|r| r.entries.len() > 1);
    // On a narrow screen the table scrolls inside its own box (a data table needs both directions, WCAG
    // 1.4.10); the box can be reached and scrolled with the keyboard.
    view! {
        <div class="app-table-scroll" tabindex="0" role="region" aria-label=move || i18n.now(P::TableCaption)>
        <table class="table table--compact app-week-table">
            <caption class="sr-only">{i18n.t(P::TableCaption)}</caption>
            <thead><tr>
                <th scope="col">{i18n.t(P::TableWeek)}</th>
                <th scope="col">{i18n.t(P::TableHours)}</th>
                <th scope="col">{i18n.t(P::TableAverage)}</th>
                {links.then(|| view! { <th scope="col" class="d-print-none">{i18n.t(P::TableEdit)}</th> })}
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|r| {
                    let w = r.week;
                    let name = move || format!("{} {} ({})", i18n.now(P::Week), w.week, w.year);
                    view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td>{move || format_hours(r.hours, comma())}</td>
                            <td>{move || format_hours(quarter(r.average), comma())}</td>
                            {links.then(|| view! {
                                <td class="d-print-none">{r.entries.iter().map(|(job, id)| {
                                    let job = *job;
                                    let rest = move || if several {
                                        format!(" {}, {} {}", name(), i18n.now(P::JobShort), job)
                                    } else {
                                        format!(" {}", name())
                                    };
                                    view! {
                                        <A href=format!("/min-udvikling/uge/{id}") attr:class="app-week-link">
                                            {i18n.t(P::EditWeek)}<span class="sr-only">{rest}</span>
                                        </A>
                                    }
                                }).collect_view()}</td>
                            })}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}
