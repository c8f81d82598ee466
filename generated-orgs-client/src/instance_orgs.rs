// This file is generated from spec/instance-orgs.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `Instance Orgs`.
//!
//! The organizations owned by an instance.

impl crate::Client {
    /// Operations on `Instance Orgs`: see [`InstanceOrgsApi`].
    pub fn instance_orgs(&self) -> InstanceOrgsApi<'_> {
        InstanceOrgsApi { client: self }
    }
}

/// The operations on `Instance Orgs`, borrowed from a [`Client`](crate::Client) by [`Client::instance_orgs`](crate::Client::instance_orgs).
#[derive(Debug, Clone, Copy)]
pub struct InstanceOrgsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> InstanceOrgsApi<'a> {
    /// Returns the organizations associated with the current instance
    ///
    /// Lists the instance's organizations a page at a time, sorted and optionally filtered by name.
    ///
    /// `GET /instances/{instanceId}/orgs`
    ///
    /// # Parameters
    ///
    /// - `instance_id` (path parameter `instanceId`, required): ID associated with the instance. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `sort_field` (query parameter `sortField`, optional; set with [`Request::sort_field`](crate::Request::sort_field)): Field to sort the results by. Default: `"name"`.
    /// - `sort_direction` (query parameter `sortDirection`, optional; set with [`Request::sort_direction`](crate::Request::sort_direction)): Direction to sort the results by. Default: `"asc"`.
    /// - `page` (query parameter `page`, optional; set with [`Request::page`](crate::Request::page)): Which page of results to return. Value: at least 0. Default: `0`.
    /// - `per_page` (query parameter `perPage`, optional; set with [`Request::per_page`](crate::Request::per_page)): How many items to return per page. Range: 1 to 1000. Default: `100`.
    /// - `filter_field` (query parameter `filterField`, optional; set with [`Request::filter_field`](crate::Request::filter_field)): Field to filter the results by. Blank or not provided means no filtering.
    /// - `filter` (query parameter `filter`, optional; set with [`Request::filter`](crate::Request::filter)): Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering.
    /// - `summary_include` (query parameter `summaryInclude`, optional; set with [`Request::summary_include`](crate::Request::summary_include)): Comma-separated list of summary fields to include in org summaries.
    /// - `losantdomain` (header parameter `losantdomain`, optional; set with [`Client::with_losantdomain`](crate::Client::with_losantdomain) for every request, or [`Request::losantdomain`](crate::Request::losantdomain) for one): Domain scope of request (rarely needed).
    ///
    /// # Scopes
    ///
    /// Requires an API token with at least one of these scopes:
    ///
    /// - `all.Instance`
    /// - `all.Instance.read`
    /// - `all.User`
    /// - `all.User.read`
    /// - `instanceOrgs.*`
    /// - `instanceOrgs.get`
    ///
    /// The same list is [`GetInstanceOrgs::ACCEPTED_SCOPES`].
    ///
    /// # Responses
    ///
    /// - `200`: Collection of organizations. Body: [`InstanceOrgs`](crate::models::InstanceOrgs).
    /// - `400`: Error if malformed request. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    /// - `404`: Error if instance was not found. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_instance_orgs(
        &self,
        instance_id: impl Into<String>,
    ) -> crate::Request<'a, GetInstanceOrgs> {
        self.client
            .request_for(GetInstanceOrgs {
                instance_id: instance_id.into(),
                sort_field: None,
                sort_direction: None,
                page: None,
                per_page: None,
                filter_field: None,
                filter: None,
                summary_include: None,
            })
    }
    /// Create a new organization
    ///
    /// Creates an organization owned by the instance and returns it.
    ///
    /// `POST /instances/{instanceId}/orgs`
    ///
    /// # Parameters
    ///
    /// - `instance_id` (path parameter `instanceId`, required): ID associated with the instance. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `summary_include` (query parameter `summaryInclude`, optional; set with [`Request::summary_include`](crate::Request::summary_include)): Comma-separated list of summary fields to include in org summary.
    /// - `losantdomain` (header parameter `losantdomain`, optional; set with [`Client::with_losantdomain`](crate::Client::with_losantdomain) for every request, or [`Request::losantdomain`](crate::Request::losantdomain) for one): Domain scope of request (rarely needed).
    /// - `body` (request body, required): New organization information.
    ///
    /// # Scopes
    ///
    /// Requires an API token with at least one of these scopes:
    ///
    /// - `all.Instance`
    /// - `all.User`
    /// - `instanceOrgs.*`
    /// - `instanceOrgs.post`
    ///
    /// The same list is [`CreateInstanceOrg::ACCEPTED_SCOPES`].
    ///
    /// # Responses
    ///
    /// - `201`: Successfully created organization. Body: [`InstanceOrg`](crate::models::InstanceOrg).
    /// - `400`: Error if malformed request. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    /// - `404`: Error if instance was not found. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn create_instance_org(
        &self,
        instance_id: impl Into<String>,
        body: crate::models::InstanceOrgPost,
    ) -> crate::Request<'a, CreateInstanceOrg> {
        self.client
            .request_for(CreateInstanceOrg {
                instance_id: instance_id.into(),
                summary_include: None,
                body,
            })
    }
}

