//! How numbers are shown. The dataset stores ratings rounded to two decimals in `f32`; showing
//! one decimal by formatting the float directly would round 4.55 and 4.45 differently depending on
//! their binary error. Rounding the stored hundredths half up gives one predictable rule.

/// A value stored with two decimals, shown with one, rounding half up: 4.55 → "4.6", 4.45 → "4.5".
pub fn one_decimal(value: f32) -> String {
    let hundredths = (f64::from(value) * 100.0).round() as i64;
    let tenths = (hundredths + 5).div_euclid(10);
    format!("{}.{}", tenths.div_euclid(10), tenths.rem_euclid(10))
}

/// A 0–100 score shown with one decimal, e.g. "77.2".
pub fn score(value: f32) -> String {
    one_decimal(value)
}

/// Counts are written by the engine's shared text rules ("3,007", "1 occupation").
pub use careerlens_engine::text::{count, count_noun};

#[cfg(test)]
mod tests {
    use super::one_decimal;

    #[test]
    fn halves_round_up_whatever_their_binary_error() {
        assert_eq!(one_decimal(4.55), "4.6");
        assert_eq!(one_decimal(4.45), "4.5");
        assert_eq!(one_decimal(4.44), "4.4");
        assert_eq!(one_decimal(3.0), "3.0");
        assert_eq!(one_decimal(77.24), "77.2");
        assert_eq!(one_decimal(0.05), "0.1");
    }
}
