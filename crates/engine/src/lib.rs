//! Pure domain logic for CareerLens: the shipped dataset's model, scores, similarity and fit.
//!
//! This crate never depends on a UI or browser crate, so it compiles and is tested natively and
//! runs unchanged in WebAssembly.

pub mod attribution;

pub mod model;

pub use model::{
    Index, IndexOccupation, Manifest, OccupationDetail, OccupationScores, SkillDictionary,
};
