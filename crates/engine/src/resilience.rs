//! Resilience, 0-100 with one decimal: how structurally protected an occupation is from
//! automation.
//!
//! One paragraph: resilience rises with work that rests on Frey & Osborne's engineering
//! bottlenecks to automation and falls with automation pressure. The bottleneck side is the
//! weighted mean of five families: social and caring (O*NET work styles Concern for Others,
//! Social Orientation, Cooperation, the skill Social Perceptiveness and the work activity
//! Assisting and Caring for Others), leading and negotiating (work style Leadership, skills
//! Negotiation and Persuasion), creative and judgement (work style Innovation, skill Judgment and
//! Decision Making, ability Originality, knowledge Fine Arts), perception and manipulation
//! (abilities Finger Dexterity and Manual Dexterity), and the share of ESCO skills in S1
//! communication/collaboration/creativity, S3 assisting and caring and S4 management, full at
//! its measured 95th percentile. Each O*NET importance (1-5) maps to 0-1 relative to all
//! occupations: 0 at the [`RATING_LOW_PERCENTILE`]th percentile of that rating, 1 at the
//! [`RATING_HIGH_PERCENTILE`]th (clamped). Why: ratings such as Cooperation sit between 3.6 and
//! 4.7 for nine occupations in ten, so the raw scale would make every job look alike; the
//! percentiles keep one outlier from setting the range. Without a fitted scale (too little
//! data) a rating maps as `(importance - 1) / 4`. Automation pressure blends AI exposure with
//! the physical-automation vector.

use crate::saturation::{
    DEFAULT_ESCO_HUMAN, SATURATION_PERCENTILE, fitted_point, percentile_scale,
};
pub use crate::saturation::{RATING_HIGH_PERCENTILE, RATING_LOW_PERCENTILE};
use crate::stats::{
    MinMaxScale, blend_present, clamp01, importance01, mean_present, round1, saturate,
};

/// Weight of human judgement in the resilience score.
pub const WEIGHT_HUMAN_JUDGEMENT: f64 = 0.6;
/// Weight of `1 - automation pressure` in the resilience score.
pub const WEIGHT_LOW_PRESSURE: f64 = 0.4;
/// Share of AI exposure in automation pressure.
pub const PRESSURE_W_AI_EXPOSURE: f64 = 0.7;
/// Share of the physical-automation vector in automation pressure.
pub const PRESSURE_W_PHYSICAL: f64 = 0.3;
/// Weight of the social and caring family in human judgement.
pub const HUMAN_W_SOCIAL: f64 = 0.25;
/// Weight of the leading and negotiating family in human judgement.
pub const HUMAN_W_LEADERSHIP: f64 = 0.2;
/// Weight of the creative and judgement family in human judgement.
pub const HUMAN_W_CREATIVE: f64 = 0.2;
/// Weight of the perception and manipulation (dexterity) family in human judgement: smaller,
/// because dexterity protects against robots but not against software.
pub const HUMAN_W_DEXTERITY: f64 = 0.1;
/// Weight of the ESCO S1 + S3 + S4 skill share in human judgement.
pub const HUMAN_W_ESCO: f64 = 0.25;

/// Band threshold: at or above, "exceptionally stable".
pub const BAND_EXCEPTIONALLY_STABLE: f64 = 70.0;
/// Band threshold: at or above, "stable".
pub const BAND_STABLE: f64 = 55.0;
/// Band threshold: at or above, "mixed outlook".
pub const BAND_MIXED: f64 = 40.0;
/// Band threshold: at or above, "exposed"; below it, "highly exposed".
pub const BAND_EXPOSED: f64 = 25.0;

