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
    pub fn get_old(&self, token: impl AsRef<str>) -> crate::Request<'a, GetOld> {
        self.client.request_at([&token.as_ref()], GetOld)
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
    ) -> crate::Request<'a, GetThing> {
        self.client.request_at([&token.as_ref(), &required.as_ref(), &count], GetThing)
    }
}

/// The operation `GET /old/{token}`
///
/// [`AsyncApi::get_old`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GetOld;

impl crate::runtime::Operation for GetOld {
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

/// The operation `GET /things/{token}/{required}/{count}`: A read whose parameters are named like the example's own variables \u{202e}
///
/// [`AsyncApi::get_thing`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GetThing;

impl crate::runtime::Operation for GetThing {
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
