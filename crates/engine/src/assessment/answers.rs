//! A person's answers, and the JSON file the app downloads and imports:
//!
//! ```json
//! {"format": "careerlens-answers", "version": 1,
//!  "answers": {"r1": 4, "ws-detail": 2},
//!  "job_zone": 3, "current": "chief-ict-security-officer"}
//! ```
//!
//! Every answer is a whole number 1–5; items missing from `answers` are unanswered; `job_zone`
//! (1–5) and `current` (an occupation slug) may be `null` or absent. The decoder checks every
//! field and says what is wrong in plain words; it never panics, whatever the input.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::items::{BACKGROUND, ITEMS, position};

/// The `format` value of an answers file.
pub const ANSWERS_FORMAT: &str = "careerlens-answers";
/// The `version` of the answers format and item bank this code reads and writes.
pub const ANSWERS_VERSION: u32 = 1;
/// Files larger than this are refused before parsing: a real answers file is under 2 KB.
pub const MAX_ANSWERS_FILE_BYTES: usize = 64 * 1024;
/// The longest occupation slug accepted (the longest ESCO slug is under 150 characters).
pub const MAX_SLUG_LEN: usize = 200;

/// The answers of one person: a rating 1–5 or nothing for each of [`ITEMS`], and the optional
/// background.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    /// By position in [`ITEMS`].
    pub ratings: [Option<u8>; ITEMS.len()],
    /// O*NET job zone 1–5 of the person's highest education or experience.
    pub job_zone: Option<u8>,
    /// The slug of the person's current or most recent occupation.
    pub current: Option<String>,
}

impl Default for Answers {
    fn default() -> Self {
        Answers {
            ratings: [None; ITEMS.len()],
            job_zone: None,
            current: None,
        }
    }
}

impl Answers {
    /// How many rated items have an answer.
    pub fn answered(&self) -> usize {
        self.ratings.iter().filter(|r| r.is_some()).count()
    }

    /// Whether nothing at all has been answered.
    pub fn is_empty(&self) -> bool {
        self.answered() == 0 && self.job_zone.is_none() && self.current.is_none()
    }

    /// Sets the rating of the item with this id; `false` when no item has that id or the value
    /// is not 1–5.
    pub fn set(&mut self, id: &str, rating: u8) -> bool {
        match position(id) {
            Some(position) if (1..=5).contains(&rating) => {
                self.ratings[position] = Some(rating);
                true
            }
            _ => false,
        }
    }

    /// The answers as the JSON answers file, keys in item order's id sort (stable).
    pub fn to_json(&self) -> String {
        let file = AnswersFile {
            format: ANSWERS_FORMAT.to_owned(),
            version: ANSWERS_VERSION,
            answers: ITEMS
                .iter()
                .zip(self.ratings)
                .filter_map(|(item, rating)| Some((item.id.to_owned(), rating?)))
                .collect(),
            job_zone: self.job_zone,
            current: self.current.clone(),
        };
        serde_json::to_string_pretty(&file).expect("answers always serialize")
    }

    /// Reads an answers file, checking every field.
    pub fn from_json(text: &str) -> Result<Answers, AnswersError> {
        if text.len() > MAX_ANSWERS_FILE_BYTES {
            return Err(AnswersError::TooLarge { bytes: text.len() });
        }
        let raw: serde_json::Value =
            serde_json::from_str(text).map_err(|error| AnswersError::NotJson {
                reason: error.to_string(),
            })?;
        Self::from_value(&raw)
    }

    /// Checks an already parsed answers file.
    pub fn from_value(raw: &serde_json::Value) -> Result<Answers, AnswersError> {
        let object = raw.as_object().ok_or(AnswersError::NotAnObject)?;
        match object.get("format").and_then(|f| f.as_str()) {
            Some(ANSWERS_FORMAT) => {}
            other => {
                return Err(AnswersError::WrongFormat {
                    found: other.map(|s| truncate(s, 40)),
                });
            }
        }
        match object.get("version") {
            None | Some(serde_json::Value::Null) => return Err(AnswersError::MissingVersion),
            Some(version) => match version.as_u64() {
                Some(v) if v == u64::from(ANSWERS_VERSION) => {}
                Some(v) => return Err(AnswersError::UnknownVersion { version: v }),
                // A version that is there but not a whole number (-1, 1.5, "1") is not
                // "missing": say what it is.
                None => {
                    return Err(AnswersError::BadVersion {
                        value: truncate(&version.to_string(), 20),
                    });
                }
            },
        }
        let mut answers = Answers::default();
        match object.get("answers") {
            None | Some(serde_json::Value::Null) => {}
            Some(serde_json::Value::Object(map)) => {
                for (id, value) in map {
                    let Some(position) = position(id) else {
                        return Err(if BACKGROUND.iter().any(|item| item.id == id) {
                            AnswersError::BackgroundInAnswers { id: id.clone() }
                        } else {
                            AnswersError::UnknownItem {
                                id: truncate(id, 40),
                            }
                        });
                    };
                    answers.ratings[position] =
                        Some(rating(value).ok_or_else(|| AnswersError::OutOfRange {
                            id: id.clone(),
                            value: truncate(&value.to_string(), 20),
                        })?);
                }
            }
            Some(_) => return Err(AnswersError::AnswersNotAnObject),
        }
        answers.job_zone = match object.get("job_zone") {
            None | Some(serde_json::Value::Null) => None,
            Some(value) => Some(rating(value).ok_or_else(|| AnswersError::BadJobZone {
                value: truncate(&value.to_string(), 20),
            })?),
        };
        answers.current = match object.get("current") {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(slug)) if is_slug(slug) => Some(slug.clone()),
            Some(value) => {
                return Err(AnswersError::BadCurrent {
                    value: truncate(&value.to_string(), 40),
                });
            }
        };
        Ok(answers)
    }
}