/// O*NET importance ratings (1-5, scale `IM`) of the mapped codes, averaged; `None` if missing.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct HumanJudgementInputs {
    /// Work style 1.C.3.b Concern for Others.
    pub concern_for_others: Option<f64>,
    /// Work style 1.C.3.c Social Orientation.
    pub social_orientation: Option<f64>,
    /// Work style 1.C.3.a Cooperation.
    pub cooperation: Option<f64>,
    /// Skill 2.B.1.a Social Perceptiveness.
    pub social_perceptiveness: Option<f64>,
    /// Work activity 4.A.4.a.5 Assisting and Caring for Others (O*NET 28.2).
    pub assisting_and_caring: Option<f64>,
    /// Work style 1.C.2.b Leadership.
    pub leadership: Option<f64>,
    /// Skill 2.B.1.d Negotiation.
    pub negotiation: Option<f64>,
    /// Skill 2.B.1.c Persuasion.
    pub persuasion: Option<f64>,
    /// Work style 1.C.7.a Innovation.
    pub innovation: Option<f64>,
    /// Skill 2.B.4.e Judgment and Decision Making.
    pub judgment_and_decision_making: Option<f64>,
    /// Ability 1.A.1.b.2 Originality (O*NET 30.0).
    pub originality: Option<f64>,
    /// Knowledge 2.C.7.c Fine Arts.
    pub fine_arts: Option<f64>,
    /// Ability 1.A.2.a.2 Finger Dexterity (O*NET 30.0).
    pub finger_dexterity: Option<f64>,
    /// Ability 1.A.2.a.1 Manual Dexterity (O*NET 30.0).
    pub manual_dexterity: Option<f64>,
    /// Share (0-1) of ESCO skills under S1, S3 or S4; `None` if the occupation has no skills.
    pub esco_s1_s3_s4_share: Option<f64>,
}

/// The positions of each family's ratings in [`HumanJudgementInputs::ratings`].
const SOCIAL: std::ops::Range<usize> = 0..5;
const LEADERSHIP: std::ops::Range<usize> = 5..8;
const CREATIVE: std::ops::Range<usize> = 8..12;
const DEXTERITY: std::ops::Range<usize> = 12..14;

impl HumanJudgementInputs {
    /// The fourteen O*NET ratings in a fixed order: the five social and caring ones, the three
    /// leading and negotiating ones, the four creative and judgement ones, then the two
    /// dexterity ones.
    pub fn ratings(&self) -> [Option<f64>; 14] {
        [
            self.concern_for_others,
            self.social_orientation,
            self.cooperation,
            self.social_perceptiveness,
            self.assisting_and_caring,
            self.leadership,
            self.negotiation,
            self.persuasion,
            self.innovation,
            self.judgment_and_decision_making,
            self.originality,
            self.fine_arts,
            self.finger_dexterity,
            self.manual_dexterity,
        ]
    }

    /// The weights of the families this occupation has data for, out of 1: how much of the
    /// bottleneck side rests on its own data.
    pub fn evidence(&self) -> f64 {
        let r = self.ratings();
        let has = |range: std::ops::Range<usize>| r[range].iter().any(Option::is_some);
        [
            (HUMAN_W_SOCIAL, has(SOCIAL)),
            (HUMAN_W_LEADERSHIP, has(LEADERSHIP)),
            (HUMAN_W_CREATIVE, has(CREATIVE)),
            (HUMAN_W_DEXTERITY, has(DEXTERITY)),
            (HUMAN_W_ESCO, self.esco_s1_s3_s4_share.is_some()),
        ]
        .iter()
        .filter(|(_, present)| *present)
        .map(|(w, _)| w)
        .sum()
    }
}

/// Per-rating scales fitted across occupations, in [`HumanJudgementInputs::ratings`] order,
/// and the ESCO share counted as full.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct HumanJudgementScales {
    /// `None` where a rating has fewer than two distinct values; then `(x - 1) / 4` applies.
    pub ratings: [Option<MinMaxScale>; 14],
    /// The ESCO S1 + S3 + S4 share at which that family counts as fully present: its measured
    /// 95th percentile.
    pub esco_share_saturation: f64,
}

impl Default for HumanJudgementScales {
    fn default() -> HumanJudgementScales {
        HumanJudgementScales {
            ratings: [None; 14],
            esco_share_saturation: DEFAULT_ESCO_HUMAN,
        }
    }
}

impl HumanJudgementScales {
    /// Fits each rating's scale on its [`RATING_LOW_PERCENTILE`]-[`RATING_HIGH_PERCENTILE`]
    /// percentile range over every occupation that has the rating, and the ESCO saturation at
    /// the share's [`SATURATION_PERCENTILE`]th percentile.
    pub fn fit(all: &[HumanJudgementInputs]) -> HumanJudgementScales {
        let mut ratings = [None; 14];
        for (i, slot) in ratings.iter_mut().enumerate() {
            *slot = percentile_scale(all.iter().filter_map(|h| h.ratings()[i]));
        }
        HumanJudgementScales {
            ratings,
            esco_share_saturation: fitted_point(
                all.iter().filter_map(|h| h.esco_s1_s3_s4_share),
                SATURATION_PERCENTILE,
                DEFAULT_ESCO_HUMAN,
            ),
        }
    }

    /// One rating on 0-1.
    fn apply(&self, index: usize, rating: f64) -> f64 {
        match self.ratings.get(index).copied().flatten() {
            Some(scale) => scale.apply(rating),
            None => importance01(rating),
        }
    }
}

