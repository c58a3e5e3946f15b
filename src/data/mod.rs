//! Loading the shipped dataset, each file the first time a view asks for it: the index's core
//! (names, categories, scores) and its other parts (search labels, skill postings, O*NET
//! ratings), each occupation's detail chunk (cached once loaded), the skill dictionary and the
//! manifest. Every loader returns `Result` so pages can show a clear error with a retry instead
//! of a blank screen.

mod lazy_file;
mod loaded_index;
mod prefetched;

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::sync::Arc;

use careerlens_engine::model::{
    Index, IndexPart, IndexPartFile, Manifest, OccupationDetail, SkillDictionary, Versioned,
};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::hydration::KeptAsPrerendered;

use lazy_file::LazyFile;
pub use loaded_index::{IndexResult, LoadedIndex};
pub use prefetched::Prefetched;

/// Where the dataset is served from, relative to the app's origin.
pub const DATA_ROOT: &str = "/data";
/// The skill dictionary, under [`DATA_ROOT`].
const SKILLS_FILE: &str = "skills.json";
/// The dataset's manifest, under [`DATA_ROOT`].
const MANIFEST_FILE: &str = "manifest.json";
/// Where each occupation's detail chunk lives, under [`DATA_ROOT`].
const DETAILS_FOLDER: &str = "occupations/";

/// The detail chunk of `slug`, under [`DATA_ROOT`].
fn detail_file(slug: &str) -> String {
    format!("{DETAILS_FOLDER}{slug}.json")
}

/// Why a piece of the dataset could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request did not complete (offline, blocked, aborted).
    Network { url: String },
    /// The server answered with an error status.
    Status { url: String, status: u16 },
    /// The file arrived but is not the data it should be.
    Corrupt { url: String, reason: String },
    /// The file is of another release than the app: CareerLens was updated while the page was
    /// open (a file of another schema version, or an index file the server no longer has).
    /// Only reloading the page brings an app that reads it.
    Outdated { url: String },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network { url } => {
                write!(
                    f,
                    "The data at {url} could not be fetched. Check your connection: anything \
                     not opened before on this device needs a connection."
                )
            }
            LoadError::Status { url, status } => {
                write!(f, "The server answered {status} for {url}.")
            }
            LoadError::Outdated { url } => write!(
                f,
                "CareerLens has been updated since this page was opened, and {url} belongs to \
                 the new version. Reload the page to use it."
            ),
            LoadError::Corrupt { url, reason } => {
                write!(
                    f,
                    "The data at {url} is damaged and cannot be read ({reason})."
                )
            }
        }
    }
}

impl LoadError {
    /// Whether loading again may help. A file of another release cannot be fixed by a retry:
    /// only reloading the page brings an app that reads it.
    pub fn can_retry(&self) -> bool {
        !matches!(self, LoadError::Outdated { .. })
    }
}

impl std::error::Error for LoadError {}

