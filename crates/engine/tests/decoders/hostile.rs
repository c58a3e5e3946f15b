//! Named hostile cases: 10 MB inputs, deep nesting, NaN and out-of-range numbers, unknown
//! versions and markup inside strings, each with the exact refusal (or reading) it must get. The
//! crashes and wrong readings found by the properties or the cargo-fuzz targets are kept in
//! [`crate::regressions`].

use std::time::{Duration, Instant};

use careerlens_engine::assessment::answers::MAX_ANSWERS_FILE_BYTES;
use careerlens_engine::assessment::share;
use careerlens_engine::assessment::{
    Answers, AnswersError, SavedState, SavedStateError, ShareError,
};
use careerlens_engine::model::{Index, IndexPart, OccupationDetail};
use serde_json::{Value, json};

use crate::files::{index_files, small_detail, small_index};
use crate::forge::{answers_file, forged_link, refused};
use crate::valid::read_index;

/// How long refusing a 10 MB input may take, even in a debug build on a busy machine: reading
/// it takes milliseconds, so only a decoder that parses or copies it far more than once fails.
const QUICK: Duration = Duration::from_secs(2);
const TEN_MB: usize = 10 * 1024 * 1024;

/// Runs `decode` and checks it took less than [`QUICK`].
fn quickly<T>(decode: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let decoded = decode();
    let took = start.elapsed();
    assert!(took < QUICK, "took {took:?}");
    decoded
}

#[test]
fn a_ten_megabyte_share_fragment_is_refused_at_once() {
    let link = share::encode(&Answers::default());
    for fragment in [
        format!("{link}{}", "a".repeat(TEN_MB)),
        format!("#cl1.{}", "\u{e9}".repeat(TEN_MB / 2)),
        format!(
            "{}{link}{}",
            " x".repeat(TEN_MB / 4),
            " ".repeat(TEN_MB / 2)
        ),
    ] {
        let error = quickly(|| share::decode(&fragment)).unwrap_err();
        assert_eq!(error, ShareError::TooLong);
        assert_eq!(
            error.to_string(),
            "This link is far longer than a CareerLens share link, so it was not read."
        );
    }
    // Only the surrounding white space is long: the link inside is read.
    let padded = format!(
        "{}{link}{}",
        " ".repeat(TEN_MB / 2),
        "\n".repeat(TEN_MB / 2)
    );
    assert_eq!(quickly(|| share::decode(&padded)), Ok(Answers::default()));
}

#[test]
fn a_ten_megabyte_answers_file_or_saved_state_is_refused_before_parsing() {
    let one_answer = r#""r1":4,"#;
    let file = answers_file(&format!(
        r#","answers":{{{}"r2":5}}"#,
        one_answer.repeat(TEN_MB / one_answer.len())
    ));
    assert!(file.len() > TEN_MB);
    let error = quickly(|| Answers::from_json(&file)).unwrap_err();
    assert_eq!(error, AnswersError::TooLarge { bytes: file.len() });
    assert_eq!(
        error.to_string(),
        format!(
            "This file is {} bytes, far larger than a CareerLens answers file.",
            file.len()
        )
    );
    let garbage = "\u{0}".repeat(TEN_MB);
    assert_eq!(
        quickly(|| Answers::from_json(&garbage)),
        Err(AnswersError::TooLarge { bytes: TEN_MB })
    );
    let state = format!(
        r#"{{"format":"careerlens-assessment-state","version":1,"screen":0,"answers":{file}}}"#
    );
    let error = quickly(|| SavedState::from_json(&state)).unwrap_err();
    assert_eq!(error, SavedStateError::Damaged);
    assert_eq!(
        error.to_string(),
        "Your saved answers in this browser are damaged and cannot be read."
    );
    // The limit is the documented one: a file of exactly that size is parsed.
    let under = format!(
        "{}{}",
        answers_file(""),
        " ".repeat(MAX_ANSWERS_FILE_BYTES - answers_file("").len())
    );
    assert_eq!(Answers::from_json(&under), Ok(Answers::default()));
    let over = format!("{under} ");
    assert_eq!(
        Answers::from_json(&over),
        Err(AnswersError::TooLarge {
            bytes: MAX_ANSWERS_FILE_BYTES + 1
        })
    );
}

