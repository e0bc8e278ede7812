//! The catalog shipped in `providers.yaml`: it parses, and every entry is complete enough for the
//! proxy and the OAuth flows to use.

use nango_providers::{
    AuthMode, Catalog, MissingReason, Provider, TemplateValues, interpolate, placeholders,
};
use serde_json::{Map, Value, json};

#[test]
fn parses_with_at_least_thirty_providers() {
    let catalog = Catalog::builtin();
    assert!(catalog.len() >= 30, "only {} providers", catalog.len());
    assert_eq!(catalog.names().count(), catalog.len());
    for name in [
        "github",
        "gitlab",
        "slack",
        "salesforce",
        "hubspot",
        "notion",
        "linear",
        "jira",
        "zendesk",
        "intercom",
        "google",
        "google-calendar",
        "google-drive",
        "microsoft",
        "outlook",
        "asana",
        "airtable",
        "stripe",
        "shopify",
        "quickbooks",
        "xero",
        "pipedrive",
        "attio",
        "zoom",
        "dropbox",
        "calendly",
        "sendgrid",
        "mailchimp",
        "freshdesk",
        "bamboohr-basic",
        "aircall",
        "recruiterflow",
        "lever",
        "metabase",
        "ramp",
        "docusign",
    ] {
        assert!(catalog.get(name).is_some(), "`{name}` is missing");
    }
}

#[test]
fn names_come_in_file_order() {
    let names: Vec<&str> = Catalog::builtin().names().take(3).collect();
    assert_eq!(names, ["github", "github-pat", "gitlab"]);
}

#[test]
fn oauth_providers_have_their_endpoints() {
    for provider in Catalog::builtin().iter() {
        match provider.auth_mode {
            AuthMode::OAuth2 | AuthMode::OAuth1 => {
                assert!(
                    provider.authorization_url.is_some(),
                    "{} has no authorization_url",
                    provider.name
                );
                assert!(
                    provider.token_url.is_some(),
                    "{} has no token_url",
                    provider.name
                );
            }
            AuthMode::OAuth2ClientCredentials => {
                assert!(
                    provider.token_url.is_some(),
                    "{} has no token_url",
                    provider.name
                );
            }
            _ => {}
        }
    }
}

#[test]
fn every_provider_can_be_proxied_over_https() {
    for provider in Catalog::builtin().iter() {
        let proxy = provider
            .proxy
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no proxy", provider.name));
        assert!(
            proxy.base_url.starts_with("https://") || proxy.base_url.starts_with("${"),
            "{}: {}",
            provider.name,
            proxy.base_url
        );
    }
}

#[test]
fn every_provider_has_a_display_name_and_known_auth_mode() {
    for provider in Catalog::builtin().iter() {
        assert!(provider.display_name.is_some(), "{}", provider.name);
        assert!(
            !matches!(provider.auth_mode, AuthMode::Other(_)),
            "{}: {}",
            provider.name,
            provider.auth_mode
        );
    }
}

/// A connection with every key the provider declares (and the usual credential fields) set.
fn fake_connection(provider: &Provider) -> (Value, Value) {
    let config: Map<String, Value> = provider
        .connection_config
        .keys()
        .map(|key| (key.clone(), json!(format!("cfg-{key}"))))
        .collect();
    let mut credentials = json!({
        "apiKey": "key-123",
        "username": "user@example.com",
        "password": "secret",
        "access_token": "access-123",
        "token": "token-123",
    });
    for key in provider.credentials.keys() {
        credentials[key] = json!(format!("cred-{key}"));
    }
    (Value::Object(config), credentials)
}

#[test]
fn every_template_interpolates_with_the_declared_connection_config() {
    for provider in Catalog::builtin().iter() {
        let (config, credentials) = fake_connection(provider);
        let values = TemplateValues {
            connection_config: &config,
            credentials: &credentials,
            metadata: &Value::Null,
        };
        for (label, template) in provider.templates() {
            let result = interpolate(template, &values);
            let text = result.unwrap_or_else(|missing| {
                panic!("{}: {label} `{template}` needs {missing}", provider.name)
            });
            assert!(
                !text.contains("${"),
                "{}: {label} left a placeholder: {text}",
                provider.name
            );
        }
    }
}

#[test]
fn templates_only_read_declared_connection_config_keys() {
    for provider in Catalog::builtin().iter() {
        for (label, template) in provider.templates() {
            for variable in placeholders(template) {
                if let Some(key) = variable.strip_prefix("connectionConfig.") {
                    assert!(
                        provider.connection_config.contains_key(key),
                        "{}: {label} reads `{key}`, which `connection_config` does not declare",
                        provider.name
                    );
                }
            }
        }
    }
}

