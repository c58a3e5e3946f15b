//! Components shared by several pages. A component used by one page only stays in that page's file.

mod footer;
mod header;
mod not_built;

pub use footer::SiteFooter;
pub use header::SiteHeader;
pub use not_built::NotBuiltYet;
