//! The bench report: Markdown for people, JSON for tools, PASS/FAIL per budget line.

use super::baseline::Baseline;
use super::load::Stats;
use super::sizes::{self, Asset};
use crate::fuzz::{self, Run};

/// Everything measured.
pub struct Report {
    /// Assets in dist/.
    pub assets: Vec<Asset>,
    /// Lighthouse lines (route perf acc bp fcp lcp tbt cls ready).
    pub lighthouse: String,
    /// Start-up blocking lines per route from `startup.mjs` (route blocking longest blocking-with-debugger).
    pub startup: String,
    /// First-visit lines per route from `firstvisit.mjs` (route fcp app-ready data-drawn service-worker-ready).
    pub first_visit: String,
    /// Interaction JSON from `interactions.mjs`.
    pub interactions: String,
    /// Load runs.
    pub load: Vec<(&'static str, Stats)>,
    /// The bare-framework baseline, if it could be built.
    pub baseline: Option<Baseline>,
    /// The fuzz smoke: seconds per target and the runs, or why it could not run (None: skipped).
    pub fuzz: Option<(u64, Result<Vec<Run>, String>)>,
}

fn verdict(ok: bool) -> &'static str {
    if ok { "PASS" } else { "FAIL" }
}

/// A number after `"key":` in a small JSON text (the interaction results).
fn number_after(json: &str, key: &str) -> Vec<f64> {
    json.split(&format!("\"{key}\":")).skip(1).filter_map(|s| s.split([',', '}']).next()?.trim().parse().ok()).collect()
}

impl Report {
    fn critical(&self) -> u64 {
        sizes::critical_brotli(&self.assets)
    }

