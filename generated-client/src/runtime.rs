// This file is generated from spec/instance-org.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! What every operation shares: the client, errors and responses, request encoding and validation.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::Duration;
use reqwest::header::{
    ACCEPT, AUTHORIZATION, CONTENT_TYPE, COOKIE, HeaderMap, HeaderName, HeaderValue,
};
use regress::Regex;
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
    /// The token as `Bearer <token>`.
    authorization: HeaderValue,
    /// The token alone, for APIs that take it as an API key.
    token: HeaderValue,
    /// The user name and password for operations that use HTTP Basic authentication.
    basic: Option<(String, String)>,
    http: reqwest::Client,
}

impl Client {
    /// How long a request may take, connecting and reading the whole response included, unless
    /// the request sets its own (each request builder's `timeout`) or the client was given its
    /// own HTTP client ([`Client::with_http_client`]).
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
    /// A client for [`DEFAULT_BASE_URL`](crate::DEFAULT_BASE_URL) that authenticates with the API
    /// token `token`, sent as `Authorization: Bearer <token>`, and gives up on a request after
    /// [`Client::DEFAULT_TIMEOUT`].
    ///
    /// Fails when the token cannot be sent in an HTTP header, or the HTTP client cannot be built.
    pub fn new(token: impl AsRef<str>) -> Result<Self, ConfigError> {
        let secret = |text: &str| {
            let mut value = HeaderValue::from_str(text)
                .map_err(|_| ConfigError::InvalidToken)?;
            value.set_sensitive(true);
            Ok(value)
        };
        let authorization = secret(&format!("Bearer {}", token.as_ref()))?;
        let token = secret(token.as_ref())?;
        let http = reqwest::Client::builder()
            .timeout(Self::DEFAULT_TIMEOUT)
            .build()
            .map_err(|error| ConfigError::Http(error.to_string()))?;
        let base_url = crate::DEFAULT_BASE_URL.trim_end_matches('/').to_owned();
        Ok(Self {
            base_url,
            timeout: Some(Self::DEFAULT_TIMEOUT),
            authorization,
            token,
            basic: None,
            http,
        })
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
    /// The URL that operation paths are appended to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
    /// Sends `request` and decodes the response, the status picking the decoder.
    pub(crate) async fn send<T, E>(
        &self,
        request: Request,
        expected: &Expected,
        decode_success: Decoder<T>,
        decode_error: Decoder<E>,
    ) -> Result<Response<T>, Error<E>> {
        let (status, headers, bytes) = self.exchange(request).await?;
        let bytes = bytes.as_ref();
        let undecodable = |headers, message| Error::Decode {
            status,
            headers: Box::new(headers),
            message,
            excerpt: excerpt(bytes, EXCERPT_LIMIT),
        };
        match expected.classify(status) {
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
    /// Sends `request` and reads the whole response. It does not depend on the body types, so it
    /// is compiled once rather than once per operation: a large API builds much faster.
    async fn exchange(
        &self,
        request: Request,
    ) -> Result<(StatusCode, HeaderMap, impl AsRef<[u8]>), Failure> {
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
        let timeout = request.timeout.or(self.timeout);
        let transport = |error: reqwest::Error| {
            if error.is_timeout() {
                return Failure::Timeout {
                    operation: request.operation,
                    after: timeout,
                };
            }
            Failure::Transport(
                if request.token_query.is_some() { error.without_url() } else { error },
            )
        };
        let mut headers = request.headers;
        if let Some(accept) = request.accept {
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
        let mut builder = self.http.request(request.method, url).headers(headers);
        if let Some(timeout) = request.timeout {
            builder = builder.timeout(timeout);
        }
        if let (true, Some((username, password))) = (request.basic, &self.basic) {
            builder = builder.basic_auth(username, Some(password));
        }
        if let Some((content_type, body)) = request.body {
            builder = builder.header(CONTENT_TYPE, content_type.as_ref()).body(body);
        }
        let mut response = builder.send().await.map_err(transport)?;
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let bytes = response.bytes().await.map_err(transport)?;
        Ok((status, headers, bytes))
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
            Self::Validation(_) | Self::InvalidUrl { .. } | Self::Timeout { .. } => None,
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
    pub(crate) fn with_index(&'a self, index: usize) -> FieldPath<'a> {
        FieldPath {
            parent: Some(self),
            name: "",
            index: Some(index),
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

pub(crate) fn check_items(
    count: usize,
    min: Option<usize>,
    max: Option<usize>,
    at: &FieldPath<'_>,
) -> Result<(), ValidationError> {
    if min.is_some_and(|min| count < min) || max.is_some_and(|max| count > max) {
        let message = format!("has {count} items; {}", bounds_text(min, max, "items"));
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

/// Checks `value` against an ECMA-262 regular expression, as OpenAPI patterns are, anywhere in
/// the value (patterns are not implicitly anchored).
pub(crate) fn check_pattern(
    value: &str,
    pattern: &'static str,
    at: &FieldPath<'_>,
) -> Result<(), ValidationError> {
    type Compiled = HashMap<&'static str, Option<Arc<Regex>>>;
    static COMPILED: OnceLock<Mutex<Compiled>> = OnceLock::new();
    let compiled = COMPILED.get_or_init(Mutex::default);
    let regex = compiled
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .entry(pattern)
        .or_insert_with(|| Regex::with_flags(pattern, "u").ok().map(Arc::new))
        .clone();
    match regex {
        Some(regex) if regex.find(value).is_none() => {
            Err(ValidationError::new(at, format!("must match the pattern `{pattern}`")))
        }
        _ => Ok(()),
    }
}

/// A path parameter as one percent-encoded path segment: it can never add a segment, a query or
/// a fragment to the URL.
pub(crate) fn path_segment(
    name: &'static str,
    value: &str,
) -> Result<String, ValidationError> {
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

/// A request as an operation puts it together.
pub(crate) struct Request {
    /// The `operationId`, for errors that name the operation.
    operation: &'static str,
    /// The request's own timeout, over the client's.
    timeout: Option<Duration>,
    method: Method,
    path: String,
    /// The media types the operation documents for its responses.
    accept: Option<&'static str>,
    /// The header that carries the client's token, and whether as `Bearer <token>`.
    token_header: Option<(HeaderName, bool)>,
    /// The query parameter that carries the client's token.
    token_query: Option<&'static str>,
    /// The cookie that carries the client's token.
    token_cookie: Option<&'static str>,
    /// Whether the request carries the client's user name and password (HTTP Basic).
    basic: bool,
    query: Vec<(Cow<'static, str>, String)>,
    headers: HeaderMap,
    cookies: Vec<String>,
    /// The content type and the encoded body.
    body: Option<(Cow<'static, str>, Vec<u8>)>,
}

impl Request {
    pub(crate) fn new(
        operation: &'static str,
        method: Method,
        path: String,
        accept: Option<&'static str>,
        timeout: Option<Duration>,
    ) -> Self {
        Self {
            operation,
            timeout,
            method,
            path,
            accept,
            token_header: None,
            token_query: None,
            token_cookie: None,
            basic: false,
            query: Vec::new(),
            headers: HeaderMap::new(),
            cookies: Vec::new(),
            body: None,
        }
    }
    pub(crate) fn authorize_bearer(&mut self) {
        self.token_header = Some((AUTHORIZATION, true));
    }
    pub(crate) fn add_query(&mut self, name: &'static str, value: String) {
        self.query.push((Cow::Borrowed(name), value));
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
}

/// The statuses an operation documents as successes and as errors: a code such as `404`, a
/// class by its first digit (`4` for `4XX`), or `0` for `default`. A `default` among the
/// successes (an operation that documents no 2xx) covers the 2xx statuses.
pub(crate) struct Expected {
    pub(crate) success: &'static [u16],
    pub(crate) errors: &'static [u16],
}

enum Outcome {
    Success,
    Documented,
    Unexpected,
}

impl Expected {
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
pub(crate) type Decoder<T> = fn(StatusCode, &[u8]) -> Result<T, String>;

pub(crate) fn decode_json<T: DeserializeOwned>(
    _: StatusCode,
    bytes: &[u8],
) -> Result<T, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("the body is empty, but a JSON value was expected".to_owned());
    }
    serde_json::from_slice(bytes).map_err(|error| error.to_string())
}

/// The start of a body as text, cut at a character boundary.
fn excerpt(bytes: &[u8], limit: usize) -> String {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(limit)]).into_owned();
    if bytes.len() > limit { format!("{text}…") } else { text }
}
