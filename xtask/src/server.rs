//! Starting the reference backend for `run` and `test`, waiting until it answers, and stopping it.

use crate::cmd::root;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// A running reference backend; stopped when dropped.
pub struct Server {
    child: Child,
    /// The port it listens on (127.0.0.1).
    pub port: u16,
}

/// Options for [`start`].
pub struct Options<'a> {
    /// Path of the built backend binary.
    pub binary: &'a Path,
    /// Port to listen on.
    pub port: u16,
    /// Where the SQLite file lives.
    pub data_dir: &'a Path,
    /// Token for the caseworker API, if it should be on.
    pub admin_token: Option<&'a str>,
    /// The built app to serve; `dist/` when not given.
    pub dist: Option<&'a Path>,
}

/// Starts the backend with demo borgere and demo login, serving `dist/`, and waits for `/healthz`.
pub fn start(o: &Options) -> Result<Server, String> {
    std::fs::create_dir_all(o.data_dir).map_err(|e| format!("creating {}: {e}", o.data_dir.display()))?;
    let port = o.port.to_string();
    let dist = o.dist.map(Path::to_path_buf).unwrap_or_else(|| root().join("dist"));
    let mut c = Command::new(o.binary);
    c.current_dir(root())
        .args(["serve", "--port", &port, "--demo", "--demo-login"])
        .arg("--data-dir")
        .arg(o.data_dir)
        .arg("--dist")
        .arg(&dist);
    if let Some(token) = o.admin_token {
        c.args(["--admin-token", token]);
    }
    let child = c.spawn().map_err(|e| format!("starting {}: {e}", o.binary.display()))?;
    let mut server = Server { child, port: o.port };
    wait_healthy(&mut server)?;
    Ok(server)
}

fn wait_healthy(server: &mut Server) -> Result<(), String> {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        if let Ok(Some(status)) = server.child.try_wait() {
            return Err(format!("the reference backend stopped at start ({status})"));
        }
        if get_ok(server.port, "/healthz") {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Err("the reference backend did not answer /healthz within 60 s".into())
}

/// True when `GET path` on 127.0.0.1:`port` answers 200.
pub fn get_ok(port: u16, path: &str) -> bool {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    let req = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    if s.write_all(req.as_bytes()).is_err() {
        return false;
    }
    let mut buf = [0u8; 16];
    s.read(&mut buf).is_ok_and(|n| buf[..n].starts_with(b"HTTP/1.1 200"))
}

/// A port that is free right now on 127.0.0.1.
pub fn free_port() -> Result<u16, String> {
    let l = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("finding a free port: {e}"))?;
    l.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

impl Server {
    /// Waits until the server stops by itself (Ctrl-C reaches it too, as it shares our process group).
    pub fn wait(mut self) -> Result<(), String> {
        self.child.wait().map(|_| ()).map_err(|e| e.to_string())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            // SIGTERM first so it shuts down cleanly; kill if it does not.
            let _ = Command::new("kill").arg(self.child.id().to_string()).status();
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
