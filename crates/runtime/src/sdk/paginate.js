// `nango.paginate`, compiled the first time a run paginates: most runs never do, and compiling
// JavaScript is what a fresh sandbox costs (see `sdk.js`).
(function (shared) {
    'use strict';

    const { context, proxy, log, getPath, setPath, queryPairs, BODY_ONLY } = shared;

    // The semantics of Nango's paginate: provider defaults under the script's settings,
    // pagination values in the body for POST/PUT/PATCH (or `in_body`), `lodash.get` paths,
    // a cursor that is a non-empty string or a number, next links that replace the endpoint
    // (and the base URL when absolute) and drop the params.
    async function* paginate(config) {
        if (!config || typeof config.endpoint !== 'string') {
            throw new TypeError('nango.paginate(config): `config.endpoint` must be a string');
        }
        const own = config.paginate || {};
        if (!context.paginationDefaults && !own.type) {
            throw new Error('nango.paginate(): this provider has no default pagination: set `paginate.type` (cursor, link or offset) and its fields');
        }
        const options = Object.assign({}, context.paginationDefaults || {}, own);
        checkPagination(options);
        const method = String(config.method || 'GET');
        const inBody = own.in_body ?? ['post', 'put', 'patch'].includes(method.toLowerCase());
        const request = Object.assign({}, config, { method });
        const source = inBody ? config.data : config.params;
        const values = typeof source === 'string' ? Object.fromEntries(queryPairs(source)) : Object.assign({}, source || {});
        const apply = () => {
            if (inBody) {
                const body = {};
                for (const key of Object.keys(values)) setPath(body, key, values[key]);
                request.data = body;
            } else {
                request.params = values;
            }
        };
        if (options.limit && options.limit_name_in_request) values[options.limit_name_in_request] = options.limit;
        // A page that is not a list ends the pagination, as in Nango's SDK (whose scripts rely on
        // it), but says so: it is most often a missing or wrong `response_path`.
        const pageOf = (response) => {
            const page = options.response_path ? getPath(response.data, options.response_path) : response.data;
            if (page === undefined || page === null || page === '') return [];
            if (typeof page.length !== 'number') {
                log(`nango.paginate(): the response${options.response_path ? ` at "${options.response_path}"` : ''} is not a list, so the pagination ends here; set \`paginate.response_path\` to the records' path`, { level: 'warn' });
                return [];
            }
            return page;
        };

        // Recordings may end before the pages do (Nango's harness stops where a cursor has
        // a dotted path): a next page that was never recorded ends a replayed pagination.
        let pages = 0;
        const fetchPage = async () => {
            try {
                return await proxy(request);
            } catch (error) {
                if (pages > 0 && error && error.code === 'no_recorded_response') {
                    log(`paginate: stopped after ${pages} page(s): the next page was not recorded`, { level: 'warn' });
                    return null;
                }
                throw error;
            } finally {
                pages += 1;
            }
        };

        if (options.type === 'cursor') {
            let cursor;
            do {
                if (cursor !== undefined) values[options.cursor_name_in_request] = cursor;
                apply();
                const response = await fetchPage();
                if (!response) return;
                if (response[BODY_ONLY]) return yield* recordedPages(response.data, options);
                const page = pageOf(response);
                if (page.length === 0) return;
                yield page;
                cursor = getPath(response.data, options.cursor_path_in_response);
                if (typeof cursor === 'string') cursor = cursor.trim() || undefined;
                else if (typeof cursor !== 'number') cursor = undefined;
                if (options.on_page) await options.on_page({ nextPageParam: cursor, response });
            } while (cursor !== undefined);
        } else if (options.type === 'link') {
            // As Nango's SDK: each page is yielded as it is (a list, or the whole body when the
            // records are not at one path, which scripts then read themselves), and the next
            // link alone decides whether there is another (none, or the same one again, ends it).
            apply();
            let previous;
            for (;;) {
                const response = await fetchPage();
                if (!response) return;
                if (response[BODY_ONLY]) return yield* recordedPages(response.data, options);
                yield options.response_path ? getPath(response.data, options.response_path) : response.data;
                const next = options.link_rel_in_response_header
                    ? linkFromHeader(response.headers['link'], options.link_rel_in_response_header)
                    : getPath(response.data, options.link_path_in_response_body);
                if (options.on_page) await options.on_page({ nextPageParam: next, response });
                if (!next || next === previous) return;
                previous = next;
                const absolute = String(next).match(/^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^#]*)/i);
                if (absolute) {
                    request.baseUrlOverride = absolute[1];
                    request.endpoint = absolute[2] || '/';
                } else {
                    request.endpoint = String(next);
                }
                delete request.params;
            }
        } else {
            const perPage = options.offset_calculation_method === 'per-page';
            let offset = options.offset_start_value || 0;
            for (;;) {
                values[options.offset_name_in_request] = inBody ? offset : String(offset);
                apply();
                const response = await fetchPage();
                if (!response) return;
                if (response[BODY_ONLY]) return yield* recordedPages(response.data, options);
                const page = pageOf(response);
                if (page.length === 0) return;
                yield page;
                if (options.limit && page.length < Number(options.limit)) return;
                if (options.on_page) await options.on_page({ nextPageParam: offset, response });
                offset = perPage ? Number(offset) + 1 : offset + page.length;
            }
        }
    }

    function checkPagination(options) {
        const need = (field, why) => {
            if (!options[field]) throw new Error(`nango.paginate(): \`paginate.${field}\` is required ${why}`);
        };
        if (options.type === 'cursor') {
            need('cursor_name_in_request', 'for cursor pagination');
            need('cursor_path_in_response', 'for cursor pagination');
            if (options.limit) need('limit_name_in_request', 'when `limit` is set');
        } else if (options.type === 'link') {
            if (!options.link_rel_in_response_header && !options.link_path_in_response_body) {
                throw new Error('nango.paginate(): link pagination needs `paginate.link_rel_in_response_header` or `paginate.link_path_in_response_body`');
            }
        } else if (options.type === 'offset') {
            need('offset_name_in_request', 'for offset pagination');
        } else {
            throw new Error(`nango.paginate(): unknown pagination type "${options.type}" (use cursor, link or offset)`);
        }
    }

    // A recorded body without status or headers (a legacy mock) is one page, read as
    // Nango's test harness reads it: the body if it is a list, else the list at
    // `response_path`, else every list at the top of the body.
    function* recordedPages(data, options) {
        if (Array.isArray(data)) {
            yield data;
        } else if (options.response_path) {
            const page = getPath(data, options.response_path);
            if (page) yield page;
        } else if (data !== null && typeof data === 'object') {
            for (const key of Object.keys(data)) if (Array.isArray(data[key])) yield data[key];
        }
    }

    // The URL of a relation in a `Link` header (RFC 8288): `<url>; rel="next", <url>; rel="last"`.
    function linkFromHeader(header, rel) {
        if (!header) return undefined;
        for (const match of String(header).matchAll(/<([^>]*)>([^<]*)/g)) {
            const relation = match[2].match(/;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i);
            if (relation && (relation[1] ?? relation[2]).split(/\s+/).includes(rel)) return match[1];
        }
        return undefined;
    }

    return paginate;
});
