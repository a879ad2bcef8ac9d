//! A period as CVs write it: from month + year, to month + year, or "nu" while it is still going on.

use super::fields::MonthYear;
use crate::i18n::cv::CvMsg as M;
use crate::i18n::use_i18n;
use contract::common::{Period, YearMonth};
use leptos::prelude::*;

/// A period that has not been filled in yet: no month, no year (the item waits until it is).
pub fn blank() -> Period {
    Period { from: YearMonth { year: 0, month: 0 }, to: Some(YearMonth { year: 0, month: 0 }) }
}

/// From, to and "it is still going on".
#[component]
pub fn PeriodField(
    /// Ids start with this.
    id: String,
    /// The period.
    #[prop(into)]
    value: Signal<Option<Period>>,
    /// Called with the changed period.
    on_change: Callback<Period>,
    /// The problem path prefix of this period ("work.2.period").
    #[prop(into)]
    path: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let current = move || value.get_untracked().unwrap_or_else(blank);
    // Memos: a change to "til" leaves the "fra" fields alone.
    let from = Memo::new(move |_| value.get().map(|p| (p.from.month, p.from.year)).unwrap_or((0, 0)));
    let to = Memo::new(move |_| value.get().and_then(|p| p.to).map(|t| (t.month, t.year)).unwrap_or((0, 0)));
    let ongoing = Memo::new(move |_| value.get().is_some_and(|p| p.to.is_none()));
    // The last "til" typed, so unticking "nu" brings it back.
    let last_to = StoredValue::new(current().to);
    let set_from =
        Callback::new(move |(month, year)| on_change.run(Period { from: YearMonth { year, month }, ..current() }));
    let set_to = Callback::new(move |(month, year)| {
        let to = Some(YearMonth { year, month });
        last_to.set_value(to);
        on_change.run(Period { to, ..current() });
    });
    let toggle = move |ev| {
        let now = event_target_checked(&ev);
        let to = if now { None } else { last_to.get_value().or(Some(YearMonth { year: 0, month: 0 })) };
        on_change.run(Period { to, ..current() });
    };
    let sub = move |end: &'static str| Memo::new(move |_| path.get().map(|p| format!("{p}.{end}")));
    let check_id = format!("{id}-ongoing");
    view! {
        <div class="app-period">
            <MonthYear id=format!("{id}-from") legend=M::From value=from on_change=set_from path=sub("from") />
            <div class="form-group-checkbox app-check-row">
                <input class="form-checkbox" type="checkbox" id=check_id.clone() prop:checked=ongoing on:change=toggle />
                <label class="form-label" for=check_id>{i18n.t(M::Ongoing)}</label>
            </div>
            <Show when=move || !ongoing.get()>
                <MonthYear id=format!("{id}-to") legend=M::To value=to on_change=set_to path=sub("to") />
            </Show>
        </div>
    }
}
