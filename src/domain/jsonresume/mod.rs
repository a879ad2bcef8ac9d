//! JSON Resume (jsonresume.org schema v1) export and import for the brutto CV.
//!
//! Export fills the standard sections for other tools and puts the whole CV in Fleksvej's own format under
//! the namespaced key `meta.x-fleksvej` (the v1 schema is closed at the top level), so a re-import is exact. Import reads that key when it is there and
//! valid, else maps the standard sections as well as it can. Nothing is ever overwritten: [`merge`] only
//! adds, and the borger sees a preview first. The mapping table is in README.

mod export;
pub mod import;
mod merge;

pub use export::export;
pub use import::import;
pub use merge::{MergeReport, merge};

use contract::cv::{CvContent, CvSection};

/// The extension key for Fleksvej's own format.
pub const EXTENSION: &str = "x-fleksvej";
/// The largest file read (1 MB).
pub const MAX_BYTES: usize = 1_000_000;

/// The borger's name and contact details for `basics`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contact {
    /// Name.
    pub name: String,
    /// E-mail.
    pub email: String,
    /// Phone.
    pub phone: String,
}

/// Why a file could not be read at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_BYTES`].
    TooLarge,
    /// Not JSON.
    NotJson,
    /// JSON, but without any JSON Resume section we know.
    NotResume,
}

/// Something that was left out or changed while reading; the rest was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportWarning {
    /// An entry without its name or title, in a section.
    NoTitle(CvSection),
    /// An entry whose start date could not be read.
    NoDate(CvSection),
    /// A text was cut to the limit.
    Cut(CvSection),
    /// An entry with characters or content that cannot be stored was left out.
    Unreadable(CvSection),
    /// `x-fleksvej` was there but could not be used; the standard sections were read instead.
    ExtensionIgnored,
}

/// What a file would add, for the borger to look at before anything changes.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    /// The CV read from the file (valid by the contract's rules).
    pub content: CvContent,
    /// Warnings, in the order found.
    pub warnings: Vec<ImportWarning>,
}

#[cfg(test)]
mod tests;
