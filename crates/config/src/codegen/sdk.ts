// ---------------------------------------------------------------------------
// Nango script SDK: type declarations
//
// Written for nango-rs from the documented behaviour of the script API.
// Scripts receive a `NangoSync` (syncs) or a `NangoAction` (actions and
// event scripts) as their first argument. Everything below is type-only:
// the runtime provides the implementation.
// ---------------------------------------------------------------------------

/** Free-form connection metadata. (Not named `Metadata`: user models may use that name.) */
export type NangoMetadata = Record<string, unknown>;

/** HTTP methods understood by the proxy. */
export type HTTP_METHOD = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** An HTTP method, in upper or lower case. */
export type HttpMethod = HTTP_METHOD | Lowercase<HTTP_METHOD>;

/** Log levels accepted by `nango.log(..., { level })`. `http`, `verbose` and `silly` are old aliases. */
export type NangoLogLevel = 'debug' | 'info' | 'warn' | 'error' | 'http' | 'verbose' | 'silly';

/** How the body of a proxied response is decoded. `'stream'` gives an async iterable of byte chunks. */
export type ProxyResponseType = 'arraybuffer' | 'blob' | 'document' | 'json' | 'text' | 'stream';

// ------------------------------ Proxy ------------------------------

/** Names of response headers that tell when to retry a rate-limited request. */
export interface RetryHeaderConfig {
    /** Header holding the time at which the request may be retried. */
    at?: string | undefined;
    /** Header holding the number of seconds to wait before retrying. */
    after?: string | undefined;
}

/** Pagination strategies. Other strings are allowed but unknown types fail at run time. */
export type PaginationType = 'cursor' | 'link' | 'offset';

/** Settings shared by every pagination strategy. */
export interface Pagination {
    /** Strategy; when omitted, the provider's default pagination settings apply. */
    type: PaginationType | (string & {});
    /** Page size, sent as `limit_name_in_request`. */
    limit?: number | string | undefined;
    /** Dotted path to the array of records in the response body (e.g. `data.items`). Defaults to the body itself. */
    response_path?: string | undefined;
    /** Query (or body) parameter that carries the page size. */
    limit_name_in_request: string;
    /** Send the pagination parameters in the request body instead of the query string. */
    in_body?: boolean | undefined;
    /** Called after each page is fetched, before it is yielded. */
    on_page?: ((page: PaginationPage) => Promise<void>) | undefined;
}

/** What `on_page` receives. */
export interface PaginationPage {
    /** The cursor, link or offset that will request the next page, if any. */
    nextPageParam?: string | number | undefined;
    /** The raw response of the page just fetched. */
    response: NangoResponse;
}

/** The next page is requested with a cursor found in the previous response. */
export interface CursorPagination extends Pagination {
    /** Dotted path to the next cursor in the response body. Pagination stops when it is empty. */
    cursor_path_in_response: string;
    /** Parameter that carries the cursor in the next request. */
    cursor_name_in_request: string;
}

/** The next page is requested by following a URL given by the previous response. */
export interface LinkPagination extends Pagination {
    /** `rel` of the `Link` response header entry to follow (usually `next`). */
    link_rel_in_response_header?: string | undefined;
    /** Dotted path to the next page URL in the response body. */
    link_path_in_response_body?: string | undefined;
}

/** The next page is requested with an increasing offset. */
export interface OffsetPagination extends Pagination {
    /** Parameter that carries the offset. */
    offset_name_in_request: string;
    /** First offset sent (default 0). */
    offset_start_value?: number | undefined;
    /** `per-page` adds 1 per page (page numbers); `by-response-size` adds the number of records received. */
    offset_calculation_method?: 'per-page' | 'by-response-size' | undefined;
}

/** Query string parameters: a preformatted string (`a=1&b=2`) or a record of values. */
export type ProxyParams = string | Record<string, string | number>;