/// Fetches `url` and parses it as JSON into `T`.
async fn fetch_json<T: DeserializeOwned>(url: &str) -> Result<T, LoadError> {
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

/// Fetches the dataset file at `url`, refusing one that another release wrote: reading it
/// could show wrong numbers, and only a reload brings an app that reads it.
pub async fn fetch_file<T: DeserializeOwned + Versioned>(url: &str) -> Result<T, LoadError> {
    let file: T = fetch_json(url).await?;
    file.check_version().map_err(|_| LoadError::Outdated {
        url: url.to_owned(),
    })?;
    Ok(file)
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

/// The dataset, provided once as context: each file loaded the first time a view asks for it,
/// and the cache of detail chunks.
#[derive(Clone, Copy)]
pub struct Dataset {
    /// The index's core: a profile shows from its chunk alone and asks for it only when
    /// someone wants a comparison with every occupation.
    core: LazyFile<Index>,
    /// The labels, postings and O*NET parts: the index's parts but the ids, which the app has
    /// no use for.
    parts: StoredValue<Vec<(IndexPart, LazyFile<IndexPartFile>)>>,
    /// The core with each combination of parts a view has asked for, built once.
    combined: StoredValue<HashMap<Vec<IndexPart>, Arc<LoadedIndex>>>,
    /// Set only by the prerenderer.
    preloaded: StoredValue<Option<Preloaded>>,
    /// The preloaded files a render has read, relative to [`DATA_ROOT`]: the prerendered page
    /// lists them, so that the browser fetches them beside the wasm and the app has them before
    /// it hydrates the page.
    read: StoredValue<BTreeSet<String>>,
    details: StoredValue<HashMap<String, Arc<OccupationDetail>>>,
    /// The skill dictionary (1.5 MB): only the roadmap names skills by id.
    skills: LazyFile<SkillDictionary>,
    manifest: LazyFile<Manifest>,
}

impl Dataset {
    /// Provides the dataset to every component below, unless a dataset is provided already
    /// (the prerenderer's).
    pub fn provide() {
        if use_context::<Dataset>().is_none() {
            provide_context(Dataset::load());
        }
    }

    /// A dataset that loads each file when first asked for.
    fn load() -> Dataset {
        let parts = [IndexPart::Labels, IndexPart::Postings, IndexPart::Onet]
            .into_iter()
            .map(|part| (part, LazyFile::new(part.file())))
            .collect();
        Dataset {
            core: LazyFile::new(IndexPart::Core.file()),
            parts: StoredValue::new(parts),
            combined: StoredValue::new(HashMap::new()),
            preloaded: StoredValue::new(None),
            read: StoredValue::new(BTreeSet::new()),
            details: StoredValue::new(HashMap::new()),
            skills: LazyFile::new(SKILLS_FILE),
            manifest: LazyFile::new(MANIFEST_FILE),
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

    /// Provides a dataset that starts with the files a prerendered page was rendered from,
    /// fetched before the app hydrates it, and loads any other file when first asked for.
    pub fn provide_prefetched(prefetched: Prefetched) {
        let dataset = Dataset::load();
        provide_context(dataset);
        if let Some(core) = prefetched.core {
            dataset.core.arrived(core);
        }
        for (part, file) in prefetched.parts {
            dataset.parts.with_value(|parts| {
                if let Some((_, lazy)) = parts.iter().find(|(known, _)| *known == part) {
                    lazy.arrived(file.clone());
                }
            });
        }
        if let Some(skills) = prefetched.skills {
            dataset.skills.arrived(skills);
        }
        if let Some(manifest) = prefetched.manifest {
            dataset.manifest.arrived(manifest);
        }
        dataset.details.update_value(|cache| {
            for detail in prefetched.details {
                cache.insert(detail.slug.clone(), detail);
            }
        });
    }

    /// What the prerenderer preloaded, if this is its dataset; `files` are what the value
    /// comes from, noted as read.
    fn preloaded<T>(
        &self,
        files: impl IntoIterator<Item = String>,
        pick: impl FnOnce(&Preloaded) -> T,
    ) -> Option<T> {
        let value = self
            .preloaded
            .with_value(|preloaded| preloaded.as_ref().map(pick))?;
        self.note_read(files);
        Some(value)
    }

    /// Notes `files` as read by the render, unless only content kept as prerendered shows them.
    fn note_read(&self, files: impl IntoIterator<Item = String>) {
        if use_context::<KeptAsPrerendered>().is_none() {
            self.read.update_value(|read| read.extend(files));
        }
    }

    /// The prerenderer's index, for content only the prerenderer renders (the methodology's
    /// text): the browser never hydrates that content, so the index is not noted as read.
    #[cfg(feature = "ssr")]
    pub fn prerendered_index(&self) -> Option<Arc<LoadedIndex>> {
        self.preloaded
            .with_value(|preloaded| preloaded.as_ref().map(|p| p.index.clone()))
    }

    /// The files a render has read from the prerenderer's preloaded data, relative to
    /// [`DATA_ROOT`], in a stable order.
    pub fn files_read(&self) -> Vec<String> {
        self.read.with_value(|read| read.iter().cloned().collect())
    }

    /// The detail chunk of `slug` if it is already at hand (loaded before, or preloaded).
    pub fn cached_detail(&self, slug: &str) -> Option<Arc<OccupationDetail>> {
        let detail = self.details.with_value(|cache| cache.get(slug).cloned())?;
        if self.preloaded.with_value(Option::is_some) {
            self.note_read([detail_file(slug)]);
        }
        Some(detail)
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

    /// The index's core if it has loaded already, without asking for it: what a profile may
    /// use to know a slug is unknown before fetching its chunk.
    /// The prerenderer renders what a first visit shows, before anything has loaded: `None`.
    pub fn index_if_loaded(&self) -> Option<Arc<LoadedIndex>> {
        if self.preloaded.with_value(Option::is_some) {
            return None;
        }
        self.core.peek()?.ok()?;
        self.index()?.ok()
    }

    /// The index with `parts` beside the core, once all have loaded: `None` while any loads.
    /// The first call starts loading the core and the parts, all at once.
    pub fn index_with(&self, parts: &[IndexPart]) -> Option<IndexResult> {
        let files = std::iter::once(IndexPart::Core)
            .chain(parts.iter().copied())
            .map(|part| part.file().to_owned());
        if let Some(index) = self.preloaded(files, |p| p.index.clone()) {
            return Some(Ok(index));
        }
        let wanted: Vec<(IndexPart, LazyFile<IndexPartFile>)> = self
            .parts
            .get_value()
            .into_iter()
            .filter(|(part, _)| parts.contains(part))
            .collect();
        let core = self.core.get();
        let files: Vec<_> = wanted
            .iter()
            .map(|(part, file)| (*part, *file, file.get()))
            .collect();
        let core = match core? {
            Ok(core) => core,
            Err(error) => return Some(Err(error)),
        };
        let mut arrived = Vec::new();
        for (part, file, state) in files {
            match state? {
                Ok(loaded) => arrived.push((part, file, loaded)),
                Err(error) => return Some(Err(error)),
            }
        }
        let key: Vec<IndexPart> = arrived.iter().map(|(part, ..)| *part).collect();
        if let Some(loaded) = self
            .combined
            .with_value(|combined| combined.get(&key).cloned())
        {
            return Some(Ok(loaded));
        }
        Some(self.combine(core, arrived).inspect(|loaded| {
            self.combined
                .update_value(|combined| _ = combined.insert(key, loaded.clone()));
        }))
    }

    /// The core with the parts that have arrived (each of this release: [`fetch_file`] saw
    /// to that), checked against it.
    fn combine(
        &self,
        core: Arc<Index>,
        parts: Vec<(IndexPart, LazyFile<IndexPartFile>, Arc<IndexPartFile>)>,
    ) -> IndexResult {
        if parts.is_empty() {
            return Ok(Arc::new(LoadedIndex::new(core)));
        }
        let mut index = (*core).clone();
        for (part, file, loaded) in parts {
            let corrupt = |reason: String| LoadError::Corrupt {
                url: file.url(),
                reason,
            };
            index.add_part(part, (*loaded).clone()).map_err(corrupt)?;
        }
        Ok(Arc::new(LoadedIndex::new(index)))
    }

    /// Loads the index's core and parts again after a failure: those that failed.
    pub fn retry_index(&self) {
        self.core.retry();
        for (_, file) in self.parts.get_value() {
            file.retry();
        }
    }

    /// The skill dictionary: `None` while loading. The first call starts the load.
    pub fn skills(&self) -> Option<Result<Arc<SkillDictionary>, LoadError>> {
        if let Some(skills) = self.preloaded([SKILLS_FILE.to_owned()], |p| p.skills.clone()) {
            return Some(Ok(skills));
        }
        self.skills.get()
    }

    /// Loads the skill dictionary again after a failure.
    pub fn retry_skills(&self) {
        self.skills.retry();
    }

    /// The dataset manifest: `None` while loading. The first call starts the load.
    pub fn manifest(&self) -> Option<Result<Arc<Manifest>, LoadError>> {
        if let Some(manifest) = self.preloaded([MANIFEST_FILE.to_owned()], |p| p.manifest.clone()) {
            return Some(Ok(manifest));
        }
        self.manifest.get()
    }

    /// Loads the manifest again after a failure.
    pub fn retry_manifest(&self) {
        self.manifest.retry();
    }

    /// The detail chunk of one occupation, from the cache or the server.
    pub async fn detail(&self, slug: &str) -> Result<Arc<OccupationDetail>, LoadError> {
        if let Some(cached) = self.cached_detail(slug) {
            return Ok(cached);
        }
        let url = format!("{DATA_ROOT}/{}", detail_file(slug));
        let detail: Arc<OccupationDetail> = Arc::new(fetch_file(&url).await?);
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
