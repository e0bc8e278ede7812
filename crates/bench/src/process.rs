//! A `nango server` process for the server benchmarks, whose `bench` provider is a mock API.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// The `dev` environment's key.
pub const KEY: &str = "bench-key";

/// The key that seals credentials and records at rest (32 bytes, base64): the benchmarks run
/// encrypted, as production does (`BENCH_PLAIN=1`: without it).
pub const ENCRYPTION_KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

/// A running server (killed on drop).
pub struct ServerProcess {
    child: Child,
    /// Its URL.
    pub base: String,
}

impl ServerProcess {
    /// Starts `nango server` on a free port with its data in `dir` and the provider `bench`
    /// (API key) at `provider_url`.
    pub fn start(nango: &Path, dir: &Path, provider_url: &str) -> Self {
        let providers = dir.join("providers.yaml");
        std::fs::write(
            &providers,
            format!("bench:\n    auth_mode: API_KEY\n    proxy:\n        base_url: {provider_url}\n        headers:\n            x-api-key: ${{apiKey}}\n"),
        )
        .expect("providers file");
        let mut command = Command::new(nango);
        command
            .args(["server", "--port", "0", "--data-dir"])
            .arg(dir.join("data"))
            .env("NANGO_SECRET_KEY_DEV", KEY)
            .env("NANGO_PROVIDERS_FILE", &providers)
            // `BENCH_SERVER_LOG=sqlx=debug` (say) shows what the server does, on stderr.
            .env(
                "NANGO_LOG",
                std::env::var("BENCH_SERVER_LOG").unwrap_or_else(|_| "warn".into()),
            );
        // `BENCH_PLAIN=1` runs without the key, to measure what sealing costs.
        if std::env::var_os("BENCH_PLAIN").is_none() {
            command.env("NANGO_ENCRYPTION_KEY", ENCRYPTION_KEY);
        }
        Self::launch(command)
    }

    /// Spawns a prepared `nango server` command and returns once it listens (its stderr says
    /// where).
    pub fn launch(mut command: Command) -> Self {
        let mut child = command
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start nango server");
        let mut reader = BufReader::new(child.stderr.take().expect("stderr"));
        let mut log = Vec::new();
        let base = loop {
            let mut line = String::new();
            assert!(
                reader.read_line(&mut line).expect("read") > 0,
                "the server exited: {log:?}"
            );
            if let Some(rest) = line.trim().strip_prefix("nango server listening on ") {
                break rest.split(' ').next().unwrap_or_default().to_string();
            }
            log.push(line);
        };
        // Keep draining its log so that it never blocks on a full pipe.
        let echo = std::env::var_os("BENCH_SERVER_LOG").is_some();
        std::thread::spawn(move || {
            for line in reader.lines().map_while(Result::ok) {
                if echo {
                    eprintln!("{line}");
                }
            }
        });
        Self { child, base }
    }

    /// CPU time the process has used so far (user and system, all its threads), in seconds.
    pub fn cpu_seconds(&self) -> f64 {
        cpu_seconds_of(self.child.id())
    }

    /// A `/proc/<pid>/status` figure in KiB (`VmRSS:`, `VmHWM:`).
    pub fn memory_kib(&self, field: &str) -> f64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with(field))
                    .and_then(|l| l.split_whitespace().nth(1).map(str::to_string))
            })
            .and_then(|kb| kb.parse::<f64>().ok())
            .unwrap_or(0.0)
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Linux reports CPU times in USER_HZ ticks, 100 a second on every architecture it exposes.
pub const TICKS_PER_SECOND: f64 = 100.0;

/// CPU time a process has used so far (user and system, all its threads), in seconds; 0 when
/// it cannot be read.
pub fn cpu_seconds_of(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|stat| cpu_ticks(&stat) as f64 / TICKS_PER_SECOND)
        .unwrap_or(0.0)
}

/// `utime + stime` of a `/proc/<pid>/stat` line: the 14th and 15th fields, counted after the
/// command name, which is in parentheses and may hold spaces.
fn cpu_ticks(stat: &str) -> u64 {
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    after_name
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|field| field.parse::<u64>().ok())
        .sum()
}
