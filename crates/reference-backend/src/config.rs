//! Command-line and environment configuration of the server.

use clap::{Args, Parser, Subcommand};
use std::net::IpAddr;
use std::path::PathBuf;

/// The command line.
#[derive(Debug, Parser)]
#[command(name = "reference-backend", version, about = "Fleksvej reference backend (axum + SQLite)")]
pub struct Cli {
    /// What to do; `serve` when left out.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Server options (also accepted without `serve`).
    #[command(flatten)]
    pub config: Config,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server.
    Serve(Box<Config>),
    /// Print the OpenAPI document (YAML).
    Openapi,
}

/// Everything the server needs to know at start.
#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// Port to listen on (0 picks a free one).
    #[arg(long, env = "PORT", default_value_t = 8080)]
    pub port: u16,
    /// Directory for the SQLite database (fleksvej.sqlite).
    #[arg(long, env = "FLEKSVEJ_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// The built SPA (trunk's output).
    #[arg(long, default_value = "dist")]
    pub dist: PathBuf,
    /// Seed the five demo borgere when the database has none.
    #[arg(long)]
    pub demo: bool,
    /// Mount /dev/login (choose a demo borger instead of MitID). Never in production.
    #[arg(long)]
    pub demo_login: bool,
    /// Bearer token for the admin (caseworker) API; the admin API is off without it.
    #[arg(long, env = "FLEKSVEJ_ADMIN_TOKEN")]
    pub admin_token: Option<String>,
    /// A session ends after this many seconds without a request.
    #[arg(long, default_value_t = 1800)]
    pub idle_timeout_secs: u32,
    /// A session ends this many seconds after login, whatever happens.
    #[arg(long, default_value_t = 28800)]
    pub absolute_timeout_secs: u32,
}

impl Config {
    /// A configuration for tests: demo data and login on, admin token "test-admin-token".
    pub fn for_tests(data_dir: PathBuf, dist: PathBuf) -> Self {
        Self {
            bind: IpAddr::from([127, 0, 0, 1]),
            port: 0,
            data_dir,
            dist,
            demo: true,
            demo_login: true,
            admin_token: Some("test-admin-token".into()),
            idle_timeout_secs: 1800,
            absolute_timeout_secs: 28800,
        }
    }
}
