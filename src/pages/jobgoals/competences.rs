//! "Hvorfor passer det til mig": tick competences from the brutto CV for a jobmål. The ids are the CV's own
//! competence item ids, so renaming a competence in the CV shows the new name here.

use crate::api;
use crate::i18n::jobgoals::JobGoalMsg as M;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::components::A;
use uuid::Uuid;

/// Checkboxes for the CV's competences; `picked` holds the ticked ids.
#[component]
pub fn CompetencePicker(picked: RwSignal<Vec<Uuid>>) -> impl IntoView {
    let i18n = use_i18n();
    let cv = LocalResource::new(api::cv::get);
    let href = crate::domain::routes::cv_section(contract::cv::CvSection::Competences);
    view! {
        <div class="form-group">
            <fieldset aria-describedby="goal-competences-hint">
                <legend class="form-label">{i18n.t(M::Competences)}</legend>
                <span class="form-hint" id="goal-competences-hint">{i18n.t(M::CompetencesHint)}</span>
                <Transition>
                    {move || cv.get().map(|r| {
                        let list = r.map(|v| v.value.content.competences).unwrap_or_default();
                        if list.is_empty() {
                            return view! { <p><A href=href.clone()>{i18n.t(M::CompetencesNone)}</A></p> }.into_any();
                        }
                        list.into_iter().map(|c| {
                            let id = c.id;
                            let dom = format!("goal-competence-{id}");
                            view! {
                                <div class="form-group-checkbox">
                                    <input type="checkbox" class="form-checkbox" id=dom.clone()
                                        prop:checked=move || picked.with(|p| p.contains(&id))
                                        on:change=move |ev| picked.update(|p| {
                                            p.retain(|x| *x != id);
                                            if event_target_checked(&ev) { p.push(id); }
                                        }) />
                                    <label class="form-label" for=dom>{c.title}</label>
                                </div>
                            }
                        }).collect_view().into_any()
                    })}
                </Transition>
            </fieldset>
        </div>
    }
}
