// Node-like globals and built-in modules for scripts: URL, URLSearchParams, TextEncoder,
// TextDecoder, Buffer, timers, structuredClone, crypto, and the host `require` (`crypto`, `url`,
// `buffer`). Evaluated in every run with the Rust host functions (`native`), which never leave
// these closures; returns `{ require, watch }` for the runtime.
//
// This core is all that is compiled for every run. The APIs are sections (`globals/*.js`),
// compiled the first time a script reads one of their globals or requires their module: most
// scripts use none of them, and compiling them all would cost far more than creating the whole
// runtime.
//
// Written from the WHATWG URL and Encoding standards, the HTML structured-clone algorithm and
// Node's documented API. QuickJS-ng's own `atob`, `btoa`, `queueMicrotask`, `performance`,
// `DOMException` and `Uint8Array` base64/hex are used, not replaced.
(function (native) {
    'use strict';

    // An exception in a timer callback fails the run, as it would end a Node process: `watch`
    // races the script's promise with this one.
    let rejectUncaught;
    let uncaughtSeen = false;
    const uncaught = new Promise((_, reject) => {
        rejectUncaught = reject;
    });
    uncaught.catch(() => {});

    function reportUncaught(error) {
        if (uncaughtSeen) return;
        uncaughtSeen = true;
        rejectUncaught(error);
    }

    // What sections share: what loaded sections export, and tests for the objects
    // structuredClone must refuse.
    const shared = { native, reportUncaught, platformObjects: [], need };
    const loaded = new Map();

    // The exports of a section, evaluating it the first time.
    function need(name) {
        let exports = loaded.get(name);
        if (exports === undefined) {
            exports = native.load(name)(shared);
            loaded.set(name, exports);
            Object.assign(shared, exports);
        }
        return exports;
    }

    function defineGlobal(name, value) {
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    }

    // Each global becomes a plain value the first time it is read (or assigned). What the engine
    // already has is kept.
    const lazyGlobals = {
        setTimeout: 'timers',
        clearTimeout: 'timers',
        setInterval: 'timers',
        clearInterval: 'timers',
        setImmediate: 'timers',
        clearImmediate: 'timers',
        URL: 'url',
        URLSearchParams: 'params',
        TextEncoder: 'bytes',
        TextDecoder: 'bytes',
        Buffer: 'bytes',
        structuredClone: 'clone',
        crypto: 'crypto',
        Headers: 'headers'
    };
    for (const name of Object.keys(lazyGlobals)) {
        if (name in globalThis) continue;
        Object.defineProperty(globalThis, name, {
            get() {
                const value = need(lazyGlobals[name]).globals[name];
                defineGlobal(name, value);
                return value;
            },
            set(value) {
                defineGlobal(name, value);
            },
            configurable: true,
            enumerable: false
        });
    }

    const moduleSections = new Map([
        ['crypto', 'crypto'],
        ['url', 'url'],
        ['buffer', 'bytes'],
        ['zod', 'zod']
    ]);

    // `import { createSync } from 'nango'` in a zero-yaml script: the definition helpers, which
    // only tag the definition with its kind (the CLI and the runtime read the object).
    const nangoModule = Object.freeze({
        createSync: (definition) => ({ ...definition, type: 'sync' }),
        createAction: (definition) => ({ ...definition, type: 'action' }),
        createOnEvent: (definition) => ({ ...definition, type: 'onEvent' })
    });

    function require(id) {
        const name = String(id);
        if (name === 'nango') return nangoModule;
        const section = moduleSections.get(name.startsWith('node:') ? name.slice(5) : name);
        if (section === undefined) throw new Error(`module "${name}" is not available in the nango-rs runtime`);
        return need(section).module;
    }

    function watch(returned) {
        return Promise.race([returned, uncaught]);
    }

    return { require, watch };
});
