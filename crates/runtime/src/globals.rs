//! Node-like globals and built-in modules that real scripts use, installed in every context before
//! the SDK: `URL`, `URLSearchParams`, `TextEncoder`/`TextDecoder`, `Buffer`, timers,
//! `structuredClone`, `crypto` (global and module), and the host `require` for `crypto`, `url` and
//! `buffer`.
//!
//! Most of it is JavaScript over a few host functions written in Rust where JavaScript would be
//! slow or cannot do it: hashing and HMAC, randomness, UTF-8 coding of large texts, and sleeping.
//! Bytes cross the boundary as hex text one way (QuickJS-ng has a native
//! `Uint8Array.prototype.toHex`) and as a `Uint8Array` the other, one call per operation, never
//! per byte.
//!
//! Compiling JavaScript is what costs: all of it would take a few milliseconds, many times the
//! cost of the runtime itself. So each run compiles only the small core (`globals.js`); the
//! globals are accessors that compile their section (`globals/*.js`) the first time a script
//! reads them or requires their module, and then become plain values.
//!
//! What QuickJS-ng already provides is kept as is: `atob`/`btoa`, `queueMicrotask`,
//! `performance`, `DOMException`, `Uint8Array` base64/hex.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use hmac::{Hmac, KeyInit, Mac};
use rquickjs::context::EvalOptions;
use rquickjs::function::Opt;
use rquickjs::prelude::{Async, Func};
use rquickjs::promise::MaybePromise;
use rquickjs::{Ctx, Exception, Function, IntoJs, Object, TypedArray, Value};
use sha2::Digest;
use tokio::sync::oneshot;

const GLOBALS: &str = include_str!("globals.js");

/// The sections of `globals.js`, compiled the first time a script uses one (most use none).
const SECTIONS: [(&str, &str); 9] = [
    ("base", include_str!("globals/base.js")),
    ("timers", include_str!("globals/timers.js")),
    ("bytes", include_str!("globals/bytes.js")),
    ("params", include_str!("globals/params.js")),
    ("url", include_str!("globals/url.js")),
    ("crypto", include_str!("globals/crypto.js")),
    ("clone", include_str!("globals/clone.js")),
    ("headers", include_str!("globals/headers.js")),
    // `require("zod")` for bundles that keep zod external, as Nango's own 0.71 CLI makes them
    // (ours bundle it): zod itself, vendored by `scripts/vendor-zod.sh` (MIT; see
    // `vendor/zod.LICENSE`), compiled only by a run that requires it.
    (
        "zod",
        concat!(
            "(function () { var module = { exports: {} }; var exports = module.exports; (function () {\n",
            include_str!("../vendor/zod.js"),
            "\n})(); return { module: module.exports }; })"
        ),
    ),
];

/// Bytes handed to JavaScript are copied into memory QuickJS allocates, so that the run's memory
/// limit counts them; randomness comes in chunks of at most this size (JavaScript allocates the
/// whole buffer and fills it chunk by chunk).
const RANDOM_CHUNK: usize = 65536;

/// What `install` keeps for later: the functions `globals.js` returned, by name.
type Installed<'js> = BTreeMap<String, Function<'js>>;

/// Installs the globals (`URL`, `Buffer`, …) into a fresh context.
pub fn install(ctx: &Ctx<'_>) -> rquickjs::Result<()> {
    let native = native_functions(ctx)?;
    let factory: Function = ctx.eval_with_options(GLOBALS, eval_options("nango-globals.js"))?;
    let exported: Object = factory.call((native,))?;
    let mut installed = Installed::new();
    for name in ["require", "watch"] {
        installed.insert(name.to_string(), exported.get(name)?);
    }
    if ctx.store_userdata(installed).is_err() {
        return Err(Exception::throw_internal(
            ctx,
            "the runtime globals were installed twice",
        ));
    }
    Ok(())
}

