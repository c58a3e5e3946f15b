//! What a page tells search engines and link previews: its title, description, canonical address
//! and Open Graph tags. The prerendered page carries them in its HTML; the app sets the same.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

use crate::site;

/// The full title a page's own title gets (the app's `<Title formatter>` makes the same).
pub fn full_title(page: &str) -> String {
    if page.is_empty() {
        "CareerLens".to_owned()
    } else {
        format!("{page} · CareerLens")
    }
}

/// The head tags of one page.
#[component]
pub fn PageHead(
    /// The page's own title; empty for the home page.
    #[prop(into)]
    title: String,
    /// One or two sentences on what the page holds.
    #[prop(into)]
    description: String,
    /// The page's path, for its canonical address.
    #[prop(into)]
    path: String,
) -> impl IntoView {
    let url = format!("{}{path}", site::origin());
    view! {
        <Title text=title.clone() />
        <Meta name="description" content=description.clone() />
        <Link rel="canonical" href=url.clone() />
        <Meta property="og:type" content="website" />
        <Meta property="og:site_name" content="CareerLens" />
        <Meta property="og:title" content=full_title(&title) />
        <Meta property="og:description" content=description />
        <Meta property="og:url" content=url />
    }
}
