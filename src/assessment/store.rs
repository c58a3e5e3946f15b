//! The assessment's state in the page, saved to localStorage on every change so it survives a
//! reload. The store is the only code that touches storage; a saved state that cannot be read
//! is reported in plain words and left in place until the person chooses a fresh start.

use careerlens_engine::assessment::saved::STORAGE_KEY;
use careerlens_engine::assessment::{Answers, SavedState, UserProfile};
use leptos::prelude::*;

/// The assessment state, provided once as context.
#[derive(Clone, Copy)]
pub struct AssessmentStore {
    state: RwSignal<SavedState>,
    /// Why the saved state could not be used, until the person starts afresh.
    problem: RwSignal<Option<String>>,
    /// Whether the last write to storage failed (private browsing, storage full or disabled).
    unsaved: RwSignal<bool>,
    /// Whether the answers were just erased, for the confirmation; cleared by the next change.
    erased: RwSignal<bool>,
    profile: Memo<UserProfile>,
}

fn storage() -> Option<web_sys::Storage> {
    // The prerenderer runs natively and renders what a first-time visitor sees: no saved state.
    if !cfg!(target_family = "wasm") {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

impl AssessmentStore {
    /// Reads the saved state and provides the store to every component below, unless a store
    /// is provided already (the one the app hydrates a prerendered page with).
    pub fn provide() {
        if use_context::<AssessmentStore>().is_none() {
            AssessmentStore::provide_unread().read_saved();
        }
    }

    /// Provides a store that has not read the saved state yet: what a first-time visitor sees,
    /// as the prerendered page shows it. The app hydrates the page with it, then reads the
    /// saved state with [`AssessmentStore::read_saved`].
    pub fn provide_unread() -> AssessmentStore {
        let state = RwSignal::new(SavedState::default());
        let profile = Memo::new(move |_| state.with(|s| UserProfile::from_answers(&s.answers)));
        let store = AssessmentStore {
            state,
            problem: RwSignal::new(None),
            unsaved: RwSignal::new(false),
            erased: RwSignal::new(false),
            profile,
        };
        provide_context(store);
        store
    }

    /// Reads the state saved in this browser, if any; a state that cannot be read becomes the
    /// problem the assessment shows, and nothing is overwritten until the person chooses.
    pub fn read_saved(&self) {
        let Some(text) = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()) else {
            return;
        };
        match SavedState::from_json(&text) {
            Ok(state) => self.state.set(state),
            Err(error) => self.problem.set(Some(error.to_string())),
        }
    }

    /// The store provided by [`AssessmentStore::provide`].
    pub fn expect() -> AssessmentStore {
        expect_context::<AssessmentStore>()
    }

    /// The store, where one is provided (the app provides it; a test mount may not).
    pub fn try_get() -> Option<AssessmentStore> {
        use_context::<AssessmentStore>()
    }

    /// The current state (tracked).
    pub fn state(&self) -> ReadSignal<SavedState> {
        self.state.read_only()
    }

    /// The person's scale scores (tracked).
    pub fn profile(&self) -> Memo<UserProfile> {
        self.profile
    }

    /// Why the saved answers could not be read, if they could not.
    pub fn problem(&self) -> Option<String> {
        self.problem.get()
    }

    /// Whether the answers could not be saved in this browser.
    pub fn unsaved(&self) -> bool {
        self.unsaved.get()
    }

    /// Whether the answers were erased and nothing has been answered since.
    pub fn just_erased(&self) -> bool {
        self.erased.get()
    }

    /// Changes the state and saves it.
    pub fn update(&self, change: impl FnOnce(&mut SavedState)) {
        // A damaged saved state stays in storage until the person has seen the message and
        // chosen; the first change is that choice.
        set_if_changed(self.problem, None);
        set_if_changed(self.erased, false);
        self.state.update(change);
        let text = self.state.with_untracked(SavedState::to_json);
        let saved = storage().is_some_and(|s| s.set_item(STORAGE_KEY, &text).is_ok());
        set_if_changed(self.unsaved, !saved);
    }

    /// Replaces the answers (an import, or shared answers made one's own) and saves them.
    pub fn replace_answers(&self, answers: Answers, finished: bool) {
        self.update(|state| {
            *state = SavedState {
                answers,
                screen: 0,
                finished,
            }
        });
    }

    /// Removes everything saved and starts from nothing.
    pub fn erase(&self) {
        if let Some(storage) = storage() {
            let _ = storage.remove_item(STORAGE_KEY);
        }
        set_if_changed(self.problem, None);
        set_if_changed(self.unsaved, false);
        self.erased.set(true);
        self.state.set(SavedState::default());
    }
}

/// Sets a signal only when the value differs, so views that read it are not rebuilt (and do
/// not lose their own state) for nothing.
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|current| *current != value) {
        signal.set(value);
    }
}