/// The `require` function bundles call for modules they do not contain (`crypto`, `url`, …).
pub fn require_function<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Function<'js>> {
    if let Some(installed) = ctx.userdata::<Installed<'js>>()
        && let Some(require) = installed.get("require")
    {
        return Ok(require.clone());
    }
    ctx.eval(
        r#"(function require(id) {
    throw new Error('module "' + id + '" is not available in the nango-rs runtime');
})"#,
    )
}

fn eval_options(filename: &str) -> EvalOptions {
    let mut options = EvalOptions::default();
    options.global = true;
    options.strict = true;
    options.filename = Some(filename.to_string());
    options
}

/// What the script's entry point returned, as a promise that also rejects when a timer callback
/// throws (in Node such an error would end the process, so here it ends the run).
pub fn watch<'js>(ctx: &Ctx<'js>, returned: Value<'js>) -> rquickjs::Result<MaybePromise<'js>> {
    let watch = ctx
        .userdata::<Installed<'js>>()
        .and_then(|installed| installed.get("watch").cloned());
    match watch {
        Some(watch) => watch.call((returned,)),
        None => Ok(MaybePromise::from_value(returned)),
    }
}

/// The host functions `globals.js` builds on. They are handed to its factory and never exposed
/// to scripts directly.
fn native_functions<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let native = Object::new(ctx.clone())?;

    native.set(
        "load",
        Func::from(
            |ctx: Ctx<'js>, name: String| -> rquickjs::Result<Function<'js>> {
                let Some((_, source)) = SECTIONS.iter().find(|(section, _)| *section == name)
                else {
                    return Err(Exception::throw_internal(
                        &ctx,
                        &format!("no globals section {name}"),
                    ));
                };
                ctx.eval_with_options(*source, eval_options(&format!("nango-globals/{name}.js")))
            },
        ),
    )?;

    native.set(
        "utf8Encode",
        Func::from(|ctx: Ctx<'js>, text: String| TypedArray::<u8>::new_copy(ctx, text.as_bytes())),
    )?;
    native.set("utf8Length", Func::from(|text: String| text.len()))?;
    native.set(
        "utf8Decode",
        Func::from(
            |ctx: Ctx<'js>,
             hex: String,
             fatal: bool,
             strip_bom: bool|
             -> rquickjs::Result<String> {
                let bytes = from_hex(&ctx, &hex)?;
                let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
                    Some(rest) if strip_bom => rest,
                    _ => &bytes[..],
                };
                if fatal {
                    match std::str::from_utf8(bytes) {
                        Ok(text) => Ok(text.to_string()),
                        Err(_) => Err(Exception::throw_type(
                            &ctx,
                            "The encoded data was not valid for encoding utf-8",
                        )),
                    }
                } else {
                    Ok(String::from_utf8_lossy(bytes).into_owned())
                }
            },
        ),
    )?;

    native.set(
        "hash",
        Func::from(
            |ctx: Ctx<'js>, algorithm: String, key: Opt<String>| -> rquickjs::Result<Value<'js>> {
                let key = match key.0 {
                    Some(hex) => Some(from_hex(&ctx, &hex)?),
                    None => None,
                };
                match new_hash(&algorithm, key.as_deref()) {
                    Some(state) => hash_function(&ctx, state)?.into_js(&ctx),
                    None => Ok(Value::new_null(ctx)),
                }
            },
        ),
    )?;

    native.set(
        "randomBytes",
        Func::from(|ctx: Ctx<'js>, size: usize| {
            if size > RANDOM_CHUNK {
                return Err(Exception::throw_range(
                    &ctx,
                    &format!("at most {RANDOM_CHUNK} random bytes per call"),
                ));
            }
            let bytes = random_bytes(&ctx, size)?;
            TypedArray::<u8>::new_copy(ctx, bytes)
        }),
    )?;
    native.set(
        "randomUUID",
        Func::from(|ctx: Ctx<'js>| -> rquickjs::Result<String> {
            let mut b = random_bytes(&ctx, 16)?;
            b[6] = (b[6] & 0x0f) | 0x40;
            b[8] = (b[8] & 0x3f) | 0x80;
            let hex = to_hex(&b);
            Ok(format!(
                "{}-{}-{}-{}-{}",
                &hex[0..8],
                &hex[8..12],
                &hex[12..16],
                &hex[16..20],
                &hex[20..32]
            ))
        }),
    )?;

    let timers = Arc::new(Timers {
        start: tokio::time::Instant::now(),
        pending: Mutex::new(HashMap::new()),
    });
    let clock = timers.clone();
    native.set(
        "now",
        Func::from(move || clock.start.elapsed().as_secs_f64() * 1000.0),
    )?;
    let sleeper = timers.clone();
    native.set(
        "sleep",
        Function::new(
            ctx.clone(),
            Async(move |token: f64, ms: f64| {
                // Registered now, not when the future is first polled, so that a cancel that
                // comes first is not lost.
                let (cancel, cancelled) = oneshot::channel::<()>();
                let token = token as u64;
                sleeper.lock().insert(token, cancel);
                let timers = sleeper.clone();
                async move {
                    let fired = if ms.is_finite() && ms > 0.0 {
                        let duration = Duration::from_secs_f64(ms.min(2_147_483_647.0) / 1000.0);
                        tokio::select! {
                            _ = tokio::time::sleep(duration) => true,
                            _ = cancelled => false,
                        }
                    } else {
                        true
                    };
                    timers.lock().remove(&token);
                    Ok::<_, rquickjs::Error>(fired)
                }
            }),
        )?,
    )?;
    native.set(
        "cancel",
        Func::from(move |token: f64| {
            // Dropping the sender wakes the sleep, which then resolves `false`.
            timers.lock().remove(&(token as u64));
        }),
    )?;

    Ok(native)
}

