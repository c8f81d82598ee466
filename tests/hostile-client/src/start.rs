// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `start`.

impl crate::Client {
    /// Operations on `start`: see [`StartApi`].
    pub fn start_api(&self) -> StartApi<'_> {
        StartApi { client: self }
    }
}

/// The operations on `start`, borrowed from a [`Client`](crate::Client) by [`Client::start_api`](crate::Client::start_api).
#[derive(Debug, Clone, Copy)]
pub struct StartApi<'a> {
    client: &'a crate::Client,
}

impl<'a> StartApi<'a> {
    /// An integer path parameter, and query parameters named after the builder's own members
    ///
    /// `GET /send/{id}`
    ///
    /// # Parameters
    ///
    /// - `id` (path parameter `id`, required)
    /// - `client` (query parameter `client`, optional; set with [`Request::client`](crate::Request::client))
    /// - `self_` (query parameter `self`, optional; set with [`Request::self_`](crate::Request::self_))
    /// - `type` (query parameter `type`, optional; set with [`Request::type`](crate::Request::type))
    /// - `send_value` (query parameter `send`, optional; set with [`Request::send_value`](crate::Request::send_value))
    /// - `into_future_value` (query parameter `into_future`, optional; set with [`Request::into_future_value`](crate::Request::into_future_value))
    ///
    /// # Responses
    ///
    /// - `200`: The value sent back. Body: [`ResultModel`](crate::models::ResultModel).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn send(&self, id: i64) -> crate::Request<'a, Send> {
        self.client
            .request_at(
                [&id],
                Send {
                    client: None,
                    self_: None,
                    r#type: None,
                    send_value: None,
                    into_future_value: None,
                },
            )
    }
}

/// The operation `GET /send/{id}`: An integer path parameter, and query parameters named after the builder's own members
///
/// [`StartApi::send`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct Send {
    client: Option<String>,
    self_: Option<String>,
    r#type: Option<String>,
    send_value: Option<String>,
    into_future_value: Option<String>,
}

impl<'a> crate::Request<'a, Send> {
    /// The `client` parameter.
    pub fn client(mut self, value: impl Into<String>) -> Self {
        self.parameters.client = Some(value.into());
        self
    }
    /// The `self` parameter.
    pub fn self_(mut self, value: impl Into<String>) -> Self {
        self.parameters.self_ = Some(value.into());
        self
    }
    /// The `type` parameter.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.parameters.r#type = Some(value.into());
        self
    }
    /// The `send` parameter.
    pub fn send_value(mut self, value: impl Into<String>) -> Self {
        self.parameters.send_value = Some(value.into());
        self
    }
    /// The `into_future` parameter.
    pub fn into_future_value(mut self, value: impl Into<String>) -> Self {
        self.parameters.into_future_value = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for Send {
    type Output = crate::models::ResultModel;
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "send",
        method: ::reqwest::Method::GET,
        template: "/send/{id}",
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_json,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        if let Some(value) = self.client {
            req.add_query("client", value);
        }
        if let Some(value) = self.self_ {
            req.add_query("self", value);
        }
        if let Some(value) = self.r#type {
            req.add_query("type", value);
        }
        if let Some(value) = self.send_value {
            req.add_query("send", value);
        }
        if let Some(value) = self.into_future_value {
            req.add_query("into_future", value);
        }
        Ok(())
    }
}