/// The operation `GET /instances/{instanceId}/orgs`: Returns the organizations associated with the current instance
///
/// [`InstanceOrgsApi::get_instance_orgs`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct GetInstanceOrgs {
    instance_id: String,
    sort_field: Option<crate::models::OrgSortField>,
    sort_direction: Option<crate::models::SortDirection>,
    page: Option<i64>,
    per_page: Option<i64>,
    filter_field: Option<crate::models::OrgFilterField>,
    filter: Option<String>,
    summary_include: Option<String>,
}

impl GetInstanceOrgs {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[
        "all.Instance",
        "all.Instance.read",
        "all.User",
        "all.User.read",
        "instanceOrgs.*",
        "instanceOrgs.get",
    ];
}

impl<'a> crate::Request<'a, GetInstanceOrgs> {
    /// Field to sort the results by
    ///
    /// Default: `"name"`.
    pub fn sort_field(mut self, value: crate::models::OrgSortField) -> Self {
        self.parameters.sort_field = Some(value);
        self
    }
    /// Direction to sort the results by
    ///
    /// Default: `"asc"`.
    pub fn sort_direction(mut self, value: crate::models::SortDirection) -> Self {
        self.parameters.sort_direction = Some(value);
        self
    }
    /// Which page of results to return
    ///
    /// Value: at least 0. Default: `0`.
    pub fn page(mut self, value: i64) -> Self {
        self.parameters.page = Some(value);
        self
    }
    /// How many items to return per page
    ///
    /// Range: 1 to 1000. Default: `100`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.parameters.per_page = Some(value);
        self
    }
    /// Field to filter the results by. Blank or not provided means no filtering.
    pub fn filter_field(mut self, value: crate::models::OrgFilterField) -> Self {
        self.parameters.filter_field = Some(value);
        self
    }
    /// Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering.
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.parameters.filter = Some(value.into());
        self
    }
    /// Comma-separated list of summary fields to include in org summaries
    pub fn summary_include(mut self, value: impl Into<String>) -> Self {
        self.parameters.summary_include = Some(value.into());
        self
    }
    /// The pages of results, from the page this request asks for, fetched one at a time as the stream is polled; by default from page 0, the first, each next page asking for the next number of `page`.
    ///
    /// See [`Pages`](crate::Pages) for when the stream ends.
    pub fn pages(
        self,
    ) -> crate::Pages<'a, crate::models::InstanceOrgs, crate::models::Error> {
        let (start, size) = (
            self.parameters.page,
            self.parameters.per_page.or(Some(100)),
        );
        let fetch = move |step: &crate::runtime::Step| {
            let mut next = self.clone();
            next.parameters.page = Some(step.index_value("getInstanceOrgs")?);
            Ok(::core::future::IntoFuture::into_future(next))
        };
        crate::runtime::Pages::by_number(
            "getInstanceOrgs",
            0i64,
            start,
            size,
            Box::new(fetch),
            |page: &crate::models::InstanceOrgs| crate::runtime::PageFacts {
                items: page.items.as_ref().map_or(0, |items| items.len()),
                count: page.count.as_ref().and_then(|count| u64::try_from(*count).ok()),
                total: page
                    .total_count
                    .as_ref()
                    .and_then(|count| u64::try_from(*count).ok()),
                next_cursor: None,
            },
        )
    }
    /// The items of every page, in order, fetched a page at a time as the stream is polled;
    /// see [`pages`](Self::pages).
    pub fn items(
        self,
    ) -> crate::Items<
        'a,
        crate::models::InstanceOrgs,
        crate::models::InstanceOrg,
        crate::models::Error,
    > {
        crate::runtime::Items::new(
            self.pages(),
            |page: crate::models::InstanceOrgs| page.items.unwrap_or_default(),
        )
    }
}

