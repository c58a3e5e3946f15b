//! The Career DNA assessment as one feature: the questions, the saved state, the results with
//! their fit for every occupation, the roadmap, and sharing. `pages/assessment.rs` is the thin
//! route; the scoring itself is the engine's (`careerlens_engine::fit`).

mod flow;
mod hexagon;
mod matches;
mod personal_fit;
mod profile_summary;
mod results;
mod roadmap;
mod share;
mod store;

pub use flow::AssessmentFlow;
pub use hexagon::RiasecHexagon;
pub use personal_fit::PersonalFit;
pub use results::ResultsPage;
pub use roadmap::RoadmapPage;
pub use share::ImportAnswers;
pub use store::AssessmentStore;
