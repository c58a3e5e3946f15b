//! One data file that is fetched the first time a view asks for it, and only then: a page that
//! never needs the skill dictionary or an index part never pays for it.

use std::sync::Arc;

use leptos::prelude::*;
use serde::de::DeserializeOwned;

use careerlens_engine::model::Versioned;

use super::{DATA_ROOT, LoadError, fetch_file};

/// A file under [`DATA_ROOT`], fetched on first use. Asking starts the fetch as a task of its
/// own, so a view may ask while it renders without setting a signal there; the view is
/// subscribed to the result and renders again when it arrives.
pub(super) struct LazyFile<T: Send + Sync + 'static> {
    /// The file, relative to [`DATA_ROOT`].
    file: &'static str,
    /// Whether a view has asked for it. Not a signal: asking changes nothing on screen.
    asked: StoredValue<bool>,
    /// `None` until it has arrived or failed.
    state: RwSignal<Option<Result<Arc<T>, LoadError>>>,
}

impl<T: Send + Sync + 'static> Clone for LazyFile<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for LazyFile<T> {}

impl<T: DeserializeOwned + Versioned + Send + Sync + 'static> LazyFile<T> {
    pub(super) fn new(file: &'static str) -> Self {
        LazyFile {
            file,
            asked: StoredValue::new(false),
            state: RwSignal::new(None),
        }
    }

    /// Holds `value`, fetched before the app started, as if this file had loaded it.
    pub(super) fn arrived(&self, value: Arc<T>) {
        self.asked.set_value(true);
        self.state.set(Some(Ok(value)));
    }

    /// The file: `None` while it loads. The first call starts the fetch.
    pub(super) fn get(&self) -> Option<Result<Arc<T>, LoadError>> {
        if !self.asked.get_value() {
            self.asked.set_value(true);
            self.fetch();
        }
        self.state.get()
    }

    /// The file if it has arrived, without asking for it or subscribing to it.
    pub(super) fn peek(&self) -> Option<Result<Arc<T>, LoadError>> {
        self.state.get_untracked()
    }

    /// Fetches the file again if it failed.
    pub(super) fn retry(&self) {
        if matches!(self.state.get_untracked(), Some(Err(_))) {
            self.state.set(None);
            self.fetch();
        }
    }

    /// The file's address.
    pub(super) fn url(&self) -> String {
        format!("{DATA_ROOT}/{}", self.file)
    }

    fn fetch(&self) {
        let (state, url) = (self.state, self.url());
        leptos::task::spawn_local(async move {
            let result = match fetch_file::<T>(&url).await {
                // Every release ships every one of these files: one the server does not have
                // belongs to a release other than this app's.
                Err(LoadError::Status { status: 404, url }) => Err(LoadError::Outdated { url }),
                result => result.map(Arc::new),
            };
            state.set(Some(result));
        });
    }
}
