//! The reasons behind a fit, as the results page shows them: exact sentences for hand-built
//! people and occupations, with each candidate's strength worked out in the comments.

use careerlens_engine::assessment::UserProfile;
use careerlens_engine::fit::{Explanation, OccupationVectors, explain};

/// Interests I 5, A 4, C 3, S 2, R 1, E 1: in order I, A, C, S, R, E (ties in RIASEC order).
fn analyst() -> UserProfile {
    let mut work_styles = [None; 16];
    work_styles[3] = Some(1.0); // Leadership
    work_styles[11] = Some(5.0); // Attention to Detail
    work_styles[15] = Some(4.0); // Analytical Thinking
    UserProfile {
        riasec: [1.0, 5.0, 4.0, 2.0, 1.0, 3.0].map(Some),
        work_styles,
        // Achievement 5, Recognition 4.5 (one item 4, one 5), Independence 4.
        work_values: [Some(5.0), None, Some(4.5), None, None, Some(4.0)],
        job_zone: Some(2),
    }
}

fn riasec_topped_by(area: usize) -> Vec<f32> {
    let mut profile = vec![2.0; 6];
    profile[area] = 6.5;
    profile
}

fn styles() -> Vec<f32> {
    let mut importance = vec![3.0f32; 16];
    importance[3] = 4.5;
    importance[11] = 4.75;
    importance[15] = 4.25;
    importance
}

/// Achievement 6, Working Conditions 4, Recognition 2, Relationships 3, Support 4,
/// Independence 5.5.
const VALUES: [f32; 6] = [6.0, 4.0, 2.0, 3.0, 4.0, 5.5];

fn explain_with(user: &UserProfile, riasec: &[f32], zone: f32) -> Explanation {
    let styles = styles();
    explain(
        user,
        OccupationVectors {
            riasec: Some(riasec),
            work_styles: Some(&styles),
            work_values: Some(&VALUES),
            job_zone: Some(zone),
        },
    )
}

#[test]
fn the_three_strongest_matches_and_the_strongest_mismatch_in_words() {
    // Matches: interests 0.5 (the role's top area, I, is the person's top);
    //   attention to detail 0.2 x (4.75 - 1)/4 x (5 - 1)/4 = 0.1875;
    //   achievement 0.2 x (5 - 1)/4 x (6 - 1)/6 = 0.1667;
    //   analytical thinking 0.2 x 3.25/4 x 3/4 = 0.1219; independence 0.2 x 3/4 x 4.5/6 = 0.1125.
    // Mismatches: leadership 0.2 x 3.5/4 x (5 - 1)/4 = 0.175;
    //   recognition 0.2 x 3.5/4 x (7 - 2)/6 = 0.1458; job zone 0.1 x (4 - 2)/4 x 2 = 0.1.
    let got = explain_with(&analyst(), &riasec_topped_by(1), 4.0);
    assert_eq!(
        got.reasons,
        [
            "You rated investigative activities highest; this role's strongest interest is \
             Investigative.",
            "It relies on attention to detail (importance 4.8 of 5), which you said is very much \
             like you.",
            "It offers a sense of achievement (6.0 of 7 in O*NET), which you rated essential.",
        ]
    );
    assert_eq!(
        got.mismatch.as_deref(),
        Some(
            "It relies on leadership (importance 4.5 of 5), which you said is not at all like you."
        )
    );
}

#[test]
fn weaker_matches_and_mismatches_read_as_sentences() {
    // Without interests, styles or achievement the next matches show: analytical thinking
    // (4.25 shown half up as 4.3, as the profile page shows it) and independence.
    let user = UserProfile {
        riasec: [None; 6],
        work_styles: {
            let mut s = analyst().work_styles;
            s[3] = None;
            s[11] = None;
            s
        },
        work_values: [None, None, Some(4.5), None, None, Some(4.0)],
        ..analyst()
    };
    let got = explain_with(&user, &riasec_topped_by(1), 4.0);
    assert_eq!(
        got.reasons,
        [
            "It relies on analytical thinking (importance 4.3 of 5), which you said is mostly \
             like you.",
            "It offers independence (5.5 of 7 in O*NET), which you rated very important.",
        ]
    );
    // Recognition 0.1458 beats the job zone's 0.1.
    assert_eq!(
        got.mismatch.as_deref(),
        Some(
            "You rated recognition and advancement essential, but this role offers little of it \
             (2.0 of 7 in O*NET)."
        )
    );
    let zone_only = UserProfile {
        work_values: [None; 6],
        ..user
    };
    assert_eq!(
        explain_with(&zone_only, &riasec_topped_by(1), 4.0)
            .mismatch
            .as_deref(),
        Some("It usually needs more preparation than you have so far: job zone 4, against your 2.")
    );
}

