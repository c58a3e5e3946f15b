//! The site header: product name, the occupation search and the main navigation.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::islands::{Island, IslandView};
use crate::routes::Page;

/// The header shown on every page.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <A href=Page::Home.path() attr:class="site-header__brand">
                    <span class="site-header__logo" aria-hidden="true">"◎"</span>
                    "CareerLens"
                </A>
                <IslandView island=Island::HeaderSearch />
                <nav class="site-header__nav" aria-label="Main">
                    <A href=Page::Browse { category: None }.path()>"Browse"</A>
                    <A href=Page::Assessment.path()>"Assessment"</A>
                    <A href=Page::Methodology.path()>"Methodology"</A>
                </nav>
            </div>
        </header>
    }
}
