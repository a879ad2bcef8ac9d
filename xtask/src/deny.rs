//! `cargo deny check` (advisories, bans, licences, sources; policy in `deny.toml`) without the network, for the
//! workspace and for `fuzz/`: the advisories come from the RustSec snapshot beside the clone
//! (`../shared/advisory-db`, read-only, not a git repository). `--offline` also stops the database fetch (the
//! `--disable-fetch` of older cargo-deny). cargo-deny opens its databases as git checkouts under `db-path`, so
//! each run copies the snapshot to `target/advisory-dbs/` and commits it there, dated with the snapshot's own
//! date so that `maximum-db-staleness` measures the snapshot's real age.

use crate::cmd::{self, command, root};
use crate::tools;
use std::path::Path;

/// Where cargo-deny looks for the database of `db-urls` in deny.toml: `<db-path>/<last url segment>-<xxhash64
/// of the url>` (cargo-deny's `url_to_db_path`). If deny.toml's url changes, cargo-deny's error names the new one.
const DB_DIR: &str = "target/advisory-dbs/advisory-db-3157b0e258782691";

/// Runs the check; fails with the reason when the snapshot is missing or a rule is broken.
pub fn check() -> Result<(), String> {
    crate::setup::deny_tool()?;
    let snapshot = root().join(tools::ADVISORY_DB);
    let stamp = std::fs::read_to_string(snapshot.join("SNAPSHOT.txt")).map_err(|e| {
        format!(
            "the RustSec advisory-db snapshot is missing ({}: {e}); CI and developers have it in ../shared \
             beside the clone",
            snapshot.display()
        )
    })?;
    let date = stamp
        .split(['(', ')'])
        .nth(1)
        .filter(|d| d.len() == 10)
        .ok_or_else(|| format!("no (YYYY-MM-DD) date in {}/SNAPSHOT.txt: {stamp}", snapshot.display()))?;
    let db = root().join(DB_DIR);
    let copied = std::fs::read_to_string(db.join("SNAPSHOT.txt")).is_ok_and(|s| s == stamp);
    if !copied || !db.join(".git").is_dir() {
        copy(&snapshot, &db, date)?;
    }
    println!("    advisories: {}", stamp.trim());
    // cargo-deny reads the manifests of crates for every platform (it filters only with a single target), and
    // builds fetch only this machine's and wasm's: download the rest first, so the offline check finds them.
    // The fuzz workspace has its own lock file; the same policy (deny.toml is found upwards) applies to it.
    // Cargo.lock must be current (--locked); fuzz/Cargo.lock follows the app's dependencies, so a dependency
    // added to the app updates it here (commit the change) instead of failing the step.
    // The bench baseline (a bare Leptos app, its own lock file) is built on this machine too, so it is checked.
    let all = [
        ("the workspace", "Cargo.toml", true),
        ("fuzz/", "fuzz/Cargo.toml", false),
        ("the bench baseline", "xtask/bench-baseline/Cargo.toml", true),
    ];
    for (what, manifest, locked) in all {
        let mut fetch = vec!["fetch", "--manifest-path", manifest];
        let mut deny = vec!["deny", "--offline", "--manifest-path", manifest];
        if locked {
            fetch.push("--locked");
            deny.push("--locked");
        }
        deny.push("check");
        cmd::run(
            &format!("cargo {} (sources the licence check reads)", fetch.join(" ")),
            &mut command("cargo", &fetch),
        )?;
        cmd::run(
            &format!("cargo deny check, {what} (advisories, bans, licences, sources; offline)"),
            &mut command("cargo", &deny),
        )?;
    }
    Ok(())
}

/// Copies the snapshot to `db` and makes it a one-commit git repository dated `date`.
fn copy(snapshot: &Path, db: &Path, date: &str) -> Result<(), String> {
    if db.exists() {
        std::fs::remove_dir_all(db).map_err(|e| format!("removing the old copy {}: {e}", db.display()))?;
    }
    let parent = db.parent().ok_or("the advisory db path has no parent")?;
    std::fs::create_dir_all(parent).map_err(|e| format!("creating {}: {e}", parent.display()))?;
    let (from, to) = (snapshot.display().to_string(), db.display().to_string());
    // The snapshot has no write bits; the copy needs them for .git and for the next run's removal.
    quiet("cp", &["-R", "--no-preserve=mode,ownership", &from, &to], parent)?;
    let when = format!("{date}T00:00:00Z");
    for args in [
        &["init", "-q", "-b", "main"][..],
        &["add", "-A"],
        &["-c", "user.name=xtask", "-c", "user.email=xtask@localhost", "commit", "-q", "--no-gpg-sign", "-m", &from],
    ] {
        let mut c = command("git", args);
        c.current_dir(db).env("GIT_AUTHOR_DATE", &when).env("GIT_COMMITTER_DATE", &when);
        let out = c.output().map_err(|e| format!("git: {e}"))?;
        if !out.status.success() {
            return Err(format!("git {} in {to}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr)));
        }
    }
    // cargo-deny takes the newer of HEAD's commit time and the HEAD file's mtime: date both.
    quiet("touch", &["-d", &when, ".git/HEAD"], db)
}

fn quiet(program: &str, args: &[&str], dir: &Path) -> Result<(), String> {
    let out = command(program, args).current_dir(dir).output().map_err(|e| format!("{program}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{program} {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr)))
    }
}
