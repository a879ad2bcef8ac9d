//! `cargo xtask fuzz [--secs N]`: a libFuzzer smoke of every target in `fuzz/` (also part of `cargo xtask
//! bench`). cargo-fuzz needs nightly `-Z` flags; `RUSTC_BOOTSTRAP=1` lets the stable toolchain take them.
//! Corpora and crash artefacts go to `target/fuzz/`; the build to `target/fuzz/build`.

use crate::cmd::{self, command, root};
use crate::{setup, tools};
use std::path::Path;

/// Each target and its seed directories (read-only; libFuzzer adds what it finds to `target/fuzz/corpus/`).
const TARGETS: [(&str, &[&str]); 3] = [
    ("decode", &["crates/contract/fixtures"]),
    ("app_readers", &["crates/contract/fixtures", "fuzz/seeds/app_readers"]),
    ("jsonresume_import", &["fuzz/seeds/jsonresume"]),
];

/// One target's smoke.
pub struct Run {
    /// The fuzz target.
    pub target: &'static str,
    /// Inputs executed.
    pub runs: u64,
    /// Crash, leak, timeout or out-of-memory artefacts (0 to pass).
    pub crashes: usize,
    /// Where the log is, or why it did not run.
    pub note: String,
}

impl Run {
    /// PASS when it ran and found nothing.
    pub fn passed(&self) -> bool {
        self.crashes == 0 && self.runs > 0
    }
}

/// The command: `cargo xtask fuzz [--secs N]`; fails when any target crashed.
pub fn fuzz(args: &[String]) -> Result<(), String> {
    let secs = secs_option(args, 60)?;
    let runs = smoke(secs)?;
    println!("\n{}", table(&runs, secs));
    match runs.iter().filter(|r| !r.passed()).count() {
        0 => Ok(()),
        n => Err(format!("{n} fuzz target(s) failed; crash inputs are in target/fuzz/artifacts/")),
    }
}

/// Reads `--secs N` / `--fuzz-secs N` from `args`, else `default`.
pub fn secs_option(args: &[String], default: u64) -> Result<u64, String> {
    match args.iter().position(|a| a == "--secs" || a == "--fuzz-secs") {
        None => Ok(default),
        Some(i) => {
            args.get(i + 1).and_then(|v| v.parse().ok()).ok_or_else(|| format!("{} needs a number of seconds", args[i]))
        }
    }
}

/// Builds the targets and runs each for `secs` seconds.
pub fn smoke(secs: u64) -> Result<Vec<Run>, String> {
    setup::cargo_tool("cargo-fuzz", tools::CARGO_FUZZ, "about 1 minute")?;
    cmd::run("cargo fuzz build (ASan, debug assertions)", &mut cargo_fuzz("build", &[]))?;
    TARGETS.iter().map(|(target, seeds)| one(target, seeds, secs)).collect()
}

/// `cargo fuzz <sub> …` with the same build flags for build and run (else run would rebuild): debug
/// assertions (overflow checks) on, AddressSanitizer (cargo-fuzz's default).
fn cargo_fuzz(sub: &str, args: &[&str]) -> std::process::Command {
    let mut all = vec!["fuzz", sub, "--fuzz-dir", "fuzz", "--target-dir", "target/fuzz/build", "--debug-assertions"];
    all.extend_from_slice(args);
    let mut c = command("cargo", &all);
    c.env("RUSTC_BOOTSTRAP", "1");
    c
}

