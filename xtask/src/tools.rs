//! The one place where tool versions are pinned (npm packages are pinned in package.json + package-lock.json;
//! wasm-bindgen-cli follows the wasm-bindgen in Cargo.lock).

/// trunk: 0.22 needs a newer rustc than the machine's 1.95.
pub const TRUNK: &str = "0.21.14";
/// wasm-split-cli (crate wasm_split_cli_support, feature build-binary): splits the areas' lazy code off the main
/// wasm before wasm-bindgen (tools/split/wasm-bindgen, docs/wasm-split.md). Its output format must match the
/// wasm_split_helpers that leptos pulls in (0.2.3 in Cargo.lock).
pub const WASM_SPLIT: &str = "0.2.4";
/// cargo-deny (`cargo xtask test`'s supply-chain step): the newest on crates.io, builds with rustc 1.95.
pub const CARGO_DENY: &str = "0.20.2";
/// cargo-fuzz (libFuzzer; `cargo xtask fuzz` and `bench` only, run with `RUSTC_BOOTSTRAP=1` on stable).
pub const CARGO_FUZZ: &str = "0.13.2";
/// The RustSec advisory-db snapshot, beside the clone (read-only; `xtask::deny` checks a copy of it).
pub const ADVISORY_DB: &str = "../shared/advisory-db";
/// schemathesis, from PyPI, in a venv under target/tools.
pub const SCHEMATHESIS: &str = "4.32.5";
/// Debian packages for browser tests and precompression.
pub const APT_PACKAGES: [&str; 3] = ["chromium", "chromium-driver", "brotli"];
/// Flags Chromium needs as root on this closed network.
pub const CHROMIUM_FLAGS: &str = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic \
     --no-first-run --disable-background-networking --disable-component-update --disable-sync";

/// The wasm-bindgen version Cargo.lock resolved (wasm-bindgen-cli must match it exactly).
pub fn wasm_bindgen_version(root: &std::path::Path) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("reading Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_owned());
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}
