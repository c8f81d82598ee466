// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `lib`.

impl crate::Client {
    /// Operations on `lib`: see [`LibApi`].
    pub fn lib_api(&self) -> LibApi<'_> {
        LibApi { client: self }
    }
}

/// The operations on `lib`, borrowed from a [`Client`](crate::Client) by [`Client::lib_api`](crate::Client::lib_api).
#[derive(Debug, Clone, Copy)]
pub struct LibApi<'a> {
    client: &'a crate::Client,
}

impl<'a> LibApi<'a> {
    /// `GET /names`
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: [`BoxModel`](crate::models::BoxModel).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn error(&self) -> crate::Request<'a, Error> {
        self.client.request_for(Error)
    }
    /// `PUT /names`
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: [`StringModel`](crate::models::StringModel).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn response(&self) -> crate::Request<'a, Response> {
        self.client.request_for(Response)
    }
    /// `POST /names`
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: [`VecModel`](crate::models::VecModel).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn result(&self) -> crate::Request<'a, ResultOperation> {
        self.client.request_for(ResultOperation)
    }
    /// `DELETE /names`
    ///
    /// # Responses
    ///
    /// - `204`: gone.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn option(&self) -> crate::Request<'a, OptionOperation> {
        self.client.request_for(OptionOperation)
    }
    /// `PATCH /names`
    ///
    /// # Responses
    ///
    /// - `204`: patched.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn r#box(&self) -> crate::Request<'a, BoxOperation> {
        self.client.request_for(BoxOperation)
    }
}

/// The operation `GET /names`
///
/// [`LibApi::error`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Error;

impl crate::runtime::Operation for Error {
    type Output = crate::models::BoxModel;
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "Error",
        method: ::reqwest::Method::GET,
        template: "/names",
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_json,
        error: crate::runtime::decode_empty,
    };
}

/// The operation `PUT /names`
///
/// [`LibApi::response`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Response;

impl crate::runtime::Operation for Response {
    type Output = crate::models::StringModel;
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "Response",
        method: ::reqwest::Method::PUT,
        template: "/names",
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_json,
        error: crate::runtime::decode_empty,
    };
}

/// The operation `POST /names`
///
/// [`LibApi::result`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ResultOperation;

impl crate::runtime::Operation for ResultOperation {
    type Output = crate::models::VecModel;
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "Result",
        method: ::reqwest::Method::POST,
        template: "/names",
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_json,
        error: crate::runtime::decode_empty,
    };
}

/// The operation `DELETE /names`
///
/// [`LibApi::option`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct OptionOperation;

impl crate::runtime::Operation for OptionOperation {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "Option",
        method: ::reqwest::Method::DELETE,
        template: "/names",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
}

/// The operation `PATCH /names`
///
/// [`LibApi::box`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct BoxOperation;

impl crate::runtime::Operation for BoxOperation {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "Box",
        method: ::reqwest::Method::PATCH,
        template: "/names",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
}
