#![cfg(not(target_arch = "wasm32"))]
//! Property tests of career fit and the answers formats: the fit and the ranked scores stay
//! within 0–100, a person whose answers mirror an occupation's O*NET profile finds it at the
//! top, share links decode to the answers they encode, and no decoder panics, whatever it is
//! given.

use careerlens_engine::assessment::{Answers, ITEMS, SavedState, UserProfile, share};
use careerlens_engine::fit::{FitBasis, OccupationVectors, fit, rank};
use careerlens_engine::model::{Index, IndexOccupation};
use proptest::prelude::*;
use serde_json::Value;

// ---- strategies -------------------------------------------------------------------------------

/// Scale means as the profile computes them: averages of whole ratings 1–5.
fn mean_rating() -> impl Strategy<Value = f64> {
    prop_oneof![(1u8..=5).prop_map(f64::from), 1.0f64..=5.0]
}

fn user_profiles() -> impl Strategy<Value = UserProfile> {
    (
        prop::collection::vec(prop::option::of(mean_rating()), 6),
        prop::collection::vec(prop::option::of(mean_rating()), 16),
        prop::collection::vec(prop::option::of(mean_rating()), 6),
        prop::option::of(1u8..=5),
    )
        .prop_map(|(riasec, styles, values, job_zone)| UserProfile {
            riasec: riasec.try_into().unwrap(),
            work_styles: styles.try_into().unwrap(),
            work_values: values.try_into().unwrap(),
            job_zone,
        })
}

/// O*NET values as the index stores them: hundredths within the scale's range.
fn onet(low: f32, high: f32) -> impl Strategy<Value = f32> {
    let steps = ((high - low) * 100.0).round() as u32;
    (0..=steps).prop_map(move |s| ((low * 100.0).round() + s as f32) / 100.0)
}

/// The four vectors of one occupation, each present or not.
#[derive(Clone, Debug)]
struct Vectors {
    riasec: Option<Vec<f32>>,
    work_styles: Option<Vec<f32>>,
    work_values: Option<Vec<f32>>,
    job_zone: Option<f32>,
}

impl Vectors {
    fn view(&self) -> OccupationVectors<'_> {
        OccupationVectors {
            riasec: self.riasec.as_deref(),
            work_styles: self.work_styles.as_deref(),
            work_values: self.work_values.as_deref(),
            job_zone: self.job_zone,
        }
    }

    fn occupation(&self, slug: String) -> IndexOccupation {
        IndexOccupation {
            slug,
            riasec: self.riasec.clone(),
            work_styles: self.work_styles.clone(),
            work_values: self.work_values.clone(),
            job_zone: self.job_zone,
            ..IndexOccupation::default()
        }
    }
}

fn full_vectors() -> impl Strategy<Value = Vectors> {
    (
        prop::collection::vec(onet(1.0, 7.0), 6),
        prop::collection::vec(onet(1.0, 5.0), 16),
        prop::collection::vec(onet(1.0, 7.0), 6),
        onet(1.0, 5.0),
    )
        .prop_map(|(riasec, styles, values, zone)| Vectors {
            riasec: Some(riasec),
            work_styles: Some(styles),
            work_values: Some(values),
            job_zone: Some(zone),
        })
}

fn any_vectors() -> impl Strategy<Value = Vectors> {
    (full_vectors(), any::<[bool; 4]>()).prop_map(|(v, keep)| Vectors {
        riasec: v.riasec.filter(|_| keep[0]),
        work_styles: v.work_styles.filter(|_| keep[1]),
        work_values: v.work_values.filter(|_| keep[2]),
        job_zone: v.job_zone.filter(|_| keep[3]),
    })
}

fn slugs() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,8}"
}

fn answers() -> impl Strategy<Value = Answers> {
    (
        prop::collection::vec(prop::option::of(1u8..=5), ITEMS.len()),
        prop::option::of(1u8..=5),
        prop::option::of(slugs()),
    )
        .prop_map(|(ratings, job_zone, current)| Answers {
            ratings: ratings.try_into().unwrap(),
            job_zone,
            current,
        })
}

/// Edits to a valid encoding: (kind, position, character), applied in order.
fn edits() -> impl Strategy<Value = Vec<(u8, usize, char)>> {
    prop::collection::vec((0u8..4, any::<usize>(), any::<char>()), 1..6)
}

