// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The parameters every operation of the API takes: every request starts with the client's
//! values of them, and has the same setters for them.

/// The parameters every operation takes: none, for this API.
#[derive(Debug, Clone, Default)]
pub struct SharedParameters {}

impl crate::Client {
    /// A client for [`DEFAULT_BASE_URL`](crate::DEFAULT_BASE_URL) that authenticates with the API token `token`, sent as `Authorization: Bearer <token>`, gives up on a request after [`Client::DEFAULT_TIMEOUT`](crate::Client::DEFAULT_TIMEOUT), and retries as [`RetryPolicy::DEFAULT`](crate::RetryPolicy::DEFAULT) says.
    ///
    /// Fails when the token cannot be sent in an HTTP header, or the HTTP client cannot be built.
    pub fn new(token: impl AsRef<str>) -> Result<Self, crate::ConfigError> {
        Self::authenticated(token.as_ref(), SharedParameters::default())
    }
}

impl SharedParameters {
    /// Checks the parameters that are set and puts them on the request.
    pub(crate) fn place(
        self,
        _req: &mut crate::runtime::Outgoing,
    ) -> crate::runtime::Planned {
        Ok(())
    }
}
