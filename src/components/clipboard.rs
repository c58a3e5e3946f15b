//! Copying text for the person, with the Clipboard API where the browser allows it.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Copies `text` to the clipboard. `Err` when the browser has no Clipboard API here (an insecure
/// page) or refuses to write, so the caller can select the text for the person to copy instead.
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let navigator = web_sys::window().ok_or(())?.navigator();
    // On a page without a secure context `navigator.clipboard` is undefined; calling into it
    // would throw.
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    if !available {
        return Err(());
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}
