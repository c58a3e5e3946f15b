//! CareerLens: open career profiles for every ESCO occupation, with explained AI-exposure and
//! resilience scores, similar roles and pathways, and a career-fit assessment that never leaves
//! the browser.
//!
//! The app is client-side rendered with Leptos. Domain logic lives in `careerlens-engine`; this
//! crate holds only the user interface.

// The server renderer's nested view types (the profile page) go deeper than the default limit.
#![recursion_limit = "256"]

pub mod app;
pub mod assessment;
pub mod career;
pub mod components;
pub mod data;
pub mod format;
pub mod hydration;
pub mod islands;
pub mod pages;
pub mod prerender;
pub mod routes;
pub mod site;
pub mod widget;

pub use app::App;
