//! Loading providers files and looking providers up.

use std::path::Path;
use std::sync::{Arc, LazyLock};

use indexmap::IndexMap;
use serde_saphyr::Spanned;

use crate::error::CatalogError;
use crate::provider::Provider;
use crate::raw::RawProvider;

/// The name the built-in file has in messages.
const BUILTIN_NAME: &str = "providers.yaml (built in)";

static BUILTIN: LazyLock<Catalog> = LazyLock::new(|| {
    Catalog::from_yaml(BUILTIN_NAME, include_str!("../providers.yaml"))
        .unwrap_or_else(|error| panic!("the built-in catalog is checked by tests: {error}"))
});

/// Providers by name, in file order, with aliases resolved.
///
/// A catalog remembers each entry as written as well as resolved, so that
/// [`Catalog::with_overrides`] can re-resolve aliases: when a user's file replaces `google`, the
/// built-in `google-calendar` (an alias of `google`) inherits from the user's `google`.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    entries: IndexMap<String, Entry>,
    providers: IndexMap<String, Provider>,
}

/// One entry as written, and where.
#[derive(Debug, Clone)]
struct Entry {
    raw: RawProvider,
    file: Arc<str>,
    line: u64,
    column: u64,
}

impl Entry {
    fn invalid(&self, provider: &str, message: String) -> CatalogError {
        CatalogError::Invalid {
            file: self.file.to_string(),
            provider: provider.to_owned(),
            line: self.line,
            column: self.column,
            message,
        }
    }
}

impl Catalog {
    /// The catalog shipped with nango-rs (`crates/providers/providers.yaml`), parsed on first use.
    pub fn builtin() -> &'static Catalog {
        &BUILTIN
    }

    /// Parses providers.yaml text. `name` is the file name used in error messages.
    ///
    /// The document is a map from provider name to entry; an empty document is an empty catalog.
    /// Unknown keys are kept (see [`Provider::extra`]). Booleans are YAML 1.2's (`true`/`false`
    /// only, as in js-yaml, which Nango uses), so `on` or `no` stay strings.
    pub fn from_yaml(name: &str, text: &str) -> Result<Catalog, CatalogError> {
        let parsed: Option<IndexMap<Spanned<String>, RawProvider>> =
            serde_saphyr::from_str_with_options(text, yaml_options())
                .map_err(|error| yaml_error(name, &error))?;
        let file: Arc<str> = Arc::from(name);
        let entries: IndexMap<String, Entry> = parsed
            .unwrap_or_default()
            .into_iter()
            .map(|(key, raw)| {
                let entry = Entry {
                    raw,
                    file: file.clone(),
                    line: key.referenced.line(),
                    column: key.referenced.column(),
                };
                (key.value, entry)
            })
            .collect();
        let mut providers = IndexMap::with_capacity(entries.len());
        for (name, entry) in &entries {
            providers.insert(name.clone(), resolve(&entries, name, entry)?);
        }
        Ok(Catalog { entries, providers })
    }

    /// Reads and parses a providers.yaml file, e.g. `node_modules/@nangohq/providers/providers.yaml`.
    pub fn load(path: &Path) -> Result<Catalog, CatalogError> {
        let text = std::fs::read_to_string(path).map_err(|source| CatalogError::Io {
            path: path.to_owned(),
            source,
        })?;
        Catalog::from_yaml(&path.display().to_string(), &text)
    }

    /// This catalog with `other`'s providers added, replacing same-named ones in place (new names
    /// go at the end). Aliases are resolved again over the merged entries.
    pub fn with_overrides(&self, other: &Catalog) -> Catalog {
        let mut entries = self.entries.clone();
        for (name, entry) in &other.entries {
            entries.insert(name.clone(), entry.clone());
        }
        let mut providers = IndexMap::with_capacity(entries.len());
        for (name, entry) in &entries {
            // Both catalogs resolved on their own, and every alias target either stayed or was
            // replaced by a resolvable entry, so this cannot fail; if it somehow does, keep the
            // provider as its own catalog resolved it.
            let provider = resolve(&entries, name, entry).ok().or_else(|| {
                other
                    .providers
                    .get(name)
                    .or_else(|| self.providers.get(name))
                    .cloned()
            });
            if let Some(provider) = provider {
                providers.insert(name.clone(), provider);
            }
        }
        Catalog { entries, providers }
    }

    /// The built-in catalog, plus `file` when given: a providers.yaml (the user's
    /// `NANGO_PROVIDERS_FILE`) whose providers add to or replace the built-in ones.
    pub fn builtin_with_file(file: Option<&Path>) -> Result<Catalog, CatalogError> {
        match file {
            None => Ok(Catalog::builtin().clone()),
            Some(path) => Ok(Catalog::builtin().with_overrides(&Catalog::load(path)?)),
        }
    }

    /// The provider called `name`, with its alias applied.
    pub fn get(&self, name: &str) -> Option<&Provider> {
        self.providers.get(name)
    }

    /// Provider names in file order (overrides keep the position of what they replace).
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.providers.keys().map(String::as_str)
    }

    /// Providers in file order.
    pub fn iter(&self) -> impl Iterator<Item = &Provider> {
        self.providers.values()
    }

    /// How many providers there are.
    pub fn len(&self) -> usize {
        self.providers.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.providers.is_empty()
    }
}

/// The entry with its alias chain applied, converted. Chains (`a` → `b` → `c`) are followed and
/// cycles are errors; Nango's loader applies one level, which is the same for every file it loads.
fn resolve(
    entries: &IndexMap<String, Entry>,
    name: &str,
    entry: &Entry,
) -> Result<Provider, CatalogError> {
    let mut merged = entry.raw.clone();
    let mut chain = vec![name];
    let mut current = entry;
    while let Some(target) = current.raw.alias.as_deref() {
        if chain.contains(&target) {
            chain.push(target);
            let message = format!("has an alias cycle: {}", chain.join(" -> "));
            return Err(entry.invalid(name, message));
        }
        let Some(base) = entries.get(target) else {
            let message = match chain.as_slice() {
                [_] => format!("is an alias of `{target}`, which is not in the catalog"),
                _ => format!(
                    "is an alias of an alias of `{target}` ({}), which is not in the catalog",
                    chain.join(" -> ")
                ),
            };
            return Err(entry.invalid(name, message));
        };
        merged = merged.inherit(&base.raw);
        chain.push(target);
        current = base;
    }
    merged
        .into_provider(name)
        .map_err(|message| entry.invalid(name, message))
}

/// Parser options: YAML 1.2 booleans like js-yaml, and room for a file several times the size of
/// today's (~1 MB, ~30k lines); the defaults guard against hostile input, and so do these.
fn yaml_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = budget.max_events.max(8_000_000);
    budget.max_nodes = budget.max_nodes.max(2_000_000);
    let mut options = serde_saphyr::Options::default();
    options.strict_booleans = true;
    options.budget = Some(budget);
    options
}

fn yaml_error(file: &str, error: &serde_saphyr::Error) -> CatalogError {
    let (line, column) = error
        .location()
        .map_or((0, 0), |location| (location.line(), location.column()));
    let message = error.without_snippet().to_string();
    // The message ends with its own "at line L, column C"; the position leads ours instead.
    let suffix = format!(" at line {line}, column {column}");
    let message = message
        .strip_suffix(&suffix)
        .unwrap_or(&message)
        .trim()
        .to_owned();
    CatalogError::Yaml {
        file: file.to_owned(),
        line,
        column,
        message,
    }
}
