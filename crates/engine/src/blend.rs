//! Similar roles from skills and work activities together, as O*NET's related-occupations
//! method and Nesta's career causeways both do: two occupations are alike when they need the
//! same skills and when their days are spent on the same kinds of work.
//!
//! One paragraph: an occupation's work-activity profile is the mean O*NET importance of each of
//! the 41 generalised work activities over its mapped codes (O*NET 28.2 Work Activities). Each
//! activity is centred on its mean across occupations, because every job rates "Getting
//! Information" highly and raw profiles would make every pair look alike; the similarity of two
//! profiles is the cosine of the centred vectors, floored at 0. The blend is
//! [`BLEND_W_SKILLS`] x skill similarity ([`crate::similarity`]) + [`BLEND_W_ACTIVITIES`] x
//! activity similarity; a pair without two profiles keeps its skill similarity. The candidates
//! are each occupation's [`BLEND_CANDIDATES`] most skill-similar occupations: a role with no
//! skill in common is not a move, however alike the days.

use crate::similarity::{SimilarMove, SimilarityIndex};

/// Weight of the IDF-weighted ESCO skill similarity: skills decide whether a move is possible.
pub const BLEND_W_SKILLS: f32 = 0.7;
/// Weight of the work-activity similarity: it separates occupations that share skills but not
/// the kind of work (a museum curator and a museum guard both list "museum collections").
pub const BLEND_W_ACTIVITIES: f32 = 0.3;
/// How many skill-similar candidates the blend re-ranks.
pub const BLEND_CANDIDATES: usize = 50;

/// Centred, unit-length work-activity profiles, one per occupation in index order.
#[derive(Clone, Debug, Default)]
pub struct ActivityProfiles {
    unit: Vec<Option<Vec<f32>>>,
}

impl ActivityProfiles {
    /// Centres every profile on the activity means over the occupations that have one and
    /// scales it to unit length; `None` (or a profile of another length, or a flat one) stays
    /// without a profile.
    pub fn new(profiles: &[Option<Vec<f32>>]) -> ActivityProfiles {
        let len = profiles.iter().flatten().map(Vec::len).max().unwrap_or(0);
        let full: Vec<&Vec<f32>> = profiles
            .iter()
            .flatten()
            .filter(|p| p.len() == len)
            .collect();
        let mut mean = vec![0.0f64; len];
        for p in &full {
            for (m, v) in mean.iter_mut().zip(p.iter()) {
                *m += f64::from(*v) / full.len() as f64;
            }
        }
        let unit = profiles
            .iter()
            .map(|p| {
                let p = p.as_ref().filter(|p| p.len() == len && len > 0)?;
                let centred: Vec<f64> = p
                    .iter()
                    .zip(&mean)
                    .map(|(v, m)| f64::from(*v) - m)
                    .collect();
                let norm = centred.iter().map(|x| x * x).sum::<f64>().sqrt();
                (norm > 1e-9).then(|| centred.iter().map(|x| (x / norm) as f32).collect())
            })
            .collect();
        ActivityProfiles { unit }
    }

    /// The cosine of two centred profiles floored at 0; `None` unless both have one.
    pub fn similarity(&self, a: usize, b: usize) -> Option<f32> {
        let (Some(Some(a)), Some(Some(b))) = (self.unit.get(a), self.unit.get(b)) else {
            return None;
        };
        let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
        Some(dot.clamp(0.0, 1.0))
    }
}

/// One similar role by the blended measure.
#[derive(Clone, Debug, PartialEq)]
pub struct BlendedRole {
    /// The skill similarity and adjacent skills, as [`SimilarityIndex::similar_roles`] gives.
    pub skills: SimilarMove,
    /// The blended similarity, 0-1, by which the roles are ranked.
    pub similarity: f32,
}

/// The blend of one pair's skill similarity with its activity similarity, if any.
pub fn blended(skill_similarity: f32, activity_similarity: Option<f32>) -> f32 {
    match activity_similarity {
        Some(a) => BLEND_W_SKILLS * skill_similarity + BLEND_W_ACTIVITIES * a,
        None => skill_similarity,
    }
}

