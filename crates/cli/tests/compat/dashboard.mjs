// The dashboard walked as a new user would, in headless Chromium (playwright-core): the seeds'
// path from the login to the records, the logs and the settings, then prod, a phone width and
// the logout. It runs the real `nango` CLI for the deploy in the middle. Every page is saved as
// a screenshot; every answer the pages get from the server is checked for secrets they must
// not carry. Prints what it saw as JSON; the Rust test (tests/dashboard_browser.rs) checks it.
//
//   node dashboard.mjs <node_modules> <server url> <nango binary> <work dir> <screenshots dir>
//                      <username> <password> <webhook url> <provider token> <dev key> <prod key>
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, base, nango, work, shots, username, password, hooksUrl, providerToken, devKey, prodKey] =
    process.argv.slice(2);
const { chromium } = await import(pathToFileURL(join(modules, 'playwright-core', 'index.mjs')).href);
await mkdir(shots, { recursive: true });

const INTEGRATION = 'demo-github-integration';
const CONNECTION = 'demo-connection';
const SYNC = 'github-issue-example';
const CLIENT_SECRET = 'gh-client-secret-typed-in-the-browser';

const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Paris' });
const page = await context.newPage();
page.setDefaultTimeout(15000);
const out = { leaks: [], responsesChecked: 0, consoleErrors: [], failedRequests: [] };
// Script errors, not failed loads (those are in `failedRequests`, with their addresses).
page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        out.consoleErrors.push(message.text());
    }
});
page.on('pageerror', (error) => out.consoleErrors.push(String(error)));

// Every answer of the server: no credential, and no key of an environment the page is not on.
// The answers that echo what the user just typed (an import's credentials) are left out.
let currentEnv = 'dev';
const checks = [];
page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== base) return;
    const method = response.request().method();
    if (response.status() >= 400) out.failedRequests.push(`${response.status()} ${method} ${url.pathname}`);
    const echoes = method === 'POST' && url.pathname === '/connections';
    checks.push((async () => {
        let text;
        try { text = await response.text(); } catch { return; }
        out.responsesChecked += 1;
        const forbidden = [CLIENT_SECRET, currentEnv === 'dev' ? prodKey : devKey];
        if (!echoes) forbidden.push(providerToken);
        for (const secret of forbidden) {
            if (text.includes(secret)) out.leaks.push(`${method} ${url.pathname}${url.search} carried ${secret.slice(0, 6)}…`);
        }
    })());
});

const shot = (name, target = page) => target.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
const byTest = (id, target = page) => target.locator(`[data-testid="${id}"]`);
const text = async (id) => (await byTest(id).innerText()).trim();
const nav = async (name) => {
    await byTest(`nav-${name}`).click();
    await byTest('page-title').waitFor();
};
const step = async (name, run) => {
    try {
        out[name] = await run();
    } catch (error) {
        out[name] = { failed: String(error && error.stack || error) };
        await shot(`failed-${name}`).catch(() => {});
    }
};
/** Waits until a sync's status badge reads one of `wanted`; the labels seen on the way. */
const watchStatus = async (wanted, seen = []) => {
    const badge = byTest(`sync-status-${SYNC}`);
    for (let i = 0; i < 300; i++) {
        const label = (await badge.innerText().catch(() => '')).trim();
        if (label && seen[seen.length - 1] !== label) seen.push(label);
        if (wanted.includes(label)) return seen;
        await page.waitForTimeout(100);
    }
    throw new Error(`the sync never became ${wanted}: saw ${seen}`);
};

await step('wrongPassword', async () => {
    await page.goto(`${base}/`);
    await page.waitForURL(/\/dashboard\/login/);
    await byTest('login-username').fill(username);
    await byTest('login-password').fill('not-the-password');
    await byTest('login-submit').click();
    await byTest('login-error').waitFor();
    await shot('login-error');
    return { refused: page.url().includes('error=1'), message: await byTest('login-error').innerText() };
});

