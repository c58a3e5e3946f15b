//! Hydrating a prerendered page. The site build writes every profile and the home, browse and
//! methodology pages as complete HTML, rendered by the app's own components
//! (`src/bin/prerender.rs`), so each page shows before any wasm runs. When the app starts on
//! such a page it fetches the data files the page was rendered from, which the page lists as
//! preload links so that the browser fetches them beside the wasm, and then hydrates it: the app
//! attaches to the nodes on screen instead of building new ones. Nothing moves or flashes, and
//! the scroll position, focus and open disclosures stay as they are; what the visitor chose or
//! typed before the app started is handed to it ([`EarlyInput`]).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use leptos::context::Provider;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::assessment::AssessmentStore;
use crate::data::{DATA_ROOT, LoadError, Prefetched};
use crate::routes::Page;

/// The class of the element the app renders into, prerendered or not.
pub const ROOT_CLASS: &str = "app-root";
/// Marks the prerendered root, with the path it was rendered for as its value.
pub const PRERENDERED: &str = "data-prerendered";
/// The class of the element that holds a page whose content only the prerendered HTML has
/// ([`PrerenderedContent`]).
pub const PRERENDERED_CONTENT: &str = "prerendered-content";

/// The head tags a page sets for search engines and link previews: a page that is rendered
/// afresh instead of hydrated removes the prerendered copies, as the app adds its own.
const HEAD_TAGS: &str = "meta[name=description], meta[property^='og:'], link[rel=canonical], \
                         link[rel=alternate], script[type='application/ld+json']";

thread_local! {
    /// Whether the app is hydrating the page right now.
    static HYDRATING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `hydrate`, the app's hydration of a prerendered page; [`in_progress`] tells the views it
/// renders that they are attaching to a page already on screen.
pub fn run<T>(hydrate: impl FnOnce() -> T) -> T {
    HYDRATING.set(true);
    let result = hydrate();
    HYDRATING.set(false);
    result
}

/// Whether the app is hydrating a prerendered page, which the browser has already laid out and
/// scrolled.
pub fn in_progress() -> bool {
    HYDRATING.get()
}

/// The prerendered root on this page, if it shows what the app renders at `path` with `query`.
/// A prerendered page served for another path (a host's fallback) is removed, and so is the
/// browse page opened with a query (a category): pages are prerendered without a query, and the
/// app renders those from nothing. Any other page ignores its query, such as a link's tracking
/// parameters.
pub fn prerendered_root(
    document: &web_sys::Document,
    path: &str,
    query: &str,
) -> Option<web_sys::Element> {
    let root = document
        .query_selector(&format!(".{ROOT_CLASS}[{PRERENDERED}]"))
        .ok()
        .flatten()?;
    let reads_query = path == Page::Browse { category: None }.path();
    let shows_address = !reads_query || query.is_empty();
    if shows_address && root.get_attribute(PRERENDERED).as_deref() == Some(path) {
        Some(root)
    } else {
        discard(document, &root);
        None
    }
}

/// Waits for a task of its own: the browser may paint and handle input between the two, and
/// neither task is as long as both.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            _ = window.set_timeout_with_callback(&resolve);
        }
    });
    _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The addresses of the data files the prerendered page was rendered from: its preload links
/// into [`DATA_ROOT`], in the order the page lists them.
pub fn prerendered_data(document: &web_sys::Document) -> Vec<String> {
    let selector = format!("link[rel=preload][as=fetch][href^='{DATA_ROOT}/']");
    document
        .query_selector_all(&selector)
        .map(|list| elements(&list))
        .unwrap_or_default()
        .iter()
        .filter_map(|link| link.get_attribute("href"))
        .collect()
}

/// The data files the prerendered page was rendered from, fetched and parsed, after which the
/// caller hydrates in a task of its own: parsing and hydrating are each a long task on a slow
/// phone, and one after the other they would block input for as long as both.
pub async fn fetch_page_data(document: &web_sys::Document) -> Result<Prefetched, LoadError> {
    let prefetched = Prefetched::fetch(&prerendered_data(document)).await?;
    next_task().await;
    Ok(prefetched)
}

/// Hands a hydrated page to the visitor. It was hydrated as a first-time visitor sees it: the
/// answers saved in this browser change it now, then what the visitor did before the program
/// started is replayed into it, and the page is marked ready.
pub fn hand_over(document: &web_sys::Document, store: Option<AssessmentStore>, early: EarlyInput) {
    if let Some(store) = store {
        store.read_saved();
    }
    early.replay();
    mark_ready(document);
}

