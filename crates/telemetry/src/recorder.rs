//! The [`Recorder`]: a bounded ring of recent events plus a live broadcast feed.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use parking_lot::Mutex;
use tokio::sync::broadcast;

use crate::event::{IoEvent, NewEvent};

/// Default ring size (the last 500 events).
pub const DEFAULT_CAPACITY: usize = 500;
/// Default body cut, the setting `observability.maxBodyChars`.
pub const DEFAULT_MAX_BODY_CHARS: usize = 16384;
/// How many events a live subscriber may fall behind before it starts missing events.
pub const CHANNEL_CAPACITY: usize = 1024;

struct Ring {
    events: VecDeque<Arc<IoEvent>>,
    capacity: usize,
    next_id: u64,
}

struct Inner {
    ring: Mutex<Ring>,
    tx: broadcast::Sender<Arc<IoEvent>>,
    max_body_chars: AtomicUsize,
}

/// The telemetry recorder. Cheap to clone (an `Arc` inside); `Send + Sync`.
///
/// Recording takes a short mutex and never waits on subscribers: the live feed is a
/// `tokio::sync::broadcast` channel of [`CHANNEL_CAPACITY`], so a subscriber that falls
/// further behind gets `RecvError::Lagged` and misses events.
#[derive(Clone)]
pub struct Recorder {
    inner: Arc<Inner>,
}

impl Default for Recorder {
    fn default() -> Self {
        Recorder::new(DEFAULT_CAPACITY)
    }
}

impl std::fmt::Debug for Recorder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ring = self.inner.ring.lock();
        f.debug_struct("Recorder")
            .field("len", &ring.events.len())
            .field("capacity", &ring.capacity)
            .field("next_id", &ring.next_id)
            .finish()
    }
}

fn now_unix() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}

/// The last `limit` items of `items` (all when `limit <= 0`), order kept.
fn tail<T>(mut items: Vec<T>, limit: i64) -> Vec<T> {
    if limit > 0 {
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        if items.len() > limit {
            items.drain(..items.len() - limit);
        }
    }
    items
}

impl Recorder {
    /// A recorder keeping the last `capacity` events (0 keeps none but still broadcasts).
    pub fn new(capacity: usize) -> Self {
        let (tx, _) = broadcast::channel(CHANNEL_CAPACITY);
        Recorder {
            inner: Arc::new(Inner {
                ring: Mutex::new(Ring { events: VecDeque::with_capacity(capacity.min(4096)), capacity, next_id: 1 }),
                tx,
                max_body_chars: AtomicUsize::new(DEFAULT_MAX_BODY_CHARS),
            }),
        }
    }

    /// Records an event: assigns the next id and the current time, pushes it into the ring
    /// (dropping the oldest when full) and sends it to live subscribers. Never blocks on them.
    pub fn record(&self, ev: NewEvent) -> Arc<IoEvent> {
        let ts = now_unix();
        let mut ring = self.inner.ring.lock();
        let id = ring.next_id;
        ring.next_id += 1;
        let event = Arc::new(ev.into_event(id, ts));
        if ring.capacity > 0 {
            while ring.events.len() >= ring.capacity {
                ring.events.pop_front();
            }
            ring.events.push_back(event.clone());
        }
        // Sent under the lock so `subscribe` sees each event exactly once (backlog or live).
        // An error only means "no subscribers".
        let _ = self.inner.tx.send(event.clone());
        event
    }

    /// The last `limit` events, newest last; `limit <= 0` means all.
    pub fn recent(&self, limit: i64) -> Vec<Arc<IoEvent>> {
        let all: Vec<_> = self.inner.ring.lock().events.iter().cloned().collect();
        tail(all, limit)
    }

    /// The last `limit` failed events (`error` set or `status >= 400`), newest last;
    /// `limit <= 0` means all.
    pub fn errors(&self, limit: i64) -> Vec<Arc<IoEvent>> {
        let errs: Vec<_> = self.inner.ring.lock().events.iter().filter(|e| e.is_error()).cloned().collect();
        tail(errs, limit)
    }

