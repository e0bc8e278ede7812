//! The script runtime: runs a compiled Nango script (a CommonJS bundle, ours or the real Nango
//! CLI's) in a QuickJS sandbox with the Nango SDK, under time and memory limits.
//!
//! The sandbox reaches the outside only through the [`Host`] traits: no filesystem, no sockets, no
//! `process`. Each run gets a fresh QuickJS runtime (about 100 µs to create), so no state leaks
//! from one run to the next and limits apply to one run.
//!
//! The SDK itself (`nango.proxy`, `paginate`, `batchSave`, …) is JavaScript (`sdk.js`) over four
//! host functions, which exchange JSON text with Rust: one boundary, easy to reason about.
#![deny(missing_docs)]

mod encode;
mod error;
mod globals;
mod host;
mod limits;
mod stack;
pub mod validate;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rquickjs::context::EvalOptions;
use rquickjs::prelude::{Async, Func};
use rquickjs::promise::MaybePromise;
use rquickjs::{AsyncContext, AsyncRuntime, CatchResultExt, Ctx, Function, IntoJs, Object, Value};
use serde::Serialize;

pub use error::{LimitKind, RunError};
pub use host::{
    ConnectionSource, Host, HostCall, HostError, LogLevel, LogSink, Proxy, ProxyRequest,
    ProxyResponse, RecordOp, RecordSink, RequestBody, ResponseOrigin, SavedRecord, TrackStep,
};
pub use limits::Limits;
pub use validate::Validation;

const SDK: &str = include_str!("sdk.js");

/// Parts of the SDK compiled the first time a run uses them (compiling is most of what a fresh
/// sandbox costs, and most runs need neither).
const SDK_SECTIONS: [(&str, &str); 2] = [
    ("paginate", include_str!("sdk/paginate.js")),
    ("replay", include_str!("sdk/replay.js")),
];

/// Which entry point a script has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScriptKind {
    /// `fetchData(nango: NangoSync)`.
    Sync,
    /// `runAction(nango: NangoAction, input)`.
    Action,
    /// `onEvent(nango: NangoAction)`.
    OnEvent,
}

/// A compiled script.
#[derive(Debug, Clone)]
pub struct Script {
    /// File name used in stack traces, e.g. `issues-github.js`.
    pub name: String,
    /// The CommonJS bundle.
    pub code: Arc<str>,
    /// Its source map (JSON), to report TypeScript lines in errors.
    pub source_map: Option<Arc<str>>,
}

/// What the script sees of where it runs (the fields of the `nango` object).
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScriptContext {
    /// The connection.
    pub connection_id: String,
    /// The integration.
    pub provider_config_key: String,
    /// The provider (e.g. `github`).
    pub provider: Option<String>,
    /// Environment id.
    pub environment_id: Option<i64>,
    /// Environment name.
    pub environment_name: Option<String>,
    /// Log id of the run.
    pub activity_log_id: Option<String>,
    /// Sync id.
    pub sync_id: Option<String>,
    /// Sync job id.
    pub sync_job_id: Option<i64>,
    /// Internal connection id.
    pub nango_connection_id: Option<i64>,
    /// `nango dryrun`.
    pub dry_run: bool,
    /// Start of the last successful run (RFC 3339), for incremental syncs.
    pub last_sync_date: Option<String>,
    /// Sync variant.
    pub variant: Option<String>,
    /// Whether the sync tracks deletes.
    pub track_deletes: bool,
    /// The provider's default `paginate` settings, merged under the script's.
    pub pagination_defaults: Option<serde_json::Value>,
    /// Flow attributes.
    pub attributes: Option<serde_json::Value>,
    /// Compute each proxy request's identity ([`ProxyRequest::identity`]), for runs that record
    /// or replay responses.
    pub request_identity: bool,
    /// With `request_identity`: compute it as `.test.json` fixtures (the 0.71 line) do, rather
    /// than as `mocks/` folders do.
    pub unified_request_identity: bool,
    /// A fixed `Date.now()` (milliseconds since the epoch) for the whole run, as tests need
    /// when a script puts "now minus 30 days" into its requests.
    pub frozen_time: Option<i64>,
    /// With `unified_request_identity`: the `.test.json` being replayed, which the stand-ins for
    /// `nango/test`'s vitest mocks expose as Nango's do (`fixtureProvider.mockData`,
    /// `getInput()`, `getOutput()`) to the test helpers some scripts carry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fixture: Option<serde_json::Value>,
}