/// Pending sleeps of one run, by token, so that `clearTimeout` ends them at once.
struct Timers {
    start: tokio::time::Instant,
    pending: Mutex<HashMap<u64, oneshot::Sender<()>>>,
}

impl Timers {
    fn lock(&self) -> MutexGuard<'_, HashMap<u64, oneshot::Sender<()>>> {
        self.pending.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A hash or HMAC in progress.
trait HashState: Send {
    fn update(&mut self, data: &[u8]);
    fn finish(self: Box<Self>) -> Vec<u8>;
    fn boxed_clone(&self) -> Box<dyn HashState>;
}

struct Plain<D>(D);

impl<D: Digest + Clone + Send + 'static> HashState for Plain<D> {
    fn update(&mut self, data: &[u8]) {
        Digest::update(&mut self.0, data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        self.0.finalize().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn HashState> {
        Box::new(Plain(self.0.clone()))
    }
}

struct Keyed<M>(M);

impl<M: Mac + Clone + Send + 'static> HashState for Keyed<M> {
    fn update(&mut self, data: &[u8]) {
        Mac::update(&mut self.0, data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        self.0.finalize().into_bytes().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn HashState> {
        Box::new(Keyed(self.0.clone()))
    }
}

/// A hash (or, with a key, an HMAC) for a Node algorithm name (`sha256`, `SHA-256`,
/// `RSA-SHA256`, …); `None` when the algorithm is not supported.
fn new_hash(algorithm: &str, key: Option<&[u8]>) -> Option<Box<dyn HashState>> {
    fn make<D>(key: Option<&[u8]>) -> Option<Box<dyn HashState>>
    where
        D: Digest + Clone + Send + 'static + hmac::EagerHash,
        Hmac<D>: Mac + KeyInit + Clone + Send,
    {
        Some(match key {
            None => Box::new(Plain(D::new())),
            Some(key) => Box::new(Keyed(<Hmac<D> as KeyInit>::new_from_slice(key).ok()?)),
        })
    }
    let name = algorithm.to_ascii_lowercase();
    let name = name.strip_prefix("rsa-").unwrap_or(&name).replace('-', "");
    match name.as_str() {
        "md5" => make::<md5::Md5>(key),
        "sha1" => make::<sha1::Sha1>(key),
        "sha224" | "sha2224" => make::<sha2::Sha224>(key),
        "sha256" | "sha2256" => make::<sha2::Sha256>(key),
        "sha384" | "sha2384" => make::<sha2::Sha384>(key),
        "sha512" | "sha2512" => make::<sha2::Sha512>(key),
        _ => None,
    }
}

/// A JS function over one hash state: `f("hex", bytesAsHex)` and `f("text", string)` feed it,
/// `f("digest")` returns the digest as a `Uint8Array` (once), `f("copy")` a function over a copy.
fn hash_function<'js>(
    ctx: &Ctx<'js>,
    state: Box<dyn HashState>,
) -> rquickjs::Result<Function<'js>> {
    let state = Mutex::new(Some(state));
    Function::new(
        ctx.clone(),
        move |ctx: Ctx<'js>, op: String, data: Opt<String>| -> rquickjs::Result<Value<'js>> {
            let mut guard = state.lock().unwrap_or_else(|e| e.into_inner());
            if op == "digest" {
                return match guard.take() {
                    Some(hash) => {
                        TypedArray::<u8>::new_copy(ctx.clone(), hash.finish())?.into_js(&ctx)
                    }
                    None => Err(Exception::throw_message(&ctx, "Digest already called")),
                };
            }
            let Some(hash) = guard.as_mut() else {
                return Err(Exception::throw_message(&ctx, "Digest already called"));
            };
            match op.as_str() {
                "hex" => hash.update(&from_hex(&ctx, data.0.as_deref().unwrap_or(""))?),
                "text" => hash.update(data.0.as_deref().unwrap_or("").as_bytes()),
                "copy" => {
                    let copy = hash.boxed_clone();
                    drop(guard);
                    return hash_function(&ctx, copy)?.into_js(&ctx);
                }
                other => {
                    return Err(Exception::throw_type(
                        &ctx,
                        &format!("unknown hash operation {other}"),
                    ));
                }
            }
            Ok(Value::new_undefined(ctx))
        },
    )
}

fn random_bytes(ctx: &Ctx<'_>, size: usize) -> rquickjs::Result<Vec<u8>> {
    let mut bytes = vec![0u8; size];
    getrandom::fill(&mut bytes)
        .map_err(|e| Exception::throw_internal(ctx, &format!("no randomness available: {e}")))?;
    Ok(bytes)
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Hex text (from `Uint8Array.prototype.toHex`) to bytes: a plain loop over a table, which stays
/// fast even in unoptimised builds.
fn from_hex(ctx: &Ctx<'_>, text: &str) -> rquickjs::Result<Vec<u8>> {
    const INVALID: u8 = 0xff;
    const TABLE: [u8; 256] = {
        let mut table = [INVALID; 256];
        let mut i = 0;
        while i < 10 {
            table[b'0' as usize + i] = i as u8;
            i += 1;
        }
        let mut i = 0;
        while i < 6 {
            table[b'a' as usize + i] = 10 + i as u8;
            table[b'A' as usize + i] = 10 + i as u8;
            i += 1;
        }
        table
    };
    let digits = text.as_bytes();
    if !digits.len().is_multiple_of(2) {
        return Err(Exception::throw_type(ctx, "odd-length hex data"));
    }
    let mut bytes = vec![0u8; digits.len() / 2];
    let mut bad = 0u8;
    for (i, byte) in bytes.iter_mut().enumerate() {
        let hi = TABLE[digits[2 * i] as usize];
        let lo = TABLE[digits[2 * i + 1] as usize];
        bad |= (hi | lo) & 0xf0;
        *byte = (hi << 4) | (lo & 0x0f);
    }
    if bad != 0 {
        return Err(Exception::throw_type(ctx, "invalid hex data"));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_names_and_vectors() {
        let mut h = new_hash("SHA-256", None).unwrap();
        h.update(b"abc");
        assert_eq!(
            to_hex(&h.finish()),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let mut h = new_hash("RSA-SHA1", Some(b"key")).unwrap();
        h.update(b"The quick brown fox jumps over the lazy dog");
        assert_eq!(
            to_hex(&h.finish()),
            "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9"
        );
        assert!(new_hash("whirlpool", None).is_none());
    }
}
