// This file is generated from tests/fixtures/specs/wire.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! What every operation shares: the client, errors and responses, request encoding and validation.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};
use reqwest::header::{
    ACCEPT, AUTHORIZATION, CONTENT_TYPE, COOKIE, HeaderMap, HeaderName, HeaderValue,
    RETRY_AFTER,
};
use reqwest::{Method, StatusCode, Url};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// How much of an unexpected response body an [`Error::UnexpectedStatus`] keeps.
const UNEXPECTED_BODY_LIMIT: usize = 4096;

/// How much of an undecodable body an [`Error::Decode`] keeps.
const EXCERPT_LIMIT: usize = 256;

/// A client for the API: where it is, the bearer token, and the HTTP client that sends requests.
///
/// Cloning is cheap; clones share the HTTP client's connection pool. `Debug` never shows the token.
#[derive(Clone)]
pub struct Client {
    base_url: String,
    /// The timeout of the HTTP client this client built, when it built it.
    timeout: Option<Duration>,
    retry_policy: RetryPolicy,
    hooks: Option<Arc<dyn Hooks>>,
    /// The token as `Bearer <token>`.
    authorization: HeaderValue,
    /// The token alone, for APIs that take it as an API key.
    token: HeaderValue,
    /// The user name and password for operations that use HTTP Basic authentication.
    basic: Option<(String, String)>,
    http: reqwest::Client,
    /// What every request starts with for the parameters every operation takes, which the
    /// shared module's setters change.
    pub(crate) shared: crate::shared::SharedParameters,
}

impl Client {
    /// How long a request may take, connecting and reading the whole response included, unless
    /// the request sets its own ([`Request::timeout`]) or the client was given its
    /// own HTTP client ([`Client::with_http_client`]). Each attempt of a retried request has
    /// this long.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
    /// The client `Client::new` makes, which every request gives the `shared` parameters. The
    /// shared module writes `new` itself, since the parameters the client must be given are the
    /// API's.
    pub(crate) fn authenticated(
        token: &str,
        shared: crate::shared::SharedParameters,
    ) -> Result<Self, ConfigError> {
        let secret = |text: &str| {
            let mut value = HeaderValue::from_str(text)
                .map_err(|_| ConfigError::InvalidToken)?;
            value.set_sensitive(true);
            Ok(value)
        };
        let authorization = secret(&format!("Bearer {token}"))?;
        let token = secret(token)?;
        let http = reqwest::Client::builder()
            .timeout(Self::DEFAULT_TIMEOUT)
            .build()
            .map_err(|error| ConfigError::Http(error.to_string()))?;
        let base_url = crate::DEFAULT_BASE_URL.trim_end_matches('/').to_owned();
        Ok(Self {
            base_url,
            timeout: Some(Self::DEFAULT_TIMEOUT),
            retry_policy: RetryPolicy::DEFAULT,
            hooks: None,
            authorization,
            token,
            basic: None,
            http,
            shared,
        })
    }
    /// The same client, authenticating as `username` with `password` (HTTP Basic) in the
    /// operations that use Basic authentication; the others keep using the token.
    pub fn with_basic_auth(
        mut self,
        username: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        self.basic = Some((username.into(), password.into()));
        self
    }
    /// The same client, sending its requests to `base_url` (for example a test server).
    ///
    /// Fails unless `base_url` is an absolute `http` or `https` URL without a query or fragment.
    pub fn with_base_url(mut self, base_url: &str) -> Result<Self, ConfigError> {
        let invalid = |reason: &str| ConfigError::InvalidBaseUrl {
            url: base_url.to_owned(),
            reason: reason.to_owned(),
        };
        let url = Url::parse(base_url).map_err(|error| invalid(&error.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(invalid("the scheme must be http or https"));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(invalid("a base URL has no query or fragment"));
        }
        self.base_url = url.as_str().trim_end_matches('/').to_owned();
        Ok(self)
    }
    /// The same client, sending its requests through `http`, so that timeouts, proxies and TLS
    /// are the caller's to choose: [`Client::DEFAULT_TIMEOUT`] no longer applies, though a
    /// request's own timeout still does.
    pub fn with_http_client(mut self, http: reqwest::Client) -> Self {
        self.http = http;
        self.timeout = None;
        self
    }
    /// The same client, retrying failed requests as `policy` says, unless a request sets its
    /// own ([`Request::retry_policy`]). [`RetryPolicy::NONE`] turns retries off.
    pub fn with_retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry_policy = policy;
        self
    }
    /// The same client, running `hooks` around every attempt of every request.
    pub fn with_hooks(mut self, hooks: impl Hooks) -> Self {
        self.hooks = Some(Arc::new(hooks));
        self
    }
    /// The URL that operation paths are appended to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
    /// How the client retries requests that set no policy of their own.
    pub fn retry_policy(&self) -> RetryPolicy {
        self.retry_policy
    }
    /// A request to the operation whose parameters are `parameters`, as a method of the API's
    /// handles makes it.
    pub(crate) fn request_for<P>(&self, parameters: P) -> Request<'_, P> {
        Request {
            client: self,
            options: Options::default(),
            path: None,
            parameters,
            shared: self.shared.clone(),
        }
    }
    /// A request to the operation whose path parameters' values are `path`, in the template's
    /// order, and whose other parameters are `parameters`: the path is filled now, so the
    /// request need not keep the values.
    pub(crate) fn request_at<P: Operation, const N: usize>(
        &self,
        path: [&dyn fmt::Display; N],
        parameters: P,
    ) -> Request<'_, P> {
        let path = Some(filled_path(P::DESCRIPTION.template, &path));
        Request {
            client: self,
            options: Options::default(),
            path,
            parameters,
            shared: self.shared.clone(),
        }
    }
    /// Sends the request an operation planned, unless planning failed, and decodes the answer
    /// with the decoder its status picks.
    pub(crate) fn start<T, E>(
        &self,
        request: Result<Outgoing, ValidationError>,
        description: &'static Description,
        decode_success: Decoder<T>,
        decode_error: Decoder<E>,
    ) -> Sending<'_, T, E> {
        let exchange: Exchange<'_> = match request {
            Ok(request) => Box::pin(self.exchange(request)),
            Err(error) => Box::pin(std::future::ready(Err(Failure::Validation(error)))),
        };
        Sending {
            in_flight: exchange,
            description,
            decode_success,
            decode_error,
        }
    }
    /// Sends `request`, retrying as its policy says, and reads the whole response. It does not
    /// depend on the body types, so it is compiled once rather than once per operation: a large
    /// API builds much faster.
    async fn exchange(&self, request: Outgoing) -> Result<Answer, Failure> {
        let options = request.options;
        let policy = options.retry_policy.unwrap_or(self.retry_policy);
        let description = request.description;
        let idempotent = options.idempotent || is_idempotent(&description.method);
        let (method, operation, template) = (
            description.method.clone(),
            description.id,
            description.template,
        );
        let timeout = options.timeout.or(self.timeout);
        let hide_url = request.token_query.is_some();
        let fail = |error: reqwest::Error| {
            if error.is_timeout() {
                Failure::Timeout {
                    operation,
                    after: timeout,
                }
            } else {
                Failure::Transport(if hide_url { error.without_url() } else { error })
            }
        };
        let mut prepared = self.prepare(request)?;
        let mut retries = 0;
        loop {
            let attempt = Attempt {
                operation,
                method: method.clone(),
                path_template: template,
                number: retries + 1,
            };
            let spare = (retries < policy.max_retries)
                .then(|| prepared.try_clone())
                .flatten();
            let answer = self.try_once(prepared, &attempt, &fail).await;
            let delay = spare
                .as_ref()
                .and_then(|_| policy.delay(&answer, idempotent, retries));
            match (spare, delay) {
                (Some(spare), Some(delay)) => {
                    tokio::time::sleep(delay).await;
                    prepared = spare;
                    retries += 1;
                }
                _ => return answer,
            }
        }
    }
    /// The request as the HTTP client sends it, credentials included.
    fn prepare(&self, request: Outgoing) -> Result<reqwest::Request, Failure> {
        let url = format!("{}{}", self.base_url, request.path);
        let mut url = Url::parse(&url)
            .map_err(|error| Failure::InvalidUrl {
                url,
                message: error.to_string(),
            })?;
        if !request.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&request.query);
        }
        if let Some(name) = request.token_query {
            url.query_pairs_mut()
                .append_pair(name, self.token.to_str().unwrap_or_default());
        }
        let mut headers = request.headers;
        if let Some(accept) = request.description.accept {
            headers.insert(ACCEPT, HeaderValue::from_static(accept));
        }
        if let Some((name, bearer)) = request.token_header {
            headers
                .insert(
                    name,
                    if bearer { self.authorization.clone() } else { self.token.clone() },
                );
        }
        let mut cookies = request.cookies;
        if let Some(name) = request.token_cookie {
            cookies.push(format!("{name}={}", self.token.to_str().unwrap_or_default()));
        }
        if !cookies.is_empty() {
            let mut cookies = HeaderValue::from_str(&cookies.join("; "))
                .map_err(|_| ValidationError::new(
                    &FieldPath::ROOT,
                    "cookies must be visible ASCII",
                ))?;
            cookies.set_sensitive(request.token_cookie.is_some());
            headers.insert(COOKIE, cookies);
        }
        let repeatable = request.options.idempotent
            && !is_idempotent(&request.description.method);
        if let (true, Some(name)) = (repeatable, request.idempotency_key) {
            let name = HeaderName::from_static(name);
            if let (false, Ok(key)) = (
                headers.contains_key(&name),
                HeaderValue::from_str(&idempotency_key()),
            ) {
                headers.insert(name, key);
            }
        }
        let mut builder = self
            .http
            .request(request.description.method.clone(), url)
            .headers(headers);
        if let Some(timeout) = request.options.timeout {
            builder = builder.timeout(timeout);
        }
        if let (true, Some((username, password))) = (request.basic, &self.basic) {
            builder = builder.basic_auth(username, Some(password));
        }
        if let Some((content_type, body)) = request.body {
            builder = builder.header(CONTENT_TYPE, content_type.as_ref()).body(body);
        }
        builder.build().map_err(Failure::Transport)
    }
    /// One attempt: the hooks, the exchange and the whole body.
    async fn try_once(
        &self,
        mut request: reqwest::Request,
        attempt: &Attempt,
        fail: &impl Fn(reqwest::Error) -> Failure,
    ) -> Result<Answer, Failure> {
        if let Some(hooks) = &self.hooks {
            hooks.before_send(&mut request, attempt);
        }
        #[cfg(feature = "tracing")]
        let span = attempt.span();
        let sent = async {
            let mut response = self.http.execute(request).await.map_err(fail)?;
            let status = response.status();
            #[cfg(feature = "tracing")] span.record("status", status.as_u16());
            let headers = std::mem::take(response.headers_mut());
            if let Some(hooks) = &self.hooks {
                hooks.after_response(status, &headers, attempt);
            }
            let bytes = response.bytes().await.map_err(fail)?;
            Ok((status, headers, bytes))
        };
        #[cfg(feature = "tracing")]
        let sent = tracing::Instrument::instrument(sent, span.clone());
        sent.await
    }
}

