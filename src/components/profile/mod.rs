//! The sections of an occupation profile. Each is a self-contained component that takes the
//! occupation's data as props and needs no router, so the embeddable widget can reuse them.

mod ai_change;
mod analysis;
mod career_dna;
mod faq;
mod fit_teaser;
mod outlook;
mod pathways;
mod route_planner;
mod similar_roles;
mod skill_dna;
mod skills;
mod snapshot;
mod typical_day;

pub use ai_change::HowAiMayChange;
pub use analysis::DetailedAnalysis;
pub use career_dna::CareerDna;
pub use faq::Faq;
pub use fit_teaser::FitTeaser;
pub use outlook::FutureOutlook;
pub use pathways::Pathways;
pub use route_planner::RoutePlanner;
pub use similar_roles::SimilarRoles;
pub use skill_dna::SkillDna;
pub use skills::SkillsAndKnowledge;
pub use snapshot::Snapshot;
pub use typical_day::TypicalDay;

use leptos::either::Either;
use leptos::prelude::*;

/// The anchor ids of the profile's sections, in page order, with their navigation labels.
pub const SECTIONS: [(&str, &str); 11] = [
    ("snapshot", "Snapshot"),
    ("fit", "Could this fit you?"),
    ("outlook", "Future outlook"),
    ("ai-change", "How AI may change it"),
    ("analysis", "Detailed analysis"),
    ("day", "A typical day"),
    ("skills", "Skills and knowledge"),
    ("skill-dna", "Skill DNA"),
    ("career-dna", "Career DNA"),
    ("pathways", "Pathways"),
    ("faq", "FAQ"),
];

/// A titled section of the profile with an anchor for deep links (`#skills`).
#[component]
pub fn ProfileSection<C: IntoView + 'static>(
    /// The anchor id, one of [`SECTIONS`].
    id: &'static str,
    /// The section's heading.
    #[prop(into)]
    title: String,
    /// Whether the section only shows its data, with links and native disclosures but nothing
    /// the app answers or changes. Hydrating a prerendered profile then keeps its heading and
    /// content as they are, without walking them: most of a profile is such sections, and
    /// walking them was most of the work of hydrating it.
    #[prop(optional)]
    unchanging: bool,
    children: TypedChildren<C>,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    if unchanging && crate::hydration::in_progress() {
        return Either::Left(view! {
            <section id=id class="profile-section" aria-labelledby=labelled_by></section>
        });
    }
    let children = children.into_inner();
    Either::Right(view! {
        <section id=id class="profile-section" aria-labelledby=labelled_by>
            <h2 id=heading_id class="profile-section__title">{title}</h2>
            {children()}
        </section>
    })
}
