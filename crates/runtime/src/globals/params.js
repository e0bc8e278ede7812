// URLSearchParams and application/x-www-form-urlencoded (WHATWG URL standard).
// A section of the runtime globals, evaluated on first use (see `../globals.js`).
(function (shared) {
    'use strict';

    shared.need('base');
    const { nodeError, invalidArgType, usv, utf8EncodeSmall, fromCharCode, platformObjects } = shared;

    const HEX_UPPER = '0123456789ABCDEF';
    const percentByte = (b) => '%' + HEX_UPPER[b >> 4] + HEX_UPPER[b & 15];
    const isHexByte = (b) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);

    // Percent-decoding, on the UTF-8 bytes of `text`.
    function percentDecodeBytes(text) {
        const bytes = utf8EncodeSmall(text);
        const out = [];
        for (let i = 0; i < bytes.length; i++) {
            const b = bytes[i];
            if (b === 0x25 && i + 2 < bytes.length) {
                if (isHexByte(bytes[i + 1]) && isHexByte(bytes[i + 2])) {
                    out.push(parseInt(fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
                    i += 2;
                    continue;
                }
            }
            out.push(b);
        }
        return out;
    }

    // The Encoding standard's UTF-8 decoder: each maximal invalid subpart becomes one U+FFFD.
    function utf8DecodeSmall(bytes) {
        let out = '';
        let i = 0;
        while (i < bytes.length) {
            const b = bytes[i];
            if (b < 0x80) {
                out += fromCharCode(b);
                i++;
                continue;
            }
            let need;
            let cp;
            let lower = 0x80;
            let upper = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                need = 1;
                cp = b & 0x1f;
            } else if (b >= 0xe0 && b <= 0xef) {
                need = 2;
                cp = b & 0x0f;
                if (b === 0xe0) lower = 0xa0;
                if (b === 0xed) upper = 0x9f;
            } else if (b >= 0xf0 && b <= 0xf4) {
                need = 3;
                cp = b & 0x07;
                if (b === 0xf0) lower = 0x90;
                if (b === 0xf4) upper = 0x8f;
            } else {
                out += '\ufffd';
                i++;
                continue;
            }
            let j = i + 1;
            let ok = true;
            for (let k = 0; k < need; k++, j++) {
                if (j >= bytes.length || bytes[j] < lower || bytes[j] > upper) {
                    ok = false;
                    break;
                }
                lower = 0x80;
                upper = 0xbf;
                cp = (cp << 6) | (bytes[j] & 0x3f);
            }
            out += ok ? String.fromCodePoint(cp) : '\ufffd';
            i = j;
        }
        return out;
    }

    // -- application/x-www-form-urlencoded

    function formDecode(text) {
        const plus = text.replace(/\+/g, ' ');
        return plus.includes('%') ? utf8DecodeSmall(percentDecodeBytes(plus)) : plus;
    }

    function parseForm(input) {
        const list = [];
        for (const sequence of input.split('&')) {
            if (sequence === '') continue;
            const eq = sequence.indexOf('=');
            const name = eq < 0 ? sequence : sequence.slice(0, eq);
            const value = eq < 0 ? '' : sequence.slice(eq + 1);
            list.push([formDecode(name), formDecode(value)]);
        }
        return list;
    }

    function formEncode(text) {
        let out = '';
        for (const ch of text) {
            const cp = ch.codePointAt(0);
            if (cp === 0x20) out += '+';
            else if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x2a || cp === 0x2d || cp === 0x2e || cp === 0x5f) out += ch;
            else out += utf8EncodeSmall(ch).map(percentByte).join('');
        }
        return out;
    }

    const serializeForm = (list) => list.map(([name, value]) => formEncode(name) + '=' + formEncode(value)).join('&');

    // The list of each URLSearchParams, out of reach of scripts; `onChange` tells a URL.
    const paramsState = new WeakMap();

    function paramsOf(params) {
        const state = paramsState.get(params);
        if (state === undefined) throw new TypeError('Value of "this" must be of type URLSearchParams');
        return state;
    }

    // After the list changed: the URL's query follows.
    function updateParams(state) {
        if (state.onChange !== null) state.onChange(serializeForm(state.list));
    }

    function paramsIterator(params, kind) {
        const state = paramsOf(params);
        let index = 0;
        const iterator = Object.create(ParamsIteratorPrototype);
        iterator.next = function next() {
            if (index >= state.list.length) return { value: undefined, done: true };
            const [name, value] = state.list[index++];
            return { value: kind === 'keys' ? name : kind === 'values' ? value : [name, value], done: false };
        };
        return iterator;
    }
    const ParamsIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
        [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true }
    });

    class URLSearchParams {
        constructor(init = undefined) {
            const state = { list: [], onChange: null };
            paramsState.set(this, state);
            if (init === undefined || init === null) return;
            if (typeof init === 'object' || typeof init === 'function') {
                if (typeof init[Symbol.iterator] === 'function') {
                    for (const pair of init) {
                        if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function') {
                            throw nodeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
                        }
                        const items = Array.from(pair);
                        if (items.length !== 2) throw nodeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
                        state.list.push([usv(items[0]), usv(items[1])]);
                    }
                } else {
                    for (const key of Reflect.ownKeys(init)) {
                        if (typeof key !== 'string') continue;
                        const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
                        if (descriptor !== undefined && descriptor.enumerable) state.list.push([usv(key), usv(init[key])]);
                    }
                }
                return;
            }
            let text = usv(init);
            if (text.startsWith('?')) text = text.slice(1);
            state.list = parseForm(text);
        }

        get size() {
            return paramsOf(this).list.length;
        }

        append(name, value) {
            if (arguments.length < 2) throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" and "value" arguments must be specified');
            const state = paramsOf(this);
            state.list.push([usv(name), usv(value)]);
            updateParams(state);
        }

        delete(name, value) {
            const state = paramsOf(this);
            const key = usv(name);
            const match = value === undefined ? () => true : ((v) => (pairValue) => pairValue === v)(usv(value));
            state.list = state.list.filter(([n, v]) => !(n === key && match(v)));
            updateParams(state);
        }

        get(name) {
            const key = usv(name);
            const pair = paramsOf(this).list.find(([n]) => n === key);
            return pair === undefined ? null : pair[1];
        }

        getAll(name) {
            const key = usv(name);
            return paramsOf(this)
                .list.filter(([n]) => n === key)
                .map(([, v]) => v);
        }

        has(name, value) {
            const key = usv(name);
            const wanted = value === undefined ? undefined : usv(value);
            return paramsOf(this).list.some(([n, v]) => n === key && (wanted === undefined || v === wanted));
        }

        set(name, value) {
            const state = paramsOf(this);
            const key = usv(name);
            const text = usv(value);
            const first = state.list.findIndex(([n]) => n === key);
            if (first < 0) state.list.push([key, text]);
            else {
                state.list[first] = [key, text];
                state.list = state.list.filter(([n], i) => i <= first || n !== key);
            }
            updateParams(state);
        }

        sort() {
            const state = paramsOf(this);
            // Stable, by UTF-16 code units of the names.
            state.list = state.list
                .map((pair, i) => [pair, i])
                .sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j))
                .map(([pair]) => pair);
            updateParams(state);
        }

        forEach(callback, thisArg = undefined) {
            if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
            const state = paramsOf(this);
            for (let i = 0; i < state.list.length; i++) {
                const [name, value] = state.list[i];
                callback.call(thisArg, value, name, this);
            }
        }

        entries() {
            return paramsIterator(this, 'entries');
        }

        keys() {
            return paramsIterator(this, 'keys');
        }

        values() {
            return paramsIterator(this, 'values');
        }

        [Symbol.iterator]() {
            return paramsIterator(this, 'entries');
        }

        toString() {
            return serializeForm(paramsOf(this).list);
        }

        get [Symbol.toStringTag]() {
            return 'URLSearchParams';
        }
    }

    platformObjects.push((value) => paramsState.has(value));

    // For URL: follow changes of the list, and replace it when the URL's query changes.
    function linkParams(params, onChange) {
        paramsOf(params).onChange = onChange;
    }

    function setParamsList(params, list) {
        paramsOf(params).list = list;
    }

    return { globals: { URLSearchParams }, URLSearchParams, parseForm, percentByte, percentDecodeBytes, utf8DecodeSmall, linkParams, setParamsList };
});