/** A request sent to the provider's API through the Nango proxy (credentials are added for you). */
export interface ProxyConfiguration {
    /** Path relative to the provider's base URL, e.g. `/repos/octo/hello/issues`. */
    endpoint: string;
    /** HTTP method (only for `proxy`; `get`/`post`/... set it themselves). Defaults to GET. */
    method?: HttpMethod | undefined;
    /** Extra request headers. */
    headers?: Record<string, string> | undefined;
    /** Query string parameters. */
    params?: ProxyParams | undefined;
    /** Request body. Objects are sent as JSON, strings as they are. */
    data?: unknown;
    /** How many times to retry a failed request (network errors, 5xx, 429). Default 0. */
    retries?: number | undefined;
    /** Extra status codes that trigger a retry. */
    retryOn?: number[] | null | undefined;
    /** Use this base URL instead of the provider's one. */
    baseUrlOverride?: string | undefined;
    /** Pagination settings for `nango.paginate`, merged over the provider's defaults. */
    paginate?: Partial<CursorPagination> | Partial<LinkPagination> | Partial<OffsetPagination> | undefined;
    /** Response headers that tell how long to wait before retrying. */
    retryHeader?: RetryHeaderConfig | undefined;
    /** How to decode the response body (default `json`). */
    responseType?: ProxyResponseType | undefined;
    /** Decompress the response body. */
    decompress?: boolean | undefined;
    /** Target another integration than the script's own. */
    providerConfigKey?: string | undefined;
    /** Target another connection than the script's own. */
    connectionId?: string | undefined;
}

/** Response headers, keyed by lower-case name (values are usually strings). */
export type NangoResponseHeaders = Record<string, any>;

/** The result of a proxied request (shaped like an axios response). */
export interface NangoResponse<T = any> {
    /** Decoded response body. */
    data: T;
    /** HTTP status code. */
    status: number;
    statusText: string;
    headers: NangoResponseHeaders;
    /** The configuration the request was made with. */
    config?: ProxyConfiguration | undefined;
    request?: unknown;
}

/** Alias kept for scripts written against the axios-based SDK. */
export type AxiosResponse<T = any> = NangoResponse<T>;

/**
 * Shape of the error thrown when a proxied request fails.
 * `response` is present when the provider answered with a non-2xx status.
 */
export interface ProxyError<T = any> extends Error {
    response?: { status: number; data: T; headers: NangoResponseHeaders } | undefined;
    /** Error code for network failures, e.g. `ECONNRESET`. */
    code?: string | undefined;
}

// --------------------------- Credentials ---------------------------

/** Authentication modes of an integration. */
export type AuthModes =
    | 'OAUTH1' | 'OAUTH2' | 'OAUTH2_CC' | 'BASIC' | 'API_KEY' | 'APP' | 'APP_STORE' | 'CUSTOM'
    | 'TBA' | 'TABLEAU' | 'JWT' | 'BILL' | 'TWO_STEP' | 'SIGNATURE' | 'NONE';

/** Alias of `AuthModes`. */
export type AuthModeType = AuthModes;

/** OAuth 2 tokens. `raw` is the provider's full token response. */
export interface OAuth2Credentials {
    type: 'OAUTH2';
    access_token: string;
    refresh_token?: string | undefined;
    /** When the access token expires (ISO 8601 string once serialized). */
    expires_at?: Date | string | undefined;
    raw: Record<string, any>;
}

/** OAuth 2 client-credentials grant. */
export interface OAuth2ClientCredentials {
    type: 'OAUTH2_CC';
    token: string;
    client_id: string;
    client_secret: string;
    expires_at?: Date | string | undefined;
    raw: Record<string, any>;
}

/** OAuth 1.0a tokens. */
export interface OAuth1Credentials {
    type: 'OAUTH1';
    oauth_token: string;
    oauth_token_secret: string;
    raw: Record<string, any>;
}

/** Username and password. */
export interface BasicApiCredentials { type: 'BASIC'; username: string; password: string }

/** A single API key. */
export interface ApiKeyCredentials { type: 'API_KEY'; apiKey: string }

/** Installation token of an app (e.g. a GitHub App). */
export interface AppCredentials {
    type: 'APP';
    access_token: string;
    expires_at?: Date | string | undefined;
    raw: Record<string, any>;
}

/** Token obtained from an app store style private key. */
export interface AppStoreCredentials {
    type: 'APP_STORE';
    access_token: string;
    private_key: string;
    expires_at?: Date | string | undefined;
    raw: Record<string, any>;
}

/** Provider-specific credentials: any keys the provider defines. */
export interface CustomCredentials { type: 'CUSTOM'; [key: string]: any }

/** NetSuite token-based authentication. */
export interface TbaCredentials {
    type: 'TBA';
    token_id: string;
    token_secret: string;
    config_override: { client_id?: string | undefined; client_secret?: string | undefined };
}

