//! Components shared by several pages. A component used by one page only stays in that page's file.

mod bar_chart;
mod footer;
mod header;
mod not_built;
pub mod profile;
mod search_box;
mod status;

pub use bar_chart::{Bar, BarChart};
pub use footer::SiteFooter;
pub use header::SiteHeader;
pub use not_built::NotBuiltYet;
pub use search_box::SearchBox;
pub use status::{LoadFailed, Loading, scroll_to_requested_section};