/// One run to perform.
#[derive(Debug, Clone)]
pub struct RunRequest {
    /// The script.
    pub script: Script,
    /// Its kind.
    pub kind: ScriptKind,
    /// An action's input.
    pub input: Option<serde_json::Value>,
    /// The `nango` object's fields.
    pub context: ScriptContext,
    /// Time and memory limits.
    pub limits: Limits,
    /// The models (`definitions` of `.nango/schema.json`), to validate records.
    pub models: Option<Arc<serde_json::Value>>,
    /// What to do with records that do not match their model.
    pub validation: Validation,
}

/// What a successful run produced.
#[derive(Debug, Clone, PartialEq)]
pub struct RunOutput {
    /// An action's return value (`None` for syncs and `undefined`).
    pub output: Option<serde_json::Value>,
    /// Wall time of the run.
    pub elapsed: Duration,
}

/// Runs a script to completion, or until it fails or hits a limit.
pub async fn run(request: RunRequest, host: Host) -> Result<RunOutput, RunError> {
    let started = Instant::now();
    let limits = request.limits.clone();
    let deadline = started + limits.wall_time;
    let runtime = AsyncRuntime::new()
        .map_err(|e| RunError::Internal(format!("cannot create the JavaScript runtime: {e}")))?;
    runtime.set_memory_limit(limits.memory_bytes).await;
    runtime.set_max_stack_size(limits.stack_bytes).await;
    // The interrupt handler stops JavaScript that runs past the deadline (busy loops); awaiting
    // host calls is covered by the timeout around the whole run.
    // A limit that host calls notice (too many log lines) stops the script the same way: the
    // call sets `stop_for`, the next interrupt check ends the run.
    let interrupted = Arc::new(AtomicBool::new(false));
    let stop_for: StopFor = Arc::new(AtomicBool::new(false));
    let flag = interrupted.clone();
    let stop = stop_for.clone();
    runtime
        .set_interrupt_handler(Some(Box::new(move || {
            let stopped = Instant::now() >= deadline || stop.load(Ordering::Relaxed);
            if stopped {
                flag.store(true, Ordering::Relaxed);
            }
            stopped
        })))
        .await;
    let context = AsyncContext::full(&runtime)
        .await
        .map_err(|e| RunError::Internal(format!("cannot create the JavaScript context: {e}")))?;

    let source_map = request.script.source_map.clone();
    let script_name = request.script.name.clone();
    let execution = context.async_with(async |ctx| execute(&ctx, &request, &host, &stop_for).await);
    let result = match tokio::time::timeout(limits.wall_time, execution).await {
        Ok(result) => result,
        Err(_) => Err(RunError::Limit {
            limit: LimitKind::WallTime,
            message: limits.describe(LimitKind::WallTime),
        }),
    };
    let result = match result {
        Err(RunError::Script { .. }) | Err(RunError::Internal(_))
            if interrupted.load(Ordering::Relaxed) =>
        {
            let limit = if stop_for.load(Ordering::Relaxed) {
                LimitKind::LogLines
            } else {
                LimitKind::WallTime
            };
            Err(RunError::Limit {
                limit,
                message: limits.describe(limit),
            })
        }
        Err(RunError::Script {
            name,
            message,
            stack,
        }) => Err(RunError::Script {
            name,
            message,
            stack: stack::remap(&stack, &script_name, source_map.as_deref()),
        }),
        other => other,
    };
    result.map(|output| RunOutput {
        output,
        elapsed: started.elapsed(),
    })
}

const DEFINITION: &str = include_str!("definition.js");

