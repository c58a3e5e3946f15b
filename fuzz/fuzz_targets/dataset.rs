//! The dataset decoders on arbitrary files: an occupation chunk, the index's core file, a part
//! file, and the index read from its files with the input as every file, then as each part file
//! beside a valid core (so that the part is checked against it). Each must return, never panic.
#![no_main]

use careerlens_engine::model::{Index, IndexPart, IndexPartFile, OccupationDetail};
use libfuzzer_sys::fuzz_target;

/// A valid core file of two occupations.
const CORE: &str = r#"{"schema_version":1,"riasec":[],"work_styles":[],"work_values":[],
    "isco_groups":{"2529":"Database specialists"},"categories":["Digital Technology"],
    "occupations":{"slug":["a","b"],"title":["a","b"],"isco":["2529","2529"],
    "cat":["Digital Technology","Digital Technology"]}}"#;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = serde_json::from_str::<OccupationDetail>(&text);
    let _ = serde_json::from_str::<Index>(&text);
    let _ = serde_json::from_str::<IndexPartFile>(&text);
    let _ = Index::read_parts(&IndexPart::EXTRA, |_| Ok(text.to_string()));
    for extra in IndexPart::EXTRA {
        let _ = Index::read_parts(&[extra], |part| {
            Ok(match part {
                IndexPart::Core => CORE.to_owned(),
                _ => text.to_string(),
            })
        });
    }
});
