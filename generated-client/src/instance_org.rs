// This file is generated from spec/instance-org.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `Instance Org`.
//!
//! A single organization owned by an instance.

impl crate::Client {
    /// Operations on `Instance Org`: see [`InstanceOrgApi`].
    pub fn instance_org(&self) -> InstanceOrgApi<'_> {
        InstanceOrgApi { client: self }
    }
}

/// The operations on `Instance Org`, borrowed from a [`Client`](crate::Client) by [`Client::instance_org`](crate::Client::instance_org).
#[derive(Debug, Clone, Copy)]
pub struct InstanceOrgApi<'a> {
    client: &'a crate::Client,
}

impl<'a> InstanceOrgApi<'a> {
    /// Retrieves information on an organization
    ///
    /// Returns the organization, optionally with the summary fields named in `summaryInclude`.
    ///
    /// `GET /instances/{instanceId}/orgs/{orgId}`
    ///
    /// # Parameters
    ///
    /// - `instance_id` (path parameter `instanceId`, required): ID associated with the instance. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `org_id` (path parameter `orgId`, required): ID associated with the organization. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `summary_include` (query parameter `summaryInclude`, optional; set with [`Request::summary_include`](crate::Request::summary_include)): Comma-separated list of summary fields to include in org summary.
    /// - `losantdomain` (header parameter `losantdomain`, optional; set with [`Client::with_losantdomain`](crate::Client::with_losantdomain) for every request, or [`Request::losantdomain`](crate::Request::losantdomain) for one): Domain scope of request (rarely needed).
    /// - `actions` (query parameter `_actions`, optional; set with [`Client::with_actions`](crate::Client::with_actions) for every request, or [`Request::actions`](crate::Request::actions) for one): Return resource actions in response.
    /// - `links` (query parameter `_links`, optional; set with [`Client::with_links`](crate::Client::with_links) for every request, or [`Request::links`](crate::Request::links) for one): Return resource link in response.
    /// - `embedded` (query parameter `_embedded`, optional; set with [`Client::with_embedded`](crate::Client::with_embedded) for every request, or [`Request::embedded`](crate::Request::embedded) for one): Return embedded resources in response.
    ///
    /// # Scopes
    ///
    /// Requires an API token with at least one of these scopes:
    ///
    /// - `all.Instance`
    /// - `all.Instance.read`
    /// - `all.User`
    /// - `all.User.read`
    /// - `instanceOrg.*`
    /// - `instanceOrg.get`
    ///
    /// The same list is [`GetInstanceOrg::ACCEPTED_SCOPES`].
    ///
    /// # Responses
    ///
    /// - `200`: A single organization. Body: [`InstanceOrg`](crate::models::InstanceOrg).
    /// - `400`: Error if malformed request. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    /// - `404`: Error if instance or organization was not found. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_instance_org(
        &self,
        instance_id: impl Into<String>,
        org_id: impl Into<String>,
    ) -> crate::Request<'a, GetInstanceOrg> {
        self.client
            .request_for(GetInstanceOrg {
                instance_id: instance_id.into(),
                org_id: org_id.into(),
                summary_include: None,
            })
    }
    /// Deletes an organization
    ///
    /// Deletes the organization and everything it owns.
    ///
    /// `DELETE /instances/{instanceId}/orgs/{orgId}`
    ///
    /// # Parameters
    ///
    /// - `instance_id` (path parameter `instanceId`, required): ID associated with the instance. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `org_id` (path parameter `orgId`, required): ID associated with the organization. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `losantdomain` (header parameter `losantdomain`, optional; set with [`Client::with_losantdomain`](crate::Client::with_losantdomain) for every request, or [`Request::losantdomain`](crate::Request::losantdomain) for one): Domain scope of request (rarely needed).
    /// - `actions` (query parameter `_actions`, optional; set with [`Client::with_actions`](crate::Client::with_actions) for every request, or [`Request::actions`](crate::Request::actions) for one): Return resource actions in response.
    /// - `links` (query parameter `_links`, optional; set with [`Client::with_links`](crate::Client::with_links) for every request, or [`Request::links`](crate::Request::links) for one): Return resource link in response.
    /// - `embedded` (query parameter `_embedded`, optional; set with [`Client::with_embedded`](crate::Client::with_embedded) for every request, or [`Request::embedded`](crate::Request::embedded) for one): Return embedded resources in response.
    ///
    /// # Scopes
    ///
    /// Requires an API token with at least one of these scopes:
    ///
    /// - `all.Instance`
    /// - `all.User`
    /// - `instanceOrg.*`
    /// - `instanceOrg.delete`
    ///
    /// The same list is [`DeleteInstanceOrg::ACCEPTED_SCOPES`].
    ///
    /// # Responses
    ///
    /// - `200`: If organization was successfully deleted. Body: [`Success`](crate::models::Success).
    /// - `400`: Error if malformed request. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    /// - `404`: Error if instance or organization was not found. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn delete_instance_org(
        &self,
        instance_id: impl Into<String>,
        org_id: impl Into<String>,
    ) -> crate::Request<'a, DeleteInstanceOrg> {
        self.client
            .request_for(DeleteInstanceOrg {
                instance_id: instance_id.into(),
                org_id: org_id.into(),
            })
    }
    /// Updates information about an organization
    ///
    /// Changes the given properties of the organization and returns it as updated.
    ///
    /// `PATCH /instances/{instanceId}/orgs/{orgId}`
    ///
    /// # Parameters
    ///
    /// - `instance_id` (path parameter `instanceId`, required): ID associated with the instance. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `org_id` (path parameter `orgId`, required): ID associated with the organization. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `summary_include` (query parameter `summaryInclude`, optional; set with [`Request::summary_include`](crate::Request::summary_include)): Comma-separated list of summary fields to include in org summary.
    /// - `losantdomain` (header parameter `losantdomain`, optional; set with [`Client::with_losantdomain`](crate::Client::with_losantdomain) for every request, or [`Request::losantdomain`](crate::Request::losantdomain) for one): Domain scope of request (rarely needed).
    /// - `actions` (query parameter `_actions`, optional; set with [`Client::with_actions`](crate::Client::with_actions) for every request, or [`Request::actions`](crate::Request::actions) for one): Return resource actions in response.
    /// - `links` (query parameter `_links`, optional; set with [`Client::with_links`](crate::Client::with_links) for every request, or [`Request::links`](crate::Request::links) for one): Return resource link in response.
    /// - `embedded` (query parameter `_embedded`, optional; set with [`Client::with_embedded`](crate::Client::with_embedded) for every request, or [`Request::embedded`](crate::Request::embedded) for one): Return embedded resources in response.
    /// - `body` (request body, required): Object containing new organization properties.
    ///
    /// # Scopes
    ///
    /// Requires an API token with at least one of these scopes:
    ///
    /// - `all.Instance`
    /// - `all.User`
    /// - `instanceOrg.*`
    /// - `instanceOrg.patch`
    ///
    /// The same list is [`PatchInstanceOrg::ACCEPTED_SCOPES`].
    ///
    /// # Responses
    ///
    /// - `200`: Updated organization information. Body: [`InstanceOrg`](crate::models::InstanceOrg).
    /// - `400`: Error if malformed request. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    /// - `404`: Error if instance or organization was not found. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn patch_instance_org(
        &self,
        instance_id: impl Into<String>,
        org_id: impl Into<String>,
        body: crate::models::InstanceOrgPatch,
    ) -> crate::Request<'a, PatchInstanceOrg> {
        self.client
            .request_for(PatchInstanceOrg {
                instance_id: instance_id.into(),
                org_id: org_id.into(),
                summary_include: None,
                body,
            })
    }
    /// Returns device counts by day for the time range specified for this organization
    ///
    /// Counts the devices created, deleted and in total for each day of the range.
    ///
    /// `GET /instances/{instanceId}/orgs/{orgId}/deviceCounts`
    ///
    /// # Parameters
    ///
    /// - `instance_id` (path parameter `instanceId`, required): ID associated with the instance. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `org_id` (path parameter `orgId`, required): ID associated with the organization. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `start` (query parameter `start`, optional; set with [`Request::start`](crate::Request::start)): Start of range for device count query (ms since epoch).
    /// - `end` (query parameter `end`, optional; set with [`Request::end`](crate::Request::end)): End of range for device count query (ms since epoch). Default: `"0"`.
    /// - `losantdomain` (header parameter `losantdomain`, optional; set with [`Client::with_losantdomain`](crate::Client::with_losantdomain) for every request, or [`Request::losantdomain`](crate::Request::losantdomain) for one): Domain scope of request (rarely needed).
    /// - `actions` (query parameter `_actions`, optional; set with [`Client::with_actions`](crate::Client::with_actions) for every request, or [`Request::actions`](crate::Request::actions) for one): Return resource actions in response.
    /// - `links` (query parameter `_links`, optional; set with [`Client::with_links`](crate::Client::with_links) for every request, or [`Request::links`](crate::Request::links) for one): Return resource link in response.
    /// - `embedded` (query parameter `_embedded`, optional; set with [`Client::with_embedded`](crate::Client::with_embedded) for every request, or [`Request::embedded`](crate::Request::embedded) for one): Return embedded resources in response.
    ///
    /// # Scopes
    ///
    /// Requires an API token with at least one of these scopes:
    ///
    /// - `all.Instance`
    /// - `all.Instance.read`
    /// - `all.User`
    /// - `all.User.read`
    /// - `instanceOrg.*`
    /// - `instanceOrg.deviceCounts`
    ///
    /// The same list is [`GetInstanceOrgDeviceCounts::ACCEPTED_SCOPES`].
    ///
    /// # Responses
    ///
    /// - `200`: Device counts by day. Body: [`DeviceCounts`](crate::models::DeviceCounts).
    /// - `400`: Error if malformed request. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    /// - `404`: Error if instance or organization was not found. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_instance_org_device_counts(
        &self,
        instance_id: impl Into<String>,
        org_id: impl Into<String>,
    ) -> crate::Request<'a, GetInstanceOrgDeviceCounts> {
        self.client
            .request_for(GetInstanceOrgDeviceCounts {
                instance_id: instance_id.into(),
                org_id: org_id.into(),
                start: None,
                end: None,
            })
    }
    /// Returns notebook execution usage by day for the time range specified for this organization
    ///
    /// Counts notebook minutes and runs by outcome for each day of the range.
    ///
    /// `GET /instances/{instanceId}/orgs/{orgId}/notebookMinuteCounts`
    ///
    /// # Parameters
    ///
    /// - `instance_id` (path parameter `instanceId`, required): ID associated with the instance. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `org_id` (path parameter `orgId`, required): ID associated with the organization. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `start` (query parameter `start`, optional; set with [`Request::start`](crate::Request::start)): Start of range for notebook execution query (ms since epoch).
    /// - `end` (query parameter `end`, optional; set with [`Request::end`](crate::Request::end)): End of range for notebook execution query (ms since epoch).
    /// - `losantdomain` (header parameter `losantdomain`, optional; set with [`Client::with_losantdomain`](crate::Client::with_losantdomain) for every request, or [`Request::losantdomain`](crate::Request::losantdomain) for one): Domain scope of request (rarely needed).
    /// - `actions` (query parameter `_actions`, optional; set with [`Client::with_actions`](crate::Client::with_actions) for every request, or [`Request::actions`](crate::Request::actions) for one): Return resource actions in response.
    /// - `links` (query parameter `_links`, optional; set with [`Client::with_links`](crate::Client::with_links) for every request, or [`Request::links`](crate::Request::links) for one): Return resource link in response.
    /// - `embedded` (query parameter `_embedded`, optional; set with [`Client::with_embedded`](crate::Client::with_embedded) for every request, or [`Request::embedded`](crate::Request::embedded) for one): Return embedded resources in response.
    ///
    /// # Scopes
    ///
    /// Requires an API token with at least one of these scopes:
    ///
    /// - `all.Instance`
    /// - `all.Instance.read`
    /// - `all.User`
    /// - `all.User.read`
    /// - `instanceOrg.*`
    /// - `instanceOrg.notebookMinuteCounts`
    ///
    /// The same list is [`GetInstanceOrgNotebookMinuteCounts::ACCEPTED_SCOPES`].
    ///
    /// # Responses
    ///
    /// - `200`: Notebook usage information. Body: [`NotebookMinuteCounts`](crate::models::NotebookMinuteCounts).
    /// - `400`: Error if malformed request. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    /// - `404`: Error if instance or organization was not found. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_instance_org_notebook_minute_counts(
        &self,
        instance_id: impl Into<String>,
        org_id: impl Into<String>,
    ) -> crate::Request<'a, GetInstanceOrgNotebookMinuteCounts> {
        self.client
            .request_for(GetInstanceOrgNotebookMinuteCounts {
                instance_id: instance_id.into(),
                org_id: org_id.into(),
                start: None,
                end: None,
            })
    }
    /// Returns payload counts for the time range specified for all applications this organization owns
    ///
    /// Counts payloads by type and source over the range.
    ///
    /// `GET /instances/{instanceId}/orgs/{orgId}/payloadCounts`
    ///
    /// # Parameters
    ///
    /// - `instance_id` (path parameter `instanceId`, required): ID associated with the instance. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `org_id` (path parameter `orgId`, required): ID associated with the organization. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `start` (query parameter `start`, optional; set with [`Request::start`](crate::Request::start)): Start of range for payload count query (ms since epoch).
    /// - `end` (query parameter `end`, optional; set with [`Request::end`](crate::Request::end)): End of range for payload count query (ms since epoch).
    /// - `as_bytes` (query parameter `asBytes`, optional; set with [`Request::as_bytes`](crate::Request::as_bytes)): If the resulting stats should be returned as bytes. Default: `false`.
    /// - `losantdomain` (header parameter `losantdomain`, optional; set with [`Client::with_losantdomain`](crate::Client::with_losantdomain) for every request, or [`Request::losantdomain`](crate::Request::losantdomain) for one): Domain scope of request (rarely needed).
    /// - `actions` (query parameter `_actions`, optional; set with [`Client::with_actions`](crate::Client::with_actions) for every request, or [`Request::actions`](crate::Request::actions) for one): Return resource actions in response.
    /// - `links` (query parameter `_links`, optional; set with [`Client::with_links`](crate::Client::with_links) for every request, or [`Request::links`](crate::Request::links) for one): Return resource link in response.
    /// - `embedded` (query parameter `_embedded`, optional; set with [`Client::with_embedded`](crate::Client::with_embedded) for every request, or [`Request::embedded`](crate::Request::embedded) for one): Return embedded resources in response.
    ///
    /// # Scopes
    ///
    /// Requires an API token with at least one of these scopes:
    ///
    /// - `all.Instance`
    /// - `all.Instance.read`
    /// - `all.User`
    /// - `all.User.read`
    /// - `instanceOrg.*`
    /// - `instanceOrg.payloadCounts`
    ///
    /// The same list is [`GetInstanceOrgPayloadCounts::ACCEPTED_SCOPES`].
    ///
    /// # Responses
    ///
    /// - `200`: Payload counts, by type and source. Body: [`PayloadStats`](crate::models::PayloadStats).
    /// - `400`: Error if malformed request. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    /// - `404`: Error if instance or organization was not found. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_instance_org_payload_counts(
        &self,
        instance_id: impl Into<String>,
        org_id: impl Into<String>,
    ) -> crate::Request<'a, GetInstanceOrgPayloadCounts> {
        self.client
            .request_for(GetInstanceOrgPayloadCounts {
                instance_id: instance_id.into(),
                org_id: org_id.into(),
                start: None,
                end: None,
                as_bytes: None,
            })
    }
    /// Returns payload counts per resolution in the time range specified for all application this organization owns
    ///
    /// Counts payloads in buckets of the given resolution over the range.
    ///
    /// `GET /instances/{instanceId}/orgs/{orgId}/payloadCountsBreakdown`
    ///
    /// # Parameters
    ///
    /// - `instance_id` (path parameter `instanceId`, required): ID associated with the instance. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `org_id` (path parameter `orgId`, required): ID associated with the organization. Must match the regular expression `^[A-Fa-f\d]{24}$`.
    /// - `start` (query parameter `start`, optional; set with [`Request::start`](crate::Request::start)): Start of range for payload count query (ms since epoch).
    /// - `end` (query parameter `end`, optional; set with [`Request::end`](crate::Request::end)): End of range for payload count query (ms since epoch).
    /// - `resolution` (query parameter `resolution`, optional; set with [`Request::resolution`](crate::Request::resolution)): Resolution in milliseconds. Default: `"86400000"`.
    /// - `as_bytes` (query parameter `asBytes`, optional; set with [`Request::as_bytes`](crate::Request::as_bytes)): If the resulting stats should be returned as bytes. Default: `false`.
    /// - `include_non_billable` (query parameter `includeNonBillable`, optional; set with [`Request::include_non_billable`](crate::Request::include_non_billable)): If non-billable payloads should be included in the result. Default: `false`.
    /// - `losantdomain` (header parameter `losantdomain`, optional; set with [`Client::with_losantdomain`](crate::Client::with_losantdomain) for every request, or [`Request::losantdomain`](crate::Request::losantdomain) for one): Domain scope of request (rarely needed).
    /// - `actions` (query parameter `_actions`, optional; set with [`Client::with_actions`](crate::Client::with_actions) for every request, or [`Request::actions`](crate::Request::actions) for one): Return resource actions in response.
    /// - `links` (query parameter `_links`, optional; set with [`Client::with_links`](crate::Client::with_links) for every request, or [`Request::links`](crate::Request::links) for one): Return resource link in response.
    /// - `embedded` (query parameter `_embedded`, optional; set with [`Client::with_embedded`](crate::Client::with_embedded) for every request, or [`Request::embedded`](crate::Request::embedded) for one): Return embedded resources in response.
    ///
    /// # Scopes
    ///
    /// Requires an API token with at least one of these scopes:
    ///
    /// - `all.Instance`
    /// - `all.Instance.read`
    /// - `all.User`
    /// - `all.User.read`
    /// - `instanceOrg.*`
    /// - `instanceOrg.payloadCountsBreakdown`
    ///
    /// The same list is [`GetInstanceOrgPayloadCountsBreakdown::ACCEPTED_SCOPES`].
    ///
    /// # Responses
    ///
    /// - `200`: Payload counts, by type and source. Body: [`PayloadCountsBreakdown`](crate::models::PayloadCountsBreakdown).
    /// - `400`: Error if malformed request. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    /// - `404`: Error if instance or organization was not found. Body: [`Error`](crate::models::Error). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_instance_org_payload_counts_breakdown(
        &self,
        instance_id: impl Into<String>,
        org_id: impl Into<String>,
    ) -> crate::Request<'a, GetInstanceOrgPayloadCountsBreakdown> {
        self.client
            .request_for(GetInstanceOrgPayloadCountsBreakdown {
                instance_id: instance_id.into(),
                org_id: org_id.into(),
                start: None,
                end: None,
                resolution: None,
                as_bytes: None,
                include_non_billable: None,
            })
    }
}

