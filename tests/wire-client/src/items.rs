// This file is generated from tests/fixtures/specs/wire.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `Items`.

impl crate::Client {
    /// Operations on `Items`: see [`ItemsApi`].
    pub fn items(&self) -> ItemsApi<'_> {
        ItemsApi { client: self }
    }
}

/// The operations on `Items`, borrowed from a [`Client`](crate::Client) by [`Client::items`](crate::Client::items).
#[derive(Debug, Clone, Copy)]
pub struct ItemsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> ItemsApi<'a> {
    /// Lists items
    ///
    /// `GET /items`
    ///
    /// # Parameters
    ///
    /// - `tags` (query parameter `tags`, optional; set with [`Request::tags`](crate::Request::tags)): Items with any of these tags.
    /// - `fields` (query parameter `fields`, optional; set with [`Request::fields`](crate::Request::fields)): Properties to return.
    /// - `limit` (query parameter `limit`, optional; set with [`Request::limit`](crate::Request::limit)): Range: 1 to 100.
    /// - `order` (query parameter `order`, optional; set with [`Request::order`](crate::Request::order))
    /// - `filter` (query parameter `filter`, optional; set with [`Request::filter`](crate::Request::filter)): Bounds on the items, as `filter[min]=1`
    /// - `search` (query parameter `search`, optional; set with [`Request::search`](crate::Request::search)): Items that match, as the JSON text of the criteria.
    /// - `x_trace_id` (header parameter `X-Trace-Id`, optional; set with [`Request::x_trace_id`](crate::Request::x_trace_id))
    /// - `session` (cookie parameter `session`, optional; set with [`Request::session`](crate::Request::session))
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `200`: The items. Body: `Vec<Item>`.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn list_items(&self) -> crate::Request<'a, ListItems> {
        self.client
            .request_for(ListItems {
                tags: None,
                fields: None,
                limit: None,
                order: None,
                filter: None,
                search: None,
                x_trace_id: None,
                session: None,
            })
    }
    /// Creates an item
    ///
    /// `POST /items`
    ///
    /// # Parameters
    ///
    /// - `idempotency_key` (header parameter `Idempotency-Key`, optional; set with [`Request::idempotency_key`](crate::Request::idempotency_key)): Makes a repeated creation a no-op.
    /// - `body` (request body, required)
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `201`: Created. Body: [`Item`](crate::models::Item).
    /// - `4XX`: The request was refused. Body: [`Problem`](crate::models::Problem). Returned as [`Error::Api`](crate::Error::Api).
    /// - any other status (`default`): Anything else. Body: [`Problem`](crate::models::Problem). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn create_item(
        &self,
        body: crate::models::Item,
    ) -> crate::Request<'a, CreateItem> {
        self.client
            .request_for(CreateItem {
                idempotency_key: None,
                body,
            })
    }
    /// Lists events, a cursor at a time
    ///
    /// `GET /events`
    ///
    /// # Parameters
    ///
    /// - `after` (query parameter `after`, optional; set with [`Request::after`](crate::Request::after)): The cursor the previous page gave.
    /// - `limit` (query parameter `limit`, optional; set with [`Request::limit`](crate::Request::limit))
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `200`: A page of events. Body: [`ListEventsResponse`](crate::models::ListEventsResponse).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn list_events(&self) -> crate::Request<'a, ListEvents> {
        self.client
            .request_for(ListEvents {
                after: None,
                limit: None,
            })
    }
    /// Lists log lines by offset
    ///
    /// `GET /logs`
    ///
    /// # Parameters
    ///
    /// - `skip` (query parameter `skip`, required): Value: at least 0.
    /// - `take` (query parameter `take`, optional; set with [`Request::take`](crate::Request::take)): Default: `2`.
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `200`: A page of log lines. Body: [`ListLogsResponse`](crate::models::ListLogsResponse).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn list_logs(&self, skip: i32) -> crate::Request<'a, ListLogs> {
        self.client.request_for(ListLogs { skip, take: None })
    }
    /// Submits a form
    ///
    /// `POST /forms`
    ///
    /// # Parameters
    ///
    /// - `body` (request body, required)
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `204`: Received.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn submit_form(
        &self,
        body: crate::models::SubmitFormBody,
    ) -> crate::Request<'a, SubmitForm> {
        self.client.request_for(SubmitForm { body })
    }
    /// Authenticates with an API key in a header
    ///
    /// `GET /keyed/header`
    ///
    /// The client sends its token in the `x-api-key` header.
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `204`: Accepted.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_with_header_key(&self) -> crate::Request<'a, GetWithHeaderKey> {
        self.client.request_for(GetWithHeaderKey)
    }
    /// Authenticates with an API key in the query
    ///
    /// `GET /keyed/query`
    ///
    /// # Parameters
    ///
    /// - `page` (query parameter `page`, optional; set with [`Request::page`](crate::Request::page))
    ///
    /// The client sends its token in the `api_key` query parameter.
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `204`: Accepted.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_with_query_key(&self) -> crate::Request<'a, GetWithQueryKey> {
        self.client.request_for(GetWithQueryKey { page: None })
    }
    /// Authenticates with an API key in a cookie
    ///
    /// `GET /keyed/cookie`
    ///
    /// # Parameters
    ///
    /// - `session` (cookie parameter `session`, optional; set with [`Request::session`](crate::Request::session))
    ///
    /// The client sends its token in the `token` cookie.
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `204`: Accepted.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_with_cookie_key(&self) -> crate::Request<'a, GetWithCookieKey> {
        self.client.request_for(GetWithCookieKey { session: None })
    }
    /// Authenticates with a user name and password
    ///
    /// `GET /keyed/basic`
    ///
    /// The client authenticates with the user name and password given to [`Client::with_basic_auth`](crate::Client::with_basic_auth) (HTTP Basic).
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `204`: Accepted.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_with_basic_auth(&self) -> crate::Request<'a, GetWithBasicAuth> {
        self.client.request_for(GetWithBasicAuth)
    }
    /// Copies an item now, later, or not at all
    ///
    /// `POST /items/{itemId}/copies`
    ///
    /// # Parameters
    ///
    /// - `item_id` (path parameter `itemId`, required)
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `201`: The copy. Body: [`Item`](crate::models::Item).
    /// - `202`: The copy is being made. Body: [`Job`](crate::models::Job).
    /// - `204`: The item is a copy already.
    /// - `404`: No such item. Body: [`Problem`](crate::models::Problem). Returned as [`Error::Api`](crate::Error::Api).
    /// - `409`: A copy is being made already. Body: text. Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn copy_item(&self, item_id: impl AsRef<str>) -> crate::Request<'a, CopyItem> {
        self.client.request_at([&item_id.as_ref()], CopyItem)
    }
    /// Uploads a file with its description
    ///
    /// `POST /uploads`
    ///
    /// # Parameters
    ///
    /// - `file` (multipart field `file`, required): The file's content.
    /// - `note` (multipart field `note`, optional; set with [`Request::note`](crate::Request::note)): Length: at most 20 characters.
    /// - `tags` (multipart field `tags`, optional; set with [`Request::tags`](crate::Request::tags))
    /// - `order` (multipart field `order`, optional; set with [`Request::order`](crate::Request::order))
    /// - `item` (multipart field `item`, optional; set with [`Request::item`](crate::Request::item))
    /// - `pages_value` (multipart field `pages`, optional; set with [`Request::pages_value`](crate::Request::pages_value))
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `204`: Stored.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn upload_file(
        &self,
        file: impl Into<Vec<u8>>,
    ) -> crate::Request<'a, UploadFile> {
        self.client
            .request_for(UploadFile {
                file: file.into(),
                note: None,
                tags: None,
                order: None,
                item: None,
                pages_value: None,
            })
    }
    /// Uploads an archive as a multipart body whose parts the spec leaves out
    ///
    /// `POST /archives`
    ///
    /// # Parameters
    ///
    /// - query parameter `Action`: always `StoreArchive`
    /// - header parameter `X-Archive-Format`: always `zip`
    /// - `body` (request body, required, `multipart/form-data` that the caller encodes: see [`EncodedBody`](crate::EncodedBody))
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `204`: Stored.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn upload_archive(
        &self,
        body: crate::EncodedBody,
    ) -> crate::Request<'a, UploadArchive> {
        self.client.request_for(UploadArchive { body })
    }
    /// Fetches one item
    ///
    /// `GET /items/{itemId}`
    ///
    /// # Parameters
    ///
    /// - `item_id` (path parameter `itemId`, required): Any text at all; it is sent as one path segment.
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `200`: The item. Body: [`Item`](crate::models::Item).
    /// - `404`: No such item. Body: [`Problem`](crate::models::Problem). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_item(&self, item_id: impl AsRef<str>) -> crate::Request<'a, GetItem> {
        self.client.request_at([&item_id.as_ref()], GetItem)
    }
    /// Deletes an item without credentials
    ///
    /// `DELETE /items/{itemId}`
    ///
    /// # Parameters
    ///
    /// - `item_id` (path parameter `itemId`, required): Any text at all; it is sent as one path segment.
    ///
    /// # Responses
    ///
    /// - `204`: Deleted.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn delete_item(
        &self,
        item_id: impl AsRef<str>,
    ) -> crate::Request<'a, DeleteItem> {
        self.client.request_at([&item_id.as_ref()], DeleteItem)
    }
    /// Fetches the note as bytes
    ///
    /// `GET /items/{itemId}/note`
    ///
    /// # Parameters
    ///
    /// - `item_id` (path parameter `itemId`, required)
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `200`: The note. Body: bytes.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_raw(&self, item_id: impl AsRef<str>) -> crate::Request<'a, GetRaw> {
        self.client.request_at([&item_id.as_ref()], GetRaw)
    }
    /// Replaces the note of an item
    ///
    /// `PUT /items/{itemId}/note`
    ///
    /// # Parameters
    ///
    /// - `item_id` (path parameter `itemId`, required)
    /// - `body` (request body, required)
    ///
    /// # Scopes
    ///
    /// Requires an API token; the spec names no scopes.
    ///
    /// # Responses
    ///
    /// - `204`: Stored.
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn put_note(
        &self,
        item_id: impl AsRef<str>,
        body: impl Into<String>,
    ) -> crate::Request<'a, PutNote> {
        self.client.request_at([&item_id.as_ref()], PutNote { body: body.into() })
    }
}

