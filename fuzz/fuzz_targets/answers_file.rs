//! The answers-file importer on arbitrary files: it must return, never panic.
#![no_main]

use careerlens_engine::assessment::Answers;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = Answers::from_json(&text);
});
