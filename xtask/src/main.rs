//! Fleksvej's entry points: `cargo xtask setup | run | test | bench | deny | fuzz`. Standard library only, so
//! it builds in seconds.

mod bench;
mod cmd;
mod deny;
mod fuzz;
mod run;
mod server;
mod setup;
mod sources;
mod test;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

  setup              install what the build needs (idempotent; never downloads a prebuilt binary)
  run [--port N] [--data-dir DIR]
                     build the app and serve it with the reference backend and demo borgere
  test [--quick]     fmt, clippy, cargo deny (offline), native tests, browser tests, release build, e2e,
                     schemathesis (--quick skips the wasm tests, e2e and schemathesis)
  bench [--quick]    release build, then bytes, Lighthouse per route, interaction latency, backend load and
                     the bare-Leptos baseline into target/bench/report.md and report.json (--quick: one route,
                     5 s load, no baseline); --fuzz-secs N: the fuzz smoke per target (default 60, 0 skips)
  deny               cargo deny check alone (offline, against ../shared/advisory-db; part of test)
  fuzz [--secs N]    the libFuzzer smoke alone: every target in fuzz/ for N s (default 60), 0 crashes to pass";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::setup().and_then(|()| setup::deny_tool()),
        Some("run") => run::run(&args[1..]),
        Some("test") => test::test(&args[1..]),
        Some("bench") => bench::bench(&args[1..]),
        Some("fuzz") => fuzz::fuzz(&args[1..]),
        Some("deny") => deny::check(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}
