//! Small numeric helpers shared by the scores: blends, saturation, percentiles and rounding.
//!
//! Statistics use `f64`; only the similarity hot path uses `f32`.

/// Rounds to one decimal place, the precision every 0-100 score is shown with.
///
/// Half-way values round away from zero (`72.25 -> 72.3`), as `f64::round` does.
pub fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// Clamps to the unit interval; NaN becomes 0 so a bad input can never leak into a score.
pub fn clamp01(value: f64) -> f64 {
    if value.is_nan() {
        0.0
    } else {
        value.clamp(0.0, 1.0)
    }
}

/// Maps a share onto 0-1 so that `share >= saturation` counts as fully present.
///
/// Why: a quarter or half of an occupation's tasks being of one kind already makes that kind
/// dominant; a linear share would leave almost every occupation near zero.
pub fn saturate(share: f64, saturation: f64) -> f64 {
    if saturation <= 0.0 {
        return 0.0;
    }
    clamp01(share / saturation)
}

/// Maps an O*NET importance rating (scale 1-5) onto 0-1: `(importance - 1) / 4`.
pub fn importance01(importance: f64) -> f64 {
    clamp01((importance - 1.0) / 4.0)
}

/// Weighted mean of the components that are present, with weights renormalised over them.
///
/// Returns `None` when no component is present or the present weights sum to zero, so a caller
/// can say "no data" instead of showing a made-up zero.
pub fn blend_present(parts: &[(f64, Option<f64>)]) -> Option<f64> {
    let mut weight_sum = 0.0;
    let mut total = 0.0;
    for &(weight, value) in parts {
        if let Some(v) = value {
            weight_sum += weight;
            total += weight * v;
        }
    }
    if weight_sum > 0.0 {
        Some(total / weight_sum)
    } else {
        None
    }
}

/// Arithmetic mean of the present values, or `None` if there are none.
pub fn mean_present(values: &[Option<f64>]) -> Option<f64> {
    let present: Vec<f64> = values.iter().flatten().copied().collect();
    if present.is_empty() {
        None
    } else {
        Some(present.iter().sum::<f64>() / present.len() as f64)
    }
}

/// Linear min-max scale fitted on a whole column of source values.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MinMaxScale {
    /// Lowest value seen across occupations.
    pub min: f64,
    /// Highest value seen across occupations.
    pub max: f64,
}

impl MinMaxScale {
    /// Fits the scale on every finite value; `None` if fewer than two distinct values exist.
    pub fn fit(values: impl IntoIterator<Item = f64>) -> Option<MinMaxScale> {
        let mut min = f64::INFINITY;
        let mut max = f64::NEG_INFINITY;
        for v in values.into_iter().filter(|v| v.is_finite()) {
            min = min.min(v);
            max = max.max(v);
        }
        if max > min {
            Some(MinMaxScale { min, max })
        } else {
            None
        }
    }

    /// `(value - min) / (max - min)`, clamped to 0-1.
    pub fn apply(&self, value: f64) -> f64 {
        let span = self.max - self.min;
        if span <= 0.0 {
            0.0
        } else {
            clamp01((value - self.min) / span)
        }
    }
}

/// Percentile of already sorted values by linear interpolation between closest ranks
/// (the "type 7" definition used by NumPy and R by default): position `p/100 * (n-1)`.
///
/// Returns `None` for an empty slice or a `p` outside 0-100.
pub fn percentile_sorted(sorted: &[f64], p: f64) -> Option<f64> {
    if sorted.is_empty() || !(0.0..=100.0).contains(&p) {
        return None;
    }
    let position = p / 100.0 * (sorted.len() - 1) as f64;
    let lower = position.floor() as usize;
    let upper = position.ceil() as usize;
    let fraction = position - lower as f64;
    Some(sorted[lower] + (sorted[upper] - sorted[lower]) * fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round1_rounds_half_away_from_zero() {
        assert_eq!(round1(72.25), 72.3);
        assert_eq!(round1(72.24), 72.2);
        assert_eq!(round1(0.04), 0.0);
    }

    #[test]
    fn blend_renormalises_over_present_parts() {
        // (0.5*0.8 + 0.25*0.4) / 0.75 = 0.5 / 0.75 = 0.6667
        let got = blend_present(&[(0.5, Some(0.8)), (0.25, Some(0.4)), (0.25, None)]).unwrap();
        assert!((got - 0.5 / 0.75).abs() < 1e-12);
        assert_eq!(blend_present(&[(0.5, None)]), None);
    }

    #[test]
    fn saturate_and_importance() {
        assert_eq!(saturate(0.25, 0.5), 0.5);
        assert_eq!(saturate(0.75, 0.5), 1.0);
        assert_eq!(importance01(3.0), 0.5);
        assert_eq!(importance01(0.0), 0.0);
    }

    #[test]
    fn percentile_interpolates_between_ranks() {
        let v = [0.1, 0.2, 0.4, 0.8];
        // position 0.25*3 = 0.75 -> 0.1 + 0.75*(0.2-0.1) = 0.175
        assert!((percentile_sorted(&v, 25.0).unwrap() - 0.175).abs() < 1e-12);
        // position 1.5 -> 0.2 + 0.5*0.2 = 0.3
        assert!((percentile_sorted(&v, 50.0).unwrap() - 0.3).abs() < 1e-12);
        assert_eq!(percentile_sorted(&[], 50.0), None);
    }

    #[test]
    fn min_max_scale_maps_observed_range_to_unit() {
        let s = MinMaxScale::fit([0.0, 0.25, 0.5]).unwrap();
        assert_eq!(s.apply(0.25), 0.5);
        assert_eq!(s.apply(0.9), 1.0);
        assert_eq!(MinMaxScale::fit([0.3, 0.3]), None);
    }
}
