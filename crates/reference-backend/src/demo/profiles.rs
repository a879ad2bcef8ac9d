//! The demo borgere's profiles: kommune, jobformidler, phase.

use super::{ALI, HANNE, JONAS, METTE, SOFIE};
use contract::session::{BorgerProfile, BorgerStatus, Contact, ContactForm, Kommune, Phase};
use uuid::Uuid;

fn viborg() -> Kommune {
    Kommune {
        name: "Viborg Kommune".into(),
        jobcenter: "Jobcenter Viborg".into(),
        phone: "87 87 50 00".into(),
        email: "jobcenter@viborg.dk".into(),
        address: "Prinsens Allé 5, 8800 Viborg".into(),
        phone_hours: "Mandag–onsdag 9–15, torsdag 9–17, fredag 9–13".into(),
    }
}

fn contact(name: &str, role: &str, phone: &str, email: &str) -> Contact {
    Contact { name: name.into(), role: role.into(), phone: phone.into(), email: email.into() }
}

fn lars() -> Contact {
    contact("Lars Holm", "Jobformidler", "87 87 51 23", "laho@viborg.dk")
}

fn profile(
    id: Uuid,
    name: &str,
    phase: Phase,
    status: BorgerStatus,
    vk: Option<Contact>,
    form: ContactForm,
) -> BorgerProfile {
    // Fictional contact details on a reserved example domain.
    let email = format!(
        "{}@example.org",
        name.to_lowercase().replace(' ', ".").replace('ø', "oe").replace('æ', "ae").replace('å', "aa")
    );
    let phone = format!("20 00 00 {:02}", id.as_u128() % 100);
    BorgerProfile {
        id,
        name: name.into(),
        email,
        phone,
        kommune: viborg(),
        phase,
        status,
        jobformidler: lars(),
        virksomhedskonsulent: vk,
        preferred_contact: form,
    }
}

/// The five profiles with their one-line Danish summaries for the demo login.
pub fn all() -> Vec<(BorgerProfile, &'static str)> {
    let vk = contact("Pia Kristensen", "Virksomhedskonsulent", "87 87 51 45", "pikr@viborg.dk");
    let (prep, ly, fj) = (Phase::Preparation, Phase::Ledighedsydelse, Phase::Fleksjob);
    vec![
        (
            profile(
                METTE,
                "Mette Sørensen",
                prep,
                BorgerStatus::BeforeRehabMeeting,
                Some(vk.clone()),
                ContactForm::InPerson,
            ),
            "Fase 1, før rehabiliteringsmødet – tidligere kontorassistent",
        ),
        (
            profile(JONAS, "Jonas Madsen", ly, BorgerStatus::OnLedighedsydelse, None, ContactForm::Phone),
            "Fase 2, på ledighedsydelse i 3 måneder – uddannet tømrer",
        ),
        (
            profile(HANNE, "Hanne Jakobsen", fj, BorgerStatus::InFleksjob, Some(vk.clone()), ContactForm::InPerson),
            "Fase 3, i fleksjob i en kantine i 7 måneder",
        ),
        (
            profile(ALI, "Ali Hassan", fj, BorgerStatus::InFleksjob, Some(vk), ContactForm::InPerson),
            "Fase 3, i fleksjob i et supermarked og søger job nummer 2",
        ),
        (
            profile(SOFIE, "Sofie Lund", ly, BorgerStatus::OnLedighedsydelse, None, ContactForm::Video),
            "Fase 2, netop visiteret – bachelor i kommunikation",
        ),
    ]
}
