//! Durability: acknowledged writes survive a SIGKILL of the server, and idempotent replays after a restart
//! do not duplicate them (quality.md B3). Runs the real binary on loopback with a temporary data dir.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const JONAS: &str = "00000000-0000-4000-8000-000000000002";

struct Reply {
    status: u16,
    head: String,
    body: String,
}

/// A minimal HTTP/1.1 request over a fresh connection (`Connection: close`).
fn http(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> std::io::Result<Reply> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes())?;
    let mut raw = String::new();
    s.read_to_string(&mut raw)?;
    let (head, body) = raw.split_once("\r\n\r\n").ok_or_else(|| std::io::Error::other("no header end"))?;
    let status =
        head.split(' ').nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| std::io::Error::other("no status"))?;
    Ok(Reply { status, head: head.to_owned(), body: body.to_owned() })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start(dir: &std::path::Path, port: u16) -> Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_reference-backend"))
        .args(["serve", "--port", &port.to_string(), "--demo", "--demo-login"])
        .arg("--data-dir")
        .arg(dir.join("data"))
        .arg("--dist")
        .arg(dir.join("dist"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if http(port, "GET", "/healthz", &[], "").is_ok_and(|r| r.status == 200) {
            return child;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("server did not start");
}

fn login(port: u16) -> String {
    let body = format!("{{\"borger_id\":\"{JONAS}\"}}");
    let r = http(port, "POST", "/dev/login", &[("x-fleks-client", "1"), ("content-type", "application/json")], &body)
        .unwrap();
    assert_eq!(r.status, 204);
    let line = r.head.lines().find(|l| l.to_ascii_lowercase().starts_with("set-cookie:")).unwrap();
    line.split_once(':').unwrap().1.trim().split(';').next().unwrap().to_owned()
}

/// Write `i`'s week: a different week for each of the 200 writes (a week is logged once per job), in years
/// before the demo data's.
fn week_body(i: usize) -> String {
    format!(
        "{{\"week\":{{\"year\":{},\"week\":{}}},\"hours\":7.5,\"note\":\"durability {i}\"}}",
        2000 + i / 50,
        1 + i % 50
    )
}

fn create(port: u16, cookie: &str, key: &str, body: &str) -> std::io::Result<Reply> {
    let headers =
        [("cookie", cookie), ("x-fleks-client", "1"), ("content-type", "application/json"), ("idempotency-key", key)];
    http(port, "POST", "/api/v1/progression/weeks", &headers, body)
}

fn count_notes(port: u16, cookie: &str, note: &str) -> usize {
    let r = http(port, "GET", "/api/v1/progression", &[("cookie", cookie)], "").unwrap();
    assert_eq!(r.status, 200);
    r.body.matches(&format!("\"{note}\"")).count()
}

#[test]
fn acknowledged_writes_survive_a_kill_and_replays_do_not_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = start(dir.path(), port);
    let cookie = login(port);

    // The writer loop runs until the server dies; every 201 is sent back as (index, key).
    let (tx, rx) = mpsc::channel();
    let writer_cookie = cookie.clone();
    let writer = std::thread::spawn(move || {
        for i in 0..200 {
            let key = uuid::Uuid::new_v4().to_string();
            match create(port, &writer_cookie, &key, &week_body(i)) {
                Ok(r) if r.status == 201 => tx.send((i, key)).unwrap(),
                Ok(r) => panic!("unexpected status {}", r.status),
                Err(_) => break,
            }
        }
    });
    // Kill at a point that depends on the clock, once some writes are acknowledged.
    let mut acked = vec![rx.recv_timeout(Duration::from_secs(20)).unwrap()];
    let extra = Duration::from_millis(50 + u64::from(Instant::now().elapsed().subsec_nanos() % 200));
    std::thread::sleep(extra);
    server.kill().unwrap(); // SIGKILL on unix: no graceful shutdown.
    server.wait().unwrap();
    writer.join().unwrap();
    acked.extend(rx.try_iter());
    assert!(!acked.is_empty());

    let mut server = start(dir.path(), port);
    let cookie = login(port);
    for (i, _) in &acked {
        assert_eq!(count_notes(port, &cookie, &format!("durability {i}")), 1, "write {i} lost or duplicated");
    }
    for (i, key) in acked.iter().take(20) {
        let r = create(port, &cookie, key, &week_body(*i)).unwrap();
        assert_eq!(r.status, 201, "replay of {i}");
        assert_eq!(count_notes(port, &cookie, &format!("durability {i}")), 1, "replay of {i} duplicated");
    }
    server.kill().unwrap();
    server.wait().unwrap();
}
