//! One module: TypeScript/JavaScript source → the body of a module factory for the bundle.
//!
//! ES modules go through oxc's TypeScript transform (types stripped, enums lowered, type-only
//! imports elided as tsc does), then through oxc's module-runner transform, which turns
//! `import`/`export` into calls on an import function and getters on an exports object. Those getters
//! keep ES live-binding semantics, so import cycles between helpers behave as in Node. CommonJS
//! modules (some packages in `node_modules`) keep their code; only their `require("x")` specifiers
//! are rewritten to module ids.

use std::path::Path;

use nango_diagnostics::{Diagnostic, SourceFile};
use oxc::allocator::{Allocator, FromIn, TakeIn};
use oxc::ast::ast::{
    Argument, CallExpression, Expression, ImportExpression, Program, Statement, StringLiteral,
};
use oxc::ast_visit::{VisitMut, walk_mut};
use oxc::codegen::{Codegen, CodegenOptions};
use oxc::parser::{ParseOptions, Parser};
use oxc::semantic::SemanticBuilder;
use oxc::span::{SourceType, Span};
use oxc::transformer::{TransformOptions, Transformer};
use oxc::transformer_plugins::ModuleRunnerTransform;

/// Names the module-runner transform uses inside a module; the bundle's factories take them as parameters.
pub const FACTORY_PARAMS: &str = "__vite_ssr_import__, __vite_ssr_dynamic_import__, __vite_ssr_exports__, __vite_ssr_exportAll__, __vite_ssr_import_meta__";
const IMPORT_FN: &str = "__vite_ssr_import__";

/// How a module is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModuleFormat {
    /// `import`/`export` (all project files, and packages that ship ES modules).
    Esm,
    /// `require`/`module.exports`.
    CommonJs,
    /// A `.json` file: its value is the default export.
    Json,
}

/// An import of a module, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRequest {
    /// The specifier, e.g. `../helpers/paginate.js` or `zod`.
    pub specifier: String,
    /// Byte span of the specifier string in the source (for diagnostics).
    pub span: (usize, usize),
}

/// A transformed module.
#[derive(Debug, Clone)]
pub struct TransformedModule {
    /// Format it was handled as.
    pub format: ModuleFormat,
    /// JavaScript body of the module's factory function.
    pub code: String,
    /// Source map of `code` back to the original file, as JSON.
    pub map: Option<String>,
}