#[test]
fn a_connection_without_its_subdomain_names_what_is_missing() {
    let zendesk = Catalog::builtin().get("zendesk").unwrap();
    let base_url = &zendesk.proxy.as_ref().unwrap().base_url;
    let missing = interpolate(base_url, &TemplateValues::empty()).unwrap_err();
    assert_eq!(missing.variable, "connectionConfig.subdomain");
    assert_eq!(missing.reason, MissingReason::Absent);
}

#[test]
fn optional_hosts_fall_back_to_the_default() {
    let catalog = Catalog::builtin();
    let empty = json!({});
    let values = TemplateValues {
        connection_config: &empty,
        credentials: &empty,
        metadata: &empty,
    };
    let salesforce = catalog.get("salesforce").unwrap();
    assert_eq!(
        interpolate(salesforce.token_url.as_deref().unwrap(), &values).unwrap(),
        "https://login.salesforce.com/services/oauth2/token"
    );
    let intercom = catalog.get("intercom").unwrap();
    assert_eq!(
        interpolate(&intercom.proxy.as_ref().unwrap().base_url, &values).unwrap(),
        "https://api.intercom.io"
    );
    let eu = json!({ "region": "eu" });
    let values = TemplateValues {
        connection_config: &eu,
        ..values
    };
    assert_eq!(
        interpolate(&intercom.proxy.as_ref().unwrap().base_url, &values).unwrap(),
        "https://api.eu.intercom.io"
    );
}

#[test]
fn aliases_inherit_what_they_do_not_set() {
    let catalog = Catalog::builtin();
    let google = catalog.get("google").unwrap();
    let calendar = catalog.get("google-calendar").unwrap();
    assert_eq!(calendar.alias.as_deref(), Some("google"));
    assert_eq!(calendar.display_name.as_deref(), Some("Google Calendar"));
    assert_eq!(calendar.auth_mode, AuthMode::OAuth2);
    assert_eq!(calendar.authorization_url, google.authorization_url);
    assert_eq!(calendar.authorization_params, google.authorization_params);
    // Its own `proxy:` replaces Google's whole `proxy:`.
    let paginate = calendar.proxy.as_ref().unwrap().paginate.as_ref().unwrap();
    assert_eq!(paginate["response_path"], "items");
    assert_eq!(
        calendar
            .proxy
            .as_ref()
            .unwrap()
            .retry
            .as_ref()
            .unwrap()
            .in_body,
        None
    );

    let confluence = catalog.get("confluence").unwrap();
    let jira = catalog.get("jira").unwrap();
    assert_eq!(confluence.proxy, jira.proxy);
    assert_eq!(confluence.token_url, jira.token_url);
    assert_eq!(confluence.extra["categories"], json!(["knowledge-base"]));

    let aircall_basic = catalog.get("aircall-basic").unwrap();
    assert_eq!(aircall_basic.auth_mode, AuthMode::Basic);
    assert_eq!(aircall_basic.proxy, catalog.get("aircall").unwrap().proxy);
}

#[test]
fn typed_fields_read_the_shapes_of_the_file() {
    let catalog = Catalog::builtin();
    let github = catalog.get("github").unwrap();
    let proxy = github.proxy.as_ref().unwrap();
    let retry = proxy.retry.as_ref().unwrap();
    assert_eq!(retry.at.as_deref(), Some("x-ratelimit-reset"));
    assert_eq!(retry.remaining.as_deref(), Some("x-ratelimit-remaining"));
    assert_eq!(retry.error_code, Some(403));
    assert_eq!(retry.retries_status(403), Some(true));
    assert_eq!(retry.retries_status(502), Some(true));
    assert_eq!(retry.retries_status(404), Some(false));
    assert_eq!(proxy.paginate.as_ref().unwrap()["type"], "link");

    let notion = catalog.get("notion").unwrap();
    assert_eq!(
        notion.proxy.as_ref().unwrap().headers["notion-version"],
        "2022-06-28"
    );
    assert_eq!(notion.extra["body_format"], "json");

    let hubspot = catalog.get("hubspot").unwrap();
    assert!(hubspot.proxy.as_ref().unwrap().decompress);

    let maps = catalog.get("google-maps").unwrap();
    assert_eq!(maps.proxy.as_ref().unwrap().query["key"], "${apiKey}");

    let slack = catalog.get("slack").unwrap();
    assert_eq!(slack.scope_separator.as_deref(), Some(","));
    assert_eq!(slack.extra["disable_pkce"], true);

    let quickbooks = catalog.get("quickbooks").unwrap();
    assert_eq!(
        quickbooks.proxy.as_ref().unwrap().connection_config["realmId"],
        "${connectionConfig.realmId}"
    );

    let microsoft_cc = catalog.get("microsoft-oauth2-cc").unwrap();
    assert_eq!(microsoft_cc.auth_mode, AuthMode::OAuth2ClientCredentials);
    assert_eq!(
        microsoft_cc.token_params["grant_type"],
        "client_credentials"
    );
}

