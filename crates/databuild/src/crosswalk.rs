//! ESCO occupation → O*NET-SOC codes through the O*NET Resource Center crosswalk, with a
//! label fallback for the codes ESCO v1.1 moved.

use std::collections::{BTreeMap, BTreeSet};

use crate::build::Report;
use crate::esco::Esco;
use crate::onet::Onet;

/// Per occupation (by position in `esco.occupations`): the O*NET-SOC codes it maps to.
pub(crate) fn crosswalk(
    esco: &Esco,
    onet: &Onet,
    report: &mut Report,
    count: &mut impl FnMut(&str, usize),
) -> Vec<BTreeSet<String>> {
    let by_code: BTreeMap<&str, usize> = esco
        .occupations
        .iter()
        .enumerate()
        .map(|(i, o)| (o.code.as_str(), i))
        .collect();
    let by_label: BTreeMap<String, usize> = esco
        .occupations
        .iter()
        .enumerate()
        .map(|(i, o)| (o.label.to_lowercase(), i))
        .collect();
    let mut out = vec![BTreeSet::new(); esco.occupations.len()];
    let (mut isco_only, mut by_code_rows) = (0, 0);
    let mut unknown_onet: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
    let mut fallback: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    let mut unmatched: BTreeMap<&str, &str> = BTreeMap::new();
    for row in &onet.crosswalk {
        if !row.esco_code.contains('.') {
            isco_only += 1;
            continue;
        }
        if !onet.titles.contains_key(&row.onet_code) {
            unknown_onet
                .entry(&row.onet_code)
                .or_default()
                .push(row.line);
            continue;
        }
        let target = if let Some(&i) = by_code.get(row.esco_code.as_str()) {
            by_code_rows += 1;
            Some(i)
        } else if let Some(&i) = by_label.get(&row.esco_title.to_lowercase()) {
            fallback.insert(&row.esco_code, (&row.esco_title, &esco.occupations[i].code));
            Some(i)
        } else {
            unmatched.insert(&row.esco_code, &row.esco_title);
            None
        };
        if let Some(i) = target {
            out[i].insert(row.onet_code.clone());
        }
    }
    report.note(format!(
        "crosswalk: {} mapping rows (rows without codes skipped); skipped {isco_only} ISCO-only rows (code without a dot); \
         {by_code_rows} rows matched by ESCO code",
        onet.crosswalk.len()
    ));
    for (code, (title, new_code)) in &fallback {
        report.note(format!(
            "crosswalk: ESCO code {code} not in v1.1.1, matched {title:?} by label (now {new_code})"
        ));
    }
    for (code, title) in &unmatched {
        report.note(format!(
            "crosswalk: dropped ESCO code {code} ({title:?}): neither code nor label in v1.1.1"
        ));
    }
    for (code, lines) in &unknown_onet {
        report.note(format!(
            "crosswalk: dropped {} rows with O*NET-SOC code {code} (not in O*NET 29.3), lines {lines:?}",
            lines.len()
        ));
    }
    count("crosswalk_rows", onet.crosswalk.len());
    count("crosswalk_isco_only_rows", isco_only);
    count("crosswalk_label_fallback_codes", fallback.len());
    count("crosswalk_unmatched_codes", unmatched.len());
    count(
        "crosswalk_unknown_onet_rows",
        unknown_onet.values().map(Vec::len).sum(),
    );
    out
}
