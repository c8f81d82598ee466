// This file is generated from tests/fixtures/specs/recursion.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `static`.

impl crate::Client {
    /// Operations on `static`: see [`StaticApi`].
    pub fn static_(&self) -> StaticApi<'_> {
        StaticApi { client: self }
    }
}

/// The operations on `static`, borrowed from a [`Client`](crate::Client) by [`Client::static_`](crate::Client::static_).
#[derive(Debug, Clone, Copy)]
pub struct StaticApi<'a> {
    client: &'a crate::Client,
}

impl<'a> StaticApi<'a> {
    /// `POST /self-array`
    ///
    /// # Parameters
    ///
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - `204`: stored.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn post_self_array(
        &self,
        body: crate::models::SelfArray,
    ) -> crate::Request<'a, PostSelfArray> {
        self.client.request_for(PostSelfArray { body })
    }
    /// `POST /self-map`
    ///
    /// # Parameters
    ///
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - `204`: stored.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn post_self_map(
        &self,
        body: crate::models::SelfMap,
    ) -> crate::Request<'a, PostSelfMap> {
        self.client.request_for(PostSelfMap { body })
    }
}

/// The operation `POST /self-array`
///
/// [`StaticApi::post_self_array`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct PostSelfArray {
    body: crate::models::SelfArray,
}

impl crate::runtime::Operation for PostSelfArray {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "postSelfArray",
        method: ::reqwest::Method::POST,
        template: "/self-array",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.json_body(&self.body, "application/json")
    }
}

/// The operation `POST /self-map`
///
/// [`StaticApi::post_self_map`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct PostSelfMap {
    body: crate::models::SelfMap,
}

impl crate::runtime::Operation for PostSelfMap {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "postSelfMap",
        method: ::reqwest::Method::POST,
        template: "/self-map",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.json_body(&self.body, "application/json")
    }
}