await step('gettingStarted', async () => {
    await byTest('login-username').fill(username);
    await byTest('login-password').fill(password);
    await byTest('login-submit').click();
    await page.waitForURL(/\/dashboard\/#?/);
    await nav('getting-started');
    await byTest('secret-key').waitFor();
    await byTest('deploy-status').waitFor();
    await shot('getting-started');
    return {
        secretKey: await text('secret-key'),
        nothingDeployed: (await text('deploy-status')).includes('Nothing deployed'),
    };
});

await step('integration', async () => {
    await nav('integrations');
    await byTest('create-integration').click();
    await byTest('provider-search').fill('github');
    await page.locator('[data-testid="provider-select"] option[value="github"]').waitFor({ state: 'attached' });
    await byTest('provider-select').selectOption('github');
    await byTest('integration-key').fill(INTEGRATION);
    await byTest('client-id').fill('gh-client-id');
    await byTest('client-secret').fill(CLIENT_SECRET);
    await byTest('scopes').fill('repo,user');
    const callback = await byTest('callback-url').inputValue().catch(async () => text('callback-url'));
    await shot('integration-create');
    await byTest('create-integration-submit').click();
    await page.waitForURL(new RegExp(`#/integrations/${INTEGRATION}`));
    await byTest('page-title').waitFor();
    return { created: INTEGRATION, callback };
});

await step('connection', async () => {
    await nav('connections');
    await byTest('add-connection').click();
    await byTest('import-form').waitFor();
    await byTest('import-integration').selectOption(INTEGRATION);
    await byTest('import-connection-id').fill(CONNECTION);
    await byTest('import-access-token').fill(providerToken);
    await byTest('import-submit').click();
    // An import opens the new connection's page.
    await page.waitForURL(new RegExp(`#/connections/${INTEGRATION}/${CONNECTION}`));
    await byTest('tab-authorization').waitFor();
    return { imported: CONNECTION };
});

await step('deploy', async () => {
    // The CLI, as the seeds say: a folder from `nango init`, deployed to dev.
    const folder = join(work, 'nango-integrations');
    const env = { ...process.env, NANGO_SECRET_KEY_DEV: devKey, NANGO_HOSTPORT: base, NO_COLOR: '1' };
    const run = (args, cwd) => {
        try {
            return { code: 0, output: execFileSync(nango, args, { cwd, env, encoding: 'utf8', stdio: 'pipe' }) };
        } catch (error) {
            return { code: error.status ?? -1, output: `${error.stdout}${error.stderr}` };
        }
    };
    const init = run(['init', folder], work);
    if (init.code !== 0) return init;
    return run(['deploy', 'dev', '--auto-confirm', '--no-typecheck'], folder);
});

await step('deployedAfter', async () => {
    await nav('getting-started');
    await byTest('deploy-status').waitFor();
    return !(await text('deploy-status')).includes('Nothing deployed');
});
if (out.gettingStarted && typeof out.gettingStarted === 'object') out.gettingStarted.deployedAfter = out.deployedAfter;

await step('endpoints', async () => {
    await nav('integrations');
    await byTest(`integration-row-${INTEGRATION}`).waitFor();
    await shot('integrations');
    await byTest(`integration-row-${INTEGRATION}`).locator('a').first().click();
    await byTest('tab-endpoints').click();
    await byTest(`endpoint-${SYNC}`).waitFor();
    await shot('integration-endpoints');
    return await byTest('tabpanel').innerText();
});

await step('syncsTab', async () => {
    await byTest('tab-syncs').click();
    await byTest(`script-${SYNC}`).waitFor();
    await shot('integration-syncs');
    const shown = await byTest('tabpanel').innerText();
    await byTest('tab-settings').click();
    await byTest('integration-settings').waitFor();
    await shot('integration-settings');
    return shown;
});

await step('keyboard', async () => {
    // Tabs move with the arrow keys, and the page's title takes the focus on navigation.
    await byTest('tab-endpoints').click();
    await byTest('tab-endpoints').focus();
    await page.keyboard.press('ArrowRight');
    // The tab is a route: its panel renders once its data has come.
    await page.waitForFunction(() => document.querySelector('[data-testid="tab-syncs"]')?.getAttribute('aria-selected') === 'true');
    await byTest(`script-${SYNC}`).waitFor();
    const selected = await byTest('tab-syncs').getAttribute('aria-selected');
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.dataset.testid);
    await nav('logs');
    // The page renders once its data has come, then gives its title the focus.
    const titleFocused = await page
        .waitForFunction(() => document.activeElement?.dataset?.testid === 'page-title', null, { timeout: 5000 })
        .then(() => true, () => false);
    return { arrowSelects: selected === 'true' && focused === 'tab-syncs', titleFocused };
});

