//! Career DNA: the invitation to the full assessment.

use leptos::prelude::*;

use super::ProfileSection;
use crate::routes::Page;

/// The call to take the assessment, which then shows the personal fit here.
#[component]
pub fn CareerDna(
    /// The occupation's title, for the invitation's wording.
    #[prop(into)]
    title: String,
) -> impl IntoView {
    view! {
        <ProfileSection id="career-dna" title="Career DNA">
            <p>
                "How well would you fit as " {article(&title)} " " <strong>{title.clone()}</strong>
                "? The Career DNA assessment takes under ten minutes, compares your interests, work \
                 styles and values with every occupation, and gives you a fit score with its reasons \
                 and a roadmap. It runs in your browser: your answers never leave this device."
            </p>
            <p class="muted">"Once you have taken it, your personal fit for this role appears here."</p>
            <a href=Page::Assessment.path() class="button button--primary">"Start the assessment"</a>
        </ProfileSection>
    }
}

/// "a" or "an" before a title, by its first letter; good enough for ESCO titles.
fn article(title: &str) -> &'static str {
    match title.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

#[cfg(test)]
mod tests {
    use super::article;

    #[test]
    fn article_follows_the_first_letter() {
        assert_eq!(article("ICT security manager"), "an");
        assert_eq!(article("chief ICT security officer"), "a");
    }
}