/// Transforms one module. `resolve` maps each import specifier (after type-only imports are gone)
/// to the id the bundle knows the target module by, or reports why it cannot be resolved.
pub fn transform(
    path: &Path,
    file: &SourceFile,
    format: ModuleFormat,
    source_map_name: &str,
    resolve: &mut dyn FnMut(&ImportRequest) -> Result<String, Diagnostic>,
) -> Result<TransformedModule, Vec<Diagnostic>> {
    if format == ModuleFormat::Json {
        return json_module(file);
    }
    let typescript = format != ModuleFormat::CommonJs
        && SourceType::from_path(path).is_ok_and(|t| t.is_typescript());
    if let Some(too_deep) = crate::nesting::too_deep(file, typescript) {
        return Err(vec![too_deep]);
    }
    let allocator = Allocator::default();
    let source_type = match format {
        ModuleFormat::CommonJs => SourceType::cjs(),
        _ => SourceType::from_path(path).unwrap_or_else(|_| SourceType::mjs()),
    };
    let parsed = Parser::new(&allocator, &file.text, source_type)
        .with_options(ParseOptions {
            parse_regular_expression: false,
            ..ParseOptions::default()
        })
        .parse();
    if parsed.panicked || parsed.diagnostics.has_errors() {
        return Err(parsed
            .diagnostics
            .into_vec()
            .into_iter()
            .map(|d| from_oxc(&d, file))
            .collect());
    }
    let mut program = parsed.program;

    let semantic = SemanticBuilder::new().with_enum_eval(true).build(&program);
    if !semantic.diagnostics.is_empty() {
        return Err(semantic
            .diagnostics
            .into_iter()
            .map(|d| from_oxc(&d, file))
            .collect());
    }
    let scoping = semantic.semantic.into_scoping();

    let mut errors = Vec::new();
    if format == ModuleFormat::Esm {
        let options = TransformOptions::default();
        let transformed =
            Transformer::new(&allocator, path, &options).build_with_scoping(scoping, &mut program);
        if !transformed.diagnostics.is_empty() {
            return Err(transformed
                .diagnostics
                .iter()
                .map(|d| from_oxc(d, file))
                .collect());
        }
        rewrite_specifiers(&allocator, &mut program, resolve, &mut errors, false);
        if !errors.is_empty() {
            return Err(errors);
        }
        // The module-runner transform needs scoping of the program as it is now.
        let scoping = SemanticBuilder::new()
            .build(&program)
            .semantic
            .into_scoping();
        if let Some(span) = unnamed_exported_declaration(&program) {
            let (offset, len) = byte_span(span);
            return Err(vec![
                Diagnostic::error(
                    "unnamed_export",
                    "an exported class or function declaration needs a name",
                )
                .at(file, offset, len.max(1)),
            ]);
        }
        // oxc's module-runner transform panics on shapes it does not expect (fuzzing found one,
        // the unnamed exported class above); any other is this file's error, not a crash of
        // the whole compile.
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            ModuleRunnerTransform::new().transform(&allocator, &mut program, scoping);
        }));
        if ran.is_err() {
            return Err(vec![
                Diagnostic::error(
                    "transform_failed",
                    "the compiler could not transform this file (a construct the module transform does not support)",
                )
                .in_file(file),
            ]);
        }
        // Imports become `await __vite_ssr_import__(id)`; our loader is synchronous, so the
        // modules of a bundle load like CommonJS ones, in order, without top-level await.
        UnwrapImportAwaits {
            allocator: &allocator,
        }
        .visit_program(&mut program);
    } else {
        rewrite_specifiers(&allocator, &mut program, resolve, &mut errors, true);
        if !errors.is_empty() {
            return Err(errors);
        }
    }

    let codegen = Codegen::new()
        .with_options(CodegenOptions {
            source_map_path: Some(source_map_name.into()),
            ..CodegenOptions::default()
        })
        .build(&program);
    Ok(TransformedModule {
        format,
        code: codegen.code,
        map: codegen.map.map(|m| m.to_json_string()),
    })
}

/// An `export class`/`export function` without a name (a parse that recovered from
/// `export @decorator …`): the module-runner transform unwraps their names.
fn unnamed_exported_declaration(program: &oxc::ast::ast::Program<'_>) -> Option<Span> {
    use oxc::ast::ast::{Declaration, Statement};
    program.body.iter().find_map(|statement| {
        let Statement::ExportDeclaration(export) = statement else {
            return None;
        };
        match &export.declaration {
            Declaration::ClassDeclaration(class) if class.id.is_none() => Some(export.span),
            Declaration::FunctionDeclaration(function) if function.id.is_none() => {
                Some(export.span)
            }
            _ => None,
        }
    })
}

fn json_module(file: &SourceFile) -> Result<TransformedModule, Vec<Diagnostic>> {
    match serde_json::from_str::<serde_json::Value>(&file.text) {
        Ok(value) => Ok(TransformedModule {
            format: ModuleFormat::CommonJs,
            code: format!("module.exports = {value};\n"),
            map: None,
        }),
        Err(e) => Err(vec![
            Diagnostic::error("json_syntax", format!("invalid JSON: {e}")).at_line_col(
                file,
                e.line(),
                e.column(),
                1,
            ),
        ]),
    }
}

/// Converts an oxc diagnostic (syntax error, transform error) into ours.
pub fn from_oxc(diagnostic: &oxc::diagnostics::OxcDiagnostic, file: &SourceFile) -> Diagnostic {
    let mut out = Diagnostic::error("syntax_error", diagnostic.message.to_string());
    if let Some(label) = diagnostic.labels.first() {
        out = out.at(file, label.offset() as usize, label.len() as usize);
        if let Some(text) = label.label() {
            out = out.with_label(text.to_string());
        }
    } else {
        out = out.in_file(file);
    }
    if let Some(help) = &diagnostic.help {
        out = out.with_help(help.to_string());
    }
    out
}