/// The operation `GET /items`: Lists items
///
/// [`ItemsApi::list_items`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct ListItems {
    tags: Option<Vec<String>>,
    fields: Option<Vec<String>>,
    limit: Option<i32>,
    order: Option<crate::models::Order>,
    filter: Option<crate::models::ListItemsFilter>,
    search: Option<crate::models::ListItemsSearch>,
    x_trace_id: Option<String>,
    session: Option<String>,
}

impl<'a> crate::Request<'a, ListItems> {
    /// Items with any of these tags
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.parameters.tags = Some(value);
        self
    }
    /// Properties to return
    pub fn fields(mut self, value: Vec<String>) -> Self {
        self.parameters.fields = Some(value);
        self
    }
    /// The `limit` parameter.
    ///
    /// Range: 1 to 100.
    pub fn limit(mut self, value: i32) -> Self {
        self.parameters.limit = Some(value);
        self
    }
    /// The `order` parameter.
    pub fn order(mut self, value: crate::models::Order) -> Self {
        self.parameters.order = Some(value);
        self
    }
    /// Bounds on the items, as `filter[min]=1`
    pub fn filter(mut self, value: crate::models::ListItemsFilter) -> Self {
        self.parameters.filter = Some(value);
        self
    }
    /// Items that match, as the JSON text of the criteria
    pub fn search(mut self, value: crate::models::ListItemsSearch) -> Self {
        self.parameters.search = Some(value);
        self
    }
    /// The `X-Trace-Id` parameter.
    pub fn x_trace_id(mut self, value: impl Into<String>) -> Self {
        self.parameters.x_trace_id = Some(value.into());
        self
    }
    /// The `session` parameter.
    pub fn session(mut self, value: impl Into<String>) -> Self {
        self.parameters.session = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for ListItems {
    type Output = Vec<crate::models::Item>;
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "listItems",
        method: ::reqwest::Method::GET,
        template: "/items",
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_json,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        let root = crate::runtime::FieldPath::ROOT;
        if let Some(value) = &self.limit {
            crate::runtime::check_range(
                f64::from(*value),
                Some((1.0, false)),
                Some((100.0, false)),
                &root.with_field("limit"),
            )?;
        }
        req.authorize_bearer();
        if let Some(value) = self.tags {
            req.add_query_list("tags", value.into_iter(), true);
        }
        if let Some(value) = self.fields {
            req.add_query_list("fields", value.into_iter(), false);
        }
        if let Some(value) = self.limit {
            req.add_query("limit", value.to_string());
        }
        if let Some(value) = self.order {
            req.add_query("order", value.as_str().to_owned());
        }
        if let Some(value) = self.filter {
            req.add_query_object("filter", &value)?;
        }
        if let Some(value) = self.search {
            req.add_query("search", crate::runtime::json_text("search", &value)?);
        }
        if let Some(value) = self.x_trace_id {
            req.add_header("x-trace-id", value)?;
        }
        if let Some(value) = self.session {
            req.add_cookie("session", value);
        }
        Ok(())
    }
}

