// This file is generated from spec/instance-org.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The parameters every operation of the API takes: every request starts with the client's
//! values of them, and has the same setters for them.

/// The parameters every operation takes.
#[derive(Debug, Clone, Default)]
pub struct SharedParameters {
    losantdomain: Option<String>,
    actions: Option<bool>,
    links: Option<bool>,
    embedded: Option<bool>,
}

impl crate::Client {
    /// A client for [`DEFAULT_BASE_URL`](crate::DEFAULT_BASE_URL) that authenticates with the API token `token`, sent as `Authorization: Bearer <token>`, gives up on a request after [`Client::DEFAULT_TIMEOUT`](crate::Client::DEFAULT_TIMEOUT), and retries as [`RetryPolicy::DEFAULT`](crate::RetryPolicy::DEFAULT) says.
    ///
    /// Fails when the token cannot be sent in an HTTP header, or the HTTP client cannot be built.
    pub fn new(token: impl AsRef<str>) -> Result<Self, crate::ConfigError> {
        Self::authenticated(token.as_ref(), SharedParameters::default())
    }
    /// The same client, giving every request `value` as the header parameter `losantdomain`, unless the request sets its own with [`Request::losantdomain`](crate::Request::losantdomain).
    ///
    /// Domain scope of request (rarely needed).
    pub fn with_losantdomain(mut self, value: impl Into<String>) -> Self {
        self.shared.losantdomain = Some(value.into());
        self
    }
    /// The same client, giving every request `value` as the query parameter `_actions`, unless the request sets its own with [`Request::actions`](crate::Request::actions).
    ///
    /// Return resource actions in response.
    pub fn with_actions(mut self, value: bool) -> Self {
        self.shared.actions = Some(value);
        self
    }
    /// The same client, giving every request `value` as the query parameter `_links`, unless the request sets its own with [`Request::links`](crate::Request::links).
    ///
    /// Return resource link in response.
    pub fn with_links(mut self, value: bool) -> Self {
        self.shared.links = Some(value);
        self
    }
    /// The same client, giving every request `value` as the query parameter `_embedded`, unless the request sets its own with [`Request::embedded`](crate::Request::embedded).
    ///
    /// Return embedded resources in response.
    pub fn with_embedded(mut self, value: bool) -> Self {
        self.shared.embedded = Some(value);
        self
    }
}

impl<P> crate::Request<'_, P> {
    /// Domain scope of request (rarely needed)
    pub fn losantdomain(mut self, value: impl Into<String>) -> Self {
        self.shared.losantdomain = Some(value.into());
        self
    }
    /// Return resource actions in response
    pub fn actions(mut self, value: bool) -> Self {
        self.shared.actions = Some(value);
        self
    }
    /// Return resource link in response
    pub fn links(mut self, value: bool) -> Self {
        self.shared.links = Some(value);
        self
    }
    /// Return embedded resources in response
    pub fn embedded(mut self, value: bool) -> Self {
        self.shared.embedded = Some(value);
        self
    }
}

impl SharedParameters {
    /// Checks the parameters that are set and puts them on the request.
    pub(crate) fn place(
        self,
        req: &mut crate::runtime::Outgoing,
    ) -> crate::runtime::Planned {
        if let Some(value) = self.losantdomain {
            req.add_header("losantdomain", value)?;
        }
        if let Some(value) = self.actions {
            req.add_query("_actions", value.to_string());
        }
        if let Some(value) = self.links {
            req.add_query("_links", value.to_string());
        }
        if let Some(value) = self.embedded {
            req.add_query("_embedded", value.to_string());
        }
        Ok(())
    }
}
