//! Taking over a prerendered page. The site build writes every profile, the home, browse and
//! methodology pages as complete HTML (`src/bin/prerender.rs`), so they show before any wasm
//! runs. When the app starts on such a page it renders the same page beside it, hidden; once
//! nothing on it is loading any more, it shows exactly what the HTML shows, and one task swaps
//! the two: no flash and no layout shift, and the scroll position, focus, open disclosures and
//! typed text carry over.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::Dataset;

/// The class of the element the app renders into, prerendered or not.
pub const ROOT_CLASS: &str = "app-root";
/// Marks the prerendered root, with the path it was rendered for as its value.
pub const PRERENDERED: &str = "data-prerendered";
/// The class of the element that holds a page the app adopts from its prerendered HTML
/// ([`PrerenderedContent`]).
pub const PRERENDERED_CONTENT: &str = "prerendered-content";

/// The head tags a page sets for search engines and link previews. The prerendered page's copies
/// go when the app's own take their place.
const HEAD_TAGS: &str = "meta[name=description], meta[property^='og:'], link[rel=canonical], \
                         link[rel=alternate], script[type='application/ld+json']";

/// What can take focus, in document order: the same list in two identical trees.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// A takeover in progress, provided as context to the hidden app.
#[derive(Clone, Copy)]
pub struct Takeover {
    /// How many views hold the prerendered page: the routed page until it has rendered, then
    /// its loading notices. While any does, the app is not yet showing what the HTML shows.
    loading_views: RwSignal<usize>,
    /// Whether the routed page has rendered and let go of its hold.
    page_rendered: StoredValue<bool>,
    swap: StoredValue<Option<Box<dyn FnOnce()>>, LocalStorage>,
}

impl Takeover {
    /// Provides the takeover; `swap` runs once, when the hidden app is complete.
    pub fn provide(swap: impl FnOnce() + 'static) {
        provide_context(Takeover {
            // The routed page's own hold: the router may render it after the app's first
            // effects have run, when nothing on the page would be loading yet.
            loading_views: RwSignal::new(1),
            page_rendered: StoredValue::new(false),
            swap: StoredValue::new_local(Some(Box::new(swap))),
        });
    }

    /// Lets go of the routed page's hold: a page that can be prerendered calls it as it renders,
    /// after which only its loading notices keep the prerendered page in place. Every page the
    /// prerenderer writes (`src/bin/prerender.rs`) must call it, or its takeover never ends.
    pub fn page_rendered() {
        let Some(takeover) = use_context::<Takeover>() else {
            return;
        };
        if !takeover.page_rendered.get_value() {
            takeover.page_rendered.set_value(true);
            takeover.loading_views.update(|count| *count -= 1);
        }
    }

    /// Keeps the prerendered page in place for as long as the calling view is mounted: a
    /// loading notice calls it.
    pub fn hold_while_mounted() {
        let Some(takeover) = use_context::<Takeover>() else {
            return;
        };
        takeover.loading_views.update(|count| *count += 1);
        on_cleanup(move || takeover.loading_views.update(|count| *count -= 1));
    }

    /// Whether the app is still hidden behind a prerendered page.
    pub fn pending() -> bool {
        use_context::<Takeover>().is_some_and(|takeover| {
            takeover
                .swap
                .with_value(|swap: &Option<Box<dyn FnOnce()>>| swap.is_some())
        })
    }

    /// Swaps the app in once nothing is loading and every file the page asked for has arrived
    /// (or failed, so the app shows the error and its retry). Does nothing without a takeover.
    pub fn swap_when_settled(dataset: Dataset) {
        let Some(takeover) = use_context::<Takeover>() else {
            return;
        };
        Effect::new(move |_| {
            if takeover.loading_views.get() == 0
                && dataset.settled()
                && let Some(swap) = takeover.swap.try_update_value(Option::take).flatten()
            {
                swap();
            }
        });
    }
}

/// The prerendered root on this page, if it was rendered for `path`. A prerendered page served
/// for another path (a host's fallback) is removed: the app renders that path from nothing. The
/// query does not count: a link's tracking parameters change nothing on a page, and the browse
/// page taken over with a category in its query shows that category once the app has started.
pub fn prerendered_root(document: &web_sys::Document, path: &str) -> Option<web_sys::Element> {
    let root = document
        .query_selector(&format!(".{ROOT_CLASS}[{PRERENDERED}]"))
        .ok()
        .flatten()?;
    if root.get_attribute(PRERENDERED).as_deref() == Some(path) {
        Some(root)
    } else {
        root.remove();
        None
    }
}

