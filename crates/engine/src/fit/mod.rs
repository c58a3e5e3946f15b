//! Career fit: how well a person's answers match each occupation's O*NET profile.
//!
//! Four components, each 0–1, compared on the O*NET vectors the index carries:
//! * interests: the *shape* congruence of the person's six RIASEC means with the occupation's
//!   O*NET interest profile, as the Pearson correlation r mapped to (r + 1) / 2;
//! * work styles: 1 − the mean absolute difference between the person's self-ratings (1–5) and
//!   the occupation's work-style importance (1–5), over the styles answered, divided by 4;
//! * work values: the same on a 0–1 scale, the person's 1–5 importance as (v − 1) / 4 and the
//!   occupation's 1–7 extent as (x − 1) / 6;
//! * job zone: 1 − |person's zone − occupation's zone| / 4.
//!
//! The fit is 100 × the weighted mean of the components both sides have ([`WEIGHTS`]), so an
//! occupation missing a vector is ranked on what it has and marked [`FitBasis::Partial`].

mod reasons;

pub use reasons::{
    Explanation, LITTLE_EXTENT, OFFERED_EXTENT, REASONS_SHOWN, RELIED_ON_IMPORTANCE, explain,
};

use crate::assessment::UserProfile;
use crate::model::{Index, IndexOccupation};

/// A component of the fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Component {
    Interests,
    WorkStyles,
    WorkValues,
    JobZone,
}

impl Component {
    pub const ALL: [Component; 4] = [
        Component::Interests,
        Component::WorkStyles,
        Component::WorkValues,
        Component::JobZone,
    ];

    /// The component's name in plain words.
    pub fn label(self) -> &'static str {
        match self {
            Component::Interests => "Interests",
            Component::WorkStyles => "Work styles",
            Component::WorkValues => "Work values",
            Component::JobZone => "Preparation",
        }
    }

    /// Its weight in the fit.
    pub fn weight(self) -> f64 {
        match self {
            Component::Interests => WEIGHT_INTERESTS,
            Component::WorkStyles => WEIGHT_WORK_STYLES,
            Component::WorkValues => WEIGHT_WORK_VALUES,
            Component::JobZone => WEIGHT_JOB_ZONE,
        }
    }
}

/// Interests weigh most: congruence of interests is the best-studied predictor of satisfaction
/// with an occupation (Holland's theory; O*NET's own Interest Profiler matches on interests).
pub const WEIGHT_INTERESTS: f64 = 0.5;
/// Work styles: whether the person has the traits the work relies on.
pub const WEIGHT_WORK_STYLES: f64 = 0.2;
/// Work values: whether the work offers what the person needs from a job.
pub const WEIGHT_WORK_VALUES: f64 = 0.2;
/// Preparation weighs least: it says how near a role is today, not whether it suits the person.
pub const WEIGHT_JOB_ZONE: f64 = 0.1;
/// Every weight, in [`Component::ALL`] order.
pub const WEIGHTS: [f64; 4] = [
    WEIGHT_INTERESTS,
    WEIGHT_WORK_STYLES,
    WEIGHT_WORK_VALUES,
    WEIGHT_JOB_ZONE,
];

/// What an occupation's fit rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FitBasis {
    /// Every component the person answered.
    Full,
    /// Only some: the occupation lacks O*NET data for the others.
    Partial,
}

/// One occupation's fit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    /// 0–100.
    pub score: f64,
    /// Each component, 0–1, in [`Component::ALL`] order; `None` where either side lacks it.
    pub components: [Option<f64>; 4],
    pub basis: FitBasis,
}

/// An occupation's O*NET vectors, as the index carries them.
#[derive(Clone, Copy, Debug, Default)]
pub struct OccupationVectors<'a> {
    /// RIASEC "OI", 1–7.
    pub riasec: Option<&'a [f32]>,
    /// Work styles "IM", 1–5.
    pub work_styles: Option<&'a [f32]>,
    /// Work values "EX", 1–7.
    pub work_values: Option<&'a [f32]>,
    /// Job zone, 1–5.
    pub job_zone: Option<f32>,
}

impl<'a> From<&'a IndexOccupation> for OccupationVectors<'a> {
    fn from(occupation: &'a IndexOccupation) -> Self {
        OccupationVectors {
            riasec: occupation.riasec.as_deref(),
            work_styles: occupation.work_styles.as_deref(),
            work_values: occupation.work_values.as_deref(),
            job_zone: occupation.job_zone,
        }
    }
}

/// The Pearson correlation of two equally long series; `None` when either is constant.
pub fn pearson(a: &[f64], b: &[f64]) -> Option<f64> {
    if a.len() != b.len() || a.len() < 2 {
        return None;
    }
    let n = a.len() as f64;
    let (mean_a, mean_b) = (a.iter().sum::<f64>() / n, b.iter().sum::<f64>() / n);
    let (mut cov, mut var_a, mut var_b) = (0.0, 0.0, 0.0);
    for (x, y) in a.iter().zip(b) {
        cov += (x - mean_a) * (y - mean_b);
        var_a += (x - mean_a).powi(2);
        var_b += (y - mean_b).powi(2);
    }
    // Ratings are whole numbers and O*NET values hundredths: anything this small is a flat line.
    if var_a < 1e-12 || var_b < 1e-12 {
        return None;
    }
    Some((cov / (var_a.sqrt() * var_b.sqrt())).clamp(-1.0, 1.0))
}

