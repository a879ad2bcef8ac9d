//! `cargo xtask test`: everything CI checks, in order, with a summary line at the end: the steps that passed,
//! how many tests each suite ran, libtest's `test result:` line in full with the sums, and last a plain
//! `xtask: N passed, N failed, N skipped` line (CI reads these closing lines to tell a run whose tests ran from
//! one that stopped before them; the short `test result:` line it printed before was not read as one).

use crate::cmd::{self, command, elapsed, root};
use crate::{run, server, setup, tools};
use std::path::Path;
use std::time::Instant;

/// Runs the whole suite (`--quick` skips the browser tests, e2e and schemathesis).
pub fn test(args: &[String]) -> Result<(), String> {
    let quick = args.iter().any(|a| a == "--quick");
    if let Some(bad) = args.iter().find(|a| *a != "--quick") {
        return Err(format!("unknown option {bad}"));
    }
    let started = Instant::now();
    let mut tally = Vec::new();
    let mut passed = Vec::new();
    let result = steps(quick, &mut passed, &mut tally);
    if result.is_ok() {
        println!(
            "\nxtask test: {} steps passed, 0 failed in {} ({})",
            passed.len(),
            elapsed(started),
            passed.join(", ")
        );
    }
    let [per_suite, cargo_line, plain] = report(&tally, result.is_ok(), started.elapsed().as_secs_f64());
    println!("\n{per_suite}\n{cargo_line}\n{plain}");
    result
}

/// The steps in order; stops at the first that fails. `passed` names the steps done, `tally` what each test
/// suite that ran reported.
fn steps(quick: bool, passed: &mut Vec<&'static str>, tally: &mut Vec<Suite>) -> Result<(), String> {
    setup::setup()?;
    let mut step = |name: &'static str, result: Result<(), String>| -> Result<(), String> {
        disk_note();
        result.map(|()| passed.push(name)).map_err(|e| format!("{e}\nsteps passed before it: {}", passed.join(", ")))
    };
    step("fmt", cmd::run("cargo fmt --check", &mut cargo(&["fmt", "--all", "--check"])))?;
    step("source check", crate::sources::check())?;
    step(
        "clippy",
        cmd::run("cargo clippy", &mut cargo(&["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])),
    )?;
    step(
        "clippy wasm",
        cmd::run(
            "cargo clippy (wasm32, the SPA with its test-only fault hooks, and its browser tests)",
            &mut cargo(&[
                "clippy",
                "-p",
                "fleksvej",
                "--target",
                "wasm32-unknown-unknown",
                "--all-targets",
                "--features",
                "fault-hooks",
                "--",
                "-D",
                "warnings",
            ]),
        ),
    )?;
    step("cargo deny", crate::deny::check())?;
    let (native, out) = cmd::run_captured("cargo test --workspace", &mut cargo(&["test", "--workspace"]));
    tally.push(Suite::read("native", Format::Cargo, &out));
    step("native tests", native)?;
    if !quick {
        let (browser, out) = cmd::run_captured(
            "wasm-bindgen-test in headless Chromium",
            &mut cargo(&["test", "-p", "fleksvej", "--target", "wasm32-unknown-unknown"]),
        );
        tally.push(Suite::read("browser", Format::Cargo, &out));
        step("browser tests", browser)?;
    }
    step("release build", run::build_release())?;
    step("no fault hooks in dist", no_fault_hooks(&root().join("dist")))?;
    step("byte ceiling", crate::bench::sizes::enforce())?;
    if !quick {
        // The e2e tests need the test-only fault triggers (feature `fault-hooks`), which must never be in the
        // bundle that ships or that the byte ceiling measures: a second build, into its own folder.
        let e2e_dist = root().join(E2E_DIST);
        step(
            "e2e build",
            run::build_release_with(&["--features", "fault-hooks", "--dist", &e2e_dist.display().to_string()]),
        )?;
        step("e2e + schemathesis", against_server(&e2e_dist, tally))?;
    }
    Ok(())
}

/// The production bundle must not have the test-only fault triggers (feature `fault-hooks`): no wasm in `dist`
/// may hold the trigger's event name.
fn no_fault_hooks(dist: &Path) -> Result<(), String> {
    let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    for path in entries.flatten().map(|e| e.path()) {
        if path.extension().is_some_and(|x| x == "wasm") {
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            if holds_fault_hooks(&bytes) {
                return Err(format!("{} has the test-only fault triggers (feature fault-hooks)", path.display()));
            }
        }
    }
    Ok(())
}

/// True when `wasm` has the fault triggers compiled in (the name of the event in src/fault_hooks.rs).
fn holds_fault_hooks(wasm: &[u8]) -> bool {
    const PANIC_EVENT: &[u8] = b"app-test-panic";
    wasm.windows(PANIC_EVENT.len()).any(|w| w == PANIC_EVENT)
}

/// Where `cargo xtask test` puts the e2e build (with the fault triggers), apart from `dist/`.
const E2E_DIST: &str = "target/dist-e2e";

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

/// Starts the backend on a free port with a fresh database, serving `dist`, then runs Playwright and
/// schemathesis against it. Uses the backend binary `cargo test --workspace` just built (a separate `cargo
/// build -p` would rebuild it with other feature unification, for nothing).
fn against_server(dist: &Path, tally: &mut Vec<Suite>) -> Result<(), String> {
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
        dist: Some(dist),
    })?;
    let base = format!("http://127.0.0.1:{}", srv.port);
    let (e2e, out) = cmd::run_captured(
        "Playwright e2e with axe",
        command("npx", &["--no-install", "playwright", "test", "-c", "tests/e2e/playwright.config.js"])
            .env("BASE_URL", &base)
            .env("ADMIN_TOKEN", &token)
            // The served build, so the update test can put a "new version" of sw.js there (and restore it).
            .env("DIST_DIR", dist)
            .env("CHROMIUM_FLAGS", tools::CHROMIUM_FLAGS)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    );
    tally.push(Suite::read("e2e", Format::Playwright, &out));
    e2e?;
    let (st, out) = cmd::run_captured(
        "schemathesis against the committed OpenAPI document",
        command("python3", &["tests/schemathesis/run.py"]).env("BASE_URL", &base),
    );
    tally.push(Suite::read("schemathesis", Format::Schemathesis, &out));
    st
}

