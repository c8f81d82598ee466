//! The public API of a generated crate, read from its source with `syn`: every item a user can
//! name, with its signature and its docs, keyed by its Rust path (`models::InstanceOrg::name`).
//!
//! It reads the shape the generator writes (a root module declaring one file per module, and
//! re-exporting some items of private ones), not arbitrary Rust.

use std::collections::{BTreeMap, BTreeSet};

use quote::ToTokens;
use syn::{Attribute, Fields, ImplItem, Item as SynItem, TraitItem, Type, Visibility};

/// What kind of item an entry is, with what decides how changes to it count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Module,
    /// A struct, and whether callers can write it as a literal: unless it is
    /// `#[non_exhaustive]` or has private fields, which are the same to them.
    Struct {
        literal: bool,
    },
    Field,
    Enum {
        non_exhaustive: bool,
    },
    Variant,
    TypeAlias,
    Function,
    Method,
    Constant,
    Trait,
    /// A method or type of a public trait; callers implementing the trait must provide it
    /// unless it has a default.
    TraitItem {
        has_default: bool,
    },
    TraitImpl,
    /// An associated type of a trait impl, such as the `Output` of an operation.
    AssociatedType,
    Reexport,
}

impl Kind {
    /// The word the report uses for the kind.
    pub fn noun(&self) -> &'static str {
        match self {
            Self::Module => "module",
            Self::Struct { .. } => "struct",
            Self::Field => "field",
            Self::Enum { .. } => "enum",
            Self::Variant => "variant",
            Self::TypeAlias => "type alias",
            Self::Function => "function",
            Self::Method => "method",
            Self::Constant => "constant",
            Self::Trait => "trait",
            Self::TraitItem { .. } => "trait item",
            Self::TraitImpl => "trait impl",
            Self::AssociatedType => "associated type",
            Self::Reexport => "re-export",
        }
    }

    /// Whether callers may write a value of this struct as a literal, so that a field added to
    /// it breaks their code.
    pub fn is_constructible_struct(&self) -> bool {
        matches!(self, Self::Struct { literal: true })
    }

    /// Whether callers may match this enum exhaustively, so that a variant added to it breaks
    /// their code.
    pub fn is_exhaustive_enum(&self) -> bool {
        matches!(self, Self::Enum { non_exhaustive: false })
    }
}

/// One public item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    /// What callers' code depends on, as compact Rust: a type, a signature, generics.
    pub signature: String,
    /// A constant's value, which code compiles against without naming it in a signature.
    pub value: Option<String>,
    pub docs: String,
    /// The item this one belongs to (a field's struct, a method's type), if any.
    pub parent: Option<String>,
}

/// The public API of one crate.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Surface {
    pub entries: BTreeMap<String, Entry>,
}

/// The module a file holds, and whether it is public.
struct Module<'a> {
    name: &'a str,
    file: &'a syn::File,
}

impl Surface {
    /// The public API of the crate whose files (by path relative to the crate root) are given.
    pub fn of(files: &BTreeMap<String, String>) -> Result<Self, String> {
        let parse = |path: &str| -> Result<syn::File, String> {
            let text = files.get(path).ok_or_else(|| format!("{path} is missing"))?;
            syn::parse_file(text).map_err(|error| format!("{path} does not parse as Rust: {error}"))
        };
        let root = parse("src/lib.rs")?;
        let mut public_modules = BTreeSet::new();
        let mut modules = Vec::new();
        for item in &root.items {
            if let SynItem::Mod(module) = item
                && module.content.is_none()
            {
                let name = module.ident.to_string();
                if is_public(&module.vis) {
                    public_modules.insert(name.clone());
                }
                let file = parse(&format!("src/{name}.rs"))?;
                modules.push((name, file));
            }
        }
        let mut surface = Self::default();
        let reexports = surface.read_root(&root);
        let modules: Vec<Module> = std::iter::once(Module { name: "", file: &root })
            .chain(modules.iter().map(|(name, file)| Module { name, file }))
            .collect();
        let names = Names::new(&modules, &public_modules, &reexports);
        for module in &modules {
            if public_modules.contains(module.name) {
                surface.insert(module.name.to_owned(), Kind::Module, String::new(), docs(&module.file.attrs), None);
            }
            for item in &module.file.items {
                surface.read_item(item, module.name, &names);
            }
        }
        let items = || modules.iter().flat_map(|module| module.file.items.iter().map(move |item| (module.name, item)));
        let blankets: Vec<(&syn::Ident, &syn::ItemImpl)> = items()
            .filter_map(|(_, item)| match item {
                SynItem::Impl(block) if block.trait_.is_none() => Some((blanket_impl_target(block)?, block)),
                _ => None,
            })
            .collect();
        for (module, item) in items() {
            if let SynItem::Type(alias) = item
                && is_public(&alias.vis)
            {
                surface.read_alias_items(alias, module, &blankets, &names);
            }
        }
        Ok(surface)
    }