/// A response's status, headers and whole body.
type Answer = (StatusCode, HeaderMap, bytes::Bytes);

/// The exchange of a request for its answer: one future type for every operation, so that none
/// has an `async` state machine of its own to compile.
type Exchange<'a> = std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<Answer, Failure>> + Send + 'a>,
>;

/// A request on its way, as [`Request::send`] (and `.await`) gives it: it resolves
/// to the decoded response, or to why there is none.
#[must_use = "a request does nothing until it is awaited"]
pub struct Sending<'a, T, E> {
    in_flight: Exchange<'a>,
    description: &'static Description,
    decode_success: Decoder<T>,
    decode_error: Decoder<E>,
}

impl<T, E> std::future::Future for Sending<'_, T, E> {
    type Output = Result<Response<T>, Error<E>>;
    fn poll(
        self: std::pin::Pin<&mut Self>,
        context: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        let this = self.get_mut();
        std::future::Future::poll(this.in_flight.as_mut(), context)
            .map(|answer| {
                let (status, headers, bytes) = answer?;
                decode(
                    status,
                    headers,
                    &bytes,
                    this.description,
                    this.decode_success,
                    this.decode_error,
                )
            })
    }
}

impl<T, E> fmt::Debug for Sending<'_, T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sending").finish_non_exhaustive()
    }
}

/// A request to one operation, as a method of the API's handles makes it: set its optional
/// parameters with its methods, then `.await` it or call [`send`](Self::send).
///
/// `P` is the operation, the struct of its parameters, such as `Request<'a, GetItem>`: what every
/// request can do is defined once here, and each operation adds only its own setters.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct Request<'a, P> {
    client: &'a Client,
    options: Options,
    /// The path, when the method that made the request filled it; otherwise the operation's
    /// plan fills it as the request is sent.
    path: Option<Result<String, ValidationError>>,
    pub(crate) parameters: P,
    /// The parameters every operation takes, which every request sets alike.
    pub(crate) shared: crate::shared::SharedParameters,
}

impl<'a, P> Request<'a, P> {
    /// Gives up on this request, on each attempt, after `timeout` instead of the client's
    /// timeout: an [`Error::Timeout`] then.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Retries this request as `policy` says, instead of as the client's policy does.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.options.retry_policy = Some(policy);
        self
    }
    /// Marks this request as safe to send more than once, so that it is retried as a GET is
    /// (see [`RetryPolicy`]) whatever its method. An operation that documents an
    /// `Idempotency-Key` header sends the same random key on every attempt, unless the request
    /// sets one.
    pub fn idempotent(mut self) -> Self {
        self.options.idempotent = true;
        self
    }
}

impl<'a, P: Operation> Request<'a, P> {
    /// Checks the request against the API description, sends it, and decodes the response.
    pub fn send(self) -> Sending<'a, P::Output, P::Error> {
        let mut request = Outgoing::new(P::DESCRIPTION, self.options);
        let planned = request
            .take_path(self.path)
            .and_then(|()| self.shared.place(&mut request))
            .and_then(|()| self.parameters.plan(&mut request));
        self.client
            .start(
                planned.map(|()| request),
                P::DESCRIPTION,
                P::DECODE.output,
                P::DECODE.error,
            )
    }
}

