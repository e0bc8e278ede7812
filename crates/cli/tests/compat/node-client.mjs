// Drives a real @nangohq/node client against a nango-rs server and prints what each call
// returned, as one JSON object; the Rust test (tests/real_clients.rs) checks it.
//
//   node node-client.mjs <package dir> <host> <secret key> <connection id>
//
// The server has an integration `gh` (provider github, pointed at a mock API) with the actions
// `create-issue` (returns {id, title}) and `fail` (throws an ActionError) deployed.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [packageDir, host, secretKey, connectionId] = process.argv.slice(2);
const { Nango } = await import(pathToFileURL(join(packageDir, 'dist/index.js')).href);
const nango = new Nango({ host, secretKey });
const key = 'gh';
const out = {};

// An axios error as data: status and body.
const failure = (error) => ({ status: error.response?.status ?? null, data: error.response?.data ?? String(error) });
async function step(name, run) {
    try {
        out[name] = { ok: await run() };
    } catch (error) {
        out[name] = { error: failure(error) };
    }
}

// The clients have no import method: the REST API it is.
await step('import', async () => {
    const response = await fetch(`${host}/connections`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ provider_config_key: key, connection_id: connectionId, access_token: 'tok-123', metadata: { plan: 'free' } })
    });
    return response.status;
});
await step('listConnections', async () => (await nango.listConnections()).connections.map((c) => c.connection_id));
await step('listConnectionsById', async () => (await nango.listConnections(connectionId)).connections.length);
await step('getConnection', async () => {
    const connection = await nango.getConnection(key, connectionId);
    return { id: connection.connection_id, key: connection.provider_config_key, token: connection.credentials.access_token };
});
await step('getToken', () => nango.getToken(key, connectionId));
await step('setMetadata', async () => (await nango.setMetadata(key, connectionId, { a: 1 })).status);
await step('updateMetadata', async () => (await nango.updateMetadata(key, connectionId, { b: 2 })).status);
await step('getMetadata', () => nango.getMetadata(key, connectionId));
await step('triggerAction', () => nango.triggerAction(key, connectionId, 'create-issue', { title: 'Hi' }));
await step('actionError', () => nango.triggerAction(key, connectionId, 'fail', {}));
await step('triggerActionAsync', async () => {
    const started = await nango.triggerActionAsync(key, connectionId, 'create-issue', { title: 'Later' });
    for (let i = 0; i < 500; i++) {
        try {
            return { started: Object.keys(started).sort(), result: await nango.getAsyncActionResult({ id: started.id }) };
        } catch (error) {
            if (error.response?.status !== 404) throw error;
            await new Promise((resolve) => setTimeout(resolve, 20));
        }
    }
    throw new Error('the async action never finished');
});
await step('proxyGet', async () => {
    const response = await nango.get({ endpoint: '/user', providerConfigKey: key, connectionId, headers: { 'X-Custom': 'yes' } });
    return { status: response.status, data: response.data };
});
await step('proxyPost', async () => {
    const response = await nango.post({ endpoint: '/echo', providerConfigKey: key, connectionId, data: { title: 't' } });
    return { status: response.status, data: response.data };
});
await step('listIntegrations', async () => (await nango.listIntegrations()).configs.map((c) => c.unique_key));
await step('getIntegration', async () => (await nango.getIntegration({ uniqueKey: key })).data.provider);
await step('getEnvironmentVariables', () => nango.getEnvironmentVariables());
await step('createConnectSession', async () => {
    const { data } = await nango.createConnectSession({
        end_user: { id: 'eu-1', email: 'eu@example.com', display_name: 'End User' },
        allowed_integrations: [key],
    });
    // The session's holder (the end user's browser) reads it with the token.
    const session = await fetch(`${host}/connect/session`, { headers: { authorization: `Bearer ${data.token}` } });
    const body = await session.json();
    return {
        prefix: data.token.startsWith('nango_connect_session_'),
        expiresAt: typeof data.expires_at,
        status: session.status,
        endUser: body.data.end_user.id,
        allowed: body.data.allowed_integrations,
    };
});
await step('createReconnectSession', async () => {
    const { data } = await nango.createReconnectSession({ connection_id: connectionId, integration_id: key });
    return data.token.startsWith('nango_connect_session_');
});
await step('wrongKey', () => new Nango({ host, secretKey: 'not-a-key' }).listConnections());
await step('deleteConnection', async () => (await nango.deleteConnection(key, connectionId)).status);
await step('getDeleted', () => nango.getConnection(key, connectionId));

console.log(JSON.stringify(out));
