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
    pub fn string(&self) -> crate::Request<'a, StringOperation> {
        self.client.request_for(StringOperation)
    }
    /// `PUT /more-names`
    ///
    /// # Responses
    ///
    /// - `204`: ok.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn vec(&self) -> crate::Request<'a, VecOperation> {
        self.client.request_for(VecOperation)
    }
    /// `POST /more-names`
    ///
    /// # Responses
    ///
    /// - `204`: ok.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn default_operation(&self) -> crate::Request<'a, Default> {
        self.client.request_for(Default)
    }
    /// `DELETE /more-names`
    ///
    /// # Responses
    ///
    /// - `204`: ok.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn client(&self) -> crate::Request<'a, Client> {
        self.client.request_for(Client)
    }
}

/// The operation `GET /more-names`
///
/// [`DefaultApi::string`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct StringOperation;

impl crate::runtime::Operation for StringOperation {
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

/// The operation `PUT /more-names`
///
/// [`DefaultApi::vec`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct VecOperation;

impl crate::runtime::Operation for VecOperation {
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

/// The operation `POST /more-names`
///
/// [`DefaultApi::default_operation`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Default;

impl crate::runtime::Operation for Default {
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

/// The operation `DELETE /more-names`
///
/// [`DefaultApi::client`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Client;

impl crate::runtime::Operation for Client {
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