/// The operation `GET /instances/{instanceId}/orgs/{orgId}`: Retrieves information on an organization
///
/// [`InstanceOrgApi::get_instance_org`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct GetInstanceOrg {
    instance_id: String,
    org_id: String,
    summary_include: Option<String>,
}

impl GetInstanceOrg {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[
        "all.Instance",
        "all.Instance.read",
        "all.User",
        "all.User.read",
        "instanceOrg.*",
        "instanceOrg.get",
    ];
}

impl<'a> crate::Request<'a, GetInstanceOrg> {
    /// Comma-separated list of summary fields to include in org summary
    pub fn summary_include(mut self, value: impl Into<String>) -> Self {
        self.parameters.summary_include = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for GetInstanceOrg {
    type Output = crate::models::InstanceOrg;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getInstanceOrg",
        method: ::reqwest::Method::GET,
        template: "/instances/{instanceId}/orgs/{orgId}",
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
            let value = &self.org_id;
            crate::runtime::check_pattern(
                value,
                "^[A-Fa-f\\d]{24}$",
                &root.with_field("orgId"),
            )?;
        }
        req.fill_path([&self.instance_id, &self.org_id])?;
        req.authorize_bearer();
        if let Some(value) = self.summary_include {
            req.add_query("summaryInclude", value);
        }
        Ok(())
    }
}

