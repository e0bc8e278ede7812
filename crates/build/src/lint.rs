//! Checks Nango applies to scripts before they are deployed, with messages that say what to do.
//!
//! - every `nango.*` call whose promise would be dropped must be awaited;
//! - `batchSave`/`batchUpdate`/`batchDelete` name one of the sync's output models;
//! - record calls are only made from syncs;
//! - a sync's `fetchData` returns nothing (records are saved, not returned);
//! - `retryOn` is used together with `retries`;
//! - a script has a default export;
//! - in a sync's `exec` (zero-yaml scripts), the order Nango's 0.71 CLI requires of the calls
//!   that bracket record writes: `setMergingStrategy` before any proxy or record call,
//!   `deleteRecordsFromPreviousExecutions` once and after the record calls, and per model one
//!   `trackDeletesStart` before the record calls and one `trackDeletesEnd` after them. As there,
//!   the order is the order in the text, and calls made from helper functions are not seen.

use nango_config::ScriptKind;
use nango_diagnostics::{Diagnostic, SourceFile};
use oxc::allocator::Allocator;
use oxc::ast::ast::{
    Argument, ArrowFunctionBody, ArrowFunctionExpression, CallExpression, Class,
    ExportDefaultDeclarationKind, Expression, ExpressionStatement, Function, FunctionBody,
    ObjectExpression, ObjectPropertyKind, PropertyKey, ReturnStatement, Statement,
};
use oxc::ast_visit::{Visit, walk};
use oxc::parser::Parser;
use oxc::semantic::ScopeFlags;
use oxc::span::{GetSpan, SourceType, Span};

use crate::transform::{byte_span, from_oxc};

/// SDK methods that return a promise.
const ASYNC_METHODS: [&str; 33] = [
    "proxy",
    "get",
    "post",
    "put",
    "patch",
    "delete",
    "getToken",
    "getConnection",
    "getIntegration",
    "setMetadata",
    "updateMetadata",
    "getMetadata",
    "getWebhookURL",
    "log",
    "getEnvironmentVariables",
    "triggerAction",
    "triggerSync",
    "startSync",
    "zodValidateInput",
    "uncontrolledFetch",
    "tryAcquireLock",
    "releaseLock",
    "releaseAllLocks",
    "batchSave",
    "batchUpdate",
    "batchDelete",
    "batchSend",
    "getRecordsByIds",
    "setMergingStrategy",
    "setFieldMapping",
    "getFieldMapping",
    "saveCheckpoint",
    "clearCheckpoint",
];

/// SDK methods that take a model name as second argument and only exist in syncs.
const RECORD_METHODS: [&str; 6] = [
    "batchSave",
    "batchUpdate",
    "batchDelete",
    "batchSend",
    "getRecordsByIds",
    "setMergingStrategy",
];

/// What the linter knows about the file.
#[derive(Debug, Clone, Copy)]
pub struct LintTarget<'a> {
    /// The script's kind.
    pub kind: ScriptKind,
    /// The script's name, for messages.
    pub script: &'a str,
    /// The sync's output models.
    pub outputs: &'a [String],
    /// Whether the file is the script itself (true) or a helper it imports (false): helpers only
    /// get the checks that do not depend on the script.
    pub is_entry: bool,
}

/// Lints one TypeScript file. Syntax errors are left to the compiler and give no lint result.
pub fn lint(file: &SourceFile, target: LintTarget<'_>) -> Vec<Diagnostic> {
    if crate::nesting::too_deep_at(&file.text, true).is_some() {
        return Vec::new();
    }
    let allocator = Allocator::default();
    let source_type = SourceType::from_path(&file.name).unwrap_or_else(|_| SourceType::ts());
    let parsed = Parser::new(&allocator, &file.text, source_type).parse();
    if parsed.panicked || parsed.diagnostics.has_errors() {
        return Vec::new();
    }
    let mut linter = Linter {
        file,
        target,
        diagnostics: Vec::new(),
    };
    linter.visit_program(&parsed.program);
    if target.is_entry {
        linter.check_default_export(&parsed.program.body);
        if target.kind == ScriptKind::Sync {
            let mut calls = ExecCalls::default();
            calls.visit_program(&parsed.program);
            for (diagnostic, span) in calls.order_problems() {
                linter.report(diagnostic, span);
            }
        }
    }
    linter.diagnostics
}