/// Replaces import specifiers (ESM) or `require("…")` arguments (CommonJS) with module ids.
fn rewrite_specifiers<'a>(
    allocator: &'a Allocator,
    program: &mut Program<'a>,
    resolve: &mut dyn FnMut(&ImportRequest) -> Result<String, Diagnostic>,
    errors: &mut Vec<Diagnostic>,
    commonjs: bool,
) {
    let mut rewriter = SpecifierRewriter {
        allocator,
        resolve,
        errors,
        commonjs,
    };
    rewriter.visit_program(program);
}

struct SpecifierRewriter<'a, 'r> {
    allocator: &'a Allocator,
    resolve: &'r mut dyn FnMut(&ImportRequest) -> Result<String, Diagnostic>,
    errors: &'r mut Vec<Diagnostic>,
    commonjs: bool,
}

impl<'a> SpecifierRewriter<'a, '_> {
    fn rewrite(&mut self, literal: &mut StringLiteral<'a>) {
        let request = ImportRequest {
            specifier: literal.value.to_string(),
            span: (
                literal.span.start as usize,
                (literal.span.end - literal.span.start) as usize,
            ),
        };
        match (self.resolve)(&request) {
            Ok(id) => {
                literal.value = oxc::str::Str::from_in(id.as_str(), self.allocator);
                literal.raw = None;
            }
            Err(diagnostic) => self.errors.push(diagnostic),
        }
    }
}

impl<'a> VisitMut<'a> for SpecifierRewriter<'a, '_> {
    fn visit_statement(&mut self, it: &mut Statement<'a>) {
        if !self.commonjs {
            match it {
                Statement::ImportDeclaration(decl) => return self.rewrite(&mut decl.source),
                Statement::ExportAllDeclaration(decl) => return self.rewrite(&mut decl.source),
                Statement::ExportFromDeclaration(decl) => return self.rewrite(&mut decl.source),
                _ => {}
            }
        }
        walk_mut::walk_statement(self, it);
    }

    fn visit_import_expression(&mut self, it: &mut ImportExpression<'a>) {
        if let Expression::StringLiteral(literal) = &mut it.source {
            self.rewrite(literal);
        }
        walk_mut::walk_import_expression(self, it);
    }

    fn visit_call_expression(&mut self, it: &mut CallExpression<'a>) {
        if self.commonjs
            && matches!(&it.callee, Expression::Identifier(id) if id.name == "require")
            && it.arguments.len() == 1
            && let Some(Argument::StringLiteral(literal)) = it.arguments.first_mut()
        {
            self.rewrite(literal);
        }
        walk_mut::walk_call_expression(self, it);
    }
}

/// `await __vite_ssr_import__(…)` → `__vite_ssr_import__(…)`.
struct UnwrapImportAwaits<'a> {
    allocator: &'a Allocator,
}

impl<'a> VisitMut<'a> for UnwrapImportAwaits<'a> {
    fn visit_expression(&mut self, it: &mut Expression<'a>) {
        if let Expression::AwaitExpression(await_expr) = it
            && let Expression::CallExpression(call) = &await_expr.argument
            && matches!(&call.callee, Expression::Identifier(id) if id.name == IMPORT_FN)
        {
            *it = await_expr.argument.take_in(&self.allocator);
        }
        walk_mut::walk_expression(self, it);
    }
}

/// The byte span of an oxc span.
pub fn byte_span(span: Span) -> (usize, usize) {
    (span.start as usize, (span.end - span.start) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn esm(name: &str, text: &str) -> Result<TransformedModule, Vec<Diagnostic>> {
        let file = SourceFile::new(name, text);
        transform(
            Path::new(name),
            &file,
            ModuleFormat::Esm,
            name,
            &mut |import| Ok(import.specifier.clone()),
        )
    }

    /// The `bundler` fuzz target's find: `export @decorator type {…}` parses as an unnamed
    /// exported class, on which oxc's module-runner transform panicked.
    #[test]
    fn an_unnamed_exported_class_is_an_error_not_a_panic() {
        let input = include_str!("../testdata/fuzz-bundler-unnamed-export.ts");
        let errors = esm("github/syncs/issues.ts", input).err().unwrap();
        assert_eq!(errors[0].code, "unnamed_export", "{errors:?}");
    }

    #[test]
    fn named_exports_still_transform() {
        let out = esm(
            "github/helpers/h.ts",
            "export class Pager {}\nexport function page(n: number) { return n; }\n",
        )
        .unwrap();
        assert!(out.code.contains("Pager"), "{}", out.code);
    }
}
