/*
 * nango-rs dashboard: one script, no framework, no build step (embedded in the `nango` binary).
 *
 * It is a single page driven by the URL hash (`#/<page>/<ids…>?env=<environment>`) that calls the
 * API described in API.md with the session cookie, the chosen environment in
 * `X-Nango-Environment` and the session's CSRF token on every change.
 *
 * Stable data-testid attributes (for the browser tests):
 *
 *   Shell
 *     nav-<page>                 left nav links (getting-started, home, integrations, connections,
 *                                logs, settings) — in index.html
 *     nav-toggle                 the "Menu" button of the narrow layout
 *     env-select                 the environment <select>
 *     username                   the logged-in account's name
 *     logout                     the "Log out" button
 *     alert, alert-message,      the error banner (#alert), its text and its dismiss button
 *     alert-close
 *     notice                     the success banner (#notice)
 *     page-title                 the <h1> of the current page
 *     tab-<name>                 a tab of a detail page (integration: endpoints, syncs, settings;
 *                                connection: authorization, syncs, records, metadata)
 *     tabpanel                   the panel of the selected tab
 *     empty-state                any "nothing here yet" block
 *
 *   Getting started (#/getting-started)
 *     init-command, deploy-command, dotenv     the commands and the .env lines to use
 *     copy-init-command, copy-deploy-command, copy-dotenv
 *     secret-key                 the environment's secret key (shown in full here, masked in settings)
 *     copy-secret-key            copies it (here and in settings)
 *     deploy-status              what is deployed (or "Nothing deployed yet")
 *
 *   Home (#/home)
 *     range-24h, range-7d, range-30d           the range picker
 *     chart-<kind>               a chart card (sync, action, proxy, webhook)
 *     chart-total-<kind>         its totals
 *     bar-<kind>-<index>         one bar (its <title> is the tooltip)
 *
 *   Integrations (#/integrations, #/integrations/<key>/<tab>)
 *     integrations-table, integration-row-<key>
 *     create-integration         opens the create form
 *     create-integration-form, provider-search, provider-select, integration-key,
 *     integration-display-name, client-id, client-secret, scopes, callback-url, copy-callback-url,
 *     create-integration-submit, create-integration-cancel
 *     endpoint-<script>          a deployed script on the Endpoints tab
 *     model-<script>-<model>     a model's field table
 *     scripts-table, script-<name>             the Syncs & Actions tab
 *     integration-settings, settings-display-name, settings-client-id, settings-client-secret,
 *     settings-scopes, save-integration, delete-integration
 *     integration-connections-link
 *
 *   Connections (#/connections, #/connections/<integration>/<id>/<tab>)
 *     connections-search, connections-integration, connections-end-user, connections-errors-only
 *     connections-table, connection-row-<id>, connection-errors-<id>
 *     add-connection, add-connection-panel
 *     connect-ui-form, connect-integration, connect-end-user-id, connect-end-user-email,
 *     connect-end-user-name, open-connect-ui, connect-link
 *     import-form, import-integration, import-connection-id, import-access-token,
 *     import-refresh-token, import-expires-at, import-api-key, import-username, import-password,
 *     import-oauth-token, import-oauth-token-secret, import-submit
 *     connection-details, raw-credentials, connection-config, connection-error-<index>,
 *     force-refresh, delete-connection
 *     sync-row-<name>, sync-status-<name>, sync-trigger-<name>, full-resync-<name>,
 *     sync-pause-<name>, sync-resume-<name>, sync-cancel-<name>
 *                                (<name> is `name::variant` for a sync variant other than base)
 *     full-resync-dialog, full-resync-clear-cache, full-resync-confirm, full-resync-cancel
 *     action-runs, action-run-<id>
 *     records-model, records-filter-added, records-filter-updated, records-filter-deleted,
 *     records-table, record-row-<id>, record-json, records-next, records-first
 *     metadata-json, metadata-error, save-metadata
 *
 *   Logs (#/logs, #/logs/<id>)
 *     logs-kind, logs-status, logs-integration, logs-connection, logs-range, logs-search
 *     logs-live                  the live indicator (new operations are polled every 3 s)
 *     operations-table, operation-row-<id>, logs-load-older
 *     operation-details, operation-status, log-lines, log-line-<index>
 *
 *   Environment settings (#/settings)
 *     secret-key, reveal-key, copy-secret-key
 *     rotate-key, pending-secret-key, copy-pending-key, activate-key, revert-key
 *     public-key, copy-public-key, callback-url, copy-callback-url
 *     webhooks-form, webhook-url, webhook-url-secondary, webhook-secret, webhook-secret-state,
 *     webhook-secret-remove, webhook-on-auth-creation, webhook-on-auth-refresh-error,
 *     webhook-on-sync-error, webhook-on-sync-success-always, save-webhooks
 *     env-vars-table, env-var-row-<name>, env-var-value-<name>, env-var-edit-<name>,
 *     env-var-input-<name>, env-var-save-<name>, env-var-cancel-<name>, env-var-delete-<name>
 *     env-var-name, env-var-value, add-env-var
 *     new-env-name, create-environment
 *
 *   Login page (login.html)
 *     login-username, login-password, login-submit, login-error
 */
'use strict';

