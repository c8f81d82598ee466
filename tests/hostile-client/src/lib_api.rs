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
    pub fn error(&self) -> Error<'a> {
        self.client.request_for(ErrorParameters)
    }
    /// `PUT /names`
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: [`StringModel`](crate::models::StringModel).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn response(&self) -> Response<'a> {
        self.client.request_for(ResponseParameters)
    }
    /// `POST /names`
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: [`VecModel`](crate::models::VecModel).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn result(&self) -> ResultOperation<'a> {
        self.client.request_for(ResultOperationParameters)
    }
    /// `DELETE /names`
    ///
    /// # Responses
    ///
    /// - `204`: gone.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn option(&self) -> OptionOperation<'a> {
        self.client.request_for(OptionOperationParameters)
    }
    /// `PATCH /names`
    ///
    /// # Responses
    ///
    /// - `204`: patched.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn r#box(&self) -> BoxOperation<'a> {
        self.client.request_for(BoxOperationParameters)
    }
}

/// A request to `GET /names`
///
/// Made by [`LibApi::error`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type Error<'a> = crate::Request<'a, ErrorParameters>;

/// The parameters of a [`Error`](type@Error) request, as [`LibApi::error`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ErrorParameters;

impl crate::runtime::Operation for ErrorParameters {
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

/// A request to `PUT /names`
///
/// Made by [`LibApi::response`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type Response<'a> = crate::Request<'a, ResponseParameters>;

/// The parameters of a [`Response`](type@Response) request, as [`LibApi::response`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ResponseParameters;

impl crate::runtime::Operation for ResponseParameters {
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

/// A request to `POST /names`
///
/// Made by [`LibApi::result`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type ResultOperation<'a> = crate::Request<'a, ResultOperationParameters>;

/// The parameters of a [`ResultOperation`](type@ResultOperation) request, as [`LibApi::result`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ResultOperationParameters;

impl crate::runtime::Operation for ResultOperationParameters {
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

/// A request to `DELETE /names`
///
/// Made by [`LibApi::option`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type OptionOperation<'a> = crate::Request<'a, OptionOperationParameters>;

/// The parameters of a [`OptionOperation`](type@OptionOperation) request, as [`LibApi::option`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct OptionOperationParameters;

impl crate::runtime::Operation for OptionOperationParameters {
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

/// A request to `PATCH /names`
///
/// Made by [`LibApi::box`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type BoxOperation<'a> = crate::Request<'a, BoxOperationParameters>;

/// The parameters of a [`BoxOperation`](type@BoxOperation) request, as [`LibApi::box`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct BoxOperationParameters;

impl crate::runtime::Operation for BoxOperationParameters {
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
