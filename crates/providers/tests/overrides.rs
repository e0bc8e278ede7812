//! A user's providers file on top of the built-in catalog, and the keys we do not model.

use nango_providers::{AuthMode, Catalog};
use serde_json::json;

const USER_FILE: &str = r#"
# Replaces our `google`: the built-in aliases of it must follow.
google:
    display_name: Google (ours)
    auth_mode: OAUTH2
    authorization_url: https://accounts.example.com/auth
    token_url: https://accounts.example.com/token
    proxy:
        base_url: https://google.example.com

acme:
    display_name: Acme
    auth_mode: MCP_OAUTH2
    client_registration: dynamic
    token_url:
        OAUTH2: https://acme.example.com/oauth/token
        APP: https://acme.example.com/app/${connectionConfig.installation_id}/token
    token_params:
        expiring: 1
        nested: { a: [1, true] }
    authorization_params:
        force: true
    proxy:
        base_url: https://api.acme.example.com
        forward_headers_on_redirect: true
        verification: { method: GET, endpoints: [/me] }
        retry:
            at: x-reset
            error_code: 429
        query:
            api_key: ${apiKey}
"#;

#[test]
fn a_user_file_replaces_and_adds() {
    let builtin = Catalog::builtin();
    let user = Catalog::from_yaml("user.yaml", USER_FILE).unwrap();
    let merged = builtin.with_overrides(&user);
    assert_eq!(merged.len(), builtin.len() + 1);
    assert_eq!(merged.names().last(), Some("acme"));
    // Replaced in place.
    let position = |catalog: &Catalog| catalog.names().position(|name| name == "google");
    assert_eq!(position(&merged), position(builtin));
    assert_eq!(
        merged.get("google").unwrap().display_name.as_deref(),
        Some("Google (ours)")
    );
    // The built-in alias now inherits from the user's `google`, keeping its own proxy.
    let calendar = merged.get("google-calendar").unwrap();
    assert_eq!(
        calendar.token_url.as_deref(),
        Some("https://accounts.example.com/token")
    );
    assert_eq!(
        calendar.proxy,
        builtin.get("google-calendar").unwrap().proxy
    );
    let drive_display = merged.get("google-drive").unwrap().display_name.clone();
    assert_eq!(drive_display.as_deref(), Some("Google Drive"));
    // Neither input changed.
    assert_eq!(
        builtin.get("google").unwrap().display_name.as_deref(),
        Some("Google")
    );
}

#[test]
fn unknown_keys_and_newer_shapes_are_kept() {
    let user = Catalog::from_yaml("user.yaml", USER_FILE).unwrap();
    let acme = user.get("acme").unwrap();
    assert_eq!(acme.auth_mode, AuthMode::Other("MCP_OAUTH2".into()));
    assert_eq!(acme.auth_mode.to_string(), "MCP_OAUTH2");
    assert_eq!(acme.extra, json!({ "client_registration": "dynamic" }));
    assert_eq!(
        acme.token_url.as_deref(),
        Some("https://acme.example.com/oauth/token")
    );
    assert_eq!(acme.token_urls.len(), 2);
    assert_eq!(acme.token_params["expiring"], json!(1));
    assert_eq!(acme.token_params["nested"], json!({ "a": [1, true] }));
    assert_eq!(acme.authorization_params["force"], "true");
    let proxy = acme.proxy.as_ref().unwrap();
    assert_eq!(proxy.extra["forward_headers_on_redirect"], true);
    assert_eq!(proxy.extra["verification"]["endpoints"], json!(["/me"]));
    assert_eq!(proxy.query["api_key"], "${apiKey}");
    let retry = proxy.retry.as_ref().unwrap();
    // The 2024 single-value spelling.
    assert_eq!(retry.at.as_deref(), Some("x-reset"));
    assert_eq!(retry.at_headers, ["x-reset"]);
    assert_eq!(retry.error_code, Some(429));
    assert_eq!(retry.retries_status(429), Some(true));
    assert_eq!(retry.retries_status(500), Some(false));
    let templates: Vec<String> = acme
        .templates()
        .into_iter()
        .map(|(label, _)| label)
        .collect();
    assert!(
        templates.contains(&"token_url.APP".to_owned()),
        "{templates:?}"
    );
}

#[test]
fn app_modes_pick_their_own_token_url() {
    let text = "gh:\n    auth_mode: APP\n    token_url:\n        OAUTH2: https://o\n        APP: https://a\n";
    let catalog = Catalog::from_yaml("t.yaml", text).unwrap();
    assert_eq!(
        catalog.get("gh").unwrap().token_url.as_deref(),
        Some("https://a")
    );
}

#[test]
fn yaml_1_1_booleans_stay_text() {
    let text = "x:\n    auth_mode: NONE\n    flag: on\n    other: yes\n    real: true\n";
    let catalog = Catalog::from_yaml("t.yaml", text).unwrap();
    let extra = &catalog.get("x").unwrap().extra;
    assert_eq!(extra["flag"], "on");
    assert_eq!(extra["other"], "yes");
    assert_eq!(extra["real"], true);
}