/// Reads a zero-yaml script's definition without running it: the bundle is evaluated (which
/// builds its zod schemas) and its default export described as JSON by `definition.js`: plain
/// values as they are, functions as `{"$function": true}`, zod schemas as
/// `{"$zod": <type>, "schema": <JSON Schema>}`, `models` as `[name, schema]` pairs in their
/// order. The CLI validates the result; this only reads it.
pub async fn read_definition(
    script: &Script,
    limits: &Limits,
) -> Result<serde_json::Value, RunError> {
    let runtime = AsyncRuntime::new()
        .map_err(|e| RunError::Internal(format!("cannot create the JavaScript runtime: {e}")))?;
    runtime.set_memory_limit(limits.memory_bytes).await;
    runtime.set_max_stack_size(limits.stack_bytes).await;
    let deadline = Instant::now() + limits.wall_time;
    runtime
        .set_interrupt_handler(Some(Box::new(move || Instant::now() >= deadline)))
        .await;
    let context = AsyncContext::full(&runtime)
        .await
        .map_err(|e| RunError::Internal(format!("cannot create the JavaScript context: {e}")))?;
    let text = context
        .with(|ctx| -> Result<String, RunError> {
            globals::install(&ctx)
                .catch(&ctx)
                .map_err(|e| error::from_caught(&ctx, e, limits))?;
            let exports = load_exports(&ctx, script, true).map_err(|e| match e {
                BundleError::Caught(message) | BundleError::NoDefault(message) => {
                    RunError::InvalidScript(message)
                }
            })?;
            let default: Value = match exports.as_object() {
                Some(object) => object.get("default").unwrap_or_else(|_| exports.clone()),
                None => exports.clone(),
            };
            let default = if default.is_undefined() {
                exports
            } else {
                default
            };
            let describe: Function = ctx
                .eval_with_options(DEFINITION, eval_options("nango-definition.js"))
                .catch(&ctx)
                .map_err(|e| error::from_caught(&ctx, e, limits))?;
            describe
                .call::<_, String>((default,))
                .catch(&ctx)
                .map_err(|e| error::from_caught(&ctx, e, limits))
        })
        .await?;
    serde_json::from_str(&text).map_err(|e| RunError::Internal(e.to_string()))
}

/// Set by a host call that found the run past its log-line limit, for the interrupt handler
/// (checked very often: an atomic, not a lock) to stop the script on.
type StopFor = Arc<AtomicBool>;

async fn execute<'js>(
    ctx: &Ctx<'js>,
    request: &RunRequest,
    host: &Host,
    stop_for: &StopFor,
) -> Result<Option<serde_json::Value>, RunError> {
    let limits = &request.limits;
    globals::install(ctx)
        .catch(ctx)
        .map_err(|e| error::from_caught(ctx, e, limits))?;
    let rules = Arc::new(host::SaveRules::new(
        request.models.clone(),
        request.validation,
        host.logs.clone(),
    ));
    let sdk = install_sdk(ctx, host, request, rules.clone(), stop_for.clone())
        .catch(ctx)
        .map_err(|e| error::from_caught(ctx, e, limits))?;
    let context_json = serde_json::to_string(&NangoContext {
        kind: request.kind,
        context: &request.context,
    })
    .map_err(|e| RunError::Internal(e.to_string()))?;
    let nango: Value<'js> = (|| {
        let make: Function = sdk.get("makeNango")?;
        make.call((ctx.json_parse(context_json)?,))
    })()
    .catch(ctx)
    .map_err(|e| error::from_caught(ctx, e, limits))?;

    let entry = load_bundle(ctx, &request.script).map_err(|e| match e {
        BundleError::Caught(message) => RunError::InvalidScript(message),
        BundleError::NoDefault(message) => RunError::InvalidScript(message),
    })?;

    let input: Value<'js> = match &request.input {
        Some(input) => ctx
            .json_parse(
                serde_json::to_string(input).map_err(|e| RunError::Internal(e.to_string()))?,
            )
            .catch(ctx)
            .map_err(|e| error::from_caught(ctx, e, limits))?,
        None => Value::new_undefined(ctx.clone()),
    };
    let returned: MaybePromise<'js> = entry
        .call((nango, input))
        .and_then(|returned| globals::watch(ctx, returned))
        .catch(ctx)
        .map_err(|e| error::from_caught(ctx, e, limits))?;
    let value = returned.into_future::<Value<'js>>().await;
    // The warnings about the last batch's records are logged before the run ends.
    rules.finish().await;
    let value = value
        .catch(ctx)
        .map_err(|e| error::from_caught(ctx, e, limits))?;

    if request.kind != ScriptKind::Action || value.is_undefined() {
        return Ok(None);
    }
    let text = ctx
        .json_stringify(value)
        .catch(ctx)
        .map_err(|e| error::from_caught(ctx, e, limits))?;
    let Some(text) = text else { return Ok(None) };
    let text = text
        .to_string()
        .map_err(|e| RunError::Internal(e.to_string()))?;
    if text.len() > limits.output_bytes {
        return Err(RunError::Limit {
            limit: LimitKind::OutputSize,
            message: limits.describe(LimitKind::OutputSize),
        });
    }
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| RunError::Internal(format!("the action's output is not JSON: {e}")))
}