/// The operation `DELETE /instances/{instanceId}/orgs/{orgId}`: Deletes an organization
///
/// [`InstanceOrgApi::delete_instance_org`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct DeleteInstanceOrg {
    instance_id: String,
    org_id: String,
}

impl DeleteInstanceOrg {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[
        "all.Instance",
        "all.User",
        "instanceOrg.*",
        "instanceOrg.delete",
    ];
}

impl crate::runtime::Operation for DeleteInstanceOrg {
    type Output = crate::models::Success;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "deleteInstanceOrg",
        method: ::reqwest::Method::DELETE,
        template: "/instances/{instanceId}/orgs/{orgId}",
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
            let value = &self.org_id;
            crate::runtime::check_pattern(
                value,
                "^[A-Fa-f\\d]{24}$",
                &root.with_field("orgId"),
            )?;
        }
        req.fill_path([&self.instance_id, &self.org_id])?;
        req.authorize_bearer();
        Ok(())
    }
}

/// The operation `PATCH /instances/{instanceId}/orgs/{orgId}`: Updates information about an organization
///
/// [`InstanceOrgApi::patch_instance_org`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct PatchInstanceOrg {
    instance_id: String,
    org_id: String,
    summary_include: Option<String>,
    body: crate::models::InstanceOrgPatch,
}

