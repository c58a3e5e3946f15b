//! Detailed analysis, behind "Show more": vital signs, the four AI-exposure vectors, the six
//! megatrend signals and the technical details of the data.

use std::sync::Arc;

use careerlens_engine::megatrends::Megatrend;
use careerlens_engine::model::{Manifest, OccupationDetail, OccupationScores};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

use super::ProfileSection;
use crate::components::{Bar, BarChart, LoadFailed};
use crate::data::LoadError;
use crate::format::{one_decimal, score};

/// Bars for 0–100 scores; a missing score is listed as such rather than drawn as zero.
fn score_bars<'a>(
    scores: impl Iterator<Item = (&'a str, Option<f32>)>,
) -> (Vec<Bar>, Vec<&'a str>) {
    let mut bars = Vec::new();
    let mut missing = Vec::new();
    for (label, value) in scores {
        match value {
            Some(value) => bars.push(Bar {
                label: label.to_owned(),
                fraction: value / 100.0,
                value_text: format!("{} / 100", score(value)),
            }),
            None => missing.push(label),
        }
    }
    (bars, missing)
}

/// A chart of 0–100 scores with a note on the ones the data cannot give.
#[component]
fn ScoreChart(
    /// The chart's title.
    #[prop(into)]
    title: String,
    /// Labels and scores, in display order.
    scores: Vec<(&'static str, Option<f32>)>,
) -> impl IntoView {
    let (bars, missing) = score_bars(scores.into_iter());
    view! {
        <div>
            {(!bars.is_empty()).then(|| view! { <BarChart title=title.clone() bars /> })}
            {(!missing.is_empty())
                .then(|| {
                    view! {
                        <p class="muted small">
                            {format!("No data for: {}.", missing.join(", "))}
                        </p>
                    }
                })}
        </div>
    }
}

/// Key facts of the occupation, as a definition list.
#[component]
fn VitalSigns(detail: Arc<OccupationDetail>) -> impl IntoView {
    let hot = detail.technology.iter().filter(|t| t.hot).count();
    let onet_titles = detail
        .onet
        .iter()
        .map(|o| format!("{} ({})", o.title, o.code))
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <dl class="vital-signs">
            <div><dt>"ISCO-08 unit group"</dt><dd>{format!("{} {}", detail.isco, detail.isco_label)}</dd></div>
            <div>
                <dt>"Job zone"</dt>
                <dd>
                    {detail
                        .job_zone
                        .as_ref()
                        .map_or("No O*NET job zone".to_owned(), |zone| format!("{} ({})", zone.name, one_decimal(zone.value)))}
                </dd>
            </div>
            <div><dt>"Essential skills and knowledge"</dt><dd>{detail.essential.len()}</dd></div>
            <div><dt>"Optional skills and knowledge"</dt><dd>{detail.optional.len()}</dd></div>
            <div>
                <dt>"Technology skills in O*NET"</dt>
                <dd>{format!(
                    "{} ({hot} of those listed {})",
                    detail.technology_total,
                    if hot == 1 { "is a hot technology" } else { "are hot technologies" }
                )}</dd>
            </div>
            <div>
                <dt>"Matching O*NET occupations"</dt>
                <dd>{if onet_titles.is_empty() { "None in the crosswalk".to_owned() } else { onet_titles }}</dd>
            </div>
        </dl>
    }
}

/// The data sources and versions, from the dataset manifest.
#[component]
fn TechnicalDetails(
    manifest: Signal<Option<Result<Arc<Manifest>, LoadError>>>,
    retry: Callback<()>,
) -> impl IntoView {
    move || match manifest.get() {
        None => EitherOf3::A(view! { <p class="muted">"Loading the dataset manifest…"</p> }),
        Some(Err(error)) => EitherOf3::B(view! {
            <LoadFailed what="the dataset manifest" error retry=move || retry.run(()) />
        }),
        Some(Ok(manifest)) => EitherOf3::C(view! {
            <ul class="source-versions">
                {manifest
                    .sources
                    .iter()
                    .map(|source| {
                        view! { <li><strong>{source.name.clone()}</strong> " " {source.version.clone()} " · " {source.licence.clone()}</li> }
                    })
                    .collect_view()}
            </ul>
            <p class="muted small">
                {format!(
                    "Dataset schema version {}, built from {} source files whose SHA-256 checksums the manifest records.",
                    manifest.schema_version,
                    manifest.inputs.len()
                )}
            </p>
        }),
    }
}

/// The "Show more" section.
#[component]
pub fn DetailedAnalysis(
    /// The occupation's detail chunk.
    detail: Arc<OccupationDetail>,
    /// The occupation's precomputed scores, if the dataset has them.
    scores: Option<OccupationScores>,
    /// The dataset manifest, for the technical details.
    #[prop(into)]
    manifest: Signal<Option<Result<Arc<Manifest>, LoadError>>>,
    /// Loads the manifest again after a failure.
    retry_manifest: Callback<()>,
) -> impl IntoView {
    let (open, set_open) = signal(false);
    let vectors: Vec<(&'static str, Option<f32>)> = scores
        .as_ref()
        .map(|s| {
            s.vectors()
                .map(|(vector, value)| (vector.label(), value))
                .to_vec()
        })
        .unwrap_or_default();
    let vectors_note = scores
        .as_ref()
        .and_then(|s| careerlens_engine::narrative::basis::vectors_sentence(s, &detail.isco));
    let megatrends: Vec<(&'static str, Option<f32>)> = scores
        .as_ref()
        .map(|s| {
            Megatrend::ALL
                .iter()
                .zip(s.megatrends)
                .map(|(m, v)| (m.label(), v))
                .collect()
        })
        .unwrap_or_default();
    view! {
        <ProfileSection id="analysis" title="Detailed analysis">
            <p class="muted">"Vital signs, the AI-exposure vectors, megatrend signals and the data behind them."</p>
            <button
                type="button"
                class="button"
                aria-expanded=move || open.get().to_string()
                aria-controls="analysis-body"
                on:click=move |_| set_open.update(|open| *open = !*open)
            >
                {move || if open.get() { "Close" } else { "Show more" }}
            </button>
            <div id="analysis-body" class="analysis" hidden=move || !open.get()>
                <h3>"Vital signs"</h3>
                <VitalSigns detail=detail.clone() />
                <div class="chart-grid">
                    <div>
                        <h3>"AI-exposure vectors"</h3>
                        {if vectors.is_empty() {
                            Either::Left(view! { <p>"No scores for this role."</p> })
                        } else {
                            Either::Right(view! { <ScoreChart title="Exposure by kind of AI, 0 to 100" scores=vectors.clone() /> })
                        }}
                        {vectors_note.clone().map(|note| view! { <p class="muted small" data-testid="vectors-note">{note}</p> })}
                    </div>
                    <div>
                        <h3>"Megatrend signals"</h3>
                        {if megatrends.is_empty() {
                            Either::Left(view! { <p>"No scores for this role."</p> })
                        } else {
                            Either::Right(view! { <ScoreChart title="How strongly each megatrend touches this role, 0 to 100" scores=megatrends.clone() /> })
                        }}
                    </div>
                </div>
                <h3>"Technical details"</h3>
                <TechnicalDetails manifest retry=retry_manifest />
                <p class="muted small">
                    <a href="/methodology#exposure-vectors">"How the vectors are scored"</a>
                    " · "
                    <a href="/methodology#megatrends">"How the megatrend signals are scored"</a>
                </p>
            </div>
        </ProfileSection>
    }
}