    /// The Markdown report.
    pub fn markdown(&self) -> String {
        let mut m = String::from(
            "# Fleksvej bench\n\n## Bytes\n\n| asset | raw | gzip | brotli | first screen |\n|---|---:|---:|---:|---|\n",
        );
        for a in self.assets.iter().filter(|a| a.critical || a.raw > 20_000) {
            m.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                a.name,
                a.raw,
                a.gzip,
                a.brotli,
                if a.critical { "yes" } else { "" }
            ));
        }
        let c = self.critical();
        m.push_str(&format!(
            "\nFirst screen: **{c} B brotli** — budget {} B: {}; target {} B: {}; enforced ceiling {} B: {}\n",
            sizes::BUDGET,
            verdict(c <= sizes::BUDGET),
            sizes::TARGET,
            verdict(c <= sizes::TARGET),
            sizes::ENFORCED_CEILING,
            verdict(c <= sizes::ENFORCED_CEILING)
        ));
        m.push_str("\n## Lighthouse (mobile, median of 3; app-ready and the second LCP from one run with devtools throttling)\n\n| route | perf ≥95 | a11y =100 | best practices | FCP ms | LCP ms ≤2000 | TBT ms ≤150 | CLS ≤0.02 | app-ready ms | LCP ms, devtools |\n|---|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        for line in self.lighthouse.lines() {
            m.push_str(&lighthouse_row(line));
        }
        m.push_str("\n## Start-up blocking time on a phone (Long Tasks; CPU ×4, slow 4G, cold loads; median of 3)\n\nA complement to Lighthouse's TBT above, which stays the budget line: the same sum of long-task time over 50 ms, measured without the debugger that Lighthouse attaches, and with it.\n\n| route | blocking ms ≤150 | longest task ms | blocking ms, debugger attached |\n|---|---:|---:|---:|\n");
        for line in self.startup.lines() {
            m.push_str(&startup_row(line));
        }
        m.push_str("\n## A first visit over one slow line, service worker included (CPU ×4; median of 3)\n\nLighthouse's devtools throttling and the start-up runs above slow down the page's own requests only; the service worker's precache goes around them. Here the page, its data and the worker's install share one line (slow 4G through a proxy), as on a borger's phone. Shown, not judged: ms from the start of the navigation.\n\n| route | first paint | app ready | data drawn | service worker ready |\n|---|---:|---:|---:|---:|\n");
        for line in self.first_visit.lines() {
            m.push_str(&first_visit_row(line));
        }
        m.push_str("\n## Interactions at CPU ×4 (Event Timing; ≤ 100 ms)\n\n```\n");
        m.push_str(&self.interactions);
        let worst = number_after(&self.interactions, "max").into_iter().fold(0.0, f64::max);
        m.push_str(&format!("\n```\nWorst interaction: {worst:.0} ms — {}\n", verdict(worst <= 100.0)));
        m.push_str("\n## Reference backend on loopback (100 connections)\n\n| scenario | requests | req/s | p50 ms | p99 ms | reads p99 ms | writes p99 ms | errors | reads p99 ≤ 50 ms |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (name, s) in &self.load {
            let writes = if s.writes_p99 > 0.0 { format!("{:.1}", s.writes_p99) } else { "–".into() };
            m.push_str(&format!(
                "| {name} | {} | {:.0} | {:.1} | {:.1} | {:.1} | {writes} | {} | {} |\n",
                s.count,
                s.rps,
                s.p50,
                s.p99,
                s.reads_p99,
                s.errors,
                verdict(s.reads_p99 <= 50.0 && s.errors == 0)
            ));
        }
        m.push_str("\nThe budget is for reads. Writes go one at a time through SQLite with `synchronous=FULL` (each commit waits for the disk), so they are shown, not judged.\n");
        m.push_str("\n## Bare Leptos router baseline (`xtask/bench-baseline`)\n\n");
        match &self.baseline {
            Some(b) => m.push_str(&format!(
                "First screen {} B brotli (Fleksvej is {:.1}× that).\n\n| route | perf | a11y | bp | FCP | LCP | TBT | CLS | app-ready | LCP, devtools |\n|---|---|---|---|---:|---:|---:|---:|---:|---:|\n{}",
                b.critical_brotli,
                c as f64 / b.critical_brotli.max(1) as f64,
                b.lighthouse.lines().map(lighthouse_row).collect::<String>()
            )),
            None => m.push_str("Not measured (quick run, or it could not be built here).\n"),
        }
        match &self.fuzz {
            Some((secs, Ok(runs))) => m.push_str(&format!("\n{}", fuzz::table(runs, *secs))),
            Some((secs, Err(e))) => m.push_str(&format!("\n## Fuzzing ({secs} s per target)\n\nFAIL: {e}\n")),
            None => m.push_str("\n## Fuzzing\n\nSkipped (--fuzz-secs 0).\n"),
        }
        m
    }

    fn fuzz_json(&self) -> String {
        match &self.fuzz {
            Some((secs, Ok(runs))) => fuzz::json(runs, *secs),
            Some((_, Err(e))) => {
                let text: String = e.chars().filter(|c| !c.is_control()).collect();
                format!("{{\"error\":\"{}\"}}", text.replace('\\', "\\\\").replace('"', "\\\""))
            }
            None => "null".into(),
        }
    }

    /// The JSON report.
    pub fn json(&self) -> String {
        let assets: Vec<String> = self
            .assets
            .iter()
            .map(|a| {
                format!(
                    "{{\"name\":\"{}\",\"raw\":{},\"gzip\":{},\"brotli\":{},\"critical\":{}}}",
                    a.name, a.raw, a.gzip, a.brotli, a.critical
                )
            })
            .collect();
        let lh: Vec<String> = self
            .lighthouse
            .lines()
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                let num = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).map(|v| v.to_string()).unwrap_or("null".into());
                format!("{{\"route\":\"{}\",\"performance\":{},\"accessibility\":{},\"best_practices\":{},\"fcp_ms\":{},\"lcp_ms\":{},\"tbt_ms\":{},\"cls\":{},\"app_ready_ms\":{},\"lcp_devtools_ms\":{}}}",
                    f.first().unwrap_or(&""), num(1), num(2), num(3), num(4), num(5), num(6), num(7), num(8), num(9))
            })
            .collect();
        let startup: Vec<String> = self
            .startup
            .lines()
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                let num = |i: usize| {
                    f.get(i).and_then(|v| v.parse::<f64>().ok()).map(|v| v.to_string()).unwrap_or("null".into())
                };
                format!(
                    "{{\"route\":\"{}\",\"blocking_ms\":{},\"longest_task_ms\":{},\"blocking_ms_debugger\":{}}}",
                    f.first().unwrap_or(&""),
                    num(1),
                    num(2),
                    num(3)
                )
            })
            .collect();
        let first_visit: Vec<String> = self.first_visit.lines().map(first_visit_json).collect();
        let load: Vec<String> = self
            .load
            .iter()
            .map(|(n, s)| format!("{{\"scenario\":\"{n}\",\"requests\":{},\"rps\":{:.1},\"p50_ms\":{:.2},\"p99_ms\":{:.2},\"reads_p99_ms\":{:.2},\"writes_p99_ms\":{:.2},\"errors\":{}}}", s.count, s.rps, s.p50, s.p99, s.reads_p99, s.writes_p99, s.errors))
            .collect();
        let baseline = self.baseline.as_ref().map(|b| b.critical_brotli.to_string()).unwrap_or("null".into());
        let interactions = if self.interactions.starts_with('{') { self.interactions.clone() } else { "null".into() };
        format!(
            "{{\"critical_brotli\":{},\"budget\":{},\"assets\":[{}],\"lighthouse\":[{}],\"startup\":[{}],\"first_visit\":[{}],\"interactions\":{},\"load\":[{}],\"baseline_critical_brotli\":{},\"fuzz\":{}}}\n",
            self.critical(),
            sizes::BUDGET,
            assets.join(","),
            lh.join(","),
            startup.join(","),
            first_visit.join(","),
            interactions,
            load.join(","),
            baseline,
            self.fuzz_json()
        )
    }
}

