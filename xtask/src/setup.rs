//! `cargo xtask setup`: everything a fresh machine of this kind needs, each step skipped when already done.
//! Tools are compiled from crates.io or taken from npm/PyPI/Debian; nothing downloads a prebuilt binary.

use crate::cmd::{self, command, elapsed, output, root};
use crate::tools;
use std::time::Instant;

/// Runs every setup step.
pub fn setup() -> Result<(), String> {
    let started = Instant::now();
    apt()?;
    rust_target()?;
    trunk()?;
    wasm_bindgen()?;
    wasm_split()?;
    npm()?;
    venv()?;
    println!("\nsetup done in {}", elapsed(started));
    Ok(())
}

/// cargo-deny, which only `cargo xtask test` (and `deny`) need: `cargo xtask run` on a fresh machine does not
/// wait the extra ten minutes for it.
pub fn deny_tool() -> Result<(), String> {
    cargo_tool("cargo-deny", tools::CARGO_DENY, "about 10 minutes on 2 cores")
}

fn is_root() -> bool {
    output("id", &["-u"]).as_deref() == Some("0")
}

fn apt() -> Result<(), String> {
    let missing: Vec<&str> = tools::APT_PACKAGES
        .iter()
        .copied()
        .filter(|p| !command("dpkg", &["-s", p]).output().is_ok_and(|o| o.status.success()))
        .collect();
    // Debian's binaryen 108 builds a wasm that crashes at start; wasm-opt comes from npm instead.
    let bad_binaryen = command("dpkg", &["-s", "binaryen"]).output().is_ok_and(|o| o.status.success());
    if missing.is_empty() && !bad_binaryen {
        println!("==> apt: {} present", tools::APT_PACKAGES.join(", "));
        return Ok(());
    }
    if !is_root() {
        return Err(format!(
            "missing Debian packages; run as root:\n    apt-get update && apt-get install -y --no-install-recommends {}{}",
            missing.join(" "),
            if bad_binaryen { " && apt-get remove -y binaryen" } else { "" }
        ));
    }
    if !missing.is_empty() {
        cmd::run("apt-get update", command("apt-get", &["update", "-qq"]).env("DEBIAN_FRONTEND", "noninteractive"))?;
        let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
        args.extend(&missing);
        cmd::run(
            &format!("apt-get install {}", missing.join(" ")),
            command("apt-get", &args).env("DEBIAN_FRONTEND", "noninteractive"),
        )?;
    }
    if bad_binaryen {
        cmd::run(
            "apt-get remove binaryen (broken wasm output)",
            &mut command("apt-get", &["remove", "-y", "-qq", "binaryen"]),
        )?;
    }
    Ok(())
}

fn rust_target() -> Result<(), String> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l == "wasm32-unknown-unknown") {
        println!("==> rust target wasm32-unknown-unknown present");
        return Ok(());
    }
    cmd::run(
        "rustup target add wasm32-unknown-unknown",
        &mut command("rustup", &["target", "add", "wasm32-unknown-unknown"]),
    )
}

fn has_version(program: &str, version: &str) -> bool {
    output(program, &["--version"]).is_some_and(|v| v.split_whitespace().nth(1) == Some(version))
}

fn trunk() -> Result<(), String> {
    if has_version("trunk", tools::TRUNK) {
        println!("==> trunk {} present", tools::TRUNK);
        return Ok(());
    }
    // trunk's own release profile is fat LTO with one codegen unit: turning that off halves the build.
    let spec = format!("trunk@{}", tools::TRUNK);
    cmd::run(
        &format!("cargo install {spec} (about 7 minutes on 2 cores)"),
        command("cargo", &["install", "--locked", "--force", &spec])
            .env("CARGO_PROFILE_RELEASE_LTO", "false")
            .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16"),
    )
}

fn wasm_bindgen() -> Result<(), String> {
    let version = tools::wasm_bindgen_version(&root())?;
    if has_version("wasm-bindgen", &version) && has_version("wasm-bindgen-test-runner", &version) {
        println!("==> wasm-bindgen-cli {version} present");
        return Ok(());
    }
    // No --locked: the crate's lockfile pins a webpki-roots that this registry does not serve.
    let spec = format!("wasm-bindgen-cli@{version}");
    cmd::run(&format!("cargo install {spec} (about 4 minutes)"), &mut command("cargo", &["install", "--force", &spec]))
}

fn wasm_split() -> Result<(), String> {
    let installed = output("cargo", &["install", "--list"]).unwrap_or_default();
    let want = format!("wasm_split_cli_support v{}:", tools::WASM_SPLIT);
    if installed.lines().any(|l| l == want) {
        println!("==> wasm-split-cli {} present", tools::WASM_SPLIT);
        return Ok(());
    }
    // No --locked: like wasm-bindgen-cli, its lockfile pins crates this registry may not serve.
    let spec = format!("wasm_split_cli_support@{}", tools::WASM_SPLIT);
    cmd::run(
        &format!("cargo install {spec} --features build-binary (about 6 minutes on 2 cores)"),
        &mut command("cargo", &["install", "--force", "--features", "build-binary", &spec]),
    )
}

/// `cargo install --locked krate@version` unless that version is on PATH (also used for cargo-fuzz by the
/// fuzz smoke, which `cargo xtask test` does not run).
pub fn cargo_tool(krate: &str, version: &str, how_long: &str) -> Result<(), String> {
    if has_version(krate, version) {
        println!("==> {krate} {version} present");
        return Ok(());
    }
    let spec = format!("{krate}@{version}");
    cmd::run(
        &format!("cargo install {spec} ({how_long})"),
        &mut command("cargo", &["install", "--locked", "--force", &spec]),
    )
}

fn npm() -> Result<(), String> {
    let root = root();
    let marker = root.join("node_modules/.package-lock.json");
    let lock = root.join("package-lock.json");
    let fresh = match (marker.metadata().and_then(|m| m.modified()), lock.metadata().and_then(|m| m.modified())) {
        (Ok(installed), Ok(locked)) => installed >= locked,
        _ => false,
    };
    if fresh {
        println!("==> node_modules up to date");
        return Ok(());
    }
    cmd::run(
        "npm ci (DKFDS, binaryen's wasm-opt, Playwright, axe, Lighthouse)",
        command("npm", &["ci", "--no-audit", "--no-fund"]).env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    )
}

fn venv() -> Result<(), String> {
    let venv = root().join("target/tools/venv");
    let st = venv.join("bin/st");
    let want = format!("schemathesis=={}", tools::SCHEMATHESIS);
    let pip = venv.join("bin/pip").display().to_string();
    let installed = output(&pip, &["freeze"]).unwrap_or_default();
    if st.exists() && installed.lines().any(|l| l == want) {
        println!("==> {want} present");
        return Ok(());
    }
    let dir = venv.display().to_string();
    cmd::run("python3 -m venv target/tools/venv", &mut command("python3", &["-m", "venv", &dir]))?;
    cmd::run(&format!("pip install {want}"), &mut command(&pip, &["install", "--quiet", &want]))
}
