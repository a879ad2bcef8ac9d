//! Demo CVs, jobmål and Mette's rehearsal log.

use super::{ALI, JONAS, METTE, SOFIE, Seeder, item_id};
use crate::store::kind;
use contract::common::{Period, YearMonth};
use contract::cv::{
    CompetenceItem, CompetenceKind, Cv, CvContent, EducationItem, LanguageItem, LanguageLevel, TextItem, WorkItem,
};
use contract::jobgoal::{Author, JobGoal, JobGoalInput, JobGoalStatus};
use contract::rehearsal::{Rehearsal, RehearsalInput};
use uuid::Uuid;

fn ym(year: i32, month: u8) -> YearMonth {
    YearMonth { year, month }
}

fn texts(borger: Uuid, base: u16, lines: &[&str]) -> Vec<TextItem> {
    lines
        .iter()
        .enumerate()
        .map(|(i, t)| TextItem { id: item_id(borger, base + i as u16), text: (*t).into() })
        .collect()
}

fn job(id: Uuid, title: &str, employer: &str, from: YearMonth, to: Option<YearMonth>, tasks: &[&str]) -> WorkItem {
    WorkItem {
        id,
        title: title.into(),
        employer: employer.into(),
        period: Period { from, to },
        tasks: tasks.iter().map(|t| (*t).into()).collect(),
        responsibility: String::new(),
        short_text: String::new(),
        long_text: String::new(),
    }
}

fn mette_cv() -> CvContent {
    let m = METTE;
    CvContent {
        // Faglig profil is left empty on purpose: the persona's CV is about 70 % done.
        seeking: texts(m, 100, &["Receptionist", "Kontorassistent", "Kundeservicemedarbejder"]),
        work: vec![
            job(
                item_id(m, 110),
                "Kontorassistent",
                "Dansk Fragt A/S",
                ym(2006, 8),
                Some(ym(2020, 3)),
                &[
                    "Fakturering og bogføring af fragtbreve",
                    "Telefonbetjening af kunder og vognmænd",
                    "Planlægning af chaufførernes ruter sammen med disponenten",
                ],
            ),
            // The old job whose tasks are still missing (one of Mette's aftaler).
            job(item_id(m, 111), "Receptionist", "Viborg Tandlægecenter", ym(2001, 2), Some(ym(2006, 7)), &[]),
        ],
        education: vec![EducationItem {
            id: item_id(m, 120),
            title: "Kontoruddannelse (HK)".into(),
            institution: "Mercantec, Viborg".into(),
            period: Period { from: ym(1997, 8), to: Some(ym(1999, 6)) },
            completed: true,
            short_text: String::new(),
            long_text: String::new(),
        }],
        languages: vec![
            LanguageItem {
                id: item_id(m, 130),
                language: "Dansk".into(),
                spoken: LanguageLevel::Native,
                written: LanguageLevel::Native,
            },
            LanguageItem {
                id: item_id(m, 131),
                language: "Engelsk".into(),
                spoken: LanguageLevel::Good,
                written: LanguageLevel::Good,
            },
        ],
        competences: vec![
            CompetenceItem {
                id: item_id(m, 140),
                kind: CompetenceKind::Professional,
                title: "Fakturering i Navision".into(),
            },
            CompetenceItem { id: item_id(m, 141), kind: CompetenceKind::Transferable, title: "Kundekontakt".into() },
            CompetenceItem { id: item_id(m, 142), kind: CompetenceKind::Transferable, title: "Planlægning".into() },
        ],
        qualities: texts(m, 150, &["Rolig og grundig", "God til at holde styr på mange opgaver"]),
        works_for_me: texts(
            m,
            160,
            &["Arbejde om formiddagen", "Pause hver time", "Rolig arbejdsplads uden høje lyde"],
        ),
        ..CvContent::default()
    }
}

fn sofie_cv() -> CvContent {
    let s = SOFIE;
    CvContent {
        profile: "Kommunikationsmedarbejder med bachelor i kommunikation og fem års erfaring med tekster til web, \
                  nyhedsbreve og sociale medier. Jeg skriver klart og kort og arbejder bedst i en fast ugentlig rytme."
            .into(),
        seeking: texts(s, 100, &["Kommunikationsmedarbejder", "Tekstforfatter på deltid"]),
        work: vec![job(
            item_id(s, 110),
            "Kommunikationsmedarbejder",
            "Midtjysk Boligselskab",
            ym(2018, 9),
            Some(ym(2024, 1)),
            &["Nyhedsbrev til 4.000 lejere hver måned", "Tekster til hjemmeside og Facebook"],
        )],
        works_for_me: texts(s, 160, &["Hjemmearbejde nogle dage", "Fast ugentlig rytme", "Ingen deadlines samme dag"]),
        ..CvContent::default()
    }
}

