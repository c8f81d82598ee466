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
        file: impl Into<Vec<u8>>,
        label: impl Into<String>,
    ) -> crate::Request<'a, UploadScan> {
        self.client
            .request_for(UploadScan {
                file: file.into(),
                label: label.into(),
            })
    }
}

/// The operation `POST /scans`: Upload Scan
///
/// [`ScansApi::upload_scan`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct UploadScan {
    file: Vec<u8>,
    label: String,
}

impl crate::runtime::Operation for UploadScan {
    type Output = crate::models::Scan;
    type Error = crate::models::HttpValidationError;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "upload_scan",
        method: ::reqwest::Method::POST,
        template: "/scans",
        errors: &[422],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders::JSON;
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        let mut form = crate::runtime::Multipart::default();
        form.file_part("file", self.file);
        form.text_part("label", self.label);
        req.multipart_body(form);
        Ok(())
    }
}