impl<'a, P: Operation> std::future::IntoFuture for Request<'a, P> {
    type Output = Result<Response<P::Output>, Error<P::Error>>;
    type IntoFuture = Sending<'a, P::Output, P::Error>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// What one operation sends and how its answers are read, implemented by the parameters of each
/// operation. The crate does not export it, so only the crate implements it.
pub trait Operation: Sized {
    /// The body of a successful answer.
    type Output;
    /// The body of an error the operation documents.
    type Error;
    /// What does not vary between requests to the operation.
    const DESCRIPTION: &'static Description;
    /// How the bodies of its answers are read.
    const DECODE: Decoders<Self::Output, Self::Error>;
    /// Checks the parameters against the API description and puts them on `request`: nothing
    /// for an operation whose request is all in its description and path.
    fn plan(self, _request: &mut Outgoing) -> Planned {
        Ok(())
    }
}

/// What [`Operation::plan`] gives: nothing, or why the parameters were refused.
pub type Planned = Result<(), ValidationError>;

/// What does not vary between requests to one operation: its `operationId`, method and path,
/// the media types it answers with, and the statuses it documents.
pub struct Description {
    pub(crate) id: &'static str,
    pub(crate) method: Method,
    /// The path, with each path parameter's name in braces where its value goes.
    pub(crate) template: &'static str,
    pub(crate) accept: Option<&'static str>,
    /// The statuses it documents as successes and as errors: a code such as `404`, a class by
    /// its first digit (`4` for `4XX`), or `0` for `default`. A `default` among the successes
    /// (an operation that documents no 2xx) covers the 2xx statuses.
    pub(crate) success: &'static [u16],
    pub(crate) errors: &'static [u16],
}

impl Description {
    /// What a description leaves out, as most operations are: it answers JSON, succeeds with
    /// `200` and documents no error. Every description sets its own `id`, `method` and
    /// `template`.
    pub(crate) const USUAL: Self = Self {
        id: "",
        method: Method::GET,
        template: "/",
        accept: Some("application/json"),
        success: &[200],
        errors: &[],
    };
}

/// How the bodies of an operation's answers are read: a successful one, and a documented error.
pub struct Decoders<T, E> {
    pub(crate) output: Decoder<T>,
    pub(crate) error: Decoder<E>,
}

impl<T: DeserializeOwned, E: DeserializeOwned> Decoders<T, E> {
    /// Both as JSON, as most operations answer.
    pub(crate) const JSON: Self = Self {
        output: decode_json,
        error: decode_json,
    };
}

/// The answer to a request as the operation documents it: the body its status picks, decoded.
fn decode<T, E>(
    status: StatusCode,
    headers: HeaderMap,
    bytes: &[u8],
    description: &Description,
    decode_success: Decoder<T>,
    decode_error: Decoder<E>,
) -> Result<Response<T>, Error<E>> {
    let undecodable = |headers, message| Error::Decode {
        status,
        headers: Box::new(headers),
        message,
        excerpt: excerpt(bytes, EXCERPT_LIMIT),
    };
    match description.classify(status) {
        Outcome::Success => {
            match decode_success(status, bytes) {
                Ok(body) => Ok(Response { status, headers, body }),
                Err(message) => Err(undecodable(headers, message)),
            }
        }
        Outcome::Documented => {
            match decode_error(status, bytes) {
                Ok(body) => {
                    Err(Error::Api {
                        status,
                        headers: Box::new(headers),
                        body,
                    })
                }
                Err(message) => Err(undecodable(headers, message)),
            }
        }
        Outcome::Unexpected => {
            let body = excerpt(bytes, UNEXPECTED_BODY_LIMIT);
            Err(Error::UnexpectedStatus {
                status,
                headers: Box::new(headers),
                body,
            })
        }
    }
}

/// GET, HEAD, OPTIONS, PUT, DELETE and TRACE: sending one twice has the effect of sending it once.
fn is_idempotent(method: &Method) -> bool {
    [
        Method::GET,
        Method::HEAD,
        Method::OPTIONS,
        Method::PUT,
        Method::DELETE,
        Method::TRACE,
    ]
        .contains(method)
}

/// When and how often a failed request is sent again.
///
/// A request is retried when:
///
/// - it could not connect, so it never reached the server (any method);
/// - the server answered `429 Too Many Requests`, or `503 Service Unavailable` with
///   `Retry-After` (any method: the server asked for it);
/// - it timed out, failed in transit, or the server answered `408`, `500`, `502`, `503` or
///   `504`, and its method is idempotent (GET, HEAD, OPTIONS, PUT, DELETE), or the request was
///   marked safe to repeat with [`Request::idempotent`].
///
/// Between attempts it waits the server's `Retry-After` (in seconds or as an HTTP date) when
/// there is one, else an exponential backoff with jitter: the initial backoff doubled on each
/// retry, capped at the maximum backoff, less a random part of up to a quarter. A `Retry-After`
/// longer than [`max_retry_after`](Self::max_retry_after) is not waited for: the error is
/// returned at once, with the header readable from [`Error::headers`]. The request, body
/// included, is sent again byte for byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
}

impl RetryPolicy {
    /// Two retries, backing off from half a second up to eight, waiting a `Retry-After` of up to
    /// a minute.
    pub const DEFAULT: Self = Self {
        max_retries: 2,
        initial_backoff: Duration::from_millis(500),
        max_backoff: Duration::from_secs(8),
        max_retry_after: Duration::from_secs(60),
    };
    /// No retries: every request is sent once.
    pub const NONE: Self = Self {
        max_retries: 0,
        ..Self::DEFAULT
    };
    /// The same policy with at most `max_retries` retries after the first attempt; 0 turns
    /// retries off.
    pub const fn with_max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = max_retries;
        self
    }
    /// The same policy, waiting `initial` before the first retry and doubling up to `max`.
    pub const fn with_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max;
        self
    }
    /// The same policy, waiting for a `Retry-After` of at most `max`.
    pub const fn with_max_retry_after(mut self, max: Duration) -> Self {
        self.max_retry_after = max;
        self
    }
    /// How many times a request may be sent again after its first attempt.
    pub const fn max_retries(&self) -> u32 {
        self.max_retries
    }
    /// The wait before the first retry, when the server gives none.
    pub const fn initial_backoff(&self) -> Duration {
        self.initial_backoff
    }
    /// The longest computed wait between attempts.
    pub const fn max_backoff(&self) -> Duration {
        self.max_backoff
    }
    /// The longest `Retry-After` that is waited for.
    pub const fn max_retry_after(&self) -> Duration {
        self.max_retry_after
    }
    /// How long to wait before retrying after `answer`, or `None` to return it.
    fn delay(
        &self,
        answer: &Result<Answer, Failure>,
        idempotent: bool,
        retries: u32,
    ) -> Option<Duration> {
        let (status, headers) = match answer {
            Ok((status, headers, _)) => (*status, headers),
            Err(Failure::Transport(error)) if error.is_connect() => {
                return Some(self.backoff(retries));
            }
            Err(Failure::Timeout { .. }) if idempotent => {
                return Some(self.backoff(retries));
            }
            Err(
                Failure::Transport(error),
            ) if idempotent && (error.is_request() || error.is_body()) => {
                return Some(self.backoff(retries));
            }
            Err(_) => return None,
        };
        let asked = retry_after(headers);
        let retryable = match status.as_u16() {
            429 => true,
            503 if asked.is_some() => true,
            408 | 500 | 502 | 503 | 504 => idempotent,
            _ => false,
        };
        match asked {
            _ if !retryable => None,
            Some(wait) if wait > self.max_retry_after => None,
            Some(wait) => Some(wait),
            None => Some(self.backoff(retries)),
        }
    }
    /// The initial backoff doubled `retries` times, capped, less up to a quarter at random, so
    /// that clients that failed together do not retry together.
    fn backoff(&self, retries: u32) -> Duration {
        let doubled = self.initial_backoff.saturating_mul(2u32.saturating_pow(retries));
        let capped = doubled.min(self.max_backoff);
        capped.mul_f64(1.0 - 0.25 * random_fraction())
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// The wait a `Retry-After` header asks for: delay-seconds or an HTTP date (RFC 9110).
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(SystemTime::now()).unwrap_or(Duration::ZERO))
}