impl PatchInstanceOrg {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[
        "all.Instance",
        "all.User",
        "instanceOrg.*",
        "instanceOrg.patch",
    ];
}

impl<'a> crate::Request<'a, PatchInstanceOrg> {
    /// Comma-separated list of summary fields to include in org summary
    pub fn summary_include(mut self, value: impl Into<String>) -> Self {
        self.parameters.summary_include = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for PatchInstanceOrg {
    type Output = crate::models::InstanceOrg;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "patchInstanceOrg",
        method: ::reqwest::Method::PATCH,
        template: "/instances/{instanceId}/orgs/{orgId}",
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
            let value = &self.org_id;
            crate::runtime::check_pattern(
                value,
                "^[A-Fa-f\\d]{24}$",
                &root.with_field("orgId"),
            )?;
        }
        {
            let value = &self.body;
            crate::runtime::Validate::validate(value, &root)?;
        }
        req.fill_path([&self.instance_id, &self.org_id])?;
        req.authorize_bearer();
        if let Some(value) = self.summary_include {
            req.add_query("summaryInclude", value);
        }
        req.json_body(&self.body, "application/json")
    }
}

/// The operation `GET /instances/{instanceId}/orgs/{orgId}/deviceCounts`: Returns device counts by day for the time range specified for this organization
///
/// [`InstanceOrgApi::get_instance_org_device_counts`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct GetInstanceOrgDeviceCounts {
    instance_id: String,
    org_id: String,
    start: Option<String>,
    end: Option<String>,
}