    /// Empties the ring. Ids keep counting.
    pub fn clear(&self) {
        self.inner.ring.lock().events.clear();
    }

    /// Number of events currently in the ring.
    pub fn len(&self) -> usize {
        self.inner.ring.lock().events.len()
    }

    /// Whether the ring is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The ring's capacity.
    pub fn capacity(&self) -> usize {
        self.inner.ring.lock().capacity
    }

    /// Resizes the ring, dropping the oldest events if it shrinks.
    pub fn set_capacity(&self, n: usize) {
        let mut ring = self.inner.ring.lock();
        ring.capacity = n;
        while ring.events.len() > n {
            ring.events.pop_front();
        }
    }

    /// The current ring plus a receiver for everything recorded after it, taken atomically:
    /// no event is lost or duplicated between the backlog and the live feed (unless the
    /// receiver later lags past [`CHANNEL_CAPACITY`]).
    pub fn subscribe(&self) -> (Vec<Arc<IoEvent>>, broadcast::Receiver<Arc<IoEvent>>) {
        let ring = self.inner.ring.lock();
        let rx = self.inner.tx.subscribe();
        (ring.events.iter().cloned().collect(), rx)
    }

    /// Sets the body cut (`observability.maxBodyChars`) callers should use.
    pub fn set_max_body_chars(&self, n: usize) {
        self.inner.max_body_chars.store(n, Ordering::Relaxed);
    }

