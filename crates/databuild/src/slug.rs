//! URL slugs and display categories.

use std::collections::BTreeMap;

use careerlens_engine::search::fold_accent;

/// Lowercase ASCII slug: Latin letters with accents lose them, every other non-alphanumeric
/// character becomes `-`, runs of `-` collapse and the ends are trimmed.
pub fn slugify(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    for c in label.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// Assigns unique slugs. `items` are (UUID, label, ISCO code). A slug whose base form is taken
/// by one item only is the base; otherwise every colliding item gets `-<isco>` appended, and if
/// that still collides, `-<first 8 characters of the UUID>` as well. The result depends only on
/// the set of items, never on their order. Returns UUID → slug.
pub fn assign_slugs(items: &[(&str, &str, &str)]) -> BTreeMap<String, String> {
    let mut by_base: BTreeMap<String, Vec<(&str, &str)>> = BTreeMap::new();
    for (uuid, label, isco) in items {
        by_base
            .entry(slugify(label))
            .or_default()
            .push((uuid, isco));
    }
    let mut out = BTreeMap::new();
    for (base, group) in by_base {
        if group.len() == 1 {
            out.insert(group[0].0.to_string(), base);
            continue;
        }
        let mut with_isco: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for (uuid, isco) in group {
            with_isco
                .entry(format!("{base}-{isco}"))
                .or_default()
                .push(uuid);
        }
        for (slug, uuids) in with_isco {
            if uuids.len() == 1 {
                out.insert(uuids[0].to_string(), slug);
            } else {
                for uuid in uuids {
                    let short: String = uuid.chars().take(8).collect();
                    out.insert(uuid.to_string(), format!("{slug}-{short}"));
                }
            }
        }
    }
    out
}

/// Display categories by ISCO-08 code prefix; the longest matching prefix wins. Listed in
/// display order (the order of [`categories`]).
pub const CATEGORY_TABLE: &[(&str, &[&str])] = &[
    ("Management", &["1"]),
    ("Digital Technology", &["25", "35"]),
    ("Science & Engineering", &["21", "31"]),
    ("Health & Care", &["22", "32", "53"]),
    ("Education", &["23"]),
    ("Business & Finance", &["24", "33"]),
    ("Law & Social Services", &["261", "263", "341"]),
    ("Arts, Culture & Media", &["262", "264", "265", "343"]),
    ("Office & Administration", &["4"]),
    ("Personal Services & Hospitality", &["51", "94", "342"]),
    ("Sales & Retail", &["52", "95"]),
    ("Protective Services", &["54"]),
    ("Agriculture, Forestry & Fishing", &["6", "92"]),
    ("Construction & Building Trades", &["71", "931"]),
    ("Metal, Machinery & Electrical Trades", &["72", "74"]),
    ("Crafts, Food & Textile Trades", &["73", "75"]),
    ("Production & Machine Operation", &["81", "82", "932"]),
    ("Transport & Logistics", &["83", "933"]),
    ("Cleaning & Elementary Work", &["91", "96", "9"]),
    ("Armed Forces", &["0"]),
];

/// The display categories in display order.
pub fn categories() -> Vec<String> {
    CATEGORY_TABLE.iter().map(|(c, _)| c.to_string()).collect()
}

/// The display category of an ISCO-08 code. Every code starts with a digit 0–9 and every
/// major group has an entry, so this always finds one for valid codes.
pub fn category(isco: &str) -> &'static str {
    CATEGORY_TABLE
        .iter()
        .flat_map(|(cat, prefixes)| prefixes.iter().map(move |p| (*cat, *p)))
        .filter(|(_, p)| isco.starts_with(p))
        .max_by_key(|(_, p)| p.len())
        .map_or("Other", |(cat, _)| cat)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_folds_case_accents_and_punctuation() {
        assert_eq!(
            slugify("chief ICT security officer"),
            "chief-ict-security-officer"
        );
        assert_eq!(slugify("dance répétiteur"), "dance-repetiteur");
        assert_eq!(slugify("  C++ / .NET developer "), "c-net-developer");
    }

    #[test]
    fn colliding_slugs_get_isco_then_uuid_suffix() {
        let slugs = assign_slugs(&[
            ("aaaaaaaa-1", "Baker", "7512"),
            ("bbbbbbbb-2", "baker!", "9412"),
            ("cccccccc-3", "BAKER", "9412"),
            ("dddddddd-4", "cook", "5120"),
        ]);
        assert_eq!(slugs["aaaaaaaa-1"], "baker-7512");
        assert_eq!(slugs["bbbbbbbb-2"], "baker-9412-bbbbbbbb");
        assert_eq!(slugs["cccccccc-3"], "baker-9412-cccccccc");
        assert_eq!(slugs["dddddddd-4"], "cook");
    }

    #[test]
    fn category_uses_longest_prefix() {
        assert_eq!(category("2529"), "Digital Technology");
        assert_eq!(category("3512"), "Digital Technology");
        assert_eq!(category("2611"), "Law & Social Services");
        assert_eq!(category("2651"), "Arts, Culture & Media");
        assert_eq!(category("2211"), "Health & Care");
        assert_eq!(category("9329"), "Production & Machine Operation");
        assert_eq!(category("9112"), "Cleaning & Elementary Work");
        assert_eq!(category("0110"), "Armed Forces");
        assert_eq!(category("1330"), "Management");
    }
}