/// The `nango.*` calls written inside an `exec: …` property, in text order, with their first
/// argument when it is a string.
#[derive(Default)]
struct ExecCalls {
    depth: usize,
    calls: Vec<(String, Option<String>, Span)>,
}

impl<'a> Visit<'a> for ExecCalls {
    fn visit_object_property(&mut self, it: &oxc::ast::ast::ObjectProperty<'a>) {
        let is_exec = it.key.static_name().as_deref() == Some("exec");
        self.depth += usize::from(is_exec);
        walk::walk_object_property(self, it);
        self.depth -= usize::from(is_exec);
    }

    fn visit_call_expression(&mut self, it: &CallExpression<'a>) {
        if self.depth > 0
            && let Some((method, span)) = nango_method(it)
        {
            let model = string_argument(it.arguments.first()).map(|(m, _)| m.to_string());
            self.calls.push((method.to_string(), model, span));
        }
        walk::walk_call_expression(self, it);
    }
}

impl ExecCalls {
    fn spans(&self, method: &str) -> Vec<Span> {
        self.calls
            .iter()
            .filter(|(m, _, _)| m == method)
            .map(|(_, _, s)| *s)
            .collect()
    }

    fn order_problems(&self) -> Vec<(Diagnostic, Span)> {
        const PROXY: [&str; 6] = ["proxy", "get", "post", "put", "patch", "delete"];
        const RECORDS: [&str; 3] = ["batchSave", "batchDelete", "batchUpdate"];
        let of = |names: &[&str]| -> Vec<Span> {
            self.calls
                .iter()
                .filter(|(m, _, _)| names.contains(&m.as_str()))
                .map(|(_, _, s)| *s)
                .collect()
        };
        let records = of(&RECORDS);
        let proxies = of(&PROXY);
        let first_record = records.iter().map(|s| s.start).min();
        let last_record = records.iter().map(|s| s.start).max();
        let error = |code: &str, message: String| Diagnostic::error(code.to_string(), message);
        let mut out = Vec::new();
        if let Some(merging) = self.spans("setMergingStrategy").first() {
            let before = |spans: &[Span]| spans.iter().any(|s| s.start < merging.start);
            if before(&records) || before(&proxies) {
                out.push((
                    error("merging_strategy_order", "`setMergingStrategy` must be called before any proxy or record call of the sync".into()),
                    *merging,
                ));
            }
        }
        let deletes = self.spans("deleteRecordsFromPreviousExecutions");
        if let Some(second) = deletes.get(1) {
            out.push((
                error(
                    "delete_records_twice",
                    "`deleteRecordsFromPreviousExecutions` may be called only once per sync".into(),
                ),
                *second,
            ));
        }
        if let (Some(first), Some(last)) = (deletes.first(), last_record)
            && last > first.start
        {
            out.push((
                error("delete_records_order", "`deleteRecordsFromPreviousExecutions` must come after every record call of the sync".into()),
                *first,
            ));
        }
        let mut models: Vec<&str> = Vec::new();
        for (method, model, _) in &self.calls {
            if (method == "trackDeletesStart" || method == "trackDeletesEnd")
                && let Some(model) = model
                && !models.contains(&model.as_str())
            {
                models.push(model);
            }
        }
        for model in models {
            let of_model = |method: &str| -> Vec<Span> {
                self.calls
                    .iter()
                    .filter(|(m, md, _)| m == method && md.as_deref() == Some(model))
                    .map(|(_, _, s)| *s)
                    .collect()
            };
            let (starts, ends) = (of_model("trackDeletesStart"), of_model("trackDeletesEnd"));
            let problem = if let Some(second) = starts.get(1) {
                Some((
                    "track_deletes_twice",
                    format!("`trackDeletesStart('{model}')` may be called only once per sync"),
                    *second,
                ))
            } else if let Some(second) = ends.get(1) {
                Some((
                    "track_deletes_twice",
                    format!("`trackDeletesEnd('{model}')` may be called only once per sync"),
                    *second,
                ))
            } else {
                match (starts.first(), ends.first()) {
                    (None, Some(end)) => Some((
                        "track_deletes_unpaired",
                        format!(
                            "`trackDeletesEnd('{model}')` is called but `trackDeletesStart('{model}')` never is"
                        ),
                        *end,
                    )),
                    (Some(start), None) => Some((
                        "track_deletes_unpaired",
                        format!(
                            "`trackDeletesStart('{model}')` is called but `trackDeletesEnd('{model}')` never is"
                        ),
                        *start,
                    )),
                    (Some(start), Some(end)) if start.start > end.start => Some((
                        "track_deletes_order",
                        format!(
                            "`trackDeletesStart('{model}')` must come before `trackDeletesEnd('{model}')`"
                        ),
                        *start,
                    )),
                    (Some(start), _) if first_record.is_some_and(|r| r < start.start) => Some((
                        "track_deletes_order",
                        format!(
                            "`trackDeletesStart('{model}')` must come before every record call of the sync"
                        ),
                        *start,
                    )),
                    (_, Some(end)) if last_record.is_some_and(|r| r > end.start) => Some((
                        "track_deletes_order",
                        format!(
                            "`trackDeletesEnd('{model}')` must come after every record call of the sync"
                        ),
                        *end,
                    )),
                    _ => None,
                }
            };
            if let Some((code, message, span)) = problem {
                out.push((
                    error(code, message).with_help("records saved outside the bracket are not counted, and the run would delete them"),
                    span,
                ));
            }
        }
        out
    }
}

