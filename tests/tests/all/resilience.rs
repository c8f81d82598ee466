//! Retries, `Retry-After`, idempotency keys, timeouts, hooks and tracing, on the wire: what the
//! server recorded is asserted, not how long the test took.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use losant_instance_org::models::InstanceOrgPatch;
use serde_json::json;
use wire_client::models::Item;
use wire_client::reqwest::header::{HeaderMap, HeaderValue};
use wire_client::reqwest::{self, StatusCode};
use wire_client::{Attempt, Client, Error, Hooks, RetryPolicy};

use crate::server::{Recorded, Reply, Server, closed_port_url};
use crate::support::QUICK_BACKOFF;

const TOKEN: &str = "resilience-token";

const QUICK: RetryPolicy = RetryPolicy::DEFAULT.with_backoff(QUICK_BACKOFF.0, QUICK_BACKOFF.1);

fn client(server: &Server) -> Client {
    Client::new(TOKEN).expect("token").with_base_url(&server.base_url).expect("base URL").with_retry_policy(QUICK)
}

fn item() -> serde_json::Value {
    json!({"id": 7, "name": "seven"})
}

fn gap(requests: &[Recorded]) -> Duration {
    requests[1].at.duration_since(requests[0].at)
}

#[tokio::test]
async fn a_429_is_retried_after_the_seconds_its_retry_after_asks_for() {
    let busy = Reply::json(429, &json!({})).with_header("retry-after", "1");
    let server = Server::start_sequence(vec![busy, Reply::json(200, &item())]).await;
    let item = client(&server).items().get_item("7").await.expect("the retry succeeds");
    assert_eq!(item.name, "seven");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(gap(&requests) >= Duration::from_secs(1), "retried after {:?}", gap(&requests));
}

#[tokio::test]
async fn a_retry_after_given_as_an_http_date_is_waited_for() {
    // Written in whole seconds, the date is between four and five seconds away: at least two
    // are left when the first request arrives, however loaded the machine is.
    let in_five_seconds = chrono::Utc::now() + chrono::TimeDelta::seconds(5);
    let date = in_five_seconds.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    let busy = Reply::json(429, &json!({})).with_header("retry-after", date);
    let server = Server::start_sequence(vec![busy, Reply::json(200, &item())]).await;
    client(&server).items().get_item("7").await.expect("the retry succeeds");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(gap(&requests) >= Duration::from_secs(2), "retried after {:?}", gap(&requests));
}

