// structuredClone (the HTML structured clone algorithm, without transfer).
// A section of the runtime globals, evaluated on first use (see `../globals.js`).
(function (shared) {
    'use strict';

    shared.need('base');
    const { isArrayBuffer, typedArrayTag, platformObjects } = shared;

    const TYPED_ARRAYS = new Map(
        ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']
            .filter((name) => typeof globalThis[name] === 'function')
            .map((name) => [name, globalThis[name]])
    );
    const ERROR_TYPES = new Map([['Error', Error], ['EvalError', EvalError], ['RangeError', RangeError], ['ReferenceError', ReferenceError], ['SyntaxError', SyntaxError], ['TypeError', TypeError], ['URIError', URIError]]);

    function dataCloneError(what) {
        return new DOMException(`${what} could not be cloned.`, 'DataCloneError');
    }

    function describe(value) {
        if (typeof value === 'function') {
            try {
                return Function.prototype.toString.call(value);
            } catch (_) {
                return 'function';
            }
        }
        if (typeof value === 'symbol') return value.toString();
        const tag = Object.prototype.toString.call(value).slice(8, -1);
        return `#<${tag}>`;
    }

    function cloneValue(value, memory) {
        const type = typeof value;
        if (value === null || (type !== 'object' && type !== 'function' && type !== 'symbol')) return value;
        if (type === 'function' || type === 'symbol') throw dataCloneError(describe(value));
        if (memory.has(value)) return memory.get(value);
        let out;
        if (value instanceof Boolean) out = new Boolean(Boolean.prototype.valueOf.call(value));
        else if (value instanceof Number) out = new Number(Number.prototype.valueOf.call(value));
        else if (value instanceof String) out = new String(String.prototype.valueOf.call(value));
        else if (typeof BigInt === 'function' && value instanceof BigInt) out = Object(BigInt.prototype.valueOf.call(value));
        else if (value instanceof Date) out = new Date(Date.prototype.getTime.call(value));
        else if (value instanceof RegExp) out = new RegExp(value.source, value.flags);
        else if (isArrayBuffer(value)) out = value.slice(0);
        else if (ArrayBuffer.isView(value)) {
            const buffer = cloneValue(value.buffer, memory);
            if (value instanceof DataView) out = new DataView(buffer, value.byteOffset, value.byteLength);
            else out = new (TYPED_ARRAYS.get(typedArrayTag(value)))(buffer, value.byteOffset, value.length);
        } else if (value instanceof Map) {
            out = new Map();
            memory.set(value, out);
            for (const [k, v] of Map.prototype.entries.call(value)) out.set(cloneValue(k, memory), cloneValue(v, memory));
            return out;
        } else if (value instanceof Set) {
            out = new Set();
            memory.set(value, out);
            for (const v of Set.prototype.values.call(value)) out.add(cloneValue(v, memory));
            return out;
        } else if (value instanceof Error) {
            const name = ERROR_TYPES.has(value.name) ? value.name : 'Error';
            out = Object.create(ERROR_TYPES.get(name).prototype);
            memory.set(value, out);
            const define = (key, v) => Object.defineProperty(out, key, { value: v, writable: true, configurable: true, enumerable: false });
            if (Object.prototype.hasOwnProperty.call(value, 'message')) define('message', String(value.message));
            if (typeof value.stack === 'string') define('stack', value.stack);
            if (Object.prototype.hasOwnProperty.call(value, 'cause')) define('cause', cloneValue(value.cause, memory));
            return out;
        } else if (Array.isArray(value)) {
            out = new Array(value.length);
            memory.set(value, out);
            for (const key of Object.keys(value)) out[key] = cloneValue(value[key], memory);
            return out;
        } else if (
            value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet || value instanceof WeakRef ||
            (typeof FinalizationRegistry === 'function' && value instanceof FinalizationRegistry) ||
            platformObjects.some((isPlatform) => isPlatform(value))
        ) {
            throw dataCloneError(describe(value));
        } else {
            out = {};
            memory.set(value, out);
            for (const key of Object.keys(value)) out[key] = cloneValue(value[key], memory);
            return out;
        }
        memory.set(value, out);
        return out;
    }

    function structuredClone(value, options = undefined) {
        if (arguments.length === 0) throw new TypeError('The "value" argument must be specified');
        if (options !== undefined && options !== null && options.transfer !== undefined && Array.from(options.transfer).length > 0) {
            throw new DOMException('Transferring objects is not supported', 'DataCloneError');
        }
        return cloneValue(value, new Map());
    }

    return { globals: { structuredClone } };
});
