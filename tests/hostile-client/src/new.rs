// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `new`.

impl crate::Client {
    /// Operations on `new`: see [`NewApi`].
    pub fn new_api(&self) -> NewApi<'_> {
        NewApi { client: self }
    }
}

/// The operations on `new`, borrowed from a [`Client`](crate::Client) by [`Client::new_api`](crate::Client::new_api).
#[derive(Debug, Clone, Copy)]
pub struct NewApi<'a> {
    client: &'a crate::Client,
}

impl<'a> NewApi<'a> {
    /// An enum path parameter
    ///
    /// `GET /new/{kind}`
    ///
    /// # Parameters
    ///
    /// - `kind` (path parameter `kind`, required)
    ///
    /// # Responses
    ///
    /// - any other status (`default`): The value, or an error, by status. Body: [`ResultModel`](crate::models::ResultModel). The operation documents no 2xx response, so a 2xx status is a success with this body; any other is returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn new_operation(&self, kind: crate::models::Kind) -> New<'a> {
        New {
            client: self.client,
            options: ::core::default::Default::default(),
            kind,
        }
    }
}

/// A request to `GET /new/{kind}`: An enum path parameter
///
/// Made by [`NewApi::new_operation`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct New<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    kind: crate::models::Kind,
}

impl<'a> New<'a> {
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
    ) -> crate::Sending<'a, crate::models::ResultModel, crate::models::ResultModel> {
        let expected = &crate::runtime::Expected {
            success: &[0],
            errors: &[0],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<crate::models::ResultModel>,
                crate::runtime::decode_json::<crate::models::ResultModel>,
            )
    }
    /// The request, checked against the API description, as the runtime sends it.
    fn plan(
        self,
    ) -> ::core::result::Result<
        crate::runtime::OperationRequest,
        crate::runtime::ValidationError,
    > {
        let path = ["/new/", &crate::runtime::path_segment("kind", self.kind.as_str())?]
            .concat();
        let request = crate::runtime::OperationRequest::new(
            "new",
            "/new/{kind}",
            ::reqwest::Method::GET,
            path,
            Some("application/json"),
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for New<'a> {
    type Output = ::core::result::Result<
        crate::Response<crate::models::ResultModel>,
        crate::Error<crate::models::ResultModel>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        crate::models::ResultModel,
        crate::models::ResultModel,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
