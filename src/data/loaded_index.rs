//! The occupation index as the app holds it: the core with the parts a view asked for, and what
//! is derived from it once.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use careerlens_engine::model::{Index, IndexOccupation};
use careerlens_engine::pathways::{CareerLevel, ViableGraph};
use careerlens_engine::search::{SearchHit, SearchIndex, SearchResults};
use careerlens_engine::similarity::SimilarityIndex;

use super::LoadError;

/// The occupation index, with the parts a view asked for, and what the app derives from it
/// once: slug lookup, search and similarity.
pub struct LoadedIndex {
    /// Shared with the dataset's core when no part is added: the home page's index is the core
    /// as it arrived, not a copy of its 3,007 occupations.
    pub index: Arc<Index>,
    by_slug: HashMap<String, usize>,
    /// Built on first use: only the search box needs it (with the labels part).
    search: OnceLock<SearchIndex>,
    /// Built on first use: only profile pages need it.
    similarity: OnceLock<(SimilarityIndex, Vec<CareerLevel>)>,
    /// Built on first use: only the route planner needs it.
    viable_graph: OnceLock<Option<ViableGraph>>,
}

impl LoadedIndex {
    /// Derives the slug lookup from a freshly parsed index.
    pub fn new(index: impl Into<Arc<Index>>) -> Self {
        let index = index.into();
        let by_slug = index
            .occupations
            .iter()
            .enumerate()
            .map(|(position, occupation)| (occupation.slug.clone(), position))
            .collect();
        LoadedIndex {
            index,
            by_slug,
            search: OnceLock::new(),
            similarity: OnceLock::new(),
            viable_graph: OnceLock::new(),
        }
    }

    /// The graph of viable moves for multi-step routes; `None` without fitted thresholds.
    pub fn viable_graph(&self) -> Option<&ViableGraph> {
        self.viable_graph
            .get_or_init(|| {
                let viable = self.index.fitted.viability?.viable;
                Some(ViableGraph::build(&self.similarity().0, viable))
            })
            .as_ref()
    }

    /// The position of the occupation with this slug, if any.
    pub fn position(&self, slug: &str) -> Option<usize> {
        self.by_slug.get(slug).copied()
    }

    /// The skill-similarity index and each occupation's career level, built once.
    pub fn similarity(&self) -> &(SimilarityIndex, Vec<CareerLevel>) {
        self.similarity.get_or_init(|| {
            (
                SimilarityIndex::build(&self.index.skill_profiles()),
                careerlens_engine::pathways::career_levels(&self.index),
            )
        })
    }

    /// The occupation with this slug, if any.
    pub fn by_slug(&self, slug: &str) -> Option<&IndexOccupation> {
        self.by_slug
            .get(slug)
            .map(|&position| &self.index.occupations[position])
    }

    /// Ranked search over titles and alternative labels (with the labels part), falling back to
    /// the closest partial matches (the rules are in `careerlens_engine::search`).
    pub fn search(&self, query: &str, limit: usize) -> SearchResults {
        self.search
            .get_or_init(|| {
                SearchIndex::new(self.index.occupations.iter().map(|occupation| {
                    std::iter::once(occupation.title.as_str())
                        .chain(occupation.alt_labels.iter().map(String::as_str))
                }))
            })
            .search(query, limit)
    }

    /// The label a search hit matched: the title or one of the alternative labels.
    pub fn matched_label(&self, hit: &SearchHit) -> &str {
        let occupation = &self.index.occupations[hit.occupation];
        match hit.matched_label {
            0 => &occupation.title,
            n => occupation
                .alt_labels
                .get(n - 1)
                .map_or(&occupation.title, String::as_str),
        }
    }
}

pub type IndexResult = Result<Arc<LoadedIndex>, LoadError>;
