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
    pub fn list_things(&self) -> ListThings<'a> {
        self.client.request_for(ListThingsParameters)
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
    pub fn list_parts(&self, id: impl Into<String>) -> ListParts<'a> {
        self.client
            .request_for(ListPartsParameters {
                id: id.into(),
            })
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
    ) -> PutLabel<'a> {
        self.client
            .request_for(PutLabelParameters {
                id: id.into(),
                body,
            })
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
    pub fn get_thing(&self, id: impl Into<String>) -> GetThing<'a> {
        self.client
            .request_for(GetThingParameters {
                id: id.into(),
            })
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
    ) -> PutThing<'a> {
        self.client
            .request_for(PutThingParameters {
                id: id.into(),
                body,
            })
    }
}

/// A request to `GET /things`
///
/// Made by [`DefaultApi::list_things`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type ListThings<'a> = crate::Request<'a, ListThingsParameters>;

/// The parameters of a [`ListThings`](type@ListThings) request, as [`DefaultApi::list_things`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ListThingsParameters;

impl crate::runtime::Operation for ListThingsParameters {
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

/// A request to `GET /things/{id}/parts`
///
/// Made by [`DefaultApi::list_parts`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type ListParts<'a> = crate::Request<'a, ListPartsParameters>;

/// The parameters of a [`ListParts`](type@ListParts) request, as [`DefaultApi::list_parts`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct ListPartsParameters {
    id: crate::models::Id,
}

impl crate::runtime::Operation for ListPartsParameters {
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

/// A request to `PUT /things/{id}/label`
///
/// Made by [`DefaultApi::put_label`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type PutLabel<'a> = crate::Request<'a, PutLabelParameters>;

/// The parameters of a [`PutLabel`](type@PutLabel) request, as [`DefaultApi::put_label`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct PutLabelParameters {
    id: crate::models::Id,
    body: crate::models::PutLabelBody,
}

impl crate::runtime::Operation for PutLabelParameters {
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

/// A request to `GET /things/{id}`
///
/// Made by [`DefaultApi::get_thing`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetThing<'a> = crate::Request<'a, GetThingParameters>;

/// The parameters of a [`GetThing`](type@GetThing) request, as [`DefaultApi::get_thing`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct GetThingParameters {
    id: crate::models::Id,
}

impl crate::runtime::Operation for GetThingParameters {
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

/// A request to `PUT /things/{id}`
///
/// Made by [`DefaultApi::put_thing`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type PutThing<'a> = crate::Request<'a, PutThingParameters>;

/// The parameters of a [`PutThing`](type@PutThing) request, as [`DefaultApi::put_thing`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct PutThingParameters {
    id: crate::models::Id,
    body: crate::models::Thing,
}

impl crate::runtime::Operation for PutThingParameters {
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
