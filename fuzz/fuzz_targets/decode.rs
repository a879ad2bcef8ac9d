//! Every JSON body of the contract (responses, problem+json, request bodies): decoding arbitrary bytes never
//! panics, what decodes round-trips, and a valid request body stays valid (`contract::robustness`). Each
//! input is tried as every body type, so the fixtures in `crates/contract/fixtures` are the seed corpus.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Err(broken) = contract::robustness::check_all(bytes) {
        panic!("{broken}");
    }
});