    /// What callers reach through a type alias: `GetItem::ACCEPTED_SCOPES` names an item of an
    /// impl for every `Request<'a, P>`, and an operation's alias is such a `Request`. Bounds on
    /// `P` are the crate's own sealed traits, which every alias the generator writes satisfies.
    fn read_alias_items(
        &mut self,
        alias: &syn::ItemType,
        module: &str,
        blankets: &[(&syn::Ident, &syn::ItemImpl)],
        names: &Names,
    ) {
        let Some(alias_path) = names.public_path(module, &alias.ident.to_string()) else { return };
        let Type::Path(target) = alias.ty.as_ref() else { return };
        if !names.is_own(module, &target.path) {
            return;
        }
        let Some(target) = target.path.segments.last() else { return };
        let generics = pretty_generics(&alias.generics);
        let header = format!("impl{generics} {}{generics}", alias.ident);
        for (_, block) in blankets.iter().filter(|(name, _)| **name == target.ident) {
            self.read_inherent_items(&alias_path, &header, &block.items);
        }
    }

    fn insert(&mut self, path: String, kind: Kind, signature: String, docs: String, parent: Option<String>) {
        self.entries.insert(path, Entry { kind, signature, value: None, docs, parent });
    }

    /// Records the root's re-exports of external crates, and returns those of its own private
    /// modules' items: (module, name) pairs.
    fn read_root(&mut self, root: &syn::File) -> BTreeSet<(String, String)> {
        let mut reexports = BTreeSet::new();
        for item in &root.items {
            let SynItem::Use(using) = item else { continue };
            if !is_public(&using.vis) {
                continue;
            }
            match &using.tree {
                syn::UseTree::Name(name) => {
                    let crate_name = name.ident.to_string();
                    self.insert(
                        crate_name.clone(),
                        Kind::Reexport,
                        format!("pub use {crate_name}"),
                        String::new(),
                        None,
                    );
                }
                syn::UseTree::Path(path) => {
                    let module = path.ident.to_string();
                    let mut names = Vec::new();
                    collect_use_names(&path.tree, &mut names);
                    reexports.extend(names.into_iter().map(|name| (module.clone(), name)));
                }
                _ => {}
            }
        }
        reexports
    }