#[tokio::test]
async fn a_server_that_keeps_failing_gets_one_request_and_each_retry_then_the_last_answer() {
    let server = Server::start_with(|_, index| {
        Reply::json(503, &json!({"title": "down"})).with_header("x-attempt", (index + 1).to_string())
    })
    .await;
    let error =
        client(&server).items().get_item("7").retry_policy(QUICK.with_max_retries(3)).await.expect_err("always 503");
    assert_eq!(server.requests().len(), 4, "one request and three retries");
    assert_eq!(error.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    let attempt = error.headers().and_then(|headers| headers.get("x-attempt"));
    assert_eq!(attempt.and_then(|value| value.to_str().ok()), Some("4"), "the last answer's headers");
}

#[tokio::test]
async fn the_default_policy_retries_twice_and_none_turns_retries_off() {
    assert_eq!(RetryPolicy::default().max_retries(), 2);
    let server = Server::start(Reply::json(503, &json!({}))).await;
    client(&server).items().get_item("7").await.expect_err("always 503");
    assert_eq!(server.requests().len(), 3);
    let server = Server::start(Reply::json(503, &json!({}))).await;
    client(&server).with_retry_policy(RetryPolicy::NONE).items().get_item("7").await.expect_err("503");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_patch_answered_500_is_sent_once() {
    let server = Server::start(Reply::json(500, &json!({"message": "oops"}))).await;
    let client = losant_instance_org::Client::new(TOKEN)
        .expect("token")
        .with_base_url(&server.base_url)
        .expect("base URL")
        .with_retry_policy(
            losant_instance_org::RetryPolicy::DEFAULT.with_backoff(Duration::from_millis(1), Duration::from_millis(2)),
        );
    let mut patch = InstanceOrgPatch::default();
    patch.name = Some("Renamed".into());
    let instance = "575ec8687ae143cd83dc4a97";
    let org = "575ed6e87ae143cd83dc4aa8";
    client.instance_org().patch_instance_org(instance, org, patch).await.expect_err("500");
    assert_eq!(server.request().method, "PATCH");
}

#[tokio::test]
async fn a_post_is_retried_on_500_only_when_marked_idempotent_and_keeps_one_idempotency_key() {
    let created = Reply::json(201, &item());
    let server = Server::start_sequence(vec![Reply::json(500, &json!({})), created.clone()]).await;
    let new_item = || Item::new("seven".into());
    client(&server).items().create_item(new_item()).await.expect_err("a POST is not retried on 500");
    assert_eq!(server.requests().len(), 1);
    assert_eq!(server.request().header("idempotency-key"), None, "no key unless the request is marked");

    let server =
        Server::start_sequence(vec![Reply::json(500, &json!({})), Reply::json(502, &json!({})), created]).await;
    client(&server).items().create_item(new_item()).idempotent().await.expect("the third attempt succeeds");
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    let key = requests[0].header("idempotency-key").expect("a generated key").to_owned();
    assert_eq!(key.len(), 32, "{key}");
    for request in &requests {
        assert_eq!(request.header("idempotency-key"), Some(key.as_str()), "the same key on every attempt");
        assert_eq!(request.body, requests[0].body, "the body is sent again byte for byte");
    }
    assert_eq!(requests[0].json(), json!({"name": "seven"}));
}

#[tokio::test]
async fn a_key_the_caller_sets_is_the_one_sent_on_every_attempt() {
    let server = Server::start_sequence(vec![Reply::json(503, &json!({})), Reply::json(201, &item())]).await;
    let item = Item::new("seven".into());
    client(&server).items().create_item(item).idempotency_key("mine-1").idempotent().await.expect("201");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests.iter().all(|request| request.header("idempotency-key") == Some("mine-1")));
}

#[tokio::test]
async fn a_429_is_retried_for_any_method_because_the_server_asked() {
    let busy = Reply::json(429, &json!({})).with_header("retry-after", "0");
    let server = Server::start_sequence(vec![busy, Reply::json(201, &item())]).await;
    let item = Item::new("seven".into());
    client(&server).items().create_item(item).await.expect("201 after the 429");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests.iter().all(|request| request.method == "POST"));
}

#[tokio::test]
async fn a_retry_after_beyond_the_cap_is_not_waited_for() {
    let busy = Reply::json(429, &json!({})).with_header("retry-after", "3600");
    let server = Server::start_sequence(vec![busy, Reply::json(200, &item())]).await;
    let error = client(&server).items().get_item("7").await.expect_err("an hour is too long");
    assert_eq!(server.requests().len(), 1);
    assert_eq!(error.status(), Some(StatusCode::TOO_MANY_REQUESTS));
    let retry_after = error.headers().and_then(|headers| headers.get("retry-after"));
    assert_eq!(retry_after.and_then(|value| value.to_str().ok()), Some("3600"));
}

/// Counts the attempts a client makes and adds a header to each.
#[derive(Default)]
struct Counting {
    attempts: AtomicU32,
    answers: Mutex<Vec<(u32, u16)>>,
}

impl Hooks for Counting {
    fn before_send(&self, request: &mut reqwest::Request, attempt: &Attempt) {
        self.attempts.fetch_add(1, Ordering::SeqCst);
        let id = HeaderValue::from_str(&format!("{}-{}", attempt.operation, attempt.number)).expect("ASCII");
        request.headers_mut().insert("x-request-id", id);
    }

    fn after_response(&self, status: StatusCode, _: &HeaderMap, attempt: &Attempt) {
        self.answers.lock().unwrap_or_else(PoisonError::into_inner).push((attempt.number, status.as_u16()));
    }
}

#[tokio::test]
async fn a_get_that_cannot_connect_is_retried() {
    let hooks = Arc::new(Counting::default());
    let url = closed_port_url().await;
    let client = Client::new(TOKEN)
        .expect("token")
        .with_base_url(&url)
        .expect("base URL")
        .with_retry_policy(QUICK)
        .with_hooks(hooks.clone());
    match client.items().get_item("7").await {
        Err(Error::Transport(error)) => assert!(error.is_connect(), "{error}"),
        other => panic!("expected a connection error, got {other:?}"),
    }
    assert_eq!(hooks.attempts.load(Ordering::SeqCst), 3, "the first attempt and two retries");
}

