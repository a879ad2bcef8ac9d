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

/// The form as typed, for the copy on the device (`store::draft`): the line fields as raw text, so a
/// half-typed line comes back exactly as it was.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Typed {
    pub fields: [String; 9],
    pub status: JobGoalStatus,
    pub competence_ids: Vec<Uuid>,
}

impl Draft {
    /// What is typed now (tracked: an effect re-runs on every edit).
    pub fn typed(&self, competence_ids: &RwSignal<Vec<Uuid>>) -> Typed {
        Typed {
            fields: self.text_fields().map(|s| s.get()),
            status: self.status.get(),
            competence_ids: competence_ids.get(),
        }
    }

    /// What is typed now, read once.
    pub fn typed_untracked(&self, competence_ids: &RwSignal<Vec<Uuid>>) -> Typed {
        untrack(|| self.typed(competence_ids))
    }

    /// Puts a saved version in the form (the borger chose "Brug den nye").
    pub fn fill_from(&self, input: &JobGoalInput, competence_ids: &RwSignal<Vec<Uuid>>) {
        let i = input.clone();
        let fields = [
            i.track,
            i.title,
            i.why_me,
            i.demand,
            i.tasks.join("\n"),
            i.conditions.join("\n"),
            i.development,
            i.what_it_takes,
            i.sector,
        ];
        self.fill(Typed { fields, status: i.status, competence_ids: i.competence_ids }, competence_ids);
    }

    /// Puts a kept copy back in the form.
    pub fn fill(&self, typed: Typed, competence_ids: &RwSignal<Vec<Uuid>>) {
        for (signal, text) in self.text_fields().into_iter().zip(typed.fields) {
            signal.set(text);
        }
        self.status.set(typed.status);
        competence_ids.set(typed.competence_ids);
    }

    fn text_fields(&self) -> [RwSignal<String>; 9] {
        [
            self.track,
            self.title,
            self.why_me,
            self.demand,
            self.tasks,
            self.conditions,
            self.development,
            self.what_it_takes,
            self.sector,
        ]
    }
}
