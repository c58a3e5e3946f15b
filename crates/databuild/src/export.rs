//! CSV exports of the built dataset.

use std::io::Write;
use std::path::Path;

use careerlens_engine::model::{Index, IndexOccupation};

use crate::error::{Error, Result};

/// Header of `export scores`.
pub const SCORES_HEADER: [&str; 11] = [
    "esco_uri",
    "slug",
    "title",
    "isco_group",
    "job_zone",
    "ai_exposure",
    "resilience",
    "analytical_ai",
    "generative_ai",
    "workflow_automation",
    "physical_automation",
];

/// Header of `export occupations`.
pub const OCCUPATIONS_HEADER: [&str; 8] = [
    "esco_uri",
    "slug",
    "title",
    "isco_group",
    "category",
    "n_essential",
    "n_optional",
    "onet_codes",
];

/// Reads `index.json` from a built dataset directory.
pub fn read_index(data: &Path) -> Result<Index> {
    let path = data.join("index.json");
    let name = path.display().to_string();
    let bytes =
        std::fs::read(&path).map_err(|e| Error::file(&name, format!("cannot read: {e}")))?;
    serde_json::from_slice(&bytes).map_err(|e| Error {
        column: Some(e.column()),
        ..Error::at_line(&name, e.line() as u64, format!("invalid index: {e}"))
    })
}

fn num(v: Option<f32>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn scores_row(o: &IndexOccupation) -> Vec<String> {
    let s = o.scores.as_ref();
    vec![
        o.esco_uri(),
        o.slug.clone(),
        o.title.clone(),
        o.isco.clone(),
        num(o.job_zone),
        num(s.and_then(|s| s.ai_exposure)),
        num(s.and_then(|s| s.resilience)),
        num(s.and_then(|s| s.analytical_ai)),
        num(s.and_then(|s| s.generative_ai)),
        num(s.and_then(|s| s.workflow_automation)),
        num(s.and_then(|s| s.physical_automation)),
    ]
}

fn occupations_row(o: &IndexOccupation) -> Vec<String> {
    vec![
        o.esco_uri(),
        o.slug.clone(),
        o.title.clone(),
        o.isco.clone(),
        o.category.clone(),
        o.essential.len().to_string(),
        o.optional.len().to_string(),
        o.onet.join(";"),
    ]
}

/// Which export to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// One row per occupation with its scores (empty until scores are computed).
    Scores,
    /// One row per occupation with its classification and mapping.
    Occupations,
}

/// Writes the chosen export of `index` as CSV to `out`. A reader that stops early (`| head`)
/// is not an error.
pub fn export(index: &Index, which: Export, out: impl Write) -> Result<()> {
    match write_csv(index, which, out) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::file("<stdout>", format!("cannot write: {e}"))),
        Ok(()) => Ok(()),
    }
}

/// The I/O error inside a csv error, so a broken pipe stays recognisable.
fn io_error(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

fn write_csv(index: &Index, which: Export, out: impl Write) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    match which {
        Export::Scores => w.write_record(SCORES_HEADER).map_err(io_error)?,
        Export::Occupations => w.write_record(OCCUPATIONS_HEADER).map_err(io_error)?,
    }
    for o in &index.occupations {
        let row = match which {
            Export::Scores => scores_row(o),
            Export::Occupations => occupations_row(o),
        };
        w.write_record(&row).map_err(io_error)?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that has gone away, like `head` after its lines.
    struct ClosedPipe;

    impl Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
    }

    #[test]
    fn closed_pipe_is_not_an_error() {
        let index: Index = serde_json::from_str(
            r#"{"schema_version":1,"riasec":[],"work_styles":[],"work_values":[],
            "isco_groups":{},"categories":[],"occupations":{"id":[],"slug":[],"title":[],
            "alt":[],"isco":[],"cat":[],"ess":[],"opt":[],"onet":[],"ri":[],"ws":[],"wv":[],
            "jz":[]}}"#,
        )
        .unwrap();
        assert_eq!(export(&index, Export::Scores, ClosedPipe), Ok(()));
    }
}