#[tokio::test]
async fn hooks_run_on_every_attempt_and_see_every_answer() {
    let hooks = Arc::new(Counting::default());
    let server = Server::start_sequence(vec![Reply::json(502, &json!({})), Reply::json(200, &item())]).await;
    client(&server).with_hooks(hooks.clone()).items().get_item("7").await.expect("200");
    let requests = server.requests();
    let ids: Vec<Option<String>> =
        requests.iter().map(|request| request.header("x-request-id").map(str::to_owned)).collect();
    assert_eq!(ids, [Some("getItem-1".to_owned()), Some("getItem-2".to_owned())]);
    let answers = hooks.answers.lock().unwrap_or_else(PoisonError::into_inner).clone();
    assert_eq!(answers, [(1, 502), (2, 200)]);
}

#[tokio::test]
async fn a_stalled_request_times_out_on_each_attempt_well_before_the_client_default() {
    let server = Server::start(Reply::json(200, &item()).after(Duration::from_secs(30))).await;
    let timeout = Duration::from_millis(200);
    match client(&server).items().get_item("7").timeout(timeout).await {
        Err(Error::Timeout { operation, after, .. }) => assert_eq!((operation, after), ("getItem", Some(timeout))),
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 3, "a GET that timed out is retried");
    let server = Server::start(Reply::json(201, &item()).after(Duration::from_secs(30))).await;
    let item = Item::new("seven".into());
    let error = client(&server).items().create_item(item).timeout(timeout).await.expect_err("times out");
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    assert_eq!(server.requests().len(), 1, "a POST that timed out is not");
}

/// Records the fields of every span, by span.
#[derive(Default)]
struct Spans(Mutex<Vec<Vec<(String, String)>>>);

/// A span's fields as they are recorded.
struct Fields<'a>(&'a mut Vec<(String, String)>);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }
}

struct Recorder(Arc<Spans>);

impl tracing::Subscriber for Recorder {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut spans = self.0.0.lock().unwrap_or_else(PoisonError::into_inner);
        let mut fields = vec![("name".to_owned(), span.metadata().name().to_owned())];
        span.record(&mut Fields(&mut fields));
        spans.push(fields);
        tracing::span::Id::from_u64(spans.len() as u64)
    }

    fn record(&self, span: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut spans = self.0.0.lock().unwrap_or_else(PoisonError::into_inner);
        let index = usize::try_from(span.into_u64()).expect("a small id") - 1;
        values.record(&mut Fields(&mut spans[index]));
    }

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, _: &tracing::Event<'_>) {}

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}

#[tokio::test]
async fn each_attempt_has_a_span_with_the_operation_and_no_credentials() {
    let spans = Arc::new(Spans::default());
    let _default = tracing::subscriber::set_default(Recorder(spans.clone()));
    let server = Server::start_sequence(vec![Reply::json(503, &json!({})), Reply::json(200, &item())]).await;
    client(&server).items().get_item("secret-id-42").await.expect("200 on the retry");
    let spans = spans.0.lock().unwrap_or_else(PoisonError::into_inner).clone();
    let field = |span: &[(String, String)], name: &str| {
        span.iter().filter(|(field, _)| field == name).map(|(_, value)| value.clone()).next_back()
    };
    let requests: Vec<&Vec<(String, String)>> =
        spans.iter().filter(|span| field(span, "name").as_deref() == Some("request")).collect();
    assert_eq!(requests.len(), 2, "{spans:?}");
    for (span, (attempt, status)) in requests.iter().zip([("1", "503"), ("2", "200")]) {
        assert_eq!(field(span, "operation").as_deref(), Some("\"getItem\""), "{span:?}");
        assert_eq!(field(span, "method").as_deref(), Some("\"GET\""), "{span:?}");
        assert_eq!(field(span, "path").as_deref(), Some("\"/items/{itemId}\""), "{span:?}");
        assert_eq!(field(span, "attempt").as_deref(), Some(attempt), "{span:?}");
        assert_eq!(field(span, "status").as_deref(), Some(status), "{span:?}");
    }
    let everything = format!("{spans:?}");
    assert!(!everything.contains(TOKEN) && !everything.contains("secret-id-42"), "{everything}");
}
