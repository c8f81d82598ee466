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
    /// # Responses
    ///
    /// - `200`: The things. Body: `Vec<Thing>`.
    /// - `404`: No things. Body: [`ListThingsResponse404`](crate::models::ListThingsResponse404). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn list_things(&self) -> ListThings<'a> {
        ListThings {
            client: self.client,
            options: ::core::default::Default::default(),
        }
    }
    /// `GET /things/{id}`
    ///
    /// # Parameters
    ///
    /// - `id` (path parameter `id`, required): Must match the regular expression `^(?!none$)[a-z0-9-]+$`.
    ///
    /// # Responses
    ///
    /// - `200`: The thing. Body: [`Thing`](crate::models::Thing).
    /// - `404`: No things. Body: [`ListThingsResponse404`](crate::models::ListThingsResponse404). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_thing(
        &self,
        id: impl ::core::convert::Into<::std::string::String>,
    ) -> GetThing<'a> {
        GetThing {
            client: self.client,
            options: ::core::default::Default::default(),
            id: id.into(),
        }
    }
    /// `PUT /things/{id}`
    ///
    /// # Parameters
    ///
    /// - `id` (path parameter `id`, required): Must match the regular expression `^(?!none$)[a-z0-9-]+$`.
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - `200`: The stored thing. Body: [`Thing`](crate::models::Thing).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn put_thing(
        &self,
        id: impl ::core::convert::Into<::std::string::String>,
        body: crate::models::Thing,
    ) -> PutThing<'a> {
        PutThing {
            client: self.client,
            options: ::core::default::Default::default(),
            id: id.into(),
            body,
        }
    }
}

/// A request to `GET /things`
///
/// Made by [`DefaultApi::list_things`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct ListThings<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
}

impl<'a> ListThings<'a> {
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
    ) -> crate::Sending<
        'a,
        ::std::vec::Vec<crate::models::Thing>,
        crate::models::ListThingsResponse404,
    > {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[404],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<::std::vec::Vec<crate::models::Thing>>,
                crate::runtime::decode_json::<crate::models::ListThingsResponse404>,
            )
    }
    /// The request, checked against the API description, as the runtime sends it.
    fn plan(
        self,
    ) -> ::core::result::Result<
        crate::runtime::OperationRequest,
        crate::runtime::ValidationError,
    > {
        let path = ::std::string::String::from("/things");
        let request = crate::runtime::OperationRequest::new(
            "listThings",
            "/things",
            ::reqwest::Method::GET,
            path,
            Some("application/json"),
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for ListThings<'a> {
    type Output = ::core::result::Result<
        crate::Response<::std::vec::Vec<crate::models::Thing>>,
        crate::Error<crate::models::ListThingsResponse404>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        ::std::vec::Vec<crate::models::Thing>,
        crate::models::ListThingsResponse404,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `GET /things/{id}`
///
/// Made by [`DefaultApi::get_thing`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct GetThing<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    id: crate::models::Id,
}

impl<'a> GetThing<'a> {
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
    ) -> crate::Sending<'a, crate::models::Thing, crate::models::ListThingsResponse404> {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[404],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<crate::models::Thing>,
                crate::runtime::decode_json::<crate::models::ListThingsResponse404>,
            )
    }
    /// The request, checked against the API description, as the runtime sends it.
    fn plan(
        self,
    ) -> ::core::result::Result<
        crate::runtime::OperationRequest,
        crate::runtime::ValidationError,
    > {
        let root = crate::runtime::FieldPath::ROOT;
        {
            let value = &self.id;
            crate::runtime::check_pattern(
                value,
                "^(?!none$)[a-z0-9-]+$",
                &root.with_field("id"),
            )?;
        }
        let path = ["/things/", &crate::runtime::path_segment("id", &self.id)?].concat();
        let request = crate::runtime::OperationRequest::new(
            "getThing",
            "/things/{id}",
            ::reqwest::Method::GET,
            path,
            Some("application/json"),
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for GetThing<'a> {
    type Output = ::core::result::Result<
        crate::Response<crate::models::Thing>,
        crate::Error<crate::models::ListThingsResponse404>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        crate::models::Thing,
        crate::models::ListThingsResponse404,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `PUT /things/{id}`
///
/// Made by [`DefaultApi::put_thing`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct PutThing<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    id: crate::models::Id,
    body: crate::models::Thing,
}

impl<'a> PutThing<'a> {
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
    pub fn send(self) -> crate::Sending<'a, crate::models::Thing, ()> {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<crate::models::Thing>,
                crate::runtime::decode_empty,
            )
    }
    /// The request, checked against the API description, as the runtime sends it.
    fn plan(
        self,
    ) -> ::core::result::Result<
        crate::runtime::OperationRequest,
        crate::runtime::ValidationError,
    > {
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
        let path = ["/things/", &crate::runtime::path_segment("id", &self.id)?].concat();
        let mut request = crate::runtime::OperationRequest::new(
            "putThing",
            "/things/{id}",
            ::reqwest::Method::PUT,
            path,
            Some("application/json"),
            self.options,
        );
        request.json_body(&self.body, "application/json")?;
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for PutThing<'a> {
    type Output = ::core::result::Result<
        crate::Response<crate::models::Thing>,
        crate::Error<()>,
    >;
    type IntoFuture = crate::Sending<'a, crate::models::Thing, ()>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
