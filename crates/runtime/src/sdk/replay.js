// What runs that record or replay responses need (`nango test`, `nango dryrun
// --save-responses`), compiled only for them (see `sdk.js`).
(function (shared) {
    'use strict';

    const { sha1 } = shared;

    // Headers left out of a request's identity: the ones the platform sets.
    const IDENTITY_SKIPPED_HEADERS = ['authorization', 'user-agent', 'nango-proxy-user-agent', 'accept-encoding', 'retries', 'host', 'connection-id', 'provider-config-key'];
    const byKey = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

    // The identity of a request in recorded mocks (`mocks/nango/<method>/proxy/<endpoint>/…`),
    // as the JSON text whose SHA-1 names the file. It must be computed from the config as the
    // script wrote it, values with their JavaScript types, exactly as Nango's recorder and test
    // harness do, or recorded files would not be found.
    function requestIdentity(config) {
        const method = (config.method ? String(config.method).toLowerCase() : '') || 'get';
        const endpoint = config.endpoint.startsWith('/') ? config.endpoint.slice(1) : config.endpoint;
        const params = Object.entries(config.params || {}).sort(byKey);
        const headers = Object.entries(config.headers || {})
            .filter(([name]) => !IDENTITY_SKIPPED_HEADERS.includes(name.toLowerCase()))
            .sort(byKey);
        let data;
        if (config.data) {
            data = typeof config.data === 'string' ? config.data : ArrayBuffer.isView(config.data) && Buffer.isBuffer(config.data) ? config.data.toString('base64') : JSON.stringify(config.data);
            if (data.length > 1000) data = 'sha1:' + sha1(data);
        }
        return JSON.stringify({ method, endpoint, params, headers, data });
    }

    // Headers left out of a request's identity in `.test.json` fixtures (the 0.71 line).
    const UNIFIED_SKIPPED_HEADERS = [
        'authorization', 'user-agent', 'nango-proxy-user-agent', 'accept-encoding', 'retries', 'host',
        'connection-id', 'provider-config-key', 'nango-is-sync', 'nango-is-script', 'nango-is-dry-run',
        'nango-activity-log-id', 'content-length', 'accept', 'base-url-override', 'retry-on',
        'forward-headers-on-redirect'
    ];

    // A request body as an identity holds it: the text, base64 of bytes, or JSON; a long one
    // by its SHA-1.
    function dataIdentity(data) {
        if (!data) return undefined;
        let text = typeof data === 'string' ? data : ArrayBuffer.isView(data) && Buffer.isBuffer(data) ? data.toString('base64') : JSON.stringify(data);
        if (text.length > 1000) text = 'sha1:' + sha1(text);
        return text;
    }

    // The identity of a request in a `.test.json` fixture, as the 0.71 recorder and
    // `nango/test` compute it: the endpoint as a URL path (a full URL loses its host, a
    // `/proxy/` prefix goes), the query of the endpoint and the params merged, every value a
    // string; headers without the platform's, keys as written.
    function unifiedIdentity(config) {
        const method = (config.method ? String(config.method).toLowerCase() : '') || 'get';
        const raw = String(config.endpoint);
        const url = /^https?:\/\//i.test(raw) ? new URL(raw) : new URL(raw.startsWith('/') ? raw : '/' + raw, 'https://nango.invalid');
        const params = config.params;
        if (typeof params === 'string') {
            for (const [name, value] of new URLSearchParams(params)) url.searchParams.append(name, value);
        } else if (params && typeof params === 'object') {
            for (const [name, value] of Object.entries(params)) {
                if (value === undefined) continue;
                url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
            }
        }
        let endpoint = url.pathname;
        if (endpoint.startsWith('/proxy/')) endpoint = endpoint.slice('/proxy/'.length);
        if (endpoint.startsWith('/')) endpoint = endpoint.slice(1);
        const pairs = [];
        for (const [name, value] of url.searchParams) pairs.push([name, String(value)]);
        pairs.sort(byKey);
        const seen = new Set();
        const headers = [];
        for (const [rawName, value] of Object.entries(config.headers || {})) {
            const name = rawName.replace(/^nango-proxy-/i, '');
            const lower = name.toLowerCase();
            if (seen.has(lower)) continue;
            seen.add(lower);
            if (UNIFIED_SKIPPED_HEADERS.includes(lower)) continue;
            const text = String(value);
            if (lower === 'content-type' && (text === 'application/json' || text === 'undefined' || text.startsWith('application/x-www-form-urlencoded'))) continue;
            headers.push([name, text]);
        }
        headers.sort(byKey);
        return JSON.stringify({ method, endpoint, params: pairs, headers, data: dataIdentity(config.data) });
    }

    // `Date.now()` and `new Date()` return one fixed instant (`nango test --now`), as a test
    // harness's frozen system time does; dates built from values are untouched.
    function freezeClock(millis) {
        const RealDate = globalThis.Date;
        function FrozenDate(...args) {
            if (!new.target) return new RealDate(millis).toString();
            return Reflect.construct(RealDate, args.length === 0 ? [millis] : args, new.target);
        }
        Object.setPrototypeOf(FrozenDate, RealDate);
        Object.defineProperty(FrozenDate, 'name', { value: 'Date' });
        FrozenDate.prototype = RealDate.prototype;
        Object.defineProperty(RealDate.prototype, 'constructor', { value: FrozenDate, writable: true, configurable: true });
        FrozenDate.now = () => millis;
        globalThis.Date = FrozenDate;
    }

    return { requestIdentity, unifiedIdentity, freezeClock };
});
