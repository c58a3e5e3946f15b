//! Links from a profile section to another CareerLens page. On the site they are plain paths; in
//! an embedded card they must name the CareerLens origin (a path would resolve against the host
//! page) and open in a new tab, so the host page stays where it is.

use leptos::either::Either;
use leptos::prelude::*;

/// Provided by an embedded card: the CareerLens origin its links lead to, such as
/// `https://careerlens.example`. Without it, links are paths on the current site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbeddedLinks {
    pub origin: String,
}

/// A link to `path` (starting with `/`) on the CareerLens site.
#[component]
pub fn SiteLink<C: IntoView + 'static>(
    /// The page's path, with any query or fragment.
    #[prop(into)]
    path: String,
    /// Extra classes for the link.
    #[prop(optional, into)]
    class: Option<String>,
    children: TypedChildren<C>,
) -> impl IntoView {
    let children = children.into_inner();
    match use_context::<EmbeddedLinks>() {
        None => Either::Left(view! { <a href=path class=class>{children()}</a> }),
        Some(embedded) => Either::Right(view! {
            <a href=format!("{}{path}", embedded.origin) class=class target="_blank" rel="noopener">
                {children()}
                <span class="visually-hidden">" (opens in a new tab)"</span>
            </a>
        }),
    }
}