impl GetInstanceOrgDeviceCounts {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[
        "all.Instance",
        "all.Instance.read",
        "all.User",
        "all.User.read",
        "instanceOrg.*",
        "instanceOrg.deviceCounts",
    ];
}

impl<'a> crate::Request<'a, GetInstanceOrgDeviceCounts> {
    /// Start of range for device count query (ms since epoch)
    pub fn start(mut self, value: impl Into<String>) -> Self {
        self.parameters.start = Some(value.into());
        self
    }
    /// End of range for device count query (ms since epoch)
    ///
    /// Default: `"0"`.
    pub fn end(mut self, value: impl Into<String>) -> Self {
        self.parameters.end = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for GetInstanceOrgDeviceCounts {
    type Output = crate::models::DeviceCounts;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getInstanceOrgDeviceCounts",
        method: ::reqwest::Method::GET,
        template: "/instances/{instanceId}/orgs/{orgId}/deviceCounts",
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
            let value = &self.org_id;
            crate::runtime::check_pattern(
                value,
                "^[A-Fa-f\\d]{24}$",
                &root.with_field("orgId"),
            )?;
        }
        req.fill_path([&self.instance_id, &self.org_id])?;
        req.authorize_bearer();
        if let Some(value) = self.start {
            req.add_query("start", value);
        }
        if let Some(value) = self.end {
            req.add_query("end", value);
        }
        Ok(())
    }
}

