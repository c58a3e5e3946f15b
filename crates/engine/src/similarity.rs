//! Similar roles: weighted Jaccard similarity of ESCO skill profiles, with an inverted index so
//! that the top-k of one occupation only visits occupations that share a skill with it.
//!
//! One paragraph: each skill an occupation needs gets weight `relation x idf`, where relation
//! is [`ESSENTIAL_WEIGHT`] for an essential skill and [`OPTIONAL_WEIGHT`] for an optional one
//! (a skill listed both ways counts as essential), and `idf = ln(N / df)` with `N` the number
//! of occupations and `df` the number of occupations listing the skill in either relation, so
//! common skills such as "communication" count little. Similarity of A and B is
//! `sum_s min(wA(s), wB(s)) / sum_s max(wA(s), wB(s))`: the weight they share over the weight
//! either needs. It is symmetric, in [0, 1], and 1 for an occupation with itself.

/// How many similar roles an occupation lists: the profile's "Similar roles" and the detail
/// chunk's `similar` (see [`SimilarityIndex::similar_roles`]).
pub const SIMILAR_SHOWN: usize = 8;
/// How many skills to learn each listed move names ([`SimilarityIndex::adjacent_skills`]).
pub const ADJACENT_SHOWN: usize = 4;
/// How many essential skills the FAQ's comparison of an occupation with its most similar role
/// names on each side (the detail chunk's `closest_lacks`, and the first of the role's skills
/// to learn).
pub const CLOSEST_LACKS_SHOWN: usize = 3;

/// Relation weight of an essential skill.
pub const ESSENTIAL_WEIGHT: f32 = 1.0;
/// Relation weight of an optional skill.
pub const OPTIONAL_WEIGHT: f32 = 0.5;

/// An occupation's ESCO skills as dense skill ids (the dataset's skill index).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OccupationSkills {
    /// Skills with relation type `essential`.
    pub essential: Vec<u32>,
    /// Skills with relation type `optional`.
    pub optional: Vec<u32>,
}

/// One similar occupation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Neighbour {
    /// Index of the similar occupation.
    pub occupation: u32,
    /// Weighted Jaccard similarity, 0-1.
    pub similarity: f32,
}

/// One similar role of an occupation: the neighbour and the skills a move there would add.
#[derive(Clone, Debug, PartialEq)]
pub struct SimilarMove {
    /// The similar occupation and its similarity.
    pub neighbour: Neighbour,
    /// Its essential skills the origin does not list, most distinctive first
    /// ([`SimilarityIndex::adjacent_skills`]).
    pub adjacent_skills: Vec<u32>,
}

/// Reusable buffers for top-k queries, so repeated queries do not allocate.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    /// Shared weight with the origin, per occupation; all zero between queries.
    pub(crate) shared_weight: Vec<f32>,
    /// Ranking keys of the current top-k.
    pub(crate) keys: Vec<u64>,
}

/// Skill profiles, idf weights and the skill -> occupations index, built once per dataset.
#[derive(Clone, Debug, Default)]
pub struct SimilarityIndex {
    idf: Vec<f32>,
    document_frequency: Vec<u32>,
    profile_start: Vec<u32>,
    profile_skill: Vec<u32>,
    profile_weight: Vec<f32>,
    profile_essential: Vec<bool>,
    total_weight: Vec<f32>,
    posting_start: Vec<u32>,
    posting_occupation: Vec<u32>,
    posting_weight: Vec<f32>,
}

/// Ranks by similarity (high first), then occupation index (low first).
pub fn rank_order(a: &Neighbour, b: &Neighbour) -> std::cmp::Ordering {
    b.similarity
        .total_cmp(&a.similarity)
        .then(a.occupation.cmp(&b.occupation))
}

/// `shared / (total_a + total_b - shared)`, 0 when both profiles are empty.
#[inline(always)]
pub(crate) fn jaccard(shared: f32, total_a: f32, total_b: f32) -> f32 {
    let union = total_a + total_b - shared;
    if union > 0.0 {
        let ratio = shared / union;
        if ratio > 1.0 { 1.0 } else { ratio }
    } else {
        0.0
    }
}

