//! `cargo xtask run`: set up, build the release bundle, and serve it with the reference backend and demo data.

use crate::cmd::{self, command, root};
use crate::{server, setup};
use std::path::PathBuf;

/// The demo borgere, as the reference backend seeds them (crates/reference-backend/src/demo.rs).
const DEMO: [&str; 5] = [
    "Mette Sørensen (47) – fase 1, før rehabiliteringsmødet",
    "Jonas Madsen (36) – fase 2, på ledighedsydelse",
    "Hanne Jakobsen (58) – fase 3, i fleksjob i en kantine",
    "Ali Hassan (42) – fase 3, i fleksjob og søger job nummer 2",
    "Sofie Lund (31) – fase 2, lige visiteret",
];

/// Runs `cargo xtask run [--port N] [--data-dir DIR]` (also env PORT and FLEKSVEJ_DATA_DIR).
pub fn run(args: &[String]) -> Result<(), String> {
    let mut port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8080);
    let mut data_dir = std::env::var("FLEKSVEJ_DATA_DIR").map(PathBuf::from).unwrap_or_else(|_| root().join("data"));
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--port" => port = it.next().and_then(|p| p.parse().ok()).ok_or("--port needs a number")?,
            "--data-dir" => data_dir = it.next().map(PathBuf::from).ok_or("--data-dir needs a folder")?,
            other => return Err(format!("unknown option {other}")),
        }
    }
    setup::setup()?;
    build_release()?;
    cmd::run(
        "cargo build --release -p reference-backend",
        &mut command("cargo", &["build", "--release", "-p", "reference-backend"]),
    )?;
    let binary = root().join("target/release/reference-backend");
    let server =
        server::start(&server::Options { binary: &binary, port, data_dir: &data_dir, admin_token: None, dist: None })?;
    println!("\nFleksvej runs on http://127.0.0.1:{port}  (data in {})", data_dir.display());
    println!("Log in at http://127.0.0.1:{port}/log-ind as one of the demo borgere:");
    for d in DEMO {
        println!("  - {d}");
    }
    println!("Stop with Ctrl-C.");
    server.wait()
}

/// `trunk build --release`, offline, with the local wasm-bindgen and npm's wasm-opt.
///
/// Crates are fetched first; then, where the machine allows it (root), trunk runs in a network namespace
/// with no network at all, which proves the build never downloads anything.
pub fn build_release() -> Result<(), String> {
    build_release_with(&[])
}

/// [`build_release`] with more trunk arguments, e.g. `--features fault-hooks --dist target/dist-e2e` for the
/// e2e build of `cargo xtask test`.
pub fn build_release_with(extra: &[&str]) -> Result<(), String> {
    cmd::run("cargo fetch", &mut command("cargo", &["fetch"]))?;
    let isolated = command("unshare", &["--net", "true"]).output().is_ok_and(|o| o.status.success());
    let mut trunk = vec!["build", "--release", "--offline"];
    trunk.extend(extra);
    let mut c = if isolated {
        let mut args = vec!["--net", "trunk"];
        args.extend(&trunk);
        command("unshare", &args)
    } else {
        command("trunk", &trunk)
    };
    c.env("TRUNK_SKIP_VERSION_CHECK", "true").env("CARGO_NET_OFFLINE", "true");
    let what = if extra.is_empty() { String::new() } else { format!(" {}", extra.join(" ")) };
    let title = if isolated {
        format!("trunk build --release{what} (no network)")
    } else {
        format!("trunk build --release{what}")
    };
    cmd::run(&title, &mut c)
}
