//! Loads Nango's own providers.yaml from the npm package `@nangohq/providers`.
//!
//! The file comes from `NANGO_TEST_PROVIDERS_FILE`, else from `@nangohq/providers` under
//! `NANGO_TEST_NODE_MODULES` (where `.ci/run` installs it), else from the first of the default
//! install places that exists (`npm install @nangohq/providers` into `/tmp/provnpm` or
//! `/tmp/provnpm-latest`). Without one the tests print a note and pass, so machines without npm
//! still run the suite; with `CI=true` they fail instead.

use std::path::{Path, PathBuf};
use std::time::Instant;

use nango_providers::{AuthMode, Catalog, MissingReason, TemplateValues, interpolate};
use serde_json::json;

const DEFAULT_PLACES: &[&str] = &[
    "/tmp/provnpm/node_modules/@nangohq/providers/providers.yaml",
    "/tmp/provnpm/node_modules/@nangohq/providers/dist/providers.yaml",
    "/tmp/provnpm-latest/node_modules/@nangohq/providers/providers.yaml",
    "/tmp/provnpm-latest/node_modules/@nangohq/providers/dist/providers.yaml",
];

fn real_files() -> Vec<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(path) = var("NANGO_TEST_PROVIDERS_FILE") {
        return vec![PathBuf::from(path)];
    }
    let installed = var("NANGO_TEST_NODE_MODULES")
        .map(|modules| PathBuf::from(modules).join("@nangohq/providers/providers.yaml"));
    let found: Vec<PathBuf> = installed
        .into_iter()
        .chain(DEFAULT_PLACES.iter().map(PathBuf::from))
        .filter(|path| path.is_file())
        .collect();
    if found.is_empty() {
        oracle_missing(
            "Nango's providers.yaml (NANGO_TEST_PROVIDERS_FILE, or @nangohq/providers under NANGO_TEST_NODE_MODULES)",
        );
    }
    found
}

/// The file these tests compare against is missing: with `CI=true` the test fails, saying what
/// and how `.ci/run` installs it; elsewhere a note says so and the test passes without having run.
fn oracle_missing(what: &str) {
    let message = format!(
        "{what} is missing: `.ci/run` installs it with `npm install --prefix target/ci-node \
         @nangohq/providers@0.71.10` and sets NANGO_TEST_NODE_MODULES=target/ci-node/node_modules"
    );
    let ci = std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1");
    assert!(!ci, "CI=true and {message}");
    eprintln!("note: {message} (test skipped; with CI=true it fails)");
}

fn load(path: &Path) -> Catalog {
    let started = Instant::now();
    let catalog = Catalog::load(path).unwrap_or_else(|error| panic!("{error}"));
    eprintln!(
        "loaded {} providers from {} in {:?}",
        catalog.len(),
        path.display(),
        started.elapsed()
    );
    catalog
}

#[test]
fn every_provider_loads() {
    for path in real_files() {
        let catalog = load(&path);
        assert!(
            catalog.len() > 400,
            "{}: only {} providers",
            path.display(),
            catalog.len()
        );
        let github = catalog.get("github").unwrap();
        assert_eq!(github.auth_mode, AuthMode::OAuth2);
        assert_eq!(
            github.proxy.as_ref().unwrap().base_url,
            "https://api.github.com"
        );
        assert_eq!(
            github
                .proxy
                .as_ref()
                .unwrap()
                .retry
                .as_ref()
                .unwrap()
                .at
                .as_deref(),
            Some("x-ratelimit-reset")
        );
    }
}

#[test]
fn aliases_resolve() {
    for path in real_files() {
        let catalog = load(&path);
        let mut aliases = 0;
        for provider in catalog.iter() {
            let Some(alias) = &provider.alias else {
                continue;
            };
            aliases += 1;
            let base = catalog
                .get(alias)
                .unwrap_or_else(|| panic!("{} -> {alias}", provider.name));
            // Whatever the alias does not set comes from its base (auth_mode at least, here).
            if base.alias.is_none() && provider.proxy.is_none() {
                assert_eq!(provider.proxy, base.proxy, "{}", provider.name);
            }
        }
        assert!(aliases > 20, "only {aliases} aliases in {}", path.display());
        let calendar = catalog.get("google-calendar").unwrap();
        assert_eq!(calendar.auth_mode, AuthMode::OAuth2);
        assert_eq!(calendar.token_url, catalog.get("google").unwrap().token_url);
    }
}