/// Removes a prerendered page that cannot be hydrated, with its head tags, so the app can render
/// its path afresh.
pub fn discard(document: &web_sys::Document, prerendered: &web_sys::Element) {
    if let Some(head) = document.head()
        && let Ok(tags) = head.query_selector_all(HEAD_TAGS)
    {
        for tag in elements(&tags) {
            tag.remove();
        }
    }
    prerendered.remove();
}

/// What the visitor chose or typed in the page's form fields before the app started. Hydration
/// sets each field to the app's state, so it is read before and handed to the app after, through
/// the fields' own events, as if it had been done then.
pub struct EarlyInput {
    /// Radio buttons and checkboxes checked that the page did not check.
    checked: Vec<web_sys::HtmlInputElement>,
    /// Text fields with what was typed into them.
    typed: Vec<(web_sys::HtmlInputElement, String)>,
}

impl EarlyInput {
    /// Reads the fields under `root`.
    pub fn read(root: &web_sys::Element) -> EarlyInput {
        let inputs: Vec<web_sys::HtmlInputElement> = root
            .query_selector_all("input")
            .map(|list| elements(&list))
            .unwrap_or_default()
            .into_iter()
            .filter_map(|element| element.dyn_into().ok())
            .collect();
        let mut early = EarlyInput {
            checked: Vec::new(),
            typed: Vec::new(),
        };
        for input in inputs {
            match input.type_().as_str() {
                "radio" | "checkbox" if input.checked() && !input.default_checked() => {
                    early.checked.push(input);
                }
                "radio" | "checkbox" => {}
                _ if input.value() != input.default_value() => {
                    let value = input.value();
                    early.typed.push((input, value));
                }
                _ => {}
            }
        }
        early
    }

    /// Hands what was read to the app.
    pub fn replay(self) {
        for input in self.checked {
            input.set_checked(true);
            dispatch(&input, "change");
        }
        for (input, value) in self.typed {
            input.set_value(&value);
            dispatch(&input, "input");
        }
    }
}

/// Provided inside [`Unchanging`]: what is read there shows only in content that hydration keeps
/// as prerendered, so the prerenderer does not list it among the files the app must fetch before
/// it hydrates the page.
#[derive(Clone, Copy)]
pub struct KeptAsPrerendered;

/// A `<div>` whose content only shows data: text, links and native disclosures, nothing the app
/// answers or changes. Hydrating a prerendered page keeps that content as it is, without walking
/// it, and without the data it was rendered from; rendered anywhere else, it renders its children.
#[component]
pub fn Unchanging(class: &'static str, children: Children) -> impl IntoView {
    if in_progress() {
        return view! { <div class=class></div> }.into_any();
    }
    // Provided to the children alone: their siblings' reads still count.
    view! {
        <div class=class>
            <Provider value=KeptAsPrerendered>{children()}</Provider>
        </div>
    }
    .into_any()
}

fn dispatch(target: &web_sys::HtmlInputElement, event: &str) {
    if let Ok(event) = web_sys::Event::new(event) {
        _ = target.dispatch_event(&event);
    }
}

thread_local! {
    /// The prerendered content of the pages the app ships no renderer for, by path, kept from
    /// the page that was loaded so that coming back to it within the app shows it again.
    static ADOPTED: RefCell<HashMap<&'static str, Vec<web_sys::Node>>> = RefCell::default();
}

/// A page whose content the app does not render itself: its text lives only in the prerendered
/// HTML, which keeps it out of the wasm. Hydrated, it keeps that content; reached within the app
/// later, it shows a copy of it; reached within the app before it was ever loaded, it is loaded
/// from the server.
#[component]
pub fn PrerenderedContent(
    /// The page's path, which its prerendered root names.
    path: &'static str,
) -> impl IntoView {
    view! { <div class=PRERENDERED_CONTENT use:adopt_prerendered=path></div> }
}

/// Keeps a copy of the content `container` was hydrated with, or fills an empty `container` with
/// the copy kept for `path`.
fn adopt_prerendered(container: web_sys::Element, path: &'static str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if container.has_child_nodes() {
        let children = container.child_nodes();
        let nodes: Vec<web_sys::Node> = (0..children.length())
            .filter_map(|i| children.item(i))
            .filter_map(|node| node.clone_node_with_deep(true).ok())
            .collect();
        ADOPTED.with_borrow_mut(|adopted| adopted.insert(path, nodes));
        return;
    }
    match ADOPTED.with_borrow(|adopted| adopted.get(path).cloned()) {
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

/// The elements in `list`.
pub fn elements(list: &web_sys::NodeList) -> Vec<web_sys::Element> {
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// The page answers input from here on: the page-load benchmark (bench/page-load.mjs) times its
/// "interactive" from this mark, and the end-to-end tests wait for it.
pub fn mark_ready(document: &web_sys::Document) {
    if let Some(root) = document.document_element() {
        _ = root.set_attribute("data-app", "ready");
    }
}