#[test]
fn builtin_is_parsed_once() {
    assert!(std::ptr::eq(Catalog::builtin(), Catalog::builtin()));
}

#[test]
fn without_a_file_the_environment_catalog_is_the_builtin_one() {
    let catalog = Catalog::builtin_with_file(None).unwrap();
    assert_eq!(catalog.len(), Catalog::builtin().len());
}

/// The alternatives of a URL template (`a || b`), trimmed.
fn alternatives(template: &str) -> Vec<&str> {
    template.split(" || ").map(str::trim).collect()
}

/// Each alternative is an `https://` URL, or a URL the connection holds (`${connectionConfig.x}…`,
/// filled in from the token response or the redirect).
fn assert_https(provider: &Provider, label: &str, template: &str) {
    for alternative in alternatives(template) {
        assert!(
            alternative.starts_with("https://") || alternative.starts_with("${connectionConfig."),
            "{}: {label} `{alternative}` is not an https URL",
            provider.name
        );
    }
}

#[test]
fn oauth_endpoints_are_https() {
    for provider in Catalog::builtin().iter() {
        if let Some(url) = &provider.authorization_url {
            assert_https(provider, "authorization_url", url);
        }
        if let Some(url) = &provider.token_url {
            assert_https(provider, "token_url", url);
        }
        for (mode, url) in &provider.token_urls {
            assert_https(provider, &format!("token_url.{mode}"), url);
        }
        if let Some(url) = &provider.refresh_url {
            assert_https(provider, "refresh_url", url);
        }
    }
}

#[test]
fn token_exchanging_modes_have_a_token_url() {
    for provider in Catalog::builtin().iter() {
        if matches!(
            provider.auth_mode,
            AuthMode::TwoStep | AuthMode::Bill | AuthMode::App | AuthMode::Custom
        ) {
            assert!(
                provider.token_url.is_some(),
                "{} ({}) has no token_url",
                provider.name,
                provider.auth_mode
            );
        }
    }
}

#[test]
fn api_key_providers_ask_for_the_key_and_send_it() {
    let reads_key = |template: &str| {
        placeholders(template)
            .iter()
            .any(|variable| variable == "apiKey" || variable == "credentials.apiKey")
    };
    for provider in Catalog::builtin().iter() {
        if provider.auth_mode != AuthMode::ApiKey {
            continue;
        }
        assert!(
            provider.credentials.contains_key("apiKey"),
            "{} declares no `credentials.apiKey`",
            provider.name
        );
        let proxy = provider.proxy.as_ref().unwrap();
        // Headers and query parameters, or the JSON body for APIs that want the key there
        // (Mandrill).
        let body = proxy
            .extra
            .get("body")
            .map(Value::to_string)
            .unwrap_or_default();
        let sent = proxy.headers.values().any(|v| reads_key(v))
            || proxy.query.values().any(|v| reads_key(v))
            || reads_key(&body);
        assert!(
            sent,
            "{}: no proxy header, query parameter or body field sends `${{apiKey}}`",
            provider.name
        );
    }
}

#[test]
fn basic_providers_ask_for_a_username_and_a_password() {
    for provider in Catalog::builtin().iter() {
        if provider.auth_mode != AuthMode::Basic {
            continue;
        }
        for field in ["username", "password"] {
            assert!(
                provider.credentials.contains_key(field),
                "{} declares no `credentials.{field}`",
                provider.name
            );
        }
    }
}

#[test]
fn declared_inputs_say_what_they_are() {
    for provider in Catalog::builtin().iter() {
        for (key, schema) in &provider.connection_config {
            assert_eq!(
                schema["type"], "string",
                "{}: connection_config.{key} has no `type: string`",
                provider.name
            );
            assert!(
                schema["title"].is_string(),
                "{}: connection_config.{key} has no title",
                provider.name
            );
        }
        for (key, schema) in &provider.credentials {
            assert_eq!(
                schema["type"], "string",
                "{}: credentials.{key} has no `type: string`",
                provider.name
            );
            assert!(
                schema["title"].is_string() || schema.get("default_value").is_some(),
                "{}: credentials.{key} has neither a title nor a default value",
                provider.name
            );
        }
    }
}
