//! The embeddable occupation card. Host sites show it with one script tag (`widget/widget.js`,
//! which defines `<careerlens-card>` and calls the `careerlens_card` wasm) or with an iframe of
//! `/embed/occupation/:slug`, a page that holds one such element (`widget/embed-frame.js`). Each
//! card is mounted into a shadow root of its own, so the host page's styles cannot reach it and
//! its styles cannot leak out. A card loads only its occupation's detail chunk; it uses no router
//! and no global listener.

mod card;
mod dialog;
mod request;
pub mod snippet;

use std::any::Any;
use std::cell::OnceCell;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, HtmlElement, ShadowRootInit, ShadowRootMode};

pub use card::Card;
pub use dialog::EmbedDialog;
pub use request::{CardProblem, CardRequest, CardSection};

use crate::components::EmbeddedLinks;

/// The card's styles: the site's component styles, then the card's own frame and theme.
const STYLESHEET: &str = concat!(
    include_str!("../../style/main.css"),
    include_str!("../../style/widget.css")
);

thread_local! {
    /// One constructed stylesheet, adopted by every card's shadow root. Constructed sheets are
    /// not `<style>` elements, so a host page's `style-src` policy does not block them.
    static SHEET: OnceCell<CssStyleSheet> = const { OnceCell::new() };
}

fn stylesheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.get() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(STYLESHEET)?;
        Ok(cell.get_or_init(|| sheet).clone())
    })
}

/// A mounted card; dropping it unmounts the card and frees what it holds.
pub struct CardHandle {
    _mounted: Box<dyn Any>,
}

/// Mounts a card into `host`'s open shadow root (attached on first use, emptied on a remount).
/// `site` is the CareerLens address the card's data and links come from, such as
/// `https://careerlens.example/`.
pub fn mount_card(
    host: &HtmlElement,
    request: Result<CardRequest, CardProblem>,
    site: &str,
) -> Result<CardHandle, JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    root.set_adopted_style_sheets(&js_sys::Array::of1(&stylesheet()?.into()));
    root.set_text_content(None);
    // Reactive content directly under a shadow root is lost when it changes: give it an element.
    let container: HtmlElement = document().create_element("div")?.unchecked_into();
    container.set_class_name("cl-root");
    root.append_child(&container)?;
    let site = site.trim_end_matches('/').to_owned();
    let mounted = leptos::mount::mount_to(container, move || {
        provide_context(EmbeddedLinks {
            origin: site.clone(),
        });
        view! { <Card request data_root=format!("{site}/data") /> }
    });
    Ok(CardHandle {
        _mounted: Box::new(mounted),
    })
}
