//! The CV's form fields, bound straight to the draft: the DKFDS label/hint/error pattern, a character
//! counter before the limit is reached, and month + year inputs for periods.

use crate::components::form::ErrorMessage;
use crate::i18n::cv::CvMsg as M;
use crate::i18n::{Lang, Message, dates, field_error, use_i18n};
use crate::store::cv::use_cv;
use contract::FieldErrorCode;
use leptos::prelude::*;

/// The message to show next to the field at `path`, as of the last check of the draft (after a pause in
/// typing, on leaving a field, and when items are added, moved or removed; see `store::cv`): problems that
/// only mean "not finished" wait until the borger has left the field once; a text that is too long shows
/// with the next check, and the counter under the field says so at once.
pub fn problem_at(
    path: Signal<Option<String>>,
    touched: Signal<bool>,
) -> Signal<Option<(FieldErrorCode, Option<i64>)>> {
    let store = use_cv();
    Signal::derive(move || {
        let path = path.get()?;
        store.check.with(|c| {
            let e = c.as_ref()?.errors.iter().find(|e| e.field == path)?;
            let early = matches!(e.code, FieldErrorCode::TooLong | FieldErrorCode::ControlCharacters);
            (early || touched.get()).then_some((e.code, e.limit))
        })
    })
}

fn error_view(
    id: String,
    problem: Signal<Option<(FieldErrorCode, Option<i64>)>>,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    move || {
        problem.get().map(|(code, limit)| {
            view! {
                <ErrorMessage id=id.clone()>{move || field_error(code, limit, lang.get())}</ErrorMessage>
            }
        })
    }
}