    fn read_item(&mut self, item: &SynItem, module: &str, names: &Names) {
        let path_of = |ident: &syn::Ident| names.public_path(module, &ident.to_string());
        match item {
            SynItem::Struct(item) if is_public(&item.vis) => {
                let Some(path) = path_of(&item.ident) else { return };
                let private_fields = item.fields.iter().any(|field| !is_public(&field.vis));
                let kind = Kind::Struct { literal: !is_non_exhaustive(&item.attrs) && !private_fields };
                // Callers match a struct they cannot write as a literal only as `Name { .. }`,
                // whatever its shape: a unit one may gain private fields.
                let shape = match &item.fields {
                    _ if !kind.is_constructible_struct() => "{ .. }",
                    Fields::Named(_) => "{ .. }",
                    Fields::Unnamed(_) => "( .. )",
                    Fields::Unit => ";",
                };
                let signature = format!("struct {}{} {shape}", item.ident, pretty_generics(&item.generics));
                self.insert(path.clone(), kind, signature, docs(&item.attrs), None);
                self.read_fields(&path, &item.fields);
                self.read_derives(&path, &item.attrs);
            }
            SynItem::Enum(item) if is_public(&item.vis) => {
                let Some(path) = path_of(&item.ident) else { return };
                let kind = Kind::Enum { non_exhaustive: is_non_exhaustive(&item.attrs) };
                let signature = format!("enum {}{}", item.ident, pretty_generics(&item.generics));
                self.insert(path.clone(), kind, signature, docs(&item.attrs), None);
                for variant in &item.variants {
                    let signature = pretty_fields(&variant.fields);
                    let variant_path = format!("{path}::{}", variant.ident);
                    self.insert(variant_path, Kind::Variant, signature, docs(&variant.attrs), Some(path.clone()));
                }
                self.read_derives(&path, &item.attrs);
            }
            SynItem::Type(item) if is_public(&item.vis) => {
                let Some(path) = path_of(&item.ident) else { return };
                let signature =
                    format!("type {}{} = {}", item.ident, pretty_generics(&item.generics), pretty_type(&item.ty));
                self.insert(path, Kind::TypeAlias, signature, docs(&item.attrs), None);
            }
            SynItem::Const(item) if is_public(&item.vis) => {
                let Some(path) = path_of(&item.ident) else { return };
                let signature = format!("const {}: {}", item.ident, pretty_type(&item.ty));
                self.insert(path.clone(), Kind::Constant, signature, docs(&item.attrs), None);
                if let Some(entry) = self.entries.get_mut(&path) {
                    entry.value = Some(pretty_expr(&item.expr));
                }
            }
            SynItem::Fn(item) if is_public(&item.vis) => {
                let Some(path) = path_of(&item.sig.ident) else { return };
                self.insert(path, Kind::Function, pretty_signature(&item.sig), docs(&item.attrs), None);
            }
            SynItem::Trait(item) if is_public(&item.vis) => {
                let Some(path) = path_of(&item.ident) else { return };
                let signature = format!("trait {}{}", item.ident, pretty_generics(&item.generics));
                self.insert(path.clone(), Kind::Trait, signature, docs(&item.attrs), None);
                for trait_item in &item.items {
                    self.read_trait_item(&path, trait_item);
                }
            }
            SynItem::Impl(item) => self.read_impl(item, module, names),
            _ => {}
        }
    }

    fn read_fields(&mut self, path: &str, fields: &Fields) {
        for (index, field) in fields.iter().enumerate().filter(|(_, field)| is_public(&field.vis)) {
            let name = field.ident.as_ref().map_or_else(|| index.to_string(), ToString::to_string);
            let (signature, docs) = (pretty_type(&field.ty), docs(&field.attrs));
            self.insert(format!("{path}::{name}"), Kind::Field, signature, docs, Some(path.to_owned()));
        }
    }

    /// Each derived trait, as the impl it is.
    fn read_derives(&mut self, path: &str, attrs: &[Attribute]) {
        for attr in attrs.iter().filter(|attr| attr.path().is_ident("derive")) {
            let Ok(derived) =
                attr.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
            else {
                continue;
            };
            for trait_path in derived {
                self.insert_impl(path, &last_segment(&trait_path), String::new());
            }
        }
    }

    fn insert_impl(&mut self, type_path: &str, trait_name: &str, generics: String) {
        let signature = format!("impl{generics} {trait_name} for {type_path}");
        let key = format!("{type_path}: {trait_name}");
        self.insert(key, Kind::TraitImpl, signature, String::new(), Some(type_path.to_owned()));
    }

