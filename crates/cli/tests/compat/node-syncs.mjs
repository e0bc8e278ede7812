// Drives the sync features of a real @nangohq/node client against a nango-rs server and prints
// what each call returned, as one JSON object (checked by tests/real_clients.rs).
//
//   node node-syncs.mjs <package dir> <host> <secret key> <provider url> <connection id>
//
// The server has an integration `gh` with the sync `contacts` (full, track_deletes, auto_start
// false) deployed; the mock provider at <provider url> lists what `POST /__contacts` set.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [packageDir, host, secretKey, providerUrl, connectionId] = process.argv.slice(2);
const { Nango } = await import(pathToFileURL(join(packageDir, 'dist/index.js')).href);
const nango = new Nango({ host, secretKey });
const key = 'gh';
const out = {};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function step(name, run) {
    try {
        out[name] = { ok: await run() };
    } catch (error) {
        out[name] = { error: { status: error.response?.status ?? null, data: error.response?.data ?? String(error) } };
    }
}

const setContacts = (contacts) =>
    fetch(`${providerUrl}/__contacts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(contacts) });
const status = async () => (await nango.syncStatus(key, ['contacts'], connectionId)).syncs[0];
// Waits for a finished run other than the one that finished at `before`.
async function finished(before) {
    for (let i = 0; i < 1200; i++) {
        try {
            const s = await status();
            if (s.status !== 'RUNNING' && s.finishedAt && s.finishedAt !== before) return s;
        } catch (error) {
            if (error.response?.status !== 404) throw error;
        }
        await sleep(25);
    }
    throw new Error('the sync did not finish');
}
const ids = (page) => page.records.map((r) => r.id);
const list = (extra) => nango.listRecords({ providerConfigKey: key, connectionId, model: 'Contact', ...extra });

await fetch(`${host}/connections`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ provider_config_key: key, connection_id: connectionId, access_token: 'tok-123' })
});
await setContacts([{ id: '1', name: 'a' }, { id: '2', name: 'b' }, { id: '3', name: 'c' }]);
let first;
await step('trigger', async () => {
    await nango.triggerSync(key, ['contacts'], connectionId);
    first = await finished(null);
    return { status: first.status, type: first.type, result: first.latestResult };
});
await step('records', async () => {
    const page = await list();
    return { ids: ids(page), metadata: Object.keys(page.records[0]._nango_metadata).sort() };
});

const beforeSecond = new Date().toISOString();
await sleep(5);
await setContacts([{ id: '1', name: 'a' }, { id: '2', name: 'B' }, { id: '4', name: 'd' }]);
await step('fullRefresh', async () => {
    await nango.triggerSync(key, ['contacts'], connectionId, true);
    const second = await finished(first.finishedAt);
    return { status: second.status, result: second.latestResult, records: second.recordCount };
});
await step('added', async () => ids(await list({ filter: 'added' })));
await step('updated', async () => ids(await list({ filter: 'updated' })));
await step('deleted', async () => ids(await list({ filter: 'deleted' })));
await step('addedUpdated', async () => ids(await list({ filter: 'added,updated' })));
await step('modifiedAfter', async () => ids(await list({ modifiedAfter: beforeSecond })));
await step('pages', async () => {
    const seen = [];
    let cursor = null;
    for (let i = 0; i < 10; i++) {
        const page = await list({ limit: 1, ...(cursor ? { cursor } : {}) });
        seen.push(...ids(page));
        cursor = page.next_cursor;
        if (!cursor) break;
    }
    return seen;
});
await step('pause', async () => {
    await nango.pauseSync(key, ['contacts'], connectionId);
    return (await status()).status;
});
await step('start', async () => {
    await nango.startSync(key, ['contacts'], connectionId);
    await finished((await status()).finishedAt).catch(() => null);
    return (await status()).status;
});
await step('frequency', () => nango.updateSyncConnectionFrequency(key, 'contacts', connectionId, 'every 5 minutes'));
await step('statusFrequency', async () => (await status()).frequency);

console.log(JSON.stringify(out));
