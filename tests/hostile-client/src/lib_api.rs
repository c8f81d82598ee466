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
        crate::Request::with_parameters(self.client, ErrorParameters {})
    }
    /// `PUT /names`
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: [`StringModel`](crate::models::StringModel).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn response(&self) -> Response<'a> {
        crate::Request::with_parameters(self.client, ResponseParameters {})
    }
    /// `POST /names`
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: [`VecModel`](crate::models::VecModel).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn result(&self) -> Result<'a> {
        crate::Request::with_parameters(self.client, ResultParameters {})
    }
    /// `DELETE /names`
    ///
    /// # Responses
    ///
    /// - `204`: gone.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn option(&self) -> Option<'a> {
        crate::Request::with_parameters(self.client, OptionParameters {})
    }
    /// `PATCH /names`
    ///
    /// # Responses
    ///
    /// - `204`: patched.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn r#box(&self) -> Box<'a> {
        crate::Request::with_parameters(self.client, BoxParameters {})
    }
}

/// A request to `GET /names`
///
/// Made by [`LibApi::error`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type Error<'a> = crate::Request<'a, ErrorParameters>;

/// The parameters of a [`Error`](type@Error) request, as [`LibApi::error`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct ErrorParameters {}

impl<'a> Error<'a> {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[];
}

impl crate::runtime::Operation for ErrorParameters {
    type Output = crate::models::BoxModel;
    type Error = ();
    const EXPECTED: &'static crate::runtime::Expected = &crate::runtime::Expected {
        success: &[200],
        errors: &[],
    };
    const DECODE_OUTPUT: crate::runtime::Decoder<Self::Output> = crate::runtime::decode_json;
    const DECODE_ERROR: crate::runtime::Decoder<Self::Error> = crate::runtime::decode_empty;
    fn plan(self, options: crate::runtime::Options) -> crate::runtime::Planned {
        let path = ::std::string::String::from("/names");
        let request = crate::runtime::OperationRequest::new(
            "Error",
            "/names",
            ::reqwest::Method::GET,
            path,
            Some("application/json"),
            options,
        );
        ::core::result::Result::Ok(request)
    }
}

/// A request to `PUT /names`
///
/// Made by [`LibApi::response`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type Response<'a> = crate::Request<'a, ResponseParameters>;

/// The parameters of a [`Response`](type@Response) request, as [`LibApi::response`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct ResponseParameters {}

impl<'a> Response<'a> {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[];
}

impl crate::runtime::Operation for ResponseParameters {
    type Output = crate::models::StringModel;
    type Error = ();
    const EXPECTED: &'static crate::runtime::Expected = &crate::runtime::Expected {
        success: &[200],
        errors: &[],
    };
    const DECODE_OUTPUT: crate::runtime::Decoder<Self::Output> = crate::runtime::decode_json;
    const DECODE_ERROR: crate::runtime::Decoder<Self::Error> = crate::runtime::decode_empty;
    fn plan(self, options: crate::runtime::Options) -> crate::runtime::Planned {
        let path = ::std::string::String::from("/names");
        let request = crate::runtime::OperationRequest::new(
            "Response",
            "/names",
            ::reqwest::Method::PUT,
            path,
            Some("application/json"),
            options,
        );
        ::core::result::Result::Ok(request)
    }
}

/// A request to `POST /names`
///
/// Made by [`LibApi::result`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type Result<'a> = crate::Request<'a, ResultParameters>;

/// The parameters of a [`Result`](type@Result) request, as [`LibApi::result`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct ResultParameters {}

impl<'a> Result<'a> {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[];
}

impl crate::runtime::Operation for ResultParameters {
    type Output = crate::models::VecModel;
    type Error = ();
    const EXPECTED: &'static crate::runtime::Expected = &crate::runtime::Expected {
        success: &[200],
        errors: &[],
    };
    const DECODE_OUTPUT: crate::runtime::Decoder<Self::Output> = crate::runtime::decode_json;
    const DECODE_ERROR: crate::runtime::Decoder<Self::Error> = crate::runtime::decode_empty;
    fn plan(self, options: crate::runtime::Options) -> crate::runtime::Planned {
        let path = ::std::string::String::from("/names");
        let request = crate::runtime::OperationRequest::new(
            "Result",
            "/names",
            ::reqwest::Method::POST,
            path,
            Some("application/json"),
            options,
        );
        ::core::result::Result::Ok(request)
    }
}

/// A request to `DELETE /names`
///
/// Made by [`LibApi::option`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type Option<'a> = crate::Request<'a, OptionParameters>;

/// The parameters of a [`Option`](type@Option) request, as [`LibApi::option`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct OptionParameters {}

impl<'a> Option<'a> {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[];
}

impl crate::runtime::Operation for OptionParameters {
    type Output = ();
    type Error = ();
    const EXPECTED: &'static crate::runtime::Expected = &crate::runtime::Expected {
        success: &[204],
        errors: &[],
    };
    const DECODE_OUTPUT: crate::runtime::Decoder<Self::Output> = crate::runtime::decode_empty;
    const DECODE_ERROR: crate::runtime::Decoder<Self::Error> = crate::runtime::decode_empty;
    fn plan(self, options: crate::runtime::Options) -> crate::runtime::Planned {
        let path = ::std::string::String::from("/names");
        let request = crate::runtime::OperationRequest::new(
            "Option",
            "/names",
            ::reqwest::Method::DELETE,
            path,
            None,
            options,
        );
        ::core::result::Result::Ok(request)
    }
}

/// A request to `PATCH /names`
///
/// Made by [`LibApi::box`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type Box<'a> = crate::Request<'a, BoxParameters>;

/// The parameters of a [`Box`](type@Box) request, as [`LibApi::box`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct BoxParameters {}

impl<'a> Box<'a> {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[];
}

impl crate::runtime::Operation for BoxParameters {
    type Output = ();
    type Error = ();
    const EXPECTED: &'static crate::runtime::Expected = &crate::runtime::Expected {
        success: &[204],
        errors: &[],
    };
    const DECODE_OUTPUT: crate::runtime::Decoder<Self::Output> = crate::runtime::decode_empty;
    const DECODE_ERROR: crate::runtime::Decoder<Self::Error> = crate::runtime::decode_empty;
    fn plan(self, options: crate::runtime::Options) -> crate::runtime::Planned {
        let path = ::std::string::String::from("/names");
        let request = crate::runtime::OperationRequest::new(
            "Box",
            "/names",
            ::reqwest::Method::PATCH,
            path,
            None,
            options,
        );
        ::core::result::Result::Ok(request)
    }
}
