//! The Career DNA assessment's data: the item bank, a person's answers and their scale scores,
//! and the three ways answers travel (the answers file, the share link and the saved state).
//! Each decoder checks its input and explains a refusal in plain words; none panics.

pub mod answers;
pub mod items;
pub mod profile;
pub mod saved;
pub mod share;

pub use answers::{Answers, AnswersError};
pub use items::{BACKGROUND, ITEMS, Item, Part, Scale};
pub use profile::UserProfile;
pub use saved::{SavedState, SavedStateError};
pub use share::ShareError;
