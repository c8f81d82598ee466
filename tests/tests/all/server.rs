//! A real HTTP server on 127.0.0.1 that records every request and answers with canned replies.

use std::sync::{Arc, Mutex, PoisonError};

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, header};
use axum::response::Response;
use serde_json::Value;
use tokio::task::JoinHandle;

/// A request as the server received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// The path exactly as sent, still percent-encoded.
    pub path: String,
    pub query: Option<String>,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    /// When the server received it.
    pub at: std::time::Instant,
}

impl Recorded {
    /// The value of the query parameter `name`, decoded.
    pub fn query_value(&self, name: &str) -> Option<String> {
        let query = self.query.as_deref()?;
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.replace('+', " "))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    /// Header names, without those any HTTP/1.1 client must send.
    pub fn header_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .headers
            .keys()
            .map(|name| name.as_str().to_owned())
            .filter(|name| name != "host" && name != "content-length")
            .collect();
        names.sort();
        names
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("the request body is JSON")
    }
}

/// What the server answers to every request.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub content_type: Option<&'static str>,
    pub body: Vec<u8>,
    /// Headers besides `Content-Type`.
    pub headers: Vec<(&'static str, String)>,
    /// How long the server waits before it answers.
    pub delay: Option<std::time::Duration>,
}

impl Reply {
    pub fn json(status: u16, body: &Value) -> Self {
        Self { content_type: Some("application/json"), body: body.to_string().into_bytes(), ..Self::empty(status) }
    }

    pub fn raw(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Self {
        Self { content_type: Some(content_type), body: body.into(), ..Self::empty(status) }
    }

    pub fn empty(status: u16) -> Self {
        Self { status, content_type: None, body: Vec::new(), headers: Vec::new(), delay: None }
    }

    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    pub fn after(mut self, delay: std::time::Duration) -> Self {
        self.delay = Some(delay);
        self
    }
}

type Log = Arc<Mutex<Vec<Recorded>>>;

/// How the server picks its reply: from the request and how many requests came before it.
type Respond = Arc<dyn Fn(&Recorded, usize) -> Reply + Send + Sync>;

pub struct Server {
    pub base_url: String,
    log: Log,
    task: JoinHandle<()>,
}

impl Server {
    pub async fn start(reply: Reply) -> Self {
        Self::start_at("", reply).await
    }

    /// A server whose base URL ends in `prefix`, e.g. `/v1`.
    pub async fn start_at(prefix: &str, reply: Reply) -> Self {
        Self::serve(prefix, Arc::new(move |_: &Recorded, _| reply.clone())).await
    }

    /// A server that answers its first requests with `replies`, in order, and any after them
    /// with the last one.
    pub async fn start_sequence(replies: Vec<Reply>) -> Self {
        Self::start_with(move |_, index| replies[index.min(replies.len() - 1)].clone()).await
    }

    /// A server that answers each request as `respond` says, given the request and how many
    /// requests came before it.
    pub async fn start_with(respond: impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static) -> Self {
        Self::serve("", Arc::new(respond)).await
    }

    async fn serve(prefix: &str, respond: Respond) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a loopback port");
        let address = listener.local_addr().expect("a bound address");
        let log = Log::default();
        let app = Router::new().fallback(record).with_state((log.clone(), respond));
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("the test server runs");
        });
        Self { base_url: format!("http://{address}{prefix}"), log, task }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.log.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// The one request the server received.
    pub fn request(&self) -> Recorded {
        let requests = self.requests();
        assert_eq!(requests.len(), 1, "expected exactly one request, got {requests:#?}");
        requests.into_iter().next().expect("one request")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A loopback URL where nothing listens any more.
pub async fn closed_port_url() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a loopback port");
    let address = listener.local_addr().expect("an address");
    drop(listener);
    format!("http://{address}")
}

async fn record(State((log, respond)): State<(Log, Respond)>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = to_bytes(body, 1 << 20).await.map(|bytes| bytes.to_vec()).unwrap_or_default();
    let recorded = Recorded {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts.headers,
        body,
        at: std::time::Instant::now(),
    };
    let reply = {
        let mut log = log.lock().unwrap_or_else(PoisonError::into_inner);
        let reply = respond(&recorded, log.len());
        log.push(recorded);
        reply
    };
    if let Some(delay) = reply.delay {
        tokio::time::sleep(delay).await;
    }
    let mut response = Response::builder().status(reply.status);
    if let Some(content_type) = reply.content_type {
        response = response.header(header::CONTENT_TYPE, content_type);
    }
    for (name, value) in reply.headers {
        response = response.header(name, value);
    }
    response.body(Body::from(reply.body)).expect("a valid canned response")
}
