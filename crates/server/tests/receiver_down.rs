//! A webhook receiver down for an hour of simulated time (the deliverer runs on a
//! [`ManualClock`]), then back: every webhook is delivered once, one connection's in the order
//! they were queued, each signed and with its delivery id; while it was down the circuit
//! breaker kept the deliverer to a handful of requests; and a delivery whose sender died after
//! claiming it goes out again with the same id.

mod common;

use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use common::{Backend, World, serve};
use hmac::{Hmac, KeyInit, Mac};
use nango_server::Platform;
use nango_server::platform::{Clock, DELIVERY_ID_HEADER, ManualClock, circuit, format_time};
use serde_json::{Value, json};
use sha2::Sha256;

const SECRET: &str = "whsec-receiver";

#[derive(Clone, Default)]
struct Receiver {
    up: Arc<AtomicBool>,
    refused: Arc<AtomicUsize>,
    /// `(delivery id, body, signature valid)` of each request answered 200.
    received: Arc<Mutex<Vec<(String, Value, bool)>>>,
}

async fn receive(State(receiver): State<Receiver>, request: Request) -> impl IntoResponse {
    if !receiver.up.load(Ordering::SeqCst) {
        receiver.refused.fetch_add(1, Ordering::SeqCst);
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    let headers = request.headers().clone();
    let body = axum::body::to_bytes(request.into_body(), usize::MAX)
        .await
        .unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(&body);
    let expected: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let signed = headers
        .get("x-nango-hmac-sha256")
        .is_some_and(|h| h.to_str().unwrap() == expected);
    let id = headers
        .get(DELIVERY_ID_HEADER)
        .map(|h| h.to_str().unwrap().to_string())
        .unwrap_or_default();
    receiver
        .received
        .lock()
        .unwrap()
        .push((id, serde_json::from_slice(&body).unwrap(), signed));
    StatusCode::OK
}

#[tokio::test(flavor = "multi_thread")]
async fn a_receiver_down_for_an_hour_gets_every_webhook_in_order_once_it_is_back_on_sqlite() {
    receiver_down_for_an_hour(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_receiver_down_for_an_hour_gets_every_webhook_in_order_once_it_is_back_on_postgres() {
    receiver_down_for_an_hour(Backend::Postgres).await;
}

async fn receiver_down_for_an_hour(backend: Backend) {
    let Some(world) = World::new_on(backend).await else {
        return;
    };
    let receiver = Receiver::default();
    let url = serve(Router::new().fallback(receive).with_state(receiver.clone())).await;
    let (status, body) = world
        .dev(
            "PATCH",
            "/environment",
            Some(json!({ "webhook_url": format!("{url}/hook"), "webhook_secret": SECRET })),
        )
        .await;
    assert_eq!(status, 200, "{body}");

    let clock = Arc::new(ManualClock::starting_at(SystemTime::now()));
    let platform = Platform {
        clock: clock.clone(),
        ..world.state.clone()
    };
    let dev = platform
        .store
        .environment_by_name("dev")
        .await
        .unwrap()
        .unwrap();
    // Three connections' webhooks interleaved, and webhooks that name no connection.
    let mut queued = 0;
    for n in 0..10 {
        for connection in ["c1", "c2", "c3"] {
            let body = json!({ "from": "nango", "type": "sync", "providerConfigKey": "gh", "connectionId": connection, "n": n });
            platform.queue_webhooks(&dev, &body).await.unwrap();
            queued += 1;
        }
        let body = json!({ "from": "nango", "type": "note", "n": n });
        platform.queue_webhooks(&dev, &body).await.unwrap();
        queued += 1;
    }
    let client = reqwest::Client::new();

    // An hour down, the deliverer running every 10 simulated seconds.
    for _ in 0..360 {
        clock.advance(Duration::from_secs(10));
        let delivered = platform.deliver_due_webhooks(&client).await.unwrap();
        assert_eq!(delivered, 0);
    }
    let refused = receiver.refused.load(Ordering::SeqCst);
    // Without the breaker, the 13 deliveries free to go (one per connection, and the 10 without
    // one) would each be tried about 10 times in the hour on their own backoff.
    let bound = circuit::FAILURES_TO_OPEN as usize + 12;
    assert!(
        refused <= bound,
        "{refused} requests to a dead receiver in an hour (at most {bound})"
    );

    // Back: after the longest cool-down, everything goes out.
    receiver.up.store(true, Ordering::SeqCst);
    clock.advance(circuit::MAX_COOL_DOWN);
    let mut rounds = 0;
    while receiver.received.lock().unwrap().len() < queued && rounds < 200 {
        platform.deliver_due_webhooks(&client).await.unwrap();
        clock.advance(Duration::from_secs(10));
        rounds += 1;
    }
    let received = receiver.received.lock().unwrap().clone();
    assert_eq!(
        received.len(),
        queued,
        "{rounds} rounds after the receiver came back"
    );
    assert!(received.iter().all(|(_, _, signed)| *signed), "signed");
    let ids: HashSet<&str> = received.iter().map(|(id, ..)| id.as_str()).collect();
    assert_eq!(ids.len(), queued, "a distinct delivery id each");
    assert!(ids.iter().all(|id| id.len() == 32), "{ids:?}");
    let mut per_connection: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
    for (_, body, _) in &received {
        if let Some(connection) = body["connectionId"].as_str() {
            per_connection
                .entry(connection)
                .or_default()
                .push(body["n"].as_i64().unwrap());
        }
    }
    for (connection, order) in &per_connection {
        assert_eq!(order, &(0..10).collect::<Vec<_>>(), "{connection}");
    }
    println!(
        "{backend:?}: receiver down an hour: {refused} requests to it (bound {bound}); back: {queued} webhooks delivered in {rounds} rounds"
    );

    // A sender that claimed a delivery and died before recording it: once its lease ends, the
    // delivery goes out again, with the same id.
    let body = json!({ "from": "nango", "type": "sync", "providerConfigKey": "gh", "connectionId": "c1", "n": 10 });
    platform.queue_webhooks(&dev, &body).await.unwrap();
    let claimed = platform
        .store
        .claim_webhooks(
            &format_time(clock.now()),
            10,
            &format_time(clock.now() + Duration::from_secs(300)),
        )
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1);
    clock.advance(Duration::from_secs(60));
    assert_eq!(platform.deliver_due_webhooks(&client).await.unwrap(), 0);
    clock.advance(Duration::from_secs(300));
    assert_eq!(platform.deliver_due_webhooks(&client).await.unwrap(), 1);
    let last = receiver.received.lock().unwrap().last().unwrap().clone();
    assert_eq!(last.0, claimed[0].delivery_id);
    assert_eq!(last.1["n"], 10);
}
