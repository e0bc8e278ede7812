//! Where a zero-yaml script writes its definition: the `createSync({ … })`, `createAction` or
//! `createOnEvent` call its default export is (directly, or through a `const`), and the spans of
//! the definition's fields and models. The definition's *values* are read by running the bundle
//! (see `nango_runtime::read_definition`); this only says where each part is written, so that a
//! problem with a value is reported at its file:line:col.

use oxc::allocator::Allocator;
use oxc::ast::ast::{Expression, ObjectExpression, ObjectPropertyKind, Statement};
use oxc::parser::Parser;
use oxc::span::{GetSpan, SourceType, Span};

use nango_diagnostics::SourceFile;

use crate::transform::byte_span;

/// The definition helpers a zero-yaml script's default export is made with.
pub const DEFINITION_HELPERS: [&str; 3] = ["createSync", "createAction", "createOnEvent"];

/// A byte span: offset and length.
pub type ByteSpan = (usize, usize);

/// Where the parts of a definition are written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DefinitionSource {
    /// The `export default …` statement.
    pub default_export: Option<ByteSpan>,
    /// The helper called (`createSync`…) and the call's span, when the default export is one.
    pub helper: Option<(String, ByteSpan)>,
    /// The definition's object literal.
    pub object: Option<ByteSpan>,
    /// Each field written in the object literal: its name and the span of the whole property.
    pub fields: Vec<(String, ByteSpan)>,
    /// Each model written in `models: { … }`: its name and the span of its property.
    pub models: Vec<(String, ByteSpan)>,
    /// Values the file exports by name (`export const x`, `export function f`, `export { x }`),
    /// with the span of the export; types and re-exports are not listed.
    pub value_exports: Vec<(String, ByteSpan)>,
}

impl DefinitionSource {
    /// The span of a field, if it is written.
    pub fn field(&self, name: &str) -> Option<ByteSpan> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, s)| *s)
    }

    /// The span of a model's property in `models`, if it is written there.
    pub fn model(&self, name: &str) -> Option<ByteSpan> {
        self.models.iter().find(|(n, _)| n == name).map(|(_, s)| *s)
    }

    /// The best place to report a problem with a field: the field, else the object, else the
    /// default export.
    pub fn near(&self, field: &str) -> Option<ByteSpan> {
        self.field(field)
            .or(self.object)
            .or(self.helper.as_ref().map(|(_, s)| *s))
            .or(self.default_export)
    }
}

/// Finds the definition of a script file. A file that does not parse gives an empty answer (the
/// compiler reports the syntax error).
pub fn locate_definition(file: &SourceFile) -> DefinitionSource {
    if crate::nesting::too_deep_at(&file.text, true).is_some() {
        return DefinitionSource::default();
    }
    let allocator = Allocator::default();
    let source_type = SourceType::from_path(&file.name).unwrap_or_else(|_| SourceType::ts());
    let parsed = Parser::new(&allocator, &file.text, source_type).parse();
    let mut found = DefinitionSource::default();
    if parsed.panicked {
        return found;
    }
    let body = &parsed.program.body;
    found.value_exports = value_exports(body);
    let Some(default) = body.iter().find_map(|statement| match statement {
        Statement::ExportDefaultDeclaration(decl) => Some(decl),
        _ => None,
    }) else {
        return found;
    };
    found.default_export = Some(byte_span(default.span));
    let Some(expression) = default.declaration.as_expression() else {
        return found;
    };
    // `export default createSync({…})`, or `const sync = createSync({…}); export default sync;`
    let call = match expression.without_parentheses() {
        Expression::Identifier(id) => body.iter().find_map(|statement| match statement {
            Statement::VariableDeclaration(declaration) => declaration
                .declarations
                .iter()
                .find(|d| d.id.get_identifier_name().is_some_and(|n| n == id.name))
                .and_then(|d| d.init.as_ref()),
            Statement::ExportDeclaration(export) => match &export.declaration {
                oxc::ast::ast::Declaration::VariableDeclaration(declaration) => declaration
                    .declarations
                    .iter()
                    .find(|d| d.id.get_identifier_name().is_some_and(|n| n == id.name))
                    .and_then(|d| d.init.as_ref()),
                _ => None,
            },
            _ => None,
        }),
        other => Some(other),
    };
    let Some(Expression::CallExpression(call)) = call.map(Expression::without_parentheses) else {
        return found;
    };
    let Expression::Identifier(callee) = call.callee.without_parentheses() else {
        return found;
    };
    found.helper = Some((callee.name.to_string(), byte_span(call.span)));
    let Some(Expression::ObjectExpression(object)) = call
        .arguments
        .first()
        .and_then(|a| a.as_expression())
        .map(Expression::without_parentheses)
    else {
        return found;
    };
    found.object = Some(byte_span(object.span));
    found.fields = properties(object);
    if let Some(models) = object.properties.iter().find_map(|p| match p {
        ObjectPropertyKind::ObjectProperty(p)
            if p.key.static_name().as_deref() == Some("models") =>
        {
            match p.value.without_parentheses() {
                Expression::ObjectExpression(models) => Some(models),
                _ => None,
            }
        }
        _ => None,
    }) {
        found.models = properties(models);
    }
    found
}

