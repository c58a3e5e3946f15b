//! Loading the shipped dataset, each file the first time a view asks for it: the index's core
//! (names, categories, scores) and its other parts (search labels, skill postings, O*NET
//! ratings), each occupation's detail chunk (cached once loaded), the skill dictionary and the
//! manifest. Every loader returns
//! `Result` so pages can show a clear error with a retry instead of a blank screen.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use careerlens_engine::model::{
    Index, IndexOccupation, IndexPart, IndexPartFile, Manifest, OccupationDetail, SCHEMA_VERSION,
    SkillDictionary,
};
use careerlens_engine::pathways::{CareerLevel, ViableGraph};
use careerlens_engine::search::{SearchHit, SearchIndex, SearchResults};
use careerlens_engine::similarity::SimilarityIndex;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the dataset is served from, relative to the app's origin.
pub const DATA_ROOT: &str = "/data";

/// Why a piece of the dataset could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request did not complete (offline, blocked, aborted).
    Network { url: String },
    /// The server answered with an error status.
    Status { url: String, status: u16 },
    /// The file arrived but is not the data it should be.
    Corrupt { url: String, reason: String },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network { url } => {
                write!(
                    f,
                    "The data at {url} could not be fetched. Check your connection."
                )
            }
            LoadError::Status { url, status } => {
                write!(f, "The server answered {status} for {url}.")
            }
            LoadError::Corrupt { url, reason } => {
                write!(
                    f,
                    "The data at {url} is damaged and cannot be read ({reason})."
                )
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Fetches `url` and parses it as JSON into `T`.
pub async fn fetch_json<T: DeserializeOwned>(url: &str) -> Result<T, LoadError> {
    let network = || LoadError::Network {
        url: url.to_owned(),
    };
    let window = web_sys::window().ok_or_else(network)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| network())?
        .dyn_into()
        .map_err(|_| network())?;
    if !response.ok() {
        return Err(LoadError::Status {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let text = JsFuture::from(response.text().map_err(|_| network())?)
        .await
        .map_err(|_| network())?
        .as_string()
        .unwrap_or_default();
    serde_json::from_str(&text).map_err(|error| LoadError::Corrupt {
        url: url.to_owned(),
        reason: error.to_string(),
    })
}

/// The index parts a view that searches occupations needs beside the core.
pub const SEARCH: &[IndexPart] = &[IndexPart::Labels];
/// The index part one occupation's personal fit needs beside the core: the O*NET ratings it
/// compares, with every occupation's for the means a partial fit is scored at.
pub const FIT_OF_ONE: &[IndexPart] = &[IndexPart::Onet];

/// The index parts the ranked fits need beside the core: the O*NET ratings they compare, and
/// the labels their text filter searches.
pub const FIT: &[IndexPart] = &[IndexPart::Labels, IndexPart::Onet];
/// Every index part the app uses: the roadmap compares, ranks and searches.
pub const ALL_PARTS: &[IndexPart] = &[IndexPart::Labels, IndexPart::Postings, IndexPart::Onet];

/// Fetches the index's core and checks its schema version.
async fn load_core() -> Result<Arc<Index>, LoadError> {
    let url = format!("{DATA_ROOT}/{}", IndexPart::Core.file());
    let index: Index = fetch_json(&url).await?;
    if index.schema_version != SCHEMA_VERSION {
        return Err(LoadError::Corrupt {
            url,
            reason: format!(
                "schema version {} where this app reads {SCHEMA_VERSION}",
                index.schema_version
            ),
        });
    }
    Ok(Arc::new(index))
}

/// The occupation index, with the parts a view asked for, and what the app derives from it
/// once: slug lookup, search and similarity.
pub struct LoadedIndex {
    pub index: Index,
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
    pub fn new(index: Index) -> Self {
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

/// A data file that loads only once `wanted` turns true, so pages that never need it never pay
/// for it.
fn lazy_json<T: DeserializeOwned + 'static>(
    wanted: RwSignal<bool>,
    file: &'static str,
) -> LocalResource<Option<Result<Arc<T>, LoadError>>> {
    LocalResource::new(move || {
        let wanted = wanted.get();
        async move {
            if !wanted {
                return None;
            }
            Some(
                fetch_json(&format!("{DATA_ROOT}/{file}"))
                    .await
                    .map(Arc::new),
            )
        }
    })
}

/// The files the prerenderer has in memory: with them the dataset answers at once, without
/// loading anything, so a page renders to HTML complete.
#[derive(Clone)]
pub struct Preloaded {
    pub index: Arc<LoadedIndex>,
    pub skills: Arc<SkillDictionary>,
    pub manifest: Arc<Manifest>,
    /// The detail chunks the page shows.
    pub details: Vec<Arc<OccupationDetail>>,
}

/// One of the index's parts beside the core, loaded once a view asks for it.
#[derive(Clone, Copy)]
struct PartLoad {
    part: IndexPart,
    wanted: RwSignal<bool>,
    file: LocalResource<Option<Result<Arc<IndexPartFile>, LoadError>>>,
}

impl PartLoad {
    fn new(part: IndexPart) -> Self {
        let wanted = RwSignal::new(false);
        PartLoad {
            part,
            wanted,
            file: lazy_json(wanted, part.file()),
        }
    }

    /// Arrived or failed, or never asked for.
    fn settled(&self) -> bool {
        !self.wanted.get() || self.file.get().flatten().is_some()
    }
}

/// The dataset, provided once as context: the index's core and parts, and the cache of detail
/// chunks.
#[derive(Clone, Copy)]
pub struct Dataset {
    /// Whether a view has asked for the index: a profile shows from its chunk alone, and asks
    /// only when someone wants a comparison with every occupation.
    core_wanted: RwSignal<bool>,
    /// The index's core, loaded when first asked for.
    core: LocalResource<Option<Result<Arc<Index>, LoadError>>>,
    /// The labels, postings and O*NET parts, as [`IndexPart::EXTRA`] lists them but the ids,
    /// which the app has no use for.
    parts: StoredValue<Vec<PartLoad>>,
    /// The core with each combination of parts a view has asked for, built once.
    combined: StoredValue<HashMap<Vec<IndexPart>, Arc<LoadedIndex>>>,
    /// Set only by the prerenderer.
    preloaded: StoredValue<Option<Preloaded>>,
    details: StoredValue<HashMap<String, Arc<OccupationDetail>>>,
    /// Whether a page has asked for the skill dictionary (260 KB, so not loaded up front).
    skills_wanted: RwSignal<bool>,
    skills: LocalResource<Option<Result<Arc<SkillDictionary>, LoadError>>>,
    manifest_wanted: RwSignal<bool>,
    manifest: LocalResource<Option<Result<Arc<Manifest>, LoadError>>>,
}

impl Dataset {
    /// Starts loading the index and provides the dataset to every component below, unless a
    /// dataset is provided already (the prerenderer's).
    pub fn provide() {
        if use_context::<Dataset>().is_none() {
            provide_context(Dataset::load());
        }
    }

    /// A dataset that loads each file when first asked for.
    fn load() -> Dataset {
        let core_wanted = RwSignal::new(false);
        let core = LocalResource::new(move || {
            let wanted = core_wanted.get();
            async move {
                if wanted {
                    Some(load_core().await)
                } else {
                    None
                }
            }
        });
        let parts = [IndexPart::Labels, IndexPart::Postings, IndexPart::Onet]
            .into_iter()
            .map(PartLoad::new)
            .collect();
        let skills_wanted = RwSignal::new(false);
        let skills = lazy_json(skills_wanted, "skills.json");
        let manifest_wanted = RwSignal::new(false);
        let manifest = lazy_json(manifest_wanted, "manifest.json");
        Dataset {
            core_wanted,
            core,
            parts: StoredValue::new(parts),
            combined: StoredValue::new(HashMap::new()),
            preloaded: StoredValue::new(None),
            details: StoredValue::new(HashMap::new()),
            skills_wanted,
            skills,
            manifest_wanted,
            manifest,
        }
    }

    /// Provides a dataset that answers from `preloaded` and never loads anything: the
    /// prerenderer's.
    pub fn provide_preloaded(preloaded: Preloaded) {
        let dataset = Dataset::load();
        provide_context(dataset);
        dataset.details.update_value(|cache| {
            for detail in &preloaded.details {
                cache.insert(detail.slug.clone(), detail.clone());
            }
        });
        dataset.preloaded.set_value(Some(preloaded));
    }

    /// What the prerenderer preloaded, if this is its dataset.
    fn preloaded<T>(&self, pick: impl FnOnce(&Preloaded) -> T) -> Option<T> {
        self.preloaded
            .with_value(|preloaded| preloaded.as_ref().map(pick))
    }

    /// Whether every file a page has asked for has arrived or failed: nothing is still loading.
    /// A prerendered page is taken over only then, when the app shows what the HTML shows.
    pub fn settled(&self) -> bool {
        self.preloaded.with_value(Option::is_some)
            || ((!self.core_wanted.get() || self.core.get().flatten().is_some())
                && self.parts.get_value().iter().all(PartLoad::settled)
                && (!self.skills_wanted.get() || self.skills.get().flatten().is_some())
                && (!self.manifest_wanted.get() || self.manifest.get().flatten().is_some()))
    }

    /// The detail chunk of `slug` if it is already at hand (loaded before, or preloaded).
    pub fn cached_detail(&self, slug: &str) -> Option<Arc<OccupationDetail>> {
        self.details.with_value(|cache| cache.get(slug).cloned())
    }

    /// The dataset provided by [`Dataset::provide`].
    pub fn expect() -> Dataset {
        expect_context::<Dataset>()
    }

    /// The index's core, once loaded: `None` while loading. Its occupations have names,
    /// categories and scores; a view that needs more asks with [`Dataset::index_with`]. The
    /// first call starts the load.
    pub fn index(&self) -> Option<IndexResult> {
        self.index_with(&[])
    }

    /// The index's core if a view has loaded it already, without asking for it: what a profile
    /// may use to know a slug is unknown before fetching its chunk.
    pub fn index_if_loaded(&self) -> Option<Arc<LoadedIndex>> {
        if !self.core_wanted.get_untracked() && self.preloaded(|_| ()).is_none() {
            return None;
        }
        self.index().and_then(Result::ok)
    }

    /// The index with `parts` beside the core, once all have loaded: `None` while any loads.
    /// The first call starts loading the parts, all at once.
    pub fn index_with(&self, parts: &[IndexPart]) -> Option<IndexResult> {
        if let Some(index) = self.preloaded(|p| p.index.clone()) {
            return Some(Ok(index));
        }
        let mut files = Vec::new();
        let mut pending = false;
        let mut failed = None;
        for load in self.parts_named(parts) {
            if !load.wanted.get_untracked() {
                load.wanted.set(true);
            }
            match load.file.get().flatten() {
                None => pending = true,
                Some(Err(error)) => failed = failed.or(Some(error)),
                Some(Ok(file)) => files.push((load.part, file)),
            }
        }
        if !self.core_wanted.get_untracked() {
            self.core_wanted.set(true);
        }
        let core = match self.core.get().flatten()? {
            Ok(core) => core,
            Err(error) => return Some(Err(error)),
        };
        if let Some(error) = failed {
            return Some(Err(error));
        }
        if pending {
            return None;
        }
        let key: Vec<IndexPart> = files.iter().map(|(part, _)| *part).collect();
        if let Some(loaded) = self
            .combined
            .with_value(|combined| combined.get(&key).cloned())
        {
            return Some(Ok(loaded));
        }
        let mut index = (*core).clone();
        for (part, file) in files {
            let corrupt = |reason: String| LoadError::Corrupt {
                url: format!("{DATA_ROOT}/{}", part.file()),
                reason,
            };
            if file.part != part {
                return Some(Err(corrupt(format!("it holds the {:?} part", file.part))));
            }
            if let Err(reason) = index.add_part((*file).clone()) {
                return Some(Err(corrupt(reason)));
            }
        }
        let loaded = Arc::new(LoadedIndex::new(index));
        self.combined
            .update_value(|combined| _ = combined.insert(key, loaded.clone()));
        Some(Ok(loaded))
    }

    /// The loads of `parts`, in the dataset's order of parts.
    fn parts_named(&self, parts: &[IndexPart]) -> Vec<PartLoad> {
        self.parts.with_value(|loads| {
            loads
                .iter()
                .filter(|load| parts.contains(&load.part))
                .copied()
                .collect()
        })
    }

    /// Loads the index's core and parts again after a failure: those that failed.
    pub fn retry_index(&self) {
        if matches!(self.core.get_untracked(), Some(Some(Err(_)))) {
            self.core.refetch();
        }
        for load in self.parts.get_value() {
            if matches!(load.file.get_untracked(), Some(Some(Err(_)))) {
                load.file.refetch();
            }
        }
    }

    /// The skill dictionary: `None` while loading. The first call starts the load.
    pub fn skills(&self) -> Option<Result<Arc<SkillDictionary>, LoadError>> {
        if let Some(skills) = self.preloaded(|p| p.skills.clone()) {
            return Some(Ok(skills));
        }
        if !self.skills_wanted.get_untracked() {
            self.skills_wanted.set(true);
        }
        self.skills.get().flatten()
    }

    /// Loads the skill dictionary again after a failure.
    pub fn retry_skills(&self) {
        self.skills.refetch();
    }

    /// The dataset manifest: `None` while loading. The first call starts the load.
    pub fn manifest(&self) -> Option<Result<Arc<Manifest>, LoadError>> {
        if let Some(manifest) = self.preloaded(|p| p.manifest.clone()) {
            return Some(Ok(manifest));
        }
        if !self.manifest_wanted.get_untracked() {
            self.manifest_wanted.set(true);
        }
        self.manifest.get().flatten()
    }

    /// The detail chunk of one occupation, from the cache or the server.
    pub async fn detail(&self, slug: &str) -> Result<Arc<OccupationDetail>, LoadError> {
        if let Some(cached) = self.cached_detail(slug) {
            return Ok(cached);
        }
        let url = format!("{DATA_ROOT}/occupations/{slug}.json");
        let detail: Arc<OccupationDetail> = Arc::new(fetch_json(&url).await?);
        if detail.slug != slug {
            return Err(LoadError::Corrupt {
                url,
                reason: format!("it describes \"{}\"", detail.slug),
            });
        }
        self.details
            .update_value(|cache| _ = cache.insert(slug.to_owned(), detail.clone()));
        Ok(detail)
    }
}
