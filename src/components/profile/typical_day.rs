//! What people in this role usually do: the category and an illustrative typical day.

use std::sync::Arc;

use careerlens_engine::model::OccupationDetail;
use careerlens_engine::narrative::{Source, typical_day};
use leptos::prelude::*;

use super::ProfileSection;
use super::snapshot::RESPONSIBILITIES_SHOWN;

/// A timeline of six real tasks of the occupation, marked as illustrative.
#[component]
pub fn TypicalDay(
    /// The occupation's detail chunk.
    detail: Arc<OccupationDetail>,
) -> impl IntoView {
    let slots = typical_day(&detail, RESPONSIBILITIES_SHOWN);
    let from_onet = slots
        .iter()
        .any(|(_, line)| matches!(line.source, Source::OnetTask { .. }));
    view! {
        <ProfileSection id="day" unchanging=true title="What people in this role usually do">
            <p>
                "Category: " <strong>{detail.category.clone()}</strong>
            </p>
            {if slots.is_empty() {
                view! { <p>"The data holds no tasks or skills to sketch a day from."</p> }.into_any()
            } else {
                view! {
                    <ol class="timeline">
                        {slots
                            .into_iter()
                            .map(|(time, line)| {
                                view! {
                                    <li class="timeline__slot">
                                        <span class="timeline__time">{time}</span>
                                        <span class="timeline__task">{line.text}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                    <p class="muted small">
                        "Task order is illustrative: real days vary. "
                        {if from_onet {
                            "Tasks come from the O*NET task statements of the matching O*NET occupations."
                        } else {
                            "Activities come from the occupation's essential ESCO skills."
                        }}
                    </p>
                }
                .into_any()
            }}
        </ProfileSection>
    }
}
