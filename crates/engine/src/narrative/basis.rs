//! The sentences that say what a profile's numbers rest on when it is less than the occupation's
//! own data from a sound O*NET match: group means for the vectors, resilience shrunk toward its
//! group, and a weak O*NET mapping.

use crate::groups::GroupBasis;
use crate::model::{OccupationDetail, OccupationScores};
use crate::text::join;

/// Which vectors are their ISCO group's mean, e.g. "The “Analysis and prediction” and “Content
/// generation and language models” scores are the mean of ISCO unit group 2654: no O*NET task,
/// rating or Eloundou label covers that work for this occupation."
pub fn vectors_sentence(scores: &OccupationScores, isco: &str) -> Option<String> {
    if scores.fallback_vectors.is_empty() {
        return None;
    }
    let group = scores.vector_basis.describe(isco)?;
    let names: Vec<String> = scores
        .fallback_vectors
        .iter()
        .map(|v| format!("“{}”", v.label()))
        .collect();
    let noun = if names.len() == 1 {
        "score is"
    } else {
        "scores are"
    };
    Some(format!(
        "The {} {noun} the mean of {group}: no O*NET task, rating or Eloundou label covers \
         that work for this occupation.",
        join(&names, "and")
    ))
}

/// How far resilience rests on own data, e.g. "Only 27% of the data behind resilience covers
/// this occupation itself, so its score is drawn 73% of the way toward the mean of the fully
/// rated occupations of ISCO unit group 3434."
pub fn resilience_sentence(scores: &OccupationScores, isco: &str) -> Option<String> {
    if scores.resilience_basis == GroupBasis::Own {
        return None;
    }
    let evidence = f64::from(scores.resilience_evidence?).clamp(0.0, 1.0);
    let group = scores.resilience_basis.describe(isco)?;
    let own = (evidence * 100.0).round();
    Some(format!(
        "Only {own}% of the data behind resilience covers this occupation itself, so its score \
         is drawn {}% of the way toward the mean of the fully rated occupations of {group}.",
        100.0 - own
    ))
}

/// A weak O*NET mapping named, e.g. "The O*NET data on this page comes from a weak match, the
/// O*NET occupation Mathematicians: ...".
pub fn weak_match_sentence(detail: &OccupationDetail) -> Option<String> {
    let weak = detail.scores.as_ref().is_some_and(|s| s.weak_match);
    if !weak || detail.onet.is_empty() {
        return None;
    }
    let titles: Vec<&str> = detail.onet.iter().map(|o| o.title.as_str()).collect();
    let (noun, pronoun) = if titles.len() == 1 {
        ("occupation", "it shares")
    } else {
        ("occupations", "they share")
    };
    Some(format!(
        "The O*NET data on this page comes from a weak match, the O*NET {noun} {}: Nesta's \
         checked crosswalk places this occupation in another area of work, and {pronoun} no word \
         with its names. Read the tasks and O*NET-based scores with care.",
        join(&titles, "and")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vectors::ExposureVector;

    #[test]
    fn two_fallback_vectors_are_named_with_their_group() {
        let scores = OccupationScores {
            fallback_vectors: vec![ExposureVector::AnalyticalAi, ExposureVector::GenerativeAi],
            vector_basis: GroupBasis::IscoUnitGroup,
            ..OccupationScores::default()
        };
        assert_eq!(
            vectors_sentence(&scores, "2654").unwrap(),
            "The “Analysis and prediction” and “Content generation and language models” scores \
             are the mean of ISCO unit group 2654: no O*NET task, rating or Eloundou label \
             covers that work for this occupation."
        );
        assert_eq!(vectors_sentence(&OccupationScores::default(), "2654"), None);
    }

    #[test]
    fn shrunk_resilience_says_how_far() {
        let scores = OccupationScores {
            resilience_basis: GroupBasis::IscoMinorGroup,
            resilience_evidence: Some(0.27),
            ..OccupationScores::default()
        };
        assert_eq!(
            resilience_sentence(&scores, "3434").unwrap(),
            "Only 27% of the data behind resilience covers this occupation itself, so its score \
             is drawn 73% of the way toward the mean of the fully rated occupations of ISCO \
             minor group 343."
        );
    }
}