/// The `limit` most similar roles of `origin` by the blend, best first (ties: the higher skill
/// similarity, then the lower index), each with at most `adjacent_limit` skills to learn.
pub fn similar_roles(
    skills: &SimilarityIndex,
    activities: &ActivityProfiles,
    origin: usize,
    limit: usize,
    adjacent_limit: usize,
) -> Vec<BlendedRole> {
    let mut roles: Vec<BlendedRole> = skills
        .similar_roles(origin, BLEND_CANDIDATES.max(limit), adjacent_limit)
        .into_iter()
        .map(|role| BlendedRole {
            similarity: blended(
                role.neighbour.similarity,
                activities.similarity(origin, role.neighbour.occupation as usize),
            ),
            skills: role,
        })
        .collect();
    roles.sort_by(|a, b| {
        b.similarity
            .total_cmp(&a.similarity)
            .then(crate::similarity::rank_order(
                &a.skills.neighbour,
                &b.skills.neighbour,
            ))
    });
    roles.truncate(limit);
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_are_centred_before_the_cosine() {
        // Means over the three: (3, 2). Centred: a (1, 0), b (1, 0), c (-2, 0): a and b point the
        // same way (cosine 1), a and c opposite (-1, floored at 0). Raw, a and c would be close.
        let p = ActivityProfiles::new(&[
            Some(vec![4.0, 2.0]),
            Some(vec![4.0, 2.0]),
            Some(vec![1.0, 2.0]),
            None,
        ]);
        assert!((p.similarity(0, 1).unwrap() - 1.0).abs() < 1e-6);
        assert_eq!(p.similarity(0, 2), Some(0.0));
        assert_eq!(p.similarity(0, 3), None);
    }

    #[test]
    fn work_alike_in_activities_can_overtake_a_closer_skill_match() {
        use crate::similarity::OccupationSkills;
        let occ = |essential: &[u32]| OccupationSkills {
            essential: essential.to_vec(),
            optional: Vec::new(),
        };
        // O0 {0, 1}; O1 {0, 1, 2} shares both of O0's skills; O2 {0, 3} shares one; O3 {4}
        // makes skill 0 less than universal.
        let skills =
            SimilarityIndex::build(&[occ(&[0, 1]), occ(&[0, 1, 2]), occ(&[0, 3]), occ(&[4])]);
        let (s1, s2) = (
            skills.similarity(0, 1).unwrap(),
            skills.similarity(0, 2).unwrap(),
        );
        assert!(s1 > s2);
        let by_skills: Vec<u32> = similar_roles(&skills, &ActivityProfiles::default(), 0, 2, 0)
            .iter()
            .map(|r| r.skills.neighbour.occupation)
            .collect();
        assert_eq!(by_skills, [1, 2]);
        // O2's days are O0's; O1's are the opposite (centred cosines 1 and 0 after the floor).
        let activities = ActivityProfiles::new(&[
            Some(vec![5.0, 1.0]),
            Some(vec![1.0, 5.0]),
            Some(vec![5.0, 1.0]),
            Some(vec![3.0, 3.0]),
        ]);
        let roles = similar_roles(&skills, &activities, 0, 2, 0);
        let expected = [(2, blended(s2, Some(1.0))), (1, blended(s1, Some(0.0)))];
        assert!(
            expected[0].1 > expected[1].1,
            "the example needs O2 to overtake O1"
        );
        for (role, (occupation, similarity)) in roles.iter().zip(expected) {
            assert_eq!(role.skills.neighbour.occupation, occupation);
            assert!((role.similarity - similarity).abs() < 1e-6);
        }
    }

    #[test]
    fn the_blend_weighs_skills_and_activities() {
        // 0.7 x 0.4 + 0.3 x 0.9 = 0.28 + 0.27 = 0.55
        assert!((blended(0.4, Some(0.9)) - 0.55).abs() < 1e-6);
        assert_eq!(blended(0.4, None), 0.4);
    }
}
