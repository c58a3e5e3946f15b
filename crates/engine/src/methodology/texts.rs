//! The methodology section on where the profile's descriptive texts come from.

use super::{MethodSection, c, num};
use crate::attribution;
use crate::narrative::matching::{ALT_LABEL_WEIGHT, CONFIRMED_WEIGHT, WEAK_NAME_MATCH};

pub(super) fn texts_section() -> MethodSection {
    MethodSection {
        id: "profile-texts",
        title: "Key responsibilities and the typical day",
        paragraphs: vec![
            "The key responsibilities start with the duties the ESCO description states: its \
             sentences whose subject is the occupation (\"Chief ICT security officers protect…\", \
             \"They also define…\"), turned into duties, leaving out sentences that describe \
             rather than list duties (\"They are…\", \"They work in…\"). O*NET task statements \
             follow, then essential ESCO skills where O*NET has too few."
                .to_string(),
            format!(
                "ESCO maps many occupations to several O*NET occupations, in no meaningful order, \
                 so the O*NET occupations are ranked: first those that Nesta's manually \
                 validated ESCO to O*NET crosswalk confirms (it adds {} to the match), then by \
                 how well their titles match the ESCO title or an alternative label (which \
                 counts {} as much). An O*NET occupation that matches clearly best gives all its \
                 tasks first, and \"what still depends on people\" comes from its tasks first; \
                 the others follow in turn, core tasks first. The typical day continues with \
                 the tasks the key responsibilities did not show; its order is illustrative.",
                num(f64::from(CONFIRMED_WEIGHT)),
                num(f64::from(ALT_LABEL_WEIGHT))
            ),
            format!(
                "A mapping is weak when Nesta's crosswalk places the occupation in another SOC \
                 major group than every O*NET occupation it is mapped to and no mapped title \
                 shares a word with its names (best match below {}): astrologer, mapped only to \
                 Mathematicians, is one of them. Its profile says so, and its scores are left \
                 out of the home page's rankings and its similar roles rest on skills alone.",
                num(f64::from(WEAK_NAME_MATCH))
            ),
        ],
        formula: "match = max(dice(ESCO title, O*NET title), ALT_LABEL_WEIGHT x max over labels \
                  dice(label, O*NET title)) + CONFIRMED_WEIGHT if Nesta confirms it, dice(A, B) = \
                  2 |A ∩ B| / (|A| + |B|) over singular lowercase words"
            .to_string(),
        constants: vec![
            c(
                "ALT_LABEL_WEIGHT",
                f64::from(ALT_LABEL_WEIGHT),
                "weight of an alternative label's match against the title's",
            ),
            c(
                "CONFIRMED_WEIGHT",
                f64::from(CONFIRMED_WEIGHT),
                "what Nesta's confirmation adds to a match",
            ),
            c(
                "WEAK_NAME_MATCH",
                f64::from(WEAK_NAME_MATCH),
                "best name match below which a mapping Nesta places elsewhere is weak",
            ),
        ],
        sources: vec![
            attribution::ESCO.text,
            attribution::ONET.text,
            attribution::NESTA_CROSSWALK.text,
        ],
    }
}
