// This file is generated from tests/fixtures/specs/recursion.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `async`.

impl crate::Client {
    /// Operations on `async`: see [`AsyncApi`].
    pub fn async_(&self) -> AsyncApi<'_> {
        AsyncApi { client: self }
    }
}

/// The operations on `async`, borrowed from a [`Client`](crate::Client) by [`Client::async_`](crate::Client::async_).
#[derive(Debug, Clone, Copy)]
pub struct AsyncApi<'a> {
    client: &'a crate::Client,
}

impl<'a> AsyncApi<'a> {
    /// `GET /old/{token}`
    ///
    /// # Parameters
    ///
    /// - `token` (path parameter `token`, required)
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: text.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    #[deprecated]
    pub fn get_old(
        &self,
        token: impl ::core::convert::Into<::std::string::String>,
    ) -> GetOld<'a> {
        GetOld {
            client: self.client,
            options: ::core::default::Default::default(),
            token: token.into(),
        }
    }
    /// A read whose parameters are named like the example's own variables \u{202e}
    ///
    /// `GET /things/{token}/{required}/{count}`
    ///
    /// # Parameters
    ///
    /// - `token` (path parameter `token`, required)
    /// - `required` (path parameter `required`, required)
    /// - `count` (path parameter `count`, required)
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: text.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_thing(
        &self,
        token: impl ::core::convert::Into<::std::string::String>,
        required: impl ::core::convert::Into<::std::string::String>,
        count: i32,
    ) -> GetThing<'a> {
        GetThing {
            client: self.client,
            options: ::core::default::Default::default(),
            token: token.into(),
            required: required.into(),
            count,
        }
    }
}

/// A request to `GET /old/{token}`
///
/// Made by [`AsyncApi::get_old`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct GetOld<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    token: ::std::string::String,
}

impl<'a> GetOld<'a> {
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
    pub fn send(self) -> crate::Sending<'a, ::std::string::String, ()> {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_text,
                crate::runtime::decode_empty,
            )
    }
    /// The request, checked against the API description, as the runtime sends it.
    fn plan(
        self,
    ) -> ::core::result::Result<
        crate::runtime::OperationRequest,
        crate::runtime::ValidationError,
    > {
        let path = ["/old/", &crate::runtime::path_segment("token", &self.token)?]
            .concat();
        let request = crate::runtime::OperationRequest::new(
            "getOld",
            "/old/{token}",
            ::reqwest::Method::GET,
            path,
            Some("text/plain"),
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for GetOld<'a> {
    type Output = ::core::result::Result<
        crate::Response<::std::string::String>,
        crate::Error<()>,
    >;
    type IntoFuture = crate::Sending<'a, ::std::string::String, ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `GET /things/{token}/{required}/{count}`: A read whose parameters are named like the example's own variables \u{202e}
///
/// Made by [`AsyncApi::get_thing`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct GetThing<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    token: ::std::string::String,
    required: ::std::string::String,
    count: i32,
}

impl<'a> GetThing<'a> {
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
    pub fn send(self) -> crate::Sending<'a, ::std::string::String, ()> {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_text,
                crate::runtime::decode_empty,
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
            "/things/",
            &crate::runtime::path_segment("token", &self.token)?,
            "/",
            &crate::runtime::path_segment("required", &self.required)?,
            "/",
            &crate::runtime::path_segment("count", &self.count.to_string())?,
        ]
            .concat();
        let request = crate::runtime::OperationRequest::new(
            "getThing",
            "/things/{token}/{required}/{count}",
            ::reqwest::Method::GET,
            path,
            Some("text/plain"),
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for GetThing<'a> {
    type Output = ::core::result::Result<
        crate::Response<::std::string::String>,
        crate::Error<()>,
    >;
    type IntoFuture = crate::Sending<'a, ::std::string::String, ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
