//! The saved-state loader on arbitrary localStorage values: it must return, never panic.
#![no_main]

use careerlens_engine::assessment::SavedState;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = SavedState::from_json(&text);
});
