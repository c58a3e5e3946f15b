//! One file per route. Components used by a single page stay in that page's file.

mod assessment;
mod browse;
mod embed;
mod home;
mod methodology;
mod not_found;
mod occupation;

pub use assessment::{AssessmentPage, EraseAnswers};
pub use browse::{BrowsePage, CategoryGrid};
pub use embed::EmbedPage;
pub use home::HomePage;
pub use methodology::MethodologyPage;
pub use not_found::NotFoundPage;
pub use occupation::OccupationPage;