/// The operation `GET /instances/{instanceId}/orgs/{orgId}/notebookMinuteCounts`: Returns notebook execution usage by day for the time range specified for this organization
///
/// [`InstanceOrgApi::get_instance_org_notebook_minute_counts`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct GetInstanceOrgNotebookMinuteCounts {
    instance_id: String,
    org_id: String,
    start: Option<String>,
    end: Option<String>,
}

impl GetInstanceOrgNotebookMinuteCounts {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[
        "all.Instance",
        "all.Instance.read",
        "all.User",
        "all.User.read",
        "instanceOrg.*",
        "instanceOrg.notebookMinuteCounts",
    ];
}

impl<'a> crate::Request<'a, GetInstanceOrgNotebookMinuteCounts> {
    /// Start of range for notebook execution query (ms since epoch)
    pub fn start(mut self, value: impl Into<String>) -> Self {
        self.parameters.start = Some(value.into());
        self
    }
    /// End of range for notebook execution query (ms since epoch)
    pub fn end(mut self, value: impl Into<String>) -> Self {
        self.parameters.end = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for GetInstanceOrgNotebookMinuteCounts {
    type Output = crate::models::NotebookMinuteCounts;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getInstanceOrgNotebookMinuteCounts",
        method: ::reqwest::Method::GET,
        template: "/instances/{instanceId}/orgs/{orgId}/notebookMinuteCounts",
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
            let value = &self.org_id;
            crate::runtime::check_pattern(
                value,
                "^[A-Fa-f\\d]{24}$",
                &root.with_field("orgId"),
            )?;
        }
        req.fill_path([&self.instance_id, &self.org_id])?;
        req.authorize_bearer();
        if let Some(value) = self.start {
            req.add_query("start", value);
        }
        if let Some(value) = self.end {
            req.add_query("end", value);
        }
        Ok(())
    }
}