    /// The body cut callers should use with [`crate::body_text`]; default 16384.
    pub fn max_body_chars(&self) -> usize {
        self.inner.max_body_chars.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::Source;
    use tokio::sync::broadcast::error::TryRecvError;

    fn ev(target: &str) -> NewEvent {
        NewEvent { method: "GET".into(), target: target.into(), ..Default::default() }
    }

    fn ids(v: &[Arc<IoEvent>]) -> Vec<u64> {
        v.iter().map(|e| e.id).collect()
    }

    #[test]
    fn assigns_ids_from_one_and_timestamps() {
        let r = Recorder::default();
        let before = now_unix();
        let a = r.record(ev("/a"));
        let b = r.record(ev("/b"));
        assert_eq!((a.id, b.id), (1, 2));
        assert!(a.ts >= before - 1.0 && a.ts <= now_unix() + 1.0);
        assert!(a.ts > 1.6e9, "unix seconds");
        assert_eq!(a.source, Source::Inbound);
        assert_eq!(a.target, "/a");
    }

    #[test]
    fn ids_never_reused_after_clear() {
        let r = Recorder::new(10);
        for _ in 0..3 {
            r.record(ev("/"));
        }
        r.clear();
        assert!(r.recent(0).is_empty());
        assert!(r.is_empty());
        assert_eq!(r.record(ev("/")).id, 4);
        assert_eq!(ids(&r.recent(0)), vec![4]);
    }

    #[test]
    fn ring_drops_oldest() {
        let r = Recorder::new(3);
        for i in 0..5 {
            r.record(ev(&format!("/{i}")));
        }
        let got = r.recent(0);
        assert_eq!(ids(&got), vec![3, 4, 5]);
        assert_eq!(got[0].target, "/2");
        assert_eq!(r.capacity(), 3);
    }

    #[test]
    fn recent_limits_newest_last() {
        let r = Recorder::new(100);
        for _ in 0..30 {
            r.record(ev("/"));
        }
        assert_eq!(ids(&r.recent(3)), vec![28, 29, 30]);
        assert_eq!(r.recent(0).len(), 30);
        assert_eq!(r.recent(-5).len(), 30);
        assert_eq!(r.recent(1000).len(), 30);
        assert_eq!(r.recent(i64::MAX).len(), 30);
    }

    #[test]
    fn errors_filter() {
        let r = Recorder::new(100);
        r.record(NewEvent { status: Some(200), ..ev("/ok") });
        r.record(NewEvent { status: Some(404), ..ev("/missing") });
        r.record(NewEvent { error: Some("ValueError".into()), ..ev("/boom") });
        r.record(NewEvent { status: Some(399), ..ev("/redirectish") });
        r.record(NewEvent { status: Some(500), ..ev("/500") });
        assert_eq!(ids(&r.errors(0)), vec![2, 3, 5]);
        assert_eq!(ids(&r.errors(2)), vec![3, 5]);
    }

    #[test]
    fn set_capacity_shrinks_and_grows() {
        let r = Recorder::new(10);
        for _ in 0..10 {
            r.record(ev("/"));
        }
        r.set_capacity(4);
        assert_eq!(ids(&r.recent(0)), vec![7, 8, 9, 10]);
        r.set_capacity(6);
        for _ in 0..3 {
            r.record(ev("/"));
        }
        assert_eq!(ids(&r.recent(0)), vec![8, 9, 10, 11, 12, 13]);
        r.set_capacity(0);
        let e = r.record(ev("/"));
        assert_eq!(e.id, 14);
        assert!(r.recent(0).is_empty());
    }

    #[test]
    fn max_body_chars_setting() {
        let r = Recorder::default();
        assert_eq!(r.max_body_chars(), 16384);
        r.set_max_body_chars(10);
        assert_eq!(r.clone().max_body_chars(), 10);
    }

    #[test]
    fn subscribe_gets_backlog_then_live() {
        let r = Recorder::new(10);
        r.record(ev("/1"));
        r.record(ev("/2"));
        let (backlog, mut rx) = r.subscribe();
        assert_eq!(ids(&backlog), vec![1, 2]);
        r.record(ev("/3"));
        assert_eq!(rx.try_recv().unwrap().id, 3);
        assert!(matches!(rx.try_recv(), Err(TryRecvError::Empty)));
    }

    #[test]
    fn backlog_plus_live_has_no_gaps_under_concurrency() {
        const THREADS: u64 = 4;
        const PER: u64 = 200; // total stays below CHANNEL_CAPACITY, so no lag
        let r = Recorder::new(10_000);
        let start = Arc::new(std::sync::Barrier::new(usize::try_from(THREADS).unwrap() + 1));
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                let (r, start) = (r.clone(), start.clone());
                std::thread::spawn(move || {
                    start.wait();
                    for _ in 0..PER {
                        r.record(ev("/c"));
                    }
                })
            })
            .collect();
        start.wait();
        // Subscribe while the writers are running.
        while r.len() < 50 {
            std::thread::yield_now();
        }
        let (backlog, mut rx) = r.subscribe();
        for h in handles {
            h.join().unwrap();
        }
        let mut all = ids(&backlog);
        loop {
            match rx.try_recv() {
                Ok(e) => all.push(e.id),
                Err(TryRecvError::Empty) => break,
                Err(e) => panic!("unexpected {e:?}"),
            }
        }
        assert!(!backlog.is_empty());
        assert_eq!(all, (1..=THREADS * PER).collect::<Vec<_>>(), "backlog+live exact");
    }

    #[test]
    fn lagging_subscriber_misses_events_but_record_never_blocks() {
        let r = Recorder::new(5);
        let (_, mut rx) = r.subscribe();
        let n = CHANNEL_CAPACITY as u64 + 100;
        for _ in 0..n {
            r.record(ev("/"));
        }
        match rx.try_recv() {
            Err(TryRecvError::Lagged(k)) => assert_eq!(k, 100),
            other => panic!("expected lag, got {other:?}"),
        }
        // After the lag it resumes with the oldest still buffered event.
        assert_eq!(rx.try_recv().unwrap().id, 101);
        assert_eq!(ids(&r.recent(0)), ((n - 4)..=n).collect::<Vec<_>>());
    }

    #[test]
    fn record_without_subscribers_is_fine() {
        let r = Recorder::new(2);
        {
            let _sub = r.subscribe();
        }
        assert_eq!(r.record(ev("/")).id, 1);
    }

    #[test]
    fn async_subscriber_receives() {
        let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let r = Recorder::new(4);
        let (_, mut rx) = r.subscribe();
        let r2 = r.clone();
        std::thread::spawn(move || r2.record(ev("/async"))).join().unwrap();
        let got = rt.block_on(async { rx.recv().await.unwrap() });
        assert_eq!(got.target, "/async");
    }
}
