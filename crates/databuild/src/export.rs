//! CSV exports of the built dataset.

use std::io::Write;
use std::path::Path;

use careerlens_engine::model::{Index, IndexOccupation, IndexPart};
use careerlens_engine::similarity::SimilarityIndex;

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

/// Reads the whole index from a built dataset directory: `index/core.json` and every other
/// part's file.
pub fn read_index(data: &Path) -> Result<Index> {
    Index::read_parts(&IndexPart::EXTRA, |part| {
        let path = data.join(part.file());
        std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    })
    .map_err(|message| Error::file(data.display().to_string(), message))
}

fn num(v: Option<f32>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// A 0-100 score with its one decimal, e.g. `54.0`.
fn score(v: Option<f32>) -> String {
    v.map(|v| format!("{v:.1}")).unwrap_or_default()
}

fn scores_row(o: &IndexOccupation) -> Vec<String> {
    let s = o.scores.as_ref();
    vec![
        o.esco_uri(),
        o.slug.clone(),
        o.title.clone(),
        o.isco.clone(),
        num(o.job_zone),
        score(s.and_then(|s| s.ai_exposure)),
        score(s.and_then(|s| s.resilience)),
        score(s.and_then(|s| s.analytical_ai)),
        score(s.and_then(|s| s.generative_ai)),
        score(s.and_then(|s| s.workflow_automation)),
        score(s.and_then(|s| s.physical_automation)),
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

/// Header of `export similar`.
pub const SIMILAR_HEADER: [&str; 4] = ["origin_uri", "rank", "target_uri", "score"];

/// Which export to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// One row per occupation with its scores (empty until scores are computed).
    Scores,
    /// One row per occupation with its classification and mapping.
    Occupations,
    /// The top `n` similar roles of every occupation: one row per (origin, rank), computed
    /// with the engine's [`SimilarityIndex`] exactly as the app computes them.
    Similar {
        /// Roles per occupation.
        top: usize,
    },
}

/// Writes the chosen export of `index` as CSV to `out`. A reader that stops early (`| head`)
/// is not an error.
pub fn export(index: &Index, which: Export, out: impl Write) -> Result<()> {
    finish_output(write_csv(index, which, out))
}

/// The outcome of writing CSV to stdout: a reader that stops early (`| head`) is not an error.
pub(crate) fn finish_output(written: std::io::Result<()>) -> Result<()> {
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::file("<stdout>", format!("cannot write: {e}"))),
        Ok(()) => Ok(()),
    }
}

/// The I/O error inside a csv error, so a broken pipe stays recognisable.
pub(crate) fn io_error(e: csv::Error) -> std::io::Error {
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
        Export::Similar { top } => {
            w.write_record(SIMILAR_HEADER).map_err(io_error)?;
            let uris: Vec<String> = index.occupations.iter().map(|o| o.esco_uri()).collect();
            let similarity = SimilarityIndex::build(&index.skill_profiles());
            for (origin, neighbours) in similarity.top_k_all(top).iter().enumerate() {
                for (rank, n) in neighbours.iter().enumerate() {
                    w.write_record([
                        uris[origin].as_str(),
                        &(rank + 1).to_string(),
                        &uris[n.occupation as usize],
                        &format!("{:.6}", n.similarity),
                    ])
                    .map_err(io_error)?;
                }
            }
            return w.flush();
        }
    }
    for o in &index.occupations {
        let row = match which {
            Export::Scores => scores_row(o),
            Export::Occupations | Export::Similar { .. } => occupations_row(o),
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
