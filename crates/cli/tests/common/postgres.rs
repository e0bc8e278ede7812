//! A PostgreSQL database of its own for a test's servers, on the machine's server
//! (127.0.0.1:5432), dropped at the end.

use std::process::Command;

use super::oracle_missing;

/// A database of its own on the machine's PostgreSQL, dropped at the end.
pub struct Database {
    pub name: String,
}

impl Database {
    fn psql(database: &str, sql: &str) -> Result<String, String> {
        let output = Command::new("psql")
            .args([
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-d",
                database,
                "-tA",
                "-c",
                sql,
            ])
            .output()
            .map_err(|e| e.to_string())?;
        if output.status.success() {
            Ok(String::from_utf8_lossy(&output.stdout).trim().to_string())
        } else {
            Err(String::from_utf8_lossy(&output.stderr).into_owned())
        }
    }

    pub fn create() -> Option<Self> {
        let name = format!("nango_cli_test_{}_{:x}", std::process::id(), rand_part());
        match Self::psql("postgres", &format!("CREATE DATABASE {name}")) {
            Ok(_) => Some(Self { name }),
            Err(e) => {
                oracle_missing(
                    &format!("PostgreSQL at 127.0.0.1:5432 ({})", e.trim()),
                    "start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` (`.ci/run` does)",
                );
                None
            }
        }
    }

    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:5432/{}", self.name)
    }

    pub fn query(&self, sql: &str) -> String {
        Self::psql(&self.name, sql).unwrap_or_else(|e| panic!("{sql}: {e}"))
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let _ = Self::psql(
            "postgres",
            &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
        );
    }
}

/// A random number (std's hasher keys are random per process and per call).
fn rand_part() -> u32 {
    use std::hash::BuildHasher as _;
    std::collections::hash_map::RandomState::new().hash_one(std::thread::current().id()) as u32
}
