//! `nango quickstart`.

use nango_quickstart::{CONNECTION, INTEGRATION, MODEL, QuickstartOptions, run as start};

use crate::ExitStatus;
use crate::cli::QuickstartArgs;
use crate::commands::async_runtime;
use crate::printer::Printer;

pub fn run(args: &QuickstartArgs, printer: Printer) -> ExitStatus {
    let runtime = match async_runtime(printer, 2) {
        Ok(runtime) => runtime,
        Err(status) => return status,
    };
    let options = QuickstartOptions {
        dir: args.dir.clone(),
        port: args.port,
    };
    runtime.block_on(async {
        let check = printer.check();
        let started = match start(&options, &|step| printer.err(&format!("{check} {step}"))).await {
            Ok(started) => started,
            Err(e) => {
                printer.err(&format!("{} quickstart failed: {e}", printer.cross()));
                return ExitStatus::Failure;
            }
        };
        let count = started.records["records"].as_array().map_or(0, Vec::len);
        printer.err(&format!(
            "{check} the sync ran on the server: {count} {MODEL} records"
        ));
        printer.out(&serde_json::to_string_pretty(&started.records).unwrap_or_default());
        let url = &started.server_url;
        let key = &started.secret_key;
        printer.err(&format!(
            "\nRead them yourself:\n\n  curl -s {url}/records?model={MODEL} \\\n    -H 'Authorization: Bearer {key}' \\\n    -H 'Connection-Id: {CONNECTION}' -H 'Provider-Config-Key: {INTEGRATION}'\n\n  node --input-type=module -e \"import {{ Nango }} from '@nangohq/node';\n    const nango = new Nango({{ host: '{url}', secretKey: '{key}' }});\n    console.log(await nango.listRecords({{ providerConfigKey: '{INTEGRATION}', connectionId: '{CONNECTION}', model: '{MODEL}' }}));\"\n\nThe demo folder is {folder}: change its sync and run `nango deploy dev` there (its .env points at this server).\n\nThe dashboard: {url}/ — log in as `{user}` with the password {password} (kept in {login}).",
            folder = started.folder.display(),
            user = started.dashboard.0,
            password = started.dashboard.1,
            login = started.dashboard.2.display(),
        ));
        if args.no_wait {
            let _ = started.stop.send(());
            let _ = started.server.await;
            return ExitStatus::Success;
        }
        printer.err(&format!("\nThe server keeps running on {url}: Ctrl-C stops it."));
        let _ = tokio::signal::ctrl_c().await;
        let _ = started.stop.send(());
        let _ = started.server.await;
        ExitStatus::Success
    })
}
