//! The RIASEC hexagon: the six interest areas as corners, in Holland's order, with the
//! person's mean rating drawn as a shape; a list gives the same numbers as text.

use careerlens_engine::assessment::items::RIASEC;
use leptos::prelude::*;

use crate::format::one_decimal;

const SIZE: f64 = 240.0;
const CENTRE: f64 = SIZE / 2.0;
const RADIUS: f64 = 80.0;

/// The point at `fraction` of the radius towards corner `corner` (0 at the top, clockwise).
fn point(corner: usize, fraction: f64) -> (f64, f64) {
    let angle = std::f64::consts::PI * (corner as f64 / 3.0 - 0.5);
    (
        CENTRE + RADIUS * fraction * angle.cos(),
        CENTRE + RADIUS * fraction * angle.sin(),
    )
}

fn polygon(fractions: impl Iterator<Item = f64>) -> String {
    fractions
        .enumerate()
        .map(|(corner, f)| {
            let (x, y) = point(corner, f);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The hexagon of six RIASEC means on the 1–5 answer scale.
#[component]
pub fn RiasecHexagon(
    /// Mean rating per area, order of RIASEC; `None` for an area not answered.
    scores: [Option<f64>; 6],
) -> impl IntoView {
    // 1 (strongly dislike) sits at the centre and 5 (strongly like) on the corners.
    let fraction = |v: Option<f64>| v.map_or(0.0, |v| ((v - 1.0) / 4.0).clamp(0.0, 1.0));
    let shape = polygon(scores.iter().map(|&v| fraction(v)));
    let rings: Vec<String> = [0.25, 0.5, 0.75, 1.0]
        .into_iter()
        .map(|f| polygon(std::iter::repeat_n(f, 6)))
        .collect();
    let labels = RIASEC.iter().enumerate().map(|(corner, name)| {
        let (x, y) = point(corner, 1.28);
        view! {
            <text x=format!("{x:.1}") y=format!("{:.1}", y + 4.0) text-anchor="middle" class="hexagon__label">
                {*name}
            </text>
        }
    });
    let description = RIASEC
        .iter()
        .zip(scores)
        .map(|(name, score)| match score {
            Some(score) => format!("{name} {} of 5", one_decimal(score as f32)),
            None => format!("{name} not answered"),
        })
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <figure class="hexagon">
            <svg
                viewBox=format!("0 0 {SIZE} {SIZE}")
                role="img"
                aria-label=format!("Your interests as a hexagon: {description}.")
                class="hexagon__svg"
            >
                {rings.into_iter().map(|points| view! { <polygon points=points class="hexagon__ring" /> }).collect_view()}
                <polygon points=shape class="hexagon__shape" />
                {labels.collect_view()}
            </svg>
            <figcaption>
                <ul class="hexagon__values" data-testid="riasec-values">
                    {RIASEC
                        .iter()
                        .zip(scores)
                        .map(|(name, score)| view! {
                            <li>
                                <span>{*name}</span>
                                <span class="hexagon__value">
                                    {score.map_or("not answered".to_owned(), |s| format!("{} / 5", one_decimal(s as f32)))}
                                </span>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::point;

    #[test]
    fn the_first_corner_is_at_the_top_and_the_fourth_at_the_bottom() {
        let (x, y) = point(0, 1.0);
        assert!((x - 120.0).abs() < 1e-9 && (y - 40.0).abs() < 1e-9);
        let (x, y) = point(3, 1.0);
        assert!((x - 120.0).abs() < 1e-9 && (y - 200.0).abs() < 1e-9);
    }
}
