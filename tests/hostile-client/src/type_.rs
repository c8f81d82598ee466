// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `type`.

impl crate::Client {
    /// Operations on `type`: see [`TypeApi`].
    pub fn type_(&self) -> TypeApi<'_> {
        TypeApi { client: self }
    }
}

/// The operations on `type`, borrowed from a [`Client`](crate::Client) by [`Client::type_`](crate::Client::type_).
#[derive(Debug, Clone, Copy)]
pub struct TypeApi<'a> {
    client: &'a crate::Client,
}

impl<'a> TypeApi<'a> {
    /// Date-time and UUID path parameters
    ///
    /// `GET /at/{when}/{id}`
    ///
    /// # Parameters
    ///
    /// - `when` (path parameter `when`, required)
    /// - `id` (path parameter `id`, required): Format: `uuid`.
    ///
    /// # Responses
    ///
    /// - any other status (`default`): Anything. Body: text. The operation documents no 2xx response, so a 2xx status is a success with this body; any other is returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn into_operation(
        &self,
        when: chrono::DateTime<chrono::Utc>,
        id: impl AsRef<str>,
    ) -> crate::Request<'a, IntoOperation> {
        self.client.request_at([&when.to_rfc3339(), &id.as_ref()], IntoOperation)
    }
}

/// The operation `GET /at/{when}/{id}`: Date-time and UUID path parameters
///
/// [`TypeApi::into_operation`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct IntoOperation;

impl crate::runtime::Operation for IntoOperation {
    type Output = String;
    type Error = String;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "into",
        method: ::reqwest::Method::GET,
        template: "/at/{when}/{id}",
        accept: Some("text/plain"),
        success: &[0],
        errors: &[0],
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_text,
        error: crate::runtime::decode_text,
    };
}
