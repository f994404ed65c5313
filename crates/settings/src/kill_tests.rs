//! Kill-safety: a writer process is `SIGKILLed` mid-write-loop; every write it acknowledged
//! (printed after `set` returned) must be present after reopening, and the database must
//! pass `PRAGMA integrity_check`.
//!
//! The child is this test binary re-executed with `CHILD_ENV` set, running only
//! [`child_writer`]. A kill is a process crash, not a power cut: it exercises `SQLite`'s
//! atomic commit and WAL recovery (the fsync half of durability is `SQLite`'s `synchronous=FULL`).

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use serde_json::json;

use crate::Store;

const CHILD_ENV: &str = "HORRIBLE_SETTINGS_KILL_CHILD_DIR";
const ROUND_ENV: &str = "HORRIBLE_SETTINGS_KILL_ROUND";

/// The child side. A no-op unless re-executed by [`acknowledged_writes_survive_sigkill`].
#[test]
fn child_writer() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return;
    };
    let round: u64 = std::env::var(ROUND_ENV).unwrap().parse().unwrap();
    let store = Store::open(std::path::Path::new(&dir)).unwrap();
    let pad = "x".repeat(2000);
    let mut out = std::io::stdout().lock();
    for i in 0u64.. {
        store.set(&format!("kill.r{round}.k{i}"), &json!({"i": i, "pad": pad})).unwrap();
        store.set("kill.last", &json!([round, i])).unwrap();
        store.plugin_set("killer", &format!("r{round}-{i}"), &json!(i)).unwrap();
        writeln!(out, "ack {round} {i}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn acknowledged_writes_survive_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    for round in 0..3u64 {
        let mut child = Command::new(&exe)
            .args(["kill_tests::child_writer", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, dir.path())
            .env(ROUND_ENV, round.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut acked: Vec<u64> = Vec::new();
        let mut killed = false;
        for line in lines.by_ref() {
            let line = line.unwrap();
            // libtest's "test ... " header may share the first line (no newline after it).
            if let Some(rest) = line.find("ack ").map(|at| &line[at + 4..]) {
                let (r, i) = rest.split_once(' ').unwrap();
                assert_eq!(r.parse::<u64>().unwrap(), round);
                acked.push(i.parse().unwrap());
            }
            if !killed && acked.len() >= 40 + 20 * usize::try_from(round).unwrap() {
                child.kill().unwrap(); // SIGKILL on unix
                killed = true;
            }
        }
        let status = child.wait().unwrap();
        assert!(killed && !status.success(), "child must die by the kill: {status:?}");
        assert!(!acked.is_empty());
        assert_eq!(acked, (0..acked.len() as u64).collect::<Vec<_>>());

        let store = Store::open(dir.path()).unwrap();
        let ok: String = store.conn().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(ok, "ok");
        for &i in &acked {
            let v = store.get(&format!("kill.r{round}.k{i}"));
            assert_eq!(v.as_ref().and_then(|v| v.get("i")), Some(&json!(i)), "round {round} key {i}");
            assert_eq!(store.plugin_get("killer", &format!("r{round}-{i}")).unwrap(), Some(json!(i)));
        }
        // The overwritten key holds the last acknowledged write or the one in flight.
        let last = *acked.last().unwrap();
        let got = store.get("kill.last").unwrap();
        assert!(got == json!([round, last]) || got == json!([round, last + 1]), "{got}");
        // Writes from earlier rounds are still there.
        for r in 0..round {
            assert!(store.get(&format!("kill.r{r}.k0")).is_some());
        }
    }
}