/// The operation `POST /items`: Creates an item
///
/// [`ItemsApi::create_item`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct CreateItem {
    idempotency_key: Option<String>,
    body: crate::models::Item,
}

impl<'a> crate::Request<'a, CreateItem> {
    /// Makes a repeated creation a no-op
    pub fn idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.parameters.idempotency_key = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for CreateItem {
    type Output = crate::models::Item;
    type Error = crate::models::Problem;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "createItem",
        method: ::reqwest::Method::POST,
        template: "/items",
        success: &[201],
        errors: &[4, 0],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders::JSON;
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        let root = crate::runtime::FieldPath::ROOT;
        {
            let value = &self.body;
            crate::runtime::Validate::validate(value, &root)?;
        }
        req.authorize_bearer();
        req.mark_idempotency_key("idempotency-key");
        if let Some(value) = self.idempotency_key {
            req.add_header("idempotency-key", value)?;
        }
        req.json_body(&self.body, "application/json")
    }
}

/// The operation `GET /events`: Lists events, a cursor at a time
///
/// [`ItemsApi::list_events`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct ListEvents {
    after: Option<String>,
    limit: Option<i32>,
}

impl<'a> crate::Request<'a, ListEvents> {
    /// The cursor the previous page gave
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.parameters.after = Some(value.into());
        self
    }
    /// The `limit` parameter.
    pub fn limit(mut self, value: i32) -> Self {
        self.parameters.limit = Some(value);
        self
    }
    /// The pages of results, from the page this request asks for, fetched one at a time as the stream is polled; each next page asking for the `after` the page before it gives.
    ///
    /// See [`Pages`](crate::Pages) for when the stream ends.
    pub fn pages(self) -> crate::Pages<'a, crate::models::ListEventsResponse, ()> {
        let fetch = move |step: &crate::runtime::Step| {
            let mut next = self.clone();
            if let Some(cursor) = step.cursor_value() {
                next.parameters.after = Some(cursor);
            }
            Ok(::core::future::IntoFuture::into_future(next))
        };
        crate::runtime::Pages::by_cursor(
            "listEvents",
            Box::new(fetch),
            |page: &crate::models::ListEventsResponse| crate::runtime::PageFacts {
                items: page.data.len(),
                count: None,
                total: None,
                next_cursor: page
                    .meta
                    .as_ref()
                    .and_then(|value| value.next.as_ref().and_then(Option::as_ref))
                    .cloned(),
            },
        )
    }
    /// The items of every page, in order, fetched a page at a time as the stream is polled;
    /// see [`pages`](Self::pages).
    pub fn items(
        self,
    ) -> crate::Items<'a, crate::models::ListEventsResponse, crate::models::Job, ()> {
        crate::runtime::Items::new(
            self.pages(),
            |page: crate::models::ListEventsResponse| page.data,
        )
    }
}

