//! Records out of the sandbox without `JSON.stringify`: a batch of plain records (what a sync
//! saves: objects and arrays of strings, numbers, booleans and nulls, as `JSON.parse` and mapping
//! code make them) is written as JSON text here, in Rust, with each record's `id` taken on the way.
//!
//! Why: QuickJS's `JSON.stringify` quotes strings one character at a time through a string
//! buffer, and was the largest cost of a sync's ingest (a quarter of the script thread's time
//! in `nango-bench ingest`); here an ASCII string is read from QuickJS without conversion and
//! escaped by `serde_json`'s table. The text is byte for byte what `JSON.stringify` writes, so hashes do not
//! change. Anything this does not know to be plain (a `toJSON` method such as a `Date`'s, a class
//! instance, a boxed primitive, a function, a symbol, a `BigInt`, a lone surrogate, nesting deeper
//! than [`MAX_DEPTH`]) makes it give up on the batch ([`encode_batch`] answers `None`), and the
//! SDK falls back to `JSON.stringify`, which then also throws what it throws (a cycle, a BigInt).

use rquickjs::object::Filter;
use rquickjs::{Array, Atom, Ctx, Object, Value};

use crate::host::RecordId;

/// Deeper than this, a record goes through `JSON.stringify` (which also reports a cycle).
const MAX_DEPTH: usize = 64;

/// What a record is checked against while it is written, and the property names written so
/// far (records of a batch share them), quoted.
struct Plain<'js> {
    object_prototype: Object<'js>,
    array_prototype: Object<'js>,
    to_json: Atom<'js>,
    names: std::cell::RefCell<std::collections::HashMap<Atom<'js>, Box<[u8]>>>,
}

/// Writes `records[start..end]` as one JSON text per record, with their ids; `None` when one of
/// them is not plain data (then `JSON.stringify` must do it). A script that replaced the global
/// `Object` or `Array` only makes every batch take that way.
pub(crate) fn encode_batch<'js>(
    ctx: &Ctx<'js>,
    records: &Array<'js>,
    start: usize,
    end: usize,
) -> Option<Vec<(RecordId, String)>> {
    let globals = ctx.globals();
    let prototype = |name: &str| -> Option<Object<'js>> {
        globals
            .get::<_, Object>(name)
            .ok()?
            .get::<_, Object>("prototype")
            .ok()
    };
    let plain = Plain {
        object_prototype: prototype("Object")?,
        array_prototype: prototype("Array")?,
        to_json: Atom::from_str(ctx.clone(), "toJSON").ok()?,
        names: Default::default(),
    };
    // A `toJSON` that every object would inherit (JSON.stringify would call it).
    if plain
        .object_prototype
        .contains_key(plain.to_json.clone())
        .ok()?
    {
        return None;
    }
    let end = end.min(records.len());
    let mut batch = Vec::with_capacity(end.saturating_sub(start));
    let mut out = Vec::with_capacity(4096);
    for index in start..end {
        let record: Value = records.get(index).ok()?;
        out.clear();
        let id = plain.object(record.as_object()?, &mut out, 0, true)?;
        let json = String::from_utf8(out.clone()).ok()?;
        batch.push((id.unwrap_or(RecordId::Invalid(None)), json));
    }
    Some(batch)
}

impl<'js> Plain<'js> {
    /// Writes `value`: `Some(true)` when written, `Some(false)` for `undefined` (which an object
    /// leaves out and an array writes as `null`), `None` when it is not plain data.
    fn value(&self, value: &Value<'js>, out: &mut Vec<u8>, depth: usize) -> Option<bool> {
        if let Some(text) = value.as_string() {
            quote(&text.to_string().ok()?, out);
        } else if let Some(n) = value.as_int() {
            out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
        } else if let Some(n) = value.as_float() {
            number(n, out);
        } else if let Some(b) = value.as_bool() {
            out.extend_from_slice(if b { b"true" } else { b"false" });
        } else if value.is_null() {
            out.extend_from_slice(b"null");
        } else if value.is_undefined() {
            return Some(false);
        } else if let Some(object) = value.as_object() {
            self.object(object, out, depth + 1, false)?;
        } else {
            // A symbol or a BigInt.
            return None;
        }
        Some(true)
    }

