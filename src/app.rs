//! The application root: page chrome, router and the routes' pages.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::assessment::{AssessmentStore, ResultsPage, RoadmapPage};
use crate::components::{SiteFooter, SiteHeader, full_title};
use crate::data::Dataset;
use crate::pages::{
    AssessmentPage, BrowsePage, EmbedPage, HomePage, MethodologyPage, NotFoundPage, OccupationPage,
};

/// The whole app: header, the routed page and footer.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    Dataset::provide();
    AssessmentStore::provide();
    view! {
        <Title formatter=|page: String| full_title(&page) />
        <Router>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <SiteHeader />
            <main id="main" class="page" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/browse") view=BrowsePage />
                    <Route path=path!("/occupation/:slug") view=OccupationPage />
                    <Route path=path!("/assessment") view=AssessmentPage />
                    <Route path=path!("/assessment/results") view=ResultsPage />
                    <Route path=path!("/assessment/roadmap/:slug") view=RoadmapPage />
                    <Route path=path!("/methodology") view=MethodologyPage />
                    <Route path=path!("/embed") view=EmbedPage />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}
