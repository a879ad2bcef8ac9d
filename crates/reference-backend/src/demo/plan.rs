//! Demo aftaler and meetings (Min plan), exactly those of domain.md §5.3, dated relative to today.

use super::{ALI, HANNE, JONAS, METTE, SOFIE, Seeder, item_id};
use crate::store::kind;
use contract::common::Actor;
use contract::plan::{
    Aftale, AftaleInput, AftaleKind, AftaleStatus, Change, ChangeKind, Meeting, MeetingInput, MeetingKind, Owner,
    Participant,
};
use contract::session::ContactForm;
use time::{Duration, OffsetDateTime, Time};
use uuid::Uuid;

const IF_NOT: &str = "Hvis du ikke kan nå det, så ring eller skriv til Lars, så finder I en ny dato sammen. \
                      Det får ingen betydning for din ydelse, at en aftale bliver flyttet.";

/// (borger, n, title, owner, kind, due in days, frequency, agreed, changed by the jobcenter lately)
type Row = (Uuid, u16, &'static str, Owner, AftaleKind, Option<i64>, &'static str, bool, bool);

fn rows() -> Vec<Row> {
    use AftaleKind::*;
    use Owner::*;
    vec![
        (METTE, 1, "Udfyld arbejdsopgaver for job hos Dansk Fragt", Borger, Cv, Some(7), "", true, true),
        (METTE, 2, "Skriv 3 jobmål i egne ord", Borger, Other, Some(10), "", true, false),
        (
            METTE,
            3,
            "Tag kontakt til tidligere kollega om mulige deltidsopgaver",
            Borger,
            JobSearch,
            None,
            "",
            false,
            false,
        ),
        (
            METTE,
            4,
            "Undersøg efterspørgsel på receptionister lokalt",
            Jobformidler,
            JobSearch,
            Some(14),
            "",
            true,
            true,
        ),
        (
            JONAS,
            1,
            "Søg 2 konkrete jobs om ugen inden for A- eller B-spor",
            Borger,
            JobSearch,
            None,
            "hver uge",
            true,
            false,
        ),
        (JONAS, 2, "Opdater 'Jeg søger job som' med pladsmand og lager", Borger, Cv, Some(4), "", true, true),
        (JONAS, 3, "Kontakt 3 tømrerfirmaer om oprydningsopgaver", Jobformidler, JobSearch, Some(14), "", true, false),
        (JONAS, 4, "Deltag i CV-værksted torsdag kl. 10", Borger, Group, Some(5), "", true, false),
        (HANNE, 1, "Notér hvordan frokostservering går i 4 uger", Borger, Other, Some(28), "hver uge", true, false),
        (HANNE, 2, "Aftale prøveperiode på 11 timer", Faelles, Other, Some(21), "", false, true),
        (ALI, 1, "Søg 2 rengøringsjob om ugen", Borger, JobSearch, None, "hver uge", true, false),
        (
            ALI,
            2,
            "Jobformidler undersøger parallel virksomhedspraktik 4 timer hos rengøringsfirma",
            Jobformidler,
            Praktik,
            Some(21),
            "",
            true,
            true,
        ),
        (SOFIE, 1, "Lav brutto CV med alle tekstopgaver fra tidligere job", Borger, Cv, Some(14), "", true, false),
        (SOFIE, 2, "Deltag i workshop om præsentationsteknik", Borger, Group, Some(9), "", true, false),
        (
            SOFIE,
            3,
            "Jobformidler præsenterer 2 konkrete jobåbninger ved næste samtale",
            Jobformidler,
            JobSearch,
            Some(7),
            "",
            true,
            true,
        ),
    ]
}

/// A meeting time on `day` in Danish winter time, moved off the weekend (jobcentres meet on weekdays).
fn at_time(day: OffsetDateTime, hour: u8, minute: u8) -> OffsetDateTime {
    let cet = time::UtcOffset::from_hms(1, 0, 0).unwrap_or(time::UtcOffset::UTC);
    let local = day.to_offset(cet);
    let shift = match local.weekday() {
        time::Weekday::Saturday => 2,
        time::Weekday::Sunday => 1,
        _ => 0,
    };
    (local + Duration::days(shift)).replace_time(Time::from_hms(hour, minute, 0).unwrap_or(Time::MIDNIGHT))
}

fn person(name: &str, role: &str, helps_with: &str) -> Participant {
    Participant { name: name.into(), role: role.into(), helps_with: helps_with.into() }
}

fn meeting(
    id: Uuid,
    kind: MeetingKind,
    title: &str,
    starts_at: OffsetDateTime,
    form: ContactForm,
    people: Vec<Participant>,
    purpose: &str,
) -> Meeting {
    let place = if form == ContactForm::InPerson { "Jobcenter Viborg, Prinsens Allé 5, mødelokale 2" } else { "" };
    Meeting {
        id,
        version: 1,
        content: MeetingInput {
            kind,
            title: title.into(),
            starts_at,
            duration_minutes: if kind == MeetingKind::Rehabiliteringsmoede { 90 } else { 45 },
            contact_form: form,
            place: place.into(),
            phone: if form == ContactForm::Phone {
                "Lars ringer til dig på dit mobilnummer".into()
            } else {
                String::new()
            },
            participants: people,
            purpose: purpose.into(),
            summary: String::new(),
        },
        prep_notes: String::new(),
        updated_by: Actor::Jobcenter,
        updated_at: starts_at - Duration::days(14),
        unseen: false,
    }
}

