// The `nango` object scripts receive, written in JavaScript on top of a few host functions
// (`host.request`, `host.save`, `host.call`, `host.log`): the SDK's semantics live here, the I/O
// in Rust. Evaluated once per run; returns a function that builds the object for a context.
(function (rawHost) {
    'use strict';

    // Host answers are the payload, or "\u0001" + a JSON `{code, message}` for a failure, which
    // becomes an exception here so that a script's `try/catch` can handle it.
    const checked = (text) => {
        if (typeof text === 'string' && text.charCodeAt(0) === 1) {
            const failure = JSON.parse(text.slice(1));
            const error = new Error(failure.message);
            error.code = failure.code;
            throw error;
        }
        return text;
    };
    const host = {
        request: async (text) => checked(await rawHost.request(text)),
        save: async (op, model, text) => {
            checked(await rawHost.save(op, model, text));
        },
        // `false` (synchronously) when the records are not plain data, else a promise.
        saveRecords: (op, model, records, start, end) => {
            const saved = rawHost.saveRecords(op, model, records, start, end);
            return saved === false ? false : saved.then(checked);
        },
        call: async (text) => checked(await rawHost.call(text)),
        log: (level, message) => rawHost.log(level, message)
    };

    const ACTION_ERROR_TYPE = 'action_script_runtime_error';
    const BATCH_CHUNK = 10000;

    class ActionError extends Error {
        constructor(payload) {
            const message =
                payload && typeof payload === 'object' && typeof payload.message === 'string'
                    ? payload.message
                    : typeof payload === 'string'
                      ? payload
                      : 'Action error';
            super(message);
            this.name = 'ActionError';
            this.type = ACTION_ERROR_TYPE;
            this.payload = payload && typeof payload === 'object' ? payload : { message };
        }
    }

    // `lodash.get`: a whole key wins (`@odata.nextLink`), else a path of `.` and `[n]` steps.
    function getPath(value, path) {
        if (path === undefined || path === null || path === '') return value;
        if (value !== null && value !== undefined && String(path) in Object(value)) return value[path];
        let current = value;
        for (const key of String(path).replace(/\[(\w+)\]/g, '.$1').split('.')) {
            if (current === null || current === undefined) return undefined;
            current = current[key];
        }
        return current;
    }

    // `lodash.set`: dotted keys become nested objects.
    function setPath(target, path, value) {
        const keys = String(path).split('.');
        let current = target;
        for (const key of keys.slice(0, -1)) {
            if (current[key] === null || typeof current[key] !== 'object') current[key] = {};
            current = current[key];
        }
        current[keys[keys.length - 1]] = value;
    }

    function decodeComponent(text) {
        try {
            return decodeURIComponent(text.replace(/\+/g, ' '));
        } catch (_) {
            return text;
        }
    }

    // `params` as ordered pairs: an object (arrays repeat the key) or a query string.
    function queryPairs(params) {
        if (params === undefined || params === null) return [];
        if (typeof params === 'string') {
            return params
                .replace(/^\?/, '')
                .split('&')
                .filter((part) => part.length > 0)
                .map((part) => {
                    const i = part.indexOf('=');
                    return i < 0 ? [decodeComponent(part), ''] : [decodeComponent(part.slice(0, i)), decodeComponent(part.slice(i + 1))];
                });
        }
        const pairs = [];
        for (const [key, value] of Object.entries(params)) {
            if (value === undefined || value === null) continue;
            if (Array.isArray(value)) value.forEach((item) => pairs.push([key, String(item)]));
            else pairs.push([key, String(value)]);
        }
        return pairs;
    }

    function headerPairs(headers) {
        if (!headers) return [];
        return Object.entries(headers)
            .filter(([, value]) => value !== undefined && value !== null)
            .map(([key, value]) => [key, String(value)]);
    }

    function requestBody(data) {
        if (data === undefined || data === null) return null;
        if (typeof data === 'string') return { kind: 'text', value: data };
        // Checked by tag: touching the URLSearchParams global would load its code on every call.
        if (Object.prototype.toString.call(data) === '[object URLSearchParams]') return { kind: 'text', value: data.toString() };
        return { kind: 'json', value: data };
    }

    // Marks a response replayed from a recording of the body alone (see `recordedPages`).
    const BODY_ONLY = Symbol('bodyOnly');

    // Compiled on first use (`sdk/replay.js`).
    let replayTools = null;
    const replay = () => replayTools || (replayTools = rawHost.load('replay')({ sha1: rawHost.sha1 }));

    const BASE64_MARKER = '\u0000base64:';

    function responseData(body, headers, responseType) {
        if (body.startsWith(BASE64_MARKER)) {
            const bytes = Buffer.from(body.slice(BASE64_MARKER.length), 'base64');
            return responseType === 'text' ? bytes.toString('utf8') : bytes;
        }
        if (responseType === 'arraybuffer' || responseType === 'stream') return Buffer.from(body, 'utf8');
        if (responseType === 'text') return body;
        const type = headers['content-type'] || '';
        if (body.length === 0) return type.includes('json') ? null : '';
        try {
            return JSON.parse(body);
        } catch (_) {
            return body;
        }
    }

    function makeNango(context) {
        if (typeof context.frozenTime === 'number') replay().freezeClock(context.frozenTime);
        let connectionPromise = null;
        const locks = new Map();
        // The checkpoint as last read or saved in this run (`undefined`: not read yet).
        let checkpoint = undefined;

        async function proxy(config) {
            if (!config || typeof config.endpoint !== 'string') {
                throw new TypeError('nango.proxy(config): `config.endpoint` must be a string');
            }
            const method = String(config.method || 'GET').toUpperCase();
            // A query string in the endpoint (a next-page link) joins the params.
            const queryAt = config.endpoint.indexOf('?');
            const endpoint = queryAt < 0 ? config.endpoint : config.endpoint.slice(0, queryAt);
            const params = queryAt < 0 ? queryPairs(config.params) : queryPairs(config.endpoint.slice(queryAt + 1)).concat(queryPairs(config.params));
            const request = {
                method,
                endpoint,
                params,
                headers: headerPairs(config.headers),
                data: requestBody(config.data),
                retries: Number(config.retries) || 0,
                retryOn: Array.isArray(config.retryOn) ? config.retryOn : [],
                baseUrlOverride: config.baseUrlOverride || null,
                decompress: config.decompress === undefined ? null : Boolean(config.decompress),
                connectionId: config.connectionId || null,
                providerConfigKey: config.providerConfigKey || null,
                // The body as data, not text: a JSON body then comes back parsed, as `raw.json`.
                parseJson: config.responseType !== 'text' && config.responseType !== 'arraybuffer' && config.responseType !== 'stream',
                identity: context.requestIdentity
                    ? context.unifiedRequestIdentity
                        ? replay().unifiedIdentity(config)
                        : replay().requestIdentity(config)
                    : null
            };
            const raw = JSON.parse(await host.request(JSON.stringify(request)));
            const headers = {};
            for (const [name, value] of raw.headers) {
                headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
            }
            const response = {
                data: 'json' in raw ? raw.json : raw.origin ? JSON.parse(raw.body) : responseData(raw.body, headers, config.responseType),
                status: raw.status,
                statusText: '',
                headers,
                config,
                request: { method, endpoint: config.endpoint }
            };
            if (raw.origin === 'recordedBodyOnly') Object.defineProperty(response, BODY_ONLY, { value: true });
            if ((raw.status < 200 || raw.status >= 300) && raw.origin !== 'fixture') {
                const error = new Error(`Request failed with status code ${raw.status}`);
                error.name = 'AxiosError';
                error.code = raw.status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST';
                error.status = raw.status;
                error.response = response;
                error.config = config;
                error.request = response.request;
                throw error;
            }
            return response;
        }

        const verb = (method) => (config) => proxy(Object.assign({}, config, { method }));

        // Compiled on first use (`sdk/paginate.js`).
        let paginateImpl = null;
        function paginate(config) {
            if (!paginateImpl) paginateImpl = rawHost.load('paginate')({ context, proxy, log, getPath, setPath, queryPairs, BODY_ONLY });
            return paginateImpl(config);
        }

        async function batch(op, records, model) {
            if (!Array.isArray(records)) throw new TypeError(`nango.batch${op[0].toUpperCase()}${op.slice(1)}(records, model): records must be an array`);
            if (typeof model !== 'string' || model.length === 0) throw new TypeError('the model name must be a non-empty string');
            for (let i = 0; i < records.length; i += BATCH_CHUNK) {
                const end = Math.min(i + BATCH_CHUNK, records.length);
                // Plain records are written as JSON by the host; others (a Date, a class
                // instance, a cycle) go through JSON.stringify, and fail as it fails.
                const saved = host.saveRecords(op, model, records, i, end);
                if (saved === false) await host.save(op, model, JSON.stringify(records.slice(i, end)));
                else await saved;
            }
            return true;
        }

        function getConnection(providerConfigKey, connectionId, options) {
            const other = providerConfigKey || connectionId || (options && (options.forceRefresh || options.refreshToken));
            const fetch = () =>
                host.call(JSON.stringify({ op: 'getConnection', providerConfigKey: providerConfigKey || null, connectionId: connectionId || null, forceRefresh: Boolean(options && (options.forceRefresh || options.refreshToken)) })).then(JSON.parse);
            if (other) return fetch();
            if (!connectionPromise) connectionPromise = fetch();
            return connectionPromise;
        }

        const call = (payload) => host.call(JSON.stringify(payload)).then(JSON.parse);

        function log(...args) {
            let level = 'info';
            const last = args[args.length - 1];
            if (args.length > 1 && last && typeof last === 'object' && !Array.isArray(last) && Object.keys(last).length === 1 && typeof last.level === 'string') {
                level = { http: 'debug', verbose: 'debug', silly: 'debug' }[last.level] || last.level;
                args.pop();
            }
            host.log(level, args.map(formatLogArg).join(' '));
            return Promise.resolve();
        }

        const nango = {
            connectionId: context.connectionId,
            providerConfigKey: context.providerConfigKey,
            provider: context.provider,
            environmentId: context.environmentId,
            environmentName: context.environmentName,
            activityLogId: context.activityLogId,
            syncId: context.syncId,
            syncJobId: context.syncJobId,
            nangoConnectionId: context.nangoConnectionId,
            dryRun: Boolean(context.dryRun),
            variant: context.variant || 'base',
            track_deletes: Boolean(context.trackDeletes),
            lastSyncDate: context.lastSyncDate ? new Date(context.lastSyncDate) : undefined,
            runnerFlags: {},
            abortSignal: { aborted: false },
            ActionError,
            proxy,
            get: verb('GET'),
            post: verb('POST'),
            put: verb('PUT'),
            patch: verb('PATCH'),
            delete: verb('DELETE'),
            paginate,
            log,
            getConnection,
            async getToken() {
                const { credentials } = await getConnection();
                if (!credentials) return undefined;
                if (credentials.type === 'OAUTH2') return credentials.access_token;
                if (credentials.type === 'OAUTH1') return { oAuthToken: credentials.oauth_token, oAuthTokenSecret: credentials.oauth_token_secret };
                return credentials;
            },
            async getMetadata() {
                return (await getConnection()).metadata;
            },
            async setMetadata(metadata) {
                connectionPromise = null;
                return call({ op: 'setMetadata', metadata });
            },
            async updateMetadata(metadata) {
                connectionPromise = null;
                return call({ op: 'updateMetadata', metadata });
            },
            getEnvironmentVariables: () => call({ op: 'environmentVariables' }),
            getIntegration: (queries) => call({ op: 'getIntegration', include: (queries && queries.include) || [] }),
            async getWebhookURL() {
                const integration = await call({ op: 'getIntegration', include: ['webhook'] });
                return integration ? integration.webhook_url : undefined;
            },
            getFlowAttributes: () => context.attributes || null,
            triggerAction: (providerConfigKey, connectionId, actionName, input) =>
                call({ op: 'triggerAction', providerConfigKey, connectionId, actionName, input: input === undefined ? null : input }),
            async zodValidateInput({ zodSchema, input }) {
                const result = zodSchema.safeParse(input);
                if (!result.success) {
                    for (const issue of result.error.issues || []) {
                        log(`Invalid input provided: ${issue.message} at path ${(issue.path || []).join('.')}`, { level: 'error' });
                    }
                    throw new ActionError({ message: 'Invalid input provided' });
                }
                return result;
            },
            async tryAcquireLock({ key, ttlMs }) {
                const now = Date.now();
                const held = locks.get(key);
                if (held !== undefined && held > now) return false;
                locks.set(key, now + Number(ttlMs || 0));
                return true;
            },
            async releaseLock({ key }) {
                return locks.delete(key);
            },
            async releaseAllLocks() {
                locks.clear();
            },
            async uncontrolledFetch() {
                throw new Error('nango.uncontrolledFetch() is not available: use nango.proxy() so credentials and retries apply');
            },
            // Checkpoints (the 0.71 SDK): a flat object a sync saves as it goes and reads at its
            // next run; `null` when nothing is saved.
            async getCheckpoint() {
                if (checkpoint === undefined) {
                    const saved = await call({ op: 'getCheckpoint' });
                    checkpoint = saved === undefined ? null : saved;
                }
                return checkpoint === null ? null : { ...checkpoint };
            },
            async saveCheckpoint(value) {
                const valid =
                    value !== null &&
                    typeof value === 'object' &&
                    !Array.isArray(value) &&
                    Object.values(value).every((v) => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)));
                if (!valid) {
                    throw new Error('Invalid checkpoint: it must be an object whose values are strings, numbers or booleans');
                }
                await call({ op: 'saveCheckpoint', checkpoint: value });
                checkpoint = { ...value };
            },
            async clearCheckpoint() {
                await call({ op: 'saveCheckpoint', checkpoint: null });
                checkpoint = null;
            }
        };

        if (context.kind === 'sync') {
            Object.assign(nango, {
                batchSave: (records, model) => batch('save', records, model),
                batchSend: (records, model) => batch('save', records, model),
                batchUpdate: (records, model) => batch('update', records, model),
                batchDelete: (records, model) => batch('delete', records, model),
                async getRecordsByIds(ids, model) {
                    const records = await call({ op: 'recordsByIds', ids, model });
                    const map = new Map();
                    for (const record of records || []) map.set(record.id, record);
                    return map;
                },
                setMergingStrategy: (merging, model) => call({ op: 'setMergingStrategy', strategy: merging && merging.strategy, model }).then(() => undefined),
                // Deletion tracking (the 0.71 SDK): records of the model not saved between
                // start and end are deleted at the end.
                // The connection's records of a model, as the cache holds them, page by page.
                listRecords: async function* (model, options) {
                    let cursor = options && options.cursor ? String(options.cursor) : null;
                    do {
                        const page = await call({ op: 'listRecords', model, cursor });
                        for (const record of page.records || []) yield record;
                        cursor = page.nextCursor || null;
                    } while (cursor);
                },
                trackDeletesStart: (model) => call({ op: 'trackDeletes', model, step: 'start' }).then(() => undefined),
                trackDeletesEnd: (model) => call({ op: 'trackDeletes', model, step: 'end' }),
                deleteRecordsFromPreviousExecutions: (model) => call({ op: 'trackDeletes', model, step: 'previous' })
            });
        }
        if (context.unifiedRequestIdentity) standInForVitestMocks(nango, context.kind, context.fixture);
        return nango;
    }

    // `nango test` replaying a `.test.json` stands where `nango/test`'s vitest mocks stand in
    // Nango's harness. Some scripts install test helpers on those mocks when they load
    // (`globalThis.vitest.NangoActionMock.prototype.uncontrolledFetch = …`, built on the mocks'
    // `proxyData`): here the mocks are the prototype of the `nango` object, so those helpers
    // apply as they do there. Outside `nango test` there is no `globalThis.vitest`, as in
    // Nango's runner, and such code stays inert.
    function standInForVitestMocks(nango, kind, fixture) {
        function NangoActionMock() {}
        NangoActionMock.prototype.proxyData = async function (config) {
            const response = await this.proxy(config);
            return { data: response.data, headers: response.headers, status: response.status };
        };
        const mockData = fixture || {};
        NangoActionMock.prototype.fixtureProvider = Promise.resolve({ mockData });
        NangoActionMock.prototype.getInput = async () => mockData.input;
        NangoActionMock.prototype.getOutput = async () => mockData.output;
        function NangoSyncMock() {}
        Object.setPrototypeOf(NangoSyncMock.prototype, NangoActionMock.prototype);
        Object.defineProperty(globalThis, 'vitest', { value: { NangoActionMock, NangoSyncMock }, writable: true, configurable: true, enumerable: false });
        Object.setPrototypeOf(nango, (kind === 'sync' ? NangoSyncMock : NangoActionMock).prototype);
        const unavailable = nango.uncontrolledFetch;
        nango.uncontrolledFetch = function (options) {
            const installed = NangoActionMock.prototype.uncontrolledFetch || NangoSyncMock.prototype.uncontrolledFetch;
            return (installed || unavailable).call(this, options);
        };
    }

    function formatLogArg(value) {
        if (typeof value === 'string') return value;
        if (value instanceof Error) return value.stack ? `${value.message}\n${value.stack}` : String(value);
        try {
            return JSON.stringify(value, null, 2);
        } catch (_) {
            return String(value);
        }
    }

    const consoleLevel = { log: 'info', info: 'info', debug: 'debug', warn: 'warn', error: 'error', trace: 'debug' };
    globalThis.console = Object.fromEntries(
        Object.entries(consoleLevel).map(([name, level]) => [name, (...args) => host.log(level, args.map(formatLogArg).join(' '))])
    );

    return { makeNango, ActionError };
});
