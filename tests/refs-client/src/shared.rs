// This file is generated from tests/fixtures/specs/refs/api.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The parameters every operation of the API takes: every request starts with the client's
//! values of them, and has the same setters for them.

/// The parameters every operation takes.
#[derive(Debug, Clone)]
pub struct SharedParameters {
    x_tenant: String,
    api_version: String,
}

impl crate::Client {
    /// A client for [`DEFAULT_BASE_URL`](crate::DEFAULT_BASE_URL) that authenticates with the API token `token`, sent as `Authorization: Bearer <token>`, gives up on a request after [`Client::DEFAULT_TIMEOUT`](crate::Client::DEFAULT_TIMEOUT), and retries as [`RetryPolicy::DEFAULT`](crate::RetryPolicy::DEFAULT) says.
    ///
    /// Every operation requires these parameters, so every request sends:
    ///
    /// - `x_tenant` as the header parameter `X-Tenant`, unless the request sets its own with [`Request::x_tenant`](crate::Request::x_tenant)
    /// - `api_version` as the query parameter `api-version`, unless the request sets its own with [`Request::api_version`](crate::Request::api_version)
    ///
    /// Fails when the token cannot be sent in an HTTP header, or the HTTP client cannot be built.
    pub fn new(
        token: impl AsRef<str>,
        x_tenant: impl Into<String>,
        api_version: impl Into<String>,
    ) -> Result<Self, crate::ConfigError> {
        Self::authenticated(
            token.as_ref(),
            SharedParameters {
                x_tenant: x_tenant.into(),
                api_version: api_version.into(),
            },
        )
    }
    /// The same client, giving every request `value` as the header parameter `X-Tenant`, unless the request sets its own with [`Request::x_tenant`](crate::Request::x_tenant).
    ///
    /// The tenant every request acts for.
    ///
    /// Must match the regular expression `^[a-z\:]+$`.
    pub fn with_x_tenant(mut self, value: impl Into<String>) -> Self {
        self.shared.x_tenant = value.into();
        self
    }
    /// The same client, giving every request `value` as the query parameter `api-version`, unless the request sets its own with [`Request::api_version`](crate::Request::api_version).
    ///
    /// The version of the API the client speaks.
    pub fn with_api_version(mut self, value: impl Into<String>) -> Self {
        self.shared.api_version = value.into();
        self
    }
}

impl<P> crate::Request<'_, P> {
    /// The tenant every request acts for.
    ///
    /// Must match the regular expression `^[a-z\:]+$`.
    pub fn x_tenant(mut self, value: impl Into<String>) -> Self {
        self.shared.x_tenant = value.into();
        self
    }
    /// The version of the API the client speaks.
    pub fn api_version(mut self, value: impl Into<String>) -> Self {
        self.shared.api_version = value.into();
        self
    }
}

impl SharedParameters {
    /// Checks the parameters that are set and puts them on the request.
    pub(crate) fn place(
        self,
        req: &mut crate::runtime::Outgoing,
    ) -> crate::runtime::Planned {
        let root = crate::runtime::FieldPath::ROOT;
        {
            let value = &self.x_tenant;
            crate::runtime::check_pattern(
                value,
                "^[a-z\\:]+$",
                &root.with_field("X-Tenant"),
            )?;
        }
        req.add_header("x-tenant", self.x_tenant)?;
        req.add_query("api-version", self.api_version);
        Ok(())
    }
}