struct Linter<'f, 't> {
    file: &'f SourceFile,
    target: LintTarget<'t>,
    diagnostics: Vec<Diagnostic>,
}

/// `nango.<method>(…)`: the method name and its span.
fn nango_method<'a>(call: &'a CallExpression<'_>) -> Option<(&'a str, Span)> {
    let Expression::StaticMemberExpression(member) = call.callee.without_parentheses() else {
        return None;
    };
    let Expression::Identifier(object) = &member.object else {
        return None;
    };
    (object.name == "nango").then(|| (member.property.name.as_str(), member.span))
}

fn string_argument<'a>(argument: Option<&'a Argument<'_>>) -> Option<(&'a str, Span)> {
    match argument? {
        Argument::StringLiteral(s) => Some((s.value.as_str(), s.span)),
        Argument::TemplateLiteral(t) if t.expressions.is_empty() => {
            t.quasis.first().map(|q| (q.value.raw.as_str(), t.span))
        }
        _ => None,
    }
}

impl Linter<'_, '_> {
    fn report(&mut self, diagnostic: Diagnostic, span: Span) {
        let (offset, len) = byte_span(span);
        self.diagnostics.push(diagnostic.at(self.file, offset, len));
    }

    fn check_default_export(&mut self, body: &[Statement<'_>]) {
        let entry = match self.target.kind {
            ScriptKind::Sync => "fetchData(nango: NangoSync)",
            ScriptKind::Action => "runAction(nango: NangoAction, input)",
            ScriptKind::OnEvent => "onEvent(nango: NangoAction)",
        };
        let default = body.iter().find_map(|statement| match statement {
            Statement::ExportDefaultDeclaration(decl) => Some(decl),
            _ => None,
        });
        let Some(default) = default else {
            let d = Diagnostic::error(
                "missing_default_export",
                format!(
                    "{} `{}` has no default export",
                    self.target.kind.noun(),
                    self.target.script
                ),
            )
            .in_file(self.file)
            .with_help(format!(
                "export the script's function: `export default async function {entry} {{ … }}`"
            ));
            self.diagnostics.push(d);
            return;
        };
        if self.target.kind != ScriptKind::Sync {
            return;
        }
        let function_body: Option<&FunctionBody<'_>> = match &default.declaration {
            ExportDefaultDeclarationKind::FunctionDeclaration(f) => f.body.as_deref(),
            ExportDefaultDeclarationKind::ArrowFunctionExpression(a) => match &a.body {
                ArrowFunctionBody::FunctionBody(body) => Some(body),
                _ => None,
            },
            ExportDefaultDeclarationKind::Identifier(id) => body.iter().find_map(|s| match s {
                Statement::FunctionDeclaration(f)
                    if f.id.as_ref().is_some_and(|i| i.name == id.name) =>
                {
                    f.body.as_deref()
                }
                _ => None,
            }),
            _ => None,
        };
        if let Some(function_body) = function_body {
            let mut finder = ReturnFinder { spans: Vec::new() };
            for statement in &function_body.statements {
                finder.visit_statement(statement);
            }
            for span in finder.spans {
                self.report(
                    Diagnostic::error("fetch_data_returns_value", "a sync's `fetchData` must not return a value: Nango ignores it")
                        .with_help("save records with `await nango.batchSave(records, 'Model')` and end with a plain `return;`"),
                    span,
                );
            }
        }
    }
}

