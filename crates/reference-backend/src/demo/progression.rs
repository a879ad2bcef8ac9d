//! Demo progression: Hanne's and Ali's weekly logs, progressionsmål and fleksjobs.

use super::{ALI, HANNE, Seeder, item_id};
use crate::store::kind;
use contract::IsoWeek;
use contract::common::Actor;
use contract::progression::{
    EntrySource, Fleksjob, FleksjobInput, GoalArea, ProgressionGoal, ProgressionGoalInput, ProgressionStatus,
    WeekEntry, WeekEntryInput,
};
use uuid::Uuid;

fn week(id: Uuid, week: IsoWeek, hours: f64, pct: u8, source: EntrySource, note: &str, tasks: &str) -> WeekEntry {
    WeekEntry {
        id,
        version: 1,
        source,
        content: WeekEntryInput {
            week,
            job_no: 1,
            hours,
            effectiveness_pct: Some(pct),
            tasks_change: tasks.into(),
            conditions_change: String::new(),
            support_change: String::new(),
            note: note.into(),
        },
    }
}

fn goal(
    id: Uuid,
    area: GoalArea,
    description: &str,
    status: ProgressionStatus,
    agreed_with: &str,
    updated: time::OffsetDateTime,
) -> ProgressionGoal {
    ProgressionGoal {
        id,
        version: 1,
        content: ProgressionGoalInput {
            area,
            description: description.into(),
            try_next: String::new(),
            review_date: None,
            target_hours: None,
        },
        status,
        agreed_with: agreed_with.into(),
        created_by: Actor::Jobcenter,
        updated_at: updated,
    }
}

/// A goal about hours with the weekly hours it aims at.
fn with_target(mut g: ProgressionGoal, hours: f64) -> ProgressionGoal {
    g.content.target_hours = Some(hours);
    g
}

#[allow(clippy::too_many_arguments)] // one row of demo data, read best as one call
fn job(
    id: Uuid,
    employer: &str,
    contact: &str,
    start: time::Date,
    hours: f64,
    pct: u8,
    tasks: &[&str],
    conditions: &[&str],
    done: u8,
) -> Fleksjob {
    Fleksjob {
        id,
        version: 1,
        content: FleksjobInput {
            job_no: 1,
            employer: employer.into(),
            contact_person: contact.into(),
            start_date: start,
            weekly_hours: hours,
            effectiveness_pct: Some(pct),
            tasks: tasks.iter().map(|t| (*t).into()).collect(),
            conditions: conditions.iter().map(|t| (*t).into()).collect(),
            follow_ups_planned: 4,
            follow_ups_done: done,
        },
    }
}

/// Weekly logs, goals and fleksjobs.
pub async fn seed(s: &mut Seeder) -> Result<(), sqlx::Error> {
    // Hanne: an entry about every six weeks over seven months, 8 h at 70 % up to 10 h at 80 %.
    let hanne = [
        (-210, 8.0, 70, "Første uger. Salatbar og opvask går fint.", "Salatbar og opvask"),
        (-168, 8.0, 70, "Trætte ben sidst på ugen; fik en stol ved salatbaren.", ""),
        (-126, 8.5, 75, "Mere sikker i opgaverne.", ""),
        (-84, 9.0, 75, "Har prøvet at hjælpe med frokostservering en dag.", "Hjælper med frokostservering om fredagen"),
        (-42, 9.5, 80, "Det går godt med den faste rytme.", ""),
        (-7, 10.0, 80, "10 timer denne uge uden at være udmattet.", ""),
    ];
    for (i, (days, hours, pct, note, tasks)) in hanne.into_iter().enumerate() {
        let source = if i % 2 == 0 { EntrySource::Borger } else { EntrySource::EmployerTalk };
        let w = week(item_id(HANNE, 400 + i as u16), IsoWeek::of(s.at(days).date()), hours, pct, source, note, tasks);
        s.put(HANNE, kind::WEEK, w.id, &w, false, false).await?;
    }
    for (i, days) in [-28i64, -21, -14, -7].into_iter().enumerate() {
        let note = if i == 3 { "Butikschefen siger, der ikke er flere timer i butikken." } else { "" };
        let w =
            week(item_id(ALI, 400 + i as u16), IsoWeek::of(s.at(days).date()), 7.0, 75, EntrySource::Borger, note, "");
        s.put(ALI, kind::WEEK, w.id, &w, false, false).await?;
    }
    let agreed = "Birgitte (køkkenchef) og Lars (jobformidler)";
    let goals = [
        (
            HANNE,
            goal(
                item_id(HANNE, 500),
                GoalArea::Tasks,
                "Prøve at tage frokostservering to dage om ugen",
                ProgressionStatus::Trying,
                agreed,
                s.at(-40),
            ),
        ),
        (
            HANNE,
            goal(
                item_id(HANNE, 501),
                GoalArea::Conditions,
                "Flytte mødetid til kl. 9",
                ProgressionStatus::Agreed,
                agreed,
                s.at(-40),
            ),
        ),
        (
            HANNE,
            with_target(
                goal(
                    item_id(HANNE, 502),
                    GoalArea::Hours,
                    "Gå op på 12 timer om ugen, når frokostserveringen kører",
                    ProgressionStatus::Agreed,
                    agreed,
                    s.at(-40),
                ),
                12.0,
            ),
        ),
        (
            ALI,
            goal(
                item_id(ALI, 500),
                GoalArea::Retention,
                "Fastholde de 7 timer i butikken og finde job nummer 2",
                ProgressionStatus::Agreed,
                "Henrik (butikschef) og Pia (virksomhedskonsulent)",
                s.at(-14),
            ),
        ),
    ];
    for (borger, g) in goals {
        s.put(borger, kind::GOAL, g.id, &g, true, false).await?;
    }
    let hanne_job = job(
        item_id(HANNE, 600),
        "Kantinen i Viborg Rådhus",
        "Birgitte Nørgaard (køkkenchef)",
        s.at(-213).date(),
        10.0,
        80,
        &["Anrette salatbar", "Opvask", "Frokostservering om fredagen"],
        &["Mulighed for at sidde ned", "Mødetid kl. 9"],
        3,
    );
    let ali_job = job(
        item_id(ALI, 600),
        "SuperBrugsen Viborg",
        "Henrik Dam (butikschef)",
        s.at(-300).date(),
        7.0,
        75,
        &["Vareopfyldning tidlig morgen", "Tjek af datovarer"],
        &["Korte vagter", "Mulighed for at sidde ned ved pauser"],
        4,
    );
    for (borger, j) in [(HANNE, hanne_job), (ALI, ali_job)] {
        s.put(borger, kind::FLEKSJOB, j.id, &j, true, false).await?;
    }
    Ok(())
}
