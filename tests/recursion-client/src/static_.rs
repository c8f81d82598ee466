// This file is generated from tests/fixtures/specs/recursion.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `static`.

impl crate::Client {
    /// Operations on `static`: see [`StaticApi`].
    pub fn static_(&self) -> StaticApi<'_> {
        StaticApi { client: self }
    }
}

/// The operations on `static`, borrowed from a [`Client`](crate::Client) by [`Client::static_`](crate::Client::static_).
#[derive(Debug, Clone, Copy)]
pub struct StaticApi<'a> {
    client: &'a crate::Client,
}

impl<'a> StaticApi<'a> {
    /// `POST /self-array`
    ///
    /// # Parameters
    ///
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - `204`: stored.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn post_self_array(&self, body: crate::models::SelfArray) -> PostSelfArray<'a> {
        PostSelfArray {
            client: self.client,
            options: ::core::default::Default::default(),
            body,
        }
    }
    /// `POST /self-map`
    ///
    /// # Parameters
    ///
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - `204`: stored.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn post_self_map(&self, body: crate::models::SelfMap) -> PostSelfMap<'a> {
        PostSelfMap {
            client: self.client,
            options: ::core::default::Default::default(),
            body,
        }
    }
}

/// A request to `POST /self-array`
///
/// Made by [`StaticApi::post_self_array`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct PostSelfArray<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    body: crate::models::SelfArray,
}

impl<'a> PostSelfArray<'a> {
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
    pub fn send(self) -> crate::Sending<'a, (), ()> {
        let expected = &crate::runtime::Expected {
            success: &[204],
            errors: &[],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_empty,
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
        let path = ::std::string::String::from("/self-array");
        let mut request = crate::runtime::OperationRequest::new(
            "postSelfArray",
            "/self-array",
            ::reqwest::Method::POST,
            path,
            None,
            self.options,
        );
        request.json_body(&self.body, "application/json")?;
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for PostSelfArray<'a> {
    type Output = ::core::result::Result<crate::Response<()>, crate::Error<()>>;
    type IntoFuture = crate::Sending<'a, (), ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `POST /self-map`
///
/// Made by [`StaticApi::post_self_map`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct PostSelfMap<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    body: crate::models::SelfMap,
}

impl<'a> PostSelfMap<'a> {
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
    pub fn send(self) -> crate::Sending<'a, (), ()> {
        let expected = &crate::runtime::Expected {
            success: &[204],
            errors: &[],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_empty,
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
        let path = ::std::string::String::from("/self-map");
        let mut request = crate::runtime::OperationRequest::new(
            "postSelfMap",
            "/self-map",
            ::reqwest::Method::POST,
            path,
            None,
            self.options,
        );
        request.json_body(&self.body, "application/json")?;
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for PostSelfMap<'a> {
    type Output = ::core::result::Result<crate::Response<()>, crate::Error<()>>;
    type IntoFuture = crate::Sending<'a, (), ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
