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

    return { requestIdentity, freezeClock };
});
