//! `nango deploy <env>` and `nango env set|unset|list`.

use std::io::{BufRead, IsTerminal, Write};

use nango_build::Bundler;
use nango_client::NangoClient;
use nango_project::deploy::{DeployOptions, Plan, confirmation_payload, payload};
use nango_project::{CompileOptions, compile};
use serde_json::{Value, json};

use crate::ExitStatus;
use crate::cli::{DeployArgs, EnvArgs, EnvCommand, LogsArgs, WebhookArgs, WebhookCommand};
use crate::commands::compile::print_typecheck;
use crate::commands::{async_runtime, open_project, typecheck_mode};
use crate::printer::Printer;
use crate::settings::Settings;

/// The client of an environment, from `NANGO_SECRET_KEY_<ENV>` and `NANGO_HOSTPORT`.
fn client(
    environment: &str,
    settings: &Settings,
    printer: Printer,
) -> Result<NangoClient, ExitStatus> {
    let secret_key = settings.secret_key(environment).map_err(|key_var| {
        printer.err(&format!("error: {key_var} is not set: add it to the folder's .env or to the environment (the secret key of the `{environment}` environment; `nango server keys` prints them)"));
        ExitStatus::Failure
    })?;
    NangoClient::new(&settings.hostport, secret_key).map_err(|e| {
        printer.err(&format!("error: {e}"));
        ExitStatus::Failure
    })
}

pub fn run(args: &DeployArgs, settings: &Settings, printer: Printer) -> ExitStatus {
    let (project, config) = match open_project(printer) {
        Ok(opened) => opened,
        Err(status) => return status,
    };
    let client = match client(&args.environment, settings, printer) {
        Ok(client) => client,
        Err(status) => return status,
    };
    let options = DeployOptions {
        version: args.version.clone(),
        sync: args.sync.clone(),
        action: args.action.clone(),
        integration: args.integration.clone(),
    };
    // Compile everything first: a deploy never sends a script that does not compile.
    let bundler = Bundler::new(project.root());
    let compile_options = CompileOptions {
        typecheck: typecheck_mode(&args.typecheck, settings),
        only: Vec::new(),
    };
    let report = match compile(&project, &config, &bundler, &compile_options, &|notice| {
        printer.err(notice)
    }) {
        Ok(report) => report,
        Err(e) => {
            printer.err(&format!("error: {e}"));
            return ExitStatus::Failure;
        }
    };
    printer.diagnostics(&report.diagnostics);
    print_typecheck(&report.typecheck, printer);
    if report.has_errors() {
        printer.err(&format!(
            "{} not deployed: the project does not compile ({})",
            printer.cross(),
            Printer::summary(&report.diagnostics)
        ));
        return ExitStatus::ProjectErrors;
    }
    let payload = match payload(&project, &config, &report.compiled, &options) {
        Ok(payload) => payload,
        Err(e) => {
            printer.err(&format!("error: {e}"));
            return ExitStatus::Failure;
        }
    };
    let runtime = match async_runtime(printer, 1) {
        Ok(runtime) => runtime,
        Err(status) => return status,
    };
    let confirmation =
        match runtime.block_on(client.deploy_confirmation(&confirmation_payload(&payload))) {
            Ok(answer) => answer,
            Err(e) => {
                printer.err(&format!(
                    "{} cannot get the deploy plan from {}: {e}",
                    printer.cross(),
                    client.host()
                ));
                return ExitStatus::DeployFailed;
            }
        };
    let plan = Plan::from_confirmation(&confirmation);
    print_plan(&plan, &args.environment, printer);
    let destructive = plan.destructive();
    if !destructive.is_empty() && !args.allow_destructive {
        for line in &destructive {
            printer.err(&format!("warning: {line}"));
        }
        printer.err(&format!(
            "{} not deployed: this deploy deletes data; run it again with --allow-destructive if that is what you want",
            printer.cross()
        ));
        return ExitStatus::DeployFailed;
    }
    if !args.auto_confirm {
        if !std::io::stdin().is_terminal() {
            printer.err(&format!(
                "{} not deployed: confirm with --auto-confirm (or NANGO_DEPLOY_AUTO_CONFIRM=true) when not running in a terminal",
                printer.cross()
            ));
            return ExitStatus::DeployFailed;
        }
        eprint!("Deploy to `{}`? [y/N] ", args.environment);
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            printer.err("not deployed");
            return ExitStatus::Success;
        }
    }
    match runtime.block_on(client.deploy(&payload)) {
        Ok(Value::Array(deployed)) if deployed.is_empty() => {
            printer.out(&format!(
                "{} deployed: nothing left in `{}`",
                printer.check(),
                args.environment
            ));
            ExitStatus::Success
        }
        Ok(Value::Array(deployed)) => {
            let names: Vec<String> = deployed
                .iter()
                .map(|d| {
                    format!(
                        "{}@v{}",
                        d.get("name")
                            .or_else(|| d.get("sync_name"))
                            .and_then(Value::as_str)
                            .unwrap_or("?"),
                        d.get("version").and_then(Value::as_str).unwrap_or("?")
                    )
                })
                .collect();
            printer.out(&format!(
                "{} deployed to `{}`: {}",
                printer.check(),
                args.environment,
                names.join(", ")
            ));
            ExitStatus::Success
        }
        Ok(other) => {
            printer.err(&format!(
                "{} the server answered the deploy with {other}",
                printer.cross()
            ));
            ExitStatus::DeployFailed
        }
        Err(e) => {
            printer.err(&format!("{} deploy failed: {e}", printer.cross()));
            ExitStatus::DeployFailed
        }
    }
}

