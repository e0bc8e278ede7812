// Describes a zero-yaml script's definition (the object `createSync`, `createAction` or
// `createOnEvent` returned) as JSON text, for the CLI to validate and turn into configuration:
// plain values as they are, functions as `{"$function": true}`, zod schemas as their JSON Schema
// (draft 7, as Nango's CLI writes them: dates as `date-time` strings, what JSON Schema cannot say
// as `{}`), and anything else marked so that the CLI can say what is wrong with it.
//
// Schemas are converted with the zod the script bundled (zod 4's `toJSONSchema`), so composed
// schemas (`.extend`, helpers, imported models) come out exactly as zod sees them.
(function (definition) {
    'use strict';

    function dateAsString(ctx) {
        const def = ctx.zodSchema && ctx.zodSchema._zod && ctx.zodSchema._zod.def;
        if (def && def.type === 'date') {
            ctx.jsonSchema.type = 'string';
            ctx.jsonSchema.format = 'date-time';
        }
    }

    function schemaOf(value) {
        const type = value._zod.def && value._zod.def.type;
        if (type === 'void') return { $zod: 'void', schema: { type: 'null' } };
        if (typeof value.toJSONSchema !== 'function') return { $zod: type, error: 'this zod build has no toJSONSchema' };
        try {
            const schema = value.toJSONSchema({ target: 'draft-7', unrepresentable: 'any', override: dateAsString });
            delete schema.$schema;
            return { $zod: type, schema };
        } catch (e) {
            return { $zod: type, error: String((e && e.message) || e) };
        }
    }

    function plain(value, depth) {
        if (depth > 32) return { $tooDeep: true };
        if (value === undefined) return { $undefined: true };
        if (typeof value === 'function') return { $function: true };
        if (typeof value === 'bigint' || typeof value === 'symbol') return { $other: typeof value };
        if (value === null || typeof value !== 'object') return value;
        if (value._zod) return schemaOf(value);
        // zod 3 schemas have `_def` and `safeParse` but no `_zod`.
        if (value._def && typeof value.safeParse === 'function') return { $zod3: true };
        if (Array.isArray(value)) return value.map((v) => plain(v, depth + 1));
        const out = {};
        for (const key of Object.keys(value)) out[key] = plain(value[key], depth + 1);
        return out;
    }

    if (definition === null || typeof definition !== 'object') {
        return JSON.stringify({ $notObject: definition === null ? 'null' : typeof definition });
    }
    const out = {};
    for (const key of Object.keys(definition)) {
        // `models` keeps its keys' order as pairs: the names are the models' names.
        if (key === 'models' && definition.models && typeof definition.models === 'object' && !definition.models._zod) {
            out.models = Object.keys(definition.models).map((name) => [name, plain(definition.models[name], 1)]);
        } else {
            out[key] = plain(definition[key], 0);
        }
    }
    return JSON.stringify(out);
})
