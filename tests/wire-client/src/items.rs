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
    /// - `tags` (query parameter `tags`, optional; set with [`ListItems::tags`](ListItems::tags)): Items with any of these tags.
    /// - `fields` (query parameter `fields`, optional; set with [`ListItems::fields`](ListItems::fields)): Properties to return.
    /// - `limit` (query parameter `limit`, optional; set with [`ListItems::limit`](ListItems::limit)): Range: 1 to 100.
    /// - `order` (query parameter `order`, optional; set with [`ListItems::order`](ListItems::order))
    /// - `filter` (query parameter `filter`, optional; set with [`ListItems::filter`](ListItems::filter)): Bounds on the items, as `filter[min]=1`
    /// - `search` (query parameter `search`, optional; set with [`ListItems::search`](ListItems::search)): Items that match, as the JSON text of the criteria.
    /// - `x_trace_id` (header parameter `X-Trace-Id`, optional; set with [`ListItems::x_trace_id`](ListItems::x_trace_id))
    /// - `session` (cookie parameter `session`, optional; set with [`ListItems::session`](ListItems::session))
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
    pub fn list_items(&self) -> ListItems<'a> {
        self.client
            .request_for(ListItemsParameters {
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
    /// - `idempotency_key` (header parameter `Idempotency-Key`, optional; set with [`CreateItem::idempotency_key`](CreateItem::idempotency_key)): Makes a repeated creation a no-op.
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
    pub fn create_item(&self, body: crate::models::Item) -> CreateItem<'a> {
        self.client
            .request_for(CreateItemParameters {
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
    /// - `after` (query parameter `after`, optional; set with [`ListEvents::after`](ListEvents::after)): The cursor the previous page gave.
    /// - `limit` (query parameter `limit`, optional; set with [`ListEvents::limit`](ListEvents::limit))
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
    pub fn list_events(&self) -> ListEvents<'a> {
        self.client
            .request_for(ListEventsParameters {
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
    /// - `take` (query parameter `take`, optional; set with [`ListLogs::take`](ListLogs::take)): Default: `2`.
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
    pub fn list_logs(&self, skip: i32) -> ListLogs<'a> {
        self.client
            .request_for(ListLogsParameters {
                skip,
                take: None,
            })
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
    pub fn submit_form(&self, body: crate::models::SubmitFormBody) -> SubmitForm<'a> {
        self.client.request_for(SubmitFormParameters { body })
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
    pub fn get_with_header_key(&self) -> GetWithHeaderKey<'a> {
        self.client.request_for(GetWithHeaderKeyParameters)
    }
    /// Authenticates with an API key in the query
    ///
    /// `GET /keyed/query`
    ///
    /// # Parameters
    ///
    /// - `page` (query parameter `page`, optional; set with [`GetWithQueryKey::page`](GetWithQueryKey::page))
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
    pub fn get_with_query_key(&self) -> GetWithQueryKey<'a> {
        self.client
            .request_for(GetWithQueryKeyParameters {
                page: None,
            })
    }
    /// Authenticates with an API key in a cookie
    ///
    /// `GET /keyed/cookie`
    ///
    /// # Parameters
    ///
    /// - `session` (cookie parameter `session`, optional; set with [`GetWithCookieKey::session`](GetWithCookieKey::session))
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
    pub fn get_with_cookie_key(&self) -> GetWithCookieKey<'a> {
        self.client
            .request_for(GetWithCookieKeyParameters {
                session: None,
            })
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
    pub fn get_with_basic_auth(&self) -> GetWithBasicAuth<'a> {
        self.client.request_for(GetWithBasicAuthParameters)
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
    pub fn copy_item(&self, item_id: impl AsRef<str>) -> CopyItem<'a> {
        self.client.request_at([&item_id.as_ref()], CopyItemParameters)
    }
    /// Uploads a file with its description
    ///
    /// `POST /uploads`
    ///
    /// # Parameters
    ///
    /// - `file` (multipart field `file`, required): The file's content.
    /// - `note` (multipart field `note`, optional; set with [`UploadFile::note`](UploadFile::note)): Length: at most 20 characters.
    /// - `tags` (multipart field `tags`, optional; set with [`UploadFile::tags`](UploadFile::tags))
    /// - `order` (multipart field `order`, optional; set with [`UploadFile::order`](UploadFile::order))
    /// - `item` (multipart field `item`, optional; set with [`UploadFile::item`](UploadFile::item))
    /// - `pages_value` (multipart field `pages`, optional; set with [`UploadFile::pages_value`](UploadFile::pages_value))
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
    pub fn upload_file(&self, file: impl Into<Vec<u8>>) -> UploadFile<'a> {
        self.client
            .request_for(UploadFileParameters {
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
    pub fn upload_archive(&self, body: crate::EncodedBody) -> UploadArchive<'a> {
        self.client.request_for(UploadArchiveParameters { body })
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
    pub fn get_item(&self, item_id: impl AsRef<str>) -> GetItem<'a> {
        self.client.request_at([&item_id.as_ref()], GetItemParameters)
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
    pub fn delete_item(&self, item_id: impl AsRef<str>) -> DeleteItem<'a> {
        self.client.request_at([&item_id.as_ref()], DeleteItemParameters)
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
    pub fn get_raw(&self, item_id: impl AsRef<str>) -> GetRaw<'a> {
        self.client.request_at([&item_id.as_ref()], GetRawParameters)
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
    ) -> PutNote<'a> {
        self.client
            .request_at(
                [&item_id.as_ref()],
                PutNoteParameters {
                    body: body.into(),
                },
            )
    }
}

/// A request to `GET /items`: Lists items
///
/// Made by [`ItemsApi::list_items`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type ListItems<'a> = crate::Request<'a, ListItemsParameters>;

/// The parameters of a [`ListItems`](type@ListItems) request, as [`ItemsApi::list_items`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct ListItemsParameters {
    tags: Option<Vec<String>>,
    fields: Option<Vec<String>>,
    limit: Option<i32>,
    order: Option<crate::models::Order>,
    filter: Option<crate::models::ListItemsFilter>,
    search: Option<crate::models::ListItemsSearch>,
    x_trace_id: Option<String>,
    session: Option<String>,
}

impl<'a> ListItems<'a> {
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

impl crate::runtime::Operation for ListItemsParameters {
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

/// A request to `POST /items`: Creates an item
///
/// Made by [`ItemsApi::create_item`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type CreateItem<'a> = crate::Request<'a, CreateItemParameters>;

/// The parameters of a [`CreateItem`](type@CreateItem) request, as [`ItemsApi::create_item`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct CreateItemParameters {
    idempotency_key: Option<String>,
    body: crate::models::Item,
}

impl<'a> CreateItem<'a> {
    /// Makes a repeated creation a no-op
    pub fn idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.parameters.idempotency_key = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for CreateItemParameters {
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

/// A request to `GET /events`: Lists events, a cursor at a time
///
/// Made by [`ItemsApi::list_events`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type ListEvents<'a> = crate::Request<'a, ListEventsParameters>;

/// The parameters of a [`ListEvents`](type@ListEvents) request, as [`ItemsApi::list_events`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct ListEventsParameters {
    after: Option<String>,
    limit: Option<i32>,
}

impl<'a> ListEvents<'a> {
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

impl crate::runtime::Operation for ListEventsParameters {
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

/// A request to `GET /logs`: Lists log lines by offset
///
/// Made by [`ItemsApi::list_logs`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type ListLogs<'a> = crate::Request<'a, ListLogsParameters>;

/// The parameters of a [`ListLogs`](type@ListLogs) request, as [`ItemsApi::list_logs`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct ListLogsParameters {
    skip: i32,
    take: Option<i32>,
}

impl<'a> ListLogs<'a> {
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

impl crate::runtime::Operation for ListLogsParameters {
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

/// A request to `POST /forms`: Submits a form
///
/// Made by [`ItemsApi::submit_form`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type SubmitForm<'a> = crate::Request<'a, SubmitFormParameters>;

/// The parameters of a [`SubmitForm`](type@SubmitForm) request, as [`ItemsApi::submit_form`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct SubmitFormParameters {
    body: crate::models::SubmitFormBody,
}

impl crate::runtime::Operation for SubmitFormParameters {
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

/// A request to `GET /keyed/header`: Authenticates with an API key in a header
///
/// Made by [`ItemsApi::get_with_header_key`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetWithHeaderKey<'a> = crate::Request<'a, GetWithHeaderKeyParameters>;

/// The parameters of a [`GetWithHeaderKey`](type@GetWithHeaderKey) request, as [`ItemsApi::get_with_header_key`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GetWithHeaderKeyParameters;

impl crate::runtime::Operation for GetWithHeaderKeyParameters {
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

/// A request to `GET /keyed/query`: Authenticates with an API key in the query
///
/// Made by [`ItemsApi::get_with_query_key`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetWithQueryKey<'a> = crate::Request<'a, GetWithQueryKeyParameters>;

/// The parameters of a [`GetWithQueryKey`](type@GetWithQueryKey) request, as [`ItemsApi::get_with_query_key`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct GetWithQueryKeyParameters {
    page: Option<i64>,
}

impl<'a> GetWithQueryKey<'a> {
    /// The `page` parameter.
    pub fn page(mut self, value: i64) -> Self {
        self.parameters.page = Some(value);
        self
    }
}

impl crate::runtime::Operation for GetWithQueryKeyParameters {
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

/// A request to `GET /keyed/cookie`: Authenticates with an API key in a cookie
///
/// Made by [`ItemsApi::get_with_cookie_key`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetWithCookieKey<'a> = crate::Request<'a, GetWithCookieKeyParameters>;

/// The parameters of a [`GetWithCookieKey`](type@GetWithCookieKey) request, as [`ItemsApi::get_with_cookie_key`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct GetWithCookieKeyParameters {
    session: Option<String>,
}

impl<'a> GetWithCookieKey<'a> {
    /// The `session` parameter.
    pub fn session(mut self, value: impl Into<String>) -> Self {
        self.parameters.session = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for GetWithCookieKeyParameters {
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

/// A request to `GET /keyed/basic`: Authenticates with a user name and password
///
/// Made by [`ItemsApi::get_with_basic_auth`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetWithBasicAuth<'a> = crate::Request<'a, GetWithBasicAuthParameters>;

/// The parameters of a [`GetWithBasicAuth`](type@GetWithBasicAuth) request, as [`ItemsApi::get_with_basic_auth`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GetWithBasicAuthParameters;

impl crate::runtime::Operation for GetWithBasicAuthParameters {
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

/// A request to `POST /items/{itemId}/copies`: Copies an item now, later, or not at all
///
/// Made by [`ItemsApi::copy_item`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type CopyItem<'a> = crate::Request<'a, CopyItemParameters>;

/// The parameters of a [`CopyItem`](type@CopyItem) request, as [`ItemsApi::copy_item`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct CopyItemParameters;

impl crate::runtime::Operation for CopyItemParameters {
    type Output = CopyItemResponse;
    type Error = CopyItemError;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "copyItem",
        method: ::reqwest::Method::POST,
        template: "/items/{itemId}/copies",
        accept: Some("application/json, text/plain"),
        success: &[201, 202, 204],
        errors: &[404, 409],
        ..crate::runtime::Description::USUAL
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

/// A request to `POST /uploads`: Uploads a file with its description
///
/// Made by [`ItemsApi::upload_file`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type UploadFile<'a> = crate::Request<'a, UploadFileParameters>;

/// The parameters of a [`UploadFile`](type@UploadFile) request, as [`ItemsApi::upload_file`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct UploadFileParameters {
    file: Vec<u8>,
    note: Option<String>,
    tags: Option<Vec<String>>,
    order: Option<crate::models::Order>,
    item: Option<crate::models::Item>,
    pages_value: Option<Vec<Vec<u8>>>,
}

impl<'a> UploadFile<'a> {
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

impl crate::runtime::Operation for UploadFileParameters {
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

/// A request to `POST /archives`: Uploads an archive as a multipart body whose parts the spec leaves out
///
/// Made by [`ItemsApi::upload_archive`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type UploadArchive<'a> = crate::Request<'a, UploadArchiveParameters>;

/// The parameters of a [`UploadArchive`](type@UploadArchive) request, as [`ItemsApi::upload_archive`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct UploadArchiveParameters {
    body: crate::EncodedBody,
}

impl crate::runtime::Operation for UploadArchiveParameters {
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

/// A request to `GET /items/{itemId}`: Fetches one item
///
/// Made by [`ItemsApi::get_item`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetItem<'a> = crate::Request<'a, GetItemParameters>;

/// The parameters of a [`GetItem`](type@GetItem) request, as [`ItemsApi::get_item`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GetItemParameters;

impl crate::runtime::Operation for GetItemParameters {
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

/// A request to `DELETE /items/{itemId}`: Deletes an item without credentials
///
/// Made by [`ItemsApi::delete_item`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type DeleteItem<'a> = crate::Request<'a, DeleteItemParameters>;

/// The parameters of a [`DeleteItem`](type@DeleteItem) request, as [`ItemsApi::delete_item`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DeleteItemParameters;

impl crate::runtime::Operation for DeleteItemParameters {
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

/// A request to `GET /items/{itemId}/note`: Fetches the note as bytes
///
/// Made by [`ItemsApi::get_raw`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type GetRaw<'a> = crate::Request<'a, GetRawParameters>;

/// The parameters of a [`GetRaw`](type@GetRaw) request, as [`ItemsApi::get_raw`] and the request's setters fill them in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GetRawParameters;

impl crate::runtime::Operation for GetRawParameters {
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

/// A request to `PUT /items/{itemId}/note`: Replaces the note of an item
///
/// Made by [`ItemsApi::put_note`]. Set optional parameters with its methods, then `.await` it or call [`send`](crate::Request::send).
pub type PutNote<'a> = crate::Request<'a, PutNoteParameters>;

/// The parameters of a [`PutNote`](type@PutNote) request, as [`ItemsApi::put_note`] and the request's setters fill them in.
#[derive(Debug, Clone)]
pub struct PutNoteParameters {
    body: String,
}

impl crate::runtime::Operation for PutNoteParameters {
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
