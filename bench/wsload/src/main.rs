//! `wsload URL CONNS ROUNDS`: CONNS connections each do ROUNDS strictly sequential round trips
//! of `{"channel":"ping","event":"x","data":{"c":conn,"i":i}}`, checking each `pong` carries the
//! same data (frames of other channels, e.g. telemetry, are skipped). Prints one JSON line:
//! round trips/s, p50/p99 in ms, ok and failed counts. A Rust client, so the client is not the
//! bottleneck of the measurement (the Python `websockets` client was, for both servers).
use futures::{SinkExt, StreamExt};
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::Message;

async fn one(url: String, conn: usize, rounds: usize) -> (Vec<f64>, usize) {
    let Ok((mut ws, _)) = tokio_tungstenite::connect_async(&url).await else { return (vec![], rounds) };
    let mut rtts = Vec::with_capacity(rounds);
    let mut failed = 0;
    for i in 0..rounds {
        let data = serde_json::json!({"c": conn, "i": i});
        let frame = serde_json::json!({"channel": "ping", "event": "x", "data": data}).to_string();
        let t0 = Instant::now();
        if ws.send(Message::Text(frame.into())).await.is_err() {
            failed += rounds - i;
            break;
        }
        let ok = loop {
            match tokio::time::timeout(Duration::from_secs(10), ws.next()).await {
                Ok(Some(Ok(Message::Text(t)))) => {
                    let v: serde_json::Value = serde_json::from_str(&t).unwrap_or_default();
                    if v["channel"] == "ping" {
                        break v["event"] == "pong" && v["data"] == data;
                    }
                }
                Ok(Some(Ok(_))) => {}
                _ => break false,
            }
        };
        if ok {
            rtts.push(t0.elapsed().as_secs_f64() * 1000.0);
        } else {
            failed += 1;
        }
    }
    let _ = ws.close(None).await;
    (rtts, failed)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let url = args.get(1).cloned().expect("usage: wsload URL CONNS ROUNDS");
    let conns: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(50);
    let rounds: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(400);
    let start = Instant::now();
    let tasks: Vec<_> = (0..conns).map(|c| tokio::spawn(one(url.clone(), c, rounds))).collect();
    let mut all = Vec::new();
    let mut failed = 0;
    for t in tasks {
        let (r, f) = t.await.unwrap_or((vec![], rounds));
        all.extend(r);
        failed += f;
    }
    let secs = start.elapsed().as_secs_f64();
    all.sort_by(f64::total_cmp);
    // The sample at `percent`% of the sorted latencies (integer index math: no float casts).
    let pct = |percent: usize| {
        all.get((all.len() * percent / 100).min(all.len().saturating_sub(1))).copied().unwrap_or(f64::NAN)
    };
    let ok = f64::from(u32::try_from(all.len()).expect("fewer than 2^32 round trips"));
    println!(
        "{}",
        serde_json::json!({"round_trips_per_s": ok / secs, "p50_ms": pct(50), "p99_ms": pct(99), "ok": all.len(), "failed": failed, "conns": conns, "rounds": rounds, "seconds": secs})
    );
}
