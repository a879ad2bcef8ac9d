//! Binds one field of one item to the draft: the value read through the lens, every change written back.

use super::fields::{Choice, CvText, MonthYear};
use super::lens::{Entry, Lens};
use super::lines::LineList;
use super::period::PeriodField;
use crate::domain::phrases::PhraseKind;
use crate::i18n::cv::CvMsg as M;
use crate::store::cv::use_cv;
use contract::common::{Period, YearMonth};
use leptos::prelude::*;
use uuid::Uuid;

fn dom_id<T>(lens: Lens<T>, id: Uuid, field: &str) -> String {
    format!("cv-{}-{id}-{field}", lens.section.slug())
}

/// A text of an item.
#[allow(clippy::too_many_arguments)]
pub fn text<T: Entry>(
    lens: Lens<T>,
    id: Uuid,
    field: &'static str,
    label: M,
    hint: Option<M>,
    limit: usize,
    rows: u8,
    get: fn(&T) -> &String,
    set: fn(&mut T) -> &mut String,
) -> impl IntoView {
    let store = use_cv();
    let value = Signal::derive(move || lens.read(store, id, |t| get(t).clone()).unwrap_or_default());
    let on_input = Callback::new(move |s: String| lens.write(store, id, |t| *set(t) = s));
    let path = Signal::derive(move || lens.path(store, id, field));
    match hint {
        Some(h) => view! { <CvText id=dom_id(lens, id, field) label=label hint=h value=value on_input=on_input path=path limit=limit rows=rows /> }.into_any(),
        None => view! { <CvText id=dom_id(lens, id, field) label=label value=value on_input=on_input path=path limit=limit rows=rows /> }.into_any(),
    }
}

/// The period of an item.
pub fn period<T: Entry>(lens: Lens<T>, id: Uuid, get: fn(&T) -> Period, set: fn(&mut T, Period)) -> impl IntoView {
    let store = use_cv();
    let value = Signal::derive(move || lens.read(store, id, get));
    let on_change = Callback::new(move |p| lens.write(store, id, |t| set(t, p)));
    let path = Signal::derive(move || lens.path(store, id, "period"));
    view! { <PeriodField id=dom_id(lens, id, "period") value=value on_change=on_change path=path /> }
}

/// An optional month of an item (a course's date, a certificate's expiry): empty year means none.
pub fn month<T: Entry>(
    lens: Lens<T>,
    id: Uuid,
    field: &'static str,
    legend: M,
    get: fn(&T) -> Option<YearMonth>,
    set: fn(&mut T, Option<YearMonth>),
) -> impl IntoView {
    let store = use_cv();
    let value =
        Signal::derive(move || lens.read(store, id, get).flatten().map(|m| (m.month, m.year)).unwrap_or((0, 0)));
    let on_change = Callback::new(move |(month, year): (u8, i32)| {
        let ym = (month != 0 || year != 0).then_some(YearMonth { year, month });
        lens.write(store, id, |t| set(t, ym));
    });
    let path = Signal::derive(move || lens.path(store, id, field));
    view! { <MonthYear id=dom_id(lens, id, field) legend=legend value=value on_change=on_change path=path /> }
}

/// The task lines of an item.
pub fn lines<T: Entry>(
    lens: Lens<T>,
    id: Uuid,
    get: fn(&T) -> &Vec<String>,
    set: fn(&mut T) -> &mut Vec<String>,
    kinds: &'static [PhraseKind],
) -> impl IntoView {
    let store = use_cv();
    let value = Signal::derive(move || lens.read(store, id, |t| get(t).clone()).unwrap_or_default());
    let on_change = Callback::new(move |l: Vec<String>| lens.write(store, id, |t| *set(t) = l));
    view! { <LineList id=dom_id(lens, id, "tasks") legend=M::Tasks hint=M::TasksHint value=value on_change=on_change kinds=kinds /> }
}

/// A choice of an item.
pub fn choice<T: Entry, C: Copy + PartialEq + Send + Sync + 'static>(
    lens: Lens<T>,
    id: Uuid,
    field: &'static str,
    label: M,
    options: Vec<(C, M)>,
    get: fn(&T) -> C,
    set: fn(&mut T, C),
) -> impl IntoView {
    let store = use_cv();
    let value = Signal::derive(move || lens.read(store, id, get));
    let on_change = Callback::new(move |c| lens.write(store, id, |t| set(t, c)));
    view! { <Choice id=dom_id(lens, id, field) label=label options=options value=value on_change=on_change /> }
}
