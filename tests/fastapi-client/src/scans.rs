// This file is generated from tests/fixtures/fastapi/openapi.json by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `scans`.

impl crate::Client {
    /// Operations on `scans`: see [`ScansApi`].
    pub fn scans(&self) -> ScansApi<'_> {
        ScansApi { client: self }
    }
}

/// The operations on `scans`, borrowed from a [`Client`](crate::Client) by [`Client::scans`](crate::Client::scans).
#[derive(Debug, Clone, Copy)]
pub struct ScansApi<'a> {
    client: &'a crate::Client,
}

impl<'a> ScansApi<'a> {
    /// Upload Scan
    ///
    /// `POST /scans`
    ///
    /// # Parameters
    ///
    /// - `file` (multipart field `file`, required)
    /// - `label` (multipart field `label`, required)
    ///
    /// # Responses
    ///
    /// - `200`: Successful Response. Body: [`Scan`](crate::models::Scan).
    /// - `422`: Validation Error. Body: [`HttpValidationError`](crate::models::HttpValidationError). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn upload_scan(
        &self,
        file: impl ::core::convert::Into<::std::vec::Vec<u8>>,
        label: impl ::core::convert::Into<::std::string::String>,
    ) -> UploadScan<'a> {
        UploadScan {
            client: self.client,
            options: ::core::default::Default::default(),
            file: file.into(),
            label: label.into(),
        }
    }
}

/// A request to `POST /scans`: Upload Scan
///
/// Made by [`ScansApi::upload_scan`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct UploadScan<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    file: ::std::vec::Vec<u8>,
    label: ::std::string::String,
}

impl<'a> UploadScan<'a> {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[];
    /// Gives up on this request, on each attempt, after `timeout` instead of the client's
    /// timeout: an [`Error::Timeout`](crate::Error::Timeout) then.
    pub fn timeout(mut self, timeout: ::core::time::Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Retries this request as `policy` says, instead of as the client's policy does.
    pub fn retry_policy(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.set_retry_policy(policy);
        self
    }
    /// Marks this request as safe to send more than once, so that it is retried as a GET is (see [`RetryPolicy`](crate::RetryPolicy)) whatever its method.
    pub fn idempotent(mut self) -> Self {
        self.options.set_idempotent();
        self
    }
    /// Checks the request against the API description, sends it, and decodes the response.
    pub fn send(
        self,
    ) -> crate::Sending<'a, crate::models::Scan, crate::models::HttpValidationError> {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[422],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<crate::models::Scan>,
                crate::runtime::decode_json::<crate::models::HttpValidationError>,
            )
    }
    /// The request, checked against the API description, as the runtime sends it.
    fn plan(
        self,
    ) -> ::core::result::Result<
        crate::runtime::OperationRequest,
        crate::runtime::ValidationError,
    > {
        let path = ::std::string::String::from("/scans");
        let mut request = crate::runtime::OperationRequest::new(
            "upload_scan",
            "/scans",
            ::reqwest::Method::POST,
            path,
            Some("application/json"),
            self.options,
        );
        let mut form = crate::runtime::Multipart::default();
        {
            let value = &self.file;
            form.file_part("file", value);
        }
        {
            let value = &self.label;
            form.text_part("label", value.clone());
        }
        request.multipart_body(form);
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for UploadScan<'a> {
    type Output = ::core::result::Result<
        crate::Response<crate::models::Scan>,
        crate::Error<crate::models::HttpValidationError>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        crate::models::Scan,
        crate::models::HttpValidationError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
