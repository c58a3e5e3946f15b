//! Viability bands for moves between occupations, calibrated on the data as Nesta's Career
//! Causeways did: how similar are occupations that ISCO already puts in one unit group?
//!
//! One paragraph: take every pair of occupations in the same ISCO-08 4-digit unit group and
//! compute their skill similarity. A move at least as similar as the median such pair
//! ([`VIABLE_PERCENTILE`]) is "viable": as close as occupations the classification already
//! treats as one kind of work. At least as similar as the upper quartile
//! ([`HIGHLY_VIABLE_PERCENTILE`]) is "highly viable"; anything lower is "less viable".
//! Percentiles interpolate linearly between ranks. (ESCO unit groups are broad, so a lower
//! quartile would call pairs sharing almost nothing viable: on ESCO v1.1.1 it is about 0.03.)

use crate::similarity::SimilarityIndex;
use crate::stats::percentile_sorted;
use std::collections::BTreeMap;

/// Percentile of within-unit-group similarities at which a move becomes "highly viable".
pub const HIGHLY_VIABLE_PERCENTILE: f64 = 75.0;
/// Percentile of within-unit-group similarities at which a move becomes "viable".
pub const VIABLE_PERCENTILE: f64 = 50.0;

/// Similarity thresholds fitted on the data; databuild stores them, the app reads them.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ViabilityThresholds {
    /// Similarity at or above which a move is highly viable.
    pub highly_viable: f32,
    /// Similarity at or above which a move is viable.
    pub viable: f32,
    /// Number of within-unit-group pairs the thresholds were fitted on.
    pub pair_count: usize,
}

/// How realistic a move is, by skill similarity.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Viability {
    /// At or above the highly viable threshold.
    HighlyViable,
    /// At or above the viable threshold.
    Viable,
    /// Below the viable threshold.
    LessViable,
}

impl Viability {
    /// The words shown beside a similar role.
    pub fn label(self) -> &'static str {
        match self {
            Viability::HighlyViable => "highly viable",
            Viability::Viable => "viable",
            Viability::LessViable => "less viable",
        }
    }
}

impl ViabilityThresholds {
    /// The band of a similarity.
    pub fn classify(&self, similarity: f32) -> Viability {
        if similarity >= self.highly_viable {
            Viability::HighlyViable
        } else if similarity >= self.viable {
            Viability::Viable
        } else {
            Viability::LessViable
        }
    }
}

/// Fits the thresholds. `isco_codes[i]` is occupation `i`'s 4-digit ISCO unit group; blank
/// codes are skipped. `None` if no unit group has two occupations.
pub fn calibrate(index: &SimilarityIndex, isco_codes: &[&str]) -> Option<ViabilityThresholds> {
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (occ, code) in isco_codes.iter().enumerate().take(index.len()) {
        let code = code.trim();
        if !code.is_empty() {
            groups.entry(code).or_default().push(occ);
        }
    }
    let mut similarities: Vec<f64> = Vec::new();
    for members in groups.values() {
        for (i, &a) in members.iter().enumerate() {
            for &b in &members[i + 1..] {
                similarities.extend(index.similarity(a, b).map(f64::from));
            }
        }
    }
    similarities.sort_by(f64::total_cmp);
    Some(ViabilityThresholds {
        highly_viable: percentile_sorted(&similarities, HIGHLY_VIABLE_PERCENTILE)? as f32,
        viable: percentile_sorted(&similarities, VIABLE_PERCENTILE)? as f32,
        pair_count: similarities.len(),
    })
}