/// 64 random bits from the standard library's randomly keyed hasher: enough for jitter and
/// idempotency keys, without a dependency.
fn random_bits() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher
        .write_u128(
            SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .unwrap_or_default()
                .as_nanos(),
        );
    hasher.finish()
}

/// A random number in `[0, 1)`.
fn random_fraction() -> f64 {
    (random_bits() >> 11) as f64 / (1u64 << 53) as f64
}

/// A random 128-bit key, as 32 hexadecimal digits.
fn idempotency_key() -> String {
    format!("{:016x}{:016x}", random_bits(), random_bits())
}

/// Code a [`Client`] runs around every attempt of every request (see [`Client::with_hooks`]):
/// to add a header such as a request id, to log, or to count. Both methods do nothing unless
/// implemented.
pub trait Hooks: Send + Sync + 'static {
    /// Runs before each attempt is sent, retries included; it may change the request.
    fn before_send(&self, request: &mut reqwest::Request, attempt: &Attempt) {
        let _ = (request, attempt);
    }
    /// Runs when the server answers an attempt, before the answer is retried or decoded.
    fn after_response(
        &self,
        status: StatusCode,
        headers: &HeaderMap,
        attempt: &Attempt,
    ) {
        let _ = (status, headers, attempt);
    }
}

/// Hooks the caller keeps a handle on, e.g. to read what they counted.
impl<H: Hooks> Hooks for Arc<H> {
    fn before_send(&self, request: &mut reqwest::Request, attempt: &Attempt) {
        H::before_send(self, request, attempt);
    }
    fn after_response(
        &self,
        status: StatusCode,
        headers: &HeaderMap,
        attempt: &Attempt,
    ) {
        H::after_response(self, status, headers, attempt);
    }
}

/// Which request an attempt is of, as [`Hooks`] see it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Attempt {
    /// The `operationId` of the request.
    pub operation: &'static str,
    /// The request's method.
    pub method: Method,
    /// The operation's path as the API description writes it, e.g. `/items/{itemId}`.
    pub path_template: &'static str,
    /// 1 for the first attempt, 2 for the first retry, and so on.
    pub number: u32,
}

#[cfg(feature = "tracing")]
impl Attempt {
    /// The span of the attempt: nothing that can carry a credential (the filled-in path, the
    /// query, the headers) is recorded.
    fn span(&self) -> tracing::Span {
        tracing::info_span!(
            "request", operation = self.operation, method = self.method.as_str(), path =
            self.path_template, attempt = self.number, status = tracing::field::Empty,
        )
    }
}

/// Why a request got no response to decode: the [`Error`] variants that do not depend on the
/// operation's body types.
enum Failure {
    Validation(ValidationError),
    InvalidUrl { url: String, message: String },
    Timeout { operation: &'static str, after: Option<Duration> },
    Transport(reqwest::Error),
}

impl From<ValidationError> for Failure {
    fn from(error: ValidationError) -> Self {
        Self::Validation(error)
    }
}

impl<E> From<Failure> for Error<E> {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::Validation(error) => Self::Validation(error),
            Failure::InvalidUrl { url, message } => Self::InvalidUrl { url, message },
            Failure::Timeout { operation, after } => Self::Timeout { operation, after },
            Failure::Transport(error) => Self::Transport(error),
        }
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.base_url)
            .field("token", &"<redacted>")
            .finish()
    }
}

/// Why a [`Client`] could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigError {
    /// The token has characters that cannot be sent in an HTTP header.
    InvalidToken,
    /// The base URL is not an absolute `http` or `https` URL.
    InvalidBaseUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The HTTP client could not be set up.
    Http(String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidToken => {
                f.write_str(
                    "the API token has characters that cannot be sent in an HTTP header",
                )
            }
            Self::InvalidBaseUrl { url, reason } => {
                write!(f, "invalid base URL `{url}`: {reason}")
            }
            Self::Http(message) => {
                write!(f, "the HTTP client could not be built: {message}")
            }
        }
    }
}

impl std::error::Error for ConfigError {}

/// A successful response: its status, its headers and its decoded body.
///
/// It dereferences to the body, so its fields can be read directly.
#[derive(Debug, Clone)]
pub struct Response<T> {
    status: StatusCode,
    headers: HeaderMap,
    body: T,
}

impl<T> Response<T> {
    /// The response's status code.
    pub fn status(&self) -> StatusCode {
        self.status
    }
    /// The response's headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }
    /// The decoded body, taking it out of the response.
    pub fn into_body(self) -> T {
        self.body
    }
}

impl<T> std::ops::Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.body
    }
}

/// Why an operation failed. `E` is the body of the errors the operation documents.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The request breaks a constraint of the API description; it was not sent.
    Validation(ValidationError),
    /// The server answered with an error status the API documents, and its decoded body.
    #[non_exhaustive]
    Api {
        /// The status code.
        status: StatusCode,
        /// The response's headers (rate limits, request ids, `Retry-After`), boxed so that errors
        /// stay small to return.
        headers: Box<HeaderMap>,
        /// The decoded error body.
        body: E,
    },
    /// The server answered with a status the API does not document.
    #[non_exhaustive]
    UnexpectedStatus {
        /// The status code.
        status: StatusCode,
        /// The response's headers.
        headers: Box<HeaderMap>,
        /// The start of the body, as text.
        body: String,
    },
    /// The body of a response could not be decoded into the documented type.
    #[non_exhaustive]
    Decode {
        /// The status code of the response.
        status: StatusCode,
        /// The response's headers.
        headers: Box<HeaderMap>,
        /// Why decoding failed.
        message: String,
        /// The start of the body, as text.
        excerpt: String,
    },
    /// The request URL could not be formed from the base URL and the operation's path.
    InvalidUrl {
        /// The URL that could not be parsed.
        url: String,
        /// Why it could not be parsed.
        message: String,
    },
    /// The request took longer than its timeout, the request's own or the client's.
    #[non_exhaustive]
    Timeout {
        /// The `operationId` of the request.
        operation: &'static str,
        /// The timeout that ran out, when this client knows it (not for an HTTP client given
        /// with [`Client::with_http_client`] and no timeout of the request's own).
        after: Option<Duration>,
    },
    /// A stream of pages or items of a paged operation met a server that pages inconsistently,
    /// e.g. one that returned the same cursor twice, or more pages than the total it announced:
    /// the stream ends with this error rather than loop.
    #[non_exhaustive]
    Pagination {
        /// The `operationId` of the paged operation.
        operation: &'static str,
        /// What the server did.
        message: String,
    },
    /// The request could not be sent, or the response could not be received.
    Transport(reqwest::Error),
}

