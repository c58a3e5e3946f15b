#![cfg(not(target_arch = "wasm32"))]
//! The decoders of untrusted text: the share link, the answers file, the saved state and the
//! dataset files. Share links and answers files come from anyone, the saved state from a
//! browser's storage and the dataset over the network, and a panic aborts the app in
//! WebAssembly. So every decoder must return `Ok` or `Err` for any input, refuse oversized,
//! deeply nested and hostile input quickly with a clear message, and return only values in the
//! ranges its format documents.
//!
//! The properties here feed each decoder arbitrary text, arbitrary bytes and mutations of valid
//! inputs (cut short, a bit flipped, a character inserted, a span or a number replaced by
//! something hostile), and check that the encoders and decoders round-trip. The named tests in
//! [`hostile`] pin the exact refusal of hostile cases. The cargo-fuzz targets in `fuzz/` run the
//! same decoders for longer; a crash found there is kept in [`hostile`] as a named test.
//!
//! The helpers live beside this file: [`valid`] (strategies for valid values and the checks every
//! decoded value must pass), [`files`] (small valid dataset files), [`mutations`] (mutations of
//! valid input), [`answers_files`] (structured answers files and what the format documents) and
//! [`forge`] (share links and answers files forged for the named cases).

// The modules live in `tests/decoders/`, beside this file, which stays the target's root so that
// proptest keeps its failure seeds in `decoders.proptest-regressions` next to it.
#[path = "decoders/answers_files.rs"]
mod answers_files;
#[path = "decoders/files.rs"]
mod files;
#[path = "decoders/forge.rs"]
mod forge;
#[path = "decoders/hostile.rs"]
mod hostile;
#[path = "decoders/mutations.rs"]
mod mutations;
#[path = "decoders/regressions.rs"]
mod regressions;
#[path = "decoders/valid.rs"]
mod valid;

use careerlens_engine::assessment::share::{self, MAX_SHARE_LEN};
use careerlens_engine::assessment::{
    Answers, AnswersError, SavedState, SavedStateError, ShareError,
};
use careerlens_engine::model::{Index, IndexPart, OccupationDetail};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::json;

use crate::answers_files::{answers_files, documented_reading};
use crate::files::{index_files, small_detail, small_index};
use crate::mutations::{Mutation, mutations};
use crate::valid::{
    check_answers_file, check_dataset, check_every_decoder, check_read_index, check_saved_state,
    check_share, read_index, valid_answers, valid_states,
};

// ---------------------------------------------------------------------------------------------
// Properties.

