//! /min-udvikling/uge/:id — one logged week, opened from the table, to correct or delete it.

use crate::api::{self, ApiError};
use crate::components::alert::{Alert, Level};
use crate::components::page::PageHeading;
use crate::i18n::progression::ProgressionMsg as P;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

/// /min-udvikling/uge/:id
#[component]
pub fn WeekPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.get().get("id").and_then(|s| Uuid::parse_str(&s).ok());
    let reload = RwSignal::new(0u32);
    let notice = RwSignal::new(None::<P>);
    let data = LocalResource::new(move || {
        reload.get();
        api::progression::get()
    });
    let saved = move |m: P| {
        notice.set(Some(m));
        reload.update(|n| *n += 1);
    };
    view! {
        <p><A href="/min-udvikling" attr:class="back-link">{i18n.t(P::ShareBack)}</A></p>
        <PageHeading title=P::EditWeekTitle />
        <super::Notice notice=notice />
        <Suspense fallback=move || view! { <p class="app-muted">{i18n.t(Msg::Loading)}</p> }>
            {move || data.get().map(|r| {
                let found = r.map(|p| {
                    let entry = id().and_then(|id| p.weeks.iter().find(|e| e.id == id).cloned());
                    (entry, p)
                });
                match found {
                    Ok((Some(e), p)) => view! {
                        <super::checkin::CheckIn weeks=p.weeks jobs=p.jobs on_saved=saved
                            start=(e.content.week, e.content.job_no) />
                    }.into_any(),
                    // Just deleted: the notice says so, and the back link leads on.
                    Ok((None, _)) if notice.get_untracked() == Some(P::WeekDeleted) => ().into_any(),
                    Ok((None, _)) => view! { <Alert level=Level::Error msg=ApiError::NotFound.message() /> }.into_any(),
                    Err(e) => view! { <Alert level=Level::Error msg=e.message() /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
