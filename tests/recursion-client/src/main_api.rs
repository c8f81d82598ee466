// This file is generated from tests/fixtures/specs/recursion.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `main`.

impl crate::Client {
    /// Operations on `main`: see [`MainApi`].
    pub fn main_api(&self) -> MainApi<'_> {
        MainApi { client: self }
    }
}

/// The operations on `main`, borrowed from a [`Client`](crate::Client) by [`Client::main_api`](crate::Client::main_api).
#[derive(Debug, Clone, Copy)]
pub struct MainApi<'a> {
    client: &'a crate::Client,
}

impl<'a> MainApi<'a> {
    /// `POST /nodes`
    ///
    /// # Parameters
    ///
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - `200`: ok. Body: [`Mutual`](crate::models::Mutual).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn post_node(&self, body: crate::models::Node) -> crate::Request<'a, PostNode> {
        self.client.request_for(PostNode { body })
    }
}

/// The operation `POST /nodes`
///
/// [`MainApi::post_node`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct PostNode {
    body: crate::models::Node,
}

impl crate::runtime::Operation for PostNode {
    type Output = crate::models::Mutual;
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "postNode",
        method: ::reqwest::Method::POST,
        template: "/nodes",
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_json,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.json_body(&self.body, "application/json")
    }
}
