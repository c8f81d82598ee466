// This file is generated from tests/fixtures/specs/refs/api.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `default`.

impl crate::Client {
    /// Operations on `default`: see [`DefaultApi`].
    pub fn default_api(&self) -> DefaultApi<'_> {
        DefaultApi { client: self }
    }
}

/// The operations on `default`, borrowed from a [`Client`](crate::Client) by [`Client::default_api`](crate::Client::default_api).
#[derive(Debug, Clone, Copy)]
pub struct DefaultApi<'a> {
    client: &'a crate::Client,
}

impl<'a> DefaultApi<'a> {
    /// `GET /things`
    ///
    /// # Parameters
    ///
    /// - `x_tenant` (header parameter `X-Tenant`, required: given to [`Client::new`](crate::Client::new) or [`Client::with_x_tenant`](crate::Client::with_x_tenant) for every request, or set with [`Request::x_tenant`](crate::Request::x_tenant) for one): The tenant every request acts for. Must match the regular expression `^[a-z\:]+$`.
    /// - `api_version` (query parameter `api-version`, required: given to [`Client::new`](crate::Client::new) or [`Client::with_api_version`](crate::Client::with_api_version) for every request, or set with [`Request::api_version`](crate::Request::api_version) for one): The version of the API the client speaks.
    ///
    /// # Responses
    ///
    /// - `200`: The things. Body: `Vec<Thing>`.
    /// - `404`: No things. Body: [`ListThingsResponse404`](crate::models::ListThingsResponse404). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn list_things(&self) -> crate::Request<'a, ListThings> {
        self.client.request_for(ListThings)
    }
    /// `GET /things/{id}/parts`
    ///
    /// # Parameters
    ///
    /// - `id` (path parameter `id`, required): Must match the regular expression `^(?!none$)[a-z0-9-]+$`.
    /// - `x_tenant` (header parameter `X-Tenant`, required: given to [`Client::new`](crate::Client::new) or [`Client::with_x_tenant`](crate::Client::with_x_tenant) for every request, or set with [`Request::x_tenant`](crate::Request::x_tenant) for one): The tenant every request acts for. Must match the regular expression `^[a-z\:]+$`.
    /// - `api_version` (query parameter `api-version`, required: given to [`Client::new`](crate::Client::new) or [`Client::with_api_version`](crate::Client::with_api_version) for every request, or set with [`Request::api_version`](crate::Request::api_version) for one): The version of the API the client speaks.
    ///
    /// # Responses
    ///
    /// - `200`: The thing's parts. Body: `Vec<Part>`.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn list_parts(&self, id: impl Into<String>) -> crate::Request<'a, ListParts> {
        self.client.request_for(ListParts { id: id.into() })
    }
    /// Labels a thing; the text is shown beside it.
    ///
    /// `PUT /things/{id}/label`
    ///
    /// # Parameters
    ///
    /// - `id` (path parameter `id`, required): Must match the regular expression `^(?!none$)[a-z0-9-]+$`.
    /// - `x_tenant` (header parameter `X-Tenant`, required: given to [`Client::new`](crate::Client::new) or [`Client::with_x_tenant`](crate::Client::with_x_tenant) for every request, or set with [`Request::x_tenant`](crate::Request::x_tenant) for one): The tenant every request acts for. Must match the regular expression `^[a-z\:]+$`.
    /// - `api_version` (query parameter `api-version`, required: given to [`Client::new`](crate::Client::new) or [`Client::with_api_version`](crate::Client::with_api_version) for every request, or set with [`Request::api_version`](crate::Request::api_version) for one): The version of the API the client speaks.
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - `204`: Labelled.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn put_label(
        &self,
        id: impl Into<String>,
        body: crate::models::PutLabelBody,
    ) -> crate::Request<'a, PutLabel> {
        self.client.request_for(PutLabel { id: id.into(), body })
    }
    /// `GET /things/{id}`
    ///
    /// # Parameters
    ///
    /// - `id` (path parameter `id`, required): Must match the regular expression `^(?!none$)[a-z0-9-]+$`.
    /// - `x_tenant` (header parameter `X-Tenant`, required: given to [`Client::new`](crate::Client::new) or [`Client::with_x_tenant`](crate::Client::with_x_tenant) for every request, or set with [`Request::x_tenant`](crate::Request::x_tenant) for one): The tenant every request acts for. Must match the regular expression `^[a-z\:]+$`.
    /// - `api_version` (query parameter `api-version`, required: given to [`Client::new`](crate::Client::new) or [`Client::with_api_version`](crate::Client::with_api_version) for every request, or set with [`Request::api_version`](crate::Request::api_version) for one): The version of the API the client speaks.
    ///
    /// # Responses
    ///
    /// - `200`: The thing. Body: [`Thing`](crate::models::Thing).
    /// - `404`: No things. Body: [`ListThingsResponse404`](crate::models::ListThingsResponse404). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_thing(&self, id: impl Into<String>) -> crate::Request<'a, GetThing> {
        self.client.request_for(GetThing { id: id.into() })
    }
    /// `PUT /things/{id}`
    ///
    /// # Parameters
    ///
    /// - `id` (path parameter `id`, required): Must match the regular expression `^(?!none$)[a-z0-9-]+$`.
    /// - `x_tenant` (header parameter `X-Tenant`, required: given to [`Client::new`](crate::Client::new) or [`Client::with_x_tenant`](crate::Client::with_x_tenant) for every request, or set with [`Request::x_tenant`](crate::Request::x_tenant) for one): The tenant every request acts for. Must match the regular expression `^[a-z\:]+$`.
    /// - `api_version` (query parameter `api-version`, required: given to [`Client::new`](crate::Client::new) or [`Client::with_api_version`](crate::Client::with_api_version) for every request, or set with [`Request::api_version`](crate::Request::api_version) for one): The version of the API the client speaks.
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - `200`: The stored thing. Body: [`Thing`](crate::models::Thing).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn put_thing(
        &self,
        id: impl Into<String>,
        body: crate::models::Thing,
    ) -> crate::Request<'a, PutThing> {
        self.client.request_for(PutThing { id: id.into(), body })
    }
}