/// The operation `GET /instances/{instanceId}/orgs/{orgId}/payloadCounts`: Returns payload counts for the time range specified for all applications this organization owns
///
/// [`InstanceOrgApi::get_instance_org_payload_counts`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct GetInstanceOrgPayloadCounts {
    instance_id: String,
    org_id: String,
    start: Option<String>,
    end: Option<String>,
    as_bytes: Option<bool>,
}

impl GetInstanceOrgPayloadCounts {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[
        "all.Instance",
        "all.Instance.read",
        "all.User",
        "all.User.read",
        "instanceOrg.*",
        "instanceOrg.payloadCounts",
    ];
}

impl<'a> crate::Request<'a, GetInstanceOrgPayloadCounts> {
    /// Start of range for payload count query (ms since epoch)
    pub fn start(mut self, value: impl Into<String>) -> Self {
        self.parameters.start = Some(value.into());
        self
    }
    /// End of range for payload count query (ms since epoch)
    pub fn end(mut self, value: impl Into<String>) -> Self {
        self.parameters.end = Some(value.into());
        self
    }
    /// If the resulting stats should be returned as bytes
    ///
    /// Default: `false`.
    pub fn as_bytes(mut self, value: bool) -> Self {
        self.parameters.as_bytes = Some(value);
        self
    }
}

