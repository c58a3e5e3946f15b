//! The Career DNA assessment on the command line: the item bank as CSV (`items`), and the
//! career fit of an answers file against a built dataset (`fit`), ranked by the engine exactly
//! as the app ranks it.

use std::io::Write;
use std::path::Path;

use careerlens_engine::assessment::{Answers, BACKGROUND, ITEMS, UserProfile};
use careerlens_engine::fit;
use careerlens_engine::model::Index;

use crate::error::{Error, Result};
use crate::export::{finish_output, io_error};

/// Header of `items`.
pub const ITEMS_HEADER: [&str; 4] = ["id", "part", "scale", "text"];
/// Header of `fit`.
pub const FIT_HEADER: [&str; 4] = ["rank", "esco_uri", "title", "fit"];

/// Refuses a dataset whose interests, work styles or work values are not listed as the items
/// use them, since the fit compares them by position.
pub fn check_scales(index: &Index, data: &Path) -> Result<()> {
    fit::check_index_scales(index).map_err(|message| {
        Error::file(
            data.join(careerlens_engine::model::IndexPart::Core.file())
                .display()
                .to_string(),
            message,
        )
    })
}

/// Writes every item, the rated ones in the order asked and then the background questions.
pub fn write_items(out: impl Write) -> Result<()> {
    finish_output(items_csv(out))
}

fn items_csv(out: impl Write) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(ITEMS_HEADER).map_err(io_error)?;
    for item in ITEMS.iter().chain(&BACKGROUND) {
        w.write_record([item.id, item.part().key(), item.scale.key(), item.text])
            .map_err(io_error)?;
    }
    w.flush()
}

/// Why an answers file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswersFileError {
    /// The file could not be read at all (missing, a directory, no permission).
    Unreadable(Error),
    /// The file was read, and its content is not a valid answers file: the message is the
    /// decoder's.
    Refused(Error),
}

impl std::fmt::Display for AnswersFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswersFileError::Unreadable(e) | AnswersFileError::Refused(e) => e.fmt(f),
        }
    }
}

/// Reads and checks an answers file with the engine's decoder.
pub fn read_answers(path: &Path) -> std::result::Result<Answers, AnswersFileError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        AnswersFileError::Unreadable(Error::file(&name, format!("cannot read: {e}")))
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        AnswersFileError::Refused(Error::file(&name, "This file is not UTF-8 text."))
    })?;
    Answers::from_json(&text)
        .map_err(|e| AnswersFileError::Refused(Error::file(&name, e.to_string())))
}

/// Writes the `top` best-fitting occupations for `answers`, with the fit to one decimal.
pub fn write_fit(index: &Index, answers: &Answers, top: usize, out: impl Write) -> Result<()> {
    finish_output(fit_csv(index, answers, top, out))
}

fn fit_csv(index: &Index, answers: &Answers, top: usize, out: impl Write) -> std::io::Result<()> {
    let ranked = fit::rank(&UserProfile::from_answers(answers), index);
    let mut w = csv::Writer::from_writer(out);
    w.write_record(FIT_HEADER).map_err(io_error)?;
    for (rank, r) in ranked.iter().take(top).enumerate() {
        let occupation = &index.occupations[r.occupation];
        w.write_record([
            (rank + 1).to_string(),
            occupation.esco_uri(),
            occupation.title.clone(),
            format!("{:.1}", r.fit.score),
        ])
        .map_err(io_error)?;
    }
    w.flush()
}
