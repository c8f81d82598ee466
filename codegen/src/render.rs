//! Rendering: tokens -> formatted source text, headed by the preamble.

use proc_macro2::TokenStream;

use crate::diagnostics::Error;
use crate::emit::Block;

/// Formats a file given as tokens, headed by the preamble.
pub fn rust(path: &str, tokens: TokenStream, preamble: &str) -> Result<String, Error> {
    let file = syn::parse2::<syn::File>(tokens).map_err(|error| internal(path, &error))?;
    Ok(parsed(file, preamble))
}

/// Formats a file given as syntax, headed by the preamble.
pub fn parsed(file: syn::File, preamble: &str) -> String {
    format!("{preamble}\n{}", formatted(file))
}

/// Markdown text from its blocks, separated by blank lines, each program formatted as a code block.
pub fn markdown(path: &str, blocks: Vec<Block>) -> Result<String, Error> {
    let mut sections = Vec::with_capacity(blocks.len());
    for block in blocks {
        sections.push(match block {
            Block::Text(text) => text,
            Block::Code { info, program } => {
                let file = syn::parse2::<syn::File>(program).map_err(|error| internal(path, &error))?;
                format!("```{info}\n{}```", formatted(file))
            }
        });
    }
    Ok(sections.join("\n\n") + "\n")
}

fn internal(path: &str, error: &syn::Error) -> Error {
    Error::Render { file: path.to_owned(), message: error.to_string() }
}

/// Items written as one-line declarations that stay together when consecutive: `use`s, and
/// `mod`s whose body is in another file.
fn declaration_kind(item: &syn::Item) -> Option<&'static str> {
    match item {
        syn::Item::Use(_) => Some("use"),
        syn::Item::Mod(module) if module.content.is_none() => Some("mod"),
        _ => None,
    }
}

/// The tokens as formatted source, with a blank line between items as a person would write
/// them (consecutive `use` and `mod` declarations stay together).
fn formatted(file: syn::File) -> String {
    // One attribute at a time: prettyplease keeps an inner `#![doc = include_str!(..)]` and the
    // attribute after it on one line.
    let mut text: String = file
        .attrs
        .into_iter()
        .map(|attr| {
            let line = prettyplease::unparse(&syn::File { shebang: None, attrs: vec![attr], items: Vec::new() });
            format!("{}\n", line.trim_end())
        })
        .collect();
    let mut previous_kind = None;
    for item in file.items {
        let kind = declaration_kind(&item);
        if !(text.is_empty() || kind.is_some() && kind == previous_kind) {
            text.push('\n');
        }
        previous_kind = kind;
        text.push_str(&prettyplease::unparse(&syn::File { shebang: None, attrs: Vec::new(), items: vec![item] }));
    }
    text
}

#[cfg(test)]
mod tests {
    use quote::quote;

    #[test]
    fn items_are_separated_by_one_blank_line_and_uses_stay_together() {
        let tokens = quote! {
            //! Module docs.
            use a::b;
            use c::d;
            /// One.
            pub struct One;
            pub struct Two;
        };
        let text = super::rust("x.rs", tokens, "// head\n").expect("renders");
        assert_eq!(
            text,
            "// head\n\n//! Module docs.\n\nuse a::b;\nuse c::d;\n\n/// One.\npub struct One;\n\npub struct Two;\n"
        );
    }

    #[test]
    fn unparsable_tokens_are_an_internal_error_not_a_panic() {
        let error = super::rust("x.rs", quote!(pub struct), "").expect_err("not a file");
        assert!(error.to_string().starts_with("internal error while rendering x.rs"), "{error}");
    }
}
