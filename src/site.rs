//! The address CareerLens is served from, for what must name it in full: the canonical URL, the
//! embed snippets, share links.

use leptos::prelude::*;

/// Provided by the prerenderer, which has no browser to ask: the origin the built site will be
/// served from, such as `https://careerlens.example`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteOrigin(pub String);

/// The site's origin: the prerenderer's [`SiteOrigin`] when provided, otherwise the page's own.
pub fn origin() -> String {
    if let Some(SiteOrigin(origin)) = use_context::<SiteOrigin>() {
        return origin;
    }
    web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default()
}