/// The values a module exports by name (not its types, its default or what it re-exports).
fn value_exports(body: &[Statement<'_>]) -> Vec<(String, ByteSpan)> {
    use oxc::ast::ast::{Declaration, ImportOrExportKind};
    let mut out = Vec::new();
    for statement in body {
        match statement {
            Statement::ExportDeclaration(export) => {
                let span = byte_span(export.span);
                match &export.declaration {
                    Declaration::VariableDeclaration(declaration) => {
                        for declarator in &declaration.declarations {
                            let name = declarator
                                .id
                                .get_identifier_name()
                                .map_or_else(|| "…".to_string(), |n| n.to_string());
                            out.push((name, span));
                        }
                    }
                    Declaration::FunctionDeclaration(f) => out.push((
                        f.id.as_ref()
                            .map_or_else(String::new, |i| i.name.to_string()),
                        span,
                    )),
                    Declaration::ClassDeclaration(c) => out.push((
                        c.id.as_ref()
                            .map_or_else(String::new, |i| i.name.to_string()),
                        span,
                    )),
                    Declaration::TSEnumDeclaration(e) => out.push((e.id.name.to_string(), span)),
                    _ => {}
                }
            }
            Statement::ExportNamedDeclaration(export)
                if !matches!(export.export_kind, ImportOrExportKind::Type) =>
            {
                for specifier in &export.specifiers {
                    if !matches!(specifier.export_kind, ImportOrExportKind::Type) {
                        out.push((
                            specifier.exported.name().to_string(),
                            byte_span(specifier.span),
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The named properties of an object literal (spreads and computed keys are skipped).
fn properties(object: &ObjectExpression<'_>) -> Vec<(String, ByteSpan)> {
    object
        .properties
        .iter()
        .filter_map(|p| match p {
            ObjectPropertyKind::ObjectProperty(p) => {
                let span: Span = p.span();
                p.key
                    .static_name()
                    .map(|n| (n.to_string(), byte_span(span)))
            }
            ObjectPropertyKind::SpreadProperty(_) => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(file: &SourceFile, span: ByteSpan) -> &str {
        &file.text[span.0..span.0 + span.1]
    }

    #[test]
    fn finds_a_direct_default_export() {
        let file = SourceFile::new(
            "github/syncs/issues.ts",
            "import { createSync } from 'nango';\nexport default createSync({\n    description: 'x',\n    models: { Issue, 'Other': z.object({}) },\n    exec: async (nango) => {}\n});\n",
        );
        let found = locate_definition(&file);
        assert_eq!(
            found.helper.as_ref().map(|(h, _)| h.as_str()),
            Some("createSync")
        );
        let names: Vec<&str> = found.fields.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["description", "models", "exec"]);
        assert_eq!(
            at(&file, found.field("description").unwrap()),
            "description: 'x'"
        );
        assert_eq!(at(&file, found.model("Issue").unwrap()), "Issue");
        assert_eq!(
            at(&file, found.model("Other").unwrap()),
            "'Other': z.object({})"
        );
        assert_eq!(file.line_col(found.field("exec").unwrap().0), (5, 5));
    }

    #[test]
    fn follows_a_const_and_reports_other_defaults() {
        let file = SourceFile::new(
            "a.ts",
            "const action = createAction({ input: z.void(), exec: async () => 1 });\nexport type L = number;\nexport default action;\n",
        );
        let found = locate_definition(&file);
        assert_eq!(
            found.helper.as_ref().map(|(h, _)| h.as_str()),
            Some("createAction")
        );
        assert!(found.value_exports.is_empty(), "{:?}", found.value_exports);
        assert!(found.field("input").is_some());
        assert!(found.field("output").is_none());
        assert_eq!(found.near("output"), found.object);

        let file = SourceFile::new(
            "exports.ts",
            "export const a = 1, b = 2;\nexport function f() {}\nconst c = 3;\nexport { c, type T };\nexport type T = 1;\nexport { x } from './x.js';\n",
        );
        let names: Vec<String> = locate_definition(&file)
            .value_exports
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(names, ["a", "b", "f", "c"]);

        let file = SourceFile::new("b.ts", "export default async function run() {}\n");
        let found = locate_definition(&file);
        assert!(found.default_export.is_some());
        assert!(found.helper.is_none());
        assert!(
            locate_definition(&SourceFile::new("c.ts", "const x = 1;"))
                .default_export
                .is_none()
        );
    }
}
