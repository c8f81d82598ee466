// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `start`.

impl crate::Client {
    /// Operations on `start`: see [`StartApi`].
    pub fn start_api(&self) -> StartApi<'_> {
        StartApi { client: self }
    }
}

/// The operations on `start`, borrowed from a [`Client`](crate::Client) by [`Client::start_api`](crate::Client::start_api).
#[derive(Debug, Clone, Copy)]
pub struct StartApi<'a> {
    client: &'a crate::Client,
}

impl<'a> StartApi<'a> {
    /// An integer path parameter, and query parameters named after the builder's own members
    ///
    /// `GET /send/{id}`
    ///
    /// # Parameters
    ///
    /// - `id` (path parameter `id`, required)
    /// - `client` (query parameter `client`, optional; set with [`Send::client`])
    /// - `self_` (query parameter `self`, optional; set with [`Send::self_`])
    /// - `type` (query parameter `type`, optional; set with [`Send::type`])
    /// - `send_value` (query parameter `send`, optional; set with [`Send::send_value`])
    /// - `into_future_value` (query parameter `into_future`, optional; set with [`Send::into_future_value`])
    ///
    /// # Responses
    ///
    /// - `200`: The value sent back. Body: [`ResultModel`](crate::models::ResultModel).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn send(&self, id: i64) -> Send<'a> {
        Send {
            client_2: self.client,
            options: ::core::default::Default::default(),
            id,
            client: None,
            self_: None,
            r#type: None,
            send_value: None,
            into_future_value: None,
        }
    }
}

/// A request to `GET /send/{id}`: An integer path parameter, and query parameters named after the builder's own members
///
/// Made by [`StartApi::send`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct Send<'a> {
    client_2: &'a crate::Client,
    options: crate::runtime::Options,
    id: i64,
    client: ::core::option::Option<::std::string::String>,
    self_: ::core::option::Option<::std::string::String>,
    r#type: ::core::option::Option<::std::string::String>,
    send_value: ::core::option::Option<::std::string::String>,
    into_future_value: ::core::option::Option<::std::string::String>,
}

impl<'a> Send<'a> {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[];
    /// The `client` parameter.
    pub fn client(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.client = Some(value.into());
        self
    }
    /// The `self` parameter.
    pub fn self_(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.self_ = Some(value.into());
        self
    }
    /// The `type` parameter.
    pub fn r#type(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// The `send` parameter.
    pub fn send_value(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.send_value = Some(value.into());
        self
    }
    /// The `into_future` parameter.
    pub fn into_future_value(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.into_future_value = Some(value.into());
        self
    }
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
    pub fn send(self) -> crate::Sending<'a, crate::models::ResultModel, ()> {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[],
        };
        self.client_2
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<crate::models::ResultModel>,
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
        let path = ["/send/", &crate::runtime::path_segment("id", &self.id.to_string())?]
            .concat();
        let mut request = crate::runtime::OperationRequest::new(
            "send",
            "/send/{id}",
            ::reqwest::Method::GET,
            path,
            Some("application/json"),
            self.options,
        );
        if let Some(value) = &self.client {
            request.add_query("client", value.clone());
        }
        if let Some(value) = &self.self_ {
            request.add_query("self", value.clone());
        }
        if let Some(value) = &self.r#type {
            request.add_query("type", value.clone());
        }
        if let Some(value) = &self.send_value {
            request.add_query("send", value.clone());
        }
        if let Some(value) = &self.into_future_value {
            request.add_query("into_future", value.clone());
        }
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for Send<'a> {
    type Output = ::core::result::Result<
        crate::Response<crate::models::ResultModel>,
        crate::Error<()>,
    >;
    type IntoFuture = crate::Sending<'a, crate::models::ResultModel, ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
