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
    pub fn post_self_array(&self, body: crate::models::SelfArray) -> PostSelfArray<'a> {
        self.client.request_for(PostSelfArrayParameters { body })
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
    pub fn post_self_map(&self, body: crate::models::SelfMap) -> PostSelfMap<'a> {
        self.client.request_for(PostSelfMapParameters { body })
    }
}

/// A request to `POST /self-array`
///
/// Made by [`StaticApi::post_self_array`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type PostSelfArray<'a> = crate::Request<'a, PostSelfArrayParameters>;

/// The parameters of a [`PostSelfArray`](type@PostSelfArray) request, as [`StaticApi::post_self_array`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct PostSelfArrayParameters {
    body: crate::models::SelfArray,
}

impl crate::runtime::Operation for PostSelfArrayParameters {
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

/// A request to `POST /self-map`
///
/// Made by [`StaticApi::post_self_map`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type PostSelfMap<'a> = crate::Request<'a, PostSelfMapParameters>;

/// The parameters of a [`PostSelfMap`](type@PostSelfMap) request, as [`StaticApi::post_self_map`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct PostSelfMapParameters {
    body: crate::models::SelfMap,
}

impl crate::runtime::Operation for PostSelfMapParameters {
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
