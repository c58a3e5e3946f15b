//! Valid values and the checks every decoded value must pass: strategies for valid answers,
//! saved states and occupation slugs, and the `check_*` functions that run one decoder on a text
//! and check what it returns (a value in the ranges its format documents that round-trips, or a
//! short refusal that names what is wrong), one for each decoder and one for all of them.

use careerlens_engine::assessment::answers::MAX_SLUG_LEN;
use careerlens_engine::assessment::share;
use careerlens_engine::assessment::{
    Answers, AnswersError, ITEMS, SavedState, SavedStateError, ShareError,
};
use careerlens_engine::model::{Index, IndexPart, OccupationDetail, SCHEMA_VERSION};
use proptest::prelude::*;

use crate::files::{index_files, small_index};

/// The longest refusal message: a message quotes at most a few dozen characters of the input.
const MAX_MESSAGE_CHARS: usize = 300;

/// Occupation slugs as databuild makes them: runs of lowercase letters and digits joined by
/// single hyphens, up to 199 bytes.
pub(crate) fn slugs() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,24}(-[a-z0-9]{1,24}){0,7}"
}

/// Any valid answers, built through [`Answers::set`] with the ids of the item bank.
pub(crate) fn valid_answers() -> impl Strategy<Value = Answers> {
    (
        prop::collection::vec(prop::option::of(1u8..=5), ITEMS.len()),
        prop::option::of(1u8..=5),
        prop::option::of(slugs()),
    )
        .prop_map(|(ratings, job_zone, current)| {
            let mut answers = Answers {
                job_zone,
                current,
                ..Answers::default()
            };
            for (item, rating) in ITEMS.iter().zip(ratings) {
                if let Some(rating) = rating {
                    assert!(answers.set(item.id, rating), "{} = {rating}", item.id);
                }
            }
            answers
        })
}

pub(crate) fn valid_states() -> impl Strategy<Value = SavedState> {
    (
        valid_answers(),
        prop_oneof![0usize..60, any::<usize>()],
        any::<bool>(),
    )
        .prop_map(|(answers, screen, finished)| SavedState {
            answers,
            screen,
            finished,
        })
}