#[test]
fn deeply_nested_json_is_refused_without_exhausting_the_stack() {
    let deep = "[".repeat(100_000);
    assert_eq!(refused(&deep), AnswersError::TooLarge { bytes: 100_000 });
    assert_eq!(SavedState::from_json(&deep), Err(SavedStateError::Damaged));
    // Under the size limit, the JSON parser's nesting limit refuses it.
    let nested = answers_file(&format!(r#","answers":{}"#, "[".repeat(30_000)));
    match refused(&nested) {
        AnswersError::NotJson { reason } => {
            // serde_json stops at its limit of 128 levels, 127 brackets into "answers".
            assert_eq!(reason, "recursion limit exceeded at line 1 column 180");
        }
        other => panic!("{other:?}"),
    }
    let state = format!(
        r#"{{"format":"careerlens-assessment-state","version":1,"screen":0,"answers":{}}}"#,
        "{\"a\":".repeat(10_000)
    );
    assert_eq!(SavedState::from_json(&state), Err(SavedStateError::Damaged));

    // Read as a sequence of fields, the first (the schema version, a number) is a sequence.
    let error = serde_json::from_str::<OccupationDetail>(&deep).unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid type: sequence, expected u32 at line 1 column 1"
    );
    assert!(serde_json::from_str::<Index>(&deep).is_err());
    let files = index_files(&small_index());
    for part in IndexPart::ALL {
        let error = read_index(&files, Some(part), &deep).unwrap_err();
        assert!(error.starts_with(&format!("{}: ", part.file())), "{error}");
    }
    // Nesting in a field the dataset does not have is skipped without recursion: the detail
    // reads as it was.
    let detail = small_detail();
    let valid = serde_json::to_string(&detail).unwrap();
    let padded = format!(
        r#"{{"unknown":{}{}{}"#,
        "[".repeat(100_000),
        "]".repeat(100_000),
        valid.replacen('{', ",", 1)
    );
    assert_eq!(
        serde_json::from_str::<OccupationDetail>(&padded).unwrap(),
        detail
    );
}

#[test]
fn nan_negative_and_out_of_range_numbers_are_refused_by_name() {
    let not_json = |text: &str| match refused(text) {
        AnswersError::NotJson { reason } => reason,
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(
        not_json(&answers_file(r#","answers":{"r1":NaN}"#)),
        "expected value at line 1 column 60"
    );
    assert_eq!(
        not_json(&answers_file(r#","answers":{"r1":1e309}"#)),
        "number out of range at line 1 column 64"
    );
    for (value, quoted) in [
        ("-1", "-1"),
        ("0", "0"),
        ("-0", "-0.0"),
        ("6", "6"),
        ("4.0", "4.0"),
        // Beyond 64 bits, a float, quoted to 20 characters.
        ("18446744073709551616", "1.8446744073709552e+…"),
        ("-9223372036854775809", "-9.223372036854776e+…"),
        ("1e300", "1e+300"),
    ] {
        assert_eq!(
            refused(&answers_file(&format!(
                r#","answers":{{"ws-detail":{value}}}"#
            ))),
            AnswersError::OutOfRange {
                id: "ws-detail".into(),
                value: quoted.into()
            },
            "{value}"
        );
    }
    let error = refused(&answers_file(r#","answers":{"r1":-1}"#));
    assert_eq!(
        error.to_string(),
        "The answer to \"r1\" is -1; answers are whole numbers from 1 to 5."
    );
    let error = refused(&answers_file(r#","job_zone":-3"#));
    assert_eq!(error, AnswersError::BadJobZone { value: "-3".into() });
    assert_eq!(
        error.to_string(),
        "\"job_zone\" is -3; it must be a whole number from 1 to 5, or null."
    );
    assert_eq!(
        refused(&answers_file(r#","job_zone":1e300"#)),
        AnswersError::BadJobZone {
            value: "1e+300".into()
        }
    );

    // The saved state's screen is a whole number too; the app clamps it to its last screen.
    let state = |screen: &str| {
        SavedState::from_json(&format!(
            r#"{{"format":"careerlens-assessment-state","version":1,"screen":{screen},"answers":{}}}"#,
            answers_file("")
        ))
    };
    for screen in ["-1", "2.5", "1e309", "NaN", "\"3\"", "null"] {
        assert_eq!(state(screen), Err(SavedStateError::Damaged), "{screen}");
    }
    assert_eq!(state("18446744073709551615").unwrap().screen, usize::MAX);

    // Dataset numbers are typed: a negative count or a NaN does not read.
    let detail = serde_json::to_string(&small_detail()).unwrap();
    let with = |from: &str, to: &str| {
        assert!(detail.contains(from), "{from}");
        serde_json::from_str::<OccupationDetail>(&detail.replacen(from, to, 1))
            .unwrap_err()
            .to_string()
    };
    let negative = with(r#""technology_total":120"#, r#""technology_total":-120"#);
    assert!(
        negative.starts_with("invalid value: integer `-120`, expected u32"),
        "{negative}"
    );
    let nan = with(r#""similarity":0.42"#, r#""similarity":NaN"#);
    assert!(nan.starts_with("expected value"), "{nan}");
    let zone = with(r#""zone":5"#, r#""zone":256"#);
    assert!(
        zone.starts_with("invalid value: integer `256`, expected u8"),
        "{zone}"
    );
}

#[test]
fn an_unknown_format_version_is_named() {
    for version in [2, u64::MAX] {
        let error = refused(&format!(
            r#"{{"format":"careerlens-answers","version":{version}}}"#
        ));
        assert_eq!(error, AnswersError::UnknownVersion { version });
        assert_eq!(
            error.to_string(),
            format!("This answers file is version {version}; this CareerLens reads version 1.")
        );
    }
    let link = share::encode(&Answers::default());
    for newer in [
        link.replacen("cl1.", "cl2.", 1),
        link.replacen("cl1.", "cl99999999999999999999999.", 1),
    ] {
        let error = share::decode(&newer).unwrap_err();
        assert_eq!(error, ShareError::UnknownVersion);
        assert_eq!(
            error.to_string(),
            "This share link was made by a newer version of CareerLens and cannot be read here."
        );
    }
    let mut state: Value = serde_json::from_str(&SavedState::default().to_json()).unwrap();
    state["version"] = json!(2);
    let error = SavedState::from_json(&state.to_string()).unwrap_err();
    assert_eq!(error, SavedStateError::OtherVersion);
    assert_eq!(
        error.to_string(),
        "Your saved answers come from a different version of the assessment and cannot be used."
    );

    let files = index_files(&small_index());
    let core = &files[0].1;
    let newer_core = core.replacen(r#""schema_version":1"#, r#""schema_version":2"#, 1);
    assert_eq!(
        read_index(&files, Some(IndexPart::Core), &newer_core).unwrap_err(),
        "index/core.json: schema version 2 where 1 is read"
    );
    let huge_core = core.replacen(r#""schema_version":1"#, r#""schema_version":4294967296"#, 1);
    let error = read_index(&files, Some(IndexPart::Core), &huge_core).unwrap_err();
    assert!(
        error.starts_with(
            "index/core.json: invalid value: integer `4294967296`, expected u32 at line 1"
        ),
        "{error}"
    );
    let labels = &files
        .iter()
        .find(|(p, _)| *p == IndexPart::Labels)
        .unwrap()
        .1;
    let newer_labels = labels.replacen(r#""schema_version":1"#, r#""schema_version":2"#, 1);
    assert_eq!(
        read_index(&files, Some(IndexPart::Labels), &newer_labels).unwrap_err(),
        "index/labels.json: schema version 2 where 1 is read"
    );
}

#[test]
fn markup_in_strings_is_refused_or_kept_as_inert_text() {
    let markup = "<script>alert(1)</script>";
    let quoted = serde_json::to_string(markup).unwrap();

    // Answers files: markup is never a slug, an item id or the format.
    let error = refused(&answers_file(&format!(r#","current":{quoted}"#)));
    assert_eq!(
        error,
        AnswersError::BadCurrent {
            value: quoted.clone()
        }
    );
    assert_eq!(
        error.to_string(),
        "\"current\" is \"<script>alert(1)</script>\"; it must be an occupation slug such as \
         \"chief-ict-security-officer\", or null."
    );
    assert_eq!(
        refused(&answers_file(&format!(r#","answers":{{{quoted}:4}}"#))),
        AnswersError::UnknownItem { id: markup.into() }
    );
    assert_eq!(
        refused(&format!(r#"{{"format":{quoted},"version":1}}"#)),
        AnswersError::WrongFormat {
            found: Some(markup.into())
        }
    );
    // A long hostile value is quoted only in part.
    let long = format!("<img src=x onerror=alert(1)>{}", "A".repeat(1000));
    let error = refused(&answers_file(&format!(r#","answers":{{"{long}":4}}"#)));
    assert_eq!(
        error.to_string(),
        format!("\"{}…\" is not an item of the assessment.", &long[..40])
    );

    // The share link: a right check does not make markup a slug.
    assert_eq!(
        share::decode(&forged_link(markup)),
        Err(ShareError::Damaged)
    );
    assert_eq!(
        share::decode(&forged_link("chief-ict-security-officer"))
            .unwrap()
            .current
            .as_deref(),
        Some("chief-ict-security-officer")
    );

    // The saved state: markup as its format is not a saved state.
    let state = SavedState::default()
        .to_json()
        .replacen("careerlens-assessment-state", markup, 1);
    assert_eq!(SavedState::from_json(&state), Err(SavedStateError::Damaged));

    // The dataset: markup in a text field reads as exactly that text, escaped or not, to be
    // shown as text.
    let detail = serde_json::to_string(&small_detail()).unwrap();
    for spelled in [
        quoted.clone(),
        r#""\u003cscript\u003ealert(1)\u003c/script\u003e""#.to_owned(),
    ] {
        let read: OccupationDetail =
            serde_json::from_str(&detail.replacen(r#""chief ICT security officer""#, &spelled, 1))
                .unwrap();
        assert_eq!(read.title, markup);
    }
    let mut index = small_index();
    index.occupations[1].title = markup.into();
    index.occupations[1].alt_labels = vec![format!("\"{markup}\\")];
    let files = index_files(&index);
    let read = read_index(&files, Some(IndexPart::Ids), &files[1].1).unwrap();
    assert_eq!(read, index);
}