#[test]
fn overrides_prefer_the_file() {
    for path in real_files() {
        let real = load(&path);
        let builtin = Catalog::builtin();
        let merged = builtin.with_overrides(&real);
        for name in real.names() {
            assert_eq!(merged.get(name), real.get(name), "{name}");
        }
        // Ours that the file lacks stay, and our order comes first.
        for name in builtin.names() {
            assert!(merged.get(name).is_some(), "{name}");
        }
        assert_eq!(merged.names().next(), builtin.names().next());
        assert_eq!(
            merged.get("github").unwrap().display_name,
            real.get("github").unwrap().display_name
        );
        assert_ne!(
            merged.get("github").unwrap().display_name,
            builtin.get("github").unwrap().display_name
        );

        let from_env = Catalog::builtin_with_file(Some(&path)).unwrap();
        assert_eq!(from_env.len(), merged.len());
    }
}

/// Our entries use Nango's names (so a Nango file overrides them) and agree on the auth mode and
/// the OAuth endpoints. Names that file does not know yet (it may be older than ours) are listed.
#[test]
fn our_providers_agree_with_nango_on_the_basics() {
    let empty = json!({});
    let no_values = TemplateValues {
        connection_config: &empty,
        credentials: &empty,
        metadata: &empty,
    };
    let resolved =
        |template: &Option<String>| template.as_deref().map(|t| interpolate(t, &no_values).ok());
    let files = real_files();
    let mut unknown_everywhere: Option<Vec<String>> = None;
    for path in &files {
        let real = load(path);
        let mut unknown = Vec::new();
        for ours in Catalog::builtin().iter() {
            let Some(theirs) = real.get(&ours.name) else {
                unknown.push(ours.name.clone());
                continue;
            };
            assert_eq!(ours.auth_mode, theirs.auth_mode, "{}", ours.name);
            // Compared filled in with no connection config, so `a || b` forms meet plain ones.
            // Providers move their endpoints (Intercom went from .io to .com), so an older file
            // may differ: report, do not fail.
            for (what, a, b) in [
                (
                    "authorization_url",
                    &ours.authorization_url,
                    &theirs.authorization_url,
                ),
                ("token_url", &ours.token_url, &theirs.token_url),
            ] {
                if resolved(a) != resolved(b) {
                    eprintln!(
                        "note: {}: our {what} {a:?} differs from {b:?} in {}",
                        ours.name,
                        path.display()
                    );
                }
            }
        }
        eprintln!("not in {}: {unknown:?}", path.display());
        unknown_everywhere = Some(match unknown_everywhere {
            None => unknown,
            Some(before) => before
                .into_iter()
                .filter(|name| unknown.contains(name))
                .collect(),
        });
    }
    // An older file lacks newer providers; each name must be in at least one of the files.
    if let Some(unknown) = unknown_everywhere {
        assert!(
            unknown.is_empty(),
            "{unknown:?} are not Nango provider names"
        );
    }
}

/// Every template of the real file parses; the only failures with a full set of values are the
/// request-time and signing functions we do not evaluate.
#[test]
fn every_template_of_the_real_file_parses() {
    for path in real_files() {
        let catalog = load(&path);
        let mut unsupported = std::collections::BTreeSet::new();
        for provider in catalog.iter() {
            let config: serde_json::Map<String, serde_json::Value> = provider
                .connection_config
                .keys()
                .map(|key| (key.clone(), json!("x")))
                .collect();
            let config = serde_json::Value::Object(config);
            let mut credentials =
                json!({ "apiKey": "k", "username": "u", "password": "p", "access_token": "a" });
            for key in provider.credentials.keys() {
                credentials[key] = json!("c");
            }
            let values = TemplateValues {
                connection_config: &config,
                credentials: &credentials,
                metadata: &json!({}),
            };
            for (label, template) in provider.templates() {
                if let Err(missing) = interpolate(template, &values) {
                    assert_ne!(
                        missing.reason,
                        MissingReason::Malformed,
                        "{}: {label}: {template}",
                        provider.name
                    );
                    if missing.reason == MissingReason::Unsupported {
                        unsupported.insert(missing.variable);
                    }
                }
            }
        }
        eprintln!(
            "unsupported template functions in {}: {unsupported:?}",
            path.display()
        );
    }
}