/** Credentials exchanged for a short-lived token (JWT, Tableau, Bill, two-step, signature modes). */
export interface TokenExchangeCredentials {
    type: 'JWT' | 'TABLEAU' | 'BILL' | 'TWO_STEP' | 'SIGNATURE';
    token?: string | undefined;
    expires_at?: Date | string | undefined;
    raw?: Record<string, any> | undefined;
}

/** No credentials. */
export interface NoAuthCredentials { type: 'NONE' }

/** Credentials of a connection. Narrow on `type` (or with `'field' in credentials`) before use. */
export type AuthCredentials =
    | OAuth2Credentials | OAuth2ClientCredentials | OAuth1Credentials | BasicApiCredentials | ApiKeyCredentials
    | AppCredentials | AppStoreCredentials | CustomCredentials | TbaCredentials | TokenExchangeCredentials | NoAuthCredentials;

/** What `getToken()` returns for OAuth 1 connections. */
export interface OAuth1Token { oAuthToken: string; oAuthTokenSecret: string }

/** `getToken()`: the access token string for OAuth 2, an `OAuth1Token` for OAuth 1, else the credentials object. */
export type NangoToken = string | OAuth1Token | Exclude<AuthCredentials, OAuth2Credentials | OAuth1Credentials>;

// ------------------------ Connections, integrations ------------------------

/** A connection: one end user's authorization on one integration. */
export interface Connection {
    id?: number | undefined;
    connection_id: string;
    provider_config_key: string;
    provider?: string | undefined;
    created_at: string;
    updated_at: string;
    last_fetched_at?: string | null | undefined;
    /** Metadata set by your app or scripts (`setMetadata`), or null. */
    metadata: Record<string, any> | null;
    /** Values captured at authorization time (e.g. `subdomain`, `tenant_id`). Read with `connection_config['key']`. */
    connection_config: Record<string, any>;
    environment_id?: number | undefined;
    credentials: AuthCredentials;
}

/** Integration (provider configuration) details returned by `getIntegration()`. */
export interface IntegrationWithCreds {
    unique_key: string;
    provider: string;
    display_name?: string | undefined;
    logo?: string | undefined;
    created_at: string;
    updated_at: string;
    /** Present when `include: ['webhook']` was asked. */
    webhook_url?: string | null | undefined;
    /** Present when `include: ['credentials']` was asked. */
    credentials?: IntegrationCredentials | null | undefined;
}

/** OAuth app credentials of an integration. */
export interface IntegrationCredentials {
    type?: AuthModes | undefined;
    client_id?: string | null | undefined;
    client_secret?: string | null | undefined;
    scopes?: string | null | undefined;
    webhook_secret?: string | null | undefined;
}

/** An environment variable defined in the Nango environment. */
export interface NangoEnvironmentVariable { name: string; value: string }

/** What `setMetadata` / `updateMetadata` resolve to. */
export interface NangoMetadataChange {
    metadata: NangoMetadata;
    provider_config_key: string;
    connection_id: string | string[];
}

// ------------------------------ Misc ------------------------------

/** Minimal cancellation signal (subset of the standard `AbortSignal`). */
export interface NangoAbortSignal { readonly aborted: boolean }

/** A URL object (e.g. `new URL(...)`) for `uncontrolledFetch`. */
export interface UrlLike { readonly href: string; toString(): string }

/** Request for `uncontrolledFetch`. */
export interface UncontrolledFetchOptions {
    url: UrlLike;
    method?: HttpMethod | undefined;
    headers?: Record<string, string> | undefined;
    body?: string | null | undefined;
}

/** Minimal fetch `Response` returned by `uncontrolledFetch`. */
export interface FetchResponseLike {
    readonly ok: boolean;
    readonly status: number;
    readonly statusText: string;
    readonly url: string;
    readonly headers: { get(name: string): string | null; has(name: string): boolean };
    text(): Promise<string>;
    json(): Promise<any>;
    arrayBuffer(): Promise<ArrayBuffer>;
}

/** Anything with a zod-style `safeParse` (zod 3 and zod 4 schemas qualify). */
export interface ZodSchemaLike { safeParse(data: unknown): unknown }

