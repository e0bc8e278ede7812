//! The server's data folder on a small tmpfs the test mounts, filled to the last byte: writes
//! fail with a classified error (`storage_full`, 507) and change nothing; reads keep being
//! served; once space returns the same server writes again without a restart; SQLite's
//! integrity check passes and no record is lost. A read-only data folder: the server refuses
//! to start, saying which folder and why.
//!
//! Mounting needs root (CAP_SYS_ADMIN). Without it the test prints a note and passes, unless
//! `CI=true`: then it fails.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::{DEV, World};
use serde_json::{Value, json};

const SAVE: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    const items = [];
    for (let i = 0; i < 500; i++) items.push({ id: `item-${i}`, text: 'x'.repeat(200), at: Date.now() });
    await nango.batchSave(items, 'Item');
};
"#;

/// A tmpfs mounted for the test, unmounted when dropped (also when the test fails).
struct Mounted {
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl Mounted {
    fn tmpfs(megabytes: u32) -> Option<Self> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mnt");
        std::fs::create_dir(&path).unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m"), "tmpfs"])
            .arg(&path)
            .output();
        match mounted {
            Ok(out) if out.status.success() => Some(Self { path, _dir: dir }),
            other => {
                let why = match other {
                    Ok(out) => String::from_utf8_lossy(&out.stderr).trim().to_string(),
                    Err(e) => e.to_string(),
                };
                let message = format!(
                    "cannot mount a tmpfs ({why}): the full-disk test needs root (CAP_SYS_ADMIN)"
                );
                if std::env::var("CI").is_ok_and(|ci| ci == "true") {
                    panic!("{message}");
                }
                eprintln!("note: test skipped: {message}");
                None
            }
        }
    }

    fn remount_read_only(&self) {
        let out = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.path).status();
    }
}

/// Fills the file system with one file until no byte is left.
fn fill(dir: &Path) -> PathBuf {
    let path = dir.join("filler");
    let mut file = std::fs::File::create(&path).unwrap();
    let chunk = vec![0u8; 64 * 1024];
    loop {
        if file.write_all(&chunk).is_err() {
            break;
        }
    }
    for size in [4096, 512, 1] {
        while file.write_all(&chunk[..size]).is_ok() {}
    }
    let _ = file.sync_all();
    path
}

async fn records(world: &World) -> (u16, Value) {
    world
        .call(
            Some(DEV),
            "GET",
            "/records?model=Item&limit=1000",
            None,
            &[("connection-id", "c1"), ("provider-config-key", "gh")],
        )
        .await
}

/// The status of the `save` sync once a run after `after` (a `finishedAt`) has ended.
async fn ended_after(world: &World, after: &Value) -> Value {
    let path = "/sync/status?syncs=save&provider_config_key=gh&connection_id=c1";
    for _ in 0..1500 {
        let (code, body) = world.dev("GET", path, None).await;
        let status = &body["syncs"][0];
        if code == 200
            && status["status"] != "RUNNING"
            && !status["finishedAt"].is_null()
            && status["finishedAt"] != *after
        {
            return status.clone();
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the sync did not end");
}

/// Sets variables of 256 kB until one fails: the disk is full once SQLite's files cannot grow
/// (a write that fits in the space they already have still succeeds). The failure, and that
/// it changed nothing.
async fn write_until_full(world: &World) -> usize {
    let value = "v".repeat(256 * 1024);
    for n in 0..200 {
        let name = format!("FILL_{n}");
        let (status, body) = world
            .dev(
                "POST",
                "/environment-variables",
                Some(json!({ "name": name, "value": value })),
            )
            .await;
        if status == 200 {
            continue;
        }
        assert_eq!(
            (status, body["error"]["code"].as_str()),
            (507, Some("storage_full")),
            "{body}"
        );
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap()
                .contains("reads still work"),
            "{body}"
        );
        let (_, variables) = world.dev("GET", "/environment-variables", None).await;
        let names: Vec<&str> = variables
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["name"].as_str().unwrap())
            .collect();
        assert!(!names.contains(&name.as_str()), "{names:?}");
        assert_eq!(names.len(), n, "the ones before it are kept");
        return n;
    }
    panic!("50 MB written to a full disk");
}