impl<E> Error<E> {
    /// The status code of the response, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Api { status, .. }
            | Self::UnexpectedStatus { status, .. }
            | Self::Decode { status, .. } => Some(*status),
            Self::Transport(error) => error.status(),
            Self::Validation(_)
            | Self::InvalidUrl { .. }
            | Self::Timeout { .. }
            | Self::Pagination { .. } => None,
        }
    }
    /// The headers of the response, when there was one.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Self::Api { headers, .. }
            | Self::UnexpectedStatus { headers, .. }
            | Self::Decode { headers, .. } => Some(headers),
            Self::Validation(_)
            | Self::InvalidUrl { .. }
            | Self::Timeout { .. }
            | Self::Pagination { .. }
            | Self::Transport(_) => None,
        }
    }
}

impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Validation(error) => write!(f, "invalid request: {error}"),
            Self::Api { status, body, .. } => {
                write!(f, "the server answered {status}: {body:?}")
            }
            Self::UnexpectedStatus { status, body, .. } => {
                write!(f, "the server answered an undocumented {status}: {body}")
            }
            Self::Decode { status, message, excerpt, .. } => {
                write!(
                    f,
                    "the {status} response could not be decoded: {message}; the body starts with {excerpt:?}"
                )
            }
            Self::InvalidUrl { url, message } => {
                write!(f, "invalid request URL `{url}`: {message}")
            }
            Self::Timeout { operation, after: Some(after) } => {
                write!(f, "`{operation}` timed out after {} ms", after.as_millis())
            }
            Self::Timeout { operation, after: None } => {
                write!(f, "`{operation}` timed out")
            }
            Self::Pagination { operation, message } => {
                write!(f, "paging through `{operation}` failed: {message}")
            }
            Self::Transport(error) => write!(f, "the request failed: {error}"),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Validation(error) => Some(error),
            Self::Transport(error) => Some(error),
            _ => None,
        }
    }
}

impl<E> From<ValidationError> for Error<E> {
    fn from(error: ValidationError) -> Self {
        Self::Validation(error)
    }
}

/// A value of a request that breaks a constraint of the API description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    path: String,
    message: String,
}

impl ValidationError {
    pub(crate) fn new(at: &FieldPath<'_>, message: impl Into<String>) -> Self {
        Self {
            path: at.to_string(),
            message: message.into(),
        }
    }
    /// Where the value is, e.g. `tags[3].key` in a body or `orgId` for a parameter.
    pub fn path(&self) -> &str {
        &self.path
    }
    /// The constraint it breaks, e.g. ``must match the pattern `^[0-9]+$` ``.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` {}", self.path, self.message)
    }
}

impl std::error::Error for ValidationError {}

/// Where a value sits in a request, kept on the stack and written out only for an error.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FieldPath<'a> {
    parent: Option<&'a FieldPath<'a>>,
    name: &'a str,
    index: Option<usize>,
}

impl<'a> FieldPath<'a> {
    pub(crate) const ROOT: FieldPath<'static> = FieldPath {
        parent: None,
        name: "",
        index: None,
    };
    pub(crate) fn with_field(&'a self, name: &'a str) -> FieldPath<'a> {
        FieldPath {
            parent: Some(self),
            name,
            index: None,
        }
    }
}

impl fmt::Display for FieldPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(parent) = self.parent else { return Ok(()) };
        parent.fmt(f)?;
        match self.index {
            Some(index) => write!(f, "[{index}]"),
            None if parent.parent.is_some() => write!(f, ".{}", self.name),
            None => f.write_str(self.name),
        }
    }
}

