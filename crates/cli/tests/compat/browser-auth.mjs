// End users connecting in a real browser: headless Chromium (playwright-core) loads a product
// page that uses the real @nangohq/frontend against a nango-rs server; sessions come from the
// real @nangohq/node. Scenarios: the OAuth popup approved and denied, an API key, and the
// Connect UI of openConnectUI() (list, form, popup, success and error states). Screenshots go
// to <screenshots dir>. Prints what each promise resolved or rejected with, and what the node
// client then read, as JSON; the Rust test (tests/real_clients.rs) checks it.
//
//   node browser-auth.mjs <node_modules> <server url> <secret key> <screenshots dir>
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, host, secretKey, shots] = process.argv.slice(2);
const load = (name, file) => import(pathToFileURL(join(modules, name, file)).href);
const { chromium } = await load('playwright-core', 'index.mjs');
const { Nango: NodeClient } = await load('nango-node-071', 'dist/index.js');
await mkdir(shots, { recursive: true });

// The product's page: the frontend SDK as an ES module, from the package's own dist/.
const dist = join(modules, '@nangohq/frontend', 'dist');
const page_html = `<!doctype html><html><head><title>Product</title></head><body>
<h1>Product settings</h1><p id="status">loading</p>
<script type="module">
  import Nango from '/frontend/index.js';
  window.Nango = Nango;
  window.events = [];
  document.getElementById('status').textContent = 'ready';
</script></body></html>`;
const product = createServer(async (req, res) => {
    if (req.url.startsWith('/frontend/')) {
        try {
            const body = await readFile(join(dist, req.url.slice('/frontend/'.length).split('?')[0]));
            res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
        } catch {
            res.writeHead(404).end();
        }
        return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(page_html);
});
await new Promise((resolve) => product.listen(0, '127.0.0.1', resolve));
const productUrl = `http://127.0.0.1:${product.address().port}/`;

const node = new NodeClient({ host, secretKey });
const session = async (allowed) =>
    (await node.createConnectSession({
        end_user: { id: 'eu-42', email: 'eu42@example.com', display_name: 'End User' },
        organization: { id: 'org-9', display_name: 'Org' },
        allowed_integrations: allowed
    })).data.token;

const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const out = {};
const step = async (name, run) => {
    try {
        out[name] = await run();
    } catch (error) {
        out[name] = { harness_error: String(error && error.stack || error) };
    }
};

try {
    const context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
    const page = await context.newPage();
    await page.goto(productUrl);
    await page.waitForFunction(() => window.Nango);

    // nango.auth() in the page: resolves or rejects, as a value.
    const auth = (token, key, options) =>
        page.evaluate(async ({ host, token, key, options }) => {
            const nango = new window.Nango({ host, connectSessionToken: token });
            try {
                return { ok: await nango.auth(key, options) };
            } catch (error) {
                return { error: { type: error.type ?? null, message: error.message } };
            }
        }, { host, token, key, options });

    // The OAuth popup: the provider's consent page, then a click.
    const popupFlow = async (name, decision) => {
        const token = await session(['mo', 'key']);
        const popup = context.waitForEvent('page');
        const result = auth(token, 'mo', { params: { team: 'blue' } });
        const consent = await popup;
        await consent.waitForSelector('#approve', { timeout: 15000 });
        await consent.screenshot({ path: join(shots, `${name}-1-provider-consent.png`) });
        await consent.click(decision);
        return result;
    };
    await step('approved', () => popupFlow('popup-approve', '#approve'));
    await step('denied', () => popupFlow('popup-deny', '#deny'));
    await step('apiKey', async () => auth(await session(['key']), 'key', { credentials: { apiKey: 'key-from-the-browser' } }));

    // What the node client reads of the OAuth connection afterwards.
    await step('afterwards', async () => {
        const id = out.approved?.ok?.connectionId;
        if (!id) return { skipped: 'no connection' };
        const connection = await node.getConnection('mo', id);
        const me = await node.proxy({ method: 'GET', endpoint: '/api/me', providerConfigKey: 'mo', connectionId: id });
        return { access_token: connection.credentials.access_token, end_user: connection.end_user, proxied: me.data };
    });

    // openConnectUI(): the iframe, its list, a form, the OAuth popup, success and error.
    await step('connectUI', async () => {
        const token = await session(['mo', 'key']);
        await page.evaluate(({ host, token }) => {
            const nango = new window.Nango({ host, connectSessionToken: token });
            window.connectUI = nango.openConnectUI({
                baseURL: host + '/connect',
                apiURL: host,
                onEvent: (event) => window.events.push(event)
            });
        }, { host, token });
        const frame = page.frameLocator('#connect-ui');
        await frame.locator('button[data-integration="mo"]').waitFor({ timeout: 15000 });
        await page.screenshot({ path: join(shots, 'connect-ui-1-list.png') });

        // An API-key form: an empty submit is refused in place.
        await frame.locator('button[data-integration="key"]').click();
        await frame.locator('#submit').click();
        await frame.locator('.invalid:not([hidden])').first().waitFor();
        await page.screenshot({ path: join(shots, 'connect-ui-2-api-key-form.png') });
        await frame.locator('#back').click();

        // OAuth, denied: the error state, and an `error` event.
        let popup = context.waitForEvent('page');
        await frame.locator('button[data-integration="mo"]').click();
        let consent = await popup;
        await consent.waitForSelector('#deny');
        await consent.click('#deny');
        await frame.locator('#state-failed').waitFor({ timeout: 15000 });
        await page.screenshot({ path: join(shots, 'connect-ui-3-error.png') });

        // Try again, approved: the success state, and a `connect` event.
        popup = context.waitForEvent('page');
        await frame.locator('#retry').click();
        consent = await popup;
        await consent.waitForSelector('#approve');
        await consent.click('#approve');
        await frame.locator('#state-ok').waitFor({ timeout: 15000 });
        await page.screenshot({ path: join(shots, 'connect-ui-4-success.png') });
        await frame.locator('#done').click();
        await page.waitForFunction(() => !document.getElementById('connect-ui'));
        return { events: await page.evaluate(() => window.events) };
    });
} finally {
    await browser.close();
    product.close();
}
console.log(JSON.stringify(out));
