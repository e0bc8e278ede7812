//! Node-like globals and built-in modules that real scripts use: installed in every context
//! before the SDK. (To be completed: see `install`.)

use rquickjs::{Ctx, Function};

/// Installs the globals (`URL`, `Buffer`, …) into a fresh context.
pub fn install(_ctx: &Ctx<'_>) -> rquickjs::Result<()> {
    Ok(())
}

/// The `require` function bundles call for modules they do not contain (`crypto`, `url`, …).
pub fn require_function<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Function<'js>> {
    ctx.eval(
        r#"(function require(id) {
    throw new Error('module "' + id + '" is not available in the nango-rs runtime');
})"#,
    )
}