    fn read_trait_item(&mut self, trait_path: &str, item: &TraitItem) {
        let (name, signature, has_default, attrs) = match item {
            TraitItem::Fn(function) => {
                let signature = pretty_signature(&function.sig);
                (function.sig.ident.to_string(), signature, function.default.is_some(), &function.attrs)
            }
            TraitItem::Type(ty) => {
                let bounds = ty.bounds.iter().map(|bound| quote::quote!(#bound).to_string()).collect::<Vec<_>>();
                (
                    ty.ident.to_string(),
                    format!("type {}: {}", ty.ident, bounds.join(" + ")),
                    ty.default.is_some(),
                    &ty.attrs,
                )
            }
            TraitItem::Const(constant) => {
                let signature = format!("const {}: {}", constant.ident, pretty_type(&constant.ty));
                (constant.ident.to_string(), signature, constant.default.is_some(), &constant.attrs)
            }
            _ => return,
        };
        let kind = Kind::TraitItem { has_default };
        self.insert(format!("{trait_path}::{name}"), kind, signature, docs(attrs), Some(trait_path.to_owned()));
    }

    /// An inherent impl's public methods, or a trait impl with its associated types.
    fn read_impl(&mut self, item: &syn::ItemImpl, module: &str, names: &Names) {
        let Some(type_path) = names.type_path(module, &item.self_ty) else { return };
        if let Some((_, trait_path, _)) = &item.trait_ {
            let trait_name = trait_path.segments.last().map(impl_trait_name).unwrap_or_default();
            // `impl<'de> Deserialize<'de>` written out is what `#[derive(Deserialize)]` makes.
            let lifetimes_only =
                item.generics.params.iter().all(|param| matches!(param, syn::GenericParam::Lifetime(_)))
                    && item.generics.where_clause.is_none();
            let generics = if lifetimes_only { String::new() } else { pretty_generics(&item.generics) };
            // Callers cannot use an impl of a trait they cannot name, but its associated types
            // still reach them: an operation's `Output` is what its request resolves to.
            if names.is_nameable_trait(module, trait_path) {
                self.insert_impl(&type_path, &trait_name, generics);
            }
            for impl_item in &item.items {
                if let ImplItem::Type(associated) = impl_item {
                    let key = format!("{type_path}: {trait_name}::{}", associated.ident);
                    let signature = pretty_type(&associated.ty);
                    self.insert(key, Kind::AssociatedType, signature, String::new(), Some(type_path.clone()));
                }
            }
            return;
        }
        let mut generics = item.generics.clone();
        remove_unnameable_bounds(&mut generics, module, names);
        let header = format!("impl{} {}", pretty_generics(&generics), pretty_type(&item.self_ty));
        // An operation's setters are an impl of the crate's `Request` for that operation alone
        // (`impl<'a> Request<'a, GetItem>`): they are keyed by the operation, so that two
        // operations' setters of one name stay apart.
        let owner = own_type_argument(item).and_then(|argument| names.type_path(module, argument));
        self.read_inherent_items(owner.as_ref().unwrap_or(&type_path), &header, &item.items);
    }

    /// The public methods and constants of an inherent impl of `type_path`, whose header is
    /// `header`.
    fn read_inherent_items(&mut self, type_path: &str, header: &str, items: &[ImplItem]) {
        for impl_item in items {
            let (name, kind, signature, attrs) = match impl_item {
                ImplItem::Fn(function) if is_public(&function.vis) => {
                    let signature = format!("{header} {{ {} }}", pretty_signature(&function.sig));
                    (function.sig.ident.to_string(), Kind::Method, signature, &function.attrs)
                }
                ImplItem::Const(constant) if is_public(&constant.vis) => {
                    let signature = format!("{header} {{ const {}: {} }}", constant.ident, pretty_type(&constant.ty));
                    (constant.ident.to_string(), Kind::Constant, signature, &constant.attrs)
                }
                _ => continue,
            };
            let key = format!("{type_path}::{name}");
            self.insert(key.clone(), kind, signature, docs(attrs), Some(type_path.to_owned()));
            if let ImplItem::Const(constant) = impl_item
                && let Some(entry) = self.entries.get_mut(&key)
            {
                entry.value = Some(pretty_expr(&constant.expr));
            }
        }
    }
}

/// The type argument of `block`'s type that is a type, not a parameter of the impl: `GetItem` in
/// `impl<'a> Request<'a, GetItem>`.
fn own_type_argument(block: &syn::ItemImpl) -> Option<&Type> {
    let Type::Path(self_type) = block.self_ty.as_ref() else { return None };
    let syn::PathArguments::AngleBracketed(arguments) = &self_type.path.segments.last()?.arguments else {
        return None;
    };
    let is_parameter = impl_parameter_test(block);
    arguments.args.iter().find_map(|argument| match argument {
        syn::GenericArgument::Type(ty @ Type::Path(path)) if !is_parameter(&path.path) => Some(ty),
        _ => None,
    })
}

/// Whether a path names one of `block`'s type parameters.
fn impl_parameter_test(block: &syn::ItemImpl) -> impl Fn(&syn::Path) -> bool {
    let parameters: BTreeSet<String> = block.generics.type_params().map(|param| param.ident.to_string()).collect();
    move |path| path.get_ident().is_some_and(|ident| parameters.contains(&ident.to_string()))
}

/// The type `block` is an impl of for any arguments (each of its type arguments a parameter of
/// the impl), if it is one.
fn blanket_impl_target(block: &syn::ItemImpl) -> Option<&syn::Ident> {
    let Type::Path(self_type) = block.self_ty.as_ref() else { return None };
    let last = self_type.path.segments.last()?;
    let is_parameter = impl_parameter_test(block);
    let syn::PathArguments::AngleBracketed(arguments) = &last.arguments else { return None };
    let any_arguments = arguments.args.iter().any(|argument| matches!(argument, syn::GenericArgument::Type(_)))
        && arguments.args.iter().all(|argument| match argument {
            syn::GenericArgument::Type(Type::Path(path)) => is_parameter(&path.path),
            syn::GenericArgument::Lifetime(_) => true,
            _ => false,
        });
    any_arguments.then_some(&last.ident)
}

/// Drops the bounds callers cannot name from an impl's generics: the crate's sealed traits,
/// which no caller's type implements, so that adding or removing one changes nothing for them.
fn remove_unnameable_bounds(generics: &mut syn::Generics, module: &str, names: &Names) {
    for param in generics.type_params_mut() {
        let bounds = std::mem::take(&mut param.bounds);
        param.bounds = bounds
            .into_iter()
            .filter(|bound| match bound {
                syn::TypeParamBound::Trait(bound) => names.is_nameable_trait(module, &bound.path),
                _ => true,
            })
            .collect();
        if param.bounds.is_empty() {
            param.colon_token = None;
        }
    }
}

/// The trait of an impl as its key names it: with its type arguments, since `From<i64>` and
/// `From<&str>` are two impls, but not its lifetimes, which derives leave out.
fn impl_trait_name(segment: &syn::PathSegment) -> String {
    let syn::PathArguments::AngleBracketed(arguments) = &segment.arguments else { return segment.ident.to_string() };
    if arguments.args.iter().all(|argument| matches!(argument, syn::GenericArgument::Lifetime(_))) {
        return segment.ident.to_string();
    }
    pretty_type(&syn::parse_quote!(#segment))
}

/// Where each item of the crate can be named from outside it.
struct Names {
    /// (module, item name) to public path, for items declared public in a public module or
    /// re-exported from a private one.
    paths: BTreeMap<(String, String), String>,
    /// The name of every public item of every module, reachable or not.
    declared: BTreeSet<String>,
    /// (module, name) of each name a module imports from this crate (`use crate::runtime::Validate`).
    imported: BTreeSet<(String, String)>,
}

impl Names {
    fn new(modules: &[Module], public_modules: &BTreeSet<String>, reexports: &BTreeSet<(String, String)>) -> Self {
        let mut paths = BTreeMap::new();
        for module in modules {
            let public = module.name.is_empty() || public_modules.contains(module.name);
            for name in module.file.items.iter().filter_map(declared_name) {
                let key = (module.name.to_owned(), name.clone());
                if public {
                    let prefix = if module.name.is_empty() { String::new() } else { format!("{}::", module.name) };
                    paths.insert(key, format!("{prefix}{name}"));
                } else if reexports.contains(&key) {
                    paths.insert(key, name);
                }
            }
        }
        let declared = modules.iter().flat_map(|module| module.file.items.iter().filter_map(declared_name)).collect();
        let imported = modules
            .iter()
            .flat_map(|module| own_imports(module.file).into_iter().map(|name| (module.name.to_owned(), name)))
            .collect();
        Self { paths, declared, imported }
    }

    /// Whether callers can name the trait `path`, as seen from `module`: another crate's trait,
    /// or one of this crate's that is public. An impl of a trait they cannot name is not theirs to use.
    fn is_nameable_trait(&self, module: &str, path: &syn::Path) -> bool {
        !self.is_own(module, path) || self.public_path(module, &last_segment(path)).is_some()
    }

    /// Whether `path`, as written in `module`, names an item of this crate rather than another's.
    fn is_own(&self, module: &str, path: &syn::Path) -> bool {
        let first = path.segments.first().map(|segment| segment.ident.to_string()).unwrap_or_default();
        let single = (path.segments.len() == 1).then(|| last_segment(path));
        OWN_ROOTS.contains(&first.as_str())
            || single
                .is_some_and(|name| self.declared.contains(&name) || self.imported.contains(&(module.to_owned(), name)))
    }

    /// The public path of the type `ty` as written in `module`: `crate::a::Name` is the item
    /// module `a` declares, or the root re-exports; a bare name is looked up as `public_path` does.
    fn type_path(&self, module: &str, ty: &Type) -> Option<String> {
        let Type::Path(path) = ty else { return None };
        let segments: Vec<String> = path.path.segments.iter().map(|segment| segment.ident.to_string()).collect();
        match segments.split_first() {
            Some((first, [modules @ .., name])) if first == "crate" => {
                let written = segments[1..].join("::");
                self.paths
                    .get(&(modules.join("::"), name.clone()))
                    .or_else(|| self.paths.values().find(|path| **path == written))
                    .cloned()
            }
            _ => self.public_path(module, segments.last()?),
        }
    }

    /// The public path of `name` as seen from `module`: its own items first, then the crate's.
    fn public_path(&self, module: &str, name: &str) -> Option<String> {
        if let Some(path) = self.paths.get(&(module.to_owned(), name.to_owned())) {
            return Some(path.clone());
        }
        let mut elsewhere = self.paths.iter().filter(|((_, item), _)| item == name);
        match (elsewhere.next(), elsewhere.next()) {
            (Some((_, path)), None) => Some(path.clone()),
            _ => None,
        }
    }
}

/// The name a public item of a module declares, if it declares one.
fn declared_name(item: &SynItem) -> Option<String> {
    let (ident, vis) = match item {
        SynItem::Struct(item) => (&item.ident, &item.vis),
        SynItem::Enum(item) => (&item.ident, &item.vis),
        SynItem::Type(item) => (&item.ident, &item.vis),
        SynItem::Const(item) => (&item.ident, &item.vis),
        SynItem::Fn(item) => (&item.sig.ident, &item.vis),
        SynItem::Trait(item) => (&item.ident, &item.vis),
        _ => return None,
    };
    is_public(vis).then(|| ident.to_string())
}

/// The first segments of a path that names an item of this crate.
const OWN_ROOTS: [&str; 3] = ["crate", "super", "self"];

/// The names a file's `use` items bring in from this crate (paths from one of [`OWN_ROOTS`]).
fn own_imports(file: &syn::File) -> Vec<String> {
    let mut names = Vec::new();
    for item in &file.items {
        if let SynItem::Use(using) = item
            && let syn::UseTree::Path(path) = &using.tree
            && OWN_ROOTS.contains(&path.ident.to_string().as_str())
        {
            collect_use_names(&path.tree, &mut names);
        }
    }
    names
}

fn collect_use_names(tree: &syn::UseTree, names: &mut Vec<String>) {
    match tree {
        syn::UseTree::Name(name) => names.push(name.ident.to_string()),
        syn::UseTree::Rename(rename) => names.push(rename.rename.to_string()),
        syn::UseTree::Group(group) => group.items.iter().for_each(|tree| collect_use_names(tree, names)),
        syn::UseTree::Path(path) => collect_use_names(&path.tree, names),
        syn::UseTree::Glob(_) => {}
    }
}

/// The name of the type an impl is for: the last segment of its path.
fn last_segment(path: &syn::Path) -> String {
    path.segments.last().map(|segment| segment.ident.to_string()).unwrap_or_default()
}

fn is_public(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

fn is_non_exhaustive(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|attr| attr.path().is_ident("non_exhaustive"))
}

/// The `#[doc]` text of an item, joined.
fn docs(attrs: &[Attribute]) -> String {
    let lines = attrs.iter().filter(|attr| attr.path().is_ident("doc")).filter_map(|attr| match &attr.meta {
        syn::Meta::NameValue(doc) => match &doc.value {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) => Some(text.value()),
            _ => None,
        },
        _ => None,
    });
    lines.collect::<Vec<_>>().join("\n")
}

/// Std's items that generated code may name by their full path or by their prelude name, which
/// are one item (the generator never gives a type a prelude name), as tokens print.
const STD_PATHS: &[(&str, &str)] = &[
    (":: core :: convert :: Into", "Into"),
    (":: core :: option :: Option", "Option"),
    (":: core :: result :: Result", "Result"),
    (":: std :: boxed :: Box", "Box"),
    (":: std :: string :: String", "String"),
    (":: std :: vec :: Vec", "Vec"),
    (":: chrono ::", "chrono ::"),
    (":: serde_json ::", "serde_json ::"),
];

/// Rust as prettyplease writes it, on one line: `models::Item`, `Option<String>`, with std's
/// items by their prelude names and the crate's by their paths from its root, which is what
/// `crate::models::Item` and a `use` of it both name.
fn pretty(item: SynItem) -> String {
    let tokens = item.to_token_stream().to_string().replace(" crate :: ", " ");
    let canonical = STD_PATHS.iter().fold(tokens, |tokens, (path, name)| tokens.replace(path, name));
    let item = syn::parse_str(&canonical).unwrap_or(item);
    let file = syn::File { shebang: None, attrs: Vec::new(), items: vec![item] };
    prettyplease::unparse(&file).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pretty_type(ty: &Type) -> String {
    let text = pretty(syn::parse_quote!(type T = #ty;));
    text.strip_prefix("type T = ").and_then(|text| text.strip_suffix(';')).unwrap_or(&text).to_owned()
}

fn pretty_expr(expr: &syn::Expr) -> String {
    let text = pretty(syn::parse_quote!(const C: () = #expr;));
    text.strip_prefix("const C: () = ").and_then(|text| text.strip_suffix(';')).unwrap_or(&text).to_owned()
}

fn pretty_signature(signature: &syn::Signature) -> String {
    let text = pretty(syn::parse_quote!(#signature {}));
    text.strip_suffix(" {}").unwrap_or(&text).to_owned()
}

/// Generics with their where clause, as `impl` or `struct` headers write them.
fn pretty_generics(generics: &syn::Generics) -> String {
    let where_clause = &generics.where_clause;
    let text = pretty(syn::parse_quote!(struct S #generics #where_clause ;));
    text.strip_prefix("struct S").and_then(|text| text.strip_suffix(';')).unwrap_or(&text).trim().to_owned()
}

fn pretty_fields(fields: &Fields) -> String {
    let types = |fields: &syn::punctuated::Punctuated<syn::Field, syn::Token![,]>| {
        fields
            .iter()
            .map(|field| match &field.ident {
                Some(name) => format!("{name}: {}", pretty_type(&field.ty)),
                None => pretty_type(&field.ty),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    match fields {
        Fields::Named(named) => format!("{{ {} }}", types(&named.named)),
        Fields::Unnamed(unnamed) => format!("({})", types(&unnamed.unnamed)),
        Fields::Unit => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surface(root: &str, runtime: &str, module: &str) -> Surface {
        let files = [("src/lib.rs", root), ("src/runtime.rs", runtime), ("src/items.rs", module)]
            .into_iter()
            .map(|(path, text)| (path.to_owned(), text.to_owned()))
            .collect();
        Surface::of(&files).expect("reads")
    }

    const ROOT: &str = "mod runtime; pub mod items; pub use runtime::Request;";

    #[test]
    fn an_alias_reaches_the_items_of_impls_for_any_arguments_without_sealed_bounds() {
        let runtime = "pub trait Operation {}\npub struct Request<'a, P>(&'a P);\nimpl<'a, P: Operation> Request<'a, P> { pub const SCOPES: u8 = 1; pub fn send(self) {} }\nimpl<'a> Request<'a, u8> { pub fn only_bytes(self) {} }";
        let module = "pub type Get<'a> = crate::Request<'a, GetParameters>;\npub struct GetParameters;\npub type Text = ::std::string::String;";
        let surface = surface(ROOT, runtime, module);
        let send = &surface.entries["items::Get::send"];
        assert_eq!(send.signature, "impl<'a> Get<'a> { fn send(self) }");
        assert!(surface.entries.contains_key("items::Get::SCOPES"));
        // Sealed bounds are left out: callers cannot name `Operation`, nor implement it.
        assert_eq!(surface.entries["Request::send"].signature, "impl<'a, P> Request<'a, P> { fn send(self) }");
        assert!(!surface.entries.contains_key("items::Get::only_bytes"), "an impl for one argument only");
        assert!(!surface.entries.keys().any(|key| key.starts_with("items::Text::")), "another crate's type");
    }

    #[test]
    fn an_impl_of_a_crate_path_is_of_that_item_and_prints_as_its_public_path() {
        let root = "mod runtime; pub mod items; pub use runtime::Client;";
        // A model named like the client, beside an impl of the client, as a tag's module has.
        let module =
            "pub struct Client;\nimpl crate::Client { pub fn things(&self) -> crate::items::Client { Client } }";
        let surface = surface(root, "pub struct Client;", module);
        assert_eq!(surface.entries["Client::things"].signature, "impl Client { fn things(&self) -> items::Client }");
        assert!(!surface.entries.contains_key("items::Client::things"));
    }

    #[test]
    fn an_impl_of_a_private_trait_the_module_imports_is_not_public() {
        let runtime = "pub(crate) trait Validate {}";
        let imported = "use crate::runtime::{Validate};\npub struct Body;\nimpl Validate for Body {}";
        assert!(!surface(ROOT, runtime, imported).entries.contains_key("items::Body: Validate"));
        let foreign = "use std::fmt::Debug;\npub struct Body;\nimpl Debug for Body {}";
        assert!(surface(ROOT, runtime, foreign).entries.contains_key("items::Body: Debug"), "another crate's trait");
    }

    #[test]
    fn std_items_by_full_path_and_by_prelude_name_are_one_signature() {
        let full = "pub struct Api;\nimpl Api { pub fn get(&self, id: impl ::core::convert::Into<::std::string::String>, all: ::core::option::Option<::std::vec::Vec<u8>>, at: ::chrono::NaiveDate) {} }";
        let short = "pub struct Api;\nimpl Api { pub fn get(&self, id: impl Into<String>, all: Option<Vec<u8>>, at: chrono::NaiveDate) {} }";
        let (full, short) = (surface(ROOT, "", full), surface(ROOT, "", short));
        assert_eq!(full.entries["items::Api::get"].signature, short.entries["items::Api::get"].signature);
        let other = surface(ROOT, "", "pub struct Api;\nimpl Api { pub fn get(&self, id: impl Into<str>) {} }");
        assert_ne!(other.entries["items::Api::get"].signature, short.entries["items::Api::get"].signature);
    }
}