fn goal(borger: Uuid, n: u16, track: &str, title: &str, why: &str, tasks: &[&str], conditions: &[&str]) -> JobGoal {
    let created = time::OffsetDateTime::now_utc() - time::Duration::days(20);
    JobGoal {
        id: item_id(borger, n),
        version: 1,
        author: Author::Borger,
        created_at: created,
        updated_at: created,
        content: JobGoalInput {
            track: track.into(),
            title: title.into(),
            why_me: why.into(),
            competence_ids: vec![],
            demand: String::new(),
            tasks: tasks.iter().map(|t| (*t).into()).collect(),
            conditions: conditions.iter().map(|t| (*t).into()).collect(),
            development: String::new(),
            what_it_takes: String::new(),
            sector: String::new(),
            status: JobGoalStatus::Active,
        },
    }
}

fn goals() -> Vec<(Uuid, JobGoal)> {
    let mette_h = ["Arbejde om formiddagen", "Pause hver time", "Rolig arbejdsplads uden høje lyde"];
    let jonas_h = ["Ingen tunge løft", "Skiftende stillinger", "Højst 3 timer ad gangen"];
    let ali_h = ["Korte vagter", "Mulighed for at sidde ned ved pauser"];
    let sofie_h = ["Hjemmearbejde delvist", "Fast ugentlig rytme", "Ingen deadlines samme dag"];
    vec![
        (
            METTE,
            goal(
                METTE,
                200,
                "A",
                "Receptionist / kontorassistent på deltid (formiddag)",
                "14 års erfaring med kunder i telefonen og på kontoret.",
                &["Tage imod gæster", "Besvare telefon", "Fakturering"],
                &mette_h,
            ),
        ),
        (
            METTE,
            goal(
                METTE,
                201,
                "B",
                "Kundeservice på telefon",
                "Jeg er vant til at hjælpe kunder og vognmænd i telefonen.",
                &["Besvare opkald", "Registrere henvendelser"],
                &mette_h,
            ),
        ),
        (
            METTE,
            goal(
                METTE,
                202,
                "C",
                "Administrativ medarbejder i skoleadministration",
                "",
                &["Post og journalisering"],
                &mette_h,
            ),
        ),
        (
            JONAS,
            goal(
                JONAS,
                200,
                "A",
                "Pladsmand / oprydning og logistik på byggeplads",
                "Jeg kender byggepladsen indefra efter 12 år som tømrer.",
                &["Modtage materialer", "Holde orden på pladsen"],
                &jonas_h,
            ),
        ),
        (
            JONAS,
            goal(
                JONAS,
                201,
                "B",
                "Lagermedarbejder – plukning af småvarer",
                "",
                &["Plukke ordrer", "Scanne varer"],
                &jonas_h,
            ),
        ),
        (
            JONAS,
            goal(
                JONAS,
                202,
                "C",
                "Værktøjsudlejning – kundeskranke",
                "Jeg kan rådgive om værktøj.",
                &["Rådgive kunder", "Udlevere værktøj"],
                &jonas_h,
            ),
        ),
        (
            ALI,
            goal(
                ALI,
                200,
                "A",
                "Rengøring i kontorbygning, aften",
                "Jeg er vant til faste rutiner og at arbejde selvstændigt.",
                &["Rengøring af kontorer"],
                &ali_h,
            ),
        ),
        (ALI, goal(ALI, 201, "B", "Opvasker i restaurant, weekend", "", &["Opvask", "Klargøring"], &ali_h)),
        (
            SOFIE,
            goal(
                SOFIE,
                200,
                "A",
                "Kommunikationsmedarbejder – tekstopgaver på deltid",
                "Bachelor i kommunikation og fem års erfaring med tekster.",
                &["Skrive nyhedsbreve", "Webtekster"],
                &sofie_h,
            ),
        ),
        (SOFIE, goal(SOFIE, 201, "B", "SoMe-assistent i lokal virksomhed", "", &["Planlægge opslag"], &sofie_h)),
        (SOFIE, goal(SOFIE, 202, "C", "Korrekturlæser", "", &["Korrekturlæsning"], &sofie_h)),
    ]
}

/// CVs, jobmål and rehearsals.
pub async fn seed(s: &mut Seeder) -> Result<(), sqlx::Error> {
    let updated = Some(s.at(-6));
    for (borger, content) in [(METTE, mette_cv()), (SOFIE, sofie_cv())] {
        let cv = Cv { version: 1, updated_at: updated, content };
        s.put(borger, kind::CV, borger, &cv, false, false).await?;
    }
    for (borger, g) in goals() {
        s.put(borger, kind::JOBGOAL, g.id, &g, false, false).await?;
    }
    for (n, days, questions, rating) in [(300u16, -9i64, vec!["q3"], 2u8), (301, -2, vec!["q3", "q5"], 3)] {
        let r = Rehearsal {
            id: item_id(METTE, n),
            version: 1,
            content: RehearsalInput {
                practised_at: s.at(days),
                question_ids: questions.into_iter().map(String::from).collect(),
                duration_secs: 240,
                self_rating: Some(rating),
                note: String::new(),
                flag_for_meeting: n == 301,
            },
        };
        s.put(METTE, kind::REHEARSAL, r.id, &r, false, false).await?;
    }
    Ok(())
}