/// Interest congruence: (r + 1) / 2 of the person's RIASEC means and the occupation's profile.
pub fn interest_congruence(user: &[f64; 6], occupation: &[f32]) -> Option<f64> {
    // On the stack: this runs for every occupation on every change of answers.
    let occupation: [f32; 6] = occupation.try_into().ok()?;
    pearson(user, &occupation.map(f64::from)).map(|r| (r + 1.0) / 2.0)
}

/// 1 − mean |u − o| over the answered positions, both already on 0–1; `None` if none answered.
fn closeness(pairs: impl Iterator<Item = (f64, f64)>) -> Option<f64> {
    let (mut total, mut count) = (0.0, 0u32);
    for (u, o) in pairs {
        total += (u - o).abs();
        count += 1;
    }
    (count > 0).then(|| (1.0 - total / f64::from(count)).clamp(0.0, 1.0))
}

/// Work-style similarity: ratings and importance are both 1–5.
pub fn work_style_similarity(user: &[Option<f64>], occupation: &[f32]) -> Option<f64> {
    closeness(
        user.iter()
            .zip(occupation)
            .filter_map(|(&u, &o)| Some(((u? - 1.0) / 4.0, (f64::from(o) - 1.0) / 4.0))),
    )
}

/// Work-value similarity: importance 1–5 against O*NET extent 1–7.
pub fn work_value_similarity(user: &[Option<f64>], occupation: &[f32]) -> Option<f64> {
    closeness(
        user.iter()
            .zip(occupation)
            .filter_map(|(&u, &o)| Some(((u? - 1.0) / 4.0, (f64::from(o) - 1.0) / 6.0))),
    )
}

/// Job-zone closeness: 1 at the same zone, 0 four zones apart.
pub fn job_zone_closeness(user: u8, occupation: f32) -> f64 {
    (1.0 - (f64::from(user) - f64::from(occupation)).abs() / 4.0).clamp(0.0, 1.0)
}

/// The person's fit with one occupation; `None` when they share no component.
pub fn fit(user: &UserProfile, occupation: OccupationVectors<'_>) -> Option<Fit> {
    let user_riasec = user.full_riasec();
    let asked = answered_components(user);
    let components = [
        user_riasec
            .zip(occupation.riasec)
            .and_then(|(u, o)| interest_congruence(&u, o)),
        occupation
            .work_styles
            .and_then(|o| work_style_similarity(&user.work_styles, o)),
        occupation
            .work_values
            .and_then(|o| work_value_similarity(&user.work_values, o)),
        user.job_zone
            .zip(occupation.job_zone)
            .map(|(u, o)| job_zone_closeness(u, o)),
    ];
    let (mut weighted, mut weights) = (0.0, 0.0);
    for (component, weight) in components.iter().zip(WEIGHTS) {
        if let Some(value) = component {
            weighted += weight * value;
            weights += weight;
        }
    }
    if weights == 0.0 {
        return None;
    }
    // A flat interest profile on the person's side is their choice, not missing data.
    let missing = components
        .iter()
        .zip(asked)
        .enumerate()
        .any(|(i, (c, asked))| asked && c.is_none() && !(i == 0 && occupation.riasec.is_some()));
    Some(Fit {
        score: (100.0 * weighted / weights).clamp(0.0, 100.0),
        components,
        basis: if missing {
            FitBasis::Partial
        } else {
            FitBasis::Full
        },
    })
}

/// One occupation in the ranking.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RankedFit {
    /// Position in the index.
    pub occupation: usize,
    pub fit: Fit,
}

/// Which components the person answered, in [`Component::ALL`] order. An interest profile
/// needs every area answered.
pub fn answered_components(user: &UserProfile) -> [bool; 4] {
    [
        user.full_riasec().is_some(),
        user.work_styles.iter().any(Option::is_some),
        user.work_values.iter().any(Option::is_some),
        user.job_zone.is_some(),
    ]
}

/// Every occupation that shares a component with the person, best fit first; ties keep index
/// (title) order. Occupations with nothing to compare are left out.
///
/// A partial fit would otherwise rank on its strongest evidence alone and rise above fully
/// described occupations by artefact, so each component it lacks counts at the person's mean
/// of that component over the occupations that have it: missing data is neither a reward nor a
/// penalty. The components shown stay `None`.
pub fn rank(user: &UserProfile, index: &Index) -> Vec<RankedFit> {
    let mut ranked: Vec<RankedFit> = index
        .occupations
        .iter()
        .enumerate()
        .filter_map(|(occupation, entry)| {
            fit(user, entry.into()).map(|fit| RankedFit { occupation, fit })
        })
        .collect();
    let means = component_means(&ranked);
    let answered = answered_components(user);
    for entry in ranked
        .iter_mut()
        .filter(|r| r.fit.basis == FitBasis::Partial)
    {
        entry.fit.score = score_with_prior(&entry.fit.components, answered, means);
    }
    // Unstable is the same order: the occupation index breaks every tie.
    ranked.sort_unstable_by(|a, b| {
        b.fit
            .score
            .total_cmp(&a.fit.score)
            .then(a.occupation.cmp(&b.occupation))
    });
    ranked
}