impl crate::runtime::Operation for ListEvents {
    type Output = crate::models::ListEventsResponse;
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "listEvents",
        method: ::reqwest::Method::GET,
        template: "/events",
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_json,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.authorize_bearer();
        if let Some(value) = self.after {
            req.add_query("after", value);
        }
        if let Some(value) = self.limit {
            req.add_query("limit", value.to_string());
        }
        Ok(())
    }
}

/// The operation `GET /logs`: Lists log lines by offset
///
/// [`ItemsApi::list_logs`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct ListLogs {
    skip: i32,
    take: Option<i32>,
}

impl<'a> crate::Request<'a, ListLogs> {
    /// The `take` parameter.
    ///
    /// Default: `2`.
    pub fn take(mut self, value: i32) -> Self {
        self.parameters.take = Some(value);
        self
    }
    /// The pages of results, from the page this request asks for, fetched one at a time as the stream is polled; by default from offset 0, each next page asking for the `skip` past the items so far.
    ///
    /// See [`Pages`](crate::Pages) for when the stream ends.
    pub fn pages(self) -> crate::Pages<'a, crate::models::ListLogsResponse, ()> {
        let (start, size) = (
            Some(self.parameters.skip),
            self.parameters.take.or(Some(2)),
        );
        let fetch = move |step: &crate::runtime::Step| {
            let mut next = self.clone();
            next.parameters.skip = step.index_value("listLogs")?;
            Ok(::core::future::IntoFuture::into_future(next))
        };
        crate::runtime::Pages::by_offset(
            "listLogs",
            start,
            size,
            Box::new(fetch),
            |page: &crate::models::ListLogsResponse| crate::runtime::PageFacts {
                items: page.lines.as_ref().map_or(0, |items| items.len()),
                count: None,
                total: page.total.as_ref().and_then(|count| u64::try_from(*count).ok()),
                next_cursor: None,
            },
        )
    }
    /// The items of every page, in order, fetched a page at a time as the stream is polled;
    /// see [`pages`](Self::pages).
    pub fn items(self) -> crate::Items<'a, crate::models::ListLogsResponse, String, ()> {
        crate::runtime::Items::new(
            self.pages(),
            |page: crate::models::ListLogsResponse| page.lines.unwrap_or_default(),
        )
    }
}

