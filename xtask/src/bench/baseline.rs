//! The bare framework for comparison: a minimal Leptos router app (`xtask/bench-baseline/`) built with the
//! same toolchain and profile, served by the same backend, measured the same way.

use crate::cmd::{self, command, root};
use crate::server;
use std::path::Path;

/// `target.wasm32-unknown-unknown.rustflags` of `.cargo/config.toml` less `-C link-args=--emit-relocs`.
const BASELINE_RUSTFLAGS: &str = r#"--cfg getrandom_backend="wasm_js" -C debuginfo=0 --cfg erase_components"#;

/// The baseline's measurements.
pub struct Baseline {
    /// Brotli bytes of its first screen (index.html, JS, wasm, CSS).
    pub critical_brotli: u64,
    /// Lighthouse line for "/" (see `lighthouse.mjs`).
    pub lighthouse: String,
}

/// Builds and measures the baseline, or `None` when it cannot be built here (said in the report).
pub fn measure(binary: &Path, out: &Path) -> Result<Option<Baseline>, String> {
    let dir = root().join("xtask/bench-baseline");
    let dist = out.join("baseline-dist");
    let mut c = command("trunk", &["build", "--release", "--offline", "--dist"]);
    c.arg(&dist).current_dir(&dir).env("TRUNK_SKIP_VERSION_CHECK", "true").env("CARGO_NET_OFFLINE", "true");
    c.env("CARGO_TARGET_DIR", root().join("target/bench-baseline"));
    // The app's wasm flags (.cargo/config.toml, which applies here too) without `--emit-relocs`: the baseline has
    // nothing to split, so the split shim passes it through untouched, and the relocation and linking sections
    // (about 750 KB raw) would stay in its wasm and count as framework (269 instead of 84 KB brotli). RUSTFLAGS
    // replaces the config's target flags (the `CARGO_TARGET_…_RUSTFLAGS` variable would be merged with them);
    // with `--target` it reaches only the wasm, not build scripts.
    c.env("RUSTFLAGS", BASELINE_RUSTFLAGS);
    if cmd::run("trunk build the baseline", &mut c).is_err() {
        return Ok(None);
    }
    let mut total = 0;
    for entry in std::fs::read_dir(&dist).map_err(|e| e.to_string())?.flatten() {
        let p = entry.path();
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
        if matches!(ext, "html" | "js" | "wasm" | "css") {
            let br = std::fs::metadata(format!("{}.br", p.display())).map(|m| m.len());
            total += match br {
                Ok(n) => n,
                Err(_) => {
                    command("brotli", &["-c", "-q", "11"]).arg(&p).output().map(|o| o.stdout.len() as u64).unwrap_or(0)
                }
            };
        }
    }
    let data = out.join("baseline-data");
    let _ = std::fs::remove_dir_all(&data);
    let port = server::free_port()?;
    let srv = server::start(&server::Options { binary, port, data_dir: &data, admin_token: None, dist: Some(&dist) })?;
    // Its reports in a folder of their own: in `out` they would overwrite the app's reports for `/`.
    let reports = out.join("baseline-lighthouse");
    std::fs::create_dir_all(&reports).map_err(|e| e.to_string())?;
    let lighthouse = super::lighthouse(&format!("http://127.0.0.1:{port}"), "", &reports, &["/"])?;
    drop(srv);
    Ok(Some(Baseline { critical_brotli: total, lighthouse }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_baseline_gets_the_apps_wasm_flags_less_emit_relocs() {
        let config = std::fs::read_to_string(root().join(".cargo/config.toml")).expect("config");
        let line = config.lines().find(|l| l.starts_with("rustflags")).expect("wasm rustflags");
        // The TOML strings of the array, with `\"` read as `"`.
        let (mut flags, mut current, mut inside, mut escaped) = (Vec::new(), String::new(), false, false);
        for ch in line.chars().skip_while(|c| *c != '[') {
            match (inside, escaped, ch) {
                (true, false, '\\') => escaped = true,
                (true, false, '"') => {
                    flags.push(std::mem::take(&mut current));
                    inside = false;
                }
                (true, _, c) => {
                    current.push(c);
                    escaped = false;
                }
                (false, _, '"') => inside = true,
                _ => {}
            }
        }
        let app = flags.join(" ");
        assert!(app.contains("-C link-args=--emit-relocs"), "{app}");
        assert_eq!(app.replace(" -C link-args=--emit-relocs", ""), BASELINE_RUSTFLAGS);
    }
}