/// Inputs of the resilience score for one occupation.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ResilienceInputs {
    /// The human-judgement ratings.
    pub human: HumanJudgementInputs,
    /// AI exposure share, 0-1 ([`crate::exposure::AiExposure::share`]).
    pub ai_exposure: Option<f64>,
    /// Physical-automation vector, 0-100.
    pub physical_automation: Option<f64>,
}

/// Plain-word band of a resilience score.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ResilienceBand {
    /// At or above [`BAND_EXCEPTIONALLY_STABLE`].
    ExceptionallyStable,
    /// At or above [`BAND_STABLE`].
    Stable,
    /// At or above [`BAND_MIXED`].
    MixedOutlook,
    /// At or above [`BAND_EXPOSED`].
    Exposed,
    /// Below [`BAND_EXPOSED`].
    HighlyExposed,
}

impl ResilienceBand {
    /// The band of a 0-100 score.
    pub fn of(score: f64) -> ResilienceBand {
        if score >= BAND_EXCEPTIONALLY_STABLE {
            ResilienceBand::ExceptionallyStable
        } else if score >= BAND_STABLE {
            ResilienceBand::Stable
        } else if score >= BAND_MIXED {
            ResilienceBand::MixedOutlook
        } else if score >= BAND_EXPOSED {
            ResilienceBand::Exposed
        } else {
            ResilienceBand::HighlyExposed
        }
    }

    /// The words shown beside the number.
    pub fn label(self) -> &'static str {
        match self {
            ResilienceBand::ExceptionallyStable => "exceptionally stable",
            ResilienceBand::Stable => "stable",
            ResilienceBand::MixedOutlook => "mixed outlook",
            ResilienceBand::Exposed => "exposed",
            ResilienceBand::HighlyExposed => "highly exposed",
        }
    }
}

/// A resilience score with its parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Resilience {
    /// 0-100, one decimal.
    pub score: f64,
    /// The band of `score`.
    pub band: ResilienceBand,
    /// Human judgement, 0-1.
    pub human_judgement: Option<f64>,
    /// Automation pressure, 0-1.
    pub automation_pressure: Option<f64>,
}

/// Human judgement, 0-1: the weighted mean of the five families present.
pub fn human_judgement(h: &HumanJudgementInputs, scales: &HumanJudgementScales) -> Option<f64> {
    let scaled: Vec<Option<f64>> = h
        .ratings()
        .iter()
        .enumerate()
        .map(|(i, r)| r.map(|v| scales.apply(i, v)))
        .collect();
    let esco = h
        .esco_s1_s3_s4_share
        .map(|s| saturate(s, scales.esco_share_saturation));
    blend_present(&[
        (HUMAN_W_SOCIAL, mean_present(&scaled[SOCIAL])),
        (HUMAN_W_LEADERSHIP, mean_present(&scaled[LEADERSHIP])),
        (HUMAN_W_CREATIVE, mean_present(&scaled[CREATIVE])),
        (HUMAN_W_DEXTERITY, mean_present(&scaled[DEXTERITY])),
        (HUMAN_W_ESCO, esco),
    ])
}

/// Automation pressure, 0-1: AI exposure blended with physical automation.
pub fn automation_pressure(
    ai_exposure: Option<f64>,
    physical_automation: Option<f64>,
) -> Option<f64> {
    blend_present(&[
        (PRESSURE_W_AI_EXPOSURE, ai_exposure.map(clamp01)),
        (
            PRESSURE_W_PHYSICAL,
            physical_automation.map(|p| clamp01(p / 100.0)),
        ),
    ])
}

/// Resilience `= 100 x (0.6 x human + 0.4 x (1 - pressure))` over the parts present.
///
/// `None` when neither part is known, so no occupation shows an invented score.
pub fn resilience(inputs: &ResilienceInputs, scales: &HumanJudgementScales) -> Option<Resilience> {
    let human = human_judgement(&inputs.human, scales);
    let pressure = automation_pressure(inputs.ai_exposure, inputs.physical_automation);
    let unit = blend_present(&[
        (WEIGHT_HUMAN_JUDGEMENT, human),
        (WEIGHT_LOW_PRESSURE, pressure.map(|p| 1.0 - p)),
    ])?;
    let score = round1(clamp01(unit) * 100.0);
    Some(Resilience {
        score,
        band: ResilienceBand::of(score),
        human_judgement: human,
        automation_pressure: pressure,
    })
}
