// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `clone`.

impl crate::Client {
    /// Operations on `clone`: see [`CloneApi`].
    pub fn clone_api(&self) -> CloneApi<'_> {
        CloneApi { client: self }
    }
}

/// The operations on `clone`, borrowed from a [`Client`](crate::Client) by [`Client::clone_api`](crate::Client::clone_api).
#[derive(Debug, Clone, Copy)]
pub struct CloneApi<'a> {
    client: &'a crate::Client,
}

impl<'a> CloneApi<'a> {
    /// `GET /items`
    ///
    /// # Responses
    ///
    /// - `204`: Nothing.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn into_future(&self) -> IntoFuture<'a> {
        IntoFuture {
            client: self.client,
            options: ::core::default::Default::default(),
        }
    }
    /// `POST /items`
    ///
    /// # Parameters
    ///
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - any other status (`default`): The stored value. Body: [`OptionModel`](crate::models::OptionModel). The operation documents no 2xx response, so a 2xx status is a success with this body; any other is returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn with_base_url(&self, body: crate::models::OptionModel) -> WithBaseUrl<'a> {
        WithBaseUrl {
            client: self.client,
            options: ::core::default::Default::default(),
            body,
        }
    }
    /// A JSON body of a media type of its own
    ///
    /// `PATCH /items`
    ///
    /// # Parameters
    ///
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - `204`: merged.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn merge_item(&self, body: crate::models::OptionModel) -> MergeItem<'a> {
        MergeItem {
            client: self.client,
            options: ::core::default::Default::default(),
            body,
        }
    }
}

/// A request to `GET /items`
///
/// Made by [`CloneApi::into_future`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct IntoFuture<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
}

impl<'a> IntoFuture<'a> {
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
        let path = ::std::string::String::from("/items");
        let request = crate::runtime::OperationRequest::new(
            "into_future",
            "/items",
            ::reqwest::Method::GET,
            path,
            None,
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for IntoFuture<'a> {
    type Output = ::core::result::Result<crate::Response<()>, crate::Error<()>>;
    type IntoFuture = crate::Sending<'a, (), ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `POST /items`
///
/// Made by [`CloneApi::with_base_url`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct WithBaseUrl<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    body: crate::models::OptionModel,
}

impl<'a> WithBaseUrl<'a> {
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
    ) -> crate::Sending<'a, crate::models::OptionModel, crate::models::OptionModel> {
        let expected = &crate::runtime::Expected {
            success: &[0],
            errors: &[0],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<crate::models::OptionModel>,
                crate::runtime::decode_json::<crate::models::OptionModel>,
            )
    }
    /// The request, checked against the API description, as the runtime sends it.
    fn plan(
        self,
    ) -> ::core::result::Result<
        crate::runtime::OperationRequest,
        crate::runtime::ValidationError,
    > {
        let path = ::std::string::String::from("/items");
        let mut request = crate::runtime::OperationRequest::new(
            "with_base_url",
            "/items",
            ::reqwest::Method::POST,
            path,
            Some("application/json"),
            self.options,
        );
        request.json_body(&self.body, "application/json")?;
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for WithBaseUrl<'a> {
    type Output = ::core::result::Result<
        crate::Response<crate::models::OptionModel>,
        crate::Error<crate::models::OptionModel>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        crate::models::OptionModel,
        crate::models::OptionModel,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `PATCH /items`: A JSON body of a media type of its own
///
/// Made by [`CloneApi::merge_item`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct MergeItem<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    body: crate::models::OptionModel,
}

impl<'a> MergeItem<'a> {
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
        let path = ::std::string::String::from("/items");
        let mut request = crate::runtime::OperationRequest::new(
            "mergeItem",
            "/items",
            ::reqwest::Method::PATCH,
            path,
            None,
            self.options,
        );
        request.json_body(&self.body, "application/merge-patch+json")?;
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for MergeItem<'a> {
    type Output = ::core::result::Result<crate::Response<()>, crate::Error<()>>;
    type IntoFuture = crate::Sending<'a, (), ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
