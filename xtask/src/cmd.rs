//! Running commands: print what runs, time each step, and fail with a clear message.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// The repository root (xtask lives one level below it).
pub fn root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(Path::to_path_buf).unwrap_or(here)
}

/// PATH with the project's local tools first: the wasm-bindgen shim that splits the wasm (tools/split), npm's
/// wasm-opt and friends, the schemathesis venv.
pub fn tool_path() -> String {
    let root = root();
    let mut parts = vec![
        root.join("tools/split").display().to_string(),
        root.join("node_modules/.bin").display().to_string(),
        root.join("target/tools/venv/bin").display().to_string(),
    ];
    if let Some(home) = std::env::var_os("HOME") {
        parts.push(Path::new(&home).join(".cargo/bin").display().to_string());
    }
    parts.push(std::env::var("PATH").unwrap_or_default());
    parts.join(":")
}

/// A command that runs in the repository root with the local tools on PATH and readable errors.
pub fn command(program: &str, args: &[&str]) -> Command {
    let mut c = Command::new(program);
    c.args(args).current_dir(root()).env("PATH", tool_path()).env("RUST_BACKTRACE", "0");
    c
}

/// Runs `c`, printing it first and its duration after; an unsuccessful exit is an error.
pub fn run(title: &str, c: &mut Command) -> Result<(), String> {
    println!("\n==> {title}");
    let started = Instant::now();
    let status = c.status().map_err(|e| format!("{title}: could not start: {e}"))?;
    println!("    {title}: {} in {}", if status.success() { "ok" } else { "FAILED" }, elapsed(started));
    if status.success() { Ok(()) } else { Err(format!("{title} failed ({status})")) }
}

/// Like [`run`], but also hands back what the command printed on stdout (for the test tally), while every line
/// is still shown as it comes. stderr is not read: it goes to the terminal as before.
pub fn run_captured(title: &str, c: &mut Command) -> (Result<(), String>, String) {
    println!("\n==> {title}");
    let started = Instant::now();
    let mut child = match c.stdout(Stdio::piped()).spawn() {
        Ok(child) => child,
        Err(e) => return (Err(format!("{title}: could not start: {e}")), String::new()),
    };
    let mut seen = Vec::new();
    if let Some(out) = child.stdout.take() {
        let mut out = BufReader::new(out);
        let mut line = Vec::new();
        while out.read_until(b'\n', &mut line).is_ok_and(|n| n > 0) {
            print!("{}", String::from_utf8_lossy(&line));
            let _ = std::io::stdout().flush();
            seen.extend_from_slice(&line);
            line.clear();
        }
    }
    let seen = String::from_utf8_lossy(&seen).into_owned();
    let status = match child.wait() {
        Ok(status) => status,
        Err(e) => return (Err(format!("{title}: {e}")), seen),
    };
    println!("    {title}: {} in {}", if status.success() { "ok" } else { "FAILED" }, elapsed(started));
    (if status.success() { Ok(()) } else { Err(format!("{title} failed ({status})")) }, seen)
}

/// What a command prints, or None when it cannot run.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = command(program, args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// "1 m 23 s" or "4.2 s".
pub fn elapsed(since: Instant) -> String {
    let s = since.elapsed().as_secs_f64();
    if s >= 60.0 { format!("{} m {:02} s", (s / 60.0) as u64, (s % 60.0) as u64) } else { format!("{s:.1} s") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_captured_command_hands_back_its_stdout_and_still_fails_when_it_fails() {
        let (ok, out) = run_captured("printf", Command::new("sh").args(["-c", "printf 'a\\nb'"]));
        assert_eq!((ok, out.as_str()), (Ok(()), "a\nb"));
        let (failed, out) = run_captured("exit 3", Command::new("sh").args(["-c", "echo 'half done'; exit 3"]));
        assert!(failed.is_err());
        assert_eq!(out, "half done\n");
    }
}