impl SimilarityIndex {
    /// Builds profiles, idf and the inverted index; duplicate skill ids are merged.
    pub fn build(occupations: &[OccupationSkills]) -> SimilarityIndex {
        let profiles: Vec<Vec<(u32, bool)>> = occupations.iter().map(merge_relations).collect();
        let num_skills = profiles
            .iter()
            .flatten()
            .map(|&(s, _)| s as usize + 1)
            .max()
            .unwrap_or(0);
        let mut document_frequency = vec![0u32; num_skills];
        for &(skill, _) in profiles.iter().flatten() {
            document_frequency[skill as usize] += 1;
        }
        let n = occupations.len() as f64;
        let idf: Vec<f32> = document_frequency
            .iter()
            .map(|&df| {
                if df == 0 {
                    0.0
                } else {
                    (n / df as f64).ln() as f32
                }
            })
            .collect();

        let mut index = SimilarityIndex {
            idf,
            document_frequency,
            ..Default::default()
        };
        index.profile_start.push(0);
        for profile in &profiles {
            let mut total = 0.0f32;
            for &(skill, essential) in profile {
                let relation = if essential {
                    ESSENTIAL_WEIGHT
                } else {
                    OPTIONAL_WEIGHT
                };
                let weight = relation * index.idf[skill as usize];
                total += weight;
                index.profile_skill.push(skill);
                index.profile_weight.push(weight);
                index.profile_essential.push(essential);
            }
            index.total_weight.push(total);
            index.profile_start.push(index.profile_skill.len() as u32);
        }
        index.build_postings(num_skills);
        index
    }

    /// Skill -> (occupation, weight) lists in occupation order; zero weights are left out
    /// because they can add nothing to a shared weight.
    fn build_postings(&mut self, num_skills: usize) {
        let mut counts = vec![0u32; num_skills + 1];
        for (&s, &w) in self.profile_skill.iter().zip(&self.profile_weight) {
            if w > 0.0 {
                counts[s as usize + 1] += 1;
            }
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let total = counts[num_skills] as usize;
        let mut fill = counts.clone();
        let mut occupations = vec![0u32; total];
        let mut weights = vec![0.0f32; total];
        for occ in 0..self.len() {
            for (s, w) in self.profile(occ) {
                if w > 0.0 {
                    let slot = fill[s as usize] as usize;
                    occupations[slot] = occ as u32;
                    weights[slot] = w;
                    fill[s as usize] += 1;
                }
            }
        }
        self.posting_occupation = occupations;
        self.posting_weight = weights;
        self.posting_start = counts;
    }

    /// Number of occupations.
    pub fn len(&self) -> usize {
        self.total_weight.len()
    }

    /// True when built from no occupations.
    pub fn is_empty(&self) -> bool {
        self.total_weight.is_empty()
    }

    /// `ln(N / df)` of a skill; `None` for a skill no occupation lists.
    pub fn idf(&self, skill: u32) -> Option<f32> {
        let df = *self.document_frequency.get(skill as usize)?;
        (df > 0).then(|| self.idf[skill as usize])
    }

    /// Number of occupations listing the skill in either relation.
    pub fn document_frequency(&self, skill: u32) -> u32 {
        self.document_frequency
            .get(skill as usize)
            .copied()
            .unwrap_or(0)
    }

    /// `(skill, weight)` pairs of an occupation, ascending by skill id (empty if out of range).
    pub fn profile(&self, occupation: usize) -> impl Iterator<Item = (u32, f32)> + '_ {
        let range = self.profile_range(occupation);
        self.profile_skill[range.clone()]
            .iter()
            .copied()
            .zip(self.profile_weight[range].iter().copied())
    }

    fn profile_range(&self, occupation: usize) -> std::ops::Range<usize> {
        match (
            self.profile_start.get(occupation),
            self.profile_start.get(occupation + 1),
        ) {
            (Some(&a), Some(&b)) => a as usize..b as usize,
            _ => 0..0,
        }
    }

    /// Whether the occupation lists the skill, and if so whether as essential.
    pub fn relation(&self, occupation: usize, skill: u32) -> Option<bool> {
        let range = self.profile_range(occupation);
        let found = self.profile_skill[range.clone()]
            .binary_search(&skill)
            .ok()?;
        Some(self.profile_essential[range.start + found])
    }

    /// Similarity of two occupations by merging their profiles; `None` if an index is out of
    /// range. Sums run in skill-id order, exactly as in [`Self::top_k_into`], so both agree to
    /// the bit.
    pub fn similarity(&self, a: usize, b: usize) -> Option<f32> {
        let (ta, tb) = (*self.total_weight.get(a)?, *self.total_weight.get(b)?);
        let (mut pa, mut pb) = (self.profile(a).peekable(), self.profile(b).peekable());
        let mut shared = 0.0f32;
        while let (Some(&(sa, wa)), Some(&(sb, wb))) = (pa.peek(), pb.peek()) {
            match sa.cmp(&sb) {
                std::cmp::Ordering::Less => {
                    pa.next();
                }
                std::cmp::Ordering::Greater => {
                    pb.next();
                }
                std::cmp::Ordering::Equal => {
                    shared += if wa < wb { wa } else { wb };
                    pa.next();
                    pb.next();
                }
            }
        }
        Some(jaccard(shared, ta, tb))
    }

    /// Fresh buffers sized for this index.
    pub fn scratch(&self) -> Scratch {
        Scratch {
            shared_weight: vec![0.0; self.len()],
            keys: Vec::new(),
        }
    }