async fn reads_work(world: &World) {
    let (code, body) = world.dev("GET", "/integrations", None).await;
    assert_eq!(code, 200, "{body}");
    assert_eq!(body["data"].as_array().unwrap().len(), 1, "{body}");
    let (code, body) = records(world).await;
    assert_eq!(code, 200, "{body}");
    assert_eq!(body["records"].as_array().unwrap().len(), 500);
    let (code, body) = world.dev("GET", "/connections", None).await;
    assert_eq!(code, 200, "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_disk_refuses_writes_keeps_reads_and_recovers_without_a_restart() {
    let _ = tracing_subscriber::fmt().with_test_writer().try_init();
    let Some(mount) = Mounted::tmpfs(32) else {
        return;
    };
    let world = World::running_in(mount.path.join("data")).await;
    let mut flow = common::flow("save", "sync", SAVE, None, &["Item"]);
    flow["auto_start"] = json!(true);
    world.setup(vec![flow]).await;
    let first = ended_after(&world, &Value::Null).await;
    assert_eq!(first["status"], "SUCCESS", "{first}");

    // Full.
    let filler = fill(&mount.path);
    let kept = write_until_full(&world).await;
    reads_work(&world).await;
    // A sync run on a full disk fails, classified, and stores nothing.
    let (code, body) = world
        .dev(
            "POST",
            "/sync/trigger",
            Some(json!({ "syncs": ["save"], "provider_config_key": "gh", "connection_id": "c1" })),
        )
        .await;
    assert!(
        code == 200 || (code == 507 && body["error"]["code"] == "storage_full"),
        "{code} {body}"
    );
    reads_work(&world).await;

    // Space again: the same server writes.
    std::fs::remove_file(&filler).unwrap();
    let (status, body) = world
        .dev(
            "PATCH",
            "/environment",
            Some(json!({ "webhook_url": "https://elsewhere.test/hook" })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = world
        .dev(
            "POST",
            "/sync/trigger",
            Some(json!({ "syncs": ["save"], "provider_config_key": "gh", "connection_id": "c1" })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let again = ended_after(&world, &first["finishedAt"]).await;
    assert_eq!(again["status"], "SUCCESS", "{again}");
    println!(
        "full disk: {kept} writes of 256 kB fitted in SQLite's files before the first refusal"
    );

    // Nothing lost, nothing corrupt.
    let (_, body) = records(&world).await;
    assert_eq!(body["records"].as_array().unwrap().len(), 500);
    let database = mount.path.join("data").join("nango.db");
    assert_eq!(integrity_check(&database).await, "ok");
}

/// SQLite's `PRAGMA integrity_check` of the database file, on a connection of its own.
async fn integrity_check(database: &Path) -> String {
    use sqlx::{Connection, Row};
    let url = format!("sqlite://{}", database.display());
    let mut connection = sqlx::SqliteConnection::connect(&url).await.unwrap();
    let row = sqlx::query("PRAGMA integrity_check")
        .fetch_one(&mut connection)
        .await
        .unwrap();
    row.get::<String, _>(0)
}

#[tokio::test]
async fn a_read_only_data_folder_is_refused_at_start_with_the_reason() {
    let Some(mount) = Mounted::tmpfs(4) else {
        return;
    };
    let data_dir = mount.path.join("data");
    std::fs::create_dir(&data_dir).unwrap();
    mount.remount_read_only();
    let config = nango_server::ServerConfig {
        data_dir: data_dir.clone(),
        ..nango_server::ServerConfig::default()
    };
    let error = nango_server::build(&config)
        .await
        .err()
        .unwrap()
        .to_string();
    assert!(
        error.starts_with(&format!(
            "the data folder {} cannot be written",
            data_dir.display()
        )),
        "{error}"
    );
    assert!(error.contains("Read-only file system"), "{error}");
}