/// Checks a request value against the constraints of its type in the API description.
pub(crate) trait Validate {
    fn validate(&self, at: &FieldPath<'_>) -> Result<(), ValidationError>;
}

pub(crate) fn check_length(
    value: &str,
    min: Option<usize>,
    max: Option<usize>,
    at: &FieldPath<'_>,
) -> Result<(), ValidationError> {
    let length = value.chars().count();
    if min.is_some_and(|min| length < min) || max.is_some_and(|max| length > max) {
        let message = format!(
            "has {length} characters; {}", bounds_text(min, max, "characters")
        );
        return Err(ValidationError::new(at, message));
    }
    Ok(())
}

fn bounds_text(min: Option<usize>, max: Option<usize>, unit: &str) -> String {
    match (min, max) {
        (Some(min), Some(max)) => format!("it must have {min} to {max} {unit}"),
        (Some(min), None) => format!("it must have at least {min} {unit}"),
        (None, Some(max)) => format!("it must have at most {max} {unit}"),
        (None, None) => String::new(),
    }
}

/// A numeric bound: the limit and whether the limit itself is excluded.
pub(crate) type Bound = (f64, bool);

pub(crate) fn check_range(
    value: f64,
    minimum: Option<Bound>,
    maximum: Option<Bound>,
    at: &FieldPath<'_>,
) -> Result<(), ValidationError> {
    if let Some((limit, exclusive)) = minimum {
        if value < limit || (exclusive && value == limit) {
            let relation = if exclusive { "greater than" } else { "at least" };
            return Err(
                ValidationError::new(
                    at,
                    format!("is {value}; it must be {relation} {limit}"),
                ),
            );
        }
    }
    if let Some((limit, exclusive)) = maximum {
        if value > limit || (exclusive && value == limit) {
            let relation = if exclusive { "less than" } else { "at most" };
            return Err(
                ValidationError::new(
                    at,
                    format!("is {value}; it must be {relation} {limit}"),
                ),
            );
        }
    }
    Ok(())
}

/// A value with no text form of its own (an object or a list outside the query), as JSON.
pub(crate) fn json_text<T: Serialize>(
    name: &'static str,
    value: &T,
) -> Result<String, ValidationError> {
    serde_json::to_string(value)
        .map_err(|error| ValidationError::new(
            &FieldPath::ROOT.with_field(name),
            error.to_string(),
        ))
}

/// `template` with `values`, in order, where it has its parameters' names in braces, each
/// written as its `Display` text, as one path segment.
fn filled_path(
    template: &'static str,
    values: &[&dyn fmt::Display],
) -> Result<String, ValidationError> {
    let mut path = String::with_capacity(template.len());
    let mut rest = template;
    let mut values = values.iter();
    while let Some((literal, after)) = rest.split_once('{') {
        let Some((name, tail)) = after.split_once('}') else { break };
        path.push_str(literal);
        if let Some(value) = values.next() {
            path.push_str(&path_segment(name, &value.to_string())?);
        }
        rest = tail;
    }
    path.push_str(rest);
    Ok(path)
}

/// A path parameter as one percent-encoded path segment: it can never add a segment, a query or
/// a fragment to the URL.
fn path_segment(name: &'static str, value: &str) -> Result<String, ValidationError> {
    if value.is_empty() || value == "." || value == ".." {
        let message = format!("is {value:?}, which cannot be a path segment");
        return Err(ValidationError::new(&FieldPath::ROOT.with_field(name), message));
    }
    Ok(percent_encoding::utf8_percent_encode(value, SEGMENT).to_string())
}

/// Everything but RFC 3986's unreserved characters is encoded.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A request as an operation puts it together, before the client sends it.
pub struct Outgoing {
    /// The operation's `operationId`, method, path template and the media types it answers with.
    description: &'static Description,
    options: Options,
    /// The path, once [`fill_path`](Self::fill_path) has put the parameters' values in.
    path: String,
    /// The header that carries the client's token, and whether as `Bearer <token>`.
    token_header: Option<(HeaderName, bool)>,
    /// The query parameter that carries the client's token.
    token_query: Option<&'static str>,
    /// The cookie that carries the client's token.
    token_cookie: Option<&'static str>,
    /// Whether the request carries the client's user name and password (HTTP Basic).
    basic: bool,
    /// The header the operation documents for an idempotency key.
    idempotency_key: Option<&'static str>,
    query: Vec<(Cow<'static, str>, String)>,
    headers: HeaderMap,
    cookies: Vec<String>,
    /// The content type and the encoded body.
    body: Option<(Cow<'static, str>, Vec<u8>)>,
}

/// What a request sets about how it is sent, over the client's settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    timeout: Option<Duration>,
    retry_policy: Option<RetryPolicy>,
    /// Whether the caller said the request is safe to repeat whatever its method.
    idempotent: bool,
}

impl Outgoing {
    fn new(description: &'static Description, options: Options) -> Self {
        Self {
            description,
            options,
            path: description.template.to_owned(),
            token_header: None,
            token_query: None,
            token_cookie: None,
            basic: false,
            idempotency_key: None,
            query: Vec::new(),
            headers: HeaderMap::new(),
            cookies: Vec::new(),
            body: None,
        }
    }
    /// Takes the path the method that made the request filled, if it did.
    fn take_path(
        &mut self,
        path: Option<Result<String, ValidationError>>,
    ) -> Result<(), ValidationError> {
        if let Some(path) = path {
            self.path = path?;
        }
        Ok(())
    }
    /// Marks `name` as the operation's idempotency-key header: a request the caller marked
    /// safe to repeat gets a random key there unless it has one, the same on every attempt.
    pub(crate) fn mark_idempotency_key(&mut self, name: &'static str) {
        self.idempotency_key = Some(name);
    }
    pub(crate) fn authorize_bearer(&mut self) {
        self.token_header = Some((AUTHORIZATION, true));
    }
    pub(crate) fn authorize_header(&mut self, name: &'static str) {
        self.token_header = Some((HeaderName::from_static(name), false));
    }
    pub(crate) fn authorize_query(&mut self, name: &'static str) {
        self.token_query = Some(name);
    }
    pub(crate) fn authorize_cookie(&mut self, name: &'static str) {
        self.token_cookie = Some(name);
    }
    pub(crate) fn authorize_basic(&mut self) {
        self.basic = true;
    }
    pub(crate) fn add_query(&mut self, name: &'static str, value: String) {
        self.query.push((Cow::Borrowed(name), value));
    }
    /// A list in the query: one pair per item when exploded, else one comma-joined pair.
    pub(crate) fn add_query_list(
        &mut self,
        name: &'static str,
        values: impl Iterator<Item = String>,
        explode: bool,
    ) {
        if explode {
            self.query.extend(values.map(|value| (Cow::Borrowed(name), value)));
        } else {
            self.query.push((Cow::Borrowed(name), values.collect::<Vec<_>>().join(",")));
        }
    }
    pub(crate) fn add_header(
        &mut self,
        name: &'static str,
        value: String,
    ) -> Result<(), ValidationError> {
        let at = FieldPath::ROOT;
        let at = at.with_field(name);
        let header = HeaderName::from_static(name);
        let value = HeaderValue::from_str(&value)
            .map_err(|_| ValidationError::new(
                &at,
                "has characters that cannot be sent in an HTTP header",
            ))?;
        self.headers.insert(header, value);
        Ok(())
    }
    pub(crate) fn add_cookie(&mut self, name: &'static str, value: String) {
        let value = percent_encoding::utf8_percent_encode(&value, SEGMENT);
        self.cookies.push(format!("{name}={value}"));
    }
    /// A JSON body, sent as `content_type`: the media type the operation documents.
    pub(crate) fn json_body<T: Serialize>(
        &mut self,
        body: &T,
        content_type: &'static str,
    ) -> Result<(), ValidationError> {
        let bytes = serde_json::to_vec(body)
            .map_err(|error| ValidationError::new(
                &FieldPath::ROOT.with_field("body"),
                error.to_string(),
            ))?;
        self.body = Some((Cow::Borrowed(content_type), bytes));
        Ok(())
    }
    /// A form body, with nested objects and lists in the bracket notation form APIs read:
    /// `a[b]=1`, `a[0]=x`.
    pub(crate) fn form_body<T: Serialize>(
        &mut self,
        body: &T,
        content_type: &'static str,
    ) -> Result<(), ValidationError> {
        let value = serde_json::to_value(body)
            .map_err(|error| ValidationError::new(
                &FieldPath::ROOT.with_field("body"),
                error.to_string(),
            ))?;
        let mut pairs = form_urlencoded::Serializer::new(String::new());
        bracket_pairs(
            "",
            &value,
            &mut |key, text| {
                pairs.append_pair(&key, &text);
            },
        );
        self.body = Some((Cow::Borrowed(content_type), pairs.finish().into_bytes()));
        Ok(())
    }
    /// An object in the query in the `deepObject` style: `name[key]=value`.
    pub(crate) fn add_query_object<T: Serialize>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), ValidationError> {
        let value = serde_json::to_value(value)
            .map_err(|error| ValidationError::new(
                &FieldPath::ROOT.with_field(name),
                error.to_string(),
            ))?;
        bracket_pairs(
            name,
            &value,
            &mut |key, text| self.query.push((Cow::Owned(key), text)),
        );
        Ok(())
    }
    pub(crate) fn text_body(&mut self, body: String, content_type: &'static str) {
        self.body = Some((Cow::Borrowed(content_type), body.into_bytes()));
    }
    /// A body the caller encoded, sent with the media type they gave.
    pub(crate) fn encoded_body(
        &mut self,
        body: EncodedBody,
    ) -> Result<(), ValidationError> {
        if HeaderValue::from_str(&body.content_type).is_err() {
            let at = FieldPath::ROOT.with_field("body");
            return Err(
                ValidationError::new(
                    &at,
                    "has a content type that cannot be sent in an HTTP header",
                ),
            );
        }
        self.body = Some((Cow::Owned(body.content_type), body.bytes));
        Ok(())
    }
    pub(crate) fn multipart_body(&mut self, form: Multipart) {
        let (content_type, body) = form.encode();
        self.body = Some((Cow::Owned(content_type), body));
    }
}

/// A request body the caller encoded, and its media type: for a body whose parts the API
/// description does not give, such as a `multipart/form-data` upload, whose `boundary` only the
/// body's author knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodedBody {
    content_type: String,
    bytes: Vec<u8>,
}

impl EncodedBody {
    /// `bytes`, sent with `content_type` as its `Content-Type`, such as
    /// `multipart/form-data; boundary=XYZ` for a multipart body whose parts `XYZ` separates.
    pub fn new(content_type: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        Self {
            content_type: content_type.into(),
            bytes: bytes.into(),
        }
    }
}

/// A `multipart/form-data` body (RFC 7578) being put together, one part at a time.
#[derive(Default)]
pub(crate) struct Multipart {
    parts: Vec<Part>,
}

struct Part {
    name: &'static str,
    /// The part's own `Content-Type`; plain text has none.
    content_type: Option<&'static str>,
    /// Whether the part is a file, which servers tell by its file name.
    file: bool,
    data: Vec<u8>,
}

