//! Mit CV (read here by "Klar til mødet"; the CV editor builds on it).

use super::client::{self, Versioned};
use super::error::ApiError;
use contract::cv::Cv;

/// The brutto CV with its ETag.
pub async fn get() -> Result<Versioned<Cv>, ApiError> {
    client::get_versioned("/api/v1/cv").await
}