/// A whole number 1–5, from JSON.
fn rating(value: &serde_json::Value) -> Option<u8> {
    value
        .as_u64()
        .filter(|v| (1..=5).contains(v))
        .map(|v| v as u8)
}

/// Whether `text` looks like an occupation slug: lowercase letters, digits and single hyphens.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= MAX_SLUG_LEN
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !text.starts_with('-')
        && !text.ends_with('-')
        // Single hyphens only, as databuild writes slugs: "a--b" names no occupation.
        && !text.contains("--")
}

/// At most `max` characters of `text`, for error messages that quote the input.
fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        text.chars().take(max).chain(['…']).collect()
    }
}

/// The answers file as serde writes it.
#[derive(Serialize, Deserialize)]
struct AnswersFile {
    format: String,
    version: u32,
    answers: BTreeMap<String, u8>,
    job_zone: Option<u8>,
    current: Option<String>,
}

/// Why an answers file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswersError {
    TooLarge { bytes: usize },
    NotJson { reason: String },
    NotAnObject,
    WrongFormat { found: Option<String> },
    MissingVersion,
    BadVersion { value: String },
    UnknownVersion { version: u64 },
    AnswersNotAnObject,
    UnknownItem { id: String },
    BackgroundInAnswers { id: String },
    OutOfRange { id: String, value: String },
    BadJobZone { value: String },
    BadCurrent { value: String },
}

impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswersError::TooLarge { bytes } => write!(
                f,
                "This file is {bytes} bytes, far larger than a CareerLens answers file."
            ),
            AnswersError::NotJson { reason } => {
                write!(f, "This file is not valid JSON ({reason}).")
            }
            AnswersError::NotAnObject => {
                write!(f, "This file does not hold a CareerLens answers object.")
            }
            AnswersError::WrongFormat { found: None } => write!(
                f,
                "This is not a CareerLens answers file: it has no \"format\": \"{ANSWERS_FORMAT}\"."
            ),
            AnswersError::WrongFormat { found: Some(found) } => write!(
                f,
                "This is not a CareerLens answers file: its format is \"{found}\", not \"{ANSWERS_FORMAT}\"."
            ),
            AnswersError::MissingVersion => {
                write!(f, "This answers file has no version number.")
            }
            AnswersError::BadVersion { value } => write!(
                f,
                "This answers file's version is {value}; this CareerLens reads version {ANSWERS_VERSION}."
            ),
            AnswersError::UnknownVersion { version } => write!(
                f,
                "This answers file is version {version}; this CareerLens reads version {ANSWERS_VERSION}."
            ),
            AnswersError::AnswersNotAnObject => write!(
                f,
                "The \"answers\" field must map item ids to ratings from 1 to 5."
            ),
            AnswersError::UnknownItem { id } => {
                write!(f, "\"{id}\" is not an item of the assessment.")
            }
            AnswersError::BackgroundInAnswers { id } => write!(
                f,
                "\"{id}\" is a background question: give it as \"job_zone\" or \"current\", not in \"answers\"."
            ),
            AnswersError::OutOfRange { id, value } => write!(
                f,
                "The answer to \"{id}\" is {value}; answers are whole numbers from 1 to 5."
            ),
            AnswersError::BadJobZone { value } => write!(
                f,
                "\"job_zone\" is {value}; it must be a whole number from 1 to 5, or null."
            ),
            AnswersError::BadCurrent { value } => write!(
                f,
                "\"current\" is {value}; it must be an occupation slug such as \"chief-ict-security-officer\", or null."
            ),
        }
    }
}

impl std::error::Error for AnswersError {}
