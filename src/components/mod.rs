//! Components shared by several pages. A component used by one page only stays in that page's file.

mod bar_chart;
mod clipboard;
mod footer;
mod header;
mod page_head;
pub mod profile;
mod search_box;
mod site_link;
mod status;

pub use bar_chart::{Bar, BarChart};
pub use clipboard::copy_text;
pub use footer::SiteFooter;
pub use header::SiteHeader;
pub use page_head::{PageHead, full_title};
pub use search_box::SearchBox;
pub use site_link::{EmbeddedLinks, SiteLink};
pub use status::{LoadFailed, Loading, scroll_to_requested_section};
