//! Binds one field of one item to the draft: the value read through the item's memo (so it changes only when
//! this field does), every change written back.

use super::fields::{Choice, CvText, MonthYear};
use super::lens::{Entry, Watched};
use super::lines::LineList;
use super::period::PeriodField;
use crate::domain::phrases::PhraseKind;
use crate::i18n::cv::CvMsg as M;
use crate::store::cv::use_cv;
use contract::common::{Period, YearMonth};
use leptos::prelude::*;

/// A text of an item.
#[allow(clippy::too_many_arguments)]
pub fn text<T: Entry>(
    w: Watched<T>,
    field: &'static str,
    label: M,
    hint: Option<M>,
    limit: usize,
    rows: u8,
    get: fn(&T) -> &String,
    set: fn(&mut T) -> &mut String,
) -> impl IntoView {
    let store = use_cv();
    let item = w.item;
    let value = Memo::new(move |_| item.with(|t| t.as_ref().map(|t| get(t).clone()).unwrap_or_default()));
    let on_input = Callback::new(move |s: String| w.write(store, |t| *set(t) = s));
    let path = w.path(field);
    match hint {
        Some(h) => view! { <CvText id=w.dom(field) label=label hint=h value=value on_input=on_input path=path limit=limit rows=rows /> }.into_any(),
        None => view! { <CvText id=w.dom(field) label=label value=value on_input=on_input path=path limit=limit rows=rows /> }.into_any(),
    }
}

/// The period of an item.
pub fn period<T: Entry>(w: Watched<T>, get: fn(&T) -> Period, set: fn(&mut T, Period)) -> impl IntoView {
    let store = use_cv();
    let value = w.select(get);
    let on_change = Callback::new(move |p| w.write(store, |t| set(t, p)));
    view! { <PeriodField id=w.dom("period") value=value on_change=on_change path=w.path("period") /> }
}

/// An optional month of an item (a course's date, a certificate's expiry): empty year means none.
pub fn month<T: Entry>(
    w: Watched<T>,
    field: &'static str,
    legend: M,
    get: fn(&T) -> Option<YearMonth>,
    set: fn(&mut T, Option<YearMonth>),
) -> impl IntoView {
    let store = use_cv();
    let month = w.select(get);
    let value = Memo::new(move |_| month.get().flatten().map(|m| (m.month, m.year)).unwrap_or((0, 0)));
    let on_change = Callback::new(move |(month, year): (u8, i32)| {
        let ym = (month != 0 || year != 0).then_some(YearMonth { year, month });
        w.write(store, |t| set(t, ym));
    });
    view! { <MonthYear id=w.dom(field) legend=legend value=value on_change=on_change path=w.path(field) /> }
}

/// The task lines of an item.
pub fn lines<T: Entry>(
    w: Watched<T>,
    get: fn(&T) -> &Vec<String>,
    set: fn(&mut T) -> &mut Vec<String>,
    kinds: &'static [PhraseKind],
) -> impl IntoView {
    let store = use_cv();
    let item = w.item;
    let value = Memo::new(move |_| item.with(|t| t.as_ref().map(|t| get(t).clone()).unwrap_or_default()));
    let on_change = Callback::new(move |l: Vec<String>| {
        // Typing changes one line; adding, moving or deleting lines moves the problems (reported by place),
        // so the draft is checked at once.
        let typed = item.with_untracked(|t| {
            t.as_ref().is_some_and(|t| {
                let old = get(t);
                old.len() == l.len() && old.iter().zip(&l).filter(|(a, b)| a != b).count() <= 1
            })
        });
        w.write(store, |t| *set(t) = l);
        if !typed {
            store.check_now();
        }
    });
    view! { <LineList id=w.dom("tasks") legend=M::Tasks hint=M::TasksHint value=value on_change=on_change kinds=kinds /> }
}

/// A choice of an item.
pub fn choice<T: Entry, C: Copy + PartialEq + Send + Sync + 'static>(
    w: Watched<T>,
    field: &'static str,
    label: M,
    options: Vec<(C, M)>,
    get: fn(&T) -> C,
    set: fn(&mut T, C),
) -> impl IntoView {
    let store = use_cv();
    let value = w.select(get);
    let on_change = Callback::new(move |c| w.write(store, |t| set(t, c)));
    view! { <Choice id=w.dom(field) label=label options=options value=value on_change=on_change /> }
}
