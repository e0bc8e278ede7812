//! `nango integration create|list|delete`: an environment's integrations on the server.

use serde_json::{Value, json};

use crate::ExitStatus;
use crate::cli::{IntegrationArgs, IntegrationCommand};
use crate::commands::deploy::session;
use crate::printer::Printer;
use crate::settings::Settings;

pub fn run(args: &IntegrationArgs, settings: &Settings, printer: Printer) -> ExitStatus {
    let (client, runtime) = match session(&args.environment, settings, printer) {
        Ok(session) => session,
        Err(status) => return status,
    };
    let fail = |e: nango_client::ClientError| {
        printer.err(&format!("error: {e}"));
        ExitStatus::Failure
    };
    match &args.command {
        IntegrationCommand::Create {
            unique_key,
            provider,
            client_id,
            client_secret,
            scopes,
            display_name,
        } => {
            let mut body = json!({ "unique_key": unique_key, "provider": provider });
            if let Some(display_name) = display_name {
                body["display_name"] = json!(display_name);
            }
            if let Some(client_id) = client_id {
                body["credentials"] = json!({
                    "type": "OAUTH2",
                    "client_id": client_id,
                    "client_secret": client_secret,
                    "scopes": scopes,
                });
            }
            if let Err(e) = runtime.block_on(client.create_integration(&body)) {
                return fail(e);
            }
            printer.out(&format!(
                "{} integration `{unique_key}` ({provider}) created",
                printer.check()
            ));
            // The callback URL is only in the view of one integration (it depends on the
            // address the server is reached at); not having it is no failure of the creation.
            match runtime.block_on(client.get_integration(unique_key, &[])) {
                Ok(integration) => {
                    if let Some(url) = integration["callback_url"].as_str() {
                        printer.out(&format!(
                            "  OAuth callback URL to register with the provider: {url}"
                        ));
                    }
                }
                Err(e) => printer.err(&format!("warning: cannot read its callback URL: {e}")),
            }
            ExitStatus::Success
        }
        IntegrationCommand::List => match runtime.block_on(client.integrations()) {
            Ok(answer) => {
                let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
                for integration in answer["data"].as_array().into_iter().flatten() {
                    printer.out(&format!(
                        "{}\t{}\t{}",
                        text(&integration["unique_key"]),
                        text(&integration["provider"]),
                        text(&integration["display_name"])
                    ));
                }
                ExitStatus::Success
            }
            Err(e) => fail(e),
        },
        IntegrationCommand::Delete { unique_key } => {
            match runtime.block_on(client.delete_integration(unique_key)) {
                Ok(_) => {
                    printer.out(&format!(
                        "{} integration `{unique_key}` deleted",
                        printer.check()
                    ));
                    ExitStatus::Success
                }
                Err(e) => fail(e),
            }
        }
    }
}
