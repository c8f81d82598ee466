//! Prose from the spec written as rustdoc that renders as intended and cannot break the code.
//!
//! Spec descriptions are Markdown meant for web pages: code fences would become doctests,
//! `[x]` would become broken intra-doc links, and HTML or bare URLs make rustdoc warn.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::ir::{Constraints, Docs};

/// `#[doc]` attributes for the paragraphs, separated by blank doc lines; empty ones are skipped.
pub fn attrs(paragraphs: &[String]) -> TokenStream {
    lines(paragraphs).map(|line| doc_literal(&line)).map(|line| quote!(#[doc = #line])).collect()
}

/// Inner `#![doc]` attributes, for the crate root.
pub fn inner_attrs(paragraphs: &[String]) -> TokenStream {
    lines(paragraphs).map(|line| doc_literal(&line)).map(|line| quote!(#![doc = #line])).collect()
}

/// A line of docs as a raw string literal, which says the same to rustdoc and to prettyplease:
/// a raw literal is read back as the text between its quotes, where an escaped one is unescaped
/// a character at a time, and docs are most of the text a large API's crate is formatted from.
fn doc_literal(line: &str) -> Literal {
    // Enough hashes that no quote in the line, with the hashes after it, ends the literal.
    let longest_run = line.split('"').skip(1).map(|after| after.len() - after.trim_start_matches('#').len()).max();
    let hashes = longest_run.map_or(0, |run| run + 1);
    // A raw literal cannot hold a carriage return of its own, nor have over 255 hashes.
    if line.contains('\r') || hashes > 255 {
        return Literal::string(line);
    }
    let hashes = "#".repeat(hashes);
    format!("r{hashes}\"{line}\"{hashes}").parse().unwrap_or_else(|_| Literal::string(line))
}

fn lines(paragraphs: &[String]) -> impl Iterator<Item = String> + '_ {
    let paragraphs = paragraphs.iter().filter(|paragraph| !paragraph.trim().is_empty());
    paragraphs.enumerate().flat_map(|(index, paragraph)| {
        let separator = (index > 0).then(String::new);
        separator.into_iter().chain(
            paragraph.lines().map(|line| if line.is_empty() { String::new() } else { format!(" {}", visible(line)) }),
        )
    })
}

/// Characters that reorder how text displays (Unicode bidirectional controls): in source they
/// can make code read other than it runs, and rustc denies them in comments and literals.
const BIDI_CONTROLS: &[char] =
    &['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

/// `text` with each bidirectional control written out as its escape, e.g. `\u{202e}`.
pub fn visible(text: &str) -> String {
    if !text.contains(BIDI_CONTROLS) {
        return text.to_owned();
    }
    text.chars()
        .map(|c| if BIDI_CONTROLS.contains(&c) { c.escape_unicode().to_string() } else { c.to_string() })
        .collect()
}

/// Spec text for one line of Markdown, such as a heading: safe as prose, without line breaks,
/// backticks or HTML comments that could open a code block or hide what follows.
pub fn inline(text: &str) -> String {
    let line: String = from_html(text).split_whitespace().collect::<Vec<_>>().join(" ");
    visible(&inline_markdown(&line.replace('`', "'")))
}

/// The title and description of an item as Markdown paragraphs; `fallback` when there are none.
/// A title that is a single word is a name (it already names the type), not prose.
pub fn prose(docs: &Docs, fallback: impl FnOnce() -> String) -> Vec<String> {
    let title = docs.title.as_deref().filter(|title| {
        title.trim().contains(char::is_whitespace)
            && docs.description.as_deref().is_none_or(|description| !description.starts_with(title.trim()))
    });
    let paragraphs: Vec<String> =
        title.into_iter().chain(docs.description.as_deref()).map(markdown).filter(|text| !text.is_empty()).collect();
    if paragraphs.is_empty() { vec![fallback()] } else { paragraphs }
}

/// `text` as inline code, with a fence long enough for any backticks inside it. Blank text, which
/// a code span cannot show, is shown as its JSON string: `""`.
pub fn code(text: &str) -> String {
    if text.trim().is_empty() {
        return format!("`{}`", serde_json::Value::from(text));
    }
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// The constraints as sentences, e.g. "Length: 1 to 255 characters."
pub fn constraints(constraints: &Constraints) -> Option<String> {
    let mut sentences = Vec::new();
    if let Some(range) = range(constraints.min_length.map(|n| n as f64), constraints.max_length.map(|n| n as f64)) {
        let unit = if range.ends_with(" 1") { "character" } else { "characters" };
        sentences.push(format!("Length: {range} {unit}."));
    }
    if let Some(pattern) = &constraints.pattern {
        sentences.push(format!("Must match the regular expression {}.", code(pattern)));
    }
    let bound_text = |bound: &crate::ir::Bound, inclusive: &str, exclusive: &str| {
        format!("{} {}", if bound.exclusive { exclusive } else { inclusive }, number(bound.value))
    };
    match (&constraints.minimum, &constraints.maximum) {
        (Some(min), Some(max)) if !min.exclusive && !max.exclusive => {
            sentences.push(format!("Range: {} to {}.", number(min.value), number(max.value)));
        }
        (min, max) => {
            let min = min.as_ref().map(|min| bound_text(min, "at least", "greater than"));
            let max = max.as_ref().map(|max| bound_text(max, "at most", "less than"));
            let parts: Vec<String> = min.into_iter().chain(max).collect();
            if !parts.is_empty() {
                sentences.push(format!("Value: {}.", parts.join(" and ")));
            }
        }
    }
    if let Some(range) = range(constraints.min_items.map(|n| n as f64), constraints.max_items.map(|n| n as f64)) {
        sentences.push(format!("Number of items: {range}."));
    }
    if let Some(format) = &constraints.format {
        sentences.push(format!("Format: {}.", code(format)));
    }
    if !constraints.allowed.is_empty() {
        let values: Vec<String> = constraints.allowed.iter().map(|value| code(&value.to_string())).collect();
        sentences.push(format!("Allowed values: {}.", values.join(", ")));
    }
    if let Some(default) = &constraints.default {
        sentences.push(format!("Default: {}.", code(&default.to_string())));
    }
    (!sentences.is_empty()).then(|| sentences.join(" "))
}

fn range(min: Option<f64>, max: Option<f64>) -> Option<String> {
    match (min, max) {
        (Some(min), Some(max)) if min == max => Some(format!("exactly {}", number(min))),
        (Some(min), Some(max)) => Some(format!("{} to {}", number(min), number(max))),
        (Some(min), None) => Some(format!("at least {}", number(min))),
        (None, Some(max)) => Some(format!("at most {}", number(max))),
        (None, None) => None,
    }
}

fn number(value: f64) -> String {
    value.to_string()
}

/// Spec Markdown made safe for rustdoc, ending as a sentence so more text can follow it.
pub fn sentence(text: &str) -> String {
    let text = markdown(text);
    if text.is_empty() || text.ends_with(['.', '!', '?', ':', '`']) { text } else { format!("{text}.") }
}

/// Spec Markdown made safe for rustdoc.
pub fn markdown(text: &str) -> String {
    let text = visible(text);
    let mut out = Vec::new();
    let mut fence: Option<String> = None;
    // Prose is escaped a paragraph at a time: a link or a code span may go on to the next line.
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, out: &mut Vec<String>| {
        if !paragraph.is_empty() {
            out.push(inline_markdown(&from_html(&paragraph.join("\n"))));
            paragraph.clear();
        }
    };
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for line in text.lines() {
        let trimmed = line.trim();
        match fence.take() {
            Some(open) if trimmed.starts_with(open.as_str()) && trimmed.trim_start_matches(['`', '~']).is_empty() => {
                out.push(open);
            }
            Some(open) => {
                out.push(line.trim_end().to_owned());
                fence = Some(open);
            }
            None if opens_fence(trimmed) => {
                flush(&mut paragraph, &mut out);
                let marker: String = trimmed.chars().take_while(|c| *c == '`' || *c == '~').collect();
                // Every fence becomes `text` so that examples in the spec are never compiled as doctests.
                out.push(format!("{marker}text"));
                fence = Some(marker);
            }
            None if trimmed.is_empty() => {
                flush(&mut paragraph, &mut out);
                out.push(String::new());
            }
            None => paragraph.push(trimmed),
        }
    }
    flush(&mut paragraph, &mut out);
    if let Some(open) = fence {
        out.push(open);
    }
    out.join("\n").trim().to_owned()
}

/// The HTML that API descriptions use (AWS's and Jira's are written in it) as the Markdown
/// rustdoc reads: paragraphs, line breaks, lists, code, emphasis and links. An inline tag counts
/// only when it is closed later in the text; any other `<` is left as text, to be escaped.
fn from_html(text: &str) -> String {
    if !text.contains('<') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    // The inline tags open at this point, innermost last, with a link's destination.
    let mut open: Vec<(String, Option<String>)> = Vec::new();
    let mut rest = text;
    // The backticks of the text before `rest`, whose parity says whether it is in a code span.
    let mut backticks = 0;
    while let Some(start) = rest.find('<') {
        let in_code = open.iter().any(|(name, _)| INLINE_CODE.contains(&name.as_str()));
        push_html_text(&mut out, &rest[..start], in_code);
        backticks += rest[..start].matches('`').count();
        let after = &rest[start..];
        // A tag in the spec's code span is shown as written.
        let in_code_span = !in_code && backticks % 2 == 1;
        let tag = html_tag(after).filter(|_| !in_code_span);
        match tag.and_then(|tag| html_markdown(&tag, &after[tag.len..], &mut open).map(|text| (tag.len, text))) {
            // A code span cannot go on past its paragraph, so a break in one is a space.
            Some((len, markdown)) if in_code && markdown.contains('\n') => {
                out.push(' ');
                rest = &after[len..];
            }
            Some((len, markdown)) => {
                backticks += after[..len].matches('`').count();
                // AWS writes `<li> <p>text</p> </li>`: the item's paragraph starts on its line.
                let item_starts = out.trim_end().ends_with("\n-") || out.trim_end() == "-";
                if !(item_starts && markdown == "\n\n") {
                    out.push_str(&markdown);
                }
                rest = &after[len..];
            }
            None => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    push_html_text(&mut out, rest, false);
    let lines: Vec<&str> = out.lines().map(str::trim_end).collect();
    let mut tidy = lines.join("\n");
    while tidy.contains("\n\n\n") {
        tidy = tidy.replace("\n\n\n", "\n\n");
    }
    tidy.trim().to_owned()
}

/// Tags whose text is code, shown as an inline code span.
const INLINE_CODE: &[&str] = &["code", "tt", "kbd", "samp"];

/// A tag at the start of some text: `<name attributes>` or `</name>`, and its length.
struct HtmlTag {
    name: String,
    closing: bool,
    attributes: String,
    len: usize,
}

fn html_tag(text: &str) -> Option<HtmlTag> {
    let inner = text.strip_prefix('<')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(inner) => (true, inner),
        None => (false, inner),
    };
    let name_len = inner.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(inner.len());
    let name = &inner[..name_len];
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = inner.find('>')?;
    let attributes = &inner[name_len..end];
    let separated = attributes.is_empty() || attributes.starts_with([' ', '/', '\n', '\t']);
    (separated && !attributes.contains('<')).then(|| HtmlTag {
        name: name.to_ascii_lowercase(),
        closing,
        attributes: attributes.to_owned(),
        len: text.len() - inner.len() + end + 1,
    })
}

/// The Markdown for `tag`, followed by `after`; `None` for a tag left as text.
fn html_markdown(tag: &HtmlTag, after: &str, open: &mut Vec<(String, Option<String>)>) -> Option<String> {
    let name = tag.name.as_str();
    match name {
        "p" | "div" | "note" | "important" | "ul" | "ol" | "dl" | "dt" | "dd" | "pre" | "blockquote" | "h1" | "h2"
        | "h3" | "h4" | "h5" | "h6" | "br" | "hr" => Some("\n\n".to_owned()),
        "li" if tag.closing => Some(String::new()),
        "li" => Some("\n- ".to_owned()),
        "span" | "fullname" | "u" | "sup" | "sub" | "small" | "font" => Some(String::new()),
        _ => {
            let marker = match name {
                _ if INLINE_CODE.contains(&name) => "`",
                "i" | "em" | "cite" | "var" => "*",
                "b" | "strong" => "**",
                "a" => "",
                _ => return None,
            };
            if tag.closing {
                let position = open.iter().rposition(|(opened, _)| opened == name)?;
                let (_, destination) = open.drain(position..).next()?;
                let destination = destination.map(|url| url.replace(' ', "%20").replace(')', "%29"));
                return Some(destination.map_or_else(|| marker.to_owned(), |url| format!("]({url})")));
            }
            if !closed_later(after, name) {
                return None;
            }
            let destination = (name == "a").then(|| html_attribute(&tag.attributes, "href")).flatten();
            let markdown = if destination.is_some() { "[" } else { marker };
            open.push((tag.name.clone(), destination));
            Some(markdown.to_owned())
        }
    }
}

/// Whether `after` closes the tag `name` (in any case).
fn closed_later(after: &str, name: &str) -> bool {
    after.match_indices("</").any(|(at, _)| {
        let tag = &after.as_bytes()[at + 2..];
        tag.len() > name.len() && tag[..name.len()].eq_ignore_ascii_case(name.as_bytes()) && tag[name.len()] == b'>'
    })
}

/// The value of the attribute `name`, quoted with `"` or `'`.
fn html_attribute(attributes: &str, name: &str) -> Option<String> {
    let at = attributes.to_ascii_lowercase().find(&format!("{name}="))? + name.len() + 1;
    let value = &attributes[at..];
    let quote = value.chars().next().filter(|quote| matches!(quote, '"' | '\''))?;
    let value = &value[1..];
    let end = value.find(quote)?;
    Some(value[..end].to_owned())
}

/// Text between tags: in code, its entities decoded, since a code span shows them as written;
/// at the start of a list item, without the spaces before it.
fn push_html_text(out: &mut String, text: &str, in_code: bool) {
    let text = if out.ends_with("\n- ") || out == "- " { text.trim_start() } else { text };
    if !in_code || !text.contains('&') {
        out.push_str(text);
        return;
    }
    let decoded = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&")]
        .iter()
        .fold(text.to_owned(), |text, (entity, character)| text.replace(entity, character));
    out.push_str(&decoded);
}

/// Whether a line opens a code block: CommonMark's rule, under which a backtick fence's info
/// string holds no backtick (```` ``` and ``` ```` is prose with code in it).
fn opens_fence(line: &str) -> bool {
    line.starts_with("~~~") || line.starts_with("```") && !line.trim_start_matches('`').contains('`')
}

/// Escapes what rustdoc would misread in one line of prose outside code blocks.
fn inline_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_code = false;
    let chars: Vec<char> = line.chars().collect();
    let mut index = 0;
    while index < chars.len() {
        let character = chars[index];
        let rest_starts_with = |prefix: &str| starts_at(&chars, index, prefix);
        match character {
            '`' => {
                in_code = !in_code;
                out.push(character);
            }
            _ if in_code => out.push(character),
            '[' | ']' if !is_markdown_link(&chars, index) => {
                out.push('\\');
                out.push(character);
            }
            '<' if rest_starts_with("<http") && chars[index..].contains(&'>') => {
                let end = index + chars[index..].iter().position(|c| *c == '>').map_or(0, |len| len + 1);
                out.extend(&chars[index..end]);
                index = end;
                continue;
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            'h' if (rest_starts_with("https://") || rest_starts_with("http://"))
                && !follows_link_opener(&chars, index) =>
            {
                let end = chars[index..].iter().position(|c| c.is_whitespace()).map_or(chars.len(), |len| index + len);
                let url: String = chars[index..end].iter().collect();
                let trailing = url.len() - url.trim_end_matches(['.', ',', ';', ':', ')']).len();
                let (url, tail) = url.split_at(url.len() - trailing);
                // A template such as `https://<host>:<port>` is no link, and its brackets no HTML.
                let template = url.contains(['<', '>', '{', '}']) && !url.contains('`');
                out.push_str(&if template { format!("`{url}`{tail}") } else { format!("<{url}>{tail}") });
                index = end;
                continue;
            }
            '&' if !chars.get(index + 1).is_some_and(|c| c.is_ascii_alphanumeric() || *c == '#') => {
                out.push_str("&amp;");
            }
            _ => out.push(character),
        }
        index += 1;
    }
    if in_code { format!("{out}`") } else { out }
}

/// Whether the characters from `index` on begin with `prefix`.
fn starts_at(chars: &[char], index: usize, prefix: &str) -> bool {
    prefix.chars().enumerate().all(|(offset, expected)| chars.get(index + offset) == Some(&expected))
}

/// True for the brackets of `[text](url)`, which rustdoc renders as an ordinary link.
fn is_markdown_link(chars: &[char], index: usize) -> bool {
    match chars[index] {
        '[' => {
            let close = chars[index..].iter().position(|c| *c == ']').map(|offset| index + offset);
            close.is_some_and(|close| chars.get(close + 1) == Some(&'(') && is_url(&chars[close + 2..]))
        }
        // A `]` closes a link when the `[` before it opens one that it closes.
        _ => chars[..index].iter().rposition(|c| *c == '[').is_some_and(|open| {
            let close = chars[open..].iter().position(|c| *c == ']').map(|offset| open + offset);
            close == Some(index) && is_markdown_link(chars, open)
        }),
    }
}

/// Whether a link's destination, up to its `)`, is a URL or an anchor. rustdoc reads any other
/// destination, such as `Pet` or Jira's `em>#expansion`, as a Rust path, and warns that it
/// resolves to nothing.
fn is_url(destination: &[char]) -> bool {
    let end = destination.iter().position(|c| *c == ')').unwrap_or(destination.len());
    let destination = &destination[..end];
    destination.first() == Some(&'#') || destination.iter().any(|c| matches!(c, '/' | ':'))
}

/// Whether the URL at `index` is already a link's target, after `[text](`. A URL in plain
/// parentheses, "code (https://…)", is bare, as is one after a `<` that no `>` closes (an
/// autolink that is closed was kept whole before reaching here).
fn follows_link_opener(chars: &[char], index: usize) -> bool {
    index >= 2 && chars[index - 1] == '(' && chars[index - 2] == ']' && is_markdown_link(chars, index - 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Bound;
    use quote::ToTokens;

    #[test]
    fn bidirectional_controls_are_written_out_and_titles_stay_one_safe_line() {
        assert_eq!(markdown("a\u{202E}b"), "a\\u{202e}b");
        assert_eq!(inline("Pets ```rust\n<!-- x"), "Pets '''rust &lt;!-- x");
    }

    #[test]
    fn fences_become_text_blocks() {
        let text = "Example:\n```json\n{\"a\": [1]}\n```\nend";
        assert_eq!(markdown(text), "Example:\n```text\n{\"a\": [1]}\n```\nend");
        assert_eq!(markdown("```\nunclosed"), "```text\nunclosed\n```");
        assert_eq!(markdown("``` is a fence ``` in prose\nend"), "``` is a fence ``` in prose\nend");
        assert_eq!(markdown("see [the\nguide](https://x.io/g)."), "see [the\nguide](https://x.io/g).");
        assert_eq!(markdown("Format: https://<host>:<port>."), "Format: `https://<host>:<port>`.");
        assert_eq!(markdown("a `code\nspan` [b]\n\n[c"), "a `code\nspan` \\[b\\]\n\n\\[c");
    }

    #[test]
    fn prose_is_escaped_but_code_and_links_are_kept() {
        assert_eq!(markdown("a [b] <id> c"), "a \\[b\\] &lt;id&gt; c");
        assert_eq!(
            markdown("see [docs](https://x.io/a) and `Vec<[u8]>`"),
            "see [docs](https://x.io/a) and `Vec<[u8]>`"
        );
        assert_eq!(markdown("at https://x.io/a. Done"), "at <https://x.io/a>. Done");
        assert_eq!(markdown("code (https://x.io/a)"), "code (<https://x.io/a>)");
        assert_eq!(markdown("E.123(https://x.io/a)."), "E.123(<https://x.io/a>).");
        assert_eq!(markdown("open <https://x.io/a"), "open &lt;<https://x.io/a>");
        assert_eq!(markdown("kept <https://x.io/?a&b> as is"), "kept <https://x.io/?a&b> as is");
        assert_eq!(markdown("*/ closes nothing"), "*/ closes nothing");
        assert_eq!(markdown("    indented"), "indented");
        assert_eq!(markdown("Tom & Jerry &amp; co"), "Tom &amp; Jerry &amp; co");
        assert_eq!(markdown("see [a](#b), [c](/d) and [e](mailto:f)"), "see [a](#b), [c](/d) and [e](mailto:f)");
        assert_eq!(
            markdown("use [expand](em>#expansion) or [g](Pet)"),
            "use \\[expand\\](em&gt;#expansion) or \\[g\\](Pet)"
        );
    }

    #[test]
    fn html_becomes_markdown() {
        let aws = "<p>Creates a <a>Thing</a>. See <a href=\"https://x.io/a b\">the guide</a>.</p> <p>Use <code>a &lt; b</code>, <i>not</i> <b>this</b>:</p> <ul> <li> <p>one</p> </li> <li>two</li> </ul>";
        assert_eq!(
            markdown(aws),
            "Creates a Thing. See [the guide](https://x.io/a%20b).\n\nUse `a < b`, *not* **this**:\n\n- one\n\n- two"
        );
        assert_eq!(markdown("a <b> c, x<br/>y"), "a &lt;b&gt; c, x\n\ny", "an unclosed inline tag stays text");
        assert_eq!(markdown("`<b>x</b>` and <B>y</B>"), "`<b>x</b>` and **y**", "code spans are kept as written");
        assert_eq!(markdown("```\n<p>kept</p>\n```"), "```text\n<p>kept</p>\n```");
        assert_eq!(
            markdown("Vec<T> </i> <unknown>x</unknown>"),
            "Vec&lt;T&gt; &lt;/i&gt; &lt;unknown&gt;x&lt;/unknown&gt;"
        );
        assert_eq!(inline("<p>A</p><p>B</p>"), "A B");
        assert_eq!(markdown("<code>GET https://x.io/?<br>a=1</code>"), "`GET https://x.io/? a=1`");
        assert_eq!(
            markdown("via []Nook Shopping](https://x.io/n)."),
            "via \\[\\]Nook Shopping\\](<https://x.io/n>).",
            "a `](` whose `[` opens no link is text, and its URL is bare"
        );
    }

    #[test]
    fn inline_code_uses_a_long_enough_fence() {
        assert_eq!(code("^[a-z]$"), "`^[a-z]$`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`"), "`` ` ``");
    }

    #[test]
    fn blank_inline_code_shows_its_json_string() {
        assert_eq!(code(""), "`\"\"`");
        assert_eq!(code(" \t"), "`\" \\t\"`");
    }

    #[test]
    fn constraints_read_as_sentences() {
        let constraints = Constraints {
            min_length: Some(1),
            max_length: Some(255),
            minimum: Some(Bound { value: 5.0, exclusive: false }),
            maximum: Some(Bound { value: 3600.0, exclusive: false }),
            max_items: Some(100),
            default: Some(serde_json::json!("0")),
            ..Constraints::default()
        };
        assert_eq!(
            constraints_text(&constraints),
            "Length: 1 to 255 characters. Range: 5 to 3600. Number of items: at most 100. Default: `\"0\"`."
        );
        let exclusive = Constraints { minimum: Some(Bound { value: 0.5, exclusive: true }), ..Constraints::default() };
        assert_eq!(constraints_text(&exclusive), "Value: greater than 0.5.");
        assert_eq!(super::constraints(&Constraints::default()), None);
    }

    fn constraints_text(value: &Constraints) -> String {
        constraints(value).expect("constraints present")
    }

    #[test]
    fn attributes_separate_paragraphs() {
        let tokens = attrs(&["One".to_owned(), String::new(), "Two\nlines".to_owned()]);
        assert_eq!(
            tokens.to_string(),
            quote!(#[doc = r" One"] #[doc = r""] #[doc = r" Two"] #[doc = r" lines"]).to_string()
        );
    }

    #[test]
    fn doc_lines_keep_their_text_whatever_quotes_hashes_and_escapes_they_hold() {
        // Rust allows at most 255 hashes around a raw literal.
        let many_hashes = format!("\"{}", "#".repeat(300));
        let lines = ["plain", "a \"quote\"", "\"# and \"## ends", "back\\slash \\n", "tab\there", "cr\rhere", "nul\0"];
        for line in lines.into_iter().chain(["\"", "#\"#", &many_hashes]) {
            let literal: syn::LitStr = syn::parse2(doc_literal(line).into_token_stream()).expect("a string literal");
            assert_eq!(literal.value(), line);
        }
        assert_eq!(doc_literal("no quotes").to_string(), "r\"no quotes\"");
        assert_eq!(doc_literal("say \"#hi\"").to_string(), "r##\"say \"#hi\"\"##");
        assert!(doc_literal(&many_hashes).to_string().starts_with("\"\\\"###"), "escaped, not raw");
    }
}
