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
    pub fn into_future(&self) -> IntoFuture<'a> {
        self.client.request_for(IntoFutureParameters)
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
    pub fn with_base_url(&self, body: crate::models::OptionModel) -> WithBaseUrl<'a> {
        self.client.request_for(WithBaseUrlParameters { body })
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
    pub fn merge_item(&self, body: crate::models::OptionModel) -> MergeItem<'a> {
        self.client.request_for(MergeItemParameters { body })
    }
}

/// A request to `GET /items`
///
/// Made by [`CloneApi::into_future`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type IntoFuture<'a> = crate::Request<'a, IntoFutureParameters>;

/// The parameters of a [`IntoFuture`](type@IntoFuture) request, as [`CloneApi::into_future`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct IntoFutureParameters;

impl crate::runtime::Operation for IntoFutureParameters {
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

/// A request to `POST /items`
///
/// Made by [`CloneApi::with_base_url`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type WithBaseUrl<'a> = crate::Request<'a, WithBaseUrlParameters>;

/// The parameters of a [`WithBaseUrl`](type@WithBaseUrl) request, as [`CloneApi::with_base_url`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct WithBaseUrlParameters {
    body: crate::models::OptionModel,
}

impl crate::runtime::Operation for WithBaseUrlParameters {
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

/// A request to `PATCH /items`: A JSON body of a media type of its own
///
/// Made by [`CloneApi::merge_item`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type MergeItem<'a> = crate::Request<'a, MergeItemParameters>;

/// The parameters of a [`MergeItem`](type@MergeItem) request, as [`CloneApi::merge_item`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct MergeItemParameters {
    body: crate::models::OptionModel,
}

impl crate::runtime::Operation for MergeItemParameters {
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
