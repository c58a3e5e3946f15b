//! The assessment's data: the item bank, the answers file, the share link and the saved state.
//! Every refusal is checked by its error variant.

use careerlens_engine::assessment::answers::{ANSWERS_FORMAT, MAX_ANSWERS_FILE_BYTES};
use careerlens_engine::assessment::items::{IPIP_SOURCES, RIASEC, WORK_STYLES, WORK_VALUES};
use careerlens_engine::assessment::saved::STORAGE_KEY;
use careerlens_engine::assessment::share::{self, SHARE_PREFIX};
use careerlens_engine::assessment::{
    Answers, AnswersError, BACKGROUND, ITEMS, SavedState, SavedStateError, Scale, ShareError,
    UserProfile,
};

fn answers(ratings: &[(&str, u8)], job_zone: Option<u8>, current: Option<&str>) -> Answers {
    let mut answers = Answers {
        job_zone,
        current: current.map(str::to_string),
        ..Answers::default()
    };
    for &(id, rating) in ratings {
        assert!(answers.set(id, rating), "{id} = {rating}");
    }
    answers
}

/// Every item answered, cycling 1-5, with both background answers.
fn full() -> Answers {
    let mut all = Answers {
        job_zone: Some(5),
        current: Some("chief-ict-security-officer".to_string()),
        ..Answers::default()
    };
    for (i, slot) in all.ratings.iter_mut().enumerate() {
        *slot = Some(i as u8 % 5 + 1);
    }
    all
}

#[test]
fn the_item_bank_covers_every_scale_with_unique_ids() {
    let count = |scale| ITEMS.iter().filter(|i| i.scale == scale).count();
    for (area, name) in RIASEC.iter().enumerate() {
        assert_eq!(count(Scale::Interest(area)), 5, "{name}");
    }
    for (style, name) in WORK_STYLES.iter().enumerate() {
        assert_eq!(count(Scale::WorkStyle(style)), 1, "{name}");
    }
    for (value, name) in WORK_VALUES.iter().enumerate() {
        assert_eq!(count(Scale::WorkValue(value)), 2, "{name}");
    }
    let mut ids: Vec<&str> = ITEMS.iter().chain(&BACKGROUND).map(|i| i.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 60);
    for (id, _, _) in IPIP_SOURCES {
        let item = ITEMS.iter().find(|i| i.id == id).unwrap();
        assert!(matches!(item.scale, Scale::WorkStyle(_)), "{id}");
    }
}

#[test]
fn the_answers_file_round_trips() {
    for original in [
        Answers::default(),
        answers(
            &[("r1", 4), ("ws-detail", 2)],
            Some(3),
            Some("chief-ict-security-officer"),
        ),
        full(),
    ] {
        let json = original.to_json();
        assert_eq!(Answers::from_json(&json), Ok(original));
    }
    // The example from the format's documentation.
    let documented = r#"{"format": "careerlens-answers", "version": 1,
        "answers": {"r1": 4, "ws-detail": 2},
        "job_zone": 3, "current": "chief-ict-security-officer"}"#;
    assert_eq!(
        Answers::from_json(documented),
        Ok(answers(
            &[("r1", 4), ("ws-detail", 2)],
            Some(3),
            Some("chief-ict-security-officer")
        ))
    );
    // Nulls and absent fields are unanswered.
    let sparse = r#"{"format":"careerlens-answers","version":1,"answers":null,"job_zone":null}"#;
    assert_eq!(Answers::from_json(sparse), Ok(Answers::default()));
}