/// The prerendered page's head tags, to remove once the app has set its own.
pub fn prerendered_head_tags(document: &web_sys::Document) -> Vec<web_sys::Element> {
    document
        .head()
        .and_then(|head| head.query_selector_all(HEAD_TAGS).ok())
        .map(|list| elements(&list))
        .unwrap_or_default()
}

/// Replaces the prerendered root with the app's, carrying over what the visitor did meanwhile.
pub fn swap(prerendered: &web_sys::Element, app: &web_sys::Element, head: &[web_sys::Element]) {
    let old = focusable(prerendered);
    let new = focusable(app);
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let mut focus = None;
    for (position, (old, new)) in old.iter().zip(&new).enumerate() {
        if let (Some(old), Some(new)) = (
            old.dyn_ref::<web_sys::HtmlInputElement>(),
            new.dyn_ref::<web_sys::HtmlInputElement>(),
        ) {
            carry_input(old, new);
        }
        if focused.as_ref() == Some(old) {
            focus = Some(position);
        }
    }
    let open_details = |root: &web_sys::Element| {
        root.query_selector_all("details")
            .map(|list| elements(&list))
            .unwrap_or_default()
    };
    for (old, new) in open_details(prerendered).iter().zip(open_details(app)) {
        if old.has_attribute("open") {
            _ = new.set_attribute("open", "");
        }
    }
    prerendered.remove();
    _ = app.remove_attribute("hidden");
    for tag in head {
        tag.remove();
    }
    if let Some(element) = focus
        .and_then(|position| new.get(position))
        .and_then(|e| e.dyn_ref::<web_sys::HtmlElement>())
    {
        _ = element.focus();
    }
}

/// Gives `new` what the visitor typed or chose in `old`, and tells the app as the browser would.
fn carry_input(old: &web_sys::HtmlInputElement, new: &web_sys::HtmlInputElement) {
    let event = match old.type_().as_str() {
        "radio" | "checkbox" if old.checked() && !new.checked() => {
            new.set_checked(true);
            "change"
        }
        "radio" | "checkbox" => return,
        _ if !old.value().is_empty() && old.value() != new.value() => {
            new.set_value(&old.value());
            "input"
        }
        _ => return,
    };
    if let Ok(event) = web_sys::Event::new(event) {
        _ = new.dispatch_event(&event);
    }
}

thread_local! {
    /// The prerendered content of the pages the app ships no renderer for, by path, kept from
    /// the page that was loaded so that coming back to it within the app shows it again.
    static ADOPTED: RefCell<HashMap<&'static str, Vec<web_sys::Node>>> = RefCell::default();
}

/// A page whose content the app does not render itself: its text lives only in the prerendered
/// HTML, which keeps it out of the wasm. The app shows what the page was prerendered with; a
/// page reached within the app before it was ever loaded is loaded from the server.
#[component]
pub fn PrerenderedContent(
    /// The page's path, which its prerendered root names.
    path: &'static str,
) -> impl IntoView {
    view! { <div class=PRERENDERED_CONTENT use:adopt_prerendered=path></div> }
}

/// Fills `container` with a copy of the prerendered content of `path`: what the prerendered
/// page's own [`PRERENDERED_CONTENT`] element holds.
fn adopt_prerendered(container: web_sys::Element, path: &'static str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let kept = ADOPTED.with_borrow(|adopted| adopted.get(path).cloned());
    let nodes = kept.or_else(|| {
        let prerendered = document
            .query_selector(&format!(
                ".{ROOT_CLASS}[{PRERENDERED}=\"{path}\"] .{PRERENDERED_CONTENT}"
            ))
            .ok()
            .flatten()?;
        let children = prerendered.child_nodes();
        let nodes: Vec<web_sys::Node> = (0..children.length())
            .filter_map(|i| children.item(i))
            .filter_map(|node| node.clone_node_with_deep(true).ok())
            .collect();
        ADOPTED.with_borrow_mut(|adopted| adopted.insert(path, nodes.clone()));
        Some(nodes)
    });
    match nodes {
        Some(nodes) => {
            for node in nodes {
                if let Ok(copy) = node.clone_node_with_deep(true) {
                    _ = container.append_child(&copy);
                }
            }
        }
        // The router has already put this page's address in the bar: loading it brings its
        // prerendered HTML.
        None => _ = document.location().map(|location| location.reload()),
    }
}

fn focusable(root: &web_sys::Element) -> Vec<web_sys::Element> {
    root.query_selector_all(FOCUSABLE)
        .map(|list| elements(&list))
        .unwrap_or_default()
}

fn elements(list: &web_sys::NodeList) -> Vec<web_sys::Element> {
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .collect()
}
