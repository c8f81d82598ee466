//! Request overhead of the generated client, retries on as by default, against hand-written
//! `reqwest` + `serde_json` code doing the same GET and PATCH, against one local server on
//! 127.0.0.1, interleaved in one run.
//!
//! `cargo bench -p tests --bench overhead [-- ROUNDS REQUESTS]` prints one line per client (the
//! generated one, hand-written code, and the generated one with retries off):
//! `overhead <client> <requests per second for each round, comma-separated> <allocations per request>`.
//! `cargo xtask bench` runs it and puts the numbers in BENCHMARKS.md.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::Instant;

use axum::Router;
use axum::routing::get;
use losant_instance_org::models::{InstanceOrg, InstanceOrgPatch};
use losant_instance_org::reqwest;
use serde_json::{Value, json};

/// Counts allocations made on the thread that counts them, so the server's own allocations
/// (on its own thread) stay out of the client's numbers.
struct CountingAllocator;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

// SAFETY: every call is passed to the system allocator unchanged; counting touches only a
// thread-local `Cell` with a const initializer, which never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        // SAFETY: the caller's contract for `alloc` is passed on as it is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: `pointer` came from `System.alloc` with this layout.
        unsafe { System.dealloc(pointer, layout) }
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        // SAFETY: the caller's contract for `realloc` is passed on as it is.
        unsafe { System.realloc(pointer, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

const TOKEN: &str = "bench-token";
const INSTANCE_ID: &str = "5b9b2c7f8b5a4e0006c2a1b0";
const ORG_ID: &str = "5b9b2c7f8b5a4e0006c2a1b1";

fn organization() -> Value {
    let text = include_str!("../fixtures/instance-org-complete.json");
    serde_json::from_str(text).unwrap_or_else(|error| panic!("the fixture is JSON: {error}"))
}

/// Serves the organization to GET and PATCH on a thread of its own; returns the base URL.
fn start_server() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|error| panic!("bind: {error}"));
    let address = listener.local_addr().unwrap_or_else(|error| panic!("address: {error}"));
    listener.set_nonblocking(true).unwrap_or_else(|error| panic!("nonblocking: {error}"));
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build();
        let runtime = runtime.unwrap_or_else(|error| panic!("server runtime: {error}"));
        runtime.block_on(async move {
            let body = organization().to_string();
            let reply = move || {
                let body = body.clone();
                async move { ([("content-type", "application/json")], body) }
            };
            let app = Router::new().route("/instances/{instance}/orgs/{org}", get(reply.clone()).patch(reply));
            let listener = tokio::net::TcpListener::from_std(listener).unwrap_or_else(|error| panic!("{error}"));
            axum::serve(listener, app).await.unwrap_or_else(|error| panic!("serve: {error}"));
        });
    });
    format!("http://{address}")
}

fn patch() -> InstanceOrgPatch {
    serde_json::from_value(json!({"name": "Renamed", "description": "Benchmarked"}))
        .unwrap_or_else(|error| panic!("a valid patch: {error}"))
}

/// One GET and one PATCH through the generated client.
async fn generated(client: &losant_instance_org::Client, patch: &InstanceOrgPatch) -> usize {
    let api = client.instance_org();
    let fetched = api.get_instance_org(INSTANCE_ID, ORG_ID).await.unwrap_or_else(|error| panic!("GET: {error}"));
    let patched = api
        .patch_instance_org(INSTANCE_ID, ORG_ID, patch.clone())
        .await
        .unwrap_or_else(|error| panic!("PATCH: {error}"));
    fetched.name.len() + patched.name.len()
}

/// The same two requests as someone would write them by hand with `reqwest` and `serde_json`.
async fn hand_written(http: &reqwest::Client, base_url: &str, patch: &InstanceOrgPatch) -> usize {
    let url = format!("{base_url}/instances/{INSTANCE_ID}/orgs/{ORG_ID}");
    let get = http.get(&url);
    let body = serde_json::to_vec(patch).unwrap_or_else(|error| panic!("PATCH body: {error}"));
    let patch = http.patch(&url).header("content-type", "application/json").body(body);
    let fetched = decode(get.bearer_auth(TOKEN).header("accept", "application/json")).await;
    let patched = decode(patch.bearer_auth(TOKEN).header("accept", "application/json")).await;
    fetched.name.len() + patched.name.len()
}

async fn decode(request: reqwest::RequestBuilder) -> InstanceOrg {
    let response = request.send().await.and_then(reqwest::Response::error_for_status);
    let bytes = response.unwrap_or_else(|error| panic!("request: {error}")).bytes().await;
    let bytes = bytes.unwrap_or_else(|error| panic!("body: {error}"));
    serde_json::from_slice(&bytes).unwrap_or_else(|error| panic!("decoding: {error}"))
}

/// Requests per second and allocations per request over `pairs` GET + PATCH pairs.
async fn measure<F: Future<Output = usize>>(pairs: usize, mut pair: impl FnMut() -> F) -> (f64, f64) {
    let allocations_before = ALLOCATIONS.with(Cell::get);
    let started = Instant::now();
    let mut checksum = 0;
    for _ in 0..pairs {
        checksum += pair().await;
    }
    let seconds = started.elapsed().as_secs_f64();
    let allocations = ALLOCATIONS.with(Cell::get) - allocations_before;
    assert!(checksum > 0, "every response carried the organization's name");
    let requests = (2 * pairs) as f64;
    (requests / seconds, allocations as f64 / requests)
}

fn main() {
    let mut args = std::env::args().skip(1).filter(|arg| arg != "--bench");
    let rounds: usize = args.next().and_then(|text| text.parse().ok()).unwrap_or(31);
    let pairs: usize = args.next().and_then(|text| text.parse().ok()).unwrap_or(500);
    let base_url = start_server();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build();
    let runtime = runtime.unwrap_or_else(|error| panic!("client runtime: {error}"));
    runtime.block_on(async {
        let http = reqwest::Client::new();
        let client = losant_instance_org::Client::new(TOKEN)
            .and_then(|client| client.with_base_url(&base_url))
            .unwrap_or_else(|error| panic!("client: {error}"))
            .with_http_client(http.clone());
        let patch = patch();
        // The same client with retries off, to show what keeping a request for a retry costs.
        let without_retries = client.clone().with_retry_policy(losant_instance_org::RetryPolicy::NONE);
        // Warm both up: connections, the pattern cache, the allocator.
        measure(50, || generated(&client, &patch)).await;
        measure(50, || hand_written(&http, &base_url, &patch)).await;
        let mut ours = Vec::new();
        let mut theirs = Vec::new();
        let mut once = Vec::new();
        for round in 0..rounds {
            // Alternate which goes first, so neither always runs on a warmer machine.
            let (a, b) = if round % 2 == 0 {
                let a = measure(pairs, || generated(&client, &patch)).await;
                (a, measure(pairs, || hand_written(&http, &base_url, &patch)).await)
            } else {
                let b = measure(pairs, || hand_written(&http, &base_url, &patch)).await;
                (measure(pairs, || generated(&client, &patch)).await, b)
            };
            ours.push(a);
            theirs.push(b);
            once.push(measure(pairs, || generated(&without_retries, &patch)).await);
        }
        for (name, results) in [("generated", ours), ("hand-written", theirs), ("generated-without-retries", once)] {
            let rates: Vec<String> = results.iter().map(|(rate, _)| format!("{rate:.0}")).collect();
            let allocations = results.iter().map(|(_, allocations)| allocations).sum::<f64>() / results.len() as f64;
            println!("overhead {name} {} {allocations:.1}", rates.join(","));
        }
    });
}