/// The operation `GET /things`
///
/// [`DefaultApi::list_things`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ListThings;

impl crate::runtime::Operation for ListThings {
    type Output = Vec<crate::models::Thing>;
    type Error = crate::models::ListThingsResponse404;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "listThings",
        method: ::reqwest::Method::GET,
        template: "/things",
        errors: &[404],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders::JSON;
}

/// The operation `GET /things/{id}/parts`
///
/// [`DefaultApi::list_parts`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct ListParts {
    id: crate::models::Id,
}

impl crate::runtime::Operation for ListParts {
    type Output = Vec<crate::models::Part>;
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "listParts",
        method: ::reqwest::Method::GET,
        template: "/things/{id}/parts",
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_json,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        let root = crate::runtime::FieldPath::ROOT;
        {
            let value = &self.id;
            crate::runtime::check_pattern(
                value,
                "^(?!none$)[a-z0-9-]+$",
                &root.with_field("id"),
            )?;
        }
        req.fill_path([&self.id])
    }
}

/// The operation `PUT /things/{id}/label`
///
/// [`DefaultApi::put_label`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct PutLabel {
    id: crate::models::Id,
    body: crate::models::PutLabelBody,
}

impl crate::runtime::Operation for PutLabel {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "putLabel",
        method: ::reqwest::Method::PUT,
        template: "/things/{id}/label",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        let root = crate::runtime::FieldPath::ROOT;
        {
            let value = &self.id;
            crate::runtime::check_pattern(
                value,
                "^(?!none$)[a-z0-9-]+$",
                &root.with_field("id"),
            )?;
        }
        {
            let value = &self.body;
            crate::runtime::Validate::validate(value, &root)?;
        }
        req.fill_path([&self.id])?;
        req.json_body(&self.body, "application/json")
    }
}

/// The operation `GET /things/{id}`
///
/// [`DefaultApi::get_thing`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct GetThing {
    id: crate::models::Id,
}

impl crate::runtime::Operation for GetThing {
    type Output = crate::models::Thing;
    type Error = crate::models::ListThingsResponse404;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getThing",
        method: ::reqwest::Method::GET,
        template: "/things/{id}",
        errors: &[404],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders::JSON;
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        let root = crate::runtime::FieldPath::ROOT;
        {
            let value = &self.id;
            crate::runtime::check_pattern(
                value,
                "^(?!none$)[a-z0-9-]+$",
                &root.with_field("id"),
            )?;
        }
        req.fill_path([&self.id])
    }
}

/// The operation `PUT /things/{id}`
///
/// [`DefaultApi::put_thing`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct PutThing {
    id: crate::models::Id,
    body: crate::models::Thing,
}

impl crate::runtime::Operation for PutThing {
    type Output = crate::models::Thing;
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "putThing",
        method: ::reqwest::Method::PUT,
        template: "/things/{id}",
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_json,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        let root = crate::runtime::FieldPath::ROOT;
        {
            let value = &self.id;
            crate::runtime::check_pattern(
                value,
                "^(?!none$)[a-z0-9-]+$",
                &root.with_field("id"),
            )?;
        }
        {
            let value = &self.body;
            crate::runtime::Validate::validate(value, &root)?;
        }
        req.fill_path([&self.id])?;
        req.json_body(&self.body, "application/json")
    }
}