impl crate::runtime::Operation for GetInstanceOrgPayloadCounts {
    type Output = crate::models::PayloadStats;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getInstanceOrgPayloadCounts",
        method: ::reqwest::Method::GET,
        template: "/instances/{instanceId}/orgs/{orgId}/payloadCounts",
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
            let value = &self.org_id;
            crate::runtime::check_pattern(
                value,
                "^[A-Fa-f\\d]{24}$",
                &root.with_field("orgId"),
            )?;
        }
        req.fill_path([&self.instance_id, &self.org_id])?;
        req.authorize_bearer();
        if let Some(value) = self.start {
            req.add_query("start", value);
        }
        if let Some(value) = self.end {
            req.add_query("end", value);
        }
        if let Some(value) = self.as_bytes {
            req.add_query("asBytes", value.to_string());
        }
        Ok(())
    }
}

/// The operation `GET /instances/{instanceId}/orgs/{orgId}/payloadCountsBreakdown`: Returns payload counts per resolution in the time range specified for all application this organization owns
///
/// [`InstanceOrgApi::get_instance_org_payload_counts_breakdown`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct GetInstanceOrgPayloadCountsBreakdown {
    instance_id: String,
    org_id: String,
    start: Option<String>,
    end: Option<String>,
    resolution: Option<crate::models::PayloadResolution>,
    as_bytes: Option<bool>,
    include_non_billable: Option<bool>,
}

impl GetInstanceOrgPayloadCountsBreakdown {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[
        "all.Instance",
        "all.Instance.read",
        "all.User",
        "all.User.read",
        "instanceOrg.*",
        "instanceOrg.payloadCountsBreakdown",
    ];
}

impl<'a> crate::Request<'a, GetInstanceOrgPayloadCountsBreakdown> {
    /// Start of range for payload count query (ms since epoch)
    pub fn start(mut self, value: impl Into<String>) -> Self {
        self.parameters.start = Some(value.into());
        self
    }
    /// End of range for payload count query (ms since epoch)
    pub fn end(mut self, value: impl Into<String>) -> Self {
        self.parameters.end = Some(value.into());
        self
    }
    /// Resolution in milliseconds
    ///
    /// Default: `"86400000"`.
    pub fn resolution(mut self, value: crate::models::PayloadResolution) -> Self {
        self.parameters.resolution = Some(value);
        self
    }
    /// If the resulting stats should be returned as bytes
    ///
    /// Default: `false`.
    pub fn as_bytes(mut self, value: bool) -> Self {
        self.parameters.as_bytes = Some(value);
        self
    }
    /// If non-billable payloads should be included in the result
    ///
    /// Default: `false`.
    pub fn include_non_billable(mut self, value: bool) -> Self {
        self.parameters.include_non_billable = Some(value);
        self
    }
}

impl crate::runtime::Operation for GetInstanceOrgPayloadCountsBreakdown {
    type Output = crate::models::PayloadCountsBreakdown;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getInstanceOrgPayloadCountsBreakdown",
        method: ::reqwest::Method::GET,
        template: "/instances/{instanceId}/orgs/{orgId}/payloadCountsBreakdown",
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
            let value = &self.org_id;
            crate::runtime::check_pattern(
                value,
                "^[A-Fa-f\\d]{24}$",
                &root.with_field("orgId"),
            )?;
        }
        req.fill_path([&self.instance_id, &self.org_id])?;
        req.authorize_bearer();
        if let Some(value) = self.start {
            req.add_query("start", value);
        }
        if let Some(value) = self.end {
            req.add_query("end", value);
        }
        if let Some(value) = self.resolution {
            req.add_query("resolution", value.as_str().to_owned());
        }
        if let Some(value) = self.as_bytes {
            req.add_query("asBytes", value.to_string());
        }
        if let Some(value) = self.include_non_billable {
            req.add_query("includeNonBillable", value.to_string());
        }
        Ok(())
    }
}
