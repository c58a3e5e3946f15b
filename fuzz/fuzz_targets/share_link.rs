//! The share-link decoder on arbitrary fragments: it must return, never panic.
#![no_main]

use careerlens_engine::assessment::share;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let fragment = String::from_utf8_lossy(data);
    let _ = share::decode(&fragment);
});
