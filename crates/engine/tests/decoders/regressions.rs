//! Every crash or wrong reading the properties or the cargo-fuzz targets in `fuzz/` have found,
//! kept as a named test with the input it was found with.

use careerlens_engine::assessment::share;
use careerlens_engine::assessment::{Answers, AnswersError, ShareError};

use crate::forge::{answers_file, forged_link, refused};

// Regression, found by `answers_files_read_as_their_format_documents` (shrunk to
// `"current": "a--0"`): the slug check let runs of hyphens through, though `is_slug` documents
// single hyphens and databuild never writes a slug with two in a row.
#[test]
fn a_slug_with_a_run_of_hyphens_is_refused() {
    for slug in ["a--0", "chief--officer", "a---b"] {
        assert_eq!(
            refused(&answers_file(&format!(r#","current":"{slug}""#))),
            AnswersError::BadCurrent {
                value: format!("\"{slug}\"")
            }
        );
        assert_eq!(share::decode(&forged_link(slug)), Err(ShareError::Damaged));
    }
    assert!(Answers::from_json(&answers_file(r#","current":"chief-officer""#)).is_ok());
}

// Regression, found while writing the hostile-number cases: a version that was there but not a
// whole number (-1, 1.5, "1") was refused as missing ("This answers file has no version
// number.").
#[test]
fn a_version_that_is_not_a_whole_number_is_named() {
    for (version, quoted) in [("-1", "-1"), ("1.5", "1.5"), (r#""1""#, r#""1""#)] {
        let error = refused(&format!(
            r#"{{"format":"careerlens-answers","version":{version}}}"#
        ));
        assert_eq!(
            error,
            AnswersError::BadVersion {
                value: quoted.into()
            }
        );
        assert_eq!(
            error.to_string(),
            format!("This answers file's version is {quoted}; this CareerLens reads version 1.")
        );
    }
    assert_eq!(
        refused(r#"{"format":"careerlens-answers","version":null}"#),
        AnswersError::MissingVersion
    );
}
