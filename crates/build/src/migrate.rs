//! Rewrites a nango.yaml script as a zero-yaml one (`nango migrate-to-zero-yaml`): its
//! `export default async function fetchData(nango: NangoSync) { … }` becomes
//! `const sync = createSync({ <definition fields>, exec: async (nango) => { … } })`, what it
//! imported from the generated `models` is imported from the zod `models.ts` and from `nango`,
//! and the rest of the file is left as written. The edits are made on the source text at the
//! spans oxc finds, so comments and formatting survive.

use std::collections::BTreeSet;

use oxc::allocator::Allocator;
use oxc::ast::ast::{
    Declaration, ExportDefaultDeclarationKind, Expression, FormalParameters,
    ImportDeclarationSpecifier, Statement, TSTypeName,
};
use oxc::ast_visit::{Visit, walk};
use oxc::parser::Parser;
use oxc::span::{GetSpan, SourceType, Span};

use nango_diagnostics::{Diagnostic, SourceFile};

use crate::transform::byte_span;

/// Types scripts imported from the generated `models.ts` that the `nango` package exports.
const NANGO_TYPES: [&str; 4] = [
    "NangoSync",
    "NangoAction",
    "ProxyConfiguration",
    "ActionError",
];

/// `nango.*` calls whose type argument named a model; a zero-yaml script's `nango` knows its
/// models, so the argument goes.
const TYPED_CALLS: [&str; 4] = ["batchSave", "batchUpdate", "batchDelete", "getMetadata"];

/// What a script becomes.
#[derive(Debug, Clone)]
pub struct ScriptMigration<'a> {
    /// `createSync`, `createAction` or `createOnEvent`.
    pub helper: &'a str,
    /// The definition's fields as `key: value` text (see `nango_config::codegen::definition_fields`).
    pub fields: &'a [String],
    /// Every model name of the project.
    pub models: &'a [String],
    /// The zod `models.ts` as the script imports it, e.g. `../../models.js`.
    pub models_import: &'a str,
}

impl ScriptMigration<'_> {
    /// The variable the definition is kept in and the type its `nango` parameter has, e.g.
    /// `sync` and `NangoSyncLocal` (on-event scripts export the call itself).
    fn local(&self) -> Option<(&'static str, &'static str, &'static str)> {
        match self.helper {
            "createSync" => Some(("sync", "NangoSync", "NangoSyncLocal")),
            "createAction" => Some(("action", "NangoAction", "NangoActionLocal")),
            _ => None,
        }
    }
}

/// A rewritten script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigratedScript {
    /// Its new text.
    pub text: String,
    /// Functions, classes and variables it exported by name, which are no longer exported (a
    /// zero-yaml script exports only its definition and types).
    pub unexported: Vec<String>,
}