/// The jobmål an aftale serves (jobmål A is `item_id(borger, 200)`, see demo/cv.rs).
fn goal_for(borger: Uuid, n: u16) -> Option<Uuid> {
    let serves_a = (borger == METTE && n == 4) || (borger == JONAS && n == 1) || (borger == ALI && n == 1);
    serves_a.then(|| item_id(borger, 200))
}

/// Aftaler and meetings.
pub async fn seed(s: &mut Seeder) -> Result<(), sqlx::Error> {
    for (borger, n, title, owner, kind, due, frequency, agreed, fresh) in rows() {
        let created = s.at(-20);
        let mut history = vec![Change { at: created, by: Actor::Jobcenter, what: ChangeKind::Created }];
        if fresh {
            history.push(Change { at: s.at(-1), by: Actor::Jobcenter, what: ChangeKind::Changed });
        }
        let a = Aftale {
            id: item_id(borger, n),
            version: 1,
            content: AftaleInput {
                title: title.into(),
                description: String::new(),
                owner,
                kind,
                due: due.map(|d| s.at(d).date()),
                frequency: frequency.into(),
                agreed,
                job_goal_id: goal_for(borger, n),
                if_not_possible: IF_NOT.into(),
            },
            status: if n == 1 && borger == JONAS { AftaleStatus::InProgress } else { AftaleStatus::Agreed },
            status_note: String::new(),
            borger_comment: String::new(),
            updated_by: Actor::Jobcenter,
            updated_at: history.last().map_or(created, |c| c.at),
            unseen: fresh,
            history,
        };
        s.put(borger, kind::AFTALE, a.id, &a, true, fresh).await?;
    }
    let lars = || person("Lars Holm", "Jobformidler", "Dine aftaler, jobsøgning og kontakt til virksomheder");
    let pia = || person("Pia Kristensen", "Virksomhedskonsulent", "Praktik og kontakt til arbejdsgivere");
    let meetings = vec![
        (
            METTE,
            meeting(
                item_id(METTE, 50),
                MeetingKind::Formoede,
                "Formøde før rehabiliteringsmødet",
                at_time(s.at(10), 9, 30),
                ContactForm::InPerson,
                vec![lars(), pia()],
                "Vi gennemgår dine jobmål og din fremlæggelse, så du er klar til rehabiliteringsmødet.",
            ),
        ),
        (
            METTE,
            meeting(
                item_id(METTE, 51),
                MeetingKind::Rehabiliteringsmoede,
                "Rehabiliteringsmøde",
                at_time(s.at(35), 10, 0),
                ContactForm::InPerson,
                vec![
                    lars(),
                    person("Anne Bach", "Sundhedskoordinator", "Spørgsmål om helbred og behandling"),
                    person("Karsten Friis", "Mødeleder", "Styrer mødet og sørger for, at du bliver hørt"),
                ],
                "Rehabiliteringsteamet hører dine ønsker og jobmål og giver en indstilling.",
            ),
        ),
        (
            JONAS,
            meeting(
                item_id(JONAS, 50),
                MeetingKind::Jobsamtale,
                "Jobsamtale",
                at_time(s.at(6), 10, 0),
                ContactForm::Phone,
                vec![lars()],
                "Opfølgning på jobsøgning og CV-værksted.",
            ),
        ),
        (
            JONAS,
            meeting(
                item_id(JONAS, 51),
                MeetingKind::Jobsamtale,
                "Jobsamtale",
                at_time(s.at(20), 10, 0),
                ContactForm::InPerson,
                vec![lars()],
                "Opfølgning på jobsøgning.",
            ),
        ),
        (
            HANNE,
            meeting(
                item_id(HANNE, 50),
                MeetingKind::Progressionssamtale,
                "Progressionssamtale",
                at_time(s.at(21), 13, 0),
                ContactForm::InPerson,
                vec![
                    lars(),
                    person("Birgitte Nørgaard", "Køkkenchef og kontaktperson", "Dine opgaver og mødetider i kantinen"),
                ],
                "Vi ser på timer, opgaver og progressionsmål sammen med din arbejdsgiver.",
            ),
        ),
        (
            ALI,
            meeting(
                item_id(ALI, 50),
                MeetingKind::OpfoelgningVirksomhed,
                "Opfølgning i butikken",
                at_time(s.at(12), 8, 30),
                ContactForm::InPerson,
                vec![pia(), person("Henrik Dam", "Butikschef", "Dine vagter og opgaver i butikken")],
                "Fastholdelse i job 1 og plan for job nummer 2.",
            ),
        ),
        (
            SOFIE,
            meeting(
                item_id(SOFIE, 50),
                MeetingKind::Jobsamtale,
                "Jobsamtale",
                at_time(s.at(7), 11, 0),
                ContactForm::Video,
                vec![lars()],
                "Lars præsenterer to jobåbninger.",
            ),
        ),
    ];
    for (borger, m) in meetings {
        s.put(borger, kind::MEETING, m.id, &m, true, false).await?;
    }
    Ok(())
}