fn lighthouse_row(line: &str) -> String {
    let f: Vec<&str> = line.split('\t').collect();
    if f.len() < 9 {
        return format!("| {} | {} |\n", f.first().unwrap_or(&""), f[1..].join(" "));
    }
    let n = |i: usize| f[i].parse::<f64>().unwrap_or(-1.0);
    format!(
        "| {} | {} {} | {} {} | {} | {} | {} {} | {} {} | {} {} | {} | {} |\n",
        f[0],
        f[1],
        verdict(n(1) >= 95.0),
        f[2],
        verdict(n(2) >= 100.0),
        f[3],
        f[4],
        f[5],
        verdict(n(5) <= 2000.0),
        f[6],
        verdict(n(6) <= 150.0),
        f[7],
        verdict(n(7) <= 0.02),
        f[8],
        f.get(9).unwrap_or(&"–")
    )
}

/// A start-up line (route, blocking ms, longest task ms, blocking ms with the debugger) as a table row.
fn startup_row(line: &str) -> String {
    let f: Vec<&str> = line.split('\t').collect();
    match (f.first(), f.get(1).and_then(|v| v.parse::<f64>().ok()), f.get(2), f.get(3)) {
        (Some(route), Some(blocking), Some(longest), Some(debugger)) => {
            format!("| {route} | {blocking} {} | {longest} | {debugger} |\n", verdict(blocking <= 150.0))
        }
        _ => format!("| {} | {} |\n", f.first().unwrap_or(&""), f.get(1..).map(|r| r.join(" ")).unwrap_or_default()),
    }
}

/// A first-visit line (route and four times in ms) as a table row; an error line as it came.
fn first_visit_row(line: &str) -> String {
    let f: Vec<&str> = line.split('\t').collect();
    if f.len() == 5 && f[1..].iter().all(|v| v.parse::<u64>().is_ok()) {
        format!("| {} | {} | {} | {} | {} |\n", f[0], f[1], f[2], f[3], f[4])
    } else {
        format!("| {} | {} |\n", f.first().unwrap_or(&""), f.get(1..).map(|r| r.join(" ")).unwrap_or_default())
    }
}

/// A first-visit line as JSON (null for a time that is not a number).
fn first_visit_json(line: &str) -> String {
    let f: Vec<&str> = line.split('\t').collect();
    let num = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok()).map(|v| v.to_string()).unwrap_or("null".into());
    format!(
        "{{\"route\":\"{}\",\"fcp_ms\":{},\"app_ready_ms\":{},\"data_drawn_ms\":{},\"service_worker_ready_ms\":{}}}",
        f.first().unwrap_or(&""),
        num(1),
        num(2),
        num(3),
        num(4)
    )
}

#[cfg(test)]
mod tests {
    use super::{first_visit_json, first_visit_row, lighthouse_row, number_after, startup_row};

    #[test]
    fn a_first_visit_line_is_a_row_and_json_and_an_error_stays_readable() {
        assert_eq!(first_visit_row("/mit-cv\t856\t4147\t4252\t8197"), "| /mit-cv | 856 | 4147 | 4252 | 8197 |\n");
        assert_eq!(
            first_visit_json("/\t896\t2575\t2688\t7986"),
            r#"{"route":"/","fcp_ms":896,"app_ready_ms":2575,"data_drawn_ms":2688,"service_worker_ready_ms":7986}"#
        );
        assert_eq!(first_visit_row("/x\terror\tTimeout 90000ms"), "| /x | error Timeout 90000ms |\n");
        assert!(first_visit_json("/x\terror\tTimeout").contains(r#""fcp_ms":null"#));
    }

    #[test]
    fn a_startup_row_judges_the_blocking_time_without_the_debugger() {
        assert_eq!(startup_row("/min-plan\t181\t143\t232"), "| /min-plan | 181 FAIL | 143 | 232 |\n");
        assert_eq!(startup_row("/\t53\t91\t125"), "| / | 53 PASS | 91 | 125 |\n");
        assert_eq!(startup_row("/x\terror\tno app-ready"), "| /x | error no app-ready |\n");
    }

    #[test]
    fn a_lighthouse_row_judges_the_simulated_lcp_and_shows_the_devtools_one() {
        let row = lighthouse_row("/mit-cv\t93\t100\t100\t1209\t2709\t120\t0.000\t3800\t1549");
        assert!(row.contains("| 2709 FAIL |"), "{row}");
        assert!(row.ends_with("| 3800 | 1549 |\n"), "{row}");
        // A line from before the devtools LCP was printed.
        assert!(lighthouse_row("/\t95\t100\t100\t1209\t1900\t120\t0.000\t3800").ends_with("| 3800 | – |\n"));
    }

    #[test]
    fn interaction_numbers_are_read_from_the_json_line() {
        let j = r#"{"a":{"max":40.5,"p75":20,"n":3},"b":{"max":120,"p75":80,"n":9}}"#;
        assert_eq!(number_after(j, "max"), vec![40.5, 120.0]);
    }
}
