// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `clone`.

impl crate::Client {
    /// Operations on `clone`: see [`CloneApi`].
    pub fn clone_api(&self) -> CloneApi<'_> {
        CloneApi { client: self }
    }
}

/// The operations on `clone`, borrowed from a [`Client`](crate::Client) by [`Client::clone_api`](crate::Client::clone_api).
#[derive(Debug, Clone, Copy)]
pub struct CloneApi<'a> {
    client: &'a crate::Client,
}

impl<'a> CloneApi<'a> {
    /// `GET /items`
    ///
    /// # Responses
    ///
    /// - `204`: Nothing.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn into_future(&self) -> crate::Request<'a, IntoFuture> {
        self.client.request_for(IntoFuture)
    }
    /// `POST /items`
    ///
    /// # Parameters
    ///
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - any other status (`default`): The stored value. Body: [`OptionModel`](crate::models::OptionModel). The operation documents no 2xx response, so a 2xx status is a success with this body; any other is returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn with_base_url(
        &self,
        body: crate::models::OptionModel,
    ) -> crate::Request<'a, WithBaseUrl> {
        self.client.request_for(WithBaseUrl { body })
    }
    /// A JSON body of a media type of its own
    ///
    /// `PATCH /items`
    ///
    /// # Parameters
    ///
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - `204`: merged.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn merge_item(
        &self,
        body: crate::models::OptionModel,
    ) -> crate::Request<'a, MergeItem> {
        self.client.request_for(MergeItem { body })
    }
}

/// The operation `GET /items`
///
/// [`CloneApi::into_future`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct IntoFuture;

impl crate::runtime::Operation for IntoFuture {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "into_future",
        method: ::reqwest::Method::GET,
        template: "/items",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
}

/// The operation `POST /items`
///
/// [`CloneApi::with_base_url`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct WithBaseUrl {
    body: crate::models::OptionModel,
}

impl crate::runtime::Operation for WithBaseUrl {
    type Output = crate::models::OptionModel;
    type Error = crate::models::OptionModel;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "with_base_url",
        method: ::reqwest::Method::POST,
        template: "/items",
        success: &[0],
        errors: &[0],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders::JSON;
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.json_body(&self.body, "application/json")
    }
}

/// The operation `PATCH /items`: A JSON body of a media type of its own
///
/// [`CloneApi::merge_item`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct MergeItem {
    body: crate::models::OptionModel,
}

impl crate::runtime::Operation for MergeItem {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "mergeItem",
        method: ::reqwest::Method::PATCH,
        template: "/items",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.json_body(&self.body, "application/merge-patch+json")
    }
}
