// This file is generated from tests/fixtures/fastapi/openapi.json by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `shelves`.

impl crate::Client {
    /// Operations on `shelves`: see [`ShelvesApi`].
    pub fn shelves(&self) -> ShelvesApi<'_> {
        ShelvesApi { client: self }
    }
}

/// The operations on `shelves`, borrowed from a [`Client`](crate::Client) by [`Client::shelves`](crate::Client::shelves).
#[derive(Debug, Clone, Copy)]
pub struct ShelvesApi<'a> {
    client: &'a crate::Client,
}

impl<'a> ShelvesApi<'a> {
    /// Put Shelf
    ///
    /// `PUT /shelves/{shelf_number}`
    ///
    /// # Parameters
    ///
    /// - `shelf_number` (path parameter `shelf_number`, required)
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - `200`: Successful Response. Body: [`Shelf`](crate::models::Shelf).
    /// - `422`: Validation Error. Body: [`HttpValidationError`](crate::models::HttpValidationError). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn put_shelf(
        &self,
        shelf_number: i64,
        body: crate::models::Shelf,
    ) -> PutShelf<'a> {
        PutShelf {
            client: self.client,
            options: ::core::default::Default::default(),
            shelf_number,
            body,
        }
    }
}

/// A request to `PUT /shelves/{shelf_number}`: Put Shelf
///
/// Made by [`ShelvesApi::put_shelf`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct PutShelf<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    shelf_number: i64,
    body: crate::models::Shelf,
}

impl<'a> PutShelf<'a> {
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
    ) -> crate::Sending<'a, crate::models::Shelf, crate::models::HttpValidationError> {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[422],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<crate::models::Shelf>,
                crate::runtime::decode_json::<crate::models::HttpValidationError>,
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
            "/shelves/",
            &crate::runtime::path_segment(
                "shelf_number",
                &self.shelf_number.to_string(),
            )?,
        ]
            .concat();
        let mut request = crate::runtime::OperationRequest::new(
            "put_shelf",
            "/shelves/{shelf_number}",
            ::reqwest::Method::PUT,
            path,
            Some("application/json"),
            self.options,
        );
        request.json_body(&self.body, "application/json")?;
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for PutShelf<'a> {
    type Output = ::core::result::Result<
        crate::Response<crate::models::Shelf>,
        crate::Error<crate::models::HttpValidationError>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        crate::models::Shelf,
        crate::models::HttpValidationError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
