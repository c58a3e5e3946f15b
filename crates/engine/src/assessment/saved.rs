//! The assessment's saved state, kept in the browser's localStorage under [`STORAGE_KEY`] so the
//! assessment resumes after a reload:
//!
//! ```json
//! {"format": "careerlens-assessment-state", "version": 1, "screen": 7, "finished": false,
//!  "answers": {"format": "careerlens-answers", "version": 1, "answers": {"r1": 4}, ...}}
//! ```
//!
//! `answers` is an answers file (see [`super::answers`]). A state written by another version,
//! or damaged, is refused with a reason, so the app can say so and offer a fresh start.

use std::fmt;

use super::answers::{Answers, AnswersError};

/// The one localStorage key CareerLens writes; the version is part of the key and the value.
pub const STORAGE_KEY: &str = "careerlens.assessment.v1";
const STATE_FORMAT: &str = "careerlens-assessment-state";
const STATE_VERSION: u64 = 1;
/// Saved states larger than this are refused unread.
const MAX_STATE_BYTES: usize = 64 * 1024;

/// Where the person is in the assessment, and what they answered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SavedState {
    pub answers: Answers,
    /// The screen to resume at.
    pub screen: usize,
    /// Whether the person has reached the results at least once.
    pub finished: bool,
}

impl SavedState {
    /// The state as stored.
    pub fn to_json(&self) -> String {
        let answers: serde_json::Value =
            serde_json::from_str(&self.answers.to_json()).expect("answers JSON is valid");
        serde_json::json!({
            "format": STATE_FORMAT,
            "version": STATE_VERSION,
            "screen": self.screen,
            "finished": self.finished,
            "answers": answers,
        })
        .to_string()
    }

    /// Reads a stored state.
    pub fn from_json(text: &str) -> Result<SavedState, SavedStateError> {
        if text.len() > MAX_STATE_BYTES {
            return Err(SavedStateError::Damaged);
        }
        let raw: serde_json::Value =
            serde_json::from_str(text).map_err(|_| SavedStateError::Damaged)?;
        let object = raw.as_object().ok_or(SavedStateError::Damaged)?;
        if object.get("format").and_then(|f| f.as_str()) != Some(STATE_FORMAT) {
            return Err(SavedStateError::Damaged);
        }
        match object.get("version").and_then(|v| v.as_u64()) {
            Some(STATE_VERSION) => {}
            Some(_) => return Err(SavedStateError::OtherVersion),
            None => return Err(SavedStateError::Damaged),
        }
        let screen = object
            .get("screen")
            .and_then(|s| s.as_u64())
            .ok_or(SavedStateError::Damaged)?;
        let finished = object
            .get("finished")
            .and_then(|f| f.as_bool())
            .unwrap_or(false);
        let answers =
            Answers::from_value(object.get("answers").unwrap_or(&serde_json::Value::Null))
                .map_err(SavedStateError::Answers)?;
        Ok(SavedState {
            answers,
            screen: usize::try_from(screen).unwrap_or(usize::MAX),
            finished,
        })
    }
}

/// Why a saved state could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedStateError {
    /// Not a state this app wrote, or cut short.
    Damaged,
    /// Written by an older or newer CareerLens.
    OtherVersion,
    /// The answers inside are not valid.
    Answers(AnswersError),
}

impl fmt::Display for SavedStateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedStateError::Damaged => write!(
                f,
                "Your saved answers in this browser are damaged and cannot be read."
            ),
            SavedStateError::OtherVersion => write!(
                f,
                "Your saved answers come from a different version of the assessment and cannot be used."
            ),
            SavedStateError::Answers(error) => {
                write!(f, "Your saved answers cannot be used: {error}")
            }
        }
    }
}

impl std::error::Error for SavedStateError {}
