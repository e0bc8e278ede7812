// The Node.js side of `nango-bench node`: runs the same compiled bundle nango-rs runs, the way
// a Node runner of Nango scripts does it (a new `vm` context per run, the bundle compiled with
// `new vm.Script` and run in it, its default export called with a `nango` object), against a
// fake `nango` that does no I/O.
//
//   node node_harness.js action <bundle.js> <runs>   trivial action, one fresh context per run
//   node node_harness.js sync <bundle.js> <runs>     sync whose records the fake batchSave takes
//   node node_harness.js start                       nothing (to time the process itself)
//
// It times its own work with process.hrtime.bigint(), so node's process start is not part of the
// figures, and prints one JSON line: {"times_us": [each run], "total_us": all runs, "records": n}.
// CommonJS, no dependencies.
'use strict';

const fs = require('fs');
const vm = require('vm');

const [mode, bundlePath, runsText] = process.argv.slice(2);

if (mode === 'start') {
    process.stdout.write('{}\n');
    process.exit(0);
}
if ((mode !== 'action' && mode !== 'sync') || !bundlePath) {
    process.stderr.write('usage: node node_harness.js <action|sync> <bundle.js> <runs> | start\n');
    process.exit(2);
}

const code = fs.readFileSync(bundlePath, 'utf8');
const runs = Number(runsText || 1);

// What the fake SDK did, so that its work cannot be optimised away and can be checked.
const saved = { records: 0, bytes: 0 };

// A `nango` object with what the bench scripts use. batchSave does what the nango-rs host does
// with each record: write it as JSON text (the host then counts it; nothing is stored).
function fakeNango() {
    return {
        connectionId: 'c',
        providerConfigKey: 'p',
        async batchSave(records, model) {
            if (!Array.isArray(records) || typeof model !== 'string') throw new TypeError('batchSave(records, model)');
            for (const record of records) {
                saved.bytes += JSON.stringify(record).length;
                saved.records += 1;
            }
            return true;
        },
        async log() {},
        async getMetadata() {
            return {};
        },
        async setMetadata() {}
    };
}

// The globals a script sees: a CommonJS `module`/`exports` pair and the usual timers and web
// classes; no `require`, no `process` (bundles here import nothing).
function sandbox() {
    const module = { exports: {} };
    return {
        module,
        exports: module.exports,
        console,
        setTimeout,
        clearTimeout,
        setInterval,
        clearInterval,
        URL,
        URLSearchParams,
        TextEncoder,
        TextDecoder,
        Buffer
    };
}

// One run: a new context, the bundle compiled and run in it, its default export called.
async function runOnce() {
    const globals = sandbox();
    const context = vm.createContext(globals);
    const script = new vm.Script(code, { filename: 'bench.js' });
    script.runInContext(context);
    const entry = globals.module.exports.default;
    if (typeof entry !== 'function') throw new Error('the bundle has no default export function');
    const nango = fakeNango();
    if (mode === 'action') {
        const output = await entry(nango, { n: 1 });
        // The runner sends an action's output back as JSON, as the nango-rs host encodes it.
        return JSON.stringify(output === undefined ? null : output).length;
    }
    await entry(nango);
    return 0;
}

async function main() {
    const times = [];
    let outputBytes = 0;
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) {
        const runStarted = process.hrtime.bigint();
        outputBytes += await runOnce();
        times.push(Number(process.hrtime.bigint() - runStarted) / 1000);
    }
    const totalUs = Number(process.hrtime.bigint() - started) / 1000;
    process.stdout.write(
        JSON.stringify({ times_us: times, total_us: totalUs, records: saved.records, record_bytes: saved.bytes, output_bytes: outputBytes }) + '\n'
    );
}

main().catch((error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
});