/// Whether `text` has the shape the answers format documents for `current`: lowercase ASCII
/// letters and digits in runs joined by single hyphens, at most `MAX_SLUG_LEN` bytes.
pub(crate) fn documented_slug(text: &str) -> bool {
    text.len() <= MAX_SLUG_LEN
        && text.split('-').all(|run| {
            !run.is_empty()
                && run
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// What every decoder of answers promises: ratings and job zone 1–5, `current` a slug, and a
/// value the encoders write and read back unchanged.
fn check_answers(answers: &Answers) -> Result<(), TestCaseError> {
    for (item, rating) in ITEMS.iter().zip(answers.ratings) {
        if let Some(rating) = rating {
            prop_assert!((1..=5).contains(&rating), "{} = {rating}", item.id);
        }
    }
    if let Some(zone) = answers.job_zone {
        prop_assert!((1..=5).contains(&zone), "job zone {zone}");
    }
    if let Some(slug) = &answers.current {
        prop_assert!(documented_slug(slug), "current {slug:?}");
    }
    prop_assert_eq!(Answers::from_json(&answers.to_json()), Ok(answers.clone()));
    prop_assert_eq!(share::decode(&share::encode(answers)), Ok(answers.clone()));
    Ok(())
}

/// A refusal is a short sentence: it never echoes a hostile input at length.
fn check_message(message: &str) -> Result<(), TestCaseError> {
    prop_assert!(message.ends_with('.'), "{message}");
    prop_assert!(
        message.chars().count() <= MAX_MESSAGE_CHARS,
        "{} characters: {message}",
        message.chars().count()
    );
    Ok(())
}

/// Decodes `text` as a share link. Whatever it reads is exactly the link its answers encode to
/// (after the optional `#` and surrounding white space): a link has one spelling, so a changed
/// link is never read as other answers.
pub(crate) fn check_share(text: &str) -> Result<Result<Answers, ShareError>, TestCaseError> {
    let decoded = share::decode(text);
    match &decoded {
        Ok(answers) => {
            check_answers(answers)?;
            let link = text.strip_prefix('#').unwrap_or(text).trim();
            prop_assert_eq!(share::encode(answers), link);
        }
        Err(error) => check_message(&error.to_string())?,
    }
    Ok(decoded)
}

pub(crate) fn check_answers_file(
    text: &str,
) -> Result<Result<Answers, AnswersError>, TestCaseError> {
    let decoded = Answers::from_json(text);
    match &decoded {
        Ok(answers) => check_answers(answers)?,
        Err(error) => check_message(&error.to_string())?,
    }
    Ok(decoded)
}

pub(crate) fn check_saved_state(
    text: &str,
) -> Result<Result<SavedState, SavedStateError>, TestCaseError> {
    let decoded = SavedState::from_json(text);
    match &decoded {
        Ok(state) => {
            check_answers(&state.answers)?;
            prop_assert_eq!(SavedState::from_json(&state.to_json()), Ok(state.clone()));
        }
        Err(error) => check_message(&error.to_string())?,
    }
    Ok(decoded)
}

/// Reads the index from its five files, `text` standing for `replaced` (or every file).
pub(crate) fn read_index(
    files: &[(IndexPart, String)],
    replaced: Option<IndexPart>,
    text: &str,
) -> Result<Index, String> {
    Index::read_parts(&IndexPart::EXTRA, |part| {
        Ok(if replaced.is_none_or(|replaced| replaced == part) {
            text.to_owned()
        } else {
            files
                .iter()
                .find(|(file, _)| *file == part)
                .map(|(_, text)| text.clone())
                .expect("every part has a file")
        })
    })
}

/// Reads `text` as each dataset file. What reads is a whole index (every column one value per
/// occupation) of this schema version; a refusal names the file it is about.
pub(crate) fn check_dataset(text: &str) -> Result<(), TestCaseError> {
    if let Ok(detail) = serde_json::from_str::<OccupationDetail>(text) {
        prop_assert!(serde_json::to_string(&detail).is_ok());
    }
    if let Ok(index) = serde_json::from_str::<Index>(text) {
        prop_assert!(serde_json::to_string(&index).is_ok());
    }
    let files = index_files(&small_index());
    for replaced in [None].into_iter().chain(IndexPart::ALL.map(Some)) {
        check_read_index(read_index(&files, replaced, text), replaced)?;
    }
    Ok(())
}

/// `replaced` is the one file that is not valid (`None`: all of them may be invalid).
pub(crate) fn check_read_index(
    read: Result<Index, String>,
    replaced: Option<IndexPart>,
) -> Result<(), TestCaseError> {
    match read {
        Ok(index) => {
            prop_assert_eq!(index.schema_version, SCHEMA_VERSION);
            // Each part file names its part, so one text cannot stand for all of them; and each
            // column must fit the valid files' two occupations.
            prop_assert!(replaced.is_some());
            prop_assert_eq!(index.occupations.len(), 2);
        }
        Err(error) => {
            // The valid parts read after an invalid core may be the ones that no longer fit.
            let named = match replaced {
                Some(part) if part != IndexPart::Core => vec![part],
                _ => IndexPart::ALL.to_vec(),
            };
            prop_assert!(
                named
                    .iter()
                    .any(|part| error.starts_with(&format!("{}: ", part.file()))),
                "{error}"
            );
        }
    }
    Ok(())
}

/// Every decoder, on the same text.
pub(crate) fn check_every_decoder(text: &str) -> Result<(), TestCaseError> {
    let _ = check_share(text)?;
    let _ = check_answers_file(text)?;
    let _ = check_saved_state(text)?;
    check_dataset(text)
}