fn one(target: &'static str, seeds: &[&str], secs: u64) -> Result<Run, String> {
    let dir = root().join("target/fuzz");
    let corpus = dir.join("corpus").join(target);
    let artifacts = dir.join("artifacts").join(target);
    let _ = std::fs::remove_dir_all(&artifacts);
    for d in [&corpus, &artifacts] {
        std::fs::create_dir_all(d).map_err(|e| format!("creating {}: {e}", d.display()))?;
    }
    let (corpus_arg, dict) = (corpus.display().to_string(), root().join("fuzz/json.dict").display().to_string());
    let mut args = vec![target, &corpus_arg];
    args.extend_from_slice(seeds);
    let options = [
        format!("-max_total_time={secs}"),
        format!("-dict={dict}"),
        format!("-artifact_prefix={}/", artifacts.display()),
        "-print_final_stats=1".to_owned(),
    ];
    args.push("--");
    args.extend(options.iter().map(String::as_str));
    println!("\n==> fuzz {target} for {secs} s");
    let out = cargo_fuzz("run", &args).output().map_err(|e| format!("cargo fuzz run {target}: {e}"))?;
    let log = dir.join(format!("{target}.log"));
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    std::fs::write(&log, &text).map_err(|e| format!("writing {}: {e}", log.display()))?;
    let runs = executed(&text);
    let found = count_files(&artifacts);
    let crashes = if out.status.success() { found } else { found.max(1) };
    println!("    {target}: {runs} runs, {crashes} crashes (log: target/fuzz/{target}.log)");
    if !out.status.success() {
        let tail: Vec<&str> = text.lines().rev().take(25).collect();
        eprintln!("{}", tail.into_iter().rev().collect::<Vec<_>>().join("\n"));
    }
    Ok(Run { target, runs, crashes, note: format!("target/fuzz/{target}.log") })
}

/// libFuzzer's `stat::number_of_executed_units: N` (or the `Done N runs` line).
fn executed(log: &str) -> u64 {
    let stat = log.lines().find_map(|l| l.strip_prefix("stat::number_of_executed_units:"));
    let done = || log.lines().find_map(|l| l.strip_prefix("Done ")?.split_whitespace().next());
    stat.or_else(done).and_then(|n| n.trim().parse().ok()).unwrap_or(0)
}

fn count_files(dir: &Path) -> usize {
    std::fs::read_dir(dir).map(|d| d.filter_map(Result::ok).filter(|e| e.path().is_file()).count()).unwrap_or(0)
}

/// The Markdown table (also the bench report's fuzz section).
pub fn table(runs: &[Run], secs: u64) -> String {
    let mut m = format!(
        "## Fuzzing (libFuzzer + ASan, {secs} s per target; 0 crashes)\n\n| target | runs | crashes | verdict | log |\n|---|---:|---:|---|---|\n"
    );
    for r in runs {
        let verdict = if r.passed() { "PASS" } else { "FAIL" };
        m.push_str(&format!("| {} | {} | {} | {verdict} | {} |\n", r.target, r.runs, r.crashes, r.note));
    }
    m
}

/// The runs as a JSON array (the bench report's `fuzz`).
pub fn json(runs: &[Run], secs: u64) -> String {
    let rows: Vec<String> = runs
        .iter()
        .map(|r| {
            format!(
                "{{\"target\":\"{}\",\"secs\":{secs},\"runs\":{},\"crashes\":{},\"pass\":{}}}",
                r.target,
                r.runs,
                r.crashes,
                r.passed()
            )
        })
        .collect();
    format!("[{}]", rows.join(","))
}

#[cfg(test)]
mod tests {
    use super::{Run, executed, json, table};

    #[test]
    fn a_crash_or_no_runs_is_a_fail_line() {
        let run = |target, runs, crashes| Run { target, runs, crashes, note: String::new() };
        let runs = [run("a", 10, 0), run("b", 10, 2), run("c", 0, 0)];
        let t = table(&runs, 60);
        assert!(t.contains("| a | 10 | 0 | PASS |") && t.contains("| b | 10 | 2 | FAIL |"), "{t}");
        assert!(t.contains("| c | 0 | 0 | FAIL |"), "{t}");
        assert!(json(&runs, 60).starts_with(r#"[{"target":"a","secs":60,"runs":10,"crashes":0,"pass":true}"#));
    }

    #[test]
    fn executed_units_are_read_from_libfuzzer_output() {
        assert_eq!(executed("#2 INITED\nDone 1234 runs in 60 second(s)\nstat::number_of_executed_units: 1240\n"), 1240);
        assert_eq!(executed("Done 77 runs in 1 second(s)\n"), 77);
        assert_eq!(executed("==1==ERROR: AddressSanitizer"), 0);
    }
}
