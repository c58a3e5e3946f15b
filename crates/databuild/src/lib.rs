//! Builds the dataset CareerLens ships (`public/data/`) from the raw ESCO and O*NET sources,
//! and exports it as CSV. The CLI in `main.rs` is a thin wrapper over [`build`], [`export`] and
//! [`assess`] (the assessment's item bank and the career fit of an answers file).

pub mod activities;
pub mod ai;
pub mod assess;
pub mod build;
mod crosswalk;
pub mod error;
pub mod esco;
pub mod export;
pub mod nesta;
mod occupations;
pub mod onet;
mod profile;
mod scoring;
pub mod site;
pub mod skills;
pub mod slug;
pub mod table;
pub mod validate;
pub mod write;

use std::path::Path;

pub use build::Report;
pub use error::{Error, Result};

/// Builds the dataset from `sources` into `out`, replacing what is there only on success.
/// Returns the build notes (counts, drops, coverage, sizes).
pub fn build(sources: &Path, out: &Path) -> Result<Report> {
    let mut report = Report::default();
    let data = build::assemble(sources, &mut report)?;
    write::write_dataset(out, &data, &mut report)?;
    Ok(report)
}
