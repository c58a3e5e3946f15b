//! Nesta's manually validated ESCO → O*NET crosswalk (Mapping Career Causeways, November 2020),
//! brought onto SOC 2018 through the BLS SOC 2010 → 2018 crosswalk. CareerLens does not map
//! through it (the O*NET Resource Center crosswalk does that); it says which of those mappings
//! a person confirmed, and which look wrong.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::Result;
use crate::table::{Format, Sources};

/// The crosswalk, keyed by ESCO concept URI, with O*NET-SOC 2010 codes.
pub const NESTA_CROSSWALK: &str = "nesta-mapping-career-causeways/esco_onet_crosswalk_Nov2020.csv";
/// SOC 2010 → SOC 2018 (BLS).
pub const SOC_2010_TO_2018: &str = "crosswalks/bls-soc2010-soc2018/soc_2010_to_2018_crosswalk.csv";

/// ESCO URI → the SOC 2018 detailed codes (`15-1252`) of Nesta's match.
pub type NestaMatches = BTreeMap<String, BTreeSet<String>>;

/// Reads both files.
pub fn load(src: &mut Sources) -> Result<NestaMatches> {
    let soc = load_soc_2010_to_2018(src)?;
    let t = src.table(NESTA_CROSSWALK, Format::Csv)?;
    let (uri_c, code_c) = (t.col("concept_uri")?, t.col("onet_code")?);
    let mut out = NestaMatches::new();
    for row in t.rows() {
        let code = crate::ai::onet_code(&row, code_c)?;
        let soc_2010 = &code[..7];
        let socs = soc
            .get(soc_2010)
            .cloned()
            .unwrap_or_else(|| BTreeSet::from([soc_2010.to_string()]));
        out.entry(row.required(uri_c)?.to_string())
            .or_default()
            .extend(socs);
    }
    Ok(out)
}

fn load_soc_2010_to_2018(src: &mut Sources) -> Result<BTreeMap<String, BTreeSet<String>>> {
    let t = src.table(SOC_2010_TO_2018, Format::Csv)?;
    let (from_c, to_c) = (t.col("2010 SOC Code")?, t.col("2018 SOC Code")?);
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in t.rows() {
        out.entry(row.required(from_c)?.to_string())
            .or_default()
            .insert(row.required(to_c)?.to_string());
    }
    Ok(out)
}

/// Whether Nesta confirms `code` for the occupation `uri`: its SOC 2018 code is Nesta's.
pub fn confirms(nesta: &NestaMatches, uri: &str, code: &str) -> bool {
    nesta
        .get(uri)
        .is_some_and(|socs| socs.contains(crate::ai::soc_of(code)))
}

/// Whether Nesta covers the occupation `uri` and puts it in another SOC major group (2 digits)
/// than every one of its mapped `codes`.
pub fn places_elsewhere(nesta: &NestaMatches, uri: &str, codes: &[&str]) -> bool {
    let Some(socs) = nesta.get(uri) else {
        return false;
    };
    let major = |c: &str| c.get(..2).unwrap_or(c).to_string();
    let nesta_majors: BTreeSet<String> = socs.iter().map(|s| major(s)).collect();
    !codes.is_empty() && codes.iter().all(|c| !nesta_majors.contains(&major(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches() -> NestaMatches {
        NestaMatches::from([(
            "astrologer".to_string(),
            BTreeSet::from(["27-2099".to_string()]),
        )])
    }

    #[test]
    fn nesta_confirms_a_code_of_its_soc_occupation() {
        assert!(confirms(&matches(), "astrologer", "27-2099.00"));
        assert!(!confirms(&matches(), "astrologer", "15-2021.00"));
        assert!(!confirms(&matches(), "sommelier", "27-2099.00"));
    }

    #[test]
    fn elsewhere_means_another_major_group_than_every_mapped_code() {
        // Mathematicians (15) only: Nesta's 27 is elsewhere.
        assert!(places_elsewhere(&matches(), "astrologer", &["15-2021.00"]));
        // Any mapped code in major group 27 shares Nesta's area of work.
        assert!(!places_elsewhere(
            &matches(),
            "astrologer",
            &["15-2021.00", "27-2012.00"]
        ));
        // Not covered by Nesta, or no mapped code: nothing to judge.
        assert!(!places_elsewhere(&matches(), "sommelier", &["35-3031.00"]));
        assert!(!places_elsewhere(&matches(), "astrologer", &[]));
    }
}