fn with_answers(answers: &str) -> String {
    format!(r#"{{"format":"careerlens-answers","version":1,"answers":{answers}}}"#)
}

fn refused(text: &str) -> AnswersError {
    Answers::from_json(text).expect_err(text)
}

#[test]
fn answers_out_of_range_or_unknown_are_refused_by_name() {
    assert_eq!(
        refused(&with_answers(r#"{"r9":3}"#)),
        AnswersError::UnknownItem { id: "r9".into() }
    );
    for (value, quoted) in [("0", "0"), ("6", "6"), ("2.5", "2.5"), (r#""4""#, r#""4""#)] {
        assert_eq!(
            refused(&with_answers(&format!(r#"{{"r1":{value}}}"#))),
            AnswersError::OutOfRange {
                id: "r1".into(),
                value: quoted.into()
            },
            "{value}"
        );
    }
    for id in ["job-zone", "current"] {
        assert_eq!(
            refused(&with_answers(&format!(r#"{{"{id}":3}}"#))),
            AnswersError::BackgroundInAnswers { id: id.into() }
        );
    }
    assert_eq!(
        refused(&with_answers("[4, 2]")),
        AnswersError::AnswersNotAnObject
    );
}

#[test]
fn another_format_or_version_is_refused() {
    assert_eq!(
        refused(r#"{"format":"careerlens-notes","version":1}"#),
        AnswersError::WrongFormat {
            found: Some("careerlens-notes".into())
        }
    );
    assert_eq!(
        refused(r#"{"version":1,"answers":{}}"#),
        AnswersError::WrongFormat { found: None }
    );
    assert_eq!(
        refused(r#"{"format":"careerlens-answers","version":2,"answers":{}}"#),
        AnswersError::UnknownVersion { version: 2 }
    );
    assert_eq!(
        refused(r#"{"format":"careerlens-answers","answers":{}}"#),
        AnswersError::MissingVersion
    );
    assert!(matches!(
        refused("{\"format\": "),
        AnswersError::NotJson { .. }
    ));
    assert_eq!(refused("[1, 2, 3]"), AnswersError::NotAnObject);
}

#[test]
fn background_answers_must_be_a_zone_or_a_slug() {
    let file = |field: &str| {
        format!(r#"{{"format":"careerlens-answers","version":1,"answers":{{}},{field}}}"#)
    };
    assert_eq!(
        refused(&file(r#""current":"Chief ICT security officer""#)),
        AnswersError::BadCurrent {
            value: r#""Chief ICT security officer""#.into()
        }
    );
    for slug in [r#""-officer""#, r#""""#, "42"] {
        assert!(
            matches!(
                refused(&file(&format!(r#""current":{slug}"#))),
                AnswersError::BadCurrent { .. }
            ),
            "{slug}"
        );
    }
    assert_eq!(
        refused(&file(r#""job_zone":6"#)),
        AnswersError::BadJobZone { value: "6".into() }
    );
}

#[test]
fn an_oversize_file_is_refused_before_parsing() {
    // Valid JSON, padded with spaces past the limit.
    let padded = format!(
        "{}{}",
        Answers::default().to_json(),
        " ".repeat(MAX_ANSWERS_FILE_BYTES)
    );
    assert_eq!(
        refused(&padded),
        AnswersError::TooLarge {
            bytes: padded.len()
        }
    );
}

#[test]
fn refusals_explain_themselves_in_plain_words() {
    assert_eq!(
        refused(&with_answers(r#"{"r1":6}"#)).to_string(),
        "The answer to \"r1\" is 6; answers are whole numbers from 1 to 5."
    );
    assert_eq!(
        refused(r#"{"format":"careerlens-answers","version":2}"#).to_string(),
        "This answers file is version 2; this CareerLens reads version 1."
    );
    assert_eq!(
        AnswersError::WrongFormat { found: None }.to_string(),
        format!(
            "This is not a CareerLens answers file: it has no \"format\": \"{ANSWERS_FORMAT}\"."
        )
    );
}

#[test]
fn set_accepts_only_known_items_and_ratings_one_to_five() {
    let mut a = Answers::default();
    assert!(a.set("c5", 5) && a.set("c5", 1));
    assert!(!a.set("c6", 3) && !a.set("r1", 0) && !a.set("r1", 6) && !a.set("job-zone", 3));
    assert_eq!(a.answered(), 1);
    assert!(!a.is_empty() && Answers::default().is_empty());
}

#[test]
fn the_profile_is_the_mean_of_each_scales_answers() {
    // Realistic 5, 4 -> 4.5; Investigative 2; Recognition 4 and 5 -> 4.5.
    let a = answers(
        &[
            ("r1", 5),
            ("r3", 4),
            ("i2", 2),
            ("ws-stress", 3),
            ("wv-recognition-1", 4),
            ("wv-recognition-2", 5),
        ],
        Some(4),
        None,
    );
    let p = UserProfile::from_answers(&a);
    assert_eq!(p.riasec[..2], [Some(4.5), Some(2.0)]);
    assert_eq!(p.riasec[2..], [None; 4]);
    assert_eq!(p.work_styles[8], Some(3.0));
    assert_eq!(p.work_values[2], Some(4.5));
    assert_eq!(p.job_zone, Some(4));
    assert_eq!(p.full_riasec(), None);
    assert_eq!(p.holland_code(), "RI");
    assert!(UserProfile::from_answers(&Answers::default()).is_empty());
    // Ties keep RIASEC order.
    let all_threes = UserProfile::from_answers(&full());
    assert_eq!(all_threes.full_riasec(), Some([3.0; 6]));
    assert_eq!(all_threes.holland_code(), "RIA");
}

#[test]
fn the_share_link_packs_two_items_per_character() {
    // r1 = 4, i1 = 2 -> 6 x 4 + 2 = 26 -> "q"; the other 28 pairs unanswered -> "0"; job zone 3.
    let link = share::encode(&answers(
        &[("r1", 4), ("i1", 2)],
        Some(3),
        Some("chief-ict-security-officer"),
    ));
    let (body, check) = link.rsplit_once('.').unwrap();
    assert_eq!(
        body,
        format!("cl1.q{}3.chief-ict-security-officer", "0".repeat(28))
    );
    assert_eq!(check, base36(fnv1a(body)));
    // All 5s: 6 x 5 + 5 = 35 -> "z".
    let all_fives = Answers {
        ratings: [Some(5); ITEMS.len()],
        ..Answers::default()
    };
    assert!(share::encode(&all_fives).starts_with(&format!("cl1.{}0..", "z".repeat(29))));
}

#[test]
fn the_share_link_decodes_to_the_answers_it_encodes() {
    for original in [
        Answers::default(),
        answers(&[("c5", 1)], None, None),
        answers(
            &[("r1", 4), ("i1", 2)],
            Some(3),
            Some("chief-ict-security-officer"),
        ),
        full(),
    ] {
        let link = share::encode(&original);
        assert_eq!(share::decode(&link), Ok(original.clone()), "{link}");
        assert_eq!(share::decode(&format!("#{link}")), Ok(original));
    }
}

#[test]
fn a_changed_character_is_detected_as_damage() {
    let link = share::encode(&full());
    for (at, byte) in link.bytes().enumerate().skip(SHARE_PREFIX.len()) {
        if byte == b'.' {
            continue;
        }
        // Another base-36 digit, as a mistyped link would have.
        let other = if byte == b'7' { '8' } else { '7' };
        let mut tampered = link.clone();
        tampered.replace_range(at..at + 1, &other.to_string());
        assert_eq!(
            share::decode(&tampered),
            Err(ShareError::Damaged),
            "{tampered}"
        );
    }
}

#[test]
fn a_cut_off_link_is_never_read_as_other_answers() {
    let link = share::encode(&full());
    for end in SHARE_PREFIX.len() - 1..link.len() {
        let cut = &link[..end];
        let got = share::decode(cut);
        assert!(
            matches!(got, Err(ShareError::Truncated | ShareError::Damaged)),
            "{cut}: {got:?}"
        );
    }
    // Cut in the slug or the check, it says so.
    assert_eq!(
        share::decode(&link[..link.len() - 3]),
        Err(ShareError::Truncated)
    );
    assert_eq!(share::decode(&link[..45]), Err(ShareError::Truncated));
}

// Regression: a check that covers the prefix alone once made the decoder slice past "cl1" and
// panic, which aborts the app in WebAssembly.
#[test]
fn a_link_whose_check_covers_only_the_prefix_is_refused_without_panicking() {
    let forged = format!("cl1.{}", base36(fnv1a("cl1")));
    assert_eq!(share::decode(&forged), Err(ShareError::Truncated));
}

#[test]
fn other_versions_and_other_text_are_told_apart() {
    let link = share::encode(&full());
    let v2 = link.replacen("cl1.", "cl2.", 1);
    assert_eq!(share::decode(&v2), Err(ShareError::UnknownVersion));
    assert_eq!(share::decode("cl12.abc"), Err(ShareError::UnknownVersion));
    for garbage in ["hello", "results", "clx.abc", "c", "%20cl1.", "CL1.abc"] {
        assert_eq!(
            share::decode(garbage),
            Err(ShareError::NotALink),
            "{garbage}"
        );
    }
    assert_eq!(share::decode(""), Err(ShareError::Empty));
    assert_eq!(share::decode("#"), Err(ShareError::Empty));
    let long = format!("{link}{}", "a".repeat(600));
    assert_eq!(share::decode(&long), Err(ShareError::TooLong));
}

#[test]
fn the_saved_state_round_trips() {
    for state in [
        SavedState::default(),
        SavedState {
            answers: full(),
            screen: 7,
            finished: true,
        },
    ] {
        assert_eq!(SavedState::from_json(&state.to_json()), Ok(state));
    }
    assert_eq!(STORAGE_KEY, "careerlens.assessment.v1");
}

#[test]
fn a_damaged_or_foreign_saved_state_is_refused_with_its_reason() {
    let state = SavedState {
        answers: full(),
        screen: 3,
        finished: false,
    }
    .to_json();
    // The stored state with one field changed (`None` removes it).
    let edited = |field: &str, value: Option<serde_json::Value>| {
        let mut raw: serde_json::Value = serde_json::from_str(&state).unwrap();
        let object = raw.as_object_mut().unwrap();
        match value {
            Some(value) => object.insert(field.to_string(), value),
            None => object.remove(field),
        };
        raw.to_string()
    };
    assert_eq!(
        SavedState::from_json(&edited("version", Some(2.into()))),
        Err(SavedStateError::OtherVersion)
    );
    for damaged in [
        String::new(),
        "null".to_string(),
        "{}".to_string(),
        state[..state.len() / 2].to_string(),
        edited("format", Some("something-else".into())),
        edited("screen", Some("three".into())),
        edited("version", None),
    ] {
        assert_eq!(
            SavedState::from_json(&damaged),
            Err(SavedStateError::Damaged),
            "{damaged}"
        );
    }
    let bad_answers = edited(
        "answers",
        Some(serde_json::json!({
            "format": "careerlens-answers", "version": 1, "answers": {"r1": 9}
        })),
    );
    assert_eq!(
        SavedState::from_json(&bad_answers),
        Err(SavedStateError::Answers(AnswersError::OutOfRange {
            id: "r1".into(),
            value: "9".into()
        }))
    );
    assert_eq!(
        SavedState::from_json(&edited("answers", None)),
        Err(SavedStateError::Answers(AnswersError::NotAnObject))
    );
}

/// FNV-1a, 32 bits, written out again here so the test does not trust the code it checks.
fn fnv1a(text: &str) -> u32 {
    let mut hash: u32 = 2_166_136_261;
    for byte in text.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(16_777_619);
    }
    hash
}

/// Seven base-36 digits, most significant first.
fn base36(mut value: u32) -> String {
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = [b'0'; 7];
    for slot in out.iter_mut().rev() {
        *slot = digits[(value % 36) as usize];
        value /= 36;
    }
    String::from_utf8(out.to_vec()).unwrap()
}