impl Multipart {
    pub(crate) fn text_part(&mut self, name: &'static str, value: String) {
        self.parts
            .push(Part {
                name,
                content_type: None,
                file: false,
                data: value.into_bytes(),
            });
    }
    pub(crate) fn file_part(&mut self, name: &'static str, bytes: Vec<u8>) {
        let content_type = Some("application/octet-stream");
        self.parts
            .push(Part {
                name,
                content_type,
                file: true,
                data: bytes,
            });
    }
    pub(crate) fn json_part<T: Serialize>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), ValidationError> {
        let bytes = serde_json::to_vec(value)
            .map_err(|error| ValidationError::new(
                &FieldPath::ROOT.with_field(name),
                error.to_string(),
            ))?;
        self.parts
            .push(Part {
                name,
                content_type: Some("application/json"),
                file: false,
                data: bytes,
            });
        Ok(())
    }
    /// The content type and the body, delimited by a boundary that occurs in no part.
    fn encode(self) -> (String, Vec<u8>) {
        let occurs = |boundary: &str| {
            self.parts
                .iter()
                .any(|part| {
                    part
                        .data
                        .windows(boundary.len())
                        .any(|window| window == boundary.as_bytes())
                })
        };
        let boundary = (0u64..)
            .map(|attempt| format!("client-boundary-{attempt:016x}"))
            .find(|boundary| !occurs(boundary))
            .unwrap_or_default();
        let mut body = Vec::new();
        for part in &self.parts {
            let name = part
                .name
                .replace('"', "%22")
                .replace('\r', "%0D")
                .replace('\n', "%0A");
            let mut head = format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\""
            );
            if part.file {
                head.push_str(&format!("; filename=\"{name}\""));
            }
            if let Some(content_type) = part.content_type {
                head.push_str(&format!("\r\nContent-Type: {content_type}"));
            }
            head.push_str("\r\n\r\n");
            body.extend_from_slice(head.as_bytes());
            body.extend_from_slice(&part.data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        (format!("multipart/form-data; boundary={boundary}"), body)
    }
}

/// Each scalar in `value` with its key in bracket notation below `key`: `key[a][0]`.
fn bracket_pairs(
    key: &str,
    value: &serde_json::Value,
    pair: &mut dyn FnMut(String, String),
) {
    let nested = |name: &str| {
        if key.is_empty() { name.to_owned() } else { format!("{key}[{name}]") }
    };
    match value {
        serde_json::Value::Object(map) => {
            map.iter()
                .for_each(|(name, value)| bracket_pairs(&nested(name), value, pair))
        }
        serde_json::Value::Array(items) => {
            items
                .iter()
                .enumerate()
                .for_each(|(index, value)| bracket_pairs(
                    &nested(&index.to_string()),
                    value,
                    pair,
                ));
        }
        serde_json::Value::Null => {}
        serde_json::Value::String(text) => pair(key.to_owned(), text.clone()),
        other => pair(key.to_owned(), other.to_string()),
    }
}

enum Outcome {
    Success,
    Documented,
    Unexpected,
}

impl Description {
    /// Exact codes win over classes, and classes over `default`, as OpenAPI specifies.
    fn classify(&self, status: StatusCode) -> Outcome {
        let code = status.as_u16();
        let class = code / 100;
        if self.success.contains(&code) {
            Outcome::Success
        } else if self.errors.contains(&code) {
            Outcome::Documented
        } else if self.success.contains(&class)
            || (class == 2 && self.success.contains(&0))
        {
            Outcome::Success
        } else if self.errors.contains(&class) || self.errors.contains(&0) {
            Outcome::Documented
        } else {
            Outcome::Unexpected
        }
    }
}

/// Turns a response body into the documented type, or says why it cannot. The status picks the
/// type when an operation's bodies differ by status.
pub type Decoder<T> = fn(StatusCode, &[u8]) -> Result<T, String>;

pub(crate) fn decode_json<T: DeserializeOwned>(
    _: StatusCode,
    bytes: &[u8],
) -> Result<T, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("the body is empty, but a JSON value was expected".to_owned());
    }
    serde_json::from_slice(bytes).map_err(|error| error.to_string())
}

pub(crate) fn decode_empty(_: StatusCode, _: &[u8]) -> Result<(), String> {
    Ok(())
}

pub(crate) fn decode_text(_: StatusCode, bytes: &[u8]) -> Result<String, String> {
    String::from_utf8(bytes.to_vec()).map_err(|error| error.to_string())
}

pub(crate) fn decode_bytes(_: StatusCode, bytes: &[u8]) -> Result<Vec<u8>, String> {
    Ok(bytes.to_vec())
}

/// The start of a body as text, cut at a character boundary.
fn excerpt(bytes: &[u8], limit: usize) -> String {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(limit)]).into_owned();
    if bytes.len() > limit { format!("{text}…") } else { text }
}

/// A page as its body arrives: the requests' `IntoFuture` type.
type PageFuture<'a, T, E> = Sending<'a, T, E>;

/// Makes the request for the page at a step.
type Fetch<'a, T, E> = Box<
    dyn FnMut(&Step) -> Result<PageFuture<'a, T, E>, Error<E>> + Send + 'a,
>;

/// The pages of a paged operation, as a [`Stream`](futures_core::Stream) (or with
/// [`next`](Self::next)): fetched one at a time, in order, each when it is asked for, each
/// request retried as any other.
///
/// The stream ends after a page without items (or one whose count says so), once the items
/// reach the total the server announces, after a page shorter than the page size when the
/// server announces no total, or when the server gives no next cursor. It ends with an [`Error::Pagination`] rather than loop
/// when the server pages inconsistently, and after any other error.
#[must_use = "a stream does nothing until it is polled"]
pub struct Pages<'a, T, E> {
    operation: &'static str,
    fetch: Fetch<'a, T, E>,
    facts: fn(&T) -> PageFacts,
    paging: Paging,
    pending: Option<PageFuture<'a, T, E>>,
    /// The step being fetched, then the one after it.
    step: Step,
    next: Next,
    /// Items seen since the stream started.
    seen: u64,
    /// The cursors already followed.
    cursors: std::collections::HashSet<String>,
}

/// How an operation pages by number or offset; one paging by cursor has neither.
#[derive(Default)]
struct Paging {
    /// The number of the API's first page, for an operation that pages by number; pages by
    /// offset have none.
    base: Option<i64>,
    /// The number or offset the stream started from.
    start: i64,
    /// The page size the request asks for, or else the size of the first page.
    size: Option<u64>,
}

/// Where a page starts.
pub(crate) enum Step {
    /// The request as the caller built it.
    Start,
    /// A page number or an offset.
    Index(i64),
    Cursor(String),
}

enum Next {
    Fetch,
    Fail(String),
    End,
}

/// What a page says about the pages after it.
pub(crate) struct PageFacts {
    /// How many items the page holds.
    pub(crate) items: usize,
    /// How many items the page says it holds, when it says.
    pub(crate) count: Option<u64>,
    /// How many items all the pages hold, when the server says.
    pub(crate) total: Option<u64>,
    /// The cursor of the next page, when the server gives one.
    pub(crate) next_cursor: Option<String>,
}

impl fmt::Debug for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Start => f.write_str("the start"),
            Self::Index(index) => write!(f, "{index}"),
            Self::Cursor(cursor) => write!(f, "{cursor:?}"),
        }
    }
}

