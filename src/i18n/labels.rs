//! Texts for the contract's enums (owners, statuses, meeting kinds, history entries).

use super::Msg;
use contract::common::Actor;
use contract::plan::{AftaleStatus, ChangeKind, MeetingKind, Owner};

/// The heading of an owner's group in Min plan.
pub fn owner_group(o: Owner) -> Msg {
    match o {
        Owner::Borger => Msg::OwnerBorger,
        Owner::Jobformidler => Msg::OwnerJobformidler,
        Owner::Virksomhed => Msg::OwnerVirksomhed,
        Owner::Faelles => Msg::OwnerFaelles,
    }
}

/// Who does an aftale, as a short answer.
pub fn who(o: Owner) -> Msg {
    match o {
        Owner::Borger => Msg::WhoBorger,
        Owner::Jobformidler => Msg::WhoJobformidler,
        Owner::Virksomhed => Msg::WhoVirksomhed,
        Owner::Faelles => Msg::WhoFaelles,
    }
}

/// An aftale's status.
pub fn status(s: AftaleStatus) -> Msg {
    match s {
        AftaleStatus::Agreed => Msg::StatusAgreed,
        AftaleStatus::InProgress => Msg::StatusInProgress,
        AftaleStatus::Done => Msg::StatusDone,
        AftaleStatus::NotDone => Msg::StatusNotDone,
    }
}

/// A meeting's kind.
pub fn meeting_kind(k: MeetingKind) -> Msg {
    match k {
        MeetingKind::Jobsamtale => Msg::KindJobsamtale,
        MeetingKind::Formoede => Msg::KindFormoede,
        MeetingKind::Rehabiliteringsmoede => Msg::KindRehab,
        MeetingKind::OpfoelgningVirksomhed => Msg::KindOpfoelgning,
        MeetingKind::Progressionssamtale => Msg::KindProgression,
        MeetingKind::Gruppeforloeb => Msg::KindGruppe,
    }
}

/// Who made a change.
pub fn actor(a: Actor) -> Msg {
    match a {
        Actor::Borger => Msg::ByYou,
        Actor::Jobcenter => Msg::ByJobcenter,
    }
}

/// What a history entry records.
pub fn change(c: ChangeKind) -> Msg {
    match c {
        ChangeKind::Created => Msg::ChangeCreated,
        ChangeKind::Changed => Msg::ChangeChanged,
        ChangeKind::StatusChanged => Msg::ChangeStatus,
        ChangeKind::Commented => Msg::ChangeComment,
    }
}
