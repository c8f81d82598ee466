// This file is generated from tests/fixtures/specs/recursion.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `main`.

impl crate::Client {
    /// Operations on `main`: see [`MainApi`].
    pub fn main_api(&self) -> MainApi<'_> {
        MainApi { client: self }
    }
}

/// The operations on `main`, borrowed from a [`Client`](crate::Client) by [`Client::main_api`](crate::Client::main_api).
#[derive(Debug, Clone, Copy)]
pub struct MainApi<'a> {
    client: &'a crate::Client,
}

impl<'a> MainApi<'a> {
    /// `POST /nodes`
    ///
    /// # Parameters
    ///
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: [`Mutual`](crate::models::Mutual).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn post_node(&self, body: crate::models::Node) -> PostNode<'a> {
        PostNode {
            client: self.client,
            options: ::core::default::Default::default(),
            body,
        }
    }
}

/// A request to `POST /nodes`
///
/// Made by [`MainApi::post_node`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct PostNode<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    body: crate::models::Node,
}

impl<'a> PostNode<'a> {
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
    pub fn send(self) -> crate::Sending<'a, crate::models::Mutual, ()> {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<crate::models::Mutual>,
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
        let path = ::std::string::String::from("/nodes");
        let mut request = crate::runtime::OperationRequest::new(
            "postNode",
            "/nodes",
            ::reqwest::Method::POST,
            path,
            Some("application/json"),
            self.options,
        );
        request.json_body(&self.body, "application/json")?;
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for PostNode<'a> {
    type Output = ::core::result::Result<
        crate::Response<crate::models::Mutual>,
        crate::Error<()>,
    >;
    type IntoFuture = crate::Sending<'a, crate::models::Mutual, ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