    /// Writes a property name, quoted.
    fn name(&self, key: &Atom<'js>, out: &mut Vec<u8>) -> Option<()> {
        if let Some(quoted) = self.names.borrow().get(key) {
            out.extend_from_slice(quoted);
            return Some(());
        }
        let at = out.len();
        quote(&key.to_string().ok()?, out);
        let quoted = out[at..].to_vec().into_boxed_slice();
        self.names.borrow_mut().insert(key.clone(), quoted);
        Some(())
    }

    /// Writes an object or an array. For a record (the top object), returns its `id`.
    fn object(
        &self,
        object: &Object<'js>,
        out: &mut Vec<u8>,
        depth: usize,
        record: bool,
    ) -> Option<Option<RecordId>> {
        if depth > MAX_DEPTH || object.is_proxy() || object.is_function() {
            return None;
        }
        let prototype = object.get_prototype();
        if object.is_array() {
            if record || prototype.as_ref() != Some(&self.array_prototype) {
                return None;
            }
            let array = object.as_array()?;
            out.push(b'[');
            for index in 0..array.len() {
                if index > 0 {
                    out.push(b',');
                }
                let item: Value = array.get(index).ok()?;
                if !self.value(&item, out, depth)? {
                    out.extend_from_slice(b"null");
                }
            }
            out.push(b']');
            return Some(None);
        }
        // Plain objects only: `Object.prototype` or none (not a Date, a Map, a class instance
        // or a boxed primitive), and no `toJSON` of their own.
        let plain = prototype
            .as_ref()
            .is_none_or(|prototype| *prototype == self.object_prototype);
        if !plain || object.contains_key(self.to_json.clone()).ok()? {
            return None;
        }
        let mut id = None;
        out.push(b'{');
        let mut first = true;
        for key in object.own_keys::<Atom>(Filter::new().string().enum_only()) {
            let key = key.ok()?;
            let value: Value = object.get(key.clone()).ok()?;
            let at = out.len();
            if !first {
                out.push(b',');
            }
            let name_at = out.len();
            self.name(&key, out)?;
            let is_id = &out[name_at..] == b"\"id\"";
            out.push(b':');
            let value_at = out.len();
            if record && is_id {
                // The id is read as it is written, as the store keys it.
                id = Some(match value.as_string() {
                    Some(text) => {
                        let text = text.to_string().ok()?;
                        quote(&text, out);
                        if text.is_empty() {
                            RecordId::Invalid(Some("\"\"".into()))
                        } else {
                            RecordId::Valid(text)
                        }
                    }
                    None => {
                        if !self.value(&value, out, depth)? {
                            out.truncate(at);
                            continue;
                        }
                        let written = String::from_utf8(out[value_at..].to_vec()).ok()?;
                        if value.is_number() && written != "null" {
                            RecordId::Valid(written)
                        } else {
                            RecordId::Invalid(Some(written))
                        }
                    }
                });
            } else if !self.value(&value, out, depth)? {
                // `undefined`: the property is left out.
                out.truncate(at);
                continue;
            }
            first = false;
        }
        out.push(b'}');
        Some(id)
    }
}

/// A number as `JSON.stringify` writes it: ECMAScript's `Number::toString`, `null` when not finite.
fn number(n: f64, out: &mut Vec<u8>) {
    if n.is_finite() {
        out.extend_from_slice(ryu_js::Buffer::new().format_finite(n).as_bytes());
    } else {
        out.extend_from_slice(b"null");
    }
}

/// A string as a JSON string literal, escaped as `JSON.stringify` does (the two agree on every
/// character of valid UTF-8; lone surrogates never get here).
fn quote(text: &str, out: &mut Vec<u8>) {
    // Writing to a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, text);
}

#[cfg(test)]
mod tests {
    use super::*;
    use rquickjs::{Context, Runtime};

    /// What `encode_batch` wrote of a record (`None`: it gave up), and what `JSON.stringify`
    /// writes.
    type Both = (Option<(RecordId, String)>, Option<String>);

    /// Evaluates `source` (an expression giving an array of records) and returns, for each
    /// record, [`Both`].
    fn both(source: &str) -> Vec<Both> {
        let runtime = Runtime::new().unwrap();
        let context = Context::full(&runtime).unwrap();
        context.with(|ctx| {
            let records: Array = ctx.eval(source).unwrap();
            (0..records.len())
                .map(|i| {
                    let ours =
                        encode_batch(&ctx, &records, i, i + 1).map(|mut one| one.pop().unwrap());
                    let record: Value = records.get(i).unwrap();
                    let theirs = ctx
                        .json_stringify(record)
                        .ok()
                        .flatten()
                        .map(|s| s.to_string().unwrap());
                    (ours, theirs)
                })
                .collect()
        })
    }

