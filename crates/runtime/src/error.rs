//! How a run fails.

use rquickjs::{CaughtError, Ctx, Object, Value};

use crate::limits::Limits;

/// Which limit a run hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitKind {
    /// Wall time (also stops busy loops).
    WallTime,
    /// Memory.
    Memory,
    /// Call stack.
    Stack,
    /// Size of an action's output.
    OutputSize,
    /// Number of log lines.
    LogLines,
}

impl LimitKind {
    /// Its stable name (`wall_time`, `memory`, `stack`, `output_size`, `log_lines`).
    pub fn as_str(self) -> &'static str {
        match self {
            LimitKind::WallTime => "wall_time",
            LimitKind::Memory => "memory",
            LimitKind::Stack => "stack",
            LimitKind::OutputSize => "output_size",
            LimitKind::LogLines => "log_lines",
        }
    }
}

/// A failed run.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RunError {
    /// The script threw (or rejected) an error.
    #[error("{name}: {message}")]
    Script {
        /// Error class, e.g. `TypeError`.
        name: String,
        /// Its message.
        message: String,
        /// Stack frames, mapped to the TypeScript sources when a source map is known.
        stack: Vec<String>,
    },
    /// The action threw `nango.ActionError(payload)`: the payload is the action's error.
    #[error("action error: {payload}")]
    Action {
        /// What the script passed.
        payload: serde_json::Value,
    },
    /// A proxy call answered a non-2xx status and the script did not catch it.
    #[error("HTTP {status} from the provider: {data}")]
    Http {
        /// The status.
        status: u16,
        /// The response body.
        data: serde_json::Value,
    },
    /// A limit was hit.
    #[error("{message}")]
    Limit {
        /// Which one.
        limit: LimitKind,
        /// What to tell the user.
        message: String,
    },
    /// The bundle could not be loaded or has no default export.
    #[error("{0}")]
    InvalidScript(String),
    /// A failure of the runtime itself.
    #[error("internal error: {0}")]
    Internal(String),
}

/// Classifies what a script threw.
pub(crate) fn from_caught<'js>(
    ctx: &Ctx<'js>,
    caught: CaughtError<'js>,
    limits: &Limits,
) -> RunError {
    match caught {
        // QuickJS throws `null` when it cannot even allocate the error object.
        CaughtError::Value(value) if value.is_null() => RunError::Limit {
            limit: crate::LimitKind::Memory,
            message: limits.describe(LimitKind::Memory),
        },
        CaughtError::Value(value) => thrown_value(ctx, value),
        CaughtError::Exception(exception) => {
            let object: &Object = exception.as_object();
            if let Some(error) = special_error(ctx, object) {
                return error;
            }
            let message = exception.message().unwrap_or_default();
            let name: String = object.get("name").unwrap_or_else(|_| "Error".into());
            if (name == "InternalError" && message.contains("stack overflow"))
                || (name == "RangeError" && message.contains("call stack size"))
            {
                return RunError::Limit {
                    limit: LimitKind::Stack,
                    message: limits.describe(LimitKind::Stack),
                };
            }
            if name == "InternalError" && message.contains("out of memory") {
                return RunError::Limit {
                    limit: LimitKind::Memory,
                    message: limits.describe(LimitKind::Memory),
                };
            }
            let stack = exception
                .stack()
                .unwrap_or_default()
                .lines()
                .map(str::to_string)
                .filter(|l| !l.trim().is_empty())
                .collect();
            RunError::Script {
                name,
                message,
                stack,
            }
        }
        CaughtError::Error(rquickjs::Error::Allocation) => RunError::Limit {
            limit: LimitKind::Memory,
            message: limits.describe(LimitKind::Memory),
        },
        CaughtError::Error(error) => RunError::Internal(error.to_string()),
    }
}

/// `ActionError` and uncaught HTTP errors, recognised by their shape so that errors thrown by
/// bundles of the real Nango CLI (with its own `ActionError` class) are recognised too.
fn special_error<'js>(ctx: &Ctx<'js>, object: &Object<'js>) -> Option<RunError> {
    let kind: Option<String> = object.get("type").ok();
    if kind.as_deref() == Some("action_script_runtime_error") {
        let payload: Value = object.get("payload").ok()?;
        return Some(RunError::Action {
            payload: to_json(ctx, payload).unwrap_or(serde_json::Value::Null),
        });
    }
    let response: Object = object.get("response").ok()?;
    let status: u16 = response.get("status").ok()?;
    let data: Value = response.get("data").ok()?;
    Some(RunError::Http {
        status,
        data: to_json(ctx, data).unwrap_or(serde_json::Value::Null),
    })
}

fn thrown_value<'js>(ctx: &Ctx<'js>, value: Value<'js>) -> RunError {
    if let Some(object) = value.as_object()
        && let Some(error) = special_error(ctx, object)
    {
        return error;
    }
    let text = to_json(ctx, value)
        .map(|v| v.to_string())
        .unwrap_or_else(|| "a value that is not an Error".into());
    RunError::Script {
        name: "Error".into(),
        message: format!("the script threw {text}"),
        stack: Vec::new(),
    }
}

fn to_json<'js>(ctx: &Ctx<'js>, value: Value<'js>) -> Option<serde_json::Value> {
    let text = ctx.json_stringify(value).ok()??.to_string().ok()?;
    serde_json::from_str(&text).ok()
}