impl Step {
    /// The page number or offset, in the parameter's type.
    pub(crate) fn index_value<N: TryFrom<i64>, E>(
        &self,
        operation: &'static str,
    ) -> Result<N, Error<E>> {
        let fail = |message: String| Error::Pagination {
            operation,
            message,
        };
        match self {
            Self::Index(index) => {
                N::try_from(*index)
                    .map_err(|_| fail(format!("page position {index} is out of range")))
            }
            Self::Start | Self::Cursor(_) => {
                Err(fail("the stream has no page position".to_owned()))
            }
        }
    }
    /// The cursor to send, unless the caller's own stands.
    pub(crate) fn cursor_value(&self) -> Option<String> {
        match self {
            Self::Cursor(cursor) => Some(cursor.clone()),
            Self::Start | Self::Index(_) => None,
        }
    }
}

impl<'a, T, E> Pages<'a, T, E> {
    /// Pages by offset: the caller's `start` or 0, then past each page's items.
    pub(crate) fn by_offset<N: Into<i64>, M: Into<i64>>(
        operation: &'static str,
        start: Option<N>,
        size: Option<M>,
        fetch: Fetch<'a, T, E>,
        facts: fn(&T) -> PageFacts,
    ) -> Self {
        let start = start.map_or(0, Into::into);
        let paging = Paging {
            base: None,
            start,
            size: page_size(size),
        };
        Self::new(operation, paging, Some(start), fetch, facts)
    }
    /// Pages by cursor: the request as built, then each page's next cursor.
    pub(crate) fn by_cursor(
        operation: &'static str,
        fetch: Fetch<'a, T, E>,
        facts: fn(&T) -> PageFacts,
    ) -> Self {
        Self::new(operation, Paging::default(), None, fetch, facts)
    }
    fn new(
        operation: &'static str,
        paging: Paging,
        index: Option<i64>,
        fetch: Fetch<'a, T, E>,
        facts: fn(&T) -> PageFacts,
    ) -> Self {
        let step = index.map_or(Step::Start, Step::Index);
        let cursors = std::collections::HashSet::new();
        Self {
            operation,
            fetch,
            facts,
            paging,
            pending: None,
            step,
            next: Next::Fetch,
            seen: 0,
            cursors,
        }
    }
    /// The next page, or `None` once the stream has ended.
    pub async fn next(&mut self) -> Option<Result<Response<T>, Error<E>>> {
        std::future::poll_fn(|context| self.poll_page(context)).await
    }
    fn poll_page(
        &mut self,
        context: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<Response<T>, Error<E>>>> {
        use std::task::Poll;
        let pending = match &mut self.pending {
            Some(pending) => pending,
            None => {
                match std::mem::replace(&mut self.next, Next::End) {
                    Next::End => return Poll::Ready(None),
                    Next::Fail(message) => {
                        return Poll::Ready(
                            Some(
                                Err(Error::Pagination {
                                    operation: self.operation,
                                    message,
                                }),
                            ),
                        );
                    }
                    Next::Fetch => {
                        match (self.fetch)(&self.step) {
                            Ok(pending) => self.pending.insert(pending),
                            Err(error) => return Poll::Ready(Some(Err(error))),
                        }
                    }
                }
            }
        };
        let Poll::Ready(page) = std::future::Future::poll(
            std::pin::Pin::new(pending),
            context,
        ) else {
            return Poll::Pending;
        };
        self.pending = None;
        if let Ok(page) = &page {
            self.next = self.advance(&(self.facts)(page.body()));
        }
        Poll::Ready(Some(page))
    }
    /// What follows a page with `facts`, moving `step` on.
    fn advance(&mut self, facts: &PageFacts) -> Next {
        let items = facts.items as u64;
        self.seen += items;
        if items == 0 || facts.count == Some(0) {
            return Next::End;
        }
        let total = facts.total;
        let paging = &mut self.paging;
        let Step::Index(index) = &mut self.step else {
            return self.follow(facts.next_cursor.as_deref())
        };
        let size = *paging.size.get_or_insert(items);
        let short = total.is_none() && items < size;
        let Some(base) = paging.base else {
            *index += items as i64;
            let done = short || total.is_some_and(|total| *index as u64 >= total);
            return if done { Next::End } else { Next::Fetch };
        };
        let before = (paging.start - base).max(0) as u64 * size;
        if short || total.is_some_and(|total| before + self.seen >= total) {
            return Next::End;
        }
        if let Some(total) = total {
            let last = base + total.div_ceil(size.max(1)) as i64 - 1;
            if *index >= last {
                return Next::Fail(
                    format!(
                        "the server announced {total} items in pages of {size}, so page {last} is the last, \
                     but only {} items arrived by then",
                        before + self.seen
                    ),
                );
            }
        }
        *index += 1;
        Next::Fetch
    }
    /// What follows a page whose next cursor is `cursor`.
    fn follow(&mut self, cursor: Option<&str>) -> Next {
        match cursor.filter(|cursor| !cursor.is_empty()) {
            None => Next::End,
            Some(cursor) if !self.cursors.insert(cursor.to_owned()) => {
                Next::Fail(
                    format!("the server returned the cursor {cursor:?} a second time"),
                )
            }
            Some(cursor) => {
                self.step = Step::Cursor(cursor.to_owned());
                Next::Fetch
            }
        }
    }
}

/// A page size as the stream counts it; none for a size that is not positive.
fn page_size<N: Into<i64>>(size: Option<N>) -> Option<u64> {
    size.and_then(|size| u64::try_from(size.into()).ok()).filter(|size| *size > 0)
}

impl<T, E> futures_core::Stream for Pages<'_, T, E> {
    type Item = Result<Response<T>, Error<E>>;
    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        context: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        self.get_mut().poll_page(context)
    }
}

impl<T, E> fmt::Debug for Pages<'_, T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("operation", &self.operation)
            .field("at", &self.step)
            .field("items_seen", &self.seen)
            .finish_non_exhaustive()
    }
}

/// The items of a paged operation, page after page, as a [`Stream`](futures_core::Stream) (or
/// with [`next`](Self::next)): a page is fetched when the items before it have been taken. It
/// ends as its [`Pages`] do.
#[must_use = "a stream does nothing until it is polled"]
pub struct Items<'a, T, I, E> {
    pages: Pages<'a, T, E>,
    take: fn(T) -> Vec<I>,
    buffered: std::vec::IntoIter<I>,
}

impl<'a, T, I, E> Items<'a, T, I, E> {
    pub(crate) fn new(pages: Pages<'a, T, E>, take: fn(T) -> Vec<I>) -> Self {
        Self {
            pages,
            take,
            buffered: Vec::new().into_iter(),
        }
    }
    /// The next item, or `None` once the stream has ended.
    pub async fn next(&mut self) -> Option<Result<I, Error<E>>> {
        std::future::poll_fn(|context| self.poll_item(context)).await
    }
    fn poll_item(
        &mut self,
        context: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<I, Error<E>>>> {
        use std::task::Poll;
        loop {
            if let Some(item) = self.buffered.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match self.pages.poll_page(context) {
                Poll::Ready(Some(Ok(page))) => {
                    self.buffered = (self.take)(page.into_body()).into_iter();
                }
                Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl<T, I: Unpin, E> futures_core::Stream for Items<'_, T, I, E> {
    type Item = Result<I, Error<E>>;
    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        context: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        self.get_mut().poll_item(context)
    }
}

impl<T, I, E> fmt::Debug for Items<'_, T, I, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.buffered.len())
            .finish()
    }
}