impl crate::runtime::Operation for ListLogs {
    type Output = crate::models::ListLogsResponse;
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "listLogs",
        method: ::reqwest::Method::GET,
        template: "/logs",
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_json,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        let root = crate::runtime::FieldPath::ROOT;
        {
            let value = &self.skip;
            crate::runtime::check_range(
                f64::from(*value),
                Some((0.0, false)),
                None,
                &root.with_field("skip"),
            )?;
        }
        req.authorize_bearer();
        req.add_query("skip", self.skip.to_string());
        if let Some(value) = self.take {
            req.add_query("take", value.to_string());
        }
        Ok(())
    }
}

/// The operation `POST /forms`: Submits a form
///
/// [`ItemsApi::submit_form`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct SubmitForm {
    body: crate::models::SubmitFormBody,
}

impl crate::runtime::Operation for SubmitForm {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "submitForm",
        method: ::reqwest::Method::POST,
        template: "/forms",
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
            let value = &self.body;
            crate::runtime::Validate::validate(value, &root)?;
        }
        req.authorize_bearer();
        req.form_body(&self.body, "application/x-www-form-urlencoded")
    }
}

/// The operation `GET /keyed/header`: Authenticates with an API key in a header
///
/// [`ItemsApi::get_with_header_key`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GetWithHeaderKey;

impl crate::runtime::Operation for GetWithHeaderKey {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getWithHeaderKey",
        method: ::reqwest::Method::GET,
        template: "/keyed/header",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.authorize_header("x-api-key");
        Ok(())
    }
}

/// The operation `GET /keyed/query`: Authenticates with an API key in the query
///
/// [`ItemsApi::get_with_query_key`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct GetWithQueryKey {
    page: Option<i64>,
}

impl<'a> crate::Request<'a, GetWithQueryKey> {
    /// The `page` parameter.
    pub fn page(mut self, value: i64) -> Self {
        self.parameters.page = Some(value);
        self
    }
}

