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
    /// - `summary_include` (query parameter `summaryInclude`, optional; set with [`GetInstanceOrg::summary_include`](GetInstanceOrg::summary_include)): Comma-separated list of summary fields to include in org summary.
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
    ) -> GetInstanceOrg<'a> {
        self.client
            .request_for(GetInstanceOrgParameters {
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
    ) -> DeleteInstanceOrg<'a> {
        self.client
            .request_for(DeleteInstanceOrgParameters {
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
    /// - `summary_include` (query parameter `summaryInclude`, optional; set with [`PatchInstanceOrg::summary_include`](PatchInstanceOrg::summary_include)): Comma-separated list of summary fields to include in org summary.
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
    ) -> PatchInstanceOrg<'a> {
        self.client
            .request_for(PatchInstanceOrgParameters {
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
    /// - `start` (query parameter `start`, optional; set with [`GetInstanceOrgDeviceCounts::start`](GetInstanceOrgDeviceCounts::start)): Start of range for device count query (ms since epoch).
    /// - `end` (query parameter `end`, optional; set with [`GetInstanceOrgDeviceCounts::end`](GetInstanceOrgDeviceCounts::end)): End of range for device count query (ms since epoch). Default: `"0"`.
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
    ) -> GetInstanceOrgDeviceCounts<'a> {
        self.client
            .request_for(GetInstanceOrgDeviceCountsParameters {
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
    /// - `start` (query parameter `start`, optional; set with [`GetInstanceOrgNotebookMinuteCounts::start`](GetInstanceOrgNotebookMinuteCounts::start)): Start of range for notebook execution query (ms since epoch).
    /// - `end` (query parameter `end`, optional; set with [`GetInstanceOrgNotebookMinuteCounts::end`](GetInstanceOrgNotebookMinuteCounts::end)): End of range for notebook execution query (ms since epoch).
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
    ) -> GetInstanceOrgNotebookMinuteCounts<'a> {
        self.client
            .request_for(GetInstanceOrgNotebookMinuteCountsParameters {
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
    /// - `start` (query parameter `start`, optional; set with [`GetInstanceOrgPayloadCounts::start`](GetInstanceOrgPayloadCounts::start)): Start of range for payload count query (ms since epoch).
    /// - `end` (query parameter `end`, optional; set with [`GetInstanceOrgPayloadCounts::end`](GetInstanceOrgPayloadCounts::end)): End of range for payload count query (ms since epoch).
    /// - `as_bytes` (query parameter `asBytes`, optional; set with [`GetInstanceOrgPayloadCounts::as_bytes`](GetInstanceOrgPayloadCounts::as_bytes)): If the resulting stats should be returned as bytes. Default: `false`.
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
    ) -> GetInstanceOrgPayloadCounts<'a> {
        self.client
            .request_for(GetInstanceOrgPayloadCountsParameters {
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
    /// - `start` (query parameter `start`, optional; set with [`GetInstanceOrgPayloadCountsBreakdown::start`](GetInstanceOrgPayloadCountsBreakdown::start)): Start of range for payload count query (ms since epoch).
    /// - `end` (query parameter `end`, optional; set with [`GetInstanceOrgPayloadCountsBreakdown::end`](GetInstanceOrgPayloadCountsBreakdown::end)): End of range for payload count query (ms since epoch).
    /// - `resolution` (query parameter `resolution`, optional; set with [`GetInstanceOrgPayloadCountsBreakdown::resolution`](GetInstanceOrgPayloadCountsBreakdown::resolution)): Resolution in milliseconds. Default: `"86400000"`.
    /// - `as_bytes` (query parameter `asBytes`, optional; set with [`GetInstanceOrgPayloadCountsBreakdown::as_bytes`](GetInstanceOrgPayloadCountsBreakdown::as_bytes)): If the resulting stats should be returned as bytes. Default: `false`.
    /// - `include_non_billable` (query parameter `includeNonBillable`, optional; set with [`GetInstanceOrgPayloadCountsBreakdown::include_non_billable`](GetInstanceOrgPayloadCountsBreakdown::include_non_billable)): If non-billable payloads should be included in the result. Default: `false`.
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
    ) -> GetInstanceOrgPayloadCountsBreakdown<'a> {
        self.client
            .request_for(GetInstanceOrgPayloadCountsBreakdownParameters {
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

/// A request to `GET /instances/{instanceId}/orgs/{orgId}`: Retrieves information on an organization
///
/// Made by [`InstanceOrgApi::get_instance_org`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetInstanceOrg<'a> = crate::Request<'a, GetInstanceOrgParameters>;

/// The parameters of a [`GetInstanceOrg`](type@GetInstanceOrg) request, as [`InstanceOrgApi::get_instance_org`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct GetInstanceOrgParameters {
    instance_id: String,
    org_id: String,
    summary_include: Option<String>,
}

impl<'a> GetInstanceOrg<'a> {
    /// Comma-separated list of summary fields to include in org summary
    pub fn summary_include(mut self, value: impl Into<String>) -> Self {
        self.parameters.summary_include = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for GetInstanceOrgParameters {
    type Output = crate::models::InstanceOrg;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getInstanceOrg",
        method: ::reqwest::Method::GET,
        template: "/instances/{instanceId}/orgs/{orgId}",
        scopes: &[
            "all.Instance",
            "all.Instance.read",
            "all.User",
            "all.User.read",
            "instanceOrg.*",
            "instanceOrg.get",
        ],
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

/// A request to `DELETE /instances/{instanceId}/orgs/{orgId}`: Deletes an organization
///
/// Made by [`InstanceOrgApi::delete_instance_org`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type DeleteInstanceOrg<'a> = crate::Request<'a, DeleteInstanceOrgParameters>;

/// The parameters of a [`DeleteInstanceOrg`](type@DeleteInstanceOrg) request, as [`InstanceOrgApi::delete_instance_org`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct DeleteInstanceOrgParameters {
    instance_id: String,
    org_id: String,
}

impl crate::runtime::Operation for DeleteInstanceOrgParameters {
    type Output = crate::models::Success;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "deleteInstanceOrg",
        method: ::reqwest::Method::DELETE,
        template: "/instances/{instanceId}/orgs/{orgId}",
        scopes: &["all.Instance", "all.User", "instanceOrg.*", "instanceOrg.delete"],
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

/// A request to `PATCH /instances/{instanceId}/orgs/{orgId}`: Updates information about an organization
///
/// Made by [`InstanceOrgApi::patch_instance_org`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type PatchInstanceOrg<'a> = crate::Request<'a, PatchInstanceOrgParameters>;

/// The parameters of a [`PatchInstanceOrg`](type@PatchInstanceOrg) request, as [`InstanceOrgApi::patch_instance_org`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct PatchInstanceOrgParameters {
    instance_id: String,
    org_id: String,
    summary_include: Option<String>,
    body: crate::models::InstanceOrgPatch,
}

impl<'a> PatchInstanceOrg<'a> {
    /// Comma-separated list of summary fields to include in org summary
    pub fn summary_include(mut self, value: impl Into<String>) -> Self {
        self.parameters.summary_include = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for PatchInstanceOrgParameters {
    type Output = crate::models::InstanceOrg;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "patchInstanceOrg",
        method: ::reqwest::Method::PATCH,
        template: "/instances/{instanceId}/orgs/{orgId}",
        scopes: &["all.Instance", "all.User", "instanceOrg.*", "instanceOrg.patch"],
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

/// A request to `GET /instances/{instanceId}/orgs/{orgId}/deviceCounts`: Returns device counts by day for the time range specified for this organization
///
/// Made by [`InstanceOrgApi::get_instance_org_device_counts`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetInstanceOrgDeviceCounts<'a> = crate::Request<
    'a,
    GetInstanceOrgDeviceCountsParameters,
>;

/// The parameters of a [`GetInstanceOrgDeviceCounts`](type@GetInstanceOrgDeviceCounts) request, as [`InstanceOrgApi::get_instance_org_device_counts`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct GetInstanceOrgDeviceCountsParameters {
    instance_id: String,
    org_id: String,
    start: Option<String>,
    end: Option<String>,
}

impl<'a> GetInstanceOrgDeviceCounts<'a> {
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

impl crate::runtime::Operation for GetInstanceOrgDeviceCountsParameters {
    type Output = crate::models::DeviceCounts;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getInstanceOrgDeviceCounts",
        method: ::reqwest::Method::GET,
        template: "/instances/{instanceId}/orgs/{orgId}/deviceCounts",
        scopes: &[
            "all.Instance",
            "all.Instance.read",
            "all.User",
            "all.User.read",
            "instanceOrg.*",
            "instanceOrg.deviceCounts",
        ],
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

/// A request to `GET /instances/{instanceId}/orgs/{orgId}/notebookMinuteCounts`: Returns notebook execution usage by day for the time range specified for this organization
///
/// Made by [`InstanceOrgApi::get_instance_org_notebook_minute_counts`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetInstanceOrgNotebookMinuteCounts<'a> = crate::Request<
    'a,
    GetInstanceOrgNotebookMinuteCountsParameters,
>;

/// The parameters of a [`GetInstanceOrgNotebookMinuteCounts`](type@GetInstanceOrgNotebookMinuteCounts) request, as [`InstanceOrgApi::get_instance_org_notebook_minute_counts`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct GetInstanceOrgNotebookMinuteCountsParameters {
    instance_id: String,
    org_id: String,
    start: Option<String>,
    end: Option<String>,
}

impl<'a> GetInstanceOrgNotebookMinuteCounts<'a> {
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

impl crate::runtime::Operation for GetInstanceOrgNotebookMinuteCountsParameters {
    type Output = crate::models::NotebookMinuteCounts;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getInstanceOrgNotebookMinuteCounts",
        method: ::reqwest::Method::GET,
        template: "/instances/{instanceId}/orgs/{orgId}/notebookMinuteCounts",
        scopes: &[
            "all.Instance",
            "all.Instance.read",
            "all.User",
            "all.User.read",
            "instanceOrg.*",
            "instanceOrg.notebookMinuteCounts",
        ],
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

/// A request to `GET /instances/{instanceId}/orgs/{orgId}/payloadCounts`: Returns payload counts for the time range specified for all applications this organization owns
///
/// Made by [`InstanceOrgApi::get_instance_org_payload_counts`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetInstanceOrgPayloadCounts<'a> = crate::Request<
    'a,
    GetInstanceOrgPayloadCountsParameters,
>;

/// The parameters of a [`GetInstanceOrgPayloadCounts`](type@GetInstanceOrgPayloadCounts) request, as [`InstanceOrgApi::get_instance_org_payload_counts`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct GetInstanceOrgPayloadCountsParameters {
    instance_id: String,
    org_id: String,
    start: Option<String>,
    end: Option<String>,
    as_bytes: Option<bool>,
}

impl<'a> GetInstanceOrgPayloadCounts<'a> {
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

impl crate::runtime::Operation for GetInstanceOrgPayloadCountsParameters {
    type Output = crate::models::PayloadStats;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getInstanceOrgPayloadCounts",
        method: ::reqwest::Method::GET,
        template: "/instances/{instanceId}/orgs/{orgId}/payloadCounts",
        scopes: &[
            "all.Instance",
            "all.Instance.read",
            "all.User",
            "all.User.read",
            "instanceOrg.*",
            "instanceOrg.payloadCounts",
        ],
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

/// A request to `GET /instances/{instanceId}/orgs/{orgId}/payloadCountsBreakdown`: Returns payload counts per resolution in the time range specified for all application this organization owns
///
/// Made by [`InstanceOrgApi::get_instance_org_payload_counts_breakdown`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetInstanceOrgPayloadCountsBreakdown<'a> = crate::Request<
    'a,
    GetInstanceOrgPayloadCountsBreakdownParameters,
>;

/// The parameters of a [`GetInstanceOrgPayloadCountsBreakdown`](type@GetInstanceOrgPayloadCountsBreakdown) request, as [`InstanceOrgApi::get_instance_org_payload_counts_breakdown`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct GetInstanceOrgPayloadCountsBreakdownParameters {
    instance_id: String,
    org_id: String,
    start: Option<String>,
    end: Option<String>,
    resolution: Option<crate::models::PayloadResolution>,
    as_bytes: Option<bool>,
    include_non_billable: Option<bool>,
}

impl<'a> GetInstanceOrgPayloadCountsBreakdown<'a> {
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

impl crate::runtime::Operation for GetInstanceOrgPayloadCountsBreakdownParameters {
    type Output = crate::models::PayloadCountsBreakdown;
    type Error = crate::models::Error;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getInstanceOrgPayloadCountsBreakdown",
        method: ::reqwest::Method::GET,
        template: "/instances/{instanceId}/orgs/{orgId}/payloadCountsBreakdown",
        scopes: &[
            "all.Instance",
            "all.Instance.read",
            "all.User",
            "all.User.read",
            "instanceOrg.*",
            "instanceOrg.payloadCountsBreakdown",
        ],
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