    #[test]
    fn random_plain_records_are_written_as_json_stringify_writes_them() {
        // A seeded generator of plain values with the awkward parts: escapes, non-ASCII,
        // surrogate pairs, U+2028, -0, exponents, integer-like keys, holes, undefined.
        let source = r#"
            let seed = 42;
            const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
            const pick = (list) => list[Math.floor(next() * list.length)];
            const strings = ['', 'plain', 'quote " and \\ backslash', 'tab\tnew\nline\r\b\f', '\u0000\u001f\u007f',
                'é ü ß 漢字', '😀 pair', '\u2028\u2029', '</script>', 'x'.repeat(300)];
            const numbers = [0, -0, 1, -1, 42, 2147483647, -2147483648, 2147483648, 1.5, -0.1, 1e21, 1e-7,
                123456789012345680000, 5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity, 0.1 + 0.2];
            const keys = ['id', 'a', 'b', '10', '2', '01', 'é', 'with space', '"q"', 'toString', '__proto__x'];
            function value(depth) {
                const r = next();
                if (depth > 3 || r < 0.3) return pick(strings);
                if (r < 0.55) return pick(numbers);
                if (r < 0.6) return pick([true, false, null, undefined]);
                if (r < 0.8) {
                    const list = [];
                    const n = Math.floor(next() * 4);
                    for (let i = 0; i < n; i++) list.push(value(depth + 1));
                    if (next() < 0.1) list[n + 1] = 'after a hole';
                    return list;
                }
                return object(depth + 1);
            }
            function object(depth) {
                const o = next() < 0.1 ? Object.create(null) : {};
                const n = Math.floor(next() * 5);
                for (let i = 0; i < n; i++) o[pick(keys)] = value(depth);
                return o;
            }
            const records = [];
            for (let i = 0; i < 3000; i++) {
                const record = object(0);
                if (next() < 0.8) record.id = next() < 0.7 ? 'r' + i : pick([...numbers, '', null, true]);
                records.push(record);
            }
            records
        "#;
        let results = both(source);
        assert_eq!(results.len(), 3000);
        for (index, (ours, theirs)) in results.into_iter().enumerate() {
            let (_, json) = ours.unwrap_or_else(|| panic!("record {index} was not written"));
            assert_eq!(Some(json), theirs, "record {index}");
        }
    }

    #[test]
    fn ids_are_read_as_they_are_written() {
        let results = both(
            r#"[{ id: 'a' }, { id: 7 }, { id: 1.5 }, { id: '' }, { id: null }, { id: NaN }, { id: undefined }, {}, { id: [1] }]"#,
        );
        let ids: Vec<RecordId> = results.into_iter().map(|(o, _)| o.unwrap().0).collect();
        assert_eq!(
            ids,
            [
                RecordId::Valid("a".into()),
                RecordId::Valid("7".into()),
                RecordId::Valid("1.5".into()),
                RecordId::Invalid(Some("\"\"".into())),
                RecordId::Invalid(Some("null".into())),
                RecordId::Invalid(Some("null".into())),
                RecordId::Invalid(None),
                RecordId::Invalid(None),
                RecordId::Invalid(Some("[1]".into())),
            ]
        );
    }

    #[test]
    fn what_is_not_plain_data_is_left_to_json_stringify() {
        let results = both(
            r#"
            class Contact { constructor() { this.id = 'c'; } }
            const cycle = { id: 'x' }; cycle.self = cycle;
            let deep = { id: 'deep' }; let at = deep; for (let i = 0; i < 100; i++) { at.next = {}; at = at.next; }
            [
                { id: 'd', at: new Date(0) },
                new Contact(),
                { id: 't', toJSON() { return { other: true }; } },
                { id: 's', tag: Symbol('s') },
                { id: 'b', big: 10n },
                { id: 'boxed', name: new String('x') },
                { id: 'f', run() {} },
                { id: 'lone', text: '\ud800' },
                cycle,
                deep,
                ['not', 'an', 'object'],
                'text',
                { id: 'map', map: new Map([[1, 2]]) },
                { id: 'proxy', inner: new Proxy({}, {}) },
            ]
            "#,
        );
        for (index, (ours, _)) in results.iter().enumerate() {
            assert!(ours.is_none(), "record {index} should fall back: {ours:?}");
        }
    }
}