impl crate::runtime::Operation for GetInstanceOrgs {
    type Output = crate::models::InstanceOrgs;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getInstanceOrgs",
        method: ::reqwest::Method::GET,
        template: "/instances/{instanceId}/orgs",
        errors: &[400, 404],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders::JSON;
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        let root = crate::runtime::FieldPath::ROOT;
        {
            let value = &self.instance_id;
            crate::runtime::check_pattern(
                value,
                "^[A-Fa-f\\d]{24}$",
                &root.with_field("instanceId"),
            )?;
        }
        if let Some(value) = &self.page {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &root.with_field("page"),
            )?;
        }
        if let Some(value) = &self.per_page {
            crate::runtime::check_range(
                *value as f64,
                Some((1.0, false)),
                Some((1000.0, false)),
                &root.with_field("perPage"),
            )?;
        }
        req.fill_path([&self.instance_id])?;
        req.authorize_bearer();
        if let Some(value) = self.sort_field {
            req.add_query("sortField", value.as_str().to_owned());
        }
        if let Some(value) = self.sort_direction {
            req.add_query("sortDirection", value.as_str().to_owned());
        }
        if let Some(value) = self.page {
            req.add_query("page", value.to_string());
        }
        if let Some(value) = self.per_page {
            req.add_query("perPage", value.to_string());
        }
        if let Some(value) = self.filter_field {
            req.add_query("filterField", value.as_str().to_owned());
        }
        if let Some(value) = self.filter {
            req.add_query("filter", value);
        }
        if let Some(value) = self.summary_include {
            req.add_query("summaryInclude", value);
        }
        Ok(())
    }
}

/// The operation `POST /instances/{instanceId}/orgs`: Create a new organization
///
/// [`InstanceOrgsApi::create_instance_org`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct CreateInstanceOrg {
    instance_id: String,
    summary_include: Option<String>,
    body: crate::models::InstanceOrgPost,
}

impl CreateInstanceOrg {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[
        "all.Instance",
        "all.User",
        "instanceOrgs.*",
        "instanceOrgs.post",
    ];
}

impl<'a> crate::Request<'a, CreateInstanceOrg> {
    /// Comma-separated list of summary fields to include in org summary
    pub fn summary_include(mut self, value: impl Into<String>) -> Self {
        self.parameters.summary_include = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for CreateInstanceOrg {
    type Output = crate::models::InstanceOrg;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "createInstanceOrg",
        method: ::reqwest::Method::POST,
        template: "/instances/{instanceId}/orgs",
        success: &[201],
        errors: &[400, 404],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders::JSON;
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        let root = crate::runtime::FieldPath::ROOT;
        {
            let value = &self.instance_id;
            crate::runtime::check_pattern(
                value,
                "^[A-Fa-f\\d]{24}$",
                &root.with_field("instanceId"),
            )?;
        }
        {
            let value = &self.body;
            crate::runtime::Validate::validate(value, &root)?;
        }
        req.fill_path([&self.instance_id])?;
        req.authorize_bearer();
        if let Some(value) = self.summary_include {
            req.add_query("summaryInclude", value);
        }
        req.json_body(&self.body, "application/json")
    }
}
