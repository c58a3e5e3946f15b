//! Horizontal bar charts drawn as SVG, with every number also in text.
//!
//! Each bar is a row of label, bar and value; the bar itself is hidden from assistive technology
//! because the label and the value already say everything it shows.

use leptos::prelude::*;

/// One bar: a label, a value and the value shown as text.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    /// The bar's length as a share of the full width, 0.0 to 1.0.
    pub fraction: f32,
    /// The value as the reader should see it, e.g. "4.6 / 5" or "72 %".
    pub value_text: String,
}

/// A labelled list of horizontal bars.
#[component]
pub fn BarChart(
    /// The chart's name, read out before its rows.
    #[prop(into)]
    title: String,
    /// The bars, in display order.
    bars: Vec<Bar>,
) -> impl IntoView {
    view! {
        <figure class="bar-chart">
            <figcaption class="bar-chart__title">{title}</figcaption>
            <ul class="bar-chart__rows">
                {bars
                    .into_iter()
                    .map(|bar| {
                        let width = format!("{:.1}%", (bar.fraction.clamp(0.0, 1.0) * 100.0));
                        view! {
                            <li class="bar-chart__row">
                                <span class="bar-chart__label">{bar.label}</span>
                                <svg
                                    class="bar-chart__bar"
                                    aria-hidden="true"
                                    focusable="false"
                                    viewBox="0 0 100 10"
                                    preserveAspectRatio="none"
                                >
                                    <rect class="bar-chart__track" x="0" y="0" width="100%" height="10" rx="3" />
                                    <rect class="bar-chart__fill" x="0" y="0" width=width height="10" rx="3" />
                                </svg>
                                <span class="bar-chart__value">{bar.value_text}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </figure>
    }
}
