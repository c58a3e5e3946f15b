//! The reasons behind a fit, in words: up to three strengths and the main mismatch, each built
//! from one named comparison of the person's answers with the occupation's O*NET ratings.

use crate::assessment::UserProfile;
use crate::assessment::items::{RIASEC, WORK_STYLES};

use super::{
    OccupationVectors, WEIGHT_INTERESTS, WEIGHT_JOB_ZONE, WEIGHT_WORK_STYLES, WEIGHT_WORK_VALUES,
};

/// How many strengths an explanation lists.
pub const REASONS_SHOWN: usize = 3;
/// A work style counts as one the role relies on from this O*NET importance (1–5).
pub const RELIED_ON_IMPORTANCE: f32 = 4.0;
/// A work value counts as one the role offers from this O*NET extent (1–7), and as one it
/// offers little of below [`LITTLE_EXTENT`].
pub const OFFERED_EXTENT: f32 = 5.0;
pub const LITTLE_EXTENT: f32 = 3.5;

/// Why an occupation fits, and where it does not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Explanation {
    /// The strongest matches, strongest first, at most [`REASONS_SHOWN`].
    pub reasons: Vec<String>,
    /// The strongest mismatch, if any.
    pub mismatch: Option<String>,
}

struct Candidate {
    strength: f64,
    text: String,
}

/// The reasons for the fit of `user` with `occupation`.
pub fn explain(user: &UserProfile, occupation: OccupationVectors<'_>) -> Explanation {
    let mut matches = Vec::new();
    let mut mismatches = Vec::new();
    interests(user, occupation, &mut matches, &mut mismatches);
    work_styles(user, occupation, &mut matches, &mut mismatches);
    work_values(user, occupation, &mut matches, &mut mismatches);
    job_zone(user, occupation, &mut matches, &mut mismatches);
    let by_strength = |a: &Candidate, b: &Candidate| b.strength.total_cmp(&a.strength);
    matches.sort_by(by_strength);
    mismatches.sort_by(by_strength);
    Explanation {
        reasons: matches
            .into_iter()
            .take(REASONS_SHOWN)
            .map(|c| c.text)
            .collect(),
        mismatch: mismatches.into_iter().next().map(|c| c.text),
    }
}

/// The index of the largest value; ties go to the first.
fn top(values: &[f32]) -> Option<usize> {
    (0..values.len()).reduce(|best, i| if values[i] > values[best] { i } else { best })
}

fn interests(
    user: &UserProfile,
    occupation: OccupationVectors<'_>,
    matches: &mut Vec<Candidate>,
    mismatches: &mut Vec<Candidate>,
) {
    let (Some(profile), Some(order)) = (occupation.riasec, Some(user.riasec_order())) else {
        return;
    };
    // Explain interests only when the fit compared them: all six areas answered and neither
    // profile flat. Otherwise every occupation would get "you rated ... highest".
    if user
        .full_riasec()
        .and_then(|full| super::interest_congruence(&full, profile))
        .is_none()
    {
        return;
    }
    let (Some(role_top), Some(&user_top)) = (top(profile), order.first()) else {
        return;
    };
    let user_max = user.riasec[user_top].unwrap_or(0.0);
    // Areas the person rated as highly as their top one count as their top too.
    let tied_top = |area: usize| user.riasec[area].is_some_and(|v| (v - user_max).abs() < 1e-9);
    let area = RIASEC[role_top];
    let area_lower = area.to_lowercase();
    if tied_top(role_top) {
        matches.push(Candidate {
            strength: WEIGHT_INTERESTS,
            text: format!(
                "You rated {area_lower} activities highest; this role's strongest interest is {area}."
            ),
        });
    } else if order.iter().take(2).any(|&a| a == role_top) {
        matches.push(Candidate {
            strength: WEIGHT_INTERESTS * 0.6,
            text: format!(
                "This role's strongest interest is {area}, your second-highest area after {}.",
                RIASEC[user_top]
            ),
        });
    } else if order.len() >= 4 && order.iter().rev().take(2).any(|&a| a == role_top) {
        mismatches.push(Candidate {
            strength: WEIGHT_INTERESTS,
            text: format!(
                "This role's strongest interest is {area}, one of the two areas you rated lowest."
            ),
        });
    } else {
        mismatches.push(Candidate {
            strength: WEIGHT_INTERESTS * 0.4,
            text: format!(
                "This role's strongest interest is {area}; you rated {} activities higher.",
                RIASEC[user_top].to_lowercase()
            ),
        });
    }
}

/// An O*NET rating stored in hundredths, with one decimal rounded half up, as the app shows it
/// (`{:.1}` would show 4.25 as "4.2" and 4.45 as "4.4", against the profile's 4.3 and 4.5).
fn one_decimal(value: f32) -> String {
    let hundredths = (f64::from(value) * 100.0).round() as i64;
    let tenths = (hundredths + 5).div_euclid(10);
    format!("{}.{}", tenths.div_euclid(10), tenths.rem_euclid(10))
}