    /// Calls `visit` with every other occupation sharing a weighted skill with `origin`; with
    /// `only_later`, only occupations with a higher index (each pair once, for all-pairs work).
    pub(crate) fn for_each_candidate(
        &self,
        origin: usize,
        only_later: bool,
        scratch: &mut Scratch,
        mut visit: impl FnMut(Neighbour),
    ) {
        if origin >= self.len() {
            return;
        }
        if scratch.shared_weight.len() != self.len() {
            scratch.shared_weight = vec![0.0; self.len()];
        }
        // Plain slices and comparisons in this loop: the app is built at opt-level "z", where
        // generic `Vec` indexing and `f32::min` are not reliably inlined.
        let shared_weight = scratch.shared_weight.as_mut_slice();
        let posting_start = self.posting_start.as_slice();
        let posting_occupation = self.posting_occupation.as_slice();
        let posting_weight = self.posting_weight.as_slice();
        let profile = self.profile_range(origin);
        for i in profile {
            let w_origin = self.profile_weight[i];
            if w_origin <= 0.0 {
                continue;
            }
            let skill = self.profile_skill[i] as usize;
            let mut start = posting_start[skill] as usize;
            let end = posting_start[skill + 1] as usize;
            if only_later {
                // Postings are in occupation order, so the later ones are a suffix.
                start +=
                    posting_occupation[start..end].partition_point(|&occ| occ as usize <= origin);
            }
            let occupations = &posting_occupation[start..end];
            let weights = &posting_weight[start..end];
            for (&occ, &w) in occupations.iter().zip(weights) {
                shared_weight[occ as usize] += if w_origin < w { w_origin } else { w };
            }
        }
        let total_weight = self.total_weight.as_slice();
        let total_origin = total_weight[origin];
        // A dense scan beats tracking touched occupations: it is sequential and keeps the
        // accumulation loop free of a hard-to-predict branch.
        let first = if only_later { origin + 1 } else { 0 };
        for occ in first..shared_weight.len() {
            let shared = shared_weight[occ];
            if shared > 0.0 {
                shared_weight[occ] = 0.0;
            }
            if shared > 0.0 && occ != origin {
                let similarity = jaccard(shared, total_origin, total_weight[occ]);
                visit(Neighbour {
                    occupation: occ as u32,
                    similarity,
                });
            }
        }
    }

    /// Every other occupation with similarity >= `min_similarity`, best first.
    pub fn neighbours_at_least(
        &self,
        origin: usize,
        min_similarity: f32,
        scratch: &mut Scratch,
    ) -> Vec<Neighbour> {
        let mut found = Vec::new();
        self.for_each_candidate(origin, false, scratch, |n| {
            if n.similarity >= min_similarity {
                found.push(n);
            }
        });
        found.sort_unstable_by(rank_order);
        found
    }

    /// The target's essential skills the origin does not list at all, highest idf first, ties
    /// by lower skill id; at most `limit`. These are the skills a move would add.
    pub fn adjacent_skills(&self, origin: usize, target: usize, limit: usize) -> Vec<u32> {
        let range = self.profile_range(target);
        let mut missing: Vec<(u32, f32)> = range
            .filter(|&i| self.profile_essential[i])
            .map(|i| self.profile_skill[i])
            .filter(|&s| self.relation(origin, s).is_none())
            .map(|s| (s, self.idf[s as usize]))
            .collect();
        missing.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        missing.into_iter().take(limit).map(|(s, _)| s).collect()
    }

    /// The similar roles of `origin`, the one rule behind the profile's "Similar roles" list
    /// and the detail chunk's `similar`: its `limit` most similar other occupations
    /// ([`Self::top_k`]: best first, ties to the lower index, only occupations sharing a
    /// weighted skill), each with at most `adjacent_limit` [`Self::adjacent_skills`]. Both
    /// callers pass [`SIMILAR_SHOWN`] and [`ADJACENT_SHOWN`].
    pub fn similar_roles(
        &self,
        origin: usize,
        limit: usize,
        adjacent_limit: usize,
    ) -> Vec<SimilarMove> {
        self.top_k(origin, limit)
            .into_iter()
            .map(|neighbour| SimilarMove {
                neighbour,
                adjacent_skills: self.adjacent_skills(
                    origin,
                    neighbour.occupation as usize,
                    adjacent_limit,
                ),
            })
            .collect()
    }
}

/// Sorted, de-duplicated `(skill, is_essential)`; essential wins over optional.
fn merge_relations(occ: &OccupationSkills) -> Vec<(u32, bool)> {
    let mut all: Vec<(u32, bool)> = occ
        .essential
        .iter()
        .map(|&s| (s, true))
        .chain(occ.optional.iter().map(|&s| (s, false)))
        .collect();
    // Essential sorts first within a skill id so dedup keeps it.
    all.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    all.dedup_by_key(|e| e.0);
    all
}