(() => {
    // ------------------------------------------------------------------ state

    /** Who is logged in and which environment the pages show. */
    const session = { username: '', csrf: '', environments: [], env: 'dev' };
    const ENV_STORAGE_KEY = 'nango-dashboard-environment';

    const $ = (selector, root = document) => root.querySelector(selector);
    const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

    // ------------------------------------------------------------------ HTML building

    /** Escapes text for HTML (content and quoted attribute values). */
    function esc(value) {
        return String(value ?? '').replace(/[&<>"']/g, (c) => ({
            '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
        })[c]);
    }

    /** Markup that is already safe (built by `html`). */
    class Html {
        constructor(text) { this.text = text; }
        toString() { return this.text; }
    }

    /**
     * A tagged template that escapes every interpolated value unless it is itself `html`, so
     * server text can never become markup by accident. Arrays are joined; null/false are empty.
     */
    function html(strings, ...values) {
        let out = strings[0];
        for (let i = 0; i < values.length; i++) out += piece(values[i]) + strings[i + 1];
        return new Html(out);
    }

    function piece(value) {
        if (value == null || value === false || value === true) return '';
        if (value instanceof Html) return value.text;
        if (Array.isArray(value)) return value.map(piece).join('');
        return esc(value);
    }

    function setHtml(element, content) {
        element.innerHTML = piece(content);
    }

    const enc = encodeURIComponent;

    /** A query string of the non-empty values. */
    function qs(params) {
        const search = new URLSearchParams();
        for (const [key, value] of Object.entries(params)) {
            if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
        }
        const text = search.toString();
        return text ? `?${text}` : '';
    }

    // ------------------------------------------------------------------ API

    class ApiError extends Error {
        constructor(message, status, code, silent = false) {
            super(message);
            this.status = status;
            this.code = code;
            this.silent = silent;
        }
    }

    /**
     * Calls the server as the logged-in user: session cookie, environment header, CSRF token on
     * changes. Resolves to the parsed JSON; rejects with the server's `error.message`.
     */
    async function api(method, path, body, extraHeaders = {}) {
        const headers = {
            'X-Nango-Environment': session.env,
            'Content-Type': 'application/json',
            ...extraHeaders,
        };
        if (method !== 'GET' && method !== 'HEAD') headers['X-CSRF-Token'] = session.csrf;
        let response;
        try {
            response = await fetch(path, {
                method,
                credentials: 'same-origin',
                headers,
                body: body === undefined ? undefined : JSON.stringify(body),
            });
        } catch (error) {
            throw new ApiError(`The server did not answer (${error.message}). Is nango server running?`, 0, 'network');
        }
        if (response.status === 401) {
            // The session ended (or never was): the login form, and nothing else to show.
            location.href = '/dashboard/login';
            throw new ApiError('Your session ended: log in again.', 401, 'unauthorized', true);
        }
        const text = await response.text();
        let data = null;
        if (text) {
            try { data = JSON.parse(text); } catch { data = text; }
        }
        if (!response.ok) {
            const error = data && typeof data === 'object' ? data.error : null;
            const message = (error && (error.message || error.code))
                || (typeof data === 'string' && data.trim())
                || `${response.status} ${response.statusText}`;
            throw new ApiError(message, response.status, error && error.code);
        }
        return data;
    }

    const get = (path, headers) => api('GET', path, undefined, headers);
    const post = (path, body) => api('POST', path, body ?? {});
    const patch = (path, body) => api('PATCH', path, body ?? {});
    const del = (path) => api('DELETE', path);

    // ------------------------------------------------------------------ messages

    function showError(error) {
        if (error && error.silent) return;
        const message = error instanceof Error ? error.message : String(error);
        const alert = $('#alert');
        setHtml(alert, html`<span data-testid="alert-message">${message}</span>
            <button type="button" class="btn btn-small" data-testid="alert-close" aria-label="Dismiss the error">Dismiss</button>`);
        $('[data-testid="alert-close"]', alert).addEventListener('click', clearError);
    }

    function clearError() {
        $('#alert').textContent = '';
    }

    let noticeTimer = 0;
    /** A short success message that goes away by itself. */
    function notify(message) {
        const notice = $('#notice');
        notice.textContent = message;
        clearTimeout(noticeTimer);
        noticeTimer = setTimeout(() => { notice.textContent = ''; }, 6000);
    }

    // ------------------------------------------------------------------ formatting

    /** A date in the viewer's time zone, with the ISO time as its tooltip. */
    function fmtDate(iso) {
        if (!iso) return html`<span class="muted">—</span>`;
        const date = new Date(iso);
        if (Number.isNaN(date.getTime())) return html`${iso}`;
        const exact = date.toISOString();
        return html`<time datetime="${exact}" title="${exact}">${date.toLocaleString()}</time>`;
    }

    function fmtDuration(start, end) {
        if (!start || !end) return '';
        const ms = new Date(end) - new Date(start);
        if (!(ms >= 0)) return '';
        if (ms < 1000) return `${ms} ms`;
        if (ms < 60000) return `${(ms / 1000).toFixed(1)} s`;
        const minutes = Math.floor(ms / 60000);
        return `${minutes} min ${Math.round((ms % 60000) / 1000)} s`;
    }

    function plural(count, one, many = `${one}s`) {
        return `${count} ${count === 1 ? one : many}`;
    }

    function mask(secret) {
        if (!secret) return '';
        return `••••${String(secret).slice(-4)}`;
    }

    function prettyJson(value) {
        return JSON.stringify(value ?? null, null, 2);
    }

    /** The variable the CLI reads this environment's key from (as `nango` spells it). */
    function secretKeyVariable(env) {
        return `NANGO_SECRET_KEY_${env.toUpperCase().replace(/-/g, '_')}`;
    }

    function badge(text, kind = '', testid = '') {
        return html`<span class="badge ${kind}"${testid ? html` data-testid="${testid}"` : ''}>${text}</span>`;
    }

    const OPERATION_STATUS = { success: 'ok', failed: 'bad', running: 'run' };
    function operationBadge(status, testid) {
        return badge(status || 'unknown', OPERATION_STATUS[status] || '', testid);
    }

    /** A sync schedule's status as people read it (STOPPED means it never ran). */
    function syncState(status) {
        switch (status) {
            case 'RUNNING': return { label: 'running', kind: 'run' };
            case 'PAUSED': return { label: 'paused', kind: 'warn' };
            case 'SUCCESS': return { label: 'success', kind: 'ok' };
            case 'ERROR': return { label: 'failed', kind: 'bad' };
            default: return { label: 'never run', kind: '' };
        }
    }

    function endUserLabel(endUser) {
        if (!endUser) return '';
        return endUser.display_name || endUser.email || endUser.id || '';
    }

    function initials(name) {
        const words = String(name || '?').replace(/[^\p{L}\p{N} _-]/gu, ' ').split(/[\s_-]+/).filter(Boolean);
        if (words.length >= 2) return (words[0][0] + words[1][0]).toUpperCase();
        return (words[0] || '?').slice(0, 2).toUpperCase();
    }

    function colorOf(name) {
        let hash = 0;
        for (const c of String(name)) hash = (hash * 31 + c.codePointAt(0)) >>> 0;
        return `c${hash % 8}`;
    }

    /** A round badge with initials; the logo replaces it once (and only if) it loads. */
    function logo(name, url, big = false) {
        return html`<span class="logo${big ? ' big' : ''}">
            <span class="avatar ${colorOf(name)}${big ? ' big' : ''}" aria-hidden="true">${initials(name)}</span>
            ${url ? html`<img src="${url}" alt="" hidden data-logo>` : ''}</span>`;
    }

    function activateLogos(root) {
        for (const img of $$('img[data-logo]', root)) {
            const show = () => {
                if (!img.naturalWidth) return;
                img.hidden = false;
                img.previousElementSibling.hidden = true;
            };
            if (img.complete) show();
            else img.addEventListener('load', show, { once: true });
        }
    }

    // ------------------------------------------------------------------ small UI pieces

    function pageHead({ title, sub, actions, back, icon }) {
        return html`<header class="page-head">
            <div>
                ${back ? html`<a class="back" href="${back.href}">← ${back.label}</a>` : ''}
                <div class="title-row">${icon || ''}<h1 tabindex="-1" data-testid="page-title">${title}</h1></div>
                ${sub ? html`<p class="sub">${sub}</p>` : ''}
            </div>
            ${actions ? html`<div class="actions">${actions}</div>` : ''}
        </header>`;
    }

    function emptyState(title, text, actions) {
        return html`<div class="empty" data-testid="empty-state">
            <strong>${title}</strong>
            <div>${text}</div>
            ${actions ? html`<div class="actions">${actions}</div>` : ''}
        </div>`;
    }

    function copyButton(value, testid, label = 'Copy') {
        return html`<button type="button" class="btn btn-small" data-copy="${value}" data-testid="${testid}">${label}</button>`;
    }

    function codeBlock(text, copyTestid, testid) {
        return html`<div class="code-row"><pre class="code" data-testid="${testid}"><code>${text}</code></pre>${copyButton(text, copyTestid)}</div>`;
    }

    /** Tabs as links (each tab is a route), with the ARIA tabs pattern and arrow keys. */
    function tabs(label, items, current) {
        return html`<div class="tabs" role="tablist" aria-label="${label}">
            ${items.map((item) => html`<a role="tab" id="tab-${item.id}" href="${item.href}"
                aria-selected="${String(item.id === current)}" aria-controls="tabpanel"
                tabindex="${item.id === current ? 0 : -1}" data-testid="tab-${item.id}">${item.label}</a>`)}
        </div>`;
    }

    function tabPanel(current, content) {
        return html`<section id="tabpanel" role="tabpanel" aria-labelledby="tab-${current}" data-testid="tabpanel">${content}</section>`;
    }

    async function copyText(text) {
        try {
            if (navigator.clipboard && window.isSecureContext) {
                await navigator.clipboard.writeText(text);
                return true;
            }
        } catch { /* fall back below */ }
        // Plain http on another host has no clipboard API: the old select-and-copy way.
        const area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.append(area);
        area.select();
        let copied = false;
        try { copied = document.execCommand('copy'); } catch { copied = false; }
        area.remove();
        return copied;
    }

    /** Runs a button's async action with the button disabled, showing errors in #alert. */
    async function busy(button, action) {
        if (button) button.disabled = true;
        clearError();
        try {
            // Some answers have no body: success is then `true`, failure always `undefined`.
            return (await action()) ?? true;
        } catch (error) {
            showError(error);
            return undefined;
        } finally {
            if (button && button.isConnected) button.disabled = false;
        }
    }

    function debounce(fn, ms) {
        let timer = 0;
        return (...args) => {
            clearTimeout(timer);
            timer = setTimeout(() => fn(...args), ms);
        };
    }

    // ------------------------------------------------------------------ routing

    function hrefOf(parts, params = {}) {
        const path = parts.map((p) => enc(p)).join('/');
        const search = new URLSearchParams({ env: session.env });
        for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
        return `#/${path}?${search}`;
    }

    function parseHash() {
        const raw = location.hash.replace(/^#\/?/, '');
        const at = raw.indexOf('?');
        const path = at < 0 ? raw : raw.slice(0, at);
        const params = new URLSearchParams(at < 0 ? '' : raw.slice(at + 1));
        const parts = path.split('/').filter(Boolean).map((p) => {
            try { return decodeURIComponent(p); } catch { return p; }
        });
        return { parts, params };
    }

    function go(parts, params) {
        const target = hrefOf(parts, params);
        if (location.hash === target) route();
        else location.hash = target;
    }

    /** Which page a path shows, what the nav highlights, and what part identifies the thing shown. */
    function resolve(parts) {
        const [page, a, b, c] = parts;
        switch (page || 'getting-started') {
            case 'getting-started':
                return { nav: 'getting-started', base: 'getting-started', render: pageGettingStarted };
            case 'home':
                return { nav: 'home', base: 'home', render: pageHome };
            case 'integrations':
                if (!a) return { nav: 'integrations', base: 'integrations', render: pageIntegrations };
                return {
                    nav: 'integrations', base: `integrations/${a}`,
                    render: (ctx) => pageIntegration(ctx, a, b || 'endpoints'),
                };
            case 'connections':
                if (!a) return { nav: 'connections', base: 'connections', render: pageConnections };
                if (!b) return { nav: 'connections', base: 'connections', render: pageConnections };
                return {
                    nav: 'connections', base: `connections/${a}/${b}`,
                    render: (ctx) => pageConnection(ctx, a, b, c || 'authorization'),
                };
            case 'logs':
                if (!a) return { nav: 'logs', base: 'logs', render: pageLogs };
                return { nav: 'logs', base: `logs/${a}`, render: (ctx) => pageOperation(ctx, a) };
            case 'settings':
                return { nav: 'settings', base: 'settings', render: pageSettings };
            default:
                return { nav: '', base: 'not-found', render: pageNotFound };
        }
    }

    let generation = 0;
    let cleanups = [];
    let lastPath = '';
    let lastBase = '';

    /**
     * Renders the page of the current hash. Every render gets a context whose `alive()` turns
     * false as soon as another navigation (or an environment switch) starts, so a late answer
     * never paints over the new page — nor shows one environment's data under another's name.
     */
    async function route() {
        const { parts, params } = parseHash();
        const wanted = params.get('env');
        if (wanted && wanted !== session.env && session.environments.includes(wanted)) {
            useEnvironment(wanted);
        }
        if (wanted !== session.env) {
            // Keep the environment in the URL so a reload (or a shared link) shows the same one.
            history.replaceState(null, '', hrefOf(parts, Object.fromEntries([...params].filter(([k]) => k !== 'env'))));
        }

        generation += 1;
        const mine = generation;
        for (const cleanup of cleanups) cleanup();
        cleanups = [];

        const target = resolve(parts);
        const path = `${session.env}|${parts.join('/')}`;
        const base = `${session.env}|${target.base}`;
        const same = path === lastPath;
        const sameThing = base === lastBase;
        const focused = document.activeElement;
        const keep = same && focused && focused.dataset ? focused.dataset.testid || '' : '';
        const focusTab = !same && sameThing && focused && focused.getAttribute('role') === 'tab';
        lastPath = path;
        lastBase = base;

        const ctx = {
            params,
            alive: () => mine === generation,
            onCleanup: (fn) => cleanups.push(fn),
            every: (ms, fn) => every(ms, fn, mine),
        };

        highlightNav(target.nav);
        closeNav();
        if (!same) clearError();
        const main = $('#main');
        const page = $('#page');
        main.setAttribute('aria-busy', 'true');
        if (!sameThing) {
            // Never leave another page's (or another environment's) data on screen while loading.
            setHtml(page, html`<p class="loading">Loading…</p>`);
            window.scrollTo(0, 0);
        }
        try {
            await target.render(ctx);
        } catch (error) {
            if (!ctx.alive()) return;
            showError(error);
            if (!error.silent) {
                setHtml(page, html`${pageHead({ title: 'Something went wrong' })}
                    ${emptyState('This page could not be loaded.', error.message,
                        html`<button type="button" class="btn" id="retry">Try again</button>`)}`);
                $('#retry').addEventListener('click', () => route());
            }
        }
        if (!ctx.alive()) return;
        main.setAttribute('aria-busy', 'false');
        activateLogos(page);
        placeFocus(same, keep, focusTab);
    }

    /**
     * After a render. A new page: focus its <h1> (or the selected tab after a tab switch), so screen
     * readers announce it. The same page again (after a save, a range change…): back on the element
     * the user was on, found by its data-testid, or left alone if it is still there.
     */
    function placeFocus(same, keep, focusTab) {
        if (same) {
            const active = document.activeElement;
            if (active && active !== document.body && active.isConnected) return;
            const again = keep && document.querySelector(`[data-testid="${CSS.escape(keep)}"]`);
            if (again && !again.disabled) { again.focus(); return; }
        } else if (focusTab) {
            const tab = $('[role="tab"][aria-selected="true"]');
            if (tab) { tab.focus(); return; }
        }
        const h1 = $('#page h1');
        if (h1) h1.focus({ preventScroll: true });
    }

    /** Polls while the page that started it is shown, never two calls at once, not in a hidden tab. */
    function every(ms, fn, owner) {
        let running = false;
        const id = setInterval(async () => {
            if (owner !== generation) { clearInterval(id); return; }
            if (running || document.hidden) return;
            running = true;
            try {
                await fn();
            } catch (error) {
                if (owner === generation) showError(error);
            } finally {
                running = false;
            }
        }, ms);
        cleanups.push(() => clearInterval(id));
    }

    /** Renders into #page if the navigation that asked is still the current one. */
    function render(ctx, content) {
        if (!ctx.alive()) return false;
        setHtml($('#page'), content);
        return true;
    }

    // ------------------------------------------------------------------ shell: nav, environments, logout

    function highlightNav(current) {
        for (const link of $$('[data-nav]')) {
            if (link.dataset.nav === current) link.setAttribute('aria-current', 'page');
            else link.removeAttribute('aria-current');
        }
    }

    function updateNavLinks() {
        for (const link of $$('[data-nav]')) link.setAttribute('href', hrefOf([link.dataset.nav]));
    }

    function closeNav() {
        $('#sidebar').classList.remove('open');
        $('#nav-toggle').setAttribute('aria-expanded', 'false');
    }

    function initShell() {
        const toggle = $('#nav-toggle');
        const sidebar = $('#sidebar');
        toggle.addEventListener('click', () => {
            const open = !sidebar.classList.contains('open');
            sidebar.classList.toggle('open', open);
            toggle.setAttribute('aria-expanded', String(open));
            if (open) $('#environment').focus();
        });
        sidebar.addEventListener('keydown', (event) => {
            if (event.key === 'Escape' && sidebar.classList.contains('open')) {
                closeNav();
                toggle.focus();
            }
        });

        // The skip link must not change the hash (that would be a route): it moves the focus.
        $('#skip-link').addEventListener('click', (event) => {
            event.preventDefault();
            ($('#page h1') || $('#main')).focus();
        });

        const select = $('#environment');
        select.addEventListener('change', () => switchEnvironment(select.value));

        const logout = $('#logout');
        logout.addEventListener('click', async () => {
            logout.disabled = true;
            try { await post('/dashboard/logout'); } catch { /* leaving anyway */ }
            location.href = '/dashboard/login';
        });

        // Copy buttons anywhere: the value is in data-copy.
        document.addEventListener('click', async (event) => {
            const button = event.target.closest('[data-copy]');
            if (!button) return;
            const copied = await copyText(button.dataset.copy);
            if (copied) {
                notify('Copied to the clipboard.');
                const label = button.textContent;
                button.textContent = 'Copied';
                setTimeout(() => { if (button.isConnected) button.textContent = label; }, 1500);
            } else {
                showError('Copying failed: select the text and copy it by hand.');
            }
        });

        // Clickable table rows go where their link goes (the link itself stays the keyboard way).
        document.addEventListener('click', (event) => {
            const row = event.target.closest('tr[data-href]');
            if (!row || event.target.closest('a, button, input, select, textarea, label')) return;
            if (window.getSelection && String(window.getSelection()).length) return;
            location.hash = row.dataset.href;
        });

        // Arrow keys move between tabs (each tab is a link to its route).
        document.addEventListener('keydown', (event) => {
            const tab = event.target.closest && event.target.closest('[role="tab"]');
            if (!tab) return;
            const all = $$('[role="tab"]', tab.parentElement);
            const index = all.indexOf(tab);
            let next = -1;
            if (event.key === 'ArrowRight') next = (index + 1) % all.length;
            else if (event.key === 'ArrowLeft') next = (index - 1 + all.length) % all.length;
            else if (event.key === 'Home') next = 0;
            else if (event.key === 'End') next = all.length - 1;
            if (next < 0) return;
            event.preventDefault();
            all[next].focus();
            location.hash = all[next].getAttribute('href');
        });

        window.addEventListener('hashchange', () => route());
    }

    function fillEnvironmentSelect() {
        setHtml($('#environment'), session.environments.map((name) => html`<option value="${name}">${name}</option>`));
        $('#environment').value = session.env;
    }

    function useEnvironment(name) {
        session.env = name;
        try { localStorage.setItem(ENV_STORAGE_KEY, name); } catch { /* private mode */ }
        $('#environment').value = name;
        updateNavLinks();
        resetFilters();
    }

    /** Another environment: the same section, but its list (a detail page belongs to one environment). */
    function switchEnvironment(name) {
        if (!session.environments.includes(name)) return;
        useEnvironment(name);
        const { parts } = parseHash();
        const section = parts[0] || 'getting-started';
        go([section]);
    }

    function resetFilters() {
        Object.assign(connectionFilter, { search: '', integration: '', endUser: '', errorsOnly: false });
        Object.assign(logFilter, { kind: '', status: '', integration: '', connection: '', range: 'all', search: '' });
        records.reset();
    }

    // ------------------------------------------------------------------ page: getting started

    async function pageGettingStarted(ctx) {
        const [environment, overview] = await Promise.all([
            get('/dashboard/api/environment'),
            get('/dashboard/api/overview'),
        ]);
        const variable = secretKeyVariable(session.env);
        const dotenv = `${variable}=${environment.secret_key}\nNANGO_HOSTPORT=${location.origin}`;
        render(ctx, html`
            ${pageHead({
                title: 'Getting started',
                sub: html`Write integrations with the <code>nango</code> CLI and deploy them to the
                    <strong>${session.env}</strong> environment of this server.`,
            })}
            <ol class="steps">
                <li class="card step">
                    <h2>Create an integrations folder</h2>
                    ${codeBlock('nango init', 'copy-init-command', 'init-command')}
                    <p class="hint">It creates <code>nango-integrations/</code> with a <code>nango.yaml</code> and an
                        example GitHub sync. Run the next commands inside that folder.</p>
                </li>
                <li class="card step">
                    <h2>Give the CLI this environment's secret key</h2>
                    <p>Put these lines in <code>nango-integrations/.env</code>:</p>
                    ${codeBlock(dotenv, 'copy-dotenv', 'dotenv')}
                    <div class="secret">
                        <span class="muted">Secret key of <strong>${session.env}</strong></span>
                        <code data-testid="secret-key">${environment.secret_key}</code>
                        ${copyButton(environment.secret_key, 'copy-secret-key', 'Copy key')}
                    </div>
                </li>
                <li class="card step">
                    <h2>Deploy</h2>
                    ${codeBlock(`nango deploy ${session.env}`, 'copy-deploy-command', 'deploy-command')}
                    <p class="hint">It compiles your scripts, shows what will change, and deploys them here.
                        The integrations they belong to must exist first:
                        <a href="${hrefOf(['integrations'])}">create them</a>.</p>
                </li>
            </ol>
            ${deployStatus(overview)}`);
    }

    function deployStatus(overview) {
        if (!overview.deployed_at) {
            return html`<section class="card" data-testid="deploy-status" aria-labelledby="deploy-title">
                <h2 id="deploy-title">Deployments</h2>
                <div class="empty inner"><strong>Nothing deployed yet: run <code>nango deploy ${session.env}</code></strong>
                    in your integrations folder (step 3 above).</div>
            </section>`;
        }
        const stat = (label, value, href) => html`<div class="stat"><div class="label">${label}</div>
            <div class="value">${href ? html`<a href="${href}">${value}</a>` : value}</div></div>`;
        return html`<section class="card" data-testid="deploy-status" aria-labelledby="deploy-title">
            <div class="card-head"><h2 id="deploy-title">Deployed</h2>
                <a href="${hrefOf(['home'])}">See the activity</a></div>
            <p>Version <strong>${overview.deploy_version || '—'}</strong>, deployed ${fmtDate(overview.deployed_at)}.</p>
            <div class="stats">
                ${stat('Integrations', overview.integrations ?? 0, hrefOf(['integrations']))}
                ${stat('Connections', overview.connections ?? 0, hrefOf(['connections']))}
                ${stat('Syncs', overview.syncs ?? 0)}
                ${stat('Actions', overview.actions ?? 0)}
            </div>
        </section>`;
    }

    // ------------------------------------------------------------------ page: home (activity charts)

    const ACTIVITY_KINDS = [
        { kind: 'sync', title: 'Sync runs' },
        { kind: 'action', title: 'Actions' },
        { kind: 'proxy', title: 'Proxied calls' },
        { kind: 'webhook', title: 'Webhooks' },
    ];
    const RANGES = [
        { hours: 24, label: '24h', name: 'last 24 hours' },
        { hours: 168, label: '7d', name: 'last 7 days' },
        { hours: 720, label: '30d', name: 'last 30 days' },
    ];
    let activityHours = 24;

    function countOf(bucket, kind, outcome) {
        const counts = bucket && bucket[kind];
        return counts && Number(counts[outcome]) > 0 ? Number(counts[outcome]) : 0;
    }

    async function pageHome(ctx) {
        const data = await get(`/dashboard/api/activity${qs({ hours: activityHours })}`);
        const buckets = Array.isArray(data.buckets) ? data.buckets : [];
        const bucketSecs = Number(data.bucket_secs) || 3600;
        const range = RANGES.find((r) => r.hours === activityHours) || RANGES[0];
        const totals = ACTIVITY_KINDS.map(({ kind }) => ({
            success: buckets.reduce((n, b) => n + countOf(b, kind, 'success'), 0),
            failed: buckets.reduce((n, b) => n + countOf(b, kind, 'failed'), 0),
        }));
        const anything = totals.some((t) => t.success + t.failed > 0);
        const picker = html`<div class="btn-group" role="group" aria-label="Time range">
            ${RANGES.map((r) => html`<button type="button" class="btn btn-small" data-hours="${r.hours}"
                aria-pressed="${String(r.hours === activityHours)}" data-testid="range-${r.label}"
                title="The ${r.name}">${r.label}</button>`)}</div>`;
        const ok = render(ctx, html`
            ${pageHead({
                title: 'Home',
                sub: html`What ran in <strong>${session.env}</strong> over the ${range.name}.`,
                actions: picker,
            })}
            ${anything
                ? html`<div class="grid-2 charts">${ACTIVITY_KINDS.map((k, i) => chartCard(k, totals[i]))}</div>`
                : emptyState(`Nothing ran in the ${range.name}`,
                    html`Sync runs, actions, proxied calls and webhooks show up here. Deploy scripts with
                        <code>nango deploy ${session.env}</code> and add a connection to get them running.`,
                    html`<a class="btn" href="${hrefOf(['getting-started'])}">Getting started</a>
                        <a class="btn" href="${hrefOf(['connections'])}">Add a connection</a>`)}`);
        if (!ok) return;
        for (const button of $$('[data-hours]')) {
            button.addEventListener('click', () => {
                activityHours = Number(button.dataset.hours);
                route();
            });
        }
        if (!anything) return;
        // Drawn at the box's real width so labels keep their size on a phone; redrawn on resize.
        const draw = () => {
            for (const { kind, title } of ACTIVITY_KINDS) {
                const box = $(`#chart-${kind}`);
                if (box) drawChart(box, buckets, kind, title, bucketSecs);
            }
        };
        draw();
        const onResize = debounce(draw, 150);
        window.addEventListener('resize', onResize);
        ctx.onCleanup(() => window.removeEventListener('resize', onResize));
    }

    function chartCard({ kind, title }, total) {
        return html`<section class="card chart-card" data-testid="chart-${kind}" aria-labelledby="chart-title-${kind}">
            <div class="card-head">
                <h2 id="chart-title-${kind}">${title}</h2>
                <span class="totals small" data-testid="chart-total-${kind}">
                    <strong>${total.success + total.failed}</strong> total ·
                    <span class="ok-text">${total.success} succeeded</span> ·
                    <span class="bad-text">${total.failed} failed</span>
                </span>
            </div>
            <div class="chart-box" id="chart-${kind}"></div>
            <div class="legend" aria-hidden="true"><span class="l-ok">Succeeded</span><span class="l-bad">Failed</span></div>
        </section>`;
    }

    /** A y-axis top and step with round numbers (1, 2 or 5 × 10^n), integers only. */
    function niceScale(max) {
        if (max <= 0) return { top: 1, step: 1 };
        const rough = Math.max(1, max / 4);
        const power = 10 ** Math.floor(Math.log10(rough));
        const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough);
        return { top: Math.ceil(max / step) * step, step };
    }

    /** Stacked bars (succeeded below, failed above) drawn as SVG; each bar's <title> is its tooltip. */
    function drawChart(box, buckets, kind, title, bucketSecs) {
        const width = Math.max(260, Math.floor(box.clientWidth || 520));
        const height = 200;
        const pad = { left: 38, right: 8, top: 10, bottom: 28 };
        const plotW = width - pad.left - pad.right;
        const plotH = height - pad.top - pad.bottom;
        const daily = bucketSecs >= 86400;
        const values = buckets.map((b) => ({
            ok: countOf(b, kind, 'success'),
            bad: countOf(b, kind, 'failed'),
            start: new Date(b.start),
        }));
        const max = Math.max(0, ...values.map((v) => v.ok + v.bad));
        const { top, step } = niceScale(max);
        const r = (n) => Math.round(n * 10) / 10;
        const y = (v) => r(pad.top + plotH - (v / top) * plotH);
        const slot = plotW / Math.max(1, values.length);
        const barW = r(Math.max(2, Math.min(30, slot * 0.7)));
        const everyNth = Math.max(1, Math.ceil(values.length / Math.max(2, Math.floor(plotW / 70))));
        const tick = daily
            ? (d) => d.toLocaleDateString([], { month: 'short', day: 'numeric' })
            : (d) => d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
        const when = (d) => {
            const end = new Date(d.getTime() + bucketSecs * 1000);
            return daily
                ? d.toLocaleDateString([], { weekday: 'short', month: 'short', day: 'numeric' })
                : `${d.toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })}–${end.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
        };

        const grid = [];
        for (let t = 0; t <= top; t += step) {
            grid.push(html`<line class="grid" x1="${pad.left}" x2="${width - pad.right}" y1="${y(t)}" y2="${y(t)}"/>
                <text x="${pad.left - 6}" y="${y(t) + 4}" text-anchor="end">${t}</text>`);
        }
        const bars = values.map((v, i) => {
            const x = r(pad.left + i * slot + (slot - barW) / 2);
            const tip = `${when(v.start)}: ${v.ok} succeeded, ${v.bad} failed`;
            return html`<g data-testid="bar-${kind}-${i}"><title>${tip}</title>
                <rect class="hit" x="${r(pad.left + i * slot)}" y="${pad.top}" width="${r(slot)}" height="${plotH}"/>
                ${v.ok ? html`<rect class="bar-ok" x="${x}" y="${y(v.ok)}" width="${barW}" height="${r(y(0) - y(v.ok))}"/>` : ''}
                ${v.bad ? html`<rect class="bar-bad" x="${x}" y="${y(v.ok + v.bad)}" width="${barW}" height="${r(y(v.ok) - y(v.ok + v.bad))}"/>` : ''}
            </g>`;
        });
        const labels = values.map((v, i) => (i % everyNth
            ? ''
            : html`<text x="${r(pad.left + i * slot + slot / 2)}" y="${height - 8}" text-anchor="middle">${tick(v.start)}</text>`));
        const ok = values.reduce((n, v) => n + v.ok, 0);
        const bad = values.reduce((n, v) => n + v.bad, 0);
        const nothing = ok + bad === 0
            ? html`<text class="nothing" x="${r(pad.left + plotW / 2)}" y="${r(pad.top + plotH / 2)}" text-anchor="middle">Nothing in this period</text>`
            : '';
        setHtml(box, html`<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"
            role="img" aria-label="${title}: ${ok} succeeded and ${bad} failed, in ${values.length} ${daily ? 'days' : 'hours'}">
            ${grid}
            <line class="axis" x1="${pad.left}" x2="${width - pad.right}" y1="${y(0)}" y2="${y(0)}"/>
            ${bars}${labels}${nothing}</svg>`);
    }

    // ------------------------------------------------------------------ page: integrations

    async function pageIntegrations(ctx) {
        const [list, environment] = await Promise.all([
            get('/dashboard/api/integrations'),
            get('/dashboard/api/environment'),
        ]);
        const integrations = list.data || [];
        const ok = render(ctx, html`
            ${pageHead({
                title: 'Integrations',
                sub: html`The APIs your end users connect to in <strong>${session.env}</strong>.`,
                actions: html`<button type="button" class="btn btn-primary" data-testid="create-integration"
                    aria-expanded="false" aria-controls="create-panel">Create integration</button>`,
            })}
            <div id="create-panel" hidden></div>
            ${integrations.length ? integrationsTable(integrations) : emptyState('No integrations yet',
                html`Create one here, or with <code>nango integration create</code>; then add syncs and actions
                    to your <code>nango.yaml</code> and run <code>nango deploy ${session.env}</code>.`,
                html`<button type="button" class="btn btn-primary" data-create-integration>Create integration</button>
                    <a class="btn" href="${hrefOf(['getting-started'])}">Getting started</a>`)}`);
        if (!ok) return;
        const open = () => openCreateIntegration(ctx, environment.callback_url);
        $('[data-testid="create-integration"]').addEventListener('click', open);
        const second = $('[data-create-integration]');
        if (second) second.addEventListener('click', open);
    }

    function integrationsTable(integrations) {
        return html`<div class="card flush"><div class="table-wrap">
            <table data-testid="integrations-table">
                <caption class="sr-only">Integrations</caption>
                <thead><tr>
                    <th scope="col">Integration</th>
                    <th scope="col">Provider</th>
                    <th scope="col" class="hide-narrow">Auth</th>
                    <th scope="col">Connections</th>
                    <th scope="col" class="hide-narrow">Scripts</th>
                </tr></thead>
                <tbody>${integrations.map((i) => {
                    const href = hrefOf(['integrations', i.unique_key, 'endpoints']);
                    return html`<tr class="clickable" data-href="${href}" data-testid="integration-row-${i.unique_key}">
                        <td><div class="name-cell">${logo(i.display_name || i.unique_key, i.logo)}
                            <div><a class="cell-main" href="${href}">${i.display_name || i.unique_key}</a>
                            <div class="cell-sub mono">${i.unique_key}</div></div></div></td>
                        <td>${i.provider}</td>
                        <td class="hide-narrow"><span class="badge">${i.auth_mode}</span></td>
                        <td><a href="${hrefOf(['connections'], { integration: i.unique_key })}">${i.connections ?? 0}</a>
                            ${i.errors ? badge(`${i.errors} with errors`, 'bad') : ''}</td>
                        <td class="hide-narrow">${plural(i.syncs ?? 0, 'sync')} · ${plural(i.actions ?? 0, 'action')}</td>
                    </tr>`;
                })}</tbody>
            </table></div></div>`;
    }

    const OAUTH_MODES = ['OAUTH1', 'OAUTH2'];

    /** The create form: a searchable provider picker, then the key, name and OAuth app. */
    function openCreateIntegration(ctx, callbackUrl) {
        const panel = $('#create-panel');
        const opener = $('[data-testid="create-integration"]');
        if (!panel.hidden) { $('#provider-search').focus(); return; }
        panel.hidden = false;
        opener.setAttribute('aria-expanded', 'true');
        setHtml(panel, html`<form class="card" id="create-form" data-testid="create-integration-form" novalidate
                aria-labelledby="create-title">
            <h2 id="create-title">Create an integration</h2>
            <div class="field">
                <label for="provider-search">Search the providers</label>
                <input type="search" id="provider-search" data-testid="provider-search" autocomplete="off"
                    placeholder="github, slack, hubspot…" aria-describedby="provider-count" aria-controls="provider-select">
            </div>
            <div class="field">
                <label for="provider-select">Provider</label>
                <select id="provider-select" size="7" data-testid="provider-select" required></select>
                <p class="hint" id="provider-count" aria-live="polite">Loading the catalog…</p>
            </div>
            <div class="grid-2 tight">
                <div class="field">
                    <label for="integration-key">Unique key</label>
                    <input type="text" id="integration-key" data-testid="integration-key" required
                        pattern="[A-Za-z0-9_.\\-]{1,255}" autocomplete="off" spellcheck="false" aria-describedby="key-hint">
                    <p class="hint" id="key-hint">What your code and nango.yaml call it. Letters, digits, - _ .</p>
                </div>
                <div class="field">
                    <label for="integration-display-name">Display name <span class="muted">(optional)</span></label>
                    <input type="text" id="integration-display-name" data-testid="integration-display-name" autocomplete="off">
                </div>
            </div>
            <fieldset id="oauth-fields" hidden>
                <legend>OAuth app</legend>
                <p class="hint">Register this callback URL in the provider's developer console, then paste the app's
                    credentials. You can also add them later in the integration's settings.</p>
                <div class="field">
                    <label for="callback-url">Callback URL</label>
                    <div class="secret"><code class="value" id="callback-url" data-testid="callback-url">${callbackUrl}</code>
                        ${copyButton(callbackUrl, 'copy-callback-url')}</div>
                </div>
                <div class="grid-2 tight">
                    <div class="field"><label for="client-id">Client ID</label>
                        <input type="text" id="client-id" data-testid="client-id" autocomplete="off" spellcheck="false"></div>
                    <div class="field"><label for="client-secret">Client secret</label>
                        <input type="password" id="client-secret" data-testid="client-secret" autocomplete="new-password"></div>
                </div>
                <div class="field"><label for="scopes">Scopes <span class="muted">(comma-separated)</span></label>
                    <input type="text" id="scopes" data-testid="scopes" autocomplete="off" spellcheck="false"></div>
            </fieldset>
            <p class="inline-error" id="create-error" role="alert"></p>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary" data-testid="create-integration-submit">Create integration</button>
                <button type="button" class="btn" data-testid="create-integration-cancel">Cancel</button>
            </div>
        </form>`);

        const search = $('#provider-search');
        const select = $('#provider-select');
        const key = $('#integration-key');
        const count = $('#provider-count');
        const providers = new Map();
        let keyEdited = false;
        let asked = 0;

        const close = () => {
            panel.hidden = true;
            setHtml(panel, '');
            opener.setAttribute('aria-expanded', 'false');
            opener.focus();
        };

        const load = async () => {
            const mine = ++asked;
            try {
                const answer = await get(`/providers${qs({ search: search.value.trim() })}`);
                if (mine !== asked || !ctx.alive() || !select.isConnected) return;
                const list = answer.data || [];
                const shown = list.slice(0, 200);
                const previous = select.value;
                providers.clear();
                for (const p of shown) providers.set(p.name, p);
                setHtml(select, shown.map((p) => html`<option value="${p.name}">${p.display_name} — ${p.name} (${p.auth_mode})</option>`));
                if (providers.has(previous)) select.value = previous;
                count.textContent = list.length === 0
                    ? 'No provider matches: try another name.'
                    : list.length > shown.length
                        ? `Showing ${shown.length} of ${list.length} providers: type to narrow.`
                        : plural(list.length, 'provider');
            } catch (error) {
                if (mine === asked) showError(error);
            }
        };

        const chosen = () => {
            const provider = providers.get(select.value);
            if (!provider) return;
            if (!keyEdited) key.value = provider.name;
            $('#integration-display-name').placeholder = provider.display_name;
            const oauth = OAUTH_MODES.includes(provider.auth_mode);
            $('#oauth-fields').hidden = !oauth;
            if (oauth) $('#scopes').value = (provider.default_scopes || []).join(',');
        };

        search.addEventListener('input', debounce(load, 250));
        search.addEventListener('keydown', (event) => {
            // Down arrow goes into the list, Enter picks the first match: no mouse needed.
            if (event.key === 'ArrowDown' || event.key === 'Enter') {
                event.preventDefault();
                if (!select.value && select.options.length) { select.selectedIndex = 0; chosen(); }
                select.focus();
            }
        });
        select.addEventListener('change', chosen);
        key.addEventListener('input', () => { keyEdited = key.value.trim() !== ''; });
        $('[data-testid="create-integration-cancel"]').addEventListener('click', close);
        $('#create-form').addEventListener('keydown', (event) => {
            if (event.key === 'Escape') { event.preventDefault(); close(); }
        });
        $('#create-form').addEventListener('submit', async (event) => {
            event.preventDefault();
            const error = $('#create-error');
            const provider = providers.get(select.value);
            const uniqueKey = key.value.trim();
            error.textContent = '';
            if (!provider) { error.textContent = 'Pick a provider in the list.'; select.focus(); return; }
            if (!/^[A-Za-z0-9_.-]{1,255}$/.test(uniqueKey)) {
                error.textContent = 'The unique key is 1 to 255 letters, digits, "-", "_" or ".".';
                key.focus();
                return;
            }
            const body = { unique_key: uniqueKey, provider: provider.name };
            const displayName = $('#integration-display-name').value.trim();
            if (displayName) body.display_name = displayName;
            if (OAUTH_MODES.includes(provider.auth_mode)) {
                const clientId = $('#client-id').value.trim();
                const clientSecret = $('#client-secret').value;
                const scopes = $('#scopes').value.split(',').map((s) => s.trim()).filter(Boolean).join(',');
                if (clientId || clientSecret) {
                    body.credentials = { type: provider.auth_mode, client_id: clientId };
                    if (clientSecret) body.credentials.client_secret = clientSecret;
                    if (scopes) body.credentials.scopes = scopes;
                }
            }
            const done = await busy(event.submitter, () => post('/integrations', body));
            if (!done) return;
            notify(`Integration ${uniqueKey} created.`);
            go(['integrations', uniqueKey, 'endpoints']);
        });
        load();
        search.focus();
    }

    // ------------------------------------------------------------------ page: one integration

    async function pageIntegration(ctx, key, tab) {
        const data = await get(`/dashboard/api/integrations/${enc(key)}`);
        const integration = data.integration || {};
        const scripts = data.scripts || [];
        const connections = data.connections || [];
        const name = integration.display_name || integration.unique_key || key;
        const items = [
            { id: 'endpoints', label: 'Endpoints' },
            { id: 'syncs', label: 'Syncs & Actions' },
            { id: 'settings', label: 'Settings' },
        ].map((item) => ({ ...item, href: hrefOf(['integrations', key, item.id]) }));
        if (!items.some((item) => item.id === tab)) tab = 'endpoints';
        let panel;
        if (tab === 'syncs') panel = scriptsPanel(scripts, connections, key);
        else if (tab === 'settings') panel = integrationSettingsPanel(integration, connections);
        else panel = endpointsPanel(scripts);
        const logoUrl = (integration.logo) || '';
        const ok = render(ctx, html`
            ${pageHead({
                title: name,
                icon: logo(name, logoUrl, true),
                back: { href: hrefOf(['integrations']), label: 'Integrations' },
                sub: html`<span class="mono">${integration.unique_key}</span> · ${integration.provider} ·
                    <span class="badge">${integration.auth_mode}</span> ·
                    <a href="${hrefOf(['connections'], { integration: key })}" data-testid="integration-connections-link">${plural(connections.length, 'connection')}</a>`,
            })}
            ${tabs(`${name} sections`, items, tab)}
            ${tabPanel(tab, panel)}`);
        if (ok && tab === 'settings') bindIntegrationSettings(integration, key);
    }

    function endpointsPanel(scripts) {
        const deployed = scripts.filter((s) => s.type === 'sync' || s.type === 'action' || s.type === 'on-event');
        if (!deployed.length) {
            return emptyState('Nothing deployed for this integration',
                html`Declare syncs and actions for it in <code>nango.yaml</code>, then run
                    <code>nango deploy ${session.env}</code>.`);
        }
        return html`<div class="stack">${deployed.map((s) => html`<article class="script card" data-testid="endpoint-${s.name}"
                aria-labelledby="script-title-${s.name}">
            <div class="script-head">
                <h3 id="script-title-${s.name}">${s.name}</h3>
                ${badge(s.type, s.type === 'sync' ? 'run' : s.type === 'action' ? 'ok' : '')}
                ${s.version ? html`<span class="muted small">v${s.version}</span>` : ''}
                <span class="muted small">deployed ${fmtDate(s.deployed_at)}</span>
            </div>
            ${s.description ? html`<p class="muted">${s.description}</p>` : ''}
            ${(s.endpoints || []).length
                ? html`<ul class="endpoint-list">${s.endpoints.map((e) => html`<li>
                    <span class="method ${String(e.method || '').toLowerCase()}">${e.method}</span>
                    <code>${e.path}</code></li>`)}</ul>`
                : html`<p class="muted small">No HTTP endpoint${s.type === 'on-event' ? ' (runs on a connection event)' : ''}.</p>`}
            ${(s.models || []).map((m) => modelTable(s, m))}
        </article>`)}</div>`;
    }

    function modelTable(script, model) {
        const role = script.input && script.input === model.name ? 'input' : 'output';
        return html`<details class="model" data-testid="model-${script.name}-${model.name}" open>
            <summary><strong>${model.name}</strong> <span class="muted small">${role} · ${plural((model.fields || []).length, 'field')}</span></summary>
            <div class="table-wrap"><table class="compact">
                <thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Optional</th></tr></thead>
                <tbody>${(model.fields || []).map((f) => html`<tr>
                    <td class="mono">${f.name}</td><td class="mono">${f.type}</td>
                    <td>${f.optional ? badge('optional') : html`<span class="muted small">required</span>`}</td></tr>`)}</tbody>
            </table></div>
        </details>`;
    }

    function scriptsPanel(scripts, connections, key) {
        if (!scripts.length) {
            return emptyState('No syncs or actions yet',
                html`Add them to this integration in <code>nango.yaml</code> and run <code>nango deploy ${session.env}</code>.`);
        }
        const yesNo = (v) => (v ? 'yes' : html`<span class="muted">no</span>`);
        const connectionsOf = (script) => {
            if (script.type !== 'sync') return html`<span class="muted">any connection can call it</span>`;
            const rows = [];
            for (const c of connections) {
                for (const s of c.syncs || []) {
                    if (s.name !== script.name) continue;
                    const state = syncState(s.status);
                    rows.push(html`<li><a href="${hrefOf(['connections', key, c.connection_id, 'syncs'])}">${c.connection_id}</a>
                        ${s.variant && s.variant !== 'base' ? html`<span class="muted small">(${s.variant})</span>` : ''}
                        ${badge(state.label, state.kind)}</li>`);
                }
            }
            return rows.length ? html`<ul class="plain">${rows}</ul>` : html`<span class="muted">no connection yet</span>`;
        };
        return html`<div class="card flush"><div class="table-wrap"><table data-testid="scripts-table">
            <caption class="sr-only">Syncs and actions</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Frequency</th>
                <th scope="col">Auto start</th><th scope="col">Track deletes</th><th scope="col">Connections</th></tr></thead>
            <tbody>${scripts.map((s) => html`<tr data-testid="script-${s.name}">
                <th scope="row" class="cell-main">${s.name}${s.version ? html`<div class="cell-sub">v${s.version}</div>` : ''}</th>
                <td>${badge(s.type, s.type === 'sync' ? 'run' : s.type === 'action' ? 'ok' : '')}
                    ${s.sync_type ? html`<div class="cell-sub">${String(s.sync_type).toLowerCase()}</div>` : ''}</td>
                <td>${s.type === 'sync' ? (s.runs || '—') : html`<span class="muted">on call</span>`}</td>
                <td>${s.type === 'sync' ? yesNo(s.auto_start) : '—'}</td>
                <td>${s.type === 'sync' ? yesNo(s.track_deletes) : '—'}</td>
                <td>${connectionsOf(s)}</td>
            </tr>`)}</tbody></table></div></div>`;
    }

    function integrationSettingsPanel(integration, connections) {
        const oauth = OAUTH_MODES.includes(integration.auth_mode);
        return html`<form class="card" id="integration-settings" data-testid="integration-settings" novalidate
                aria-labelledby="settings-title">
            <h2 id="settings-title">Settings</h2>
            <div class="field"><label for="settings-display-name">Display name</label>
                <input type="text" id="settings-display-name" data-testid="settings-display-name"
                    value="${integration.display_name || ''}" autocomplete="off"></div>
            ${oauth ? html`
                <div class="field"><label for="settings-client-id">Client ID</label>
                    <input type="text" id="settings-client-id" data-testid="settings-client-id"
                        value="${integration.client_id || ''}" autocomplete="off" spellcheck="false"></div>
                <div class="field"><label for="settings-client-secret">Client secret</label>
                    <input type="password" id="settings-client-secret" data-testid="settings-client-secret"
                        autocomplete="new-password" placeholder="${integration.client_secret_set ? 'unchanged' : 'not set'}"
                        aria-describedby="secret-hint">
                    <p class="hint" id="secret-hint">${integration.client_secret_set
                        ? 'A secret is set. It is never shown: type a new one to replace it.'
                        : 'No secret yet.'}</p></div>
                <div class="field"><label for="settings-scopes">Scopes <span class="muted">(comma-separated)</span></label>
                    <input type="text" id="settings-scopes" data-testid="settings-scopes"
                        value="${integration.scopes || ''}" autocomplete="off" spellcheck="false"></div>
                <div class="field"><span class="label" id="callback-label">Callback URL</span>
                    <div class="secret"><code class="value" aria-labelledby="callback-label" data-testid="callback-url">${integration.callback_url || ''}</code>
                        ${copyButton(integration.callback_url || '', 'copy-callback-url')}</div>
                    <p class="hint">Register it as the redirect URL of the provider's OAuth app.</p></div>`
            : html`<p class="hint">${integration.auth_mode} integrations have no OAuth app: each end user gives their own credentials when connecting.</p>`}
            <div class="form-actions"><button type="submit" class="btn btn-primary" data-testid="save-integration">Save</button></div>
        </form>
        <section class="card danger-zone" aria-labelledby="delete-title">
            <h2 id="delete-title">Delete this integration</h2>
            <p>Its ${plural(connections.length, 'connection')}, their credentials and synced records are deleted with it.</p>
            <button type="button" class="btn btn-danger" data-testid="delete-integration">Delete integration</button>
        </section>`;
    }

    function bindIntegrationSettings(integration, key) {
        const oauth = OAUTH_MODES.includes(integration.auth_mode);
        $('#integration-settings').addEventListener('submit', async (event) => {
            event.preventDefault();
            const body = { display_name: $('#settings-display-name').value.trim() || null };
            if (oauth) {
                const clientId = $('#settings-client-id').value.trim();
                const secret = $('#settings-client-secret').value;
                const scopes = $('#settings-scopes').value.split(',').map((s) => s.trim()).filter(Boolean).join(',');
                const changed = clientId !== (integration.client_id || '') || scopes !== (integration.scopes || '') || secret;
                if (clientId && changed) {
                    // Only an OAuth app that changed is sent; the secret is write-only, sent when typed.
                    body.credentials = { type: integration.auth_mode, client_id: clientId, scopes: scopes || undefined };
                    if (secret) body.credentials.client_secret = secret;
                } else if (!clientId && integration.client_id) {
                    if (!confirm('Remove the OAuth app (client ID, secret and scopes) of this integration?')) return;
                    body.credentials = null;
                }
            }
            const done = await busy(event.submitter, () => patch(`/integrations/${enc(key)}`, body));
            if (!done) return;
            notify('Integration saved.');
            route();
        });
        $('[data-testid="delete-integration"]').addEventListener('click', async (event) => {
            if (!confirm(`Delete the integration ${key} and all its connections? This cannot be undone.`)) return;
            const done = await busy(event.currentTarget, () => del(`/integrations/${enc(key)}`));
            if (!done) return;
            notify(`Integration ${key} deleted.`);
            go(['integrations']);
        });
    }

    // ------------------------------------------------------------------ page: connections

    const connectionFilter = { search: '', integration: '', endUser: '', errorsOnly: false };
    const CREDENTIAL_FIELDS = {
        OAUTH2: [
            { name: 'access_token', label: 'Access token', secret: true, required: true },
            { name: 'refresh_token', label: 'Refresh token', secret: true },
            { name: 'expires_at', label: 'Expires at', type: 'datetime-local' },
        ],
        API_KEY: [{ name: 'api_key', label: 'API key', secret: true, required: true }],
        BASIC: [
            { name: 'username', label: 'Username', required: true },
            { name: 'password', label: 'Password', secret: true },
        ],
        OAUTH1: [
            { name: 'oauth_token', label: 'OAuth token', secret: true, required: true },
            { name: 'oauth_token_secret', label: 'OAuth token secret', secret: true, required: true },
        ],
        NONE: [],
    };

    async function pageConnections(ctx) {
        const wanted = ctx.params.get('integration');
        if (wanted !== null) connectionFilter.integration = wanted;
        const list = await get('/dashboard/api/integrations');
        const integrations = list.data || [];
        const options = (selected, any) => html`${any ? html`<option value="">${any}</option>` : ''}
            ${integrations.map((i) => html`<option value="${i.unique_key}"${i.unique_key === selected ? html` selected` : ''}>${i.display_name || i.unique_key} (${i.unique_key})</option>`)}`;
        const ok = render(ctx, html`
            ${pageHead({
                title: 'Connections',
                sub: html`Your end users' accounts, connected to your integrations in <strong>${session.env}</strong>.`,
                actions: html`<button type="button" class="btn btn-primary" data-testid="add-connection"
                    aria-expanded="false" aria-controls="add-connection-panel">Add connection</button>`,
            })}
            <div id="add-connection-panel" data-testid="add-connection-panel" hidden></div>
            <form class="filters" id="connection-filters" role="search" aria-label="Filter connections">
                <div class="field grow"><label for="connections-search">Search</label>
                    <input type="search" id="connections-search" data-testid="connections-search"
                        value="${connectionFilter.search}" placeholder="Connection id, end user…" autocomplete="off"></div>
                <div class="field"><label for="connections-integration">Integration</label>
                    <select id="connections-integration" data-testid="connections-integration">${options(connectionFilter.integration, 'All integrations')}</select></div>
                <div class="field"><label for="connections-end-user">End user id</label>
                    <input type="text" id="connections-end-user" data-testid="connections-end-user"
                        value="${connectionFilter.endUser}" autocomplete="off"></div>
                <div class="field checks"><label><input type="checkbox" id="connections-errors-only"
                    data-testid="connections-errors-only"${connectionFilter.errorsOnly ? html` checked` : ''}> With errors only</label></div>
            </form>
            <div id="connection-results" aria-live="polite"><p class="loading">Loading…</p></div>`);
        if (!ok) return;

        const results = $('#connection-results');
        let asked = 0;
        let lastShown = '';
        const load = async () => {
            const mine = ++asked;
            const answer = await get(`/connections${qs({
                search: connectionFilter.search,
                integrationId: connectionFilter.integration,
                endUserId: connectionFilter.endUser,
            })}`);
            if (mine !== asked || !ctx.alive()) return;
            let connections = answer.connections || [];
            const total = connections.length;
            if (connectionFilter.errorsOnly) connections = connections.filter((c) => (c.errors || []).length);
            // Re-render only when something changed, so polling never disturbs the reader.
            const fingerprint = JSON.stringify([connections, total, connectionFilter]);
            if (fingerprint === lastShown) return;
            lastShown = fingerprint;
            setHtml(results, connectionsTable(connections, total, integrations));
            const clear = $('[data-clear-filters]', results);
            if (clear) {
                clear.addEventListener('click', () => {
                    Object.assign(connectionFilter, { search: '', integration: '', endUser: '', errorsOnly: false });
                    go(['connections']);
                });
            }
            const add = $('[data-add-connection]', results);
            if (add) add.addEventListener('click', () => $('[data-testid="add-connection"]').click());
        };
        const reload = () => load().catch(showError);
        const reloadSoon = debounce(reload, 250);
        $('#connection-filters').addEventListener('submit', (e) => e.preventDefault());
        $('#connections-search').addEventListener('input', (e) => { connectionFilter.search = e.target.value.trim(); reloadSoon(); });
        $('#connections-end-user').addEventListener('input', (e) => { connectionFilter.endUser = e.target.value.trim(); reloadSoon(); });
        $('#connections-integration').addEventListener('change', (e) => { connectionFilter.integration = e.target.value; reload(); });
        $('#connections-errors-only').addEventListener('change', (e) => { connectionFilter.errorsOnly = e.target.checked; reload(); });
        $('[data-testid="add-connection"]').addEventListener('click', () => openAddConnection(integrations, options, reload));
        await load();
        // New connections (from the Connect UI in another window) show up by themselves.
        ctx.every(5000, load);
    }

    function connectionsTable(connections, total, integrations) {
        if (!connections.length) {
            if (total || connectionFilter.search || connectionFilter.integration || connectionFilter.endUser) {
                return emptyState('No connection matches these filters', 'Change or clear the filters.',
                    html`<button type="button" class="btn" data-clear-filters>Clear filters</button>`);
            }
            return emptyState('No connections yet',
                integrations.length
                    ? html`Add one with the Connect UI or by importing credentials, or let your app's users connect
                        with <code>@nangohq/frontend</code>.`
                    : html`Create an integration first, then add a connection to it.`,
                integrations.length
                    ? html`<button type="button" class="btn btn-primary" data-add-connection>Add connection</button>`
                    : html`<a class="btn btn-primary" href="${hrefOf(['integrations'])}">Create an integration</a>`);
        }
        return html`<div class="card flush"><div class="table-wrap"><table data-testid="connections-table">
            <caption class="sr-only">Connections</caption>
            <thead><tr><th scope="col">Connection</th><th scope="col">Integration</th><th scope="col">End user</th>
                <th scope="col" class="hide-narrow">Created</th><th scope="col">Status</th></tr></thead>
            <tbody>${connections.map((c) => {
                const href = hrefOf(['connections', c.provider_config_key, c.connection_id, 'authorization']);
                const errors = (c.errors || []).length;
                const user = c.end_user || null;
                return html`<tr class="clickable" data-href="${href}" data-testid="connection-row-${c.connection_id}">
                    <td><a class="cell-main mono" href="${href}">${c.connection_id}</a></td>
                    <td>${c.provider_config_key}<div class="cell-sub">${c.provider}</div></td>
                    <td>${user ? html`${endUserLabel(user)}${user.id && endUserLabel(user) !== user.id
                        ? html`<div class="cell-sub mono">${user.id}</div>` : ''}` : html`<span class="muted">—</span>`}</td>
                    <td class="hide-narrow nowrap">${fmtDate(c.created)}</td>
                    <td>${errors ? badge(plural(errors, 'error'), 'bad', `connection-errors-${c.connection_id}`) : badge('ok', 'ok')}</td>
                </tr>`;
            })}</tbody></table></div></div>`;
    }

    /** Two ways to add a connection: the Connect UI (as an end user would), or importing credentials. */
    function openAddConnection(integrations, options, reload) {
        const panel = $('#add-connection-panel');
        const opener = $('[data-testid="add-connection"]');
        const close = () => {
            panel.hidden = true;
            setHtml(panel, '');
            opener.setAttribute('aria-expanded', 'false');
            opener.focus();
        };
        if (!panel.hidden) { close(); return; }
        if (!integrations.length) {
            showError('Create an integration first: a connection belongs to one.');
            return;
        }
        panel.hidden = false;
        opener.setAttribute('aria-expanded', 'true');
        const first = connectionFilter.integration || integrations[0].unique_key;
        setHtml(panel, html`<div class="grid-2 add-connection">
            <form class="card" id="connect-ui-form" data-testid="connect-ui-form" novalidate aria-labelledby="connect-title">
                <h2 id="connect-title">Connect with the Connect UI</h2>
                <p class="hint">Opens the Connect UI in a new window, as your end user would see it.</p>
                <div class="field"><label for="connect-integration">Integration</label>
                    <select id="connect-integration" data-testid="connect-integration">${options(first)}</select></div>
                <div class="field"><label for="connect-end-user-id">End user id</label>
                    <input type="text" id="connect-end-user-id" data-testid="connect-end-user-id" required autocomplete="off"
                        aria-describedby="end-user-hint">
                    <p class="hint" id="end-user-hint">Your app's id for this user.</p></div>
                <div class="field"><label for="connect-end-user-email">Email <span class="muted">(optional)</span></label>
                    <input type="email" id="connect-end-user-email" data-testid="connect-end-user-email" autocomplete="off"></div>
                <div class="field"><label for="connect-end-user-name">Display name <span class="muted">(optional)</span></label>
                    <input type="text" id="connect-end-user-name" data-testid="connect-end-user-name" autocomplete="off"></div>
                <p class="inline-error" id="connect-error" role="alert"></p>
                <div class="form-actions"><button type="submit" class="btn btn-primary" data-testid="open-connect-ui">Open the Connect UI</button>
                    <span id="connect-link-slot"></span></div>
            </form>
            <form class="card" id="import-form" data-testid="import-form" novalidate aria-labelledby="import-title">
                <h2 id="import-title">Import credentials</h2>
                <p class="hint">For credentials you already have (a token from another system, an API key…).</p>
                <div class="field"><label for="import-integration">Integration</label>
                    <select id="import-integration" data-testid="import-integration">${options(first)}</select></div>
                <div class="field"><label for="import-connection-id">Connection id</label>
                    <input type="text" id="import-connection-id" data-testid="import-connection-id" autocomplete="off"
                        spellcheck="false" aria-describedby="import-id-hint">
                    <p class="hint" id="import-id-hint">Leave it empty for a random one.</p></div>
                <div id="import-fields"></div>
                <p class="inline-error" id="import-error" role="alert"></p>
                <div class="form-actions"><button type="submit" class="btn btn-primary" data-testid="import-submit">Import connection</button></div>
            </form>
        </div>`);

        const modeOf = (key) => (integrations.find((i) => i.unique_key === key) || {}).auth_mode || 'NONE';
        const fieldsFor = (mode) => CREDENTIAL_FIELDS[mode] || CREDENTIAL_FIELDS[mode === 'OAUTH2_CC' ? 'OAUTH2' : ''];
        const showFields = () => {
            const mode = modeOf($('#import-integration').value);
            const fields = fieldsFor(mode);
            const slot = $('#import-fields');
            $('[data-testid="import-submit"]').disabled = !fields;
            if (!fields) {
                setHtml(slot, html`<p class="hint">Credentials of ${mode} integrations cannot be imported: use the Connect UI.</p>`);
                return;
            }
            const id = (f) => `import-${f.name.replace(/_/g, '-')}`;
            setHtml(slot, fields.length
                ? html`<fieldset><legend>${mode} credentials</legend>${fields.map((f) => html`<div class="field">
                    <label for="${id(f)}">${f.label}${f.required ? '' : html` <span class="muted">(optional)</span>`}</label>
                    <input type="${f.type || (f.secret ? 'password' : 'text')}" id="${id(f)}" data-testid="${id(f)}"
                        data-credential="${f.name}" autocomplete="off" spellcheck="false"${f.required ? html` required` : ''}>
                    </div>`)}</fieldset>`
                : html`<p class="hint">This integration needs no credentials.</p>`);
        };
        $('#import-integration').addEventListener('change', showFields);
        showFields();

        $('#connect-ui-form').addEventListener('submit', async (event) => {
            event.preventDefault();
            const error = $('#connect-error');
            const endUser = { id: $('#connect-end-user-id').value.trim() };
            error.textContent = '';
            if (!endUser.id) { error.textContent = 'The end user id is required.'; $('#connect-end-user-id').focus(); return; }
            const email = $('#connect-end-user-email').value.trim();
            const displayName = $('#connect-end-user-name').value.trim();
            if (email) endUser.email = email;
            if (displayName) endUser.display_name = displayName;
            const answer = await busy(event.submitter, () => post('/connect/sessions', {
                end_user: endUser,
                allowed_integrations: [$('#connect-integration').value],
            }));
            const link = answer && answer.data && answer.data.connect_link;
            if (!link) return;
            // The session answers within the click's user activation, so this is no blocked popup;
            // if it is anyway, the link below opens it.
            const popup = window.open(link, '_blank');
            setHtml($('#connect-link-slot'), html`<a href="${link}" target="_blank" rel="noopener" data-testid="connect-link">${popup ? 'Open it again' : 'Open the Connect UI'}</a>`);
            notify(popup
                ? 'The Connect UI is open in a new window. The connection appears below once the end user finishes.'
                : 'Your browser blocked the new window: use the "Open the Connect UI" link.');
            reload();
        });

        $('#import-form').addEventListener('submit', async (event) => {
            event.preventDefault();
            const error = $('#import-error');
            error.textContent = '';
            const body = { provider_config_key: $('#import-integration').value };
            const connectionId = $('#import-connection-id').value.trim();
            if (connectionId) body.connection_id = connectionId;
            for (const input of $$('[data-credential]', $('#import-fields'))) {
                const value = input.value.trim();
                if (!value) {
                    if (input.required) { error.textContent = `${input.labels[0].textContent.trim()} is required.`; input.focus(); return; }
                    continue;
                }
                body[input.dataset.credential] = input.type === 'datetime-local' ? new Date(value).toISOString() : value;
            }
            const created = await busy(event.submitter, () => post('/connections', body));
            if (!created) return;
            notify(`Connection ${created.connection_id} imported.`);
            go(['connections', created.provider_config_key || body.provider_config_key, created.connection_id, 'authorization']);
        });
        panel.onkeydown = (event) => {
            if (event.key === 'Escape' && !panel.hidden) { event.preventDefault(); close(); }
        };
        $('#connect-end-user-id').focus();
    }

    // ------------------------------------------------------------------ page: one connection

    async function fetchConnection(key, id) {
        return get(`/dashboard/api/connection${qs({ provider_config_key: key, connection_id: id })}`);
    }

    async function pageConnection(ctx, key, id, tab) {
        const connection = await fetchConnection(key, id);
        const items = [
            { id: 'authorization', label: 'Authorization' },
            { id: 'syncs', label: 'Syncs' },
            { id: 'records', label: 'Records' },
            { id: 'metadata', label: 'Metadata' },
        ].map((item) => ({ ...item, href: hrefOf(['connections', key, id, item.id]) }));
        if (!items.some((item) => item.id === tab)) tab = 'authorization';
        const errors = connection.errors || [];
        const ok = render(ctx, html`
            ${pageHead({
                title: connection.connection_id || id,
                back: { href: hrefOf(['connections']), label: 'Connections' },
                sub: html`<a href="${hrefOf(['integrations', key, 'endpoints'])}">${key}</a> · ${connection.provider}
                    ${endUserLabel(connection.end_user) ? html` · ${endUserLabel(connection.end_user)}` : ''}
                    ${errors.length ? html` · ${badge(plural(errors.length, 'error'), 'bad')}` : ''}`,
            })}
            ${tabs(`Connection ${id}`, items, tab)}
            ${tabPanel(tab, html`<div id="tab-content"></div>`)}`);
        if (!ok) return;
        const content = $('#tab-content');
        if (tab === 'syncs') await syncsTab(ctx, content, connection, key, id);
        else if (tab === 'records') await recordsTab(ctx, content, connection, key, id);
        else if (tab === 'metadata') metadataTab(content, connection, key, id);
        else authorizationTab(content, connection, key, id);
    }

    const REFRESHABLE = ['OAUTH2', 'OAUTH2_CC', 'JWT', 'APP', 'CUSTOM', 'TWO_STEP', 'SIGNATURE'];

    function authorizationTab(content, c, key, id) {
        const credentials = c.credentials || {};
        const mode = c.auth_mode || credentials.type || '';
        const user = c.end_user;
        const config = c.connection_config && Object.keys(c.connection_config).length ? c.connection_config : null;
        setHtml(content, html`<section class="card" data-testid="connection-details" aria-labelledby="auth-title">
            <div class="card-head"><h2 id="auth-title">Authorization</h2>
                <div class="btn-group">
                    ${REFRESHABLE.includes(mode) ? html`<button type="button" class="btn" data-testid="force-refresh">Force refresh</button>` : ''}
                </div></div>
            <dl class="kv">
                <dt>End user</dt><dd>${user ? html`${endUserLabel(user)}
                    ${user.email && user.email !== endUserLabel(user) ? html`<div class="muted small">${user.email}</div>` : ''}
                    ${user.id ? html`<div class="muted small mono">id ${user.id}</div>` : ''}` : html`<span class="muted">—</span>`}</dd>
                <dt>Created</dt><dd>${fmtDate(c.created_at)}</dd>
                <dt>Updated</dt><dd>${fmtDate(c.updated_at)}</dd>
                <dt>Auth mode</dt><dd><span class="badge">${mode || '—'}</span></dd>
                <dt>Token expires</dt><dd>${credentials.expires_at ? fmtDate(credentials.expires_at) : html`<span class="muted">never (or unknown)</span>`}</dd>
                <dt>Last refresh</dt><dd>${credentials.last_refresh ? fmtDate(credentials.last_refresh) : html`<span class="muted">never</span>`}</dd>
                <dt>Connection config</dt><dd>${config ? html`<pre class="json" data-testid="connection-config">${prettyJson(config)}</pre>` : html`<span class="muted">none</span>`}</dd>
                ${c.tags && Object.keys(c.tags).length ? html`<dt>Tags</dt><dd class="tag-list">${Object.entries(c.tags).map(([k, v]) => badge(`${k}: ${v}`))}</dd>` : ''}
            </dl>
        </section>
        ${(c.errors || []).length ? html`<section class="card" aria-labelledby="errors-title">
            <h2 id="errors-title">Errors</h2>
            <ul class="plain">${c.errors.map((e, i) => html`<li data-testid="connection-error-${i}">${badge(e.type || 'error', 'bad')}
                ${e.log_id ? html` <a href="${hrefOf(['logs', String(e.log_id)])}">See the logs</a>` : ''}</li>`)}</ul>
        </section>` : ''}
        <section class="card" aria-labelledby="raw-title">
            <h2 id="raw-title">Token response</h2>
            <p class="hint">What the provider answered, every secret value masked.</p>
            <pre class="json" data-testid="raw-credentials">${prettyJson(credentials.raw ?? null)}</pre>
        </section>
        <section class="card danger-zone" aria-labelledby="delete-connection-title">
            <h2 id="delete-connection-title">Delete this connection</h2>
            <p>Its credentials and synced records are deleted; its syncs stop.</p>
            <button type="button" class="btn btn-danger" data-testid="delete-connection">Delete connection</button>
        </section>`);
        const refresh = $('[data-testid="force-refresh"]', content);
        if (refresh) {
            refresh.addEventListener('click', async () => {
                const done = await busy(refresh, () => post('/dashboard/api/connection/refresh', {
                    provider_config_key: key, connection_id: id,
                }));
                // A failed refresh leaves an error on the connection: show the page as it is now.
                if (!done) { route(); return; }
                notify('The credentials were refreshed.');
                route();
            });
        }
        $('[data-testid="delete-connection"]', content).addEventListener('click', async (event) => {
            if (!confirm(`Delete the connection ${id} of ${key}? Its credentials and records are deleted.`)) return;
            const done = await busy(event.currentTarget, () => del(`/connections/${enc(id)}${qs({ provider_config_key: key })}`));
            if (!done) return;
            notify(`Connection ${id} deleted.`);
            go(['connections']);
        });
    }

    // ----- syncs tab

    /** The webhook secret's field: write-only, with whether one is set and a way to remove it. */
    function webhookSecretField(env) {
        return html`<label for="webhook-secret">Signing secret</label>
            <input type="password" id="webhook-secret" data-testid="webhook-secret" autocomplete="new-password"
                placeholder="${env.webhook_secret_set ? 'set: type to replace' : 'not set: the secret key signs'}" aria-describedby="webhook-secret-state">
            <p class="hint" id="webhook-secret-state" data-testid="webhook-secret-state">${env.webhook_secret_set
                ? 'A secret is set (never shown).' : 'No secret: webhooks are signed with the secret key.'}</p>
            ${env.webhook_secret_set ? html`<div class="field inline"><input type="checkbox" id="webhook-secret-remove" data-testid="webhook-secret-remove">
                <label for="webhook-secret-remove">Remove the secret</label></div>` : ''}`;
    }

    function syncRef(s) {
        return s.variant && s.variant !== 'base' ? { name: s.name, variant: s.variant } : s.name;
    }

    function syncTestid(s) {
        return s.variant && s.variant !== 'base' ? `${s.name}::${s.variant}` : s.name;
    }

    function modelNames(s) {
        return (s.models || []).map((m) => (typeof m === 'string' ? m : m && m.name)).filter(Boolean);
    }

    function syncCard(s) {
        const state = syncState(s.status);
        const id = syncTestid(s);
        const result = s.latestResult && typeof s.latestResult === 'object' ? Object.entries(s.latestResult) : [];
        const counts = s.recordCount && typeof s.recordCount === 'object' ? Object.entries(s.recordCount) : [];
        const models = modelNames(s);
        return html`<section class="card sync-card" data-testid="sync-row-${id}" aria-labelledby="sync-title-${id}">
            <div class="card-head">
                <div class="title-row"><h3 id="sync-title-${id}">${s.name}${s.variant && s.variant !== 'base' ? html` <span class="muted">(${s.variant})</span>` : ''}</h3>
                    ${badge(state.label, state.kind, `sync-status-${id}`)}</div>
                <div class="btn-group">
                    <button type="button" class="btn btn-small" data-sync-act="trigger" data-sync="${id}" data-testid="sync-trigger-${id}">Run now</button>
                    <button type="button" class="btn btn-small" data-sync-act="full" data-sync="${id}" data-testid="full-resync-${id}">Full resync…</button>
                    ${s.status === 'PAUSED'
                        ? html`<button type="button" class="btn btn-small" data-sync-act="resume" data-sync="${id}" data-testid="sync-resume-${id}">Resume</button>`
                        : html`<button type="button" class="btn btn-small" data-sync-act="pause" data-sync="${id}" data-testid="sync-pause-${id}">Pause</button>`}
                    ${s.status === 'RUNNING'
                        ? html`<button type="button" class="btn btn-small btn-danger" data-sync-act="cancel" data-sync="${id}" data-testid="sync-cancel-${id}">Cancel</button>`
                        : ''}
                </div>
            </div>
            <div class="table-wrap"><table class="kv-table">
                <caption class="sr-only">Sync ${s.name}</caption>
                <tbody>
                    <tr><th scope="row">Models</th><td>${models.length ? html`<span class="tag-list">${models.map((m) => html`<code>${m}</code>`)}</span>` : '—'}</td></tr>
                    <tr><th scope="row">Last run</th><td>${s.finishedAt ? html`ended ${fmtDate(s.finishedAt)}` : html`<span class="muted">none yet</span>`}
                        ${result.length ? html`<ul class="plain counts">${result.map(([model, r]) => html`<li><code>${model}</code>
                            <span class="ok-text">+${(r && r.added) ?? 0} added</span>,
                            <span>${(r && r.updated) ?? 0} updated</span>,
                            <span class="bad-text">${(r && r.deleted) ?? 0} deleted</span></li>`)}</ul>` : ''}</td></tr>
                    <tr><th scope="row">Records</th><td>${counts.length ? html`<ul class="plain counts">${counts.map(([model, n]) => html`<li><code>${model}</code> ${n}</li>`)}</ul>` : html`<span class="muted">0</span>`}</td></tr>
                    <tr><th scope="row">Frequency</th><td>${s.frequency || '—'}</td></tr>
                    <tr><th scope="row">Last start</th><td>${fmtDate(s.last_started_at)}</td></tr>
                    <tr><th scope="row">Next start</th><td>${s.status === 'PAUSED' ? html`<span class="muted">paused</span>` : fmtDate(s.nextScheduledSyncAt)}</td></tr>
                    ${s.latestError ? html`<tr><th scope="row">Last error</th><td class="bad-text">${s.latestError}</td></tr>` : ''}
                </tbody>
            </table></div>
        </section>`;
    }

    function actionRuns(actions) {
        if (!actions.length) {
            return html`<p class="muted">No action has run for this connection yet. Actions run when your backend calls them
                (<code>nango.triggerAction</code>) or with <code>nango dryrun</code>.</p>`;
        }
        return html`<div class="table-wrap"><table data-testid="action-runs">
            <caption class="sr-only">Action runs</caption>
            <thead><tr><th scope="col">Action</th><th scope="col">Status</th><th scope="col">Started</th>
                <th scope="col" class="hide-narrow">Duration</th><th scope="col">Logs</th></tr></thead>
            <tbody>${actions.map((a) => html`<tr data-testid="action-run-${a.id}">
                <td class="mono">${a.name}</td><td>${operationBadge(a.status)}</td>
                <td class="nowrap">${fmtDate(a.started_at)}</td>
                <td class="hide-narrow">${fmtDuration(a.started_at, a.finished_at)}</td>
                <td><a href="${hrefOf(['logs', String(a.id)])}">Logs</a></td></tr>`)}</tbody>
        </table></div>`;
    }

    async function syncsTab(ctx, content, connection, key, id) {
        setHtml(content, html`<div id="sync-list" aria-live="polite"></div>
            <section class="card" aria-labelledby="actions-title"><h2 id="actions-title">Action runs</h2>
                <div id="action-list"></div></section>
            <dialog id="full-resync-dialog" data-testid="full-resync-dialog" aria-labelledby="full-resync-title">
                <form method="dialog">
                    <h2 id="full-resync-title">Full resync</h2>
                    <p id="full-resync-text">Fetches every record again from the start instead of only what changed.</p>
                    <div class="field inline"><input type="checkbox" id="full-resync-clear-cache" data-testid="full-resync-clear-cache">
                        <label for="full-resync-clear-cache">Also empty the cache (delete this sync's stored records first)</label></div>
                    <div class="form-actions">
                        <button type="submit" value="cancel" class="btn" data-testid="full-resync-cancel">Cancel</button>
                        <button type="submit" value="confirm" class="btn btn-primary" data-testid="full-resync-confirm">Start full resync</button>
                    </div>
                </form>
            </dialog>`);
        let current = connection;
        let shown = '';
        const paint = () => {
            const syncs = current.syncs || [];
            const actions = current.actions || [];
            const fingerprint = JSON.stringify([syncs, actions]);
            if (fingerprint === shown) return;
            shown = fingerprint;
            // Keep the keyboard focus on the same button across live updates.
            const focused = document.activeElement && content.contains(document.activeElement) ? document.activeElement.dataset.testid : '';
            setHtml($('#sync-list'), syncs.length
                ? syncs.map(syncCard)
                : emptyState('No syncs for this connection',
                    html`Deploy a sync of <strong>${key}</strong> with <code>nango deploy ${session.env}</code>: it starts here by itself
                        (or when triggered, if its <code>auto_start</code> is false).`));
            setHtml($('#action-list'), actionRuns(actions));
            if (focused) {
                const again = content.querySelector(`[data-testid="${CSS.escape(focused)}"]`);
                if (again) again.focus();
            }
        };
        const refresh = async () => {
            const fresh = await fetchConnection(key, id);
            if (!ctx.alive()) return;
            current = fresh;
            paint();
        };
        paint();

        const dialog = $('#full-resync-dialog');
        let pending = null;
        const find = (testid) => (current.syncs || []).find((s) => syncTestid(s) === testid);
        const selection = (s) => ({ provider_config_key: key, connection_id: id, syncs: [syncRef(s)] });

        content.addEventListener('click', async (event) => {
            const button = event.target.closest('[data-sync-act]');
            if (!button) return;
            const sync = find(button.dataset.sync);
            if (!sync) return;
            const act = button.dataset.syncAct;
            if (act === 'full') {
                pending = sync;
                $('#full-resync-title').textContent = `Full resync of ${sync.name}`;
                $('#full-resync-clear-cache').checked = false;
                dialog.returnValue = '';
                dialog.showModal();
                return;
            }
            const calls = {
                trigger: () => post('/sync/trigger', { ...selection(sync), sync_mode: 'incremental' }),
                pause: () => post('/sync/pause', selection(sync)),
                resume: () => post('/sync/start', selection(sync)),
                cancel: () => post('/dashboard/api/sync/cancel', {
                    provider_config_key: key, connection_id: id, sync: sync.name,
                    ...(sync.variant && sync.variant !== 'base' ? { variant: sync.variant } : {}),
                }),
            };
            const messages = { trigger: 'started', pause: 'paused', resume: 'resumed', cancel: 'cancelled' };
            const done = await busy(button, calls[act]);
            if (!done) return;
            notify(`Sync ${sync.name} ${messages[act]}.`);
            await refresh().catch(showError);
        });

        dialog.addEventListener('close', async () => {
            const sync = pending;
            pending = null;
            const button = sync && $(`[data-testid="${CSS.escape(`full-resync-${syncTestid(sync)}`)}"]`);
            if (button) button.focus();
            if (!sync || dialog.returnValue !== 'confirm') return;
            const clear = $('#full-resync-clear-cache').checked;
            const done = await busy(null, () => post('/sync/trigger', {
                ...selection(sync),
                sync_mode: clear ? 'full_refresh_and_clear_cache' : 'full_refresh',
            }));
            if (!done) return;
            notify(`Full resync of ${sync.name} started${clear ? ', cache emptied' : ''}.`);
            await refresh().catch(showError);
        });

        // Live status: every 2 s while this tab is shown (not while the dialog is open).
        ctx.every(2000, async () => { if (!dialog.open) await refresh(); });
    }

    // ----- records tab

    /** The records tab's state: kept across re-renders of the same connection. */
    const records = {
        owner: '', model: '', filters: new Set(), cursor: '', next: '', selected: '',
        reset() { Object.assign(this, { owner: '', model: '', cursor: '', next: '', selected: '' }); this.filters = new Set(); },
    };

    async function recordsTab(ctx, content, connection, key, id) {
        const owner = `${session.env}|${key}|${id}`;
        if (records.owner !== owner) { records.reset(); records.owner = owner; }
        const models = [...new Set((connection.syncs || []).flatMap(modelNames))];
        if (!models.length) {
            setHtml(content, emptyState('No records to show',
                html`Records come from this connection's syncs, and it has none yet. Deploy a sync of <strong>${key}</strong>
                    with <code>nango deploy ${session.env}</code>.`));
            return;
        }
        if (!models.includes(records.model)) { records.model = models[0]; records.cursor = ''; }
        setHtml(content, html`<form class="filters" id="records-filters" aria-label="Records filters">
                <div class="field"><label for="records-model">Model</label>
                    <select id="records-model" data-testid="records-model">${models.map((m) => html`<option${m === records.model ? html` selected` : ''}>${m}</option>`)}</select></div>
                <fieldset class="field checks"><legend class="sr-only">Only records that were</legend>
                    <span class="muted" aria-hidden="true">Only</span>
                    ${['added', 'updated', 'deleted'].map((f) => html`<label><input type="checkbox" data-filter="${f}"
                        data-testid="records-filter-${f}"${records.filters.has(f) ? html` checked` : ''}> ${f}</label>`)}
                </fieldset>
            </form>
            <div class="split">
                <div class="card flush" id="records-list" aria-live="polite"><p class="loading" style="padding:16px">Loading…</p></div>
                <section class="card record-panel" aria-labelledby="record-title">
                    <h2 id="record-title">Record</h2>
                    <pre class="json" data-testid="record-json" id="record-json" tabindex="0">Pick a record in the table to see its JSON.</pre>
                </section>
            </div>`);

        let page = [];
        const load = async () => {
            const answer = await get(`/records${qs({
                model: records.model,
                limit: 50,
                cursor: records.cursor,
                filter: [...records.filters].join(','),
            })}`, { 'Connection-Id': id, 'Provider-Config-Key': key });
            if (!ctx.alive()) return;
            page = answer.records || [];
            records.next = answer.next_cursor || '';
            paintRecords(page);
        };
        const paintRecords = (list) => {
            const box = $('#records-list');
            if (!list.length) {
                setHtml(box, html`<div class="empty inner" data-testid="empty-state"><strong>No ${records.model} records${records.filters.size ? ' with these filters' : ''}</strong>
                    ${records.cursor ? 'This is past the last page.' : html`Run the sync from the <a href="${hrefOf(['connections', key, id, 'syncs'])}">Syncs tab</a>, or change the filters.`}</div>
                    ${records.cursor ? html`<div class="pager"><button type="button" class="btn btn-small" data-testid="records-first">First page</button></div>` : ''}`);
            } else {
                setHtml(box, html`<div class="table-wrap"><table data-testid="records-table">
                    <caption class="sr-only">${records.model} records</caption>
                    <thead><tr><th scope="col">Id</th><th scope="col">Last action</th><th scope="col">Last modified</th></tr></thead>
                    <tbody>${list.map((r, i) => {
                        const meta = r._nango_metadata || {};
                        const rid = String(r.id ?? i);
                        const action = String(meta.last_action || '').toLowerCase();
                        return html`<tr class="clickable${rid === records.selected ? ' selected' : ''}" data-index="${i}" data-testid="record-row-${rid}">
                            <td><button type="button" class="btn-link mono" data-record="${i}" aria-describedby="record-title">${rid}</button></td>
                            <td>${badge(action || '—', action === 'deleted' ? 'bad' : action === 'added' ? 'ok' : action === 'updated' ? 'run' : '')}</td>
                            <td class="nowrap">${fmtDate(meta.last_modified_at)}</td></tr>`;
                    })}</tbody></table></div>
                    <div class="pager">
                        <span class="muted small">${plural(list.length, 'record')} on this page</span>
                        ${records.cursor ? html`<button type="button" class="btn btn-small" data-testid="records-first">First page</button>` : ''}
                        <button type="button" class="btn btn-small" data-testid="records-next"${records.next ? '' : html` disabled`}>Next page</button>
                    </div>`);
            }
            const selected = list.find((r, i) => String(r.id ?? i) === records.selected);
            if (selected) $('#record-json').textContent = prettyJson(selected);
        };
        const reloadFromStart = () => { records.cursor = ''; records.selected = ''; load().catch(showError); };

        $('#records-model').addEventListener('change', (e) => { records.model = e.target.value; reloadFromStart(); });
        for (const box of $$('[data-filter]', content)) {
            box.addEventListener('change', () => {
                if (box.checked) records.filters.add(box.dataset.filter);
                else records.filters.delete(box.dataset.filter);
                reloadFromStart();
            });
        }
        $('#records-filters').addEventListener('submit', (e) => e.preventDefault());
        $('#records-list').addEventListener('click', (event) => {
            if (event.target.closest('[data-testid="records-next"]')) {
                if (!records.next) return;
                records.cursor = records.next;
                load().then(() => focusFirstRecord()).catch(showError);
                return;
            }
            if (event.target.closest('[data-testid="records-first"]')) {
                records.cursor = '';
                load().then(() => focusFirstRecord()).catch(showError);
                return;
            }
            const row = event.target.closest('tr[data-index]');
            if (!row) return;
            const record = page[Number(row.dataset.index)];
            if (!record) return;
            records.selected = String(record.id ?? row.dataset.index);
            for (const other of $$('tr.selected', $('#records-list'))) other.classList.remove('selected');
            row.classList.add('selected');
            $('#record-json').textContent = prettyJson(record);
        });
        const focusFirstRecord = () => {
            const first = $('#records-list [data-record]') || $('#records-list [data-testid="records-first"]');
            if (first) first.focus();
        };
        await load();
    }

    // ----- metadata tab

    /**
     * Where JSON text goes wrong, as "Line L, column C: expected …, found …". Browsers' own
     * JSON.parse messages differ and some give no position at all, so the text is scanned here
     * (JSON.parse stays the judge: this only explains). Null when the scan finds nothing wrong.
     */
    function jsonProblem(text) {
        let i = 0;
        const fail = (expected) => { throw { at: i, expected }; };
        const space = () => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
        const string = () => {
            i++;
            while (i < text.length) {
                const c = text[i];
                if (c === '\\') { i += 2; continue; }
                if (c === '"') { i++; return; }
                if (c < ' ') fail('the closing quote (a string cannot span lines)');
                i++;
            }
            fail('the closing quote');
        };
        const list = (close, item) => {
            i++;
            space();
            if (text[i] === close) { i++; return; }
            for (;;) {
                item();
                space();
                if (text[i] === ',') { i++; space(); continue; }
                if (text[i] === close) { i++; return; }
                fail(`"," or "${close}"`);
            }
        };
        const value = () => {
            space();
            const c = text[i];
            if (c === '{') {
                list('}', () => {
                    if (text[i] !== '"') fail('a "quoted" key');
                    string();
                    space();
                    if (text[i] !== ':') fail('":" after the key');
                    i++;
                    value();
                });
                return;
            }
            if (c === '[') { list(']', value); return; }
            if (c === '"') { string(); return; }
            const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
            if (number) { i += number[0].length; return; }
            for (const word of ['true', 'false', 'null']) {
                if (text.startsWith(word, i)) { i += word.length; return; }
            }
            fail('a value');
        };
        try {
            value();
            space();
            if (i < text.length) fail('the end of the text');
            return null;
        } catch (error) {
            if (!error || error.expected === undefined) return null;
            const before = text.slice(0, error.at);
            const line = before.split('\n').length;
            const column = error.at - before.lastIndexOf('\n');
            const found = error.at < text.length ? JSON.stringify(text[error.at]) : 'the end of the text';
            return `Line ${line}, column ${column}: expected ${error.expected}, found ${found}.`;
        }
    }

    function metadataTab(content, connection, key, id) {
        const text = prettyJson(connection.metadata && typeof connection.metadata === 'object' ? connection.metadata : {});
        setHtml(content, html`<form class="card" id="metadata-form" novalidate aria-labelledby="metadata-title">
            <h2 id="metadata-title">Metadata</h2>
            <p class="hint" id="metadata-hint">Scripts read it with <code>nango.getMetadata()</code>. Saving replaces all of it.</p>
            <div class="field"><label for="metadata-json">Metadata (a JSON object)</label>
                <textarea id="metadata-json" data-testid="metadata-json" spellcheck="false"
                    aria-describedby="metadata-hint metadata-error">${text}</textarea>
                <p class="inline-error" id="metadata-error" data-testid="metadata-error" aria-live="polite"></p></div>
            <div class="form-actions"><button type="submit" class="btn btn-primary" data-testid="save-metadata">Save metadata</button></div>
        </form>`);
        const area = $('#metadata-json');
        const error = $('#metadata-error');
        const check = () => {
            let value;
            try {
                value = JSON.parse(area.value);
            } catch (e) {
                return { problem: `Not valid JSON. ${jsonProblem(area.value) || e.message}` };
            }
            if (!value || typeof value !== 'object' || Array.isArray(value)) {
                return { problem: 'Metadata must be a JSON object, like {"key": "value"}.' };
            }
            return { value };
        };
        const show = (problem) => {
            error.textContent = problem || '';
            area.setAttribute('aria-invalid', problem ? 'true' : 'false');
        };
        area.addEventListener('input', debounce(() => show(check().problem), 300));
        $('#metadata-form').addEventListener('submit', async (event) => {
            event.preventDefault();
            const { value, problem } = check();
            show(problem);
            if (problem) { area.focus(); return; }
            const done = await busy(event.submitter, () => post('/connections/metadata', {
                connection_id: id, provider_config_key: key, metadata: value,
            }));
            if (!done) return;
            area.value = prettyJson(value);
            notify('Metadata saved.');
        });
    }

    // ------------------------------------------------------------------ page: logs

    const logFilter = { kind: '', status: '', integration: '', connection: '', range: 'all', search: '' };
    const LOG_RANGES = { hour: 3600e3, day: 86400e3, week: 7 * 86400e3 };
    const LOG_PAGE = 50;

    function logQuery(extra = {}) {
        const since = LOG_RANGES[logFilter.range] ? new Date(Date.now() - LOG_RANGES[logFilter.range]).toISOString() : '';
        return qs({
            kind: logFilter.kind,
            status: logFilter.status,
            integration: logFilter.integration,
            connection: logFilter.connection,
            search: logFilter.search,
            since,
            limit: LOG_PAGE,
            ...extra,
        });
    }

    async function pageLogs(ctx) {
        const list = await get('/dashboard/api/integrations').catch(() => ({ data: [] }));
        const integrations = list.data || [];
        const select = (id, label, value, choices) => html`<div class="field"><label for="${id}">${label}</label>
            <select id="${id}" data-testid="${id}">${choices.map(([v, text]) => html`<option value="${v}"${v === value ? html` selected` : ''}>${text}</option>`)}</select></div>`;
        const ok = render(ctx, html`
            ${pageHead({
                title: 'Logs',
                sub: html`Sync runs, actions, proxied calls, webhooks, deploys and authorizations in <strong>${session.env}</strong>.`,
                actions: html`<span class="live" data-testid="logs-live" title="New operations appear every 3 seconds"><span class="dot" aria-hidden="true"></span>Live</span>`,
            })}
            <form class="filters" id="log-filters" role="search" aria-label="Filter operations">
                ${select('logs-kind', 'Kind', logFilter.kind, [['', 'All kinds'], ['sync', 'Sync'], ['action', 'Action'], ['proxy', 'Proxy'], ['webhook', 'Webhook'], ['deploy', 'Deploy'], ['auth', 'Auth']])}
                ${select('logs-status', 'Status', logFilter.status, [['', 'Any status'], ['success', 'Success'], ['failed', 'Failed'], ['running', 'Running']])}
                ${select('logs-integration', 'Integration', logFilter.integration, [['', 'All integrations'], ...integrations.map((i) => [i.unique_key, i.unique_key])])}
                <div class="field"><label for="logs-connection">Connection</label>
                    <input type="text" id="logs-connection" data-testid="logs-connection" value="${logFilter.connection}" autocomplete="off"></div>
                ${select('logs-range', 'Time', logFilter.range, [['hour', 'Last hour'], ['day', 'Last 24 hours'], ['week', 'Last 7 days'], ['all', 'All time']])}
                <div class="field grow"><label for="logs-search">Search</label>
                    <input type="search" id="logs-search" data-testid="logs-search" value="${logFilter.search}" placeholder="Name, integration, connection…" autocomplete="off"></div>
            </form>
            <div id="operations"><p class="loading">Loading…</p></div>`);
        if (!ok) return;

        let operations = [];
        let more = false;
        let asked = 0;
        let painted = '';
        const box = $('#operations');

        const row = (o, fresh) => {
            const href = hrefOf(['logs', String(o.id)]);
            return html`<tr class="clickable${fresh ? ' fresh' : ''}" data-href="${href}" data-testid="operation-row-${o.id}" data-id="${o.id}">
                <td class="nowrap"><a href="${href}">${fmtDate(o.started_at)}</a></td>
                <td>${o.kind}</td>
                <td data-status>${operationBadge(o.status)}</td>
                <td>${o.integration_key || html`<span class="muted">—</span>`}</td>
                <td class="mono">${o.connection_id || html`<span class="muted">—</span>`}</td>
                <td class="mono">${o.name || ''}</td>
            </tr>`;
        };
        const paint = () => {
            // The same list again (a poll of an empty page): nothing to redraw.
            const fingerprint = JSON.stringify([operations, more, logFilter]);
            if (fingerprint === painted) return;
            painted = fingerprint;
            if (!operations.length) {
                const filtered = Object.entries(logFilter).some(([k, v]) => v && !(k === 'range' && v === 'all'));
                setHtml(box, filtered
                    ? emptyState('No operation matches these filters', 'Widen the time range or clear a filter. New operations appear here as they happen.')
                    : emptyState('Nothing has run yet',
                        html`Operations appear here live as syncs run, actions are called, requests are proxied and scripts are
                            deployed. Start with <a href="${hrefOf(['getting-started'])}">Getting started</a>.`));
                return;
            }
            setHtml(box, html`<div class="card flush"><div class="table-wrap"><table data-testid="operations-table">
                <caption class="sr-only">Operations, newest first</caption>
                <thead><tr><th scope="col">Time</th><th scope="col">Kind</th><th scope="col">Status</th>
                    <th scope="col">Integration</th><th scope="col">Connection</th><th scope="col">Name</th></tr></thead>
                <tbody id="operation-rows">${operations.map((o) => row(o, false))}</tbody></table></div>
                <div class="pager">${more ? html`<button type="button" class="btn btn-small" data-testid="logs-load-older">Load older</button>`
                    : html`<span class="muted small">${plural(operations.length, 'operation')}, nothing older.</span>`}</div></div>`);
            const older = $('[data-testid="logs-load-older"]', box);
            if (older) older.addEventListener('click', () => loadOlder(older));
        };
        const load = async () => {
            const mine = ++asked;
            const answer = await get(`/logs/operations${logQuery()}`);
            if (mine !== asked || !ctx.alive()) return;
            operations = answer.data || [];
            more = operations.length >= LOG_PAGE;
            paint();
        };
        const loadOlder = async (button) => {
            const last = operations[operations.length - 1];
            const answer = await busy(button, () => get(`/logs/operations${logQuery({ before: last.id })}`));
            if (!answer || !ctx.alive()) return;
            const older = answer.data || [];
            operations = operations.concat(older);
            more = older.length >= LOG_PAGE;
            paint();
            const next = $('[data-testid="logs-load-older"]', box);
            if (next) next.focus();
        };
        // Newer operations are prepended; running ones shown are refreshed so their status moves on.
        const poll = async () => {
            if (!operations.length) { await load(); return; }
            const mine = asked;
            const newest = Math.max(...operations.map((o) => Number(o.id) || 0));
            const answer = await get(`/logs/operations${logQuery({ after: newest, since: '' })}`);
            if (mine !== asked || !ctx.alive()) return;
            const fresh = (answer.data || [])
                .filter((o) => !operations.some((known) => known.id === o.id))
                .sort((a, b) => b.id - a.id);
            if (fresh.length) {
                operations = fresh.concat(operations);
                const body = $('#operation-rows');
                if (body) body.insertAdjacentHTML('afterbegin', piece(fresh.map((o) => row(o, true))));
            }
            const running = operations.filter((o) => o.status === 'running');
            if (running.length) {
                const recent = await get(`/logs/operations${logQuery()}`);
                if (mine !== asked || !ctx.alive()) return;
                for (const o of recent.data || []) {
                    const known = operations.find((k) => k.id === o.id);
                    if (!known || known.status === o.status) continue;
                    known.status = o.status;
                    const cell = $(`[data-testid="operation-row-${CSS.escape(String(o.id))}"] [data-status]`);
                    if (cell) setHtml(cell, operationBadge(o.status));
                }
            }
        };

        const form = $('#log-filters');
        form.addEventListener('submit', (e) => e.preventDefault());
        const bind = (id, field, event = 'change') => {
            const input = $(`#${id}`);
            const apply = () => { logFilter[field] = input.value.trim(); load().catch(showError); };
            input.addEventListener(event, event === 'input' ? debounce(apply, 300) : apply);
        };
        bind('logs-kind', 'kind');
        bind('logs-status', 'status');
        bind('logs-integration', 'integration');
        bind('logs-range', 'range');
        bind('logs-connection', 'connection', 'input');
        bind('logs-search', 'search', 'input');
        await load();
        ctx.every(3000, poll);
    }

    async function pageOperation(ctx, id) {
        const answer = await get(`/logs/operations/${enc(id)}`);
        const o = answer.data || {};
        const ok = render(ctx, html`
            ${pageHead({
                title: `${o.kind || 'Operation'}${o.name ? ` ${o.name}` : ''}`,
                back: { href: hrefOf(['logs']), label: 'Logs' },
                sub: html`Operation ${o.id}`,
            })}
            <section class="card" data-testid="operation-details" aria-labelledby="operation-title">
                <h2 id="operation-title" class="sr-only">Details</h2>
                <dl class="kv">
                    <dt>Status</dt><dd id="operation-status">${operationBadge(o.status, 'operation-status')}</dd>
                    <dt>Kind</dt><dd>${o.kind}</dd>
                    <dt>Integration</dt><dd>${o.integration_key
                        ? html`<a href="${hrefOf(['integrations', o.integration_key, 'endpoints'])}">${o.integration_key}</a>` : '—'}</dd>
                    <dt>Connection</dt><dd>${o.connection_id && o.integration_key
                        ? html`<a href="${hrefOf(['connections', o.integration_key, o.connection_id, 'authorization'])}">${o.connection_id}</a>`
                        : (o.connection_id || '—')}</dd>
                    <dt>Started</dt><dd>${fmtDate(o.started_at)}</dd>
                    <dt>Finished</dt><dd id="operation-finished">${fmtDate(o.finished_at)}${o.finished_at ? ` (${fmtDuration(o.started_at, o.finished_at)})` : ''}</dd>
                </dl>
            </section>
            <section class="card flush" aria-labelledby="lines-title">
                <div class="card-head"><h2 id="lines-title">Log lines</h2></div>
                <div id="log-lines-box"></div>
            </section>`);
        if (!ok) return;
        const paintLines = (op) => {
            const lines = op.logs || [];
            setHtml($('#log-lines-box'), lines.length
                ? html`<div class="table-wrap"><table data-testid="log-lines">
                    <caption class="sr-only">Log lines, oldest first</caption>
                    <thead><tr><th scope="col">Level</th><th scope="col">Time</th><th scope="col">Message</th></tr></thead>
                    <tbody>${lines.map((l, i) => html`<tr class="log-line level-${l.level}" data-testid="log-line-${i}">
                        <td>${badge(l.level, l.level === 'error' ? 'bad' : l.level === 'warn' ? 'warn' : l.level === 'http' ? 'run' : '')}</td>
                        <td class="nowrap">${fmtDate(l.created_at)}</td>
                        <td class="message">${l.message}</td></tr>`)}</tbody></table></div>`
                : html`<div class="empty inner" data-testid="log-lines"><strong>No log lines</strong>${op.status === 'running' ? 'They appear here as it runs.' : 'This operation wrote none.'}</div>`);
        };
        paintLines(o);
        if (o.status === 'running') {
            // Follow a running operation until it ends.
            let seen = JSON.stringify(o);
            ctx.every(2000, async () => {
                const next = (await get(`/logs/operations/${enc(id)}`)).data || {};
                if (!ctx.alive()) return;
                const text = JSON.stringify(next);
                if (text === seen) return;
                seen = text;
                setHtml($('#operation-status'), operationBadge(next.status, 'operation-status'));
                setHtml($('#operation-finished'), html`${fmtDate(next.finished_at)}${next.finished_at ? ` (${fmtDuration(next.started_at, next.finished_at)})` : ''}`);
                paintLines(next);
                if (next.status !== 'running') route();
            });
        }
    }

    // ------------------------------------------------------------------ page: environment settings

    let revealKey = false;

    async function pageSettings(ctx) {
        const [environment, variables] = await Promise.all([
            get('/dashboard/api/environment'),
            get('/environment-variables'),
        ]);
        paintSettings(ctx, environment, Array.isArray(variables) ? variables : []);
    }

    function paintSettings(ctx, env, variables) {
        const check = (field, label, hint) => html`<div class="field inline check">
            <input type="checkbox" id="${field}" data-testid="${field.replace(/_/g, '-')}" data-flag="${field}"${env[field] ? html` checked` : ''}>
            <label for="${field}">${label}${hint ? html` <span class="muted small">${hint}</span>` : ''}</label></div>`;
        const ok = render(ctx, html`
            ${pageHead({ title: 'Environment Settings', sub: html`Keys, webhooks and variables of <strong>${env.name || session.env}</strong>.` })}

            <section class="card" aria-labelledby="keys-title">
                <h2 id="keys-title">Secret key</h2>
                <p class="hint">Your backend and the CLI authenticate with it (<code>${secretKeyVariable(session.env)}</code>). Keep it secret.</p>
                <div class="secret">
                    <code data-testid="secret-key" id="secret-key">${revealKey ? env.secret_key : mask(env.secret_key)}</code>
                    <button type="button" class="btn btn-small" data-testid="reveal-key" aria-pressed="${String(revealKey)}"
                        aria-controls="secret-key">${revealKey ? 'Hide' : 'Reveal'}</button>
                    ${copyButton(env.secret_key, 'copy-secret-key')}
                </div>
                <div class="rotation">
                    ${env.pending_secret_key ? html`
                        <h3>New key waiting</h3>
                        <p>Both keys work until you activate the new one. Deploy it to your backend and <code>.env</code>
                            first; activating makes the old key stop working at once.</p>
                        <div class="secret"><code data-testid="pending-secret-key">${env.pending_secret_key}</code>
                            ${copyButton(env.pending_secret_key, 'copy-pending-key')}</div>
                        <div class="form-actions">
                            <button type="button" class="btn btn-primary" data-key-action="activate" data-testid="activate-key">Activate new key</button>
                            <button type="button" class="btn" data-key-action="revert" data-testid="revert-key">Revert</button>
                        </div>`
                    : html`<p class="hint">Rotating makes a new key next to this one; both work until you activate the new key.</p>
                        <button type="button" class="btn" data-key-action="rotate" data-testid="rotate-key">Rotate</button>`}
                </div>
            </section>

            <section class="card" aria-labelledby="public-title">
                <h2 id="public-title">Public key and callback URL</h2>
                <dl class="kv">
                    <dt>Public key</dt><dd><div class="secret">${env.public_key
                        ? html`<code data-testid="public-key">${env.public_key}</code>${copyButton(env.public_key, 'copy-public-key')}`
                        : html`<span class="muted" data-testid="public-key">none</span>`}</div></dd>
                    <dt>Callback URL</dt><dd><div class="secret"><code data-testid="callback-url">${env.callback_url}</code>
                        ${copyButton(env.callback_url || '', 'copy-callback-url')}</div>
                        <p class="hint">Register it as the redirect URL of your providers' OAuth apps.</p></dd>
                </dl>
            </section>

            <form class="card" id="webhooks-form" data-testid="webhooks-form" novalidate aria-labelledby="webhooks-title">
                <h2 id="webhooks-title">Webhooks</h2>
                <p class="hint">Where this server tells your backend about new connections and sync results.</p>
                <div class="field"><label for="webhook-url">Primary URL</label>
                    <input type="url" id="webhook-url" data-testid="webhook-url" value="${env.webhook_url || ''}" placeholder="https://example.com/nango-webhooks" autocomplete="off"></div>
                <div class="field"><label for="webhook-url-secondary">Secondary URL <span class="muted">(optional)</span></label>
                    <input type="url" id="webhook-url-secondary" data-testid="webhook-url-secondary" value="${env.webhook_url_secondary || ''}" autocomplete="off"></div>
                <div class="field" id="webhook-secret-box">${webhookSecretField(env)}</div>
                <fieldset><legend>Send a webhook when</legend>
                    ${check('webhook_on_auth_creation', 'a connection is created')}
                    ${check('webhook_on_auth_refresh_error', 'refreshing a token fails')}
                    ${check('webhook_on_sync_error', 'a sync fails')}
                    ${check('webhook_on_sync_success_always', 'a sync completes', '(every run, even without changes)')}
                </fieldset>
                <p class="inline-error" id="webhooks-error" role="alert"></p>
                <div class="form-actions"><button type="submit" class="btn btn-primary" data-testid="save-webhooks">Save webhooks</button></div>
            </form>

            <section class="card" aria-labelledby="vars-title">
                <h2 id="vars-title">Environment variables</h2>
                <p class="hint">Your scripts read them with <code>nango.getEnvironmentVariables()</code>.</p>
                <div id="env-vars"></div>
                <form class="add-var" id="add-var-form" novalidate aria-label="Add a variable">
                    <div class="field"><label for="env-var-name">Name</label>
                        <input type="text" id="env-var-name" data-testid="env-var-name" autocomplete="off" spellcheck="false" placeholder="API_BASE_URL"></div>
                    <div class="field grow"><label for="env-var-value">Value</label>
                        <input type="text" id="env-var-value" data-testid="env-var-value" autocomplete="off" spellcheck="false"></div>
                    <button type="submit" class="btn" data-testid="add-env-var">Add</button>
                </form>
                <p class="inline-error" id="vars-error" role="alert"></p>
            </section>

            <form class="card" id="new-env-form" novalidate aria-labelledby="new-env-title">
                <h2 id="new-env-title">Create an environment</h2>
                <p class="hint">Environments keep their own integrations, connections, keys and settings.</p>
                <div class="add-var">
                    <div class="field grow"><label for="new-env-name">Name</label>
                        <input type="text" id="new-env-name" data-testid="new-env-name" autocomplete="off" spellcheck="false"
                            placeholder="staging" pattern="[A-Za-z0-9_-]{1,64}" aria-describedby="new-env-hint"></div>
                    <button type="submit" class="btn" data-testid="create-environment">Create environment</button>
                </div>
                <p class="hint" id="new-env-hint">Letters, digits, - and _ (up to 64).</p>
                <p class="inline-error" id="new-env-error" role="alert"></p>
            </form>`);
        if (!ok) return;
        paintVariables(variables);
        bindSettings(ctx, env);
    }

    function paintVariables(variables) {
        const box = $('#env-vars');
        if (!variables.length) {
            setHtml(box, html`<p class="muted" data-testid="empty-state">No variables yet: add one below.</p>`);
            return;
        }
        setHtml(box, html`<div class="table-wrap"><table data-testid="env-vars-table">
            <caption class="sr-only">Environment variables</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Value</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
            <tbody>${variables.map((v) => html`<tr data-testid="env-var-row-${v.name}" data-var="${v.name}">
                <th scope="row" class="mono">${v.name}</th>
                <td class="mono var-value" data-testid="env-var-value-${v.name}">${v.value}</td>
                <td class="actions"><button type="button" class="btn btn-small" data-var-act="edit" data-testid="env-var-edit-${v.name}"
                        aria-label="Edit ${v.name}">Edit</button>
                    <button type="button" class="btn btn-small btn-danger" data-var-act="delete" data-testid="env-var-delete-${v.name}"
                        aria-label="Delete ${v.name}">Delete</button></td>
            </tr>`)}</tbody></table></div>`);
        box.dataset.values = JSON.stringify(Object.fromEntries(variables.map((v) => [v.name, v.value])));
    }

    function bindSettings(ctx, env) {
        const reloadVariables = async () => {
            const list = await get('/environment-variables');
            if (ctx.alive()) paintVariables(Array.isArray(list) ? list : []);
        };

        $('[data-testid="reveal-key"]').addEventListener('click', (event) => {
            revealKey = !revealKey;
            $('#secret-key').textContent = revealKey ? env.secret_key : mask(env.secret_key);
            event.currentTarget.textContent = revealKey ? 'Hide' : 'Reveal';
            event.currentTarget.setAttribute('aria-pressed', String(revealKey));
        });

        for (const button of $$('[data-key-action]')) {
            button.addEventListener('click', async () => {
                const action = button.dataset.keyAction;
                if (action === 'activate' && !confirm('Activate the new key? The current key stops working immediately.')) return;
                if (action === 'revert' && !confirm('Drop the new key? Only the current key keeps working.')) return;
                const next = await busy(button, () => post('/dashboard/api/environment/secret-key', { action }));
                if (!next) return;
                notify({
                    rotate: 'A new key was made. Both keys work until you activate it.',
                    activate: 'The new key is now the only key.',
                    revert: 'The new key was dropped.',
                }[action]);
                const list = await get('/environment-variables').catch(() => []);
                paintSettings(ctx, next, Array.isArray(list) ? list : []);
                const focus = $('[data-testid="activate-key"]') || $('[data-testid="rotate-key"]');
                if (focus) focus.focus();
            });
        }

        $('#webhooks-form').addEventListener('submit', async (event) => {
            event.preventDefault();
            const error = $('#webhooks-error');
            error.textContent = '';
            const changes = {};
            for (const field of ['webhook_url', 'webhook_url_secondary']) {
                const input = $(`#${field.replace(/_/g, '-')}`);
                if (!input) continue;
                const value = input.value.trim() || null;
                if (value && !/^https?:\/\/\S+$/i.test(value)) {
                    error.textContent = `${input.labels[0].textContent.trim()}: an http:// or https:// URL, or empty.`;
                    input.focus();
                    return;
                }
                if (value !== (env[field] || null)) changes[field] = value;
            }
            const remove = $('#webhook-secret-remove');
            const secret = $('#webhook-secret').value;
            if (remove && remove.checked) changes.webhook_secret = null;
            else if (secret) changes.webhook_secret = secret;
            for (const box of $$('[data-flag]')) {
                if (box.checked !== Boolean(env[box.dataset.flag])) changes[box.dataset.flag] = box.checked;
            }
            if (!Object.keys(changes).length) { notify('Nothing changed.'); return; }
            const done = await busy(event.submitter, () => patch('/environment', changes));
            if (!done) return;
            notify('Webhook settings saved.');
            // Only the webhooks form takes in what was saved: the page is not drawn again, so
            // nothing being typed in its other forms meanwhile is lost.
            for (const [field, value] of Object.entries(changes)) {
                if (field === 'webhook_secret') env.webhook_secret_set = value !== null;
                else env[field] = value;
            }
            setHtml($('#webhook-secret-box'), webhookSecretField(env));
        });

        const vars = $('#env-vars');
        vars.addEventListener('click', async (event) => {
            const button = event.target.closest('[data-var-act]');
            if (!button) return;
            const row = button.closest('tr');
            const name = row.dataset.var;
            const values = JSON.parse(vars.dataset.values || '{}');
            const act = button.dataset.varAct;
            if (act === 'delete') {
                if (!confirm(`Delete the variable ${name}?`)) return;
                const done = await busy(button, () => del(`/environment-variables/${enc(name)}`));
                if (done) { notify(`${name} deleted.`); await reloadVariables().catch(showError); }
            } else if (act === 'edit') {
                // Edit in place: the value cell becomes an input with Save and Cancel.
                setHtml(row.querySelector('.var-value'), html`<label class="sr-only" for="env-var-input-${name}">Value of ${name}</label>
                    <input type="text" id="env-var-input-${name}" data-testid="env-var-input-${name}" value="${values[name] ?? ''}" spellcheck="false">`);
                setHtml(row.querySelector('.actions'), html`<button type="button" class="btn btn-small btn-primary" data-var-act="save" data-testid="env-var-save-${name}">Save</button>
                    <button type="button" class="btn btn-small" data-var-act="cancel" data-testid="env-var-cancel-${name}">Cancel</button>`);
                const input = row.querySelector('input');
                input.focus();
                input.select();
                input.addEventListener('keydown', (e) => {
                    if (e.key === 'Enter') { e.preventDefault(); row.querySelector('[data-var-act="save"]').click(); }
                    if (e.key === 'Escape') { e.preventDefault(); row.querySelector('[data-var-act="cancel"]').click(); }
                });
            } else if (act === 'save') {
                const value = row.querySelector('input').value;
                const done = await busy(button, () => post('/environment-variables', { name, value }));
                if (done) {
                    notify(`${name} saved.`);
                    await reloadVariables().catch(showError);
                    const edit = $(`[data-testid="env-var-edit-${CSS.escape(name)}"]`);
                    if (edit) edit.focus();
                }
            } else if (act === 'cancel') {
                await reloadVariables().catch(showError);
                const edit = $(`[data-testid="env-var-edit-${CSS.escape(name)}"]`);
                if (edit) edit.focus();
            }
        });

        $('#add-var-form').addEventListener('submit', async (event) => {
            event.preventDefault();
            const error = $('#vars-error');
            const name = $('#env-var-name').value.trim();
            const value = $('#env-var-value').value;
            error.textContent = '';
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
                error.textContent = 'A name is letters, digits and _, not starting with a digit.';
                $('#env-var-name').focus();
                return;
            }
            const done = await busy(event.submitter, () => post('/environment-variables', { name, value }));
            if (!done) return;
            notify(`${name} added.`);
            $('#env-var-name').value = '';
            $('#env-var-value').value = '';
            await reloadVariables().catch(showError);
            $('#env-var-name').focus();
        });

        $('#new-env-form').addEventListener('submit', async (event) => {
            event.preventDefault();
            const error = $('#new-env-error');
            const name = $('#new-env-name').value.trim();
            error.textContent = '';
            if (!/^[a-z0-9_-]{1,64}$/.test(name)) {
                error.textContent = 'Use 1 to 64 lower-case letters, digits, - or _.';
                $('#new-env-name').focus();
                return;
            }
            const created = await busy(event.submitter, () => post('/dashboard/api/environments', { name }));
            if (!created) return;
            if (!session.environments.includes(created.name)) session.environments.push(created.name);
            fillEnvironmentSelect();
            notify(`Environment ${created.name} created; you are now looking at it.`);
            switchEnvironment(created.name);
        });
    }

    // ------------------------------------------------------------------ not found

    async function pageNotFound(ctx) {
        render(ctx, html`${pageHead({ title: 'Page not found' })}
            ${emptyState('There is no such page', 'The link may be old or mistyped.',
                html`<a class="btn" href="${hrefOf(['getting-started'])}">Getting started</a>`)}`);
    }

    // ------------------------------------------------------------------ start

    async function start() {
        initShell();
        let me;
        try {
            me = await get('/dashboard/api/me');
        } catch (error) {
            if (!error.silent) {
                $('#main').setAttribute('aria-busy', 'false');
                showError(error);
                setHtml($('#page'), emptyState('The dashboard could not start', error.message,
                    html`<button type="button" class="btn" id="reload">Reload</button>`));
                $('#reload').addEventListener('click', () => location.reload());
            }
            return;
        }
        session.username = me.username || '';
        session.csrf = me.csrf_token || '';
        session.environments = Array.isArray(me.environments) && me.environments.length ? me.environments : ['dev'];
        $('#username').textContent = session.username;

        // The environment: the URL's, else the last one used here, else dev, else the first.
        const fromHash = parseHash().params.get('env');
        let remembered = '';
        try { remembered = localStorage.getItem(ENV_STORAGE_KEY) || ''; } catch { /* private mode */ }
        session.env = [fromHash, remembered, 'dev'].find((e) => e && session.environments.includes(e)) || session.environments[0];
        try { localStorage.setItem(ENV_STORAGE_KEY, session.env); } catch { /* private mode */ }
        fillEnvironmentSelect();
        updateNavLinks();
        route();
    }

    start();
})();
