//! The methodology section on where the profile's descriptive texts come from.

use super::{MethodSection, c, num};
use crate::attribution;
use crate::narrative::matching::ALT_LABEL_WEIGHT;

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
                 so the O*NET occupations are ranked by how well their titles match the ESCO \
                 title or an alternative label (which counts {} as much). An O*NET occupation \
                 that matches clearly best gives all its tasks first; the others follow in \
                 turn, core tasks first. The typical day continues with the tasks the key \
                 responsibilities did not show; its order is illustrative.",
                num(f64::from(ALT_LABEL_WEIGHT))
            ),
        ],
        formula: "match = max(dice(ESCO title, O*NET title), ALT_LABEL_WEIGHT x max over labels \
                  dice(label, O*NET title)), dice(A, B) = 2 |A ∩ B| / (|A| + |B|) over \
                  singular lowercase words"
            .to_string(),
        constants: vec![c(
            "ALT_LABEL_WEIGHT",
            f64::from(ALT_LABEL_WEIGHT),
            "weight of an alternative label's match against the title's",
        )],
        sources: vec![attribution::ESCO.text, attribution::ONET.text],
    }
}
