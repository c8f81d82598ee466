// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `default`.

impl crate::Client {
    /// Operations on `default`: see [`DefaultApi`].
    pub fn default_api(&self) -> DefaultApi<'_> {
        DefaultApi { client: self }
    }
}

/// The operations on `default`, borrowed from a [`Client`](crate::Client) by [`Client::default_api`](crate::Client::default_api).
#[derive(Debug, Clone, Copy)]
pub struct DefaultApi<'a> {
    client: &'a crate::Client,
}

impl<'a> DefaultApi<'a> {
    /// `GET /more-names`
    ///
    /// # Responses
    ///
    /// - `204`: ok.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn string(&self) -> String<'a> {
        String {
            client: self.client,
            options: ::core::default::Default::default(),
        }
    }
    /// `PUT /more-names`
    ///
    /// # Responses
    ///
    /// - `204`: ok.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn vec(&self) -> Vec<'a> {
        Vec {
            client: self.client,
            options: ::core::default::Default::default(),
        }
    }
    /// `POST /more-names`
    ///
    /// # Responses
    ///
    /// - `204`: ok.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn default_operation(&self) -> Default<'a> {
        Default {
            client: self.client,
            options: ::core::default::Default::default(),
        }
    }
    /// `DELETE /more-names`
    ///
    /// # Responses
    ///
    /// - `204`: ok.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn client(&self) -> Client<'a> {
        Client {
            client: self.client,
            options: ::core::default::Default::default(),
        }
    }
}

/// A request to `GET /more-names`
///
/// Made by [`DefaultApi::string`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct String<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
}

impl<'a> String<'a> {
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
        let path = ::std::string::String::from("/more-names");
        let request = crate::runtime::OperationRequest::new(
            "String",
            "/more-names",
            ::reqwest::Method::GET,
            path,
            None,
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for String<'a> {
    type Output = ::core::result::Result<crate::Response<()>, crate::Error<()>>;
    type IntoFuture = crate::Sending<'a, (), ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `PUT /more-names`
///
/// Made by [`DefaultApi::vec`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct Vec<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
}

impl<'a> Vec<'a> {
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
        let path = ::std::string::String::from("/more-names");
        let request = crate::runtime::OperationRequest::new(
            "Vec",
            "/more-names",
            ::reqwest::Method::PUT,
            path,
            None,
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for Vec<'a> {
    type Output = ::core::result::Result<crate::Response<()>, crate::Error<()>>;
    type IntoFuture = crate::Sending<'a, (), ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `POST /more-names`
///
/// Made by [`DefaultApi::default_operation`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct Default<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
}

impl<'a> Default<'a> {
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
        let path = ::std::string::String::from("/more-names");
        let request = crate::runtime::OperationRequest::new(
            "default",
            "/more-names",
            ::reqwest::Method::POST,
            path,
            None,
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for Default<'a> {
    type Output = ::core::result::Result<crate::Response<()>, crate::Error<()>>;
    type IntoFuture = crate::Sending<'a, (), ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `DELETE /more-names`
///
/// Made by [`DefaultApi::client`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct Client<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
}

impl<'a> Client<'a> {
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
        let path = ::std::string::String::from("/more-names");
        let request = crate::runtime::OperationRequest::new(
            "client",
            "/more-names",
            ::reqwest::Method::DELETE,
            path,
            None,
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for Client<'a> {
    type Output = ::core::result::Result<crate::Response<()>, crate::Error<()>>;
    type IntoFuture = crate::Sending<'a, (), ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
