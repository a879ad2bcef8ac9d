//! `cargo xtask test`: everything CI checks, in order, with a summary line at the end.

use crate::cmd::{self, command, elapsed, root};
use crate::{run, server, setup, tools};
use std::time::Instant;

/// Runs the whole suite (`--quick` skips the browser tests, e2e and schemathesis).
pub fn test(args: &[String]) -> Result<(), String> {
    let quick = args.iter().any(|a| a == "--quick");
    if let Some(bad) = args.iter().find(|a| *a != "--quick") {
        return Err(format!("unknown option {bad}"));
    }
    let started = Instant::now();
    setup::setup()?;
    let mut passed = Vec::new();
    let mut step = |name: &'static str, result: Result<(), String>| -> Result<(), String> {
        disk_note();
        result.map(|()| passed.push(name)).map_err(|e| format!("{e}\nsteps passed before it: {}", passed.join(", ")))
    };
    step("fmt", cmd::run("cargo fmt --check", &mut cargo(&["fmt", "--all", "--check"])))?;
    step(
        "clippy",
        cmd::run("cargo clippy", &mut cargo(&["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])),
    )?;
    step(
        "clippy wasm",
        cmd::run(
            "cargo clippy (wasm32, the SPA and its browser tests)",
            &mut cargo(&[
                "clippy",
                "-p",
                "fleksvej",
                "--target",
                "wasm32-unknown-unknown",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
        ),
    )?;
    step("cargo deny", crate::deny::check())?;
    step("native tests", cmd::run("cargo test --workspace", &mut cargo(&["test", "--workspace"])))?;
    if !quick {
        step(
            "browser tests",
            cmd::run(
                "wasm-bindgen-test in headless Chromium",
                &mut cargo(&["test", "-p", "fleksvej", "--target", "wasm32-unknown-unknown"]),
            ),
        )?;
    }
    step("release build", run::build_release())?;
    step("byte ceiling", crate::bench::sizes::enforce())?;
    if !quick {
        step("e2e + schemathesis", against_server())?;
    }
    println!("\nxtask test: {} steps passed, 0 failed in {} ({})", passed.len(), elapsed(started), passed.join(", "));
    Ok(())
}

/// A cargo command without incremental caches: CI builds once from clean, and the caches only cost disk.
fn cargo(args: &[&str]) -> std::process::Command {
    let mut c = command("cargo", args);
    c.env("CARGO_INCREMENTAL", "0");
    c
}

/// Prints how much disk is left where target/ lives, so a CI run that runs out says where it went.
fn disk_note() {
    let target = root().join("target");
    let at = if target.exists() { target } else { root() };
    if let Some(free) = cmd::output("df", &["-h", "--output=avail", &at.display().to_string()]) {
        println!("    disk free: {}", free.lines().last().unwrap_or("?").trim());
    }
}

/// Starts the backend on a free port with a fresh database, then runs Playwright and schemathesis against it.
/// Uses the backend binary `cargo test --workspace` just built (a separate `cargo build -p` would rebuild
/// it with other feature unification, for nothing).
fn against_server() -> Result<(), String> {
    let data = root().join("target/e2e-data");
    let _ = std::fs::remove_dir_all(&data);
    let token = format!("e2e-{}", std::process::id());
    let port = server::free_port()?;
    let binary = root().join("target/debug/reference-backend");
    if !binary.exists() {
        return Err(format!("{} is missing; cargo test --workspace should have built it", binary.display()));
    }
    let srv = server::start(&server::Options {
        binary: &binary,
        port,
        data_dir: &data,
        admin_token: Some(&token),
        dist: None,
    })?;
    let base = format!("http://127.0.0.1:{}", srv.port);
    cmd::run(
        "Playwright e2e with axe",
        command("npx", &["--no-install", "playwright", "test", "-c", "tests/e2e/playwright.config.js"])
            .env("BASE_URL", &base)
            .env("ADMIN_TOKEN", &token)
            // The served build, so the update test can put a "new version" of sw.js there (and restore it).
            .env("DIST_DIR", root().join("dist"))
            .env("CHROMIUM_FLAGS", tools::CHROMIUM_FLAGS)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    )?;
    cmd::run(
        "schemathesis against the committed OpenAPI document",
        command("python3", &["tests/schemathesis/run.py"]).env("BASE_URL", &base),
    )
}