impl<'a> Visit<'a> for Linter<'_, '_> {
    fn visit_expression_statement(&mut self, it: &ExpressionStatement<'a>) {
        if let Expression::CallExpression(call) = it.expression.without_parentheses()
            && let Some((method, span)) = nango_method(call)
            && ASYNC_METHODS.contains(&method)
        {
            self.report(
                Diagnostic::error("unawaited_call", format!("`nango.{method}()` returns a promise that is not awaited"))
                    .with_label("add `await` before this call")
                    .with_help("without `await` the script can end before the call completes, and its errors are lost"),
                span,
            );
        }
        walk::walk_expression_statement(self, it);
    }

    fn visit_call_expression(&mut self, it: &CallExpression<'a>) {
        if let Some((method, span)) = nango_method(it)
            && RECORD_METHODS.contains(&method)
        {
            if self.target.kind != ScriptKind::Sync {
                if self.target.is_entry {
                    self.report(
                        Diagnostic::error(
                            "sync_only_call",
                            format!(
                                "`nango.{method}()` is only available in syncs, not in {}s",
                                self.target.kind.noun()
                            ),
                        )
                        .with_help("actions return their result instead of saving records"),
                        span,
                    );
                }
            } else if self.target.is_entry
                && let Some((model, model_span)) = string_argument(it.arguments.get(1))
                && !self.target.outputs.iter().any(|o| o == model)
            {
                let outputs = self.target.outputs.join(", ");
                self.report(
                    Diagnostic::error("unknown_model", format!("`{model}` is not an output model of sync `{}`", self.target.script))
                        .with_help(format!("the sync's outputs are: {outputs} (add `{model}` to `output:` in nango.yaml to save it)")),
                    model_span,
                );
            }
        }
        walk::walk_call_expression(self, it);
    }

    fn visit_object_expression(&mut self, it: &ObjectExpression<'a>) {
        let key = |p: &ObjectPropertyKind<'_>| match p {
            ObjectPropertyKind::ObjectProperty(prop) => match &prop.key {
                PropertyKey::StaticIdentifier(id) => Some((id.name.to_string(), prop.span)),
                PropertyKey::StringLiteral(s) => Some((s.value.to_string(), prop.span)),
                _ => None,
            },
            ObjectPropertyKind::SpreadProperty(_) => Some(("...".to_string(), p.span())),
        };
        let keys: Vec<(String, Span)> = it.properties.iter().filter_map(key).collect();
        let has = |name: &str| keys.iter().any(|(k, _)| k == name || k == "...");
        if let Some((_, span)) = keys.iter().find(|(k, _)| k == "retryOn")
            && !has("retries")
        {
            self.report(
                Diagnostic::warning(
                    "retry_on_without_retries",
                    "`retryOn` has no effect without `retries`",
                )
                .with_help("add `retries: <n>` to retry on these status codes"),
                *span,
            );
        }
        walk::walk_object_expression(self, it);
    }
}

/// Collects `return <value>` statements of one function body, not of nested functions.
struct ReturnFinder {
    spans: Vec<Span>,
}

