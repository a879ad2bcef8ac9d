//! `cargo xtask bench`: sizes, Lighthouse, start-up blocking time, a first visit over one slow line, interaction
//! latency and backend load, against the bare-framework
//! baseline, written to `target/bench/report.md` and `report.json`. Noisy figures stay here; `cargo xtask
//! test` enforces only the byte ceiling (`sizes::enforce`).

mod baseline;
mod load;
mod report;
pub mod sizes;

use crate::cmd::{self, command, root};
use crate::{run, server, setup};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::sync::Arc;

/// The demo borger the bench logs in as (Hanne: in fleksjob, with a plan, weeks and a CV to fill).
const HANNE: &str = "00000000-0000-4000-8000-000000000003";
/// The routes Lighthouse visits.
const ROUTES: [&str; 6] = ["/", "/mit-cv", "/mine-jobmaal", "/min-plan", "/min-udvikling", "/tilgaengelighed"];

/// Runs the bench.
pub fn bench(args: &[String]) -> Result<(), String> {
    let quick = args.iter().any(|a| a == "--quick");
    let fuzz_secs = crate::fuzz::secs_option(args, 60)?;
    setup::setup()?;
    run::build_release()?;
    let out = root().join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let assets = sizes::measure()?;
    cmd::run("release reference backend", &mut command("cargo", &["build", "--release", "-p", "reference-backend"]))?;
    let binary = root().join("target/release/reference-backend");
    let data = out.join("data");
    let _ = std::fs::remove_dir_all(&data);
    let port = server::free_port()?;
    let srv =
        server::start(&server::Options { binary: &binary, port, data_dir: &data, admin_token: None, dist: None })?;
    let cookie = login(port)?;
    let base = format!("http://127.0.0.1:{port}");
    let routes: Vec<&str> = if quick { vec!["/"] } else { ROUTES.to_vec() };
    let lighthouse = lighthouse(&base, &cookie, &out, &routes)?;
    let interactions = node(&["xtask/bench/interactions.mjs", &base])?;
    let mut startup_args = vec!["xtask/bench/startup.mjs", base.as_str()];
    startup_args.extend(routes.iter().copied());
    let startup = node(&startup_args)?;
    let port_arg = port.to_string();
    let mut first_visit_args = vec!["xtask/bench/firstvisit.mjs", port_arg.as_str()];
    first_visit_args.extend(routes.iter().copied());
    let first_visit = node(&first_visit_args)?;
    let secs = if quick { 5 } else { 30 };
    let reads = |path: &'static str| -> Arc<dyn Fn(usize, usize) -> load::Req + Send + Sync> {
        Arc::new(move |_, _| load::Req { method: "GET", path: path.into(), body: None })
    };
    let mix: Arc<dyn Fn(usize, usize) -> load::Req + Send + Sync> = Arc::new(|_, n| {
        if n % 5 == 4 {
            let body = format!("{{\"item_ids\":[\"{}\"]}}", plan_item(n));
            load::Req { method: "PUT", path: "/api/v1/plan/seen".into(), body: Some(body) }
        } else {
            load::Req { method: "GET", path: "/api/v1/plan".into(), body: None }
        }
    });
    let load = vec![
        ("GET /api/v1/cv", load::run(port, &cookie, 100, secs, reads("/api/v1/cv"))),
        ("GET /api/v1/plan", load::run(port, &cookie, 100, secs, reads("/api/v1/plan"))),
        ("80/20 plan read / seen write", load::run(port, &cookie, 100, secs, mix)),
    ];
    drop(srv);
    let baseline = if quick { None } else { baseline::measure(&binary, &out)? };
    // Last, so the fuzzer's full CPU does not disturb the timings above; a build failure is a FAIL line.
    let fuzz = (fuzz_secs > 0).then(|| (fuzz_secs, crate::fuzz::smoke(fuzz_secs)));
    let r = report::Report { assets, lighthouse, startup, first_visit, interactions, load, baseline, fuzz };
    std::fs::write(out.join("report.md"), r.markdown()).map_err(|e| e.to_string())?;
    std::fs::write(out.join("report.json"), r.json()).map_err(|e| e.to_string())?;
    println!("{}", r.markdown());
    println!("written: target/bench/report.md, target/bench/report.json");
    Ok(())
}

/// One of Hanne's aftaler (ids 1–4), so the write touches a real read marker.
fn plan_item(n: usize) -> String {
    format!("00000000-0000-4000-8000-{:08x}0003", n % 4 + 1)
}

/// Logs in as the demo borger and returns the `Cookie` value.
fn login(port: u16) -> Result<String, String> {
    let body = format!("{{\"borger_id\":\"{HANNE}\"}}");
    let req = format!(
        "POST /dev/login HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nx-fleks-client: 1\r\nOrigin: http://127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let mut s = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    s.write_all(req.as_bytes()).map_err(|e| e.to_string())?;
    let mut answer = String::new();
    s.read_to_string(&mut answer).map_err(|e| e.to_string())?;
    answer
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .starts_with("set-cookie:")
                .then(|| l[11..].trim().split(';').next().unwrap_or("").to_owned())
        })
        .ok_or_else(|| format!("demo login gave no cookie: {}", answer.lines().next().unwrap_or("")))
}

/// Lighthouse lines per route (see `xtask/bench/lighthouse.mjs`).
pub fn lighthouse(base: &str, cookie: &str, out: &Path, routes: &[&str]) -> Result<String, String> {
    let mut args =
        vec!["xtask/bench/lighthouse.mjs".to_owned(), base.to_owned(), cookie.to_owned(), out.display().to_string()];
    args.extend(routes.iter().map(|r| (*r).to_owned()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    node(&refs)
}

fn node(args: &[&str]) -> Result<String, String> {
    let o = command("node", args).output().map_err(|e| format!("node: {e}"))?;
    if !o.status.success() {
        return Err(format!("node {} failed: {}", args[0], String::from_utf8_lossy(&o.stderr)));
    }
    Ok(String::from_utf8_lossy(&o.stdout).trim().to_owned())
}
