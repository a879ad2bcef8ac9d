//! DKFDS-shaped pieces shared by the pages.

pub mod alert;
pub mod conflict;
pub mod download;
pub mod focus;
pub mod footer;
pub mod form;
pub mod header;
pub mod icon;
pub mod later;
pub mod page;
pub mod save_status;
pub mod session_timeout;
pub mod update;