impl crate::runtime::Operation for GetWithQueryKey {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getWithQueryKey",
        method: ::reqwest::Method::GET,
        template: "/keyed/query",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.authorize_query("api_key");
        if let Some(value) = self.page {
            req.add_query("page", value.to_string());
        }
        Ok(())
    }
}

/// The operation `GET /keyed/cookie`: Authenticates with an API key in a cookie
///
/// [`ItemsApi::get_with_cookie_key`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct GetWithCookieKey {
    session: Option<String>,
}

impl<'a> crate::Request<'a, GetWithCookieKey> {
    /// The `session` parameter.
    pub fn session(mut self, value: impl Into<String>) -> Self {
        self.parameters.session = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for GetWithCookieKey {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getWithCookieKey",
        method: ::reqwest::Method::GET,
        template: "/keyed/cookie",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.authorize_cookie("token");
        if let Some(value) = self.session {
            req.add_cookie("session", value);
        }
        Ok(())
    }
}

/// The operation `GET /keyed/basic`: Authenticates with a user name and password
///
/// [`ItemsApi::get_with_basic_auth`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GetWithBasicAuth;

impl crate::runtime::Operation for GetWithBasicAuth {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getWithBasicAuth",
        method: ::reqwest::Method::GET,
        template: "/keyed/basic",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.authorize_basic();
        Ok(())
    }
}

/// The operation `POST /items/{itemId}/copies`: Copies an item now, later, or not at all
///
/// [`ItemsApi::copy_item`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct CopyItem;

impl crate::runtime::Operation for CopyItem {
    type Output = CopyItemResponse;
    type Error = CopyItemError;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "copyItem",
        method: ::reqwest::Method::POST,
        template: "/items/{itemId}/copies",
        accept: Some("application/json, text/plain"),
        success: &[201, 202, 204],
        errors: &[404, 409],
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: CopyItemResponse::decode,
        error: CopyItemError::decode,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.authorize_bearer();
        Ok(())
    }
}

/// The body of a successful response to `POST /items/{itemId}/copies`, by status.
#[derive(Debug, Clone, PartialEq)]
pub enum CopyItemResponse {
    /// `201`: The copy.
    Created(crate::models::Item),
    /// `202`: The copy is being made.
    Accepted(crate::models::Job),
    /// `204`: The item is a copy already.
    NoContent,
}

impl CopyItemResponse {
    fn decode(status: ::reqwest::StatusCode, bytes: &[u8]) -> Result<Self, String> {
        match status.as_u16() {
            201 => {
                crate::runtime::decode_json::<crate::models::Item>(status, bytes)
                    .map(Self::Created)
            }
            202 => {
                crate::runtime::decode_json::<crate::models::Job>(status, bytes)
                    .map(Self::Accepted)
            }
            204 => crate::runtime::decode_empty(status, bytes).map(|()| Self::NoContent),
            _ => Err(::std::format!("the API documents no body for status {status}")),
        }
    }
}

/// The body of a documented error response to `POST /items/{itemId}/copies`, by status.
#[derive(Debug, Clone, PartialEq)]
pub enum CopyItemError {
    /// `404`: No such item.
    NotFound(crate::models::Problem),
    /// `409`: A copy is being made already.
    Conflict(String),
}

impl CopyItemError {
    fn decode(status: ::reqwest::StatusCode, bytes: &[u8]) -> Result<Self, String> {
        match status.as_u16() {
            404 => {
                crate::runtime::decode_json::<crate::models::Problem>(status, bytes)
                    .map(Self::NotFound)
            }
            409 => crate::runtime::decode_text(status, bytes).map(Self::Conflict),
            _ => Err(::std::format!("the API documents no body for status {status}")),
        }
    }
}

/// The operation `POST /uploads`: Uploads a file with its description
///
/// [`ItemsApi::upload_file`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct UploadFile {
    file: Vec<u8>,
    note: Option<String>,
    tags: Option<Vec<String>>,
    order: Option<crate::models::Order>,
    item: Option<crate::models::Item>,
    pages_value: Option<Vec<Vec<u8>>>,
}

