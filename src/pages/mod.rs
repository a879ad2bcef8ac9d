//! One module per page; feature folders take over as the areas are built.

pub mod cv;
pub mod home;
pub mod info;
pub mod jobgoals;
pub mod login;
pub mod logout;
pub mod not_found;
pub mod plan;
pub mod progression;