/** The output type of a zod-like schema, read from its `safeParse` success branch. */
export type ZodOutput<S> = S extends { safeParse(data: unknown, ...rest: any[]): infer R } ? ZodSafeParseData<R> : unknown;
type ZodSafeParseData<R> = R extends { success: true; data: infer D } ? D : R extends { data?: infer D } ? Exclude<D, undefined> : never;

/** Sync/action selector for `triggerSync` and `startSync`: a name, or a name plus a variant. */
export type SyncSelector = string | { name: string; variant: string };

/**
 * Error to throw from an action to fail it with a structured payload, which is
 * returned to the caller. Use it as `throw new nango.ActionError({ message: '...' })`.
 */
export declare class ActionError<T = Record<string, unknown>> extends Error {
    /** Always `'action_script_runtime_error'`. */
    type: string;
    /** What was given to the constructor (normally an object such as `{ message }`). */
    payload: Record<string, unknown>;
    constructor(payload?: T);
}

// ---------------------------- NangoAction ----------------------------

/** The `nango` object given to actions and event scripts. Syncs get a `NangoSync`, which has all of this too. */
export declare class NangoAction {
    /** Instances are created by the runtime. */
    protected constructor();

    /** Connection id of the connection the script runs for. */
    connectionId: string;
    /** Unique key of the integration the script runs for. */
    providerConfigKey: string;
    /** Provider name, e.g. `github`. */
    provider?: string | undefined;
    environmentId: number;
    environmentName?: string | undefined;
    activityLogId?: string | undefined;
    syncId?: string | undefined;
    syncJobId?: number | undefined;
    nangoConnectionId?: number | undefined;
    /** True when run by `nango dryrun`: records are not persisted. */
    dryRun?: boolean | undefined;
    /** Set when the execution is being cancelled; long loops may check `abortSignal?.aborted`. */
    abortSignal?: NangoAbortSignal | undefined;
    /** Configuration of the running sync or action, as stored by Nango. */
    syncConfig?: Record<string, unknown> | undefined;
    /** Feature flags of the runner. */
    runnerFlags?: Record<string, boolean> | undefined;
    /** Constructor of the error to throw to fail an action: `throw new nango.ActionError({ message })`. */
    ActionError: typeof ActionError;

    /** Sends a request through the proxy. Throws (see `ProxyError`) on non-2xx responses after retries. */
    proxy<T = any>(config: ProxyConfiguration): Promise<NangoResponse<T>>;
    /** Proxied GET request. */
    get<T = any>(config: Omit<ProxyConfiguration, 'method'>): Promise<NangoResponse<T>>;
    /** Proxied POST request; the body goes in `data`. */
    post<T = any>(config: Omit<ProxyConfiguration, 'method'>): Promise<NangoResponse<T>>;
    /** Proxied PUT request. */
    put<T = any>(config: Omit<ProxyConfiguration, 'method'>): Promise<NangoResponse<T>>;
    /** Proxied PATCH request. */
    patch<T = any>(config: Omit<ProxyConfiguration, 'method'>): Promise<NangoResponse<T>>;
    /** Proxied DELETE request. */
    delete<T = any>(config: Omit<ProxyConfiguration, 'method'>): Promise<NangoResponse<T>>;

    /**
     * Fetches every page of a paginated endpoint. Each iteration yields the array of
     * records of one page (found at `paginate.response_path`):
     * `for await (const page of nango.paginate<Issue>({ endpoint, paginate: { ... } })) { ... }`.
     */
    paginate<T = any>(config: ProxyConfiguration): AsyncGenerator<T[], undefined, void>;

    /** The connection's token: a string for OAuth 2, an `OAuth1Token` for OAuth 1, else the credentials object. */
    getToken(): Promise<NangoToken>;
    /** The connection, with fresh credentials. Both arguments default to the script's own connection. */
    getConnection(providerConfigKeyOverride?: string, connectionIdOverride?: string): Promise<Connection>;
    /** The integration's details; `include` adds the webhook URL and/or the OAuth app credentials. */
    getIntegration(queries?: { include?: ('webhook' | 'credentials')[] | undefined }): Promise<IntegrationWithCreds>;

    /** Replaces the connection's metadata. */
    setMetadata(metadata: Record<string, any>): Promise<NangoResponse<NangoMetadataChange>>;
    /** Merges keys into the connection's metadata. */
    updateMetadata(metadata: Record<string, any>): Promise<NangoResponse<NangoMetadataChange>>;
    /** The connection's metadata. `T` is not checked at run time. */
    getMetadata<T = NangoMetadata>(): Promise<T>;
    /** The URL that receives the integration's webhooks, if webhooks are set up. */
    getWebhookURL(): Promise<string | null | undefined>;

