//! A small load generator for the reference backend on loopback (std only, so no tool to install):
//! keep-alive connections, each sending requests back to back for a fixed time, latencies per request.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One request to send.
#[derive(Clone)]
pub struct Req {
    /// Method.
    pub method: &'static str,
    /// Path.
    pub path: String,
    /// JSON body, if any.
    pub body: Option<String>,
}

/// What a run measured.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Requests answered.
    pub count: usize,
    /// Answers that were not 2xx, or failed.
    pub errors: usize,
    /// Median latency, ms.
    pub p50: f64,
    /// 99th percentile latency, ms.
    pub p99: f64,
    /// 99th percentile latency of the reads (GET) alone, ms: the budget is for reads, and in a mix the writes
    /// wait for the disk (one writer, `synchronous=FULL`).
    pub reads_p99: f64,
    /// 99th percentile latency of the writes alone, ms (0 when the run has none).
    pub writes_p99: f64,
    /// Requests per second.
    pub rps: f64,
}

fn send(conn: &mut BufReader<TcpStream>, port: u16, cookie: &str, r: &Req) -> std::io::Result<u16> {
    let body = r.body.as_deref().unwrap_or("");
    let head = format!(
        "{} {} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\nx-fleks-client: 1\r\nOrigin: http://127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        r.method,
        r.path,
        body.len()
    );
    conn.get_mut().write_all(head.as_bytes())?;
    let mut status_line = String::new();
    conn.read_line(&mut status_line)?;
    let status: u16 = status_line.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        conn.read_line(&mut line)?;
        if line == "\r\n" || line.is_empty() {
            break;
        }
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut sink = vec![0u8; length];
    conn.read_exact(&mut sink)?;
    Ok(status)
}

/// Runs `connections` connections for `secs` seconds; connection `i` sends `pick(i, n)` as its n-th request.
pub fn run(
    port: u16,
    cookie: &str,
    connections: usize,
    secs: u64,
    pick: Arc<dyn Fn(usize, usize) -> Req + Send + Sync>,
) -> Stats {
    let samples = Arc::new(Mutex::new(Vec::<(bool, f64)>::new()));
    let errors = Arc::new(Mutex::new(0usize));
    let end = Instant::now() + Duration::from_secs(secs);
    let started = Instant::now();
    let threads: Vec<_> = (0..connections)
        .map(|i| {
            let (samples, errors, pick, cookie) = (samples.clone(), errors.clone(), pick.clone(), cookie.to_owned());
            std::thread::spawn(move || {
                let mut mine = Vec::new();
                let mut bad = 0;
                let mut conn = match TcpStream::connect(("127.0.0.1", port)) {
                    Ok(s) => BufReader::new(s),
                    Err(_) => return,
                };
                let mut n = 0;
                while Instant::now() < end {
                    let t = Instant::now();
                    let req = pick(i, n);
                    match send(&mut conn, port, &cookie, &req) {
                        Ok(s) if (200..300).contains(&s) => {
                            mine.push((req.method == "GET", t.elapsed().as_secs_f64() * 1000.0))
                        }
                        Ok(_) => bad += 1,
                        Err(_) => {
                            bad += 1;
                            match TcpStream::connect(("127.0.0.1", port)) {
                                Ok(s) => conn = BufReader::new(s),
                                Err(_) => break,
                            }
                        }
                    }
                    n += 1;
                }
                samples.lock().map(|mut s| s.extend(mine)).ok();
                errors.lock().map(|mut e| *e += bad).ok();
            })
        })
        .collect();
    for t in threads {
        let _ = t.join();
    }
    let tagged = samples.lock().map(|s| s.clone()).unwrap_or_default();
    let sorted = |keep: &dyn Fn(bool) -> bool| {
        let mut v: Vec<f64> = tagged.iter().filter(|(read, _)| keep(*read)).map(|(_, ms)| *ms).collect();
        v.sort_by(|a, b| a.total_cmp(b));
        v
    };
    let (all, reads, writes) = (sorted(&|_| true), sorted(&|read| read), sorted(&|read| !read));
    let errors = errors.lock().map(|e| *e).unwrap_or(0);
    Stats {
        count: all.len(),
        errors,
        p50: quantile(&all, 0.5),
        p99: quantile(&all, 0.99),
        reads_p99: quantile(&reads, 0.99),
        writes_p99: quantile(&writes, 0.99),
        rps: all.len() as f64 / started.elapsed().as_secs_f64(),
    }
}

/// The `q` quantile of sorted latencies (0 for none).
fn quantile(sorted: &[f64], q: f64) -> f64 {
    sorted.get(((sorted.len() as f64 - 1.0) * q).round() as usize).copied().unwrap_or(0.0)
}
