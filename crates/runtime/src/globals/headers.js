// Headers (WHATWG Fetch standard): a case-insensitive list of header names and values, as Node
// 18+ and browsers have it. Scripts build them for `uncontrolledFetch` answers and read
// responses' headers through them. A section of the runtime globals, evaluated on first use
// (see `../globals.js`).
(function () {
    'use strict';

    const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
    const lists = new WeakMap();

    function listOf(self) {
        const list = lists.get(self);
        if (list === undefined) throw new TypeError('Illegal invocation');
        return list;
    }

    function normalizeName(name) {
        const text = String(name);
        if (!TOKEN.test(text)) throw new TypeError(`Header name must be a valid HTTP token ["${text}"]`);
        return text.toLowerCase();
    }

    // Leading and trailing HTTP whitespace is not part of a value.
    const normalizeValue = (value) => String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');

    class Headers {
        constructor(init) {
            lists.set(this, []);
            if (init === undefined || init === null) return;
            if (typeof init !== 'object') throw new TypeError("Failed to construct 'Headers': The provided value is not of type 'HeadersInit'");
            if (init instanceof Headers || typeof init[Symbol.iterator] === 'function') {
                for (const pair of init) {
                    const entry = Array.from(pair);
                    if (entry.length !== 2) throw new TypeError('Header pairs must contain exactly two items');
                    this.append(entry[0], entry[1]);
                }
                return;
            }
            for (const key of Object.keys(init)) this.append(key, init[key]);
        }

        append(name, value) {
            const key = normalizeName(name);
            const list = listOf(this);
            const text = normalizeValue(value);
            const found = list.find((entry) => entry[0] === key);
            if (found && key !== 'set-cookie') found[1] = `${found[1]}, ${text}`;
            else list.push([key, text]);
        }

        set(name, value) {
            const key = normalizeName(name);
            const list = listOf(this).filter((entry) => entry[0] !== key);
            list.push([key, normalizeValue(value)]);
            lists.set(this, list);
        }

        get(name) {
            const key = normalizeName(name);
            const values = listOf(this).filter((entry) => entry[0] === key).map((entry) => entry[1]);
            return values.length === 0 ? null : values.join(', ');
        }

        getSetCookie() {
            return listOf(this).filter((entry) => entry[0] === 'set-cookie').map((entry) => entry[1]);
        }

        has(name) {
            const key = normalizeName(name);
            return listOf(this).some((entry) => entry[0] === key);
        }

        delete(name) {
            const key = normalizeName(name);
            lists.set(this, listOf(this).filter((entry) => entry[0] !== key));
        }

        forEach(callback, thisArg) {
            for (const [name, value] of this) callback.call(thisArg, value, name, this);
        }

        *entries() {
            // Sorted by name, as the standard's iteration is.
            const sorted = listOf(this).slice().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
            for (const [name, value] of sorted) yield [name, value];
        }

        *keys() {
            for (const [name] of this.entries()) yield name;
        }

        *values() {
            for (const [, value] of this.entries()) yield value;
        }

        [Symbol.iterator]() {
            return this.entries();
        }

        get [Symbol.toStringTag]() {
            return 'Headers';
        }
    }

    return { globals: { Headers }, Headers };
});
