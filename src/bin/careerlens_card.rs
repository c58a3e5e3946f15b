//! The script embed's wasm: `widget.js` defines `<careerlens-card>` and calls [`mount`] for each
//! card. Only what this file exports is reachable, so the app's router and pages are not in it.

use careerlens::widget::{CardHandle, CardRequest, mount_card};
use wasm_bindgen::prelude::*;

/// A card on the host page; `free()` from JavaScript unmounts it.
#[wasm_bindgen]
pub struct MountedCard {
    _card: CardHandle,
}

/// Mounts a card for the element's `occupation` and `section` attributes into its shadow root,
/// with data and links from `site` (the address `widget.js` was loaded from).
#[wasm_bindgen]
pub fn mount(
    host: web_sys::HtmlElement,
    occupation: Option<String>,
    section: Option<String>,
    site: String,
) -> Result<MountedCard, JsValue> {
    console_error_panic_hook::set_once();
    let request = CardRequest::parse(occupation.as_deref(), section.as_deref());
    Ok(MountedCard {
        _card: mount_card(&host, request, &site)?,
    })
}

fn main() {}
