// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `lib`.

impl crate::Client {
    /// Operations on `lib`: see [`LibApi`].
    pub fn lib_api(&self) -> LibApi<'_> {
        LibApi { client: self }
    }
}

/// The operations on `lib`, borrowed from a [`Client`](crate::Client) by [`Client::lib_api`](crate::Client::lib_api).
#[derive(Debug, Clone, Copy)]
pub struct LibApi<'a> {
    client: &'a crate::Client,
}

impl<'a> LibApi<'a> {
    /// `GET /names`
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: [`BoxModel`](crate::models::BoxModel).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn error(&self) -> Error<'a> {
        Error {
            client: self.client,
            options: ::core::default::Default::default(),
        }
    }
    /// `PUT /names`
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: [`StringModel`](crate::models::StringModel).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn response(&self) -> Response<'a> {
        Response {
            client: self.client,
            options: ::core::default::Default::default(),
        }
    }
    /// `POST /names`
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: [`VecModel`](crate::models::VecModel).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn result(&self) -> Result<'a> {
        Result {
            client: self.client,
            options: ::core::default::Default::default(),
        }
    }
    /// `DELETE /names`
    ///
    /// # Responses
    ///
    /// - `204`: gone.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn option(&self) -> Option<'a> {
        Option {
            client: self.client,
            options: ::core::default::Default::default(),
        }
    }
    /// `PATCH /names`
    ///
    /// # Responses
    ///
    /// - `204`: patched.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn r#box(&self) -> Box<'a> {
        Box {
            client: self.client,
            options: ::core::default::Default::default(),
        }
    }
}

/// A request to `GET /names`
///
/// Made by [`LibApi::error`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct Error<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
}

impl<'a> Error<'a> {
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
    pub fn send(self) -> crate::Sending<'a, crate::models::BoxModel, ()> {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<crate::models::BoxModel>,
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
        let path = ::std::string::String::from("/names");
        let request = crate::runtime::OperationRequest::new(
            "Error",
            "/names",
            ::reqwest::Method::GET,
            path,
            Some("application/json"),
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for Error<'a> {
    type Output = ::core::result::Result<
        crate::Response<crate::models::BoxModel>,
        crate::Error<()>,
    >;
    type IntoFuture = crate::Sending<'a, crate::models::BoxModel, ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `PUT /names`
///
/// Made by [`LibApi::response`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct Response<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
}

impl<'a> Response<'a> {
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
    pub fn send(self) -> crate::Sending<'a, crate::models::StringModel, ()> {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<crate::models::StringModel>,
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
        let path = ::std::string::String::from("/names");
        let request = crate::runtime::OperationRequest::new(
            "Response",
            "/names",
            ::reqwest::Method::PUT,
            path,
            Some("application/json"),
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for Response<'a> {
    type Output = ::core::result::Result<
        crate::Response<crate::models::StringModel>,
        crate::Error<()>,
    >;
    type IntoFuture = crate::Sending<'a, crate::models::StringModel, ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `POST /names`
///
/// Made by [`LibApi::result`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct Result<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
}

impl<'a> Result<'a> {
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
    pub fn send(self) -> crate::Sending<'a, crate::models::VecModel, ()> {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<crate::models::VecModel>,
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
        let path = ::std::string::String::from("/names");
        let request = crate::runtime::OperationRequest::new(
            "Result",
            "/names",
            ::reqwest::Method::POST,
            path,
            Some("application/json"),
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for Result<'a> {
    type Output = ::core::result::Result<
        crate::Response<crate::models::VecModel>,
        crate::Error<()>,
    >;
    type IntoFuture = crate::Sending<'a, crate::models::VecModel, ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `DELETE /names`
///
/// Made by [`LibApi::option`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct Option<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
}

impl<'a> Option<'a> {
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
        let path = ::std::string::String::from("/names");
        let request = crate::runtime::OperationRequest::new(
            "Option",
            "/names",
            ::reqwest::Method::DELETE,
            path,
            None,
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for Option<'a> {
    type Output = ::core::result::Result<crate::Response<()>, crate::Error<()>>;
    type IntoFuture = crate::Sending<'a, (), ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `PATCH /names`
///
/// Made by [`LibApi::box`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct Box<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
}

impl<'a> Box<'a> {
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
        let path = ::std::string::String::from("/names");
        let request = crate::runtime::OperationRequest::new(
            "Box",
            "/names",
            ::reqwest::Method::PATCH,
            path,
            None,
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for Box<'a> {
    type Output = ::core::result::Result<crate::Response<()>, crate::Error<()>>;
    type IntoFuture = crate::Sending<'a, (), ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
