//! Career DNA: the person's fit with this role once they have taken the assessment, otherwise
//! the invitation to take it. Without an assessment store (a test mount, the widget) it always
//! invites.

use std::sync::Arc;

use careerlens_engine::assessment::UserProfile;
use careerlens_engine::fit;
use leptos::either::{EitherOf3, EitherOf4};
use leptos::prelude::*;

use super::ProfileSection;
use crate::assessment::{AssessmentStore, PersonalFit};
use crate::components::{LoadFailed, Loading};
use crate::data::{IndexResult, LoadedIndex};
use crate::routes::Page;

/// The personal fit for this role, or the call to take the assessment.
#[component]
pub fn CareerDna(
    slug: String,
    title: String,
    /// The index with the O*NET ratings the fit compares (`None` while it loads): read only
    /// once the assessment is finished, so a profile loads it only for someone who took it.
    index: Signal<Option<IndexResult>>,
    /// Loads the index again after a failure.
    retry: Callback<()>,
) -> impl IntoView {
    let store = AssessmentStore::try_get();
    let finished = move || store.is_some_and(|store| store.state().with(|s| s.finished));
    view! {
        <ProfileSection id="career-dna" title="Career DNA">
            {move || match (store, finished()) {
                (Some(store), true) => match index.get() {
                    None => EitherOf4::A(view! {
                        <Loading what="the occupations your fit is compared with" />
                    }),
                    Some(Err(error)) => EitherOf4::B(view! {
                        <LoadFailed what="the occupation index" error retry=move || retry.run(()) />
                    }),
                    Some(Ok(loaded)) => EitherOf4::C(view! {
                        <Fit slug=slug.clone() title=title.clone() loaded profile=store.profile() />
                    }),
                },
                _ => EitherOf4::D(view! { <Invitation title=title.clone() /> }),
            }}
        </ProfileSection>
    }
}

/// The person's fit with the occupation at `slug`, scored among every occupation of `loaded`.
#[component]
fn Fit(
    slug: String,
    title: String,
    loaded: Arc<LoadedIndex>,
    profile: Memo<UserProfile>,
) -> impl IntoView {
    if let Err(reason) = fit::check_index_scales(&loaded.index) {
        return EitherOf3::A(view! {
            <p>
                {format!(
                    "Your fit cannot be computed: {reason}. Reload the page to get the current data."
                )}
            </p>
        });
    }
    let Some(entry) = loaded.by_slug(&slug).cloned() else {
        return EitherOf3::B(view! {
            <p>"This occupation is not in the index your fit is compared with."</p>
        });
    };
    EitherOf3::C(view! {
        <p>
            "Your personal fit as " {article(&title)} " " <strong>{title.clone()}</strong>
            ", from your Career DNA answers saved in this browser."
        </p>
        <PersonalFit occupation=entry profile among=loaded.clone() />
        <p class="career-dna__links">
            <a class="button button--primary" href=Page::Roadmap { slug }.path()>
                "Your roadmap to this role"
            </a>
            " "
            <a class="button" href=Page::AssessmentResults.path()>"All your results"</a>
        </p>
    })
}

/// The call to take the assessment.
#[component]
fn Invitation(
    /// The occupation's title, for the wording.
    title: String,
) -> impl IntoView {
    view! {
        <p>
            "How well would you fit as " {article(&title)} " " <strong>{title.clone()}</strong>
            "? The Career DNA assessment takes under ten minutes, compares your interests, work \
             styles and values with every occupation, and gives you a fit score with its reasons \
             and a roadmap. It runs in your browser: your answers never leave this device."
        </p>
        <p class="muted">"Once you have taken it, your personal fit for this role appears here."</p>
        <a href=Page::Assessment.path() class="button button--primary">"Start the assessment"</a>
    }
}

/// Letters whose names begin with a vowel sound ("an FBI agent", "an MRI technician").
const VOWEL_SOUND_LETTERS: &str = "AEFHILMNORSX";
/// Words that start with a vowel letter but a consonant sound ("a user", "a one-off").
const CONSONANT_SOUND_PREFIXES: [&str; 9] = [
    "uni", "use", "usu", "uti", "uro", "eu", "ewe", "one", "once",
];
/// Words that start with a silent h ("an hour").
const SILENT_H_PREFIXES: [&str; 4] = ["hour", "honest", "honour", "heir"];

/// "a" or "an" before a title, by the sound of its first word: acronyms by their first letter's
/// name ("an ICT", "a UX"), numbers by how they are said ("an 8", "a 3D"), and the common English
/// exceptions to the first letter ("a user", "a university", "an hour").
fn article(title: &str) -> &'static str {
    let word = title
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .next()
        .unwrap_or_default();
    let Some(first) = word.chars().next() else {
        return "a";
    };
    if first.is_ascii_digit() {
        let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
        return if first == '8' || digits == "11" || digits == "18" {
            "an"
        } else {
            "a"
        };
    }
    let is_acronym = word.chars().count() >= 2
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if is_acronym {
        return if VOWEL_SOUND_LETTERS.contains(first) {
            "an"
        } else {
            "a"
        };
    }
    let lower = word.to_lowercase();
    if SILENT_H_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return "an";
    }
    if CONSONANT_SOUND_PREFIXES
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return "a";
    }
    match first.to_ascii_lowercase() {
        'a' | 'e' | 'i' | 'o' | 'u' => "an",
        _ => "a",
    }
}

#[cfg(test)]
mod tests {
    use super::article;

    #[test]
    fn article_follows_the_first_letter() {
        assert_eq!(article("chief ICT security officer"), "a");
        assert_eq!(article("electrician"), "an");
        assert_eq!(article("umpire"), "an");
        assert_eq!(article("usher"), "an");
        assert_eq!(article("e-learning developer"), "an");
        assert_eq!(article(""), "a");
    }

    #[test]
    fn article_follows_the_sound_where_the_letter_misleads() {
        assert_eq!(article("user experience designer"), "a");
        assert_eq!(article("university lecturer"), "a");
        assert_eq!(article("utilities manager"), "a");
        assert_eq!(article("one-person business owner"), "a");
        assert_eq!(article("hour-rate consultant"), "an");
        assert_eq!(article("honey processor"), "a");
    }

    #[test]
    fn article_reads_acronyms_and_numbers_aloud() {
        assert_eq!(article("ICT security manager"), "an");
        assert_eq!(article("ATM repair technician"), "an");
        assert_eq!(article("EU funds manager"), "an");
        assert_eq!(article("UX designer"), "a");
        assert_eq!(article("3D animator"), "a");
        assert_eq!(article("8-bit artist"), "an");
    }
}