#[derive(Serialize)]
struct NangoContext<'a> {
    kind: ScriptKind,
    #[serde(flatten)]
    context: &'a ScriptContext,
}

/// Installs the host functions and evaluates the SDK; returns `{makeNango, ActionError}`.
fn install_sdk<'js>(
    ctx: &Ctx<'js>,
    host: &Host,
    request: &RunRequest,
    rules: Arc<host::SaveRules>,
    stop_for: StopFor,
) -> rquickjs::Result<Object<'js>> {
    let limits = &request.limits;
    let host_object = Object::new(ctx.clone())?;

    let proxy = host.proxy.clone();
    host_object.set(
        "request",
        Function::new(
            ctx.clone(),
            Async(move |text: String| {
                let proxy = proxy.clone();
                async move {
                    Ok::<_, rquickjs::Error>(host::answer_request(proxy.as_ref(), &text).await)
                }
            }),
        )?,
    )?;

    let records = host.records.clone();
    let save_rules = rules.clone();
    host_object.set(
        "save",
        Function::new(
            ctx.clone(),
            Async(move |op: String, model: String, text: String| {
                let records = records.clone();
                let rules = save_rules.clone();
                async move {
                    Ok::<_, rquickjs::Error>(
                        host::answer_save(records.as_ref(), &rules, &op, &model, &text).await,
                    )
                }
            }),
        )?,
    )?;

    // `host.saveRecords(op, model, records, start, end)`: the batch `records[start..end]`
    // written as JSON here (`encode`); `false` when it is not plain data, and the SDK then
    // sends `JSON.stringify`'s text to `host.save`.
    let records = host.records.clone();
    host_object.set(
        "saveRecords",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>,
                  op: String,
                  model: String,
                  batch: rquickjs::Array<'js>,
                  start: usize,
                  end: usize|
                  -> rquickjs::Result<Value<'js>> {
                let Some(encoded) = encode::encode_batch(&ctx, &batch, start, end) else {
                    // A getter that threw while the records were read may have left its
                    // exception pending: cleared here, it is JSON.stringify (which the SDK
                    // calls next, and which runs the getter again) that throws it.
                    let _ = ctx.catch();
                    return Ok(Value::new_bool(ctx, false));
                };
                let records = records.clone();
                let rules = rules.clone();
                rquickjs::promise::Promised(async move {
                    Ok::<_, rquickjs::Error>(
                        host::answer_records(records.as_ref(), &rules, &op, &model, encoded).await,
                    )
                })
                .into_js(&ctx)
            },
        )?,
    )?;

    let connection = host.connection.clone();
    let records = host.records.clone();
    host_object.set(
        "call",
        Function::new(
            ctx.clone(),
            Async(move |text: String| {
                let connection = connection.clone();
                let records = records.clone();
                async move {
                    Ok::<_, rquickjs::Error>(
                        host::answer_call(connection.as_ref(), records.as_ref(), &text).await,
                    )
                }
            }),
        )?,
    )?;

    host_object.set(
        "load",
        Func::from(
            |ctx: Ctx<'js>, name: String| -> rquickjs::Result<Function<'js>> {
                let Some((_, source)) = SDK_SECTIONS.iter().find(|(section, _)| *section == name)
                else {
                    return Err(rquickjs::Exception::throw_internal(
                        &ctx,
                        &format!("no SDK section {name}"),
                    ));
                };
                ctx.eval_with_options(*source, eval_options(&format!("nango-sdk/{name}.js")))
            },
        ),
    )?;
    host_object.set(
        "sha1",
        Func::from(|text: String| {
            use sha1::Digest;
            sha1::Sha1::digest(text.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        }),
    )?;

    let logs = host.logs.clone();
    let max_line = limits.log_line_bytes;
    let max_lines = limits.log_lines;
    let written = AtomicUsize::new(0);
    host_object.set(
        "log",
        Func::from(move |level: String, message: String| {
            if written.fetch_add(1, Ordering::Relaxed) >= max_lines {
                stop_for.store(true, Ordering::Relaxed);
                return;
            }
            logs.log(
                host::log_level(&level),
                &limits::truncate(&message, max_line),
            );
        }),
    )?;

    let factory: Function = ctx.eval_with_options(SDK, eval_options("nango-sdk.js"))?;
    factory.call((host_object,))
}