/// How a suite's runner prints its counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// libtest and wasm-bindgen-test: `test result: ok. 12 passed; 0 failed; 1 ignored; …`, once per binary.
    Cargo,
    /// Playwright's list reporter: `  89 passed (5.1m)`, `  3 skipped`, `  2 failed`, … at the end.
    Playwright,
    /// schemathesis: `  4772 generated, 4772 passed` (or `…, 3 found 2 unique failures, 5 skipped`).
    Schemathesis,
}

/// What one suite reported.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Suite {
    name: &'static str,
    format: Format,
    passed: u64,
    failed: u64,
    /// Ignored (cargo) or skipped (Playwright, schemathesis).
    skipped: u64,
}

impl Suite {
    /// Reads the counts from everything the suite printed on stdout.
    fn read(name: &'static str, format: Format, output: &str) -> Suite {
        let mut s = Suite { name, format, passed: 0, failed: 0, skipped: 0 };
        let mut flaky = 0;
        for line in output.lines().map(plain) {
            match format {
                Format::Cargo => {
                    // "test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in …"
                    let Some(rest) = line.strip_prefix("test result: ") else { continue };
                    let Some((_, counts)) = rest.split_once(". ") else { continue };
                    for part in counts.split(';') {
                        match number_and_word(part.trim()) {
                            Some((n, "passed")) => s.passed += n,
                            Some((n, "failed")) => s.failed += n,
                            Some((n, "ignored")) => s.skipped += n,
                            _ => {}
                        }
                    }
                }
                Format::Playwright => {
                    // Only the summary lines: two spaces, a number, a word, maybe "(5.1m)". The last one counts.
                    let Some(rest) = line.strip_prefix("  ").filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                    else {
                        continue;
                    };
                    let rest = rest.split_once(" (").map_or(rest, |(head, _)| head).trim_end();
                    match number_and_word(rest) {
                        Some((n, "passed")) => s.passed = n,
                        // Passed on a retry (the config has none today).
                        Some((n, "flaky")) => flaky = n,
                        Some((n, "failed" | "interrupted")) => s.failed = n,
                        Some((n, "skipped" | "did not run")) => s.skipped = n,
                        _ => {}
                    }
                }
                Format::Schemathesis => {
                    // "4772 generated, 4772 passed", "10 generated, 3 found 2 unique failures, 1 skipped",
                    // "7 generated, 7 skipped". The last summary counts.
                    let line = line.trim();
                    let mut parts = line.split(", ");
                    let Some((generated, "generated")) = parts.next().and_then(number_and_word) else { continue };
                    let (mut passed, mut failed, mut skipped) = (None, 0, 0);
                    for part in parts {
                        match number_and_word(part) {
                            Some((n, "passed")) => passed = Some(n),
                            Some((n, "skipped")) => skipped = n,
                            Some((n, w)) if w.starts_with("found ") => failed = n,
                            _ => {}
                        }
                    }
                    s.failed = failed;
                    s.skipped = skipped;
                    s.passed = passed.unwrap_or_else(|| generated.saturating_sub(failed + skipped));
                }
            }
        }
        s.passed += flaky;
        s
    }