/// A text edit: replace `start..end` with `text`.
#[derive(Debug)]
struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// Rewrites one script. An error (the file does not parse, or has no default-exported
/// function) is located in the file.
///
/// Two passes: the first renames the SDK type and drops the calls' type arguments wherever they
/// are (inside the function too), the second moves the function into the definition.
pub fn migrate_script(
    file: &SourceFile,
    migration: &ScriptMigration<'_>,
) -> Result<MigratedScript, Diagnostic> {
    let renamed = rename_pass(file, migration)?;
    let text: &str = &renamed;
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, text, SourceType::ts()).parse();
    if parsed.panicked || !parsed.diagnostics.is_empty() {
        return Err(Diagnostic::error(
            "migration_failed",
            "the script could not be rewritten (its renamed text does not parse)",
        )
        .in_file(file));
    }
    let body = &parsed.program.body;
    let mut edits = Vec::new();
    let mut imported = Imports::default();
    for statement in body {
        if let Statement::ImportDeclaration(import) = statement
            && is_models_import(import.source.value.as_str())
        {
            imported.collect(import.specifiers.as_ref().map_or(&[][..], |v| v.as_slice()));
            edits.push(remove_line(text, import.span));
        }
    }
    let Some((default, function)) = body.iter().find_map(|s| match s {
        Statement::ExportDefaultDeclaration(d) => Some((d, &d.declaration)),
        _ => None,
    }) else {
        return Err(Diagnostic::error(
            "no_default_export",
            "the script has no default export: a nango.yaml script default-exports its function",
        )
        .in_file(file));
    };
    let exec = match function {
        ExportDefaultDeclarationKind::FunctionDeclaration(f) => {
            let Some(body) = &f.body else {
                return Err(not_a_function(file, default.span));
            };
            arrow(
                text,
                f.r#async,
                &f.params,
                f.return_type.as_ref().map(|t| t.span),
                body.span,
            )
        }
        ExportDefaultDeclarationKind::ArrowFunctionExpression(f) => arrow(
            text,
            f.r#async,
            &f.params,
            f.return_type.as_ref().map(|t| t.span),
            f.body.span(),
        ),
        other => match other.as_expression().map(Expression::without_parentheses) {
            // `export default fetchData;` with the function declared above.
            Some(Expression::Identifier(id)) => id.name.to_string(),
            Some(Expression::FunctionExpression(f)) if f.body.is_some() => arrow(
                text,
                f.r#async,
                &f.params,
                f.return_type.as_ref().map(|t| t.span),
                f.body.as_ref().map_or(f.span, |b| b.span),
            ),
            _ => return Err(not_a_function(file, default.span)),
        },
    };

    // A sync's webhook handler joins its definition.
    let mut on_webhook = None;
    if migration.helper == "createSync" {
        for statement in body {
            if let Statement::ExportDeclaration(export) = statement
                && let Declaration::FunctionDeclaration(f) = &export.declaration
                && f.id
                    .as_ref()
                    .is_some_and(|id| id.name == "onWebhookPayloadReceived")
                && let Some(body) = &f.body
            {
                on_webhook = Some(arrow(text, f.r#async, &f.params, None, body.span));
                edits.push(remove_line(text, export.span));
            }
        }
    }

    // A zero-yaml script exports its definition and types only: other exports become local.
    let mut unexported = Vec::new();
    for statement in body {
        let Statement::ExportDeclaration(export) = statement else {
            continue;
        };
        let webhook_handler = matches!(&export.declaration,
            Declaration::FunctionDeclaration(f) if f.id.as_ref().is_some_and(|id| id.name == "onWebhookPayloadReceived"));
        let Some(names) = value_names(&export.declaration).filter(|_| !webhook_handler) else {
            continue;
        };
        unexported.extend(names);
        edits.push(Edit {
            start: export.span.start as usize,
            end: export.declaration.span().start as usize,
            text: String::new(),
        });
    }

    // A model whose name the file binds to something else (a type of `../types.js` named as
    // the model, say) is imported under an alias for the definition.
    let bound = bound_names(body);
    let aliased = |model: &str| format!("{model}Model");
    let mut fields: Vec<String> = migration
        .fields
        .iter()
        .map(|field| {
            let mut field = field.clone();
            for model in migration.models {
                if bound.contains(model.as_str()) && mentions(&field, model) {
                    field = replace_value_word(&field, model, &aliased(model));
                }
            }
            field
        })
        .collect();
    fields.push(format!("exec: {exec}"));
    if let Some(handler) = on_webhook {
        fields.push(format!("onWebhook: {handler}"));
    }
    // The function's text is kept byte for byte (re-indenting it would change its multi-line
    // strings, and so the requests it builds): `nango compile`'s formatter-free output looks
    // under-indented there, which any formatter fixes.
    let object = format!(
        "{{\n{}\n}}",
        fields
            .iter()
            .map(|f| format!("    {f}"))
            .collect::<Vec<_>>()
            .join(",\n")
    );
    let replacement = match migration.local() {
        Some((variable, _, local_type)) => format!(
            "const {variable} = {}({object});\n\nexport type {local_type} = Parameters<(typeof {variable})['exec']>[0];\nexport default {variable};",
            migration.helper
        ),
        None => format!("export default {}({object});", migration.helper),
    };
    edits.push(Edit {
        start: default.span.start as usize,
        end: default.span.end as usize,
        text: replacement,
    });

    let mut uses = Uses::default();
    uses.visit_program(&parsed.program);

    // The imports the new text needs, after the last import.
    let mut nango_types: BTreeSet<&str> = BTreeSet::new();
    let local_sdk_type = migration.local().map(|(_, sdk, _)| sdk);
    for (name, _) in &uses.type_refs {
        if let Some(t) = NANGO_TYPES.iter().find(|t| *t == name)
            && Some(*t) != local_sdk_type
        {
            nango_types.insert(t);
        }
    }
    let mut model_names: Vec<String> = Vec::new();
    let fields_text = migration.fields.join("\n");
    for model in migration.models {
        if bound.contains(model.as_str()) {
            if mentions(&fields_text, model) {
                model_names.push(format!("{model} as {}", aliased(model)));
            }
            continue;
        }
        let used = uses.names.contains(model.as_str())
            || imported.models.contains(model.as_str())
                && uses.type_refs.iter().any(|(n, _)| n == model)
            || mentions(&fields_text, model);
        if used {
            model_names.push(model.clone());
        }
    }
    let mut header = format!("import {{ {} }} from 'nango';\n", migration.helper);
    let mut after_imports = String::new();
    if !nango_types.is_empty() {
        after_imports.push_str(&format!(
            "import type {{ {} }} from 'nango';\n",
            nango_types.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    if !model_names.is_empty() {
        after_imports.push_str(&format!(
            "import {{ {} }} from '{}';\n",
            model_names.join(", "),
            migration.models_import
        ));
    }
    let imports_zod = body.iter().any(|s| {
        matches!(s, Statement::ImportDeclaration(i) if i.source.value == "zod" || i.source.value.starts_with("zod/"))
    });
    if !imports_zod && (uses.names.contains("z") || mentions(&fields_text, "z")) {
        after_imports.push_str("import * as z from 'zod';\n");
    }
    // After the last import that stays.
    let last_import_end = body
        .iter()
        .filter_map(|s| match s {
            Statement::ImportDeclaration(i) if !is_models_import(i.source.value.as_str()) => {
                Some(i.span.end as usize)
            }
            _ => None,
        })
        .max();
    match last_import_end {
        Some(end) if !after_imports.is_empty() => edits.push(Edit {
            start: end,
            end,
            text: format!("\n{}", after_imports.trim_end()),
        }),
        _ => header.push_str(&after_imports),
    }
    let mut out = apply(text, edits);
    out.insert_str(0, &header);
    Ok(MigratedScript {
        text: out,
        unexported,
    })
}

/// The names a value declaration (a function, a class, variables) binds; `None` for a type
/// or anything else.
fn value_names(declaration: &Declaration<'_>) -> Option<Vec<String>> {
    let names = match declaration {
        Declaration::FunctionDeclaration(f) => f.id.iter().map(|id| id.name.to_string()).collect(),
        Declaration::ClassDeclaration(c) => c.id.iter().map(|id| id.name.to_string()).collect(),
        Declaration::VariableDeclaration(v) => v
            .declarations
            .iter()
            .filter_map(|d| d.id.get_identifier_name().map(|n| n.to_string()))
            .collect(),
        _ => return None,
    };
    Some(names)
}

/// The names a declaration binds: values (see [`value_names`]) and types.
fn declared_names(declaration: &Declaration<'_>) -> Vec<String> {
    value_names(declaration).unwrap_or_else(|| match declaration {
        Declaration::TSTypeAliasDeclaration(t) => vec![t.id.name.to_string()],
        Declaration::TSInterfaceDeclaration(i) => vec![i.id.name.to_string()],
        Declaration::TSEnumDeclaration(e) => vec![e.id.name.to_string()],
        _ => Vec::new(),
    })
}

/// The names a module binds at its top level: what it imports (but from the generated models,
/// whose imports go) and what it declares.
fn bound_names(body: &[Statement<'_>]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for statement in body {
        match statement {
            Statement::ImportDeclaration(import)
                if !is_models_import(import.source.value.as_str()) =>
            {
                for specifier in import.specifiers.as_ref().map_or(&[][..], |v| v.as_slice()) {
                    names.insert(specifier.local().name.to_string());
                }
            }
            Statement::ExportDeclaration(export) => {
                names.extend(declared_names(&export.declaration));
            }
            other => {
                if let Some(declaration) = other.as_declaration() {
                    names.extend(declared_names(declaration));
                }
            }
        }
    }
    names
}

/// `text` with every whole-word `word` (not a property, `.word`, nor an object key, `word:`)
/// replaced.
fn replace_value_word(text: &str, word: &str, with: &str) -> String {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(word) {
        let before = &rest[..i];
        let after = &rest[i + word.len()..];
        // An object key (`Model: Model`) names the model and stays.
        let key = after.trim_start().starts_with(':');
        let whole = !before.ends_with(is_ident)
            && !before.ends_with('.')
            && !after.starts_with(is_ident)
            && !key;
        out.push_str(before);
        out.push_str(if whole { with } else { word });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The first pass: `NangoSync` → `NangoSyncLocal` (`NangoAction` → `NangoActionLocal`) in
/// type positions, `nango.batchSave<Model>(…)` → `nango.batchSave(…)`. Also checks that the
/// script default-exports a function, to report it at the original text's position.
fn rename_pass(file: &SourceFile, migration: &ScriptMigration<'_>) -> Result<String, Diagnostic> {
    if let Some(too_deep) = crate::nesting::too_deep(file, true) {
        return Err(too_deep);
    }
    let text: &str = &file.text;
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, text, SourceType::ts()).parse();
    if parsed.panicked || !parsed.diagnostics.is_empty() {
        return Err(Diagnostic::error(
            "syntax_error",
            "the script does not parse; fix it (`nango compile` shows where) before migrating",
        )
        .in_file(file));
    }
    let default = parsed.program.body.iter().find_map(|s| match s {
        Statement::ExportDefaultDeclaration(d) => Some(d),
        _ => None,
    });
    let Some(default) = default else {
        return Err(Diagnostic::error(
            "no_default_export",
            "the script has no default export: a nango.yaml script default-exports its function",
        )
        .in_file(file));
    };
    let is_function = match &default.declaration {
        ExportDefaultDeclarationKind::FunctionDeclaration(f) => f.body.is_some(),
        other => matches!(
            other.as_expression().map(Expression::without_parentheses),
            Some(
                Expression::Identifier(_)
                    | Expression::ArrowFunctionExpression(_)
                    | Expression::FunctionExpression(_)
            )
        ),
    };
    if !is_function {
        return Err(not_a_function(file, default.span));
    }
    let mut uses = Uses::default();
    uses.visit_program(&parsed.program);
    let mut edits = Vec::new();
    if let Some((_, sdk_type, local_type)) = migration.local() {
        for (_, span) in uses.type_refs.iter().filter(|(n, _)| n == sdk_type) {
            edits.push(Edit {
                start: span.start as usize,
                end: span.end as usize,
                text: local_type.to_string(),
            });
        }
    }
    for span in &uses.typed_calls {
        edits.push(Edit {
            start: span.start as usize,
            end: span.end as usize,
            text: String::new(),
        });
    }
    Ok(apply(text, edits))
}

/// Rewrites a file that is not a script but imported SDK types from the generated `models`
/// (a helper module): those names now come from `nango`. `None` when nothing changes.
pub fn migrate_helper(text: &str) -> Option<String> {
    if crate::nesting::too_deep_at(text, true).is_some() {
        return None;
    }
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, text, SourceType::ts()).parse();
    if parsed.panicked {
        return None;
    }
    let mut edits = Vec::new();
    let mut moved: BTreeSet<String> = BTreeSet::new();
    for statement in &parsed.program.body {
        let Statement::ImportDeclaration(import) = statement else {
            continue;
        };
        if !is_models_import(import.source.value.as_str()) {
            continue;
        }
        let specifiers = import.specifiers.as_ref().map_or(&[][..], |v| v.as_slice());
        let mut kept = Vec::new();
        let mut any_moved = false;
        for specifier in specifiers {
            match specifier {
                ImportDeclarationSpecifier::ImportSpecifier(s)
                    if NANGO_TYPES.contains(&s.imported.name().as_str()) =>
                {
                    moved.insert(s.imported.name().to_string());
                    any_moved = true;
                }
                other => kept.push(source(text, other.span()).to_string()),
            }
        }
        if !any_moved {
            continue;
        }
        if kept.is_empty() {
            edits.push(remove_line(text, import.span));
        } else {
            let type_only = if import.import_kind.is_type() {
                "type "
            } else {
                ""
            };
            edits.push(Edit {
                start: import.span.start as usize,
                end: import.span.end as usize,
                text: format!(
                    "import {type_only}{{ {} }} from '{}';",
                    kept.join(", "),
                    import.source.value
                ),
            });
        }
    }
    if moved.is_empty() {
        return None;
    }
    let mut out = apply(text, edits);
    out.insert_str(
        0,
        &format!(
            "import type {{ {} }} from 'nango';\n",
            moved.into_iter().collect::<Vec<_>>().join(", ")
        ),
    );
    Some(out)
}

/// Whether an import is of the generated models (`../../models`, `./models.js`…).
fn is_models_import(specifier: &str) -> bool {
    let last = specifier.rsplit('/').next().unwrap_or(specifier);
    (specifier.starts_with('.')) && (last == "models" || last == "models.js" || last == "models.ts")
}

/// Whether `text` names `word` as a whole identifier.
fn mentions(text: &str, word: &str) -> bool {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    text.match_indices(word).any(|(i, _)| {
        !text[..i].ends_with(is_ident)
            && !text[i + word.len()..].starts_with(is_ident)
            && !text[..i].ends_with('.')
    })
}

#[derive(Default)]
struct Imports {
    models: BTreeSet<String>,
}

impl Imports {
    fn collect(&mut self, specifiers: &[ImportDeclarationSpecifier<'_>]) {
        for s in specifiers {
            if let ImportDeclarationSpecifier::ImportSpecifier(s) = s {
                self.models.insert(s.imported.name().to_string());
            }
        }
    }
}

/// What the file uses: type names (with spans), value identifiers, and the type arguments of
/// `nango.batchSave<…>(…)` and the like.
#[derive(Default)]
struct Uses {
    type_refs: Vec<(String, Span)>,
    names: BTreeSet<String>,
    typed_calls: Vec<Span>,
}

impl Uses {
    /// A type named by a plain identifier (`Config`, not `z.infer`).
    fn type_name(&mut self, name: &TSTypeName<'_>) {
        if let TSTypeName::IdentifierReference(id) = name {
            self.type_refs.push((id.name.to_string(), id.span));
        }
    }
}

impl<'a> Visit<'a> for Uses {
    fn visit_ts_type_reference(&mut self, it: &oxc::ast::ast::TSTypeReference<'a>) {
        self.type_name(&it.type_name);
        walk::walk_ts_type_reference(self, it);
    }

    // `interface Config extends ProxyConfiguration`: a type name too.
    fn visit_ts_interface_heritage(&mut self, it: &oxc::ast::ast::TSInterfaceHeritage<'a>) {
        self.type_name(&it.type_name);
        walk::walk_ts_interface_heritage(self, it);
    }

    fn visit_ts_class_implements(&mut self, it: &oxc::ast::ast::TSClassImplements<'a>) {
        self.type_name(&it.expression);
        walk::walk_ts_class_implements(self, it);
    }

    fn visit_identifier_reference(&mut self, it: &oxc::ast::ast::IdentifierReference<'a>) {
        self.names.insert(it.name.to_string());
    }

    fn visit_call_expression(&mut self, it: &oxc::ast::ast::CallExpression<'a>) {
        if let (Expression::StaticMemberExpression(member), Some(arguments)) =
            (it.callee.without_parentheses(), &it.type_arguments)
            && matches!(&member.object, Expression::Identifier(id) if id.name == "nango")
            && TYPED_CALLS.contains(&member.property.name.as_str())
        {
            self.typed_calls.push(arguments.span);
        }
        walk::walk_call_expression(self, it);
    }
}

fn not_a_function(file: &SourceFile, span: Span) -> Diagnostic {
    Diagnostic::error(
        "no_default_function",
        "the default export is not a function: a nango.yaml script default-exports its function",
    )
    .at(file, byte_span(span).0, byte_span(span).1)
}

fn source(text: &str, span: Span) -> &str {
    &text[span.start as usize..span.end as usize]
}

/// `async (nango, input) => { … }`: the parameters' names (or patterns) without their types
/// (the definition types them), the return type kept.
fn arrow(
    text: &str,
    is_async: bool,
    params: &FormalParameters<'_>,
    return_type: Option<Span>,
    body: Span,
) -> String {
    let mut names: Vec<String> = params
        .items
        .iter()
        .map(|p| {
            let mut param = source(text, p.pattern.span()).to_string();
            if let Some(init) = &p.initializer {
                param.push_str(" = ");
                param.push_str(source(text, init.span()));
            }
            param
        })
        .collect();
    if let Some(rest) = &params.rest {
        names.push(source(text, rest.span()).to_string());
    }
    format!(
        "{}({}){} => {}",
        if is_async { "async " } else { "" },
        names.join(", "),
        return_type.map_or(String::new(), |t| source(text, t).to_string()),
        source(text, body)
    )
}

/// Removes a statement and the line break after it.
fn remove_line(text: &str, span: Span) -> Edit {
    let mut end = span.end as usize;
    if text[end..].starts_with("\r\n") {
        end += 2;
    } else if text[end..].starts_with('\n') {
        end += 1;
    }
    Edit {
        start: span.start as usize,
        end,
        text: String::new(),
    }
}

/// Applies edits that do not overlap (later ones first, so earlier offsets hold).
fn apply(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|e| std::cmp::Reverse((e.start, e.end)));
    let mut out = text.to_string();
    for edit in edits {
        out.replace_range(edit.start..edit.end, &edit.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SYNC: &str = r#"import type { NangoSync, GithubIssue, ProxyConfiguration } from '../../models';
import { toIssue } from '../helpers/map.js';

// Fetches the issues.
export default async function fetchData(nango: NangoSync): Promise<void> {
    const config: ProxyConfiguration = { endpoint: '/issues' };
    for await (const page of nango.paginate<any>(config)) {
        await nango.batchSave<GithubIssue>(page.map(toIssue), 'GithubIssue');
    }
    await helper(nango);
}

async function helper(nango: NangoSync) {
    await nango.log('done');
}

export async function onWebhookPayloadReceived(nango: NangoSync, payload: any): Promise<void> {
    await nango.log(payload);
}
"#;

    fn migrate(text: &str, helper: &str, fields: &[String]) -> String {
        let models = ["GithubIssue".to_string(), "IssueInput".to_string()];
        migrate_script(
            &SourceFile::new("github/syncs/issues.ts", text),
            &ScriptMigration {
                helper,
                fields,
                models: &models,
                models_import: "../../models.js",
            },
        )
        .unwrap()
        .text
    }

    #[test]
    fn a_sync_becomes_a_create_sync_definition() {
        let fields = vec![
            "description: 'Issues'".to_string(),
            "frequency: 'every hour'".to_string(),
            "models: { GithubIssue: GithubIssue }".to_string(),
        ];
        let out = migrate(SYNC, "createSync", &fields);
        for expected in [
            "import { createSync } from 'nango';\n",
            "import { toIssue } from '../helpers/map.js';\nimport type { ProxyConfiguration } from 'nango';\nimport { GithubIssue } from '../../models.js';\n",
            "// Fetches the issues.\nconst sync = createSync({\n    description: 'Issues',\n",
            "    exec: async (nango): Promise<void> => {\n    const config: ProxyConfiguration",
            "await nango.batchSave(page.map(toIssue), 'GithubIssue');",
            "nango.paginate<any>(config)",
            "async function helper(nango: NangoSyncLocal) {",
            "    onWebhook: async (nango, payload) => {\n    await nango.log(payload);\n}\n});",
            "export type NangoSyncLocal = Parameters<(typeof sync)['exec']>[0];\nexport default sync;",
        ] {
            assert!(out.contains(expected), "{expected:?} in\n{out}");
        }
        assert!(!out.contains("'../../models'"), "{out}");
        assert!(
            !out.contains("export async function onWebhookPayloadReceived"),
            "{out}"
        );
        // The result parses.
        let allocator = Allocator::default();
        let parsed = Parser::new(&allocator, &out, SourceType::ts()).parse();
        assert!(
            parsed.diagnostics.is_empty(),
            "{:?}\n{out}",
            parsed.diagnostics
        );
    }

    #[test]
    fn an_action_keeps_its_input_parameter_and_imports_zod_when_needed() {
        let text = "import type { NangoAction, IssueInput } from '../../models';\n\nexport default async function runAction(nango: NangoAction, input: IssueInput) {\n    return { ok: true, title: input.title };\n}\n";
        let fields = vec![
            "description: 'x'".to_string(),
            "input: IssueInput".to_string(),
            "output: z.any()".to_string(),
        ];
        let out = migrate(text, "createAction", &fields);
        assert!(out.starts_with("import { createAction } from 'nango';\nimport { IssueInput } from '../../models.js';\nimport * as z from 'zod';\n"), "{out}");
        assert!(out.contains("    exec: async (nango, input) => {\n    return { ok: true, title: input.title };\n}\n});"), "{out}");
        assert!(out.contains("export type NangoActionLocal"), "{out}");
    }

    #[test]
    fn named_exports_become_local_and_a_model_named_as_a_local_type_is_aliased() {
        let text = "import type { NangoAction } from '../../models';\nimport type { GithubIssue } from '../types.js';\n\nexport function helper(issue: GithubIssue): string { return issue.id; }\nexport const LIMIT = 10;\nexport interface Kept { a: string }\n\nexport default async function runAction(nango: NangoAction): Promise<GithubIssue> {\n    return { id: helper({ id: 'x' } as GithubIssue) } as GithubIssue;\n}\n";
        let models = ["GithubIssue".to_string()];
        let fields = vec![
            "description: 'x'".to_string(),
            "input: z.void()".to_string(),
            "output: GithubIssue".to_string(),
        ];
        let migrated = migrate_script(
            &SourceFile::new("github/actions/a.ts", text),
            &ScriptMigration {
                helper: "createAction",
                fields: &fields,
                models: &models,
                models_import: "../../models.js",
            },
        )
        .unwrap();
        assert_eq!(migrated.unexported, ["helper", "LIMIT"]);
        let out = migrated.text;
        assert!(
            out.contains("\nfunction helper(issue: GithubIssue)"),
            "{out}"
        );
        assert!(out.contains("\nconst LIMIT = 10;"), "{out}");
        assert!(out.contains("export interface Kept"), "{out}");
        assert!(
            out.contains("import { GithubIssue as GithubIssueModel } from '../../models.js';"),
            "{out}"
        );
        assert!(out.contains("    output: GithubIssueModel,"), "{out}");
        assert!(out.contains("Promise<GithubIssue> =>"), "{out}");
        assert_eq!(replace_value_word("a.X X Xy X", "X", "Y"), "a.X Y Xy Y");
        assert_eq!(replace_value_word("{ X: X }", "X", "Y"), "{ X: Y }");
    }

    #[test]
    fn a_sync_keeps_its_model_name_when_the_model_is_aliased_and_heritage_types_are_imported() {
        let text = "import type { NangoSync, ProxyConfiguration } from '../../models.js';\nimport type { CreditNote } from '../types.js';\n\ninterface Config extends ProxyConfiguration { params: Record<string, string> }\n\nexport default async function fetchData(nango: NangoSync): Promise<void> {\n    const c: Config = { endpoint: '/x', params: {} };\n    const n: CreditNote = await nango.get(c);\n    await nango.batchSave([n], 'CreditNote');\n}\n";
        let models = ["CreditNote".to_string()];
        let fields = vec![
            "description: 'x'".to_string(),
            "models: { CreditNote: CreditNote }".to_string(),
        ];
        let out = migrate_script(
            &SourceFile::new("xero/syncs/credit-notes.ts", text),
            &ScriptMigration {
                helper: "createSync",
                fields: &fields,
                models: &models,
                models_import: "../../models.js",
            },
        )
        .unwrap()
        .text;
        assert!(
            out.contains("    models: { CreditNote: CreditNoteModel },"),
            "{out}"
        );
        assert!(
            out.contains("import type { ProxyConfiguration } from 'nango';"),
            "{out}"
        );
    }

    #[test]
    fn a_script_without_a_default_function_is_refused_at_its_export() {
        let file = SourceFile::new("a.ts", "export default 42;\n");
        let error = migrate_script(
            &file,
            &ScriptMigration {
                helper: "createAction",
                fields: &[],
                models: &[],
                models_import: "../../models.js",
            },
        )
        .unwrap_err();
        assert_eq!(error.code, "no_default_function");
    }

    #[test]
    fn helpers_import_sdk_types_from_nango() {
        let text = "import type { NangoSync, GithubIssue } from '../../models';\nexport function map(nango: NangoSync): GithubIssue[] { return []; }\n";
        let out = migrate_helper(text).unwrap();
        assert_eq!(
            out,
            "import type { NangoSync } from 'nango';\nimport type { GithubIssue } from '../../models';\nexport function map(nango: NangoSync): GithubIssue[] { return []; }\n"
        );
        assert_eq!(migrate_helper("import { x } from './other';\n"), None);
    }
}