/// Replaces, inserts or deletes a character, or cuts the text short, at each edit.
fn mutate(text: &str, edits: &[(u8, usize, char)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for &(kind, at, c) in edits {
        let at = at % (chars.len() + 1);
        match kind {
            0 if at < chars.len() => chars[at] = c,
            1 => chars.insert(at, c),
            2 if at < chars.len() => {
                chars.remove(at);
            }
            _ => chars.truncate(at),
        }
    }
    chars.into_iter().collect()
}

/// Any JSON value, a few levels deep.
fn json_values() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (-3i64..10).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[a-z0-9 -]{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z-]{0,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Answers-file-shaped objects whose every field may be right, wrong or missing.
fn answers_like_json() -> impl Strategy<Value = String> {
    let item_id = prop_oneof![
        (0..ITEMS.len()).prop_map(|i| ITEMS[i].id.to_string()),
        Just("job-zone".to_string()),
        "[a-z0-9-]{0,10}",
    ];
    let answer_map = prop::collection::btree_map(item_id, json_values(), 0..8)
        .prop_map(|m| Value::Object(m.into_iter().collect()));
    (
        prop_oneof![Just(Value::from("careerlens-answers")), json_values()],
        prop_oneof![Just(Value::from(1)), json_values()],
        prop_oneof![answer_map, json_values()],
        prop::option::of(json_values()),
        prop::option::of(prop_oneof![slugs().prop_map(Value::from), json_values()]),
    )
        .prop_map(|(format, version, answers, job_zone, current)| {
            let mut file = serde_json::Map::new();
            file.insert("format".into(), format);
            file.insert("version".into(), version);
            file.insert("answers".into(), answers);
            if let Some(zone) = job_zone {
                file.insert("job_zone".into(), zone);
            }
            if let Some(current) = current {
                file.insert("current".into(), current);
            }
            Value::Object(file).to_string()
        })
}

// ---- checks -----------------------------------------------------------------------------------

/// What every successfully decoded answers value satisfies.
fn check_decoded(answers: &Answers) -> Result<(), TestCaseError> {
    prop_assert!(
        answers
            .ratings
            .iter()
            .flatten()
            .all(|r| (1..=5).contains(r))
    );
    prop_assert!(answers.job_zone.is_none_or(|z| (1..=5).contains(&z)));
    prop_assert_eq!(
        &Answers::from_json(&answers.to_json()),
        &Ok(answers.clone())
    );
    Ok(())
}

fn check_share(fragment: &str) -> Result<(), TestCaseError> {
    if let Ok(answers) = share::decode(fragment) {
        check_decoded(&answers)?;
        // Each answers value has one link: whatever decodes is that link.
        let canonical = fragment.strip_prefix('#').unwrap_or(fragment).trim();
        prop_assert_eq!(share::encode(&answers), canonical);
    }
    Ok(())
}

fn check_answers_file(text: &str) -> Result<(), TestCaseError> {
    if let Ok(answers) = Answers::from_json(text) {
        check_decoded(&answers)?;
    }
    Ok(())
}

fn check_saved(text: &str) -> Result<(), TestCaseError> {
    if let Ok(state) = SavedState::from_json(text) {
        check_decoded(&state.answers)?;
        prop_assert_eq!(SavedState::from_json(&state.to_json()), Ok(state));
    }
    Ok(())
}

// ---- properties -------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn fit_stays_within_0_to_100(user in user_profiles(), vectors in any_vectors()) {
        if let Some(got) = fit(&user, vectors.view()) {
            prop_assert!((0.0..=100.0).contains(&got.score), "{}", got.score);
            prop_assert!(got.components.iter().flatten().all(|c| (0.0..=1.0).contains(c)));
            prop_assert!(got.components.iter().any(Option::is_some));
            if got.basis == FitBasis::Partial {
                prop_assert!(got.components.iter().any(Option::is_none));
            }
        }
    }

    // The ranking rescores partial fits with the person's mean of each missing component:
    // those scores must stay in range too, and come out best first.
    #[test]
    fn ranked_scores_stay_within_0_to_100_best_first(
        user in user_profiles(),
        occupations in prop::collection::vec(any_vectors(), 0..12),
    ) {
        let index = Index {
            occupations: occupations.iter().enumerate()
                .map(|(i, v)| v.occupation(format!("occupation-{i}")))
                .collect(),
            ..Index::default()
        };
        let ranked = rank(&user, &index);
        for r in &ranked {
            prop_assert!((0.0..=100.0).contains(&r.fit.score), "{}", r.fit.score);
        }
        for pair in ranked.windows(2) {
            prop_assert!(pair[0].fit.score >= pair[1].fit.score);
        }
        let comparable = occupations.iter().filter(|v| fit(&user, v.view()).is_some()).count();
        prop_assert_eq!(ranked.len(), comparable);
    }

    #[test]
    fn a_share_link_decodes_to_the_answers_it_encodes(answers in answers()) {
        let link = share::encode(&answers);
        prop_assert_eq!(share::decode(&link), Ok(answers.clone()));
        prop_assert_eq!(share::decode(&format!("#{link}")), Ok(answers));
    }

    #[test]
    fn decoders_never_panic_on_arbitrary_text(text in any::<String>()) {
        check_share(&text)?;
        check_answers_file(&text)?;
        check_saved(&text)?;
    }

    #[test]
    fn share_decode_never_panics_on_link_like_text(text in "#?cl[0-9]?\\.[0-9a-z.-]{0,48}") {
        check_share(&text)?;
    }
}

