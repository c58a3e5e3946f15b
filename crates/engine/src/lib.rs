//! Pure domain logic for CareerLens: the shipped dataset's model, scores, similarity and fit.
//!
//! This crate never depends on a UI or browser crate, so it compiles and is tested natively and
//! runs unchanged in WebAssembly.

pub mod attribution;
pub mod search;
pub mod seo;

pub mod model;

pub use model::{
    Index, IndexOccupation, Manifest, OccupationDetail, OccupationScores, SkillDictionary,
};

pub mod assessment;
pub mod blend;
pub mod embed;
pub mod exposure;
pub mod fit;
pub mod groups;
pub mod megatrends;
pub mod methodology;
pub mod narrative;
pub mod pathways;
pub mod resilience;
pub mod role_change;
pub mod saturation;
pub mod scorecard;
pub mod similarity;
pub mod stats;
pub mod text;
pub mod topk;
pub mod vectors;
pub mod viability;
