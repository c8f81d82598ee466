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
        crate::Request::with_parameters(
            self.client,
            PutShelfParameters {
                shelf_number,
                body,
            },
        )
    }
}

/// A request to `PUT /shelves/{shelf_number}`: Put Shelf
///
/// Made by [`ShelvesApi::put_shelf`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type PutShelf<'a> = crate::Request<'a, PutShelfParameters>;

/// The parameters of a [`PutShelf`](type@PutShelf) request, as [`ShelvesApi::put_shelf`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct PutShelfParameters {
    shelf_number: i64,
    body: crate::models::Shelf,
}

impl<'a> PutShelf<'a> {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[];
}

impl crate::runtime::Operation for PutShelfParameters {
    type Output = crate::models::Shelf;
    type Error = crate::models::HttpValidationError;
    const EXPECTED: &'static crate::runtime::Expected = &crate::runtime::Expected {
        success: &[200],
        errors: &[422],
    };
    const DECODE_OUTPUT: crate::runtime::Decoder<Self::Output> = crate::runtime::decode_json;
    const DECODE_ERROR: crate::runtime::Decoder<Self::Error> = crate::runtime::decode_json;
    fn plan(self, options: crate::runtime::Options) -> crate::runtime::Planned {
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
            options,
        );
        request.json_body(&self.body, "application/json")?;
        ::core::result::Result::Ok(request)
    }
}