    /// "native 412 passed 0 failed 2 ignored", "e2e 89 passed 3 skipped", "schemathesis 4772 cases passed".
    fn line(&self) -> String {
        let unit = if self.format == Format::Schemathesis { " cases" } else { "" };
        let mut out = format!("{} {}{unit} passed", self.name, self.passed);
        if self.failed > 0 || self.format == Format::Cargo {
            out.push_str(&format!(" {} failed", self.failed));
        }
        let skipped = if self.format == Format::Cargo { "ignored" } else { "skipped" };
        if self.skipped > 0 || self.format == Format::Cargo {
            out.push_str(&format!(" {} {skipped}", self.skipped));
        }
        out
    }
}

/// "12 passed" → (12, "passed"); "3 found 2 unique failures" → (3, "found 2 unique failures").
fn number_and_word(s: &str) -> Option<(u64, &str)> {
    let (n, word) = s.split_once(' ')?;
    Some((n.parse().ok()?, word.trim()))
}

/// The line without terminal colours (a runner may colour even when its output is not a terminal).
fn plain(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ parameters final-byte (@ to ~).
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
        } else if c != '\r' {
            out.push(c);
        }
    }
    out
}

/// The closing lines: per suite; libtest's own line in full with the sums (ignored and skipped together); and
/// last the plain `N passed, N failed, N skipped` line that CI reads in any language. `ok` is whether every step
/// passed, `secs` how long the run took.
fn report(tally: &[Suite], ok: bool, secs: f64) -> [String; 3] {
    let suites: Vec<String> = tally.iter().map(Suite::line).collect();
    let per_suite = format!("tests run: {}", if suites.is_empty() { "none".to_owned() } else { suites.join("; ") });
    let (passed, failed, skipped) =
        tally.iter().fold((0, 0, 0), |(p, f, s), t| (p + t.passed, f + t.failed, s + t.skipped));
    // A run that passed without a single counted test is not ok either: its tests did not run, or their
    // output could no longer be read.
    let verdict = if ok && failed == 0 && passed > 0 { "ok" } else { "FAILED" };
    // A failed step that counted no failed test still makes the run a failure for whoever reads the counts.
    let failed_shown = if verdict == "ok" { failed } else { failed.max(1) };
    [
        per_suite,
        format!(
            "test result: {verdict}. {passed} passed; {failed_shown} failed; {skipped} ignored; 0 measured; \
             0 filtered out; finished in {secs:.2}s"
        ),
        format!("xtask: {passed} passed, {failed_shown} failed, {skipped} skipped"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    const CARGO: &str = "\
running 12 tests
test domain::cv::tests::a ... ok
test domain::cv::tests::b ... ignored

test result: ok. 11 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.02s

     Running tests/api.rs (target/debug/deps/api-0123)
test result: ok. 40 passed; 0 failed; 1 ignored; 0 measured; 2 filtered out; finished in 3.10s
   Doc-tests contract
test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
";

    #[test]
    fn cargo_results_are_summed_over_every_binary() {
        let s = Suite::read("native", Format::Cargo, CARGO);
        assert_eq!((s.passed, s.failed, s.skipped), (51, 0, 2));
        assert_eq!(s.line(), "native 51 passed 0 failed 2 ignored");
    }

    #[test]
    fn a_failed_cargo_binary_counts_its_failures_and_colours_are_ignored() {
        let out = "test result: \u{1b}[31mFAILED\u{1b}[0m. 9 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out\r\n\
                   test result: ok. 37 passed; 0 failed; 0 ignored; 0 filtered out; finished in 4.2s\n";
        let s = Suite::read("browser", Format::Cargo, out);
        assert_eq!((s.passed, s.failed, s.skipped), (46, 2, 0));
    }

    #[test]
    fn playwright_reads_the_list_reporters_summary_only() {
        let out = "\
Running 94 tests using 1 worker

  \u{2713}   1 [phone] \u{203a} cv.spec.js:12:1 \u{203a} 3 passed in a name (3.2s)
  -   2 [desktop] \u{203a} plan.spec.js:20:1 \u{203a} skipped one
  \u{2718}   3 [desktop] \u{203a} plan.spec.js:30:1 \u{203a} broken (2.0s)

  1) [desktop] \u{203a} plan.spec.js:30:1 \u{203a} broken
    Error: expect(received).toBe(expected)

  2 failed
    [desktop] \u{203a} plan.spec.js:30:1 \u{203a} broken
  3 skipped
  1 flaky
  \u{1b}[32m89 passed\u{1b}[39m\u{1b}[2m (5.1m)\u{1b}[22m
";
        let s = Suite::read("e2e", Format::Playwright, out);
        assert_eq!((s.passed, s.failed, s.skipped), (90, 2, 3));
        assert_eq!(s.line(), "e2e 90 passed 2 failed 3 skipped");
        let ok = Suite::read("e2e", Format::Playwright, "  89 passed (5.1m)\n  3 skipped\n");
        assert_eq!(ok.line(), "e2e 89 passed 3 skipped");
    }

    #[test]
    fn schemathesis_reads_generated_passed_failed_and_skipped_cases() {
        let ok = Suite::read("schemathesis", Format::Schemathesis, "Test cases:\n  4772 generated, 4772 passed\n\n");
        assert_eq!(ok.line(), "schemathesis 4772 cases passed");
        let bad = Suite::read(
            "schemathesis",
            Format::Schemathesis,
            "Test cases:\n  \u{1b}[1m100\u{1b}[0m generated, \u{1b}[1m3\u{1b}[0m found \u{1b}[1m2\u{1b}[0m unique failures, 5 skipped\n",
        );
        assert_eq!((bad.passed, bad.failed, bad.skipped), (92, 3, 5));
        let none = Suite::read("schemathesis", Format::Schemathesis, "  7 generated, 7 skipped\n");
        assert_eq!((none.passed, none.failed, none.skipped), (0, 0, 7));
    }

    #[test]
    fn the_report_sums_every_suite_in_cargos_format() {
        let tally = [
            Suite { name: "native", format: Format::Cargo, passed: 412, failed: 0, skipped: 2 },
            Suite { name: "browser", format: Format::Cargo, passed: 37, failed: 0, skipped: 0 },
            Suite { name: "e2e", format: Format::Playwright, passed: 89, failed: 0, skipped: 3 },
            Suite { name: "schemathesis", format: Format::Schemathesis, passed: 4772, failed: 0, skipped: 0 },
        ];
        let [per_suite, total, plain] = report(&tally, true, 1234.5);
        assert_eq!(
            per_suite,
            "tests run: native 412 passed 0 failed 2 ignored; browser 37 passed 0 failed 0 ignored; \
             e2e 89 passed 3 skipped; schemathesis 4772 cases passed"
        );
        assert_eq!(
            total,
            "test result: ok. 5310 passed; 0 failed; 5 ignored; 0 measured; 0 filtered out; finished in 1234.50s"
        );
        // Last, alone on its line: the plain form CI reads whatever the runner.
        assert_eq!(plain, "xtask: 5310 passed, 0 failed, 5 skipped");
        // A step that failed without a failed test (clippy, say) still shows as a failure.
        let [_, total, plain] = report(&tally[..1], false, 2.0);
        assert!(total.starts_with("test result: FAILED. 412 passed; 1 failed; 2 ignored; 0 measured;"), "{total}");
        assert_eq!(plain, "xtask: 412 passed, 1 failed, 2 skipped");
    }

    #[test]
    fn the_fault_hooks_are_found_by_their_event_name() {
        assert!(holds_fault_hooks(b"\0asm...app-test-panic..."));
        assert!(!holds_fault_hooks(b"\0asm...app-panic..."));
    }

    #[test]
    fn a_run_that_stopped_before_any_tests_says_so() {
        let [per_suite, _, plain] = report(&[], false, 0.0);
        assert_eq!((per_suite.as_str(), plain.as_str()), ("tests run: none", "xtask: 0 passed, 1 failed, 0 skipped"));
        let empty = Suite::read("native", Format::Cargo, "error[E0425]: cannot find value\n");
        assert!(report(&[empty], true, 0.0)[1].starts_with("test result: FAILED. 0 passed; 1 failed; 0 ignored;"));
    }
}
