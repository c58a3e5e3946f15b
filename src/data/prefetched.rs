//! The data files a prerendered page was rendered from, fetched before the app hydrates it. The
//! prerenderer lists them in the page as preload links ([`Dataset::files_read`]), so the browser
//! fetches them while the wasm downloads; with them the app's first render is the page's own,
//! which hydration requires. Anything else loads when first asked for, as on any page.
//!
//! [`Dataset::files_read`]: super::Dataset::files_read

use std::sync::Arc;

use careerlens_engine::model::{
    Index, IndexPart, IndexPartFile, Manifest, OccupationDetail, SkillDictionary,
};

use super::{
    DATA_ROOT, DETAILS_FOLDER, LoadError, MANIFEST_FILE, SKILLS_FILE, detail_file, fetch_file,
};

/// The files, parsed and checked against this app's release.
#[derive(Default)]
pub struct Prefetched {
    pub(super) core: Option<Arc<Index>>,
    pub(super) parts: Vec<(IndexPart, Arc<IndexPartFile>)>,
    pub(super) skills: Option<Arc<SkillDictionary>>,
    pub(super) manifest: Option<Arc<Manifest>>,
    pub(super) details: Vec<Arc<OccupationDetail>>,
}

impl Prefetched {
    /// Fetches `urls` (addresses under [`DATA_ROOT`]). Fails on the first that cannot be
    /// loaded, is of another release or is not a file the app knows: the page then cannot be
    /// hydrated as it is, and the app renders it afresh, with that error and its retry.
    /// The browser has them on the way already (preloaded), so awaiting them one by one costs
    /// little.
    pub async fn fetch(urls: &[String]) -> Result<Prefetched, LoadError> {
        let mut prefetched = Prefetched::default();
        for url in urls {
            let corrupt = |reason: &str| LoadError::Corrupt {
                url: url.clone(),
                reason: reason.to_owned(),
            };
            let file = url
                .strip_prefix(DATA_ROOT)
                .and_then(|file| file.strip_prefix('/'))
                .ok_or_else(|| corrupt("it is not a data file"))?;
            if file == IndexPart::Core.file() {
                prefetched.core = Some(Arc::new(fetch_file(url).await?));
            } else if let Some(part) = IndexPart::EXTRA.into_iter().find(|p| p.file() == file) {
                prefetched
                    .parts
                    .push((part, Arc::new(fetch_file(url).await?)));
            } else if file == MANIFEST_FILE {
                prefetched.manifest = Some(Arc::new(fetch_file(url).await?));
            } else if file == SKILLS_FILE {
                prefetched.skills = Some(Arc::new(fetch_file(url).await?));
            } else if file.starts_with(DETAILS_FOLDER) {
                let detail: OccupationDetail = fetch_file(url).await?;
                if detail_file(&detail.slug) != file {
                    return Err(corrupt(&format!("it describes \"{}\"", detail.slug)));
                }
                prefetched.details.push(Arc::new(detail));
            } else {
                return Err(corrupt("it is not a file this app reads"));
            }
        }
        Ok(prefetched)
    }
}
