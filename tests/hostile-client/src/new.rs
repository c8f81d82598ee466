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
    pub fn new_operation(&self, kind: crate::models::Kind) -> crate::Request<'a, New> {
        self.client.request_at([&kind.as_str()], New)
    }
}

/// The operation `GET /new/{kind}`: An enum path parameter
///
/// [`NewApi::new_operation`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct New;

impl crate::runtime::Operation for New {
    type Output = crate::models::ResultModel;
    type Error = crate::models::ResultModel;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "new",
        method: ::reqwest::Method::GET,
        template: "/new/{kind}",
        success: &[0],
        errors: &[0],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders::JSON;
}
