//! AI exposure, 0-100 %: how much of an occupation's work current AI could speed up.
//!
//! One paragraph: each of the occupation's O*NET tasks carries an Eloundou et al. label (E0 not
//! exposed, E1 directly exposed, E2 exposed with extra tooling); the task-weighted mean of
//! `beta = E1 + 0.5 x E2` (core tasks count twice) is blended with Microsoft's AI applicability
//! score and Anthropic's observed exposure, each min-max scaled across occupations, with the
//! weights below renormalised over the sources present. Without tasks, the occupation-level
//! Eloundou beta of the mapped O*NET codes stands in; without any AI data, the mean of the
//! occupation's ISCO unit group, else its ISCO minor group. [`ExposureBasis`] records which.

use crate::groups::{GroupBasis, GroupMeans};
use crate::stats::{MinMaxScale, blend_present, round1};

/// Weight of the Eloundou et al. task-label beta in the blend.
pub const WEIGHT_ELOUNDOU: f64 = 0.5;
/// Weight of Microsoft's AI applicability score (after min-max scaling) in the blend.
pub const WEIGHT_MICROSOFT: f64 = 0.25;
/// Weight of Anthropic's observed exposure (after min-max scaling) in the blend.
pub const WEIGHT_ANTHROPIC: f64 = 0.25;
/// Weight of a core O*NET task in the task mean.
pub const CORE_TASK_WEIGHT: f64 = 2.0;
/// Weight of a supplemental O*NET task in the task mean.
pub const SUPPLEMENTAL_TASK_WEIGHT: f64 = 1.0;
/// Beta credited to an E1 (directly exposed) task.
pub const BETA_E1: f64 = 1.0;
/// Beta credited to an E2 (exposed with extra software) task: half, as in Eloundou et al.
pub const BETA_E2: f64 = 0.5;

/// Eloundou et al. exposure label of one O*NET task.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EloundouLabel {
    /// Not exposed: an LLM would not cut the time by half at equal quality.
    E0,
    /// Directly exposed to an LLM.
    E1,
    /// Exposed once software is built on top of an LLM.
    E2,
}

impl EloundouLabel {
    /// Parses `E0`, `E1`, `E2`; `E3` (exposure given image capabilities) counts as `E2`, as the
    /// published beta does. Anything else is `None`.
    pub fn parse(text: &str) -> Option<EloundouLabel> {
        match text.trim() {
            "E0" => Some(EloundouLabel::E0),
            "E1" => Some(EloundouLabel::E1),
            "E2" | "E3" => Some(EloundouLabel::E2),
            _ => None,
        }
    }

    /// The task's beta: E0 -> 0, E1 -> [`BETA_E1`], E2 -> [`BETA_E2`].
    pub fn beta(self) -> f64 {
        match self {
            EloundouLabel::E0 => 0.0,
            EloundouLabel::E1 => BETA_E1,
            EloundouLabel::E2 => BETA_E2,
        }
    }
}

/// O*NET task type, which the exposure mean uses as the task's weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaskType {
    /// A task critical to the occupation.
    Core,
    /// A task that is less relevant or less often performed.
    Supplemental,
}

impl TaskType {
    /// Parses O*NET's `Task Type` column; a blank type (a few tasks lack one) is supplemental.
    pub fn parse(text: &str) -> TaskType {
        if text.trim().eq_ignore_ascii_case("core") {
            TaskType::Core
        } else {
            TaskType::Supplemental
        }
    }

    /// [`CORE_TASK_WEIGHT`] or [`SUPPLEMENTAL_TASK_WEIGHT`].
    pub fn weight(self) -> f64 {
        match self {
            TaskType::Core => CORE_TASK_WEIGHT,
            TaskType::Supplemental => SUPPLEMENTAL_TASK_WEIGHT,
        }
    }
}

/// One mapped O*NET task with its Eloundou label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelledTask {
    /// The task's exposure label (`gpt4_exposure` in `full_labelset.tsv`).
    pub label: EloundouLabel,
    /// Core or supplemental (`Task Type` in O*NET `Task Statements`).
    pub task_type: TaskType,
}

/// Everything the exposure of one occupation is computed from, as raw source values.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExposureInputs {
    /// Labelled tasks of all O*NET codes mapped to the occupation.
    pub tasks: Vec<LabelledTask>,
    /// Mean `dv_rating_beta` of the mapped codes in `occ_level.csv` (0-1), used without tasks.
    pub occupation_beta: Option<f64>,
    /// Mean raw `ai_applicability_score` of the mapped SOC codes (roughly 0-0.5).
    pub microsoft_applicability: Option<f64>,
    /// Mean raw `observed_exposure` of the mapped SOC codes (0-0.75 in the data).
    pub anthropic_observed: Option<f64>,
}

/// Which data an occupation's exposure rests on, so the page can say so.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ExposureBasis {
    /// Task-level Eloundou labels (plus usage data where present).
    TaskLabels,
    /// No task labels; the occupation-level Eloundou beta of the mapped O*NET codes.
    OccupationBeta,
    /// Only Microsoft and/or Anthropic usage data.
    UsageOnly,
    /// No AI data of its own; the mean of its ISCO 4-digit unit group.
    IscoUnitGroupMean,
    /// No AI data in its unit group either; the mean of its ISCO 3-digit minor group.
    IscoMinorGroupMean,
    /// Nothing to go on: no score is shown.
    #[default]
    NoData,
}

impl ExposureBasis {
    /// Whether the exposure rests on the occupation's own AI data, not an ISCO group mean.
    pub fn is_own(self) -> bool {
        matches!(
            self,
            ExposureBasis::TaskLabels | ExposureBasis::OccupationBeta | ExposureBasis::UsageOnly
        )
    }
}