fn print_plan(plan: &Plan, environment: &str, printer: Printer) {
    if plan.changes.is_empty() {
        printer.err(&format!("plan for `{environment}`: nothing to deploy"));
        return;
    }
    printer.err(&format!("plan for `{environment}`:"));
    for change in &plan.changes {
        printer.err(&format!(
            "  {} {} {}/{} ({} connection{})",
            change.sign,
            change.kind,
            change.integration,
            change.name,
            change.connections,
            if change.connections == 1 { "" } else { "s" }
        ));
    }
    for model in &plan.deleted_models {
        printer.err(&format!("  - model {model}"));
    }
}

/// A client of an environment and a runtime to call it from, for the commands that only talk
/// to the server (`env`, `webhook`, `logs`, `integration`). Inside an integrations folder its
/// .env holds the keys (loaded by the settings step); elsewhere the environment does.
pub(crate) fn session(
    environment: &str,
    settings: &Settings,
    printer: Printer,
) -> Result<(NangoClient, tokio::runtime::Runtime), ExitStatus> {
    Ok((
        client(environment, settings, printer)?,
        async_runtime(printer, 1)?,
    ))
}

pub fn webhook(args: &WebhookArgs, settings: &Settings, printer: Printer) -> ExitStatus {
    let (client, runtime) = match session(&args.environment, settings, printer) {
        Ok(session) => session,
        Err(status) => return status,
    };
    let result = runtime.block_on(async {
        match &args.command {
            WebhookCommand::Set { url, secret } => {
                let mut settings = json!({ "webhook_url": url });
                if let Some(secret) = secret {
                    settings["webhook_secret"] = json!(secret);
                }
                client.update_environment(&settings).await.map(|_| None)
            }
            WebhookCommand::Unset => client
                .update_environment(&json!({ "webhook_url": null, "webhook_secret": null }))
                .await
                .map(|_| None),
            WebhookCommand::Show => client.environment().await.map(Some),
        }
    });
    match result {
        Ok(Some(settings)) => {
            printer.out(
                settings["webhook_url"]
                    .as_str()
                    .unwrap_or("(no webhook URL)"),
            );
            ExitStatus::Success
        }
        Ok(None) => ExitStatus::Success,
        Err(e) => {
            printer.err(&format!("error: {e}"));
            ExitStatus::Failure
        }
    }
}

pub fn env(args: &EnvArgs, settings: &Settings, printer: Printer) -> ExitStatus {
    let (client, runtime) = match session(&args.environment, settings, printer) {
        Ok(session) => session,
        Err(status) => return status,
    };
    let result = runtime.block_on(async {
        match &args.command {
            EnvCommand::Set { name, value } => client
                .set_environment_variables(&json!({ "name": name, "value": value }))
                .await
                .map(|_| None),
            EnvCommand::Unset { name } => client
                .set_environment_variables(&json!({ "name": name, "value": null }))
                .await
                .map(|_| None),
            EnvCommand::List => client.environment_variables().await.map(Some),
        }
    });
    match result {
        Ok(Some(Value::Array(variables))) => {
            for variable in variables {
                printer.out(&format!(
                    "{}={}",
                    variable["name"].as_str().unwrap_or_default(),
                    variable["value"].as_str().unwrap_or_default()
                ));
            }
            ExitStatus::Success
        }
        Ok(_) => ExitStatus::Success,
        Err(e) => {
            printer.err(&format!("error: {e}"));
            ExitStatus::Failure
        }
    }
}

pub fn logs(args: &LogsArgs, settings: &Settings, printer: Printer) -> ExitStatus {
    let (client, runtime) = match session(&args.environment, settings, printer) {
        Ok(session) => session,
        Err(status) => return status,
    };
    let text = |v: &Value| v.as_str().unwrap_or("-").to_string();
    match args.operation {
        Some(id) => match runtime.block_on(client.operation(id)) {
            Ok(answer) => {
                let operation = &answer["data"];
                printer.out(&format!(
                    "#{} {} {} {}/{} {} (started {}, ended {})",
                    operation["id"],
                    text(&operation["kind"]),
                    text(&operation["name"]),
                    text(&operation["integration_key"]),
                    text(&operation["connection_id"]),
                    text(&operation["status"]),
                    text(&operation["started_at"]),
                    text(&operation["finished_at"])
                ));
                for line in operation["logs"].as_array().into_iter().flatten() {
                    printer.out(&format!(
                        "  {} [{}] {}",
                        text(&line["created_at"]),
                        text(&line["level"]),
                        text(&line["message"])
                    ));
                }
                ExitStatus::Success
            }
            Err(e) => {
                printer.err(&format!("error: {e}"));
                ExitStatus::Failure
            }
        },
        None => match runtime.block_on(client.operations(args.kind.as_deref(), args.limit)) {
            Ok(answer) => {
                for operation in answer["data"].as_array().into_iter().flatten() {
                    printer.out(&format!(
                        "#{} {} {} {} {}/{} {}",
                        operation["id"],
                        text(&operation["started_at"]),
                        text(&operation["kind"]),
                        text(&operation["status"]),
                        text(&operation["integration_key"]),
                        text(&operation["connection_id"]),
                        text(&operation["name"])
                    ));
                }
                ExitStatus::Success
            }
            Err(e) => {
                printer.err(&format!("error: {e}"));
                ExitStatus::Failure
            }
        },
    }
}