impl<'a> Visit<'a> for ReturnFinder {
    fn visit_return_statement(&mut self, it: &ReturnStatement<'a>) {
        if it.argument.is_some() {
            self.spans.push(it.span);
        }
    }
    fn visit_function(&mut self, _: &Function<'a>, _: ScopeFlags) {}
    fn visit_arrow_function_expression(&mut self, _: &ArrowFunctionExpression<'a>) {}
    fn visit_class(&mut self, _: &Class<'a>) {}
}

/// Parses a file only to report its syntax errors (used when a file cannot be linted).
pub fn syntax_errors(file: &SourceFile) -> Vec<Diagnostic> {
    if let Some(too_deep) = crate::nesting::too_deep(file, true) {
        return vec![too_deep];
    }
    let allocator = Allocator::default();
    let source_type = SourceType::from_path(&file.name).unwrap_or_else(|_| SourceType::ts());
    let parsed = Parser::new(&allocator, &file.text, source_type).parse();
    parsed
        .diagnostics
        .into_vec()
        .iter()
        .map(|d| from_oxc(d, file))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(kind: ScriptKind, source: &str) -> Vec<String> {
        let file = SourceFile::new("gh/syncs/s.ts", source);
        let outputs = ["Issue".to_string()];
        lint(
            &file,
            LintTarget {
                kind,
                script: "s",
                outputs: &outputs,
                is_entry: true,
            },
        )
        .iter()
        .map(ToString::to_string)
        .collect()
    }

    #[test]
    fn clean_sync_has_no_findings() {
        let out = run(
            ScriptKind::Sync,
            "export default async function fetchData(nango: any) {\n  const r = await nango.get({ endpoint: '/x', retries: 3, retryOn: [429] });\n  await nango.batchSave([r.data], 'Issue');\n  const p = nango.log('x');\n  await p;\n  return;\n}\n",
        );
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn unawaited_calls_are_errors_with_their_position() {
        let out = run(
            ScriptKind::Sync,
            "export default async function fetchData(nango: any) {\n  nango.log('x');\n}\n",
        );
        assert_eq!(
            out,
            [
                "gh/syncs/s.ts:2:3: error[unawaited_call]: `nango.log()` returns a promise that is not awaited"
            ]
        );
    }

    #[test]
    fn batch_save_of_a_model_that_is_not_an_output() {
        let out = run(
            ScriptKind::Sync,
            "export default async function fetchData(nango: any) {\n  await nango.batchSave([], 'Nope');\n}\n",
        );
        assert_eq!(
            out,
            ["gh/syncs/s.ts:2:29: error[unknown_model]: `Nope` is not an output model of sync `s`"]
        );
    }

    #[test]
    fn fetch_data_returning_a_value() {
        let out = run(
            ScriptKind::Sync,
            "export default async function fetchData(nango: any) {\n  const f = () => { return 1; };\n  return f();\n}\n",
        );
        assert_eq!(
            out,
            [
                "gh/syncs/s.ts:3:3: error[fetch_data_returns_value]: a sync's `fetchData` must not return a value: Nango ignores it"
            ]
        );
    }

    #[test]
    fn record_calls_in_actions_and_retry_on_alone() {
        let out = run(
            ScriptKind::Action,
            "export default async function runAction(nango: any) {\n  await nango.batchSave([], 'Issue');\n  return await nango.get({ endpoint: '/x', retryOn: [500] });\n}\n",
        );
        assert_eq!(out.len(), 2, "{out:?}");
        assert!(out[0].contains("error[sync_only_call]"));
        assert!(out[1].contains("warning[retry_on_without_retries]"));
    }

    #[test]
    fn a_zero_yaml_syncs_exec_brackets_its_record_calls_in_order() {
        let sync = |body: &str| {
            run(
                ScriptKind::Sync,
                &format!(
                    "import {{ createSync }} from 'nango';\nexport default createSync({{\n  exec: async (nango) => {{\n{body}  }}\n}});\n"
                ),
            )
        };
        let clean = sync(
            "    await nango.trackDeletesStart('Issue');\n    await nango.batchSave([], 'Issue');\n    await nango.trackDeletesEnd('Issue');\n",
        );
        assert!(clean.is_empty(), "{clean:?}");
        assert_eq!(
            sync(
                "    await nango.batchSave([], 'Issue');\n    await nango.trackDeletesStart('Issue');\n    await nango.trackDeletesEnd('Issue');\n"
            ),
            [
                "gh/syncs/s.ts:5:11: error[track_deletes_order]: `trackDeletesStart('Issue')` must come before every record call of the sync"
            ]
        );
        assert_eq!(
            sync(
                "    await nango.trackDeletesStart('Issue');\n    await nango.batchSave([], 'Issue');\n"
            ),
            [
                "gh/syncs/s.ts:4:11: error[track_deletes_unpaired]: `trackDeletesStart('Issue')` is called but `trackDeletesEnd('Issue')` never is"
            ]
        );
        let out = sync(
            "    await nango.deleteRecordsFromPreviousExecutions('Issue');\n    await nango.get({ endpoint: '/x' });\n    await nango.setMergingStrategy({ strategy: 'ignore_if_modified_after' }, 'Issue');\n    await nango.batchSave([], 'Issue');\n",
        );
        assert_eq!(out.len(), 2, "{out:?}");
        assert!(out[0].contains("error[merging_strategy_order]"), "{out:?}");
        assert!(out[1].contains("error[delete_records_order]"), "{out:?}");
    }

    #[test]
    fn missing_default_export() {
        let out = run(ScriptKind::Action, "export async function runAction() {}\n");
        assert_eq!(
            out,
            ["gh/syncs/s.ts: error[missing_default_export]: action `s` has no default export"]
        );
    }
}
