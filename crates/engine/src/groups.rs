//! Means of a score over ISCO-08 groups, for occupations whose own data cannot carry the score.
//!
//! Why ISCO groups: occupations in one unit group (4 digits) do closely related work, so their
//! mean is the best guess for a member without data of its own; the minor group (3 digits),
//! then the sub-major group (2 digits), stand in where the unit group has no scored member.

use std::collections::BTreeMap;

/// Which data a score rests on.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum GroupBasis {
    /// The occupation's own data.
    #[default]
    Own,
    /// Wholly or partly the mean of its ISCO 4-digit unit group.
    IscoUnitGroup,
    /// Wholly or partly the mean of its ISCO 3-digit minor group.
    IscoMinorGroup,
    /// Wholly or partly the mean of its ISCO 2-digit sub-major group.
    IscoSubMajorGroup,
}

impl GroupBasis {
    /// Whether the score rests on the occupation's own data alone.
    pub fn is_own(&self) -> bool {
        *self == GroupBasis::Own
    }

    /// The group named in plain words, e.g. "ISCO unit group 2654"; `None` for own data.
    pub fn describe(self, isco_code: &str) -> Option<String> {
        let (name, len) = match self {
            GroupBasis::Own => return None,
            GroupBasis::IscoUnitGroup => ("unit group", 4),
            GroupBasis::IscoMinorGroup => ("minor group", 3),
            GroupBasis::IscoSubMajorGroup => ("sub-major group", 2),
        };
        Some(format!(
            "ISCO {name} {}",
            isco_code.get(..len).unwrap_or(isco_code)
        ))
    }
}

/// Means of one score per ISCO unit, minor and sub-major group.
#[derive(Clone, Debug, Default)]
pub struct GroupMeans {
    /// Code prefix → (sum, count), for prefixes of 4, 3 and 2 characters.
    sums: BTreeMap<String, (f64, usize)>,
}

impl GroupMeans {
    /// Means over the occupations that have a value: `(ISCO unit group code, value)`.
    pub fn fit<'a>(values: impl IntoIterator<Item = (&'a str, Option<f64>)>) -> GroupMeans {
        let mut sums: BTreeMap<String, (f64, usize)> = BTreeMap::new();
        for (code, value) in values {
            let Some(v) = value.filter(|v| v.is_finite()) else {
                continue;
            };
            for len in [4, 3, 2] {
                if let Some(prefix) = code.get(..len) {
                    let entry = sums.entry(prefix.to_string()).or_insert((0.0, 0));
                    entry.0 += v;
                    entry.1 += 1;
                }
            }
        }
        GroupMeans { sums }
    }

    /// The mean of the narrowest group of `code` that has one, with its basis.
    pub fn lookup(&self, code: &str) -> Option<(f64, GroupBasis)> {
        [
            (4, GroupBasis::IscoUnitGroup),
            (3, GroupBasis::IscoMinorGroup),
            (2, GroupBasis::IscoSubMajorGroup),
        ]
        .into_iter()
        .find_map(|(len, basis)| {
            let (sum, n) = self.sums.get(code.get(..len)?)?;
            Some((sum / *n as f64, basis))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_narrowest_group_with_members_answers() {
        let means = GroupMeans::fit([
            ("2654", Some(40.0)),
            ("2654", Some(60.0)),
            ("2659", Some(20.0)),
            ("2611", Some(90.0)),
            ("2654", None),
        ]);
        assert_eq!(
            means.lookup("2654"),
            Some((50.0, GroupBasis::IscoUnitGroup))
        );
        // 2651 has no member; its minor group 265 holds 40, 60 and 20.
        assert_eq!(
            means.lookup("2651"),
            Some((40.0, GroupBasis::IscoMinorGroup))
        );
        // 2631 has no unit or minor group member; sub-major 26 holds all four: 210 / 4.
        assert_eq!(
            means.lookup("2631"),
            Some((52.5, GroupBasis::IscoSubMajorGroup))
        );
        assert_eq!(means.lookup("7111"), None);
    }

    #[test]
    fn a_basis_names_its_group() {
        assert_eq!(
            GroupBasis::IscoMinorGroup.describe("2654").as_deref(),
            Some("ISCO minor group 265")
        );
        assert_eq!(GroupBasis::Own.describe("2654"), None);
    }
}