#[test]
fn the_role_top_interest_is_placed_among_the_persons_areas() {
    let only_interests = UserProfile {
        riasec: analyst().riasec,
        ..UserProfile::default()
    };
    let explained = |area| explain_with(&only_interests, &riasec_topped_by(area), 4.0);
    // A is the person's second area.
    assert_eq!(
        explained(2).reasons,
        [
            "This role's strongest interest is Artistic, your second-highest area after \
          Investigative."
        ]
    );
    assert_eq!(explained(2).mismatch, None);
    // S is fourth of six: neither near the top nor among the two lowest.
    let social = explained(3);
    assert!(social.reasons.is_empty());
    assert_eq!(
        social.mismatch.as_deref(),
        Some(
            "This role's strongest interest is Social; you rated investigative activities higher."
        )
    );
    // E is last (tied with R at 1).
    assert_eq!(
        explained(4).mismatch.as_deref(),
        Some(
            "This role's strongest interest is Enterprising, one of the two areas you rated lowest."
        )
    );
}

#[test]
fn preparation_that_matches_or_exceeds_the_role_reads_in_words() {
    let user = |zone| UserProfile {
        job_zone: Some(zone),
        ..UserProfile::default()
    };
    let zone_reasons = |yours, role| {
        explain(
            &user(yours),
            OccupationVectors {
                job_zone: Some(role),
                ..OccupationVectors::default()
            },
        )
    };
    assert_eq!(
        zone_reasons(4, 4.2).reasons,
        ["It usually needs the preparation you have (O*NET job zone 4)."]
    );
    assert_eq!(
        zone_reasons(5, 2.5).mismatch.as_deref(),
        Some("It usually needs less preparation than you have: job zone 3, against your 5.")
    );
    // One zone either way is close enough to say nothing.
    assert_eq!(zone_reasons(3, 4.0), Explanation::default());
    assert_eq!(zone_reasons(3, 2.0), Explanation::default());
}

// Regression: with every area rated alike (or one area unanswered) the fit leaves interests
// out, so no reason may claim "you rated ... highest" for every occupation.
#[test]
fn interests_the_fit_did_not_compare_give_no_reason() {
    let flat = UserProfile {
        riasec: [Some(3.0); 6],
        ..UserProfile::default()
    };
    assert_eq!(
        explain_with(&flat, &riasec_topped_by(0), 3.0),
        Explanation::default()
    );
    let mut five_areas = UserProfile {
        riasec: analyst().riasec,
        ..UserProfile::default()
    };
    five_areas.riasec[0] = None;
    assert_eq!(
        explain_with(&five_areas, &riasec_topped_by(1), 3.0),
        Explanation::default()
    );
    // A flat occupation profile has no strongest interest either.
    let only_interests = UserProfile {
        riasec: analyst().riasec,
        ..UserProfile::default()
    };
    assert_eq!(
        explain_with(&only_interests, &[3.0; 6], 3.0),
        Explanation::default()
    );
}

// Regression: the working-conditions value once read "You rated good working conditions: pay,
// security and variety very important, but ...".
#[test]
fn every_work_value_reads_inside_both_sentences() {
    for value in 0..6 {
        let mut work_values = [None; 6];
        work_values[value] = Some(5.0);
        let user = UserProfile {
            work_values,
            ..UserProfile::default()
        };
        for extent in [6.0, 2.0] {
            let mut offered = [4.0f32; 6];
            offered[value] = extent;
            let got = explain(
                &user,
                OccupationVectors {
                    work_values: Some(&offered),
                    ..OccupationVectors::default()
                },
            );
            let text = got.reasons.first().or(got.mismatch.as_ref()).unwrap();
            assert!(!text.contains(':') && !text.contains("  "), "{text}");
        }
    }
}