await step('syncStatuses', async () => {
    await nav('connections');
    await byTest(`connection-row-${CONNECTION}`).waitFor();
    await shot('connections');
    await byTest(`connection-row-${CONNECTION}`).locator('a').first().click();
    await byTest('tab-authorization').waitFor();
    await byTest('raw-credentials').waitFor().catch(() => {});
    await shot('connection-authorization');
    await byTest('tab-syncs').click();
    // The deploy started it; once it has run, run it again and watch the status change.
    const seen = await watchStatus(['success', 'failed']);
    await byTest(`sync-trigger-${SYNC}`).click();
    await watchStatus(['running'], seen).catch(() => {});
    await watchStatus(['success', 'failed'], seen);
    await shot('connection-syncs');
    return seen;
});

await step('pause', async () => {
    await byTest(`sync-pause-${SYNC}`).click();
    await watchStatus(['paused']);
    const paused = await text(`sync-status-${SYNC}`);
    await byTest(`sync-resume-${SYNC}`).click();
    const after = await watchStatus(['running', 'success', 'failed']);
    return { paused, resumed: after[after.length - 1] };
});

await step('records', async () => {
    await byTest('tab-records').click();
    await byTest('records-table').waitFor();
    const rows = page.locator('[data-testid^="record-row-"]');
    await rows.first().waitFor();
    const count = await rows.count();
    await rows.first().click();
    await byTest('record-json').waitFor();
    const json = await text('record-json');
    await shot('connection-records');
    const hasNext = await byTest('records-next').isEnabled().catch(() => false);
    return { rows: count, total: hasNext ? null : count, json };
});

await step('metadata', async () => {
    await byTest('tab-metadata').click();
    await byTest('metadata-json').fill('{"team": "blue"}');
    await byTest('save-metadata').click();
    await byTest('notice').waitFor({ state: 'visible' }).catch(() => {});
    await shot('connection-metadata');
    return { saved: true };
});

await step('logs', async () => {
    await nav('logs');
    await byTest('logs-kind').selectOption('sync');
    const rows = page.locator('[data-testid^="operation-row-"]');
    await rows.first().waitFor();
    await shot('logs');
    await rows.first().locator('a').first().click();
    await byTest('log-lines').waitFor();
    await shot('log-operation');
    return { lines: await page.locator('[data-testid^="log-line-"]').count() };
});

await step('settings', async () => {
    await nav('settings');
    await byTest('webhook-url').fill(hooksUrl);
    await byTest('save-webhooks').click();
    // Typed while the saved settings are drawn again: what was typed must survive it.
    await byTest('env-var-name').fill('DASHBOARD_VAR');
    await byTest('env-var-value').fill('set-in-the-browser');
    await page.locator('[data-testid="notice"]', { hasText: /webhook/i }).waitFor();
    await page.waitForTimeout(200);
    await byTest('add-env-var').click();
    await byTest('env-var-row-DASHBOARD_VAR').waitFor();
    await shot('settings');
    return { saved: true };
});

await step('csrf', async () => page.evaluate(async () => {
    // A change sent without the session's CSRF token, as a forged request would be.
    const response = await fetch('/environment-variables', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-nango-environment': 'dev' },
        body: JSON.stringify({ name: 'FORGED', value: 'x' }),
    });
    return { status: response.status };
}));

await step('home', async () => {
    await nav('home');
    await byTest('chart-sync').waitFor();
    await page.waitForTimeout(300);
    await shot('home');
    return { totals: await byTest('chart-total-sync').innerText().catch(() => '') };
});

await step('prod', async () => {
    currentEnv = 'prod';
    await byTest('env-select').selectOption('prod');
    await nav('integrations');
    await page.waitForTimeout(300);
    const integrations = await page.locator('[data-testid^="integration-row-"]').count();
    await shot('prod-integrations');
    await nav('connections');
    await page.waitForTimeout(300);
    const connections = await page.locator('[data-testid^="connection-row-"]').count();
    currentEnv = 'dev';
    await byTest('env-select').selectOption('dev');
    await page.waitForTimeout(300);
    return { integrations, connections };
});

await step('phone', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${base}/dashboard/#/connections`);
    await byTest(`connection-row-${CONNECTION}`, phone).waitFor();
    await shot('phone-connections', phone);
    await byTest('nav-toggle', phone).click();
    await shot('phone-nav', phone);
    await phone.close();
    return { ok: true };
});

await step('loggedOut', async () => {
    await byTest('logout').click();
    await page.waitForURL(/\/dashboard\/login/);
    const apiStatus = await page.evaluate(async () => (await fetch('/dashboard/api/me')).status);
    await page.goto(`${base}/dashboard/`);
    return { onLogin: page.url().includes('/dashboard/login'), apiStatus };
});

await Promise.all(checks);
await browser.close();
console.log(JSON.stringify(out));