fn eval_options(name: &str) -> EvalOptions {
    let mut options = EvalOptions::default();
    options.global = true;
    options.strict = false;
    options.filename = Some(name.to_string());
    options
}

enum BundleError {
    Caught(String),
    NoDefault(String),
}

/// Evaluates a CommonJS bundle and returns its default export. `module`, `exports` and `require`
/// are globals so the bundle's lines are the file's lines in stack traces.
fn load_bundle<'js>(ctx: &Ctx<'js>, script: &Script) -> Result<Function<'js>, BundleError> {
    let exports = load_exports(ctx, script, false)?;
    entry_of(exports)
}

/// While a definition is read, a module the runtime does not provide (`soap`, `unzipper`) is a
/// stand-in that fails only when the script uses it: a definition does not need it, a run would.
const LENIENT_REQUIRE: &str = r#"(function (require) {
    return function (id) {
        try {
            return require(id);
        } catch (error) {
            const fail = function () { throw error; };
            const standIn = new Proxy(fail, { get: (_, key) => (key === '__esModule' ? false : standIn), apply: fail, construct: fail });
            return standIn;
        }
    };
})"#;

/// Evaluates a CommonJS bundle and returns its `module.exports`. `lenient` is for reading a
/// definition (see [`LENIENT_REQUIRE`]).
fn load_exports<'js>(
    ctx: &Ctx<'js>,
    script: &Script,
    lenient: bool,
) -> Result<Value<'js>, BundleError> {
    let setup = || -> rquickjs::Result<()> {
        let globals = ctx.globals();
        let module = Object::new(ctx.clone())?;
        let exports = Object::new(ctx.clone())?;
        module.set("exports", exports.clone())?;
        globals.set("module", module)?;
        globals.set("exports", exports)?;
        let require = globals::require_function(ctx)?;
        let require: Function = if lenient {
            let wrap: Function =
                ctx.eval_with_options(LENIENT_REQUIRE, eval_options("nango-require.js"))?;
            wrap.call((require,))?
        } else {
            require
        };
        globals.set("require", require)?;
        ctx.eval_with_options::<(), _>(script.code.as_bytes().to_vec(), eval_options(&script.name))
    };
    setup()
        .catch(ctx)
        .map_err(|e| BundleError::Caught(format!("the script failed to load: {e}")))?;
    let module: Object = ctx
        .globals()
        .get("module")
        .map_err(|e| BundleError::Caught(e.to_string()))?;
    module
        .get("exports")
        .map_err(|e| BundleError::Caught(e.to_string()))
}

/// The function a run calls: the default export, or a zero-yaml definition's `exec`.
fn entry_of(exports: Value<'_>) -> Result<Function<'_>, BundleError> {
    if let Some(f) = exports.as_function() {
        return Ok(f.clone());
    }
    if let Some(object) = exports.as_object()
        && let Ok(default) = object.get::<_, Value>("default")
    {
        if let Some(f) = default.as_function() {
            return Ok(f.clone());
        }
        // A zero-yaml script: `export default createSync({ …, exec })`.
        if let Some(definition) = default.as_object()
            && let Ok(exec) = definition.get::<_, Function>("exec")
        {
            return Ok(exec);
        }
    }
    Err(BundleError::NoDefault(
        "the script has no default export function (`export default async function …`) or definition (`export default createSync({ …, exec })`)".into(),
    ))
}