// The JSON ones cost more per case (each builds and parses a whole file).
proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_answers_file_and_saved_state_round_trip(
        answers in answers(), screen in 0usize..100, finished in any::<bool>(),
    ) {
        prop_assert_eq!(Answers::from_json(&answers.to_json()), Ok(answers.clone()));
        let state = SavedState { answers, screen, finished };
        prop_assert_eq!(SavedState::from_json(&state.to_json()), Ok(state));
    }

    #[test]
    fn decoders_never_panic_on_edited_encodings(answers in answers(), edits in edits()) {
        check_share(&mutate(&share::encode(&answers), &edits))?;
        check_answers_file(&mutate(&answers.to_json(), &edits))?;
        let state = SavedState { answers, screen: 3, finished: false };
        check_saved(&mutate(&state.to_json(), &edits))?;
    }

    #[test]
    fn the_answers_decoder_never_panics_on_answers_shaped_json(text in answers_like_json()) {
        check_answers_file(&text)?;
        let state = format!(
            r#"{{"format":"careerlens-assessment-state","version":1,"screen":0,"answers":{text}}}"#
        );
        check_saved(&state)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// The person mirrors the target's O*NET profile: interests any increasing affine image of
    /// its RIASEC, the same work styles, its work values mapped 1–7 onto 1–5 by
    /// u = 1 + (x - 1) x 4/6, and its job zone. Among occupations with all four vectors nothing
    /// can rank above it (ties allowed).
    #[test]
    fn a_person_mirroring_an_occupation_ranks_it_first(
        target in full_vectors(),
        zone in 1u8..=5,
        others in prop::collection::vec(full_vectors(), 1..40),
        at in any::<prop::sample::Index>(),
        slope in 0.05f64..3.0,
        offset in -5.0f64..5.0,
    ) {
        let target = Vectors { job_zone: Some(f32::from(zone)), ..target };
        let user = UserProfile {
            riasec: riasec_image(&target, slope, offset),
            work_styles: target.work_styles.as_ref().unwrap()
                .iter().map(|&o| Some(f64::from(o))).collect::<Vec<_>>().try_into().unwrap(),
            work_values: target.work_values.as_ref().unwrap()
                .iter().map(|&x| Some(1.0 + (f64::from(x) - 1.0) * 4.0 / 6.0))
                .collect::<Vec<_>>().try_into().unwrap(),
            job_zone: Some(zone),
        };
        let mut all = others;
        let position = at.index(all.len() + 1);
        all.insert(position, target);
        let index = Index {
            occupations: all.iter().enumerate()
                .map(|(i, v)| v.occupation(format!("occupation-{i}")))
                .collect(),
            ..Index::default()
        };
        let ranked = rank(&user, &index);
        prop_assert_eq!(ranked.len(), all.len());
        let own = ranked.iter().find(|r| r.occupation == position).unwrap().fit.score;
        prop_assert!(own >= ranked[0].fit.score - 1e-9, "{own} below {}", ranked[0].fit.score);
        prop_assert!(own > 100.0 - 1e-9, "{own}");
    }
}

/// slope x RIASEC + offset, for a person whose interests have the target's shape.
fn riasec_image(target: &Vectors, slope: f64, offset: f64) -> [Option<f64>; 6] {
    let riasec = target.riasec.as_ref().unwrap();
    std::array::from_fn(|i| Some(slope * f64::from(riasec[i]) + offset))
}
