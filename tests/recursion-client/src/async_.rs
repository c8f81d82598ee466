// This file is generated from tests/fixtures/specs/recursion.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `async`.

impl crate::Client {
    /// Operations on `async`: see [`AsyncApi`].
    pub fn async_(&self) -> AsyncApi<'_> {
        AsyncApi { client: self }
    }
}

/// The operations on `async`, borrowed from a [`Client`](crate::Client) by [`Client::async_`](crate::Client::async_).
#[derive(Debug, Clone, Copy)]
pub struct AsyncApi<'a> {
    client: &'a crate::Client,
}

impl<'a> AsyncApi<'a> {
    /// `GET /old/{token}`
    ///
    /// # Parameters
    ///
    /// - `token` (path parameter `token`, required)
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: text.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    #[deprecated]
    pub fn get_old(&self, token: impl AsRef<str>) -> GetOld<'a> {
        self.client.request_at([&token.as_ref()], GetOldParameters)
    }
    /// A read whose parameters are named like the example's own variables \u{202e}
    ///
    /// `GET /things/{token}/{required}/{count}`
    ///
    /// # Parameters
    ///
    /// - `token` (path parameter `token`, required)
    /// - `required` (path parameter `required`, required)
    /// - `count` (path parameter `count`, required)
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: text.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_thing(
        &self,
        token: impl AsRef<str>,
        required: impl AsRef<str>,
        count: i32,
    ) -> GetThing<'a> {
        self.client
            .request_at(
                [&token.as_ref(), &required.as_ref(), &count],
                GetThingParameters,
            )
    }
}

/// A request to `GET /old/{token}`
///
/// Made by [`AsyncApi::get_old`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetOld<'a> = crate::Request<'a, GetOldParameters>;

/// The parameters of a [`GetOld`](type@GetOld) request, as [`AsyncApi::get_old`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GetOldParameters;

impl crate::runtime::Operation for GetOldParameters {
    type Output = String;
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getOld",
        method: ::reqwest::Method::GET,
        template: "/old/{token}",
        accept: Some("text/plain"),
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_text,
        error: crate::runtime::decode_empty,
    };
}

/// A request to `GET /things/{token}/{required}/{count}`: A read whose parameters are named like the example's own variables \u{202e}
///
/// Made by [`AsyncApi::get_thing`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetThing<'a> = crate::Request<'a, GetThingParameters>;

/// The parameters of a [`GetThing`](type@GetThing) request, as [`AsyncApi::get_thing`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GetThingParameters;

impl crate::runtime::Operation for GetThingParameters {
    type Output = String;
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getThing",
        method: ::reqwest::Method::GET,
        template: "/things/{token}/{required}/{count}",
        accept: Some("text/plain"),
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_text,
        error: crate::runtime::decode_empty,
    };
}
