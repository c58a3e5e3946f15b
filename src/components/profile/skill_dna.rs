//! Skill DNA: the work styles and work values that define the role, as bar charts.

use std::sync::Arc;

use careerlens_engine::model::{OccupationDetail, Rated};
use leptos::prelude::*;

use super::ProfileSection;
use crate::components::{Bar, BarChart};
use crate::format::one_decimal;

/// Bars for ratings on a 1-to-`max` scale, most important first, ties by name.
fn bars(ratings: &[Rated], max: f32) -> Vec<Bar> {
    let mut sorted: Vec<&Rated> = ratings.iter().collect();
    sorted.sort_by(|a, b| {
        b.value
            .total_cmp(&a.value)
            .then_with(|| a.name.cmp(&b.name))
    });
    sorted
        .into_iter()
        .map(|rated| Bar {
            label: rated.name.clone(),
            // O*NET scales start at 1, so 1 draws an empty bar.
            fraction: (rated.value - 1.0) / (max - 1.0),
            value_text: format!("{} / {max:.0}", one_decimal(rated.value)),
        })
        .collect()
}

/// Work styles (importance, 1 to 5), work values (extent, 1 to 7) and RIASEC interests (1 to 7)
/// from O*NET.
#[component]
pub fn SkillDna(
    /// The occupation's detail chunk.
    detail: Arc<OccupationDetail>,
) -> impl IntoView {
    let has_data = !detail.work_styles.is_empty()
        || !detail.work_values.is_empty()
        || !detail.interests.is_empty();
    view! {
        <ProfileSection id="skill-dna" unchanging=true title="Skill DNA">
            {if has_data {
                view! {
                    <p class="muted">
                        "How important each work style is in this role (O*NET importance, 1 to 5), \
                         how well the role meets each work value (O*NET extent, 1 to 7), and how \
                         strongly it draws on each RIASEC interest (O*NET occupational interest, 1 to 7)."
                    </p>
                    <div class="chart-grid">
                        {(!detail.work_styles.is_empty())
                            .then(|| view! { <BarChart title="Work styles" bars=bars(&detail.work_styles, 5.0) /> })}
                        {(!detail.work_values.is_empty())
                            .then(|| view! { <BarChart title="Work values" bars=bars(&detail.work_values, 7.0) /> })}
                        {(!detail.interests.is_empty())
                            .then(|| view! { <BarChart title="Interests (RIASEC)" bars=bars(&detail.interests, 7.0) /> })}
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <p>"O*NET has no work-style or work-value ratings for the occupations this role maps to."</p>
                }
                .into_any()
            }}
        </ProfileSection>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rated(name: &str, value: f32) -> Rated {
        Rated {
            name: name.to_owned(),
            value,
        }
    }

    #[test]
    fn bars_sort_by_value_and_scale_from_one() {
        let bars = bars(&[rated("Integrity", 3.0), rated("Dependability", 4.6)], 5.0);
        assert_eq!(bars[0].label, "Dependability");
        // (4.6 - 1) / (5 - 1) = 0.9
        assert!((bars[0].fraction - 0.9).abs() < 1e-6);
        assert_eq!(bars[0].value_text, "4.6 / 5");
        // (3 - 1) / 4 = 0.5
        assert!((bars[1].fraction - 0.5).abs() < 1e-6);
    }
}
