//! One accepted plugin websocket: a reader feeding the app's `receive`, a writer draining its
//! `send`, and the end of the connection as uvicorn ends it: a close the app sends waits for
//! the client's reply (bounded); a client's close is answered and reported to the app; an app
//! that returns or raises without closing has its transport dropped (the client sees 1006); at
//! shutdown ([`close_all`]) the app is told 1012 and the client gets a 1012 close, as uvicorn does.
use super::asgi::{Inbound, Outbound, Shared};
use super::Ended;
use crate::bridge::loop_thread::{self, PyCall};
use axum::extract::ws::{CloseFrame, Message, WebSocket};
use futures::stream::{SplitSink, SplitStream};
use futures::{SinkExt, StreamExt};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, Notify};

/// How long a close the app sent waits for the client's reply (websockets' default).
const CLOSE_WAIT: Duration = Duration::from_secs(10);
/// "Service restart": what uvicorn closes open websockets with when it shuts down.
const CLOSE_SHUTDOWN: u16 = 1012;

/// Every open plugin websocket, by a connection number: the signal that closes it at shutdown.
static OPEN: Mutex<Option<HashMap<u64, Arc<Notify>>>> = Mutex::new(None);
static NEXT_ID: AtomicU64 = AtomicU64::new(0);

/// Closes every open plugin websocket with 1012 (at shutdown, like uvicorn) and waits, up to
/// `limit`, until each has sent its close.
pub(crate) async fn close_all(limit: Duration) {
    for signal in OPEN.lock().iter().flat_map(HashMap::values) {
        signal.notify_one();
    }
    let deadline = tokio::time::Instant::now() + limit;
    while OPEN.lock().as_ref().is_some_and(|o| !o.is_empty()) && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

pub(super) async fn run(
    socket: WebSocket,
    shared: Arc<Shared>,
    in_tx: mpsc::Sender<Inbound>,
    out_rx: mpsc::Receiver<Outbound>,
    mut task: PyCall<Ended>,
) {
    let (sink, stream) = socket.split();
    let finish = Arc::new(Notify::new());
    let writer = tokio::spawn(write_frames(sink, out_rx, finish.clone()));
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let shutdown = Arc::new(Notify::new());
    OPEN.lock().get_or_insert_with(HashMap::new).insert(id, shutdown.clone());
    let mut reader = Box::pin(read_frames(stream, shared.clone(), in_tx.clone()));
    tokio::select! {
        () = &mut reader => {}
        _ = &mut task => {
            if shared.app_closed.load(Ordering::Acquire) {
                let _ = tokio::time::timeout(CLOSE_WAIT, &mut reader).await;
            }
        }
        () = shutdown.notified() => {
            if !shared.app_closed.swap(true, Ordering::AcqRel) {
                let _ = shared.out_tx.try_send(Outbound::Close(CLOSE_SHUTDOWN, String::new()));
                let _ = in_tx.try_send(Inbound::Disconnect(CLOSE_SHUTDOWN, String::new()));
            }
        }
    }
    shared.disconnected.store(true, Ordering::Release);
    // The writer sends what the app queued, flushes (which also sends tungstenite's reply to a
    // client's close) and stops; dropping both halves then closes the transport.
    finish.notify_one();
    let _ = tokio::time::timeout(Duration::from_secs(2), writer).await;
    if let Some(open) = OPEN.lock().as_mut() {
        open.remove(&id);
    }
    // An app still running (the client left first) goes on, as under uvicorn: its `receive`
    // says disconnect and its `send` raises.
    task.detach();
    let shared2 = shared.clone();
    loop_thread::submit(Box::new(move |py| shared2.wake(py)));
}

async fn send_one(sink: &mut SplitSink<WebSocket, Message>, out: Outbound) -> bool {
    let (msg, last) = match out {
        Outbound::Text(t) => (Message::Text(t.into()), false),
        Outbound::Binary(b) => (Message::Binary(b), false),
        Outbound::Close(code, reason) => (Message::Close(Some(CloseFrame { code, reason: reason.into() })), true),
    };
    sink.send(msg).await.is_ok() && !last
}

async fn write_frames(
    mut sink: SplitSink<WebSocket, Message>,
    mut out_rx: mpsc::Receiver<Outbound>,
    finish: Arc<Notify>,
) {
    loop {
        tokio::select! {
            biased;
            out = out_rx.recv() => match out {
                Some(out) => {
                    if !send_one(&mut sink, out).await {
                        break;
                    }
                }
                None => break,
            },
            () = finish.notified() => {
                while let Ok(out) = out_rx.try_recv() {
                    if !send_one(&mut sink, out).await {
                        break;
                    }
                }
                break;
            }
        }
    }
    let _ = sink.flush().await;
}

/// Reads client messages into the app's queue until the client closes or the connection
/// breaks; each queued event wakes a waiting `receive` on the loop.
async fn read_frames(mut stream: SplitStream<WebSocket>, shared: Arc<Shared>, in_tx: mpsc::Sender<Inbound>) {
    let deliver = |ev: Inbound| {
        let (tx, shared) = (in_tx.clone(), shared.clone());
        async move {
            // After the app's close, uvicorn discards what the client still sends.
            if shared.app_closed.load(Ordering::Acquire) {
                return;
            }
            if tx.send(ev).await.is_ok() {
                loop_thread::submit(Box::new(move |py| shared.wake(py)));
            }
        }
    };
    while let Some(msg) = stream.next().await {
        match msg {
            Ok(Message::Text(t)) => deliver(Inbound::Text(t.to_string())).await,
            Ok(Message::Binary(b)) => deliver(Inbound::Binary(b)).await,
            Ok(Message::Close(frame)) => {
                let (code, reason) = frame.map_or((1005, String::new()), |f| (f.code, f.reason.to_string()));
                deliver(Inbound::Disconnect(code, reason)).await;
                return;
            }
            Ok(_) => {}
            Err(e) => {
                tracing::debug!("plugin websocket read error: {e}");
                break;
            }
        }
    }
    deliver(Inbound::Disconnect(1006, String::new())).await;
}
