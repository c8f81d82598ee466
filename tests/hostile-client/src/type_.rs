// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `type`.

impl crate::Client {
    /// Operations on `type`: see [`TypeApi`].
    pub fn type_(&self) -> TypeApi<'_> {
        TypeApi { client: self }
    }
}

/// The operations on `type`, borrowed from a [`Client`](crate::Client) by [`Client::type_`](crate::Client::type_).
#[derive(Debug, Clone, Copy)]
pub struct TypeApi<'a> {
    client: &'a crate::Client,
}

impl<'a> TypeApi<'a> {
    /// Date-time and UUID path parameters
    ///
    /// `GET /at/{when}/{id}`
    ///
    /// # Parameters
    ///
    /// - `when` (path parameter `when`, required)
    /// - `id` (path parameter `id`, required): Format: `uuid`.
    ///
    /// # Responses
    ///
    /// - any other status (`default`): Anything. Body: text. The operation documents no 2xx response, so a 2xx status is a success with this body; any other is returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn into_operation(
        &self,
        when: ::chrono::DateTime<::chrono::Utc>,
        id: impl ::core::convert::Into<::std::string::String>,
    ) -> Into<'a> {
        Into {
            client: self.client,
            options: ::core::default::Default::default(),
            when,
            id: id.into(),
        }
    }
}

/// A request to `GET /at/{when}/{id}`: Date-time and UUID path parameters
///
/// Made by [`TypeApi::into_operation`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct Into<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    when: ::chrono::DateTime<::chrono::Utc>,
    id: ::std::string::String,
}

impl<'a> Into<'a> {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[];
    /// Gives up on this request, on each attempt, after `timeout` instead of the client's
    /// timeout: an [`Error::Timeout`](crate::Error::Timeout) then.
    pub fn timeout(mut self, timeout: ::core::time::Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Retries this request as `policy` says, instead of as the client's policy does.
    pub fn retry_policy(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.set_retry_policy(policy);
        self
    }
    /// Marks this request as safe to send more than once, so that it is retried as a GET is (see [`RetryPolicy`](crate::RetryPolicy)) whatever its method.
    pub fn idempotent(mut self) -> Self {
        self.options.set_idempotent();
        self
    }
    /// Checks the request against the API description, sends it, and decodes the response.
    pub fn send(
        self,
    ) -> crate::Sending<'a, ::std::string::String, ::std::string::String> {
        let expected = &crate::runtime::Expected {
            success: &[0],
            errors: &[0],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_text,
                crate::runtime::decode_text,
            )
    }
    /// The request, checked against the API description, as the runtime sends it.
    fn plan(
        self,
    ) -> ::core::result::Result<
        crate::runtime::OperationRequest,
        crate::runtime::ValidationError,
    > {
        let path = [
            "/at/",
            &crate::runtime::path_segment("when", &self.when.to_rfc3339())?,
            "/",
            &crate::runtime::path_segment("id", &self.id)?,
        ]
            .concat();
        let request = crate::runtime::OperationRequest::new(
            "into",
            "/at/{when}/{id}",
            ::reqwest::Method::GET,
            path,
            Some("text/plain"),
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for Into<'a> {
    type Output = ::core::result::Result<
        crate::Response<::std::string::String>,
        crate::Error<::std::string::String>,
    >;
    type IntoFuture = crate::Sending<'a, ::std::string::String, ::std::string::String>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