/// A work style's name inside a sentence.
fn style_phrase(style: usize) -> String {
    match WORK_STYLES[style] {
        "Achievement/Effort" => "achievement and effort".to_owned(),
        "Adaptability/Flexibility" => "adaptability".to_owned(),
        name => name.to_lowercase(),
    }
}

/// How a work-style self-rating reads in a sentence.
fn like_you(rating: f64) -> &'static str {
    match rating.round() as i64 {
        5.. => "very much like you",
        4 => "mostly like you",
        3 => "somewhat like you",
        2 => "only a little like you",
        _ => "not at all like you",
    }
}

fn work_styles(
    user: &UserProfile,
    occupation: OccupationVectors<'_>,
    matches: &mut Vec<Candidate>,
    mismatches: &mut Vec<Candidate>,
) {
    let Some(importance) = occupation.work_styles else {
        return;
    };
    for (style, (&rating, &o)) in user.work_styles.iter().zip(importance).enumerate() {
        let Some(rating) = rating else { continue };
        if o < RELIED_ON_IMPORTANCE {
            continue;
        }
        let demand = f64::from(o - 1.0) / 4.0;
        let text = format!(
            "It relies on {} (importance {} of 5), which you said is {}.",
            style_phrase(style),
            one_decimal(o),
            like_you(rating)
        );
        if rating >= 4.0 {
            matches.push(Candidate {
                strength: WEIGHT_WORK_STYLES * demand * (rating - 1.0) / 4.0,
                text,
            });
        } else if rating <= 2.0 {
            mismatches.push(Candidate {
                strength: WEIGHT_WORK_STYLES * demand * (5.0 - rating) / 4.0,
                text,
            });
        }
    }
}

/// A work value's name inside a sentence, as what a job offers.
fn value_phrase(value: usize) -> &'static str {
    [
        "a sense of achievement",
        "good pay, security and variety",
        "recognition and advancement",
        "good relationships and a chance to serve others",
        "a supportive employer",
        "independence",
    ][value]
}

/// How a work-value importance reads in a sentence.
fn important_to_you(rating: f64) -> &'static str {
    if rating >= 4.5 {
        "essential"
    } else {
        "very important"
    }
}

fn work_values(
    user: &UserProfile,
    occupation: OccupationVectors<'_>,
    matches: &mut Vec<Candidate>,
    mismatches: &mut Vec<Candidate>,
) {
    let Some(extent) = occupation.work_values else {
        return;
    };
    for (value, (&rating, &x)) in user.work_values.iter().zip(extent).enumerate() {
        let Some(rating) = rating else { continue };
        if rating < 4.0 {
            continue;
        }
        let need = (rating - 1.0) / 4.0;
        if x >= OFFERED_EXTENT {
            matches.push(Candidate {
                strength: WEIGHT_WORK_VALUES * need * f64::from(x - 1.0) / 6.0,
                text: format!(
                    "It offers {} ({} of 7 in O*NET), which you rated {}.",
                    value_phrase(value),
                    one_decimal(x),
                    important_to_you(rating)
                ),
            });
        } else if x < LITTLE_EXTENT {
            mismatches.push(Candidate {
                strength: WEIGHT_WORK_VALUES * need * f64::from(7.0 - x) / 6.0,
                text: format!(
                    "You rated {} {}, but this role offers little of it ({} of 7 in O*NET).",
                    value_phrase(value),
                    important_to_you(rating),
                    one_decimal(x)
                ),
            });
        }
    }
}

fn job_zone(
    user: &UserProfile,
    occupation: OccupationVectors<'_>,
    matches: &mut Vec<Candidate>,
    mismatches: &mut Vec<Candidate>,
) {
    let (Some(yours), Some(zone)) = (user.job_zone, occupation.job_zone) else {
        return;
    };
    let gap = f64::from(zone) - f64::from(yours);
    let rounded = zone.round() as u8;
    if gap.abs() < 0.5 {
        matches.push(Candidate {
            strength: WEIGHT_JOB_ZONE * 0.5,
            text: format!("It usually needs the preparation you have (O*NET job zone {rounded})."),
        });
    } else if gap >= 1.5 {
        mismatches.push(Candidate {
            strength: WEIGHT_JOB_ZONE * gap / 4.0 * 2.0,
            text: format!(
                "It usually needs more preparation than you have so far: job zone {rounded}, against your {yours}."
            ),
        });
    } else if gap <= -2.0 {
        mismatches.push(Candidate {
            strength: WEIGHT_JOB_ZONE * -gap / 4.0,
            text: format!(
                "It usually needs less preparation than you have: job zone {rounded}, against your {yours}."
            ),
        });
    }
}