    /**
     * Writes to the script's activity log. Objects are serialized. A trailing
     * `{ level: 'debug' | 'info' | 'warn' | 'error' }` sets the level (default `info`).
     */
    log(message: any, ...args: any[]): Promise<void>;

    /** Variables defined in the environment settings, or null if there are none. */
    getEnvironmentVariables(): Promise<NangoEnvironmentVariable[] | null>;
    /** The `attributes` object of this script's configuration, if any. */
    getFlowAttributes<A = object>(): A | null;

    /** Runs another action and resolves to its output. */
    triggerAction<In = unknown, Out = object>(providerConfigKey: string, connectionId: string, actionName: string, input?: In): Promise<Out>;
    /** Starts a run of a sync now; `syncMode` `'full_refresh'` (or `true`) resyncs everything. */
    triggerSync(providerConfigKey: string, connectionId: string, sync: SyncSelector, syncMode?: 'incremental' | 'full_refresh' | boolean): Promise<void | string>;
    /** Starts (unpauses) the schedule of the given syncs. No effect in a dry run. */
    startSync(providerConfigKey: string, syncs: SyncSelector[], connectionId?: string): Promise<void>;

    /**
     * Validates `input` with a zod schema (`safeParse`). On failure, logs each issue
     * and throws an `ActionError` with message `Invalid input provided`; on success,
     * resolves to `{ success: true, data }` where `data` is the parsed input.
     */
    zodValidateInput<S extends ZodSchemaLike, T = unknown>(args: { zodSchema: S; input: T }): Promise<{ success: true; data: ZodOutput<S> }>;

    /** A plain fetch that bypasses the proxy: no credentials are added, nothing is logged. */
    uncontrolledFetch(options: UncontrolledFetchOptions): Promise<FetchResponseLike>;

    /** Takes a lock shared by all executions of this connection; false if someone else holds it. Expires after `ttlMs`. */
    tryAcquireLock(lock: { key: string; ttlMs: number }): Promise<boolean>;
    /** Releases a lock taken with `tryAcquireLock`; false if it was not held. */
    releaseLock(lock: { key: string }): Promise<boolean>;
    /** Releases every lock held by this execution. */
    releaseAllLocks(): Promise<void>;

    /** @deprecated Use `setMetadata`. */
    setFieldMapping(fieldMapping: Record<string, string>): Promise<NangoResponse<object>>;
    /** @deprecated Use `getMetadata`. */
    getFieldMapping(): Promise<NangoMetadata>;
}

// ----------------------------- NangoSync -----------------------------

/** Merge strategies for records saved by a sync. */
export type MergingStrategy = 'ignore_if_modified_after' | 'override';

/** The `nango` object given to syncs. */
export declare class NangoSync extends NangoAction {
    /** Instances are created by the runtime. */
    protected constructor();

    /** Date of the last successful run; `undefined` on the first run (and after a full resync). */
    lastSyncDate?: Date | undefined;
    /** Variant of the sync (`'base'` by default). */
    variant: string;
    /** Whether records missing from a full run are marked deleted. */
    track_deletes: boolean;

    /**
     * Saves (creates or updates) records of `model`. Every record must have an `id`
     * (string or number) unique within the model. Resolves to true on success.
     */
    batchSave<T extends object>(results: T[], model: string): Promise<boolean | null>;
    /** @deprecated Use `batchSave`. */
    batchSend<T extends object>(results: T[], model: string): Promise<boolean | null>;
    /** Marks records of `model` as deleted. Only `id` is required in each record. */
    batchDelete<T extends object>(results: T[], model: string): Promise<boolean | null>;
    /** Updates existing records of `model`; each record needs an `id` and the fields to change. */
    batchUpdate<T extends object>(results: T[], model: string): Promise<boolean | null>;
    /** Reads previously saved records by id; ids not found are missing from the map. */
    getRecordsByIds<K = string | number, T = any>(ids: K[], model: string): Promise<Map<K, T>>;
    /** Sets how saves treat records modified since this run started. Call it before any batch or proxy call. */
    setMergingStrategy(merging: { strategy: MergingStrategy }, model: string): Promise<void>;
}