/// Starts that take arbitrary text past the decoders' first checks.
const PREFIXES: &[&str] = &[
    "",
    "#",
    "cl1.",
    "#cl1.",
    "cl2.",
    "cl",
    "{",
    "[",
    r#"{"format":"careerlens-answers","version":1,"#,
    r#"{"format":"careerlens-assessment-state","version":1,"screen":0,"answers":"#,
    r#"{"schema_version":1,"part":"postings","occupations":"#,
    r#"{"schema_version":1,"riasec":[],"work_styles":[],"work_values":[],"isco_groups":{},"#,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn arbitrary_text_never_panics_a_decoder(
        prefix in select(PREFIXES),
        text in "(?s).{0,600}",
    ) {
        check_every_decoder(&format!("{prefix}{text}"))?;
    }

    #[test]
    fn arbitrary_bytes_never_panic_a_decoder(
        prefix in select(PREFIXES),
        bytes in prop::collection::vec(any::<u8>(), 0..1024),
    ) {
        check_every_decoder(&format!("{prefix}{}", String::from_utf8_lossy(&bytes)))?;
    }

    #[test]
    fn answers_files_read_as_their_format_documents(file in answers_files()) {
        let expected = documented_reading(&file);
        let text = file.to_string();
        prop_assert_eq!(check_answers_file(&text)?.ok(), expected.clone(), "{}", text);
        let pretty = serde_json::to_string_pretty(&file).unwrap();
        prop_assert_eq!(Answers::from_json(&pretty).ok(), expected.clone());
        // The same answers inside a saved state: read alike, or refused for them.
        let state = json!({
            "format": "careerlens-assessment-state", "version": 1, "screen": 2, "answers": file
        });
        match (check_saved_state(&state.to_string())?, expected) {
            (Ok(state), Some(answers)) => prop_assert_eq!(state.answers, answers),
            (Err(SavedStateError::Answers(_)), None) => {}
            (got, expected) => prop_assert!(false, "{got:?} where {expected:?}"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(800))]

    #[test]
    fn encoded_answers_decode_to_themselves(answers in valid_answers()) {
        let link = share::encode(&answers);
        prop_assert!(link.len() <= MAX_SHARE_LEN, "{}", link);
        prop_assert_eq!(share::decode(&link), Ok(answers.clone()));
        prop_assert_eq!(share::decode(&format!("#{link}")), Ok(answers.clone()));
        prop_assert_eq!(Answers::from_json(&answers.to_json()), Ok(answers.clone()));
    }

    #[test]
    fn saved_states_decode_to_themselves(state in valid_states()) {
        prop_assert_eq!(SavedState::from_json(&state.to_json()), Ok(state));
    }

    #[test]
    fn a_mutated_share_link_is_refused_or_read_as_its_answers(
        answers in valid_answers(),
        mutation in mutations(),
    ) {
        let link = share::encode(&answers);
        let mutated = mutation.apply(&link);
        let decoded = check_share(&mutated)?;
        match (&mutation, decoded) {
            // Only white space around the link or a leading '#' leave it readable.
            (_, Ok(read)) => prop_assert_eq!(read, answers),
            (Mutation::Truncate(_), Err(error)) if mutated.len() >= "cl1".len() => prop_assert!(
                matches!(error, ShareError::Truncated | ShareError::Damaged),
                "{mutated}: {error:?}"
            ),
            (_, Err(_)) => {}
        }
        if matches!(mutation, Mutation::FlipBit(..)) {
            prop_assert!(share::decode(&mutated).is_err(), "{}", mutated);
        }
    }

    #[test]
    fn a_mutated_answers_file_is_refused_or_read_as_valid_answers(
        answers in valid_answers(),
        mutation in mutations(),
    ) {
        let file = answers.to_json();
        let mutated = mutation.apply(&file);
        let decoded = check_answers_file(&mutated)?;
        match mutation {
            Mutation::Truncate(_) if mutated != file => prop_assert!(
                matches!(decoded, Err(AnswersError::NotJson { .. })),
                "{mutated}: {decoded:?}"
            ),
            // Every number of an answers file is its version, a rating or the job zone.
            Mutation::Number(..) if mutated != file => prop_assert!(
                decoded.is_err(),
                "{mutated}: {decoded:?}"
            ),
            _ => {}
        }
    }

    #[test]
    fn a_mutated_saved_state_is_refused_or_read_as_a_valid_state(
        state in valid_states(),
        mutation in mutations(),
    ) {
        let stored = state.to_json();
        let mutated = mutation.apply(&stored);
        let decoded = check_saved_state(&mutated)?;
        match mutation {
            Mutation::Truncate(_) if mutated != stored => {
                prop_assert_eq!(decoded, Err(SavedStateError::Damaged), "{}", mutated)
            }
            // Only the screen may take another number ("0" or "6").
            Mutation::Number(..) => {
                if let Ok(read) = decoded {
                    prop_assert_eq!(read.answers, state.answers);
                    prop_assert_eq!(read.finished, state.finished);
                }
            }
            _ => {}
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn a_mutated_occupation_detail_is_refused_or_read_without_panicking(mutation in mutations()) {
        let file = serde_json::to_string_pretty(&small_detail()).unwrap();
        let mutated = mutation.apply(&file);
        check_dataset(&mutated)?;
        if let Mutation::Truncate(_) = mutation {
            prop_assert_eq!(
                serde_json::from_str::<OccupationDetail>(&mutated).is_ok(),
                mutated == file
            );
        }
    }

    #[test]
    fn a_mutated_index_file_is_refused_by_name_or_read_whole(
        which in select(IndexPart::ALL.to_vec()),
        mutation in mutations(),
    ) {
        let files = index_files(&small_index());
        let (_, valid) = files.iter().find(|(part, _)| *part == which).unwrap();
        let mutated = mutation.apply(valid);
        check_read_index(read_index(&files, Some(which), &mutated), Some(which))?;
        if let (IndexPart::Core, Ok(core)) = (which, serde_json::from_str::<Index>(&mutated)) {
            // One change cannot take an occupation out of all four core columns.
            prop_assert_eq!(core.occupations.len(), 2, "{}", mutated);
        }
    }
}
