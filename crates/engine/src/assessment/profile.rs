//! A person's scale scores, from their answers: the mean rating of each scale's items.

use super::answers::Answers;
use super::items::{ITEMS, RIASEC, Scale, WORK_STYLES, WORK_VALUES};

/// Mean ratings, each on the items' 1–5 scale; `None` where no item of the scale is answered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserProfile {
    /// Order of [`RIASEC`].
    pub riasec: [Option<f64>; 6],
    /// Order of [`WORK_STYLES`].
    pub work_styles: [Option<f64>; 16],
    /// Order of [`WORK_VALUES`].
    pub work_values: [Option<f64>; 6],
    /// O*NET job zone 1–5.
    pub job_zone: Option<u8>,
}

impl UserProfile {
    /// The profile of a set of answers.
    pub fn from_answers(answers: &Answers) -> UserProfile {
        let mut sums = Sums::default();
        for (item, rating) in ITEMS.iter().zip(answers.ratings) {
            let Some(rating) = rating else { continue };
            let slot = match item.scale {
                Scale::Interest(i) => &mut sums.riasec[i],
                Scale::WorkStyle(i) => &mut sums.work_styles[i],
                Scale::WorkValue(i) => &mut sums.work_values[i],
                Scale::JobZone | Scale::CurrentOccupation => continue,
            };
            slot.0 += f64::from(rating);
            slot.1 += 1;
        }
        UserProfile {
            riasec: sums.riasec.map(mean),
            work_styles: sums.work_styles.map(mean),
            work_values: sums.work_values.map(mean),
            job_zone: answers.job_zone,
        }
    }

    /// All six RIASEC means, when every area has at least one answer.
    pub fn full_riasec(&self) -> Option<[f64; 6]> {
        let mut out = [0.0; 6];
        for (slot, value) in out.iter_mut().zip(self.riasec) {
            *slot = value?;
        }
        Some(out)
    }

    /// The RIASEC areas from the highest mean to the lowest, ties in RIASEC order; only areas
    /// with answers.
    pub fn riasec_order(&self) -> Vec<usize> {
        let mut areas: Vec<usize> = (0..RIASEC.len())
            .filter(|&i| self.riasec[i].is_some())
            .collect();
        areas.sort_by(|&a, &b| {
            self.riasec[b]
                .unwrap_or(0.0)
                .total_cmp(&self.riasec[a].unwrap_or(0.0))
                .then(a.cmp(&b))
        });
        areas
    }

    /// The Holland code: the letters of the three highest areas, e.g. "ISE".
    pub fn holland_code(&self) -> String {
        self.riasec_order()
            .into_iter()
            .take(3)
            .map(|i| super::items::RIASEC_LETTERS[i])
            .collect()
    }

    /// Whether anything in the profile can be compared with an occupation.
    pub fn is_empty(&self) -> bool {
        self.riasec.iter().all(Option::is_none)
            && self.work_styles.iter().all(Option::is_none)
            && self.work_values.iter().all(Option::is_none)
            && self.job_zone.is_none()
    }
}

#[derive(Default)]
struct Sums {
    riasec: [(f64, u32); RIASEC.len()],
    work_styles: [(f64, u32); WORK_STYLES.len()],
    work_values: [(f64, u32); WORK_VALUES.len()],
}

fn mean((sum, count): (f64, u32)) -> Option<f64> {
    (count > 0).then(|| sum / f64::from(count))
}