/// The scaled 0-1 components that went into a direct score (all `None` for a group fallback).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ExposureComponents {
    /// Task-weighted (or occupation-level) Eloundou beta, 0-1.
    pub eloundou_beta: Option<f64>,
    /// Microsoft applicability after min-max scaling, 0-1.
    pub microsoft: Option<f64>,
    /// Anthropic observed exposure after min-max scaling, 0-1.
    pub anthropic: Option<f64>,
}

/// An occupation's AI exposure with its provenance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AiExposure {
    /// Exposure as a 0-1 share, unrounded (other scores build on it).
    pub share: Option<f64>,
    /// What the share rests on.
    pub basis: ExposureBasis,
    /// The blended parts, for the "how is this calculated" detail.
    pub components: ExposureComponents,
}

impl AiExposure {
    /// The share as a 0-100 percentage with one decimal.
    pub fn percent(&self) -> Option<f64> {
        self.share.map(|s| round1(s * 100.0))
    }
}

/// Min-max scales for the two usage sources, fitted across all occupations.
///
/// Min-max, not percentile rank: over half the occupations have an Anthropic observed exposure
/// of exactly 0, and a percentile rank would lift those tied zeros to a middling value. Min-max
/// keeps "no observed use" at 0 and keeps ratios readable ("0.25 is half of the highest, 0.49").
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ExposureScales {
    /// Scale for `ai_applicability_score`.
    pub microsoft: Option<MinMaxScale>,
    /// Scale for `observed_exposure`.
    pub anthropic: Option<MinMaxScale>,
}

impl ExposureScales {
    /// Fits both scales on the raw values of every occupation.
    pub fn fit(inputs: &[ExposureInputs]) -> ExposureScales {
        ExposureScales {
            microsoft: MinMaxScale::fit(inputs.iter().filter_map(|i| i.microsoft_applicability)),
            anthropic: MinMaxScale::fit(inputs.iter().filter_map(|i| i.anthropic_observed)),
        }
    }
}

/// Weighted mean beta of the tasks: `sum(weight x beta) / sum(weight)`; `None` without tasks.
pub fn task_weighted_beta(tasks: &[LabelledTask]) -> Option<f64> {
    let weight: f64 = tasks.iter().map(|t| t.task_type.weight()).sum();
    if weight <= 0.0 {
        return None;
    }
    Some(
        tasks
            .iter()
            .map(|t| t.task_type.weight() * t.label.beta())
            .sum::<f64>()
            / weight,
    )
}

/// Exposure from the occupation's own data; `None` if it has none of the three sources.
pub fn direct_exposure(inputs: &ExposureInputs, scales: &ExposureScales) -> Option<AiExposure> {
    let task_beta = task_weighted_beta(&inputs.tasks);
    let eloundou_beta = task_beta.or(inputs.occupation_beta.map(crate::stats::clamp01));
    let microsoft = scales
        .microsoft
        .zip(inputs.microsoft_applicability)
        .map(|(s, v)| s.apply(v));
    let anthropic = scales
        .anthropic
        .zip(inputs.anthropic_observed)
        .map(|(s, v)| s.apply(v));
    let share = blend_present(&[
        (WEIGHT_ELOUNDOU, eloundou_beta),
        (WEIGHT_MICROSOFT, microsoft),
        (WEIGHT_ANTHROPIC, anthropic),
    ])?;
    let basis = if task_beta.is_some() {
        ExposureBasis::TaskLabels
    } else if eloundou_beta.is_some() {
        ExposureBasis::OccupationBeta
    } else {
        ExposureBasis::UsageOnly
    };
    Some(AiExposure {
        share: Some(share),
        basis,
        components: ExposureComponents {
            eloundou_beta,
            microsoft,
            anthropic,
        },
    })
}

/// Exposure for every occupation, filling gaps from ISCO group means of direct scores.
///
/// `isco_codes[i]` is occupation `i`'s 4-digit ISCO-08 unit group code (`occupations_en.csv`
/// `iscoGroup`); its first 3 characters are the minor group. Group means use only occupations
/// with a direct score, so a fallback never feeds another fallback.
pub fn exposure_for_all(inputs: &[ExposureInputs], isco_codes: &[&str]) -> Vec<AiExposure> {
    let scales = ExposureScales::fit(inputs);
    let direct: Vec<Option<AiExposure>> =
        inputs.iter().map(|i| direct_exposure(i, &scales)).collect();
    let means = GroupMeans::fit(
        isco_codes
            .iter()
            .copied()
            .zip(direct.iter().map(|d| d.and_then(|d| d.share))),
    );
    direct
        .iter()
        .enumerate()
        .map(|(i, d)| {
            if let Some(found) = d {
                return *found;
            }
            let code = isco_codes.get(i).copied().unwrap_or("");
            // Exposure falls back to the unit group, then the minor group, and no wider.
            let basis = match means.lookup(code) {
                Some((share, GroupBasis::IscoUnitGroup)) => {
                    Some((share, ExposureBasis::IscoUnitGroupMean))
                }
                Some((share, GroupBasis::IscoMinorGroup)) => {
                    Some((share, ExposureBasis::IscoMinorGroupMean))
                }
                _ => None,
            };
            match basis {
                Some((share, basis)) => AiExposure {
                    share: Some(share),
                    basis,
                    components: ExposureComponents::default(),
                },
                None => AiExposure {
                    share: None,
                    basis: ExposureBasis::NoData,
                    components: ExposureComponents::default(),
                },
            }
        })
        .collect()
}
