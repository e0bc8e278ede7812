//! `nango dev` through the binary: it compiles at start, recompiles the scripts a changed file
//! belongs to, reports errors, and reloads nango.yaml.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use common::{command, init_project, write};

struct Dev {
    child: Child,
    lines: Receiver<String>,
}

impl Dev {
    fn start(root: &std::path::Path) -> Self {
        let mut child = command(root, &["dev", "--no-typecheck"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, lines) = channel();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    if tx.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        Self { child, lines }
    }

    /// Waits for a line containing `needle`, returning every line seen until then.
    fn wait_for(&self, needle: &str) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut seen = Vec::new();
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let found = line.contains(needle);
                    seen.push(line);
                    if found {
                        return seen;
                    }
                }
                Err(_) => break,
            }
        }
        panic!(
            "`{needle}` not printed by nango dev; got:\n{}",
            seen.join("\n")
        );
    }

    /// Like `wait_for`, plus what the other stream printed around it (stdout and stderr are read
    /// by two threads, so their lines can arrive in either order).
    fn wait_for_all(&self, needle: &str) -> Vec<String> {
        let mut seen = self.wait_for(needle);
        while let Ok(line) = self.lines.recv_timeout(Duration::from_millis(300)) {
            seen.push(line);
        }
        seen
    }
}

impl Drop for Dev {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn dev_recompiles_changes_and_reports_errors() {
    let (_dir, root) = init_project();
    let helper = root.join("demo-github-integration/helpers/format.ts");
    write(
        &helper,
        "export const label = (n: number): string => `${n} issues`;\n",
    );
    let script = root.join("demo-github-integration/syncs/github-issue-example.ts");
    let original = std::fs::read_to_string(&script).unwrap();
    write(
        &script,
        &original
            .replacen(
                "interface GithubRepo {",
                "import { label } from '../helpers/format.js';\n\ninterface GithubRepo {",
                1,
            )
            .replace("`Saved ${issueCount} issues", "`Saved ${label(issueCount)}"),
    );

    let dev = Dev::start(&root);
    dev.wait_for("compiled 1 script");
    dev.wait_for("watching");
    let dist = root.join("dist/github-issue-example-demo-github-integration.js");
    assert!(std::fs::read_to_string(&dist).unwrap().contains("issues`"));

    // A change in a helper recompiles the script that imports it.
    write(
        &helper,
        "export const label = (n: number): string => `${n} tickets`;\n",
    );
    dev.wait_for("compiled 1 script");
    assert!(
        std::fs::read_to_string(&dist).unwrap().contains("tickets`"),
        "the bundle was not rewritten"
    );

    // An error is reported with its position, then fixed.
    write(
        &helper,
        "export const label = (n: number): string => `${n} tickets`\nexport const = 1;\n",
    );
    let lines = dev.wait_for_all("1 error");
    assert!(
        lines.iter().any(|l| l.contains("helpers/format.ts:2:14")),
        "{lines:#?}"
    );
    write(
        &helper,
        "export const label = (n: number): string => `${n} things`;\n",
    );
    dev.wait_for("compiled 1 script");

    // nango.yaml changes regenerate models.ts.
    let yaml = std::fs::read_to_string(root.join("nango.yaml")).unwrap();
    write(
        &root.join("nango.yaml"),
        &yaml.replace(
            "    state: string\n",
            "    state: string\n    labels: string[]\n",
        ),
    );
    dev.wait_for("nango.yaml changed");
    dev.wait_for("compiled 1 script");
    assert!(
        std::fs::read_to_string(root.join("models.ts"))
            .unwrap()
            .contains("labels: string[];")
    );

    // An invalid nango.yaml is reported, and the next valid one recompiles.
    write(
        &root.join("nango.yaml"),
        &yaml.replace("runs: every half hour", "runs: sometimes"),
    );
    let lines = dev.wait_for_all("1 error");
    assert!(
        lines.iter().any(|l| l.contains("nango.yaml:14:15")),
        "{lines:#?}"
    );
    write(&root.join("nango.yaml"), &yaml);
    dev.wait_for("compiled 1 script");
}
