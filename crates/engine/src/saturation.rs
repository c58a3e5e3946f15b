//! The points at which the exposure vectors' and resilience's shares count as full, and the
//! scales that place O*NET ratings on 0-1, all fitted on every occupation by the build.
//!
//! Why fitted and not typed in: a saturation claims to sit at "about the 95th percentile of
//! occupations", and a typed-in number drifts from that claim whenever the data changes (ESCO S5
//! was set to 0.2 against a measured 0.12). The build measures each one, ships it in the index
//! and /methodology shows the measured value. The `DEFAULT_*` values apply only where too few
//! occupations have the input to measure it (a small test dataset).

use crate::stats::{MinMaxScale, percentile_sorted};

/// Percentile of occupations at which a share counts as fully present.
pub const SATURATION_PERCENTILE: f64 = 95.0;
/// Percentile at which the technology-skill count counts as fully digital: a count is more
/// skewed than a share, so the top tenth, not the top twentieth, is "fully digital".
pub const TECH_SKILLS_PERCENTILE: f64 = 90.0;
/// Percentile of a rating across occupations that maps to 0.
pub const RATING_LOW_PERCENTILE: f64 = 5.0;
/// Percentile of a rating across occupations that maps to 1.
pub const RATING_HIGH_PERCENTILE: f64 = 95.0;
/// Fewer occupations than this with an input, and its default applies instead of a fit.
pub const MIN_FIT_OCCUPATIONS: usize = 20;

/// Default analytical task share counted as full.
pub const DEFAULT_ANALYTICAL_SHARE: f64 = 0.4;
/// Default generative task share counted as full.
pub const DEFAULT_GENERATIVE_SHARE: f64 = 0.4;
/// Default workflow task share counted as full.
pub const DEFAULT_WORKFLOW_SHARE: f64 = 0.25;
/// Default physical task share counted as full.
pub const DEFAULT_PHYSICAL_SHARE: f64 = 0.8;
/// Default ESCO S5 share counted as full.
pub const DEFAULT_ESCO_S5: f64 = 0.2;
/// Default ESCO S6 + S7 + S8 share counted as full.
pub const DEFAULT_ESCO_MANUAL: f64 = 0.6;
/// Default ESCO S1 + S3 + S4 share counted as full.
pub const DEFAULT_ESCO_HUMAN: f64 = 0.8;
/// Default ESCO S3 assisting-and-caring share counted as full (the care megatrend).
pub const DEFAULT_ESCO_S3: f64 = 0.3;
/// Default ESCO S7 constructing share counted as full (the infrastructure megatrend).
pub const DEFAULT_ESCO_S7: f64 = 0.15;
/// Default technology-skill count counted as fully digital.
pub const DEFAULT_TECH_SKILLS: f64 = 80.0;

/// The fitted saturation points (each the value at which a 0-1 part reaches 1).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Saturations {
    /// Share of O*NET tasks under the analytical work activities (used without ratings).
    pub analytical_share: f64,
    /// Share of tasks under the generative work activities.
    pub generative_share: f64,
    /// Share of tasks under the workflow work activities.
    pub workflow_share: f64,
    /// Share of tasks under the physical work activities.
    pub physical_share: f64,
    /// Share of ESCO skills under S5 working with computers.
    pub esco_s5: f64,
    /// Share of ESCO skills under S6, S7 and S8.
    pub esco_manual: f64,
    /// Share of ESCO skills under S3 assisting and caring.
    pub esco_s3: f64,
    /// Share of ESCO skills under S7 constructing.
    pub esco_s7: f64,
    /// Number of O*NET technology skills.
    pub tech_skills: f64,
}

impl Default for Saturations {
    fn default() -> Saturations {
        Saturations {
            analytical_share: DEFAULT_ANALYTICAL_SHARE,
            generative_share: DEFAULT_GENERATIVE_SHARE,
            workflow_share: DEFAULT_WORKFLOW_SHARE,
            physical_share: DEFAULT_PHYSICAL_SHARE,
            esco_s5: DEFAULT_ESCO_S5,
            esco_manual: DEFAULT_ESCO_MANUAL,
            esco_s3: DEFAULT_ESCO_S3,
            esco_s7: DEFAULT_ESCO_S7,
            tech_skills: DEFAULT_TECH_SKILLS,
        }
    }
}

/// The measured `percentile` of the values, or `default` with too few values or a zero result
/// (a saturation of 0 would count every occupation as full).
pub fn fitted_point(values: impl IntoIterator<Item = f64>, percentile: f64, default: f64) -> f64 {
    let mut v: Vec<f64> = values.into_iter().filter(|x| x.is_finite()).collect();
    if v.len() < MIN_FIT_OCCUPATIONS {
        return default;
    }
    v.sort_by(f64::total_cmp);
    match percentile_sorted(&v, percentile) {
        Some(p) if p > 0.0 => p,
        _ => default,
    }
}

/// A scale from the values' [`RATING_LOW_PERCENTILE`]th percentile (0) to their
/// [`RATING_HIGH_PERCENTILE`]th (1); `None` with too few values or no spread, where a caller
/// maps a 1-5 rating as `(rating - 1) / 4` instead.
pub fn percentile_scale(values: impl IntoIterator<Item = f64>) -> Option<MinMaxScale> {
    let mut v: Vec<f64> = values.into_iter().filter(|x| x.is_finite()).collect();
    if v.len() < 2 {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let min = percentile_sorted(&v, RATING_LOW_PERCENTILE)?;
    let max = percentile_sorted(&v, RATING_HIGH_PERCENTILE)?;
    (max > min).then_some(MinMaxScale { min, max })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_is_the_measured_percentile() {
        // 0.00, 0.01, ..., 0.99: position 0.95 * 99 = 94.05 -> 0.94 + 0.05 * 0.01 = 0.9405.
        let values = (0..100).map(|i| f64::from(i) / 100.0);
        assert!((fitted_point(values, 95.0, 0.5) - 0.9405).abs() < 1e-9);
    }

    #[test]
    fn too_few_values_or_a_zero_point_keep_the_default() {
        assert_eq!(fitted_point([0.3; 5], 95.0, 0.5), 0.5);
        assert_eq!(fitted_point([0.0; 40], 95.0, 0.5), 0.5);
    }

    #[test]
    fn a_rating_scale_spans_the_5th_to_the_95th_percentile() {
        // 1.0, 1.1, ..., 5.0 (41 values): 5th at position 2 -> 1.2; 95th at 38 -> 4.8.
        let s = percentile_scale((0..41).map(|i| 1.0 + f64::from(i) / 10.0)).unwrap();
        assert!((s.min - 1.2).abs() < 1e-9 && (s.max - 4.8).abs() < 1e-9);
        assert_eq!(percentile_scale([3.0, 3.0, 3.0]), None);
    }
}
