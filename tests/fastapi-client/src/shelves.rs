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
    ) -> crate::Request<'a, PutShelf> {
        self.client.request_at([&shelf_number], PutShelf { body })
    }
}

/// The operation `PUT /shelves/{shelf_number}`: Put Shelf
///
/// [`ShelvesApi::put_shelf`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct PutShelf {
    body: crate::models::Shelf,
}

impl crate::runtime::Operation for PutShelf {
    type Output = crate::models::Shelf;
    type Error = crate::models::HttpValidationError;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "put_shelf",
        method: ::reqwest::Method::PUT,
        template: "/shelves/{shelf_number}",
        errors: &[422],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders::JSON;
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.json_body(&self.body, "application/json")
    }
}
