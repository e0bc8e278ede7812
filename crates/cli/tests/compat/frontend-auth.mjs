// Drives the real @nangohq/frontend's non-popup `nango.auth()` (what a product's page calls to
// connect an API-key integration) against a nango-rs server, and prints what it resolved or
// rejected with, as JSON; the Rust test (tests/real_clients.rs) checks it.
//
//   node frontend-auth.mjs <package dir> <host> <connect session token> <integration> <api key>
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [packageDir, host, connectSessionToken, integration, apiKey] = process.argv.slice(2);
const { default: Nango } = await import(pathToFileURL(join(packageDir, 'dist/index.js')).href);
const nango = new Nango({ host, connectSessionToken });
const out = {};
try {
    out.ok = await nango.auth(integration, { credentials: { apiKey }, params: { region: 'eu' } });
} catch (error) {
    out.error = { type: error.type ?? null, message: error.message };
}
try {
    await nango.auth('not-allowed', { credentials: { apiKey } });
    out.notAllowed = 'resolved';
} catch (error) {
    out.notAllowed = { type: error.type ?? null, message: error.message };
}
console.log(JSON.stringify(out));