impl<'a> crate::Request<'a, UploadFile> {
    /// The `note` parameter.
    ///
    /// Length: at most 20 characters.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.parameters.note = Some(value.into());
        self
    }
    /// The `tags` parameter.
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.parameters.tags = Some(value);
        self
    }
    /// The `order` parameter.
    pub fn order(mut self, value: crate::models::Order) -> Self {
        self.parameters.order = Some(value);
        self
    }
    /// The `item` parameter.
    pub fn item(mut self, value: crate::models::Item) -> Self {
        self.parameters.item = Some(value);
        self
    }
    /// The `pages` parameter.
    pub fn pages_value(mut self, value: Vec<Vec<u8>>) -> Self {
        self.parameters.pages_value = Some(value);
        self
    }
}

impl crate::runtime::Operation for UploadFile {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "uploadFile",
        method: ::reqwest::Method::POST,
        template: "/uploads",
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
        if let Some(value) = &self.note {
            crate::runtime::check_length(
                value,
                None,
                Some(20),
                &root.with_field("note"),
            )?;
        }
        if let Some(value) = &self.item {
            crate::runtime::Validate::validate(value, &root.with_field("item"))?;
        }
        req.authorize_bearer();
        let mut form = crate::runtime::Multipart::default();
        form.file_part("file", self.file);
        if let Some(value) = self.note {
            form.text_part("note", value);
        }
        if let Some(value) = self.tags {
            for item in value {
                form.text_part("tags", item);
            }
        }
        if let Some(value) = self.order {
            form.text_part("order", value.as_str().to_owned());
        }
        if let Some(value) = self.item {
            form.json_part("item", &value)?;
        }
        if let Some(value) = self.pages_value {
            for item in value {
                form.file_part("pages", item);
            }
        }
        req.multipart_body(form);
        Ok(())
    }
}

/// The operation `POST /archives`: Uploads an archive as a multipart body whose parts the spec leaves out
///
/// [`ItemsApi::upload_archive`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct UploadArchive {
    body: crate::EncodedBody,
}

impl crate::runtime::Operation for UploadArchive {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "uploadArchive",
        method: ::reqwest::Method::POST,
        template: "/archives",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.authorize_bearer();
        req.add_query("Action", "StoreArchive".to_owned());
        req.add_header("x-archive-format", "zip".to_owned())?;
        req.encoded_body(self.body)
    }
}

/// The operation `GET /items/{itemId}`: Fetches one item
///
/// [`ItemsApi::get_item`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GetItem;

impl crate::runtime::Operation for GetItem {
    type Output = crate::models::Item;
    type Error = crate::models::Problem;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getItem",
        method: ::reqwest::Method::GET,
        template: "/items/{itemId}",
        errors: &[404],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders::JSON;
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.authorize_bearer();
        Ok(())
    }
}

/// The operation `DELETE /items/{itemId}`: Deletes an item without credentials
///
/// [`ItemsApi::delete_item`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DeleteItem;

impl crate::runtime::Operation for DeleteItem {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "deleteItem",
        method: ::reqwest::Method::DELETE,
        template: "/items/{itemId}",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
}

/// The operation `GET /items/{itemId}/note`: Fetches the note as bytes
///
/// [`ItemsApi::get_raw`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GetRaw;

impl crate::runtime::Operation for GetRaw {
    type Output = Vec<u8>;
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "getRaw",
        method: ::reqwest::Method::GET,
        template: "/items/{itemId}/note",
        accept: Some("application/octet-stream"),
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_bytes,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.authorize_bearer();
        Ok(())
    }
}

/// The operation `PUT /items/{itemId}/note`: Replaces the note of an item
///
/// [`ItemsApi::put_note`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct PutNote {
    body: String,
}

impl crate::runtime::Operation for PutNote {
    type Output = ();
    type Error = ();
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "putNote",
        method: ::reqwest::Method::PUT,
        template: "/items/{itemId}/note",
        accept: None,
        success: &[204],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_empty,
    };
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        req.authorize_bearer();
        req.text_body(self.body, "text/plain; charset=utf-8");
        Ok(())
    }
}
