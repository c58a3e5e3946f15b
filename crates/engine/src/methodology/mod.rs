//! The method behind every score, as data: the app's /methodology page renders these sections,
//! and every number in them is formatted from the constants the scoring code uses, so the page
//! cannot drift from the code.

use crate::exposure::ExposureScales;
use crate::resilience::HumanJudgementScales;
use crate::vectors::VectorFit;
use crate::viability::ViabilityThresholds;

mod ai;
mod fit;
mod moves;
mod outlook;
mod texts;

pub use fit::{HOLLAND, IPIP_NEO_120, ONET_FIT_FILES};

/// Nesta's Career Causeways, whose calibration idea the viability bands follow.
pub const NESTA_CAREER_CAUSEWAYS: &str = "Kanders K., Djumalieva J., Sleeman C., Orlik J. (2020), \
     Mapping Career Causeways: Supporting workers at risk, Nesta (MIT licence).";
/// Frey & Osborne, whose engineering bottlenecks inspire the resilience families.
pub const FREY_OSBORNE: &str = "Frey C. B., Osborne M. A. (2017), The future of employment: how \
     susceptible are jobs to computerisation?, Technological Forecasting and Social Change 114.";

/// A named number used by a formula.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedConstant {
    /// The constant's name in the code.
    pub name: &'static str,
    /// Its value.
    pub value: f64,
    /// What it does, in plain words.
    pub meaning: &'static str,
}

/// One section of the methodology page.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodSection {
    /// Stable anchor id, e.g. `ai-exposure`.
    pub id: &'static str,
    /// Heading.
    pub title: &'static str,
    /// Explanation, one paragraph per entry.
    pub paragraphs: Vec<String>,
    /// The formula in plain text.
    pub formula: String,
    /// The constants the formula uses.
    pub constants: Vec<NamedConstant>,
    /// Data sources, as citation lines.
    pub sources: Vec<&'static str>,
}

/// Values fitted on the whole dataset (by databuild), shown alongside the constants.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct FittedValues {
    /// Min-max scales of the usage sources.
    pub exposure_scales: ExposureScales,
    /// Viability thresholds.
    pub viability: Option<ViabilityThresholds>,
    /// Saturation points and rating scales of the exposure vectors and megatrends.
    pub vector_fit: VectorFit,
    /// Rating scales and ESCO saturation of resilience's bottleneck side.
    pub human_scales: HumanJudgementScales,
}

/// Formats a number without trailing zeros (`0.5`, `2`, `0.25`).
pub fn num(value: f64) -> String {
    let rounded = (value * 1e6).round() / 1e6;
    format!("{rounded}")
}

pub(crate) fn c(name: &'static str, value: f64, meaning: &'static str) -> NamedConstant {
    NamedConstant {
        name,
        value,
        meaning,
    }
}

/// Every section, in page order.
pub fn sections(fitted: &FittedValues) -> Vec<MethodSection> {
    vec![
        ai::exposure_section(fitted),
        ai::vectors_section(fitted),
        outlook::resilience_section(fitted),
        outlook::megatrends_section(fitted),
        ai::role_change_section(),
        moves::similarity_section(fitted),
        moves::pathways_section(),
        fit::fit_section(),
        texts::texts_section(),
    ]
}