/// A text field bound to the draft, with its limit told up front and counted near the end.
#[component]
pub fn CvText(
    /// The input's id.
    id: String,
    /// The label.
    label: M,
    /// A hint, if any.
    #[prop(optional)]
    hint: Option<M>,
    /// The value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    on_input: Callback<String>,
    /// The problem path of this field ("work.2.title"), if it has one.
    #[prop(into)]
    path: Signal<Option<String>>,
    /// The most characters allowed.
    limit: usize,
    /// Rows for a textarea; 0 makes a one-line input.
    #[prop(default = 0)]
    rows: u8,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    let touched = RwSignal::new(false);
    let problem = problem_at(path, touched.into());
    let leave = move |_| {
        store.check_now();
        touched.set(true);
    };
    let (hint_id, count_id, error_id) = (format!("{id}-hint"), format!("{id}-count"), format!("{id}-error"));
    let described = {
        let (hint_id, count_id, error_id) = (hint_id.clone(), count_id.clone(), error_id.clone());
        move || {
            let mut ids = vec![hint_id.clone(), count_id.clone()];
            if problem.get().is_some() {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        }
    };
    let used = move || value.with(|v| v.chars().count());
    let counter = move || {
        let used = used();
        let lang = i18n.lang.get();
        if used > limit {
            Some(crate::domain::text::fill(M::CharsOver.text(lang), Some((used - limit) as i64)))
        } else if used * 10 >= limit * 8 {
            Some(crate::domain::text::fill(M::CharsLeft.text(lang), Some((limit - used) as i64)))
        } else {
            None
        }
    };
    let input = move |ev| on_input.run(event_target_value(&ev));
    let invalid = move || problem.get().is_some().then_some("true");
    let field = if rows == 0 {
        view! {
            <input class="form-input" autocomplete="off" type="text" id=id.clone() aria-describedby=described.clone() aria-invalid=invalid
                prop:value=move || value.get() on:input=input on:blur=leave />
        }
        .into_any()
    } else {
        view! {
            <textarea class="form-input" autocomplete="off" id=id.clone() rows=rows aria-describedby=described aria-invalid=invalid
                prop:value=move || value.get() on:input=input on:blur=leave></textarea>
        }
        .into_any()
    };
    view! {
        <div class="form-group" class:form-error=move || problem.get().is_some()>
            <label class="form-label" for=id.clone()>{i18n.t(label)}</label>
            <span class="form-hint" id=hint_id>
                {hint.map(|h| view! { {i18n.t(h)} " " })}
                {move || crate::domain::text::fill(M::Limit.text(i18n.lang.get()), Some(limit as i64))}
            </span>
            {error_view(error_id, problem, i18n.lang)}
            {field}
            <p class="form-hint app-counter" id=count_id aria-live="polite">{counter}</p>
        </div>
    }
}

/// A month and a year, as one fieldset. The year is kept as typed until it reads as a year.
#[component]
pub fn MonthYear(
    /// Ids start with this.
    id: String,
    /// The legend ("Fra", "Til", "Hvornår").
    legend: M,
    /// The month (0 when not chosen) and year (0 when not readable).
    #[prop(into)]
    value: Signal<(u8, i32)>,
    /// Called with the new month and year.
    on_change: Callback<(u8, i32)>,
    /// The problem path of this month ("work.2.period.from").
    #[prop(into)]
    path: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_cv();
    let touched = RwSignal::new(false);
    let problem = problem_at(path, touched.into());
    let leave = move |_| {
        store.check_now();
        touched.set(true);
    };
    let initial = value.get_untracked().1;
    let year_text = RwSignal::new(if initial > 0 { initial.to_string() } else { String::new() });
    let (month_id, year_id, error_id) = (format!("{id}-month"), format!("{id}-year"), format!("{id}-error"));
    let set_month = move |ev| {
        let m = event_target_value(&ev).parse().unwrap_or(0);
        on_change.run((m, value.get_untracked().1));
    };
    let set_year = move |ev| {
        let typed = event_target_value(&ev);
        let y = crate::domain::cv::parse_year(&typed).unwrap_or(0);
        year_text.set(typed);
        on_change.run((value.get_untracked().0, y));
    };
    let described = {
        let error_id = error_id.clone();
        move || problem.get().is_some().then(|| error_id.clone())
    };
    view! {
        <fieldset class="app-month-year" class:form-error=move || problem.get().is_some()>
            <legend class="form-label">{i18n.t(legend)}</legend>
            {error_view(error_id, problem, i18n.lang)}
            <div class="app-month-year-row">
                <div class="form-group">
                    <label class="form-label" for=month_id.clone()>{i18n.t(M::Month)}</label>
                    <select class="form-select" id=month_id aria-describedby=described.clone()
                        on:change=set_month on:blur=leave>
                        <option value="0" selected=move || value.get().0 == 0>{i18n.t(M::NoMonth)}</option>
                        {(1..=12u8).map(|m| view! {
                            <option value=m.to_string() selected=move || value.get().0 == m>
                                {move || dates::month_name(m, i18n.lang.get())}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="form-group">
                    <label class="form-label" for=year_id.clone()>{i18n.t(M::Year)}</label>
                    <input class="form-input input-width-xs" type="text" inputmode="numeric" id=year_id
                        autocomplete="off" aria-describedby=described
                        prop:value=move || year_text.get() on:input=set_year on:blur=leave />
                </div>
            </div>
        </fieldset>
    }
}

/// A choice among a few values, as a DKFDS select.
#[component]
pub fn Choice<T: Copy + PartialEq + Send + Sync + 'static>(
    /// The select's id.
    id: String,
    /// The label.
    label: M,
    /// The values and their names.
    options: Vec<(T, M)>,
    /// The current value.
    #[prop(into)]
    value: Signal<Option<T>>,
    /// Called with the chosen value.
    on_change: Callback<T>,
) -> impl IntoView {
    let i18n = use_i18n();
    let opts = options.clone();
    let change = move |ev| {
        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
        if let Some((v, _)) = opts.get(i) {
            on_change.run(*v);
        }
    };
    view! {
        <div class="form-group">
            <label class="form-label" for=id.clone()>{i18n.t(label)}</label>
            <select class="form-select" id=id on:change=change>
                {options.into_iter().enumerate().map(|(i, (v, name))| view! {
                    <option value=i.to_string() selected=move || value.get() == Some(v)>{i18n.t(name)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
