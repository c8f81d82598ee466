// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `default`.

impl crate::Client {
    /// Operations on `default`: see [`DefaultApi`].
    pub fn default_api(&self) -> DefaultApi<'_> {
        DefaultApi { client: self }
    }
}

/// The operations on `default`, borrowed from a [`Client`](crate::Client) by [`Client::default_api`](crate::Client::default_api).
#[derive(Debug, Clone, Copy)]
pub struct DefaultApi<'a> {
    client: &'a crate::Client,
}

impl<'a> DefaultApi<'a> {
    /// `GET /more-names`
    ///
    /// # Responses
    ///
    /// - `204`: ok.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn string(&self) -> StringOperation<'a> {
        self.client.request_for(StringOperationParameters)
    }
    /// `PUT /more-names`
    ///
    /// # Responses
    ///
    /// - `204`: ok.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn vec(&self) -> VecOperation<'a> {
        self.client.request_for(VecOperationParameters)
    }
    /// `POST /more-names`
    ///
    /// # Responses
    ///
    /// - `204`: ok.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn default_operation(&self) -> Default<'a> {
        self.client.request_for(DefaultParameters)
    }
    /// `DELETE /more-names`
    ///
    /// # Responses
    ///
    /// - `204`: ok.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn client(&self) -> Client<'a> {
        self.client.request_for(ClientParameters)
    }
}

/// A request to `GET /more-names`
///
/// Made by [`DefaultApi::string`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type StringOperation<'a> = crate::Request<'a, StringOperationParameters>;

/// The parameters of a [`StringOperation`](type@StringOperation) request, as [`DefaultApi::string`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct StringOperationParameters;

impl crate::runtime::Operation for StringOperationParameters {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "String",
        method: ::reqwest::Method::GET,
        template: "/more-names",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
}

/// A request to `PUT /more-names`
///
/// Made by [`DefaultApi::vec`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type VecOperation<'a> = crate::Request<'a, VecOperationParameters>;

/// The parameters of a [`VecOperation`](type@VecOperation) request, as [`DefaultApi::vec`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct VecOperationParameters;

impl crate::runtime::Operation for VecOperationParameters {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "Vec",
        method: ::reqwest::Method::PUT,
        template: "/more-names",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
}

/// A request to `POST /more-names`
///
/// Made by [`DefaultApi::default_operation`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type Default<'a> = crate::Request<'a, DefaultParameters>;

/// The parameters of a [`Default`](type@Default) request, as [`DefaultApi::default_operation`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DefaultParameters;

impl crate::runtime::Operation for DefaultParameters {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "default",
        method: ::reqwest::Method::POST,
        template: "/more-names",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
}

/// A request to `DELETE /more-names`
///
/// Made by [`DefaultApi::client`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type Client<'a> = crate::Request<'a, ClientParameters>;

/// The parameters of a [`Client`](type@Client) request, as [`DefaultApi::client`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ClientParameters;

impl crate::runtime::Operation for ClientParameters {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "client",
        method: ::reqwest::Method::DELETE,
        template: "/more-names",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
}