/// The person's mean of each component over every occupation of the index that has it: what
/// [`rank`] counts a partial fit's missing components at. A page that shows one occupation's
/// fit uses it with [`score_with_prior`] to show the score the ranking uses.
pub fn component_prior(user: &UserProfile, index: &Index) -> [Option<f64>; 4] {
    let fits: Vec<RankedFit> = index
        .occupations
        .iter()
        .enumerate()
        .filter_map(|(occupation, entry)| {
            fit(user, entry.into()).map(|fit| RankedFit { occupation, fit })
        })
        .collect();
    component_means(&fits)
}

/// The mean of each component over the fits that have it.
pub fn component_means(fits: &[RankedFit]) -> [Option<f64>; 4] {
    let mut sums = [(0.0, 0u32); 4];
    for fit in fits {
        for (sum, value) in sums.iter_mut().zip(fit.fit.components) {
            if let Some(value) = value {
                sum.0 += value;
                sum.1 += 1;
            }
        }
    }
    sums.map(|(sum, count)| (count > 0).then(|| sum / f64::from(count)))
}

/// 100 × the weighted mean of the components, each missing one that the person answered taken
/// at its mean `prior`.
pub fn score_with_prior(
    components: &[Option<f64>; 4],
    answered: [bool; 4],
    prior: [Option<f64>; 4],
) -> f64 {
    let (mut weighted, mut weights) = (0.0, 0.0);
    for i in 0..4 {
        let value = components[i].or(if answered[i] { prior[i] } else { None });
        if let Some(value) = value {
            weighted += WEIGHTS[i] * value;
            weights += WEIGHTS[i];
        }
    }
    if weights == 0.0 {
        0.0
    } else {
        (100.0 * weighted / weights).clamp(0.0, 100.0)
    }
}

/// Checks that the index lists the RIASEC areas, work styles and work values in the order the
/// item bank uses, so a dataset built differently is refused rather than misread.
pub fn check_index_scales(index: &Index) -> Result<(), String> {
    use crate::assessment::items::{RIASEC, WORK_STYLES, WORK_VALUES};
    let check = |name: &str, found: &[String], expected: &[&str]| {
        if found
            .iter()
            .map(String::as_str)
            .eq(expected.iter().copied())
        {
            Ok(())
        } else {
            Err(format!(
                "the dataset's {name} are not the ones the assessment asks about"
            ))
        }
    };
    check("interests", &index.riasec, &RIASEC)?;
    check("work styles", &index.work_styles, &WORK_STYLES)?;
    check("work values", &index.work_values, &WORK_VALUES)
}

/// Filters over the ranked results; each `None` or empty field lets everything through.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FitFilter {
    /// A display category, exactly as the index names it.
    pub category: Option<String>,
    /// The rounded job zone.
    pub job_zone: Option<u8>,
    /// Minimum resilience, 0–100.
    pub min_resilience: Option<f32>,
    /// Maximum AI exposure, 0–100.
    pub max_ai_exposure: Option<f32>,
    /// Words that must all appear in the title or an alternative label (case and accents
    /// ignored).
    pub text: String,
}

impl FitFilter {
    /// Whether the occupation passes every filter. An occupation without the score a bound
    /// asks about does not pass that bound.
    pub fn matches(&self, occupation: &IndexOccupation) -> bool {
        let scores = occupation.scores.as_ref();
        self.category
            .as_ref()
            .is_none_or(|category| &occupation.category == category)
            && self
                .job_zone
                .is_none_or(|zone| occupation.job_zone.is_some_and(|z| z.round() as u8 == zone))
            && self
                .min_resilience
                .is_none_or(|min| scores.and_then(|s| s.resilience).is_some_and(|r| r >= min))
            && self
                .max_ai_exposure
                .is_none_or(|max| scores.and_then(|s| s.ai_exposure).is_some_and(|a| a <= max))
            && self.text_matches(occupation)
    }

    fn text_matches(&self, occupation: &IndexOccupation) -> bool {
        let wanted = crate::search::normalised_words(&self.text);
        if wanted.is_empty() {
            return true;
        }
        let labels: Vec<Vec<String>> = std::iter::once(&occupation.title)
            .chain(&occupation.alt_labels)
            .map(|label| crate::search::normalised_words(label))
            .collect();
        labels.iter().any(|words| {
            wanted
                .iter()
                .all(|w| words.iter().any(|word| word.starts_with(w.as_str())))
        })
    }
}
