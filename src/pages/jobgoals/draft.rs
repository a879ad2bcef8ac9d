//! The jobmål form's state: one signal per field, and the contract input made from it.

use contract::jobgoal::{JobGoalInput, JobGoalStatus};
use leptos::prelude::*;
use uuid::Uuid;

/// The form's state: one signal per field.
#[derive(Clone, Copy)]
pub struct Draft {
    pub track: RwSignal<String>,
    pub title: RwSignal<String>,
    pub why_me: RwSignal<String>,
    pub demand: RwSignal<String>,
    pub tasks: RwSignal<String>,
    pub conditions: RwSignal<String>,
    pub development: RwSignal<String>,
    pub what_it_takes: RwSignal<String>,
    pub sector: RwSignal<String>,
    pub status: RwSignal<JobGoalStatus>,
}

impl Draft {
    pub fn from(input: &JobGoalInput) -> Self {
        Draft {
            track: RwSignal::new(input.track.clone()),
            title: RwSignal::new(input.title.clone()),
            why_me: RwSignal::new(input.why_me.clone()),
            demand: RwSignal::new(input.demand.clone()),
            tasks: RwSignal::new(input.tasks.join("\n")),
            conditions: RwSignal::new(input.conditions.join("\n")),
            development: RwSignal::new(input.development.clone()),
            what_it_takes: RwSignal::new(input.what_it_takes.clone()),
            sector: RwSignal::new(input.sector.clone()),
            status: RwSignal::new(input.status),
        }
    }

    pub fn input(&self, competence_ids: Vec<Uuid>) -> JobGoalInput {
        let lines = |s: String| s.lines().map(str::to_owned).collect();
        JobGoalInput {
            track: self.track.get_untracked(),
            title: self.title.get_untracked(),
            why_me: self.why_me.get_untracked(),
            competence_ids,
            demand: self.demand.get_untracked(),
            tasks: lines(self.tasks.get_untracked()),
            conditions: lines(self.conditions.get_untracked()),
            development: self.development.get_untracked(),
            what_it_takes: self.what_it_takes.get_untracked(),
            sector: self.sector.get_untracked(),
            status: self.status.get_untracked(),
        }
    }
}
