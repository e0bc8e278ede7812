//! The Node-like globals and built-in modules scripts use: `crypto`, `Buffer`, `URL`,
//! `URLSearchParams`, `TextEncoder`/`TextDecoder`, timers, `structuredClone`, `require`.
//! Expected values are known-answer vectors (FIPS 180, RFC 1321, RFC 4231, AWS's SigV4 example)
//! or what Node prints for the same code.

mod common;

use std::time::Duration;

use common::{Fake, json_response, script};
use nango_runtime::{RequestBody, RunError, ScriptKind};
use serde_json::{Value, json};

/// Runs `body` as the body of an action and returns what it returned.
async fn eval(body: &str) -> Value {
    try_eval(body)
        .await
        .unwrap_or_else(|e| panic!("the script failed: {e:?}"))
}

async fn try_eval(body: &str) -> Result<Value, RunError> {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(&format!(
        "async function runAction(nango, input) {{\n{body}\n}}"
    ));
    fake.run(ScriptKind::Action, &code, None)
        .await
        .map(|out| out.output.unwrap_or(Value::Null))
}

#[tokio::test]
async fn engine_builtins_are_kept_and_the_sandbox_stays_closed() {
    let out = eval(
        r#"
        const native = (f) => typeof f === 'function' && /\[native code\]/.test(Function.prototype.toString.call(f));
        const ours = ['URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'Buffer', 'setTimeout', 'clearTimeout',
            'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'structuredClone', 'crypto'];
        return {
            engine: [native(atob), native(btoa), native(queueMicrotask), typeof performance.now()],
            defined: ours.filter((name) => typeof globalThis[name] !== 'undefined').length === ours.length,
            enumerable: ours.filter((name) => Object.keys(globalThis).includes(name)),
            closed: [typeof process, typeof fetch, typeof globalThis.native, typeof globalThis.os, typeof globalThis.std],
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "engine": [true, true, true, "number"],
            "defined": true,
            "enumerable": [],
            "closed": ["undefined", "undefined", "undefined", "undefined", "undefined"],
        })
    );
}

/// Globals are compiled on first use; until then they are accessors that scripts cannot tell
/// from values, and a script can still replace them.
#[tokio::test]
async fn globals_become_plain_values_on_first_use() {
    let out = eval(
        r#"
        const before = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
        const lazy = [typeof before.get, before.enumerable, 'URL' in globalThis, typeof setTimeout];
        const B = Buffer;
        const after = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
        URLSearchParams = 'replaced';
        const { TextEncoder: Encoder } = globalThis;
        return {
            lazy,
            after: [typeof after.value, after.writable, after.enumerable, B === Buffer, B === require('buffer').Buffer],
            replaced: [URLSearchParams, typeof require('url').URLSearchParams, typeof new (require('url').URL)('https://a.com/?q=1').searchParams.get],
            destructured: new Encoder().encode('é').length,
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "lazy": ["function", false, true, "function"],
            "after": ["function", true, false, true, true],
            "replaced": ["replaced", "function", "function"],
            "destructured": 2,
        })
    );
}

#[tokio::test]
async fn hashes_match_known_answers() {
    let out = eval(
        r#"
        const crypto = require('crypto');
        const hex = (alg, data) => crypto.createHash(alg).update(data).digest('hex');
        return {
            sha1: hex('sha1', 'abc'),
            sha256: hex('sha256', 'abc'),
            md5: hex('md5', 'abc'),
            sha512: hex('sha512', 'abc'),
            sha224: hex('sha224', 'abc'),
            sha384: hex('sha384', 'abc'),
            emptyMd5: hex('md5', ''),
            emptySha256: hex('sha256', ''),
            millionA: hex('sha1', 'a'.repeat(1000000)),
            utf8: hex('sha256', 'héllo 😀'),
            incremental: crypto.createHash('SHA256').update('a').update(Buffer.from('b')).update(new Uint8Array([99])).digest('hex'),
            fromHex: crypto.createHash('sha256').update('616263', 'hex').digest('hex'),
            fromBase64: crypto.createHash('sha256').update('YWJj', 'base64').digest('hex'),
            base64: crypto.createHash('md5').update('abc').digest('base64'),
            base64url: crypto.createHash('sha256').update('abc').digest('base64url'),
            binaryLength: crypto.createHash('sha1').update('abc').digest('binary').length,
            buffer: Buffer.isBuffer(crypto.createHash('sha1').update('abc').digest()),
            oneShot: crypto.hash('sha1', 'abc'),
        };
    "#,
    )
    .await;
    let sha256_abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    assert_eq!(
        out,
        json!({
            "sha1": "a9993e364706816aba3e25717850c26c9cd0d89d",
            "sha256": sha256_abc,
            "md5": "900150983cd24fb0d6963f7d28e17f72",
            "sha512": "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
            "sha224": "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
            "sha384": "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
            "emptyMd5": "d41d8cd98f00b204e9800998ecf8427e",
            "emptySha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "millionA": "34aa973cd4c4daa4f61eeb2bdbad27316534016f",
            "utf8": "a53c56966616f0ec3ed9db7ea07a6034430149528bbaba8966c284f9373669c2",
            "incremental": sha256_abc,
            "fromHex": sha256_abc,
            "fromBase64": sha256_abc,
            "base64": "kAFQmDzST7DWlj99KOF/cg==",
            "base64url": "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0",
            "binaryLength": 20,
            "buffer": true,
            "oneShot": "a9993e364706816aba3e25717850c26c9cd0d89d",
        })
    );
}

#[tokio::test]
async fn hmac_matches_rfc_4231() {
    let out = eval(
        r#"
        const { createHmac } = require('node:crypto');
        return {
            case1: createHmac('sha256', Buffer.alloc(20, 0x0b)).update('Hi There').digest('hex'),
            case2: createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'),
            case2Sha512: createHmac('sha512', Buffer.from('Jefe')).update('what do ya want for nothing?').digest('hex'),
            case6: createHmac('sha256', Buffer.alloc(131, 0xaa)).update('Test Using Larger Than Block-Size Key - Hash Key First').digest('hex'),
            chunked: createHmac('sha256', 'Jefe').update('what do ya ').update('want for nothing?').digest('hex'),
        };
    "#,
    )
    .await;
    let case2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    assert_eq!(
        out,
        json!({
            "case1": "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
            "case2": case2,
            "case2Sha512": "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
            "case6": "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
            "chunked": case2,
        })
    );
}

/// The pieces of an AWS Signature V4 as the aws-iam scripts build them: each HMAC's binary
/// digest is the key of the next, hex digests for the canonical request and the signature.
/// Values from AWS's documented `ListUsers` example.
#[tokio::test]
async fn aws_sigv4_signing_chain() {
    let out = eval(
        r#"
        const crypto = require('crypto');
        const sign = (key, msg) => crypto.createHmac('sha256', key).update(msg).digest();
        const hash = (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
        const secret = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
        const amzDate = '20150830T123600Z';
        const date = amzDate.slice(0, 8);
        const query = new URLSearchParams({ Action: 'ListUsers', Version: '2010-05-08' }).toString();
        const headers = `content-type:application/x-www-form-urlencoded; charset=utf-8\nhost:iam.amazonaws.com\nx-amz-date:${amzDate}\n`;
        const signedHeaders = 'content-type;host;x-amz-date';
        const canonicalRequest = ['GET', '/', query, headers, signedHeaders, hash('')].join('\n');
        const scope = `${date}/us-east-1/iam/aws4_request`;
        const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, hash(canonicalRequest)].join('\n');
        const kDate = sign('AWS4' + secret, date);
        const kRegion = sign(kDate, 'us-east-1');
        const kService = sign(kRegion, 'iam');
        const kSigning = sign(kService, 'aws4_request');
        return {
            canonicalRequest: hash(canonicalRequest),
            kDate: kDate.toString('hex'),
            kSigning: kSigning.toString('hex'),
            signature: crypto.createHmac('sha256', kSigning).update(stringToSign).digest('hex'),
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "canonicalRequest": "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59",
            "kDate": "0138c7a6cbd60aa727b2f653a522567439dfb9f3e72b21f9b25941a42f04a7cd",
            "kSigning": "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9",
            "signature": "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
        })
    );
}

#[tokio::test]
async fn hash_objects_behave_like_nodes() {
    let out = eval(
        r#"
        const crypto = require('crypto');
        const caught = (f) => { try { f(); return 'no error'; } catch (e) { return [e.name, e.message, e.code || null]; } };
        const h = crypto.createHash('sha1').update('a');
        const copy = h.copy();
        h.update('bc');
        const done = crypto.createHash('md5');
        done.digest();
        return {
            copy: [h.digest('hex'), copy.digest('hex')],
            twice: caught(() => done.digest()),
            updateAfter: caught(() => done.update('x')),
            unknownHash: caught(() => crypto.createHash('whirlpool')),
            unknownHmac: caught(() => crypto.createHmac('whirlpool', 'k')),
            badData: caught(() => crypto.createHash('sha1').update(42))[2],
            chain: crypto.createHash('sha1').update('a') instanceof crypto.Hash,
            hashes: crypto.getHashes(),
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "copy": ["a9993e364706816aba3e25717850c26c9cd0d89d", "86f7e437faa5a7fce15d1ddcb9eaeaea377667b8"],
            "twice": ["Error", "Digest already called", "ERR_CRYPTO_HASH_FINALIZED"],
            "updateAfter": ["Error", "Digest already called", "ERR_CRYPTO_HASH_FINALIZED"],
            "unknownHash": ["Error", "Digest method not supported", "ERR_OSSL_EVP_UNSUPPORTED"],
            "unknownHmac": ["TypeError", "Invalid digest: whirlpool", "ERR_CRYPTO_INVALID_DIGEST"],
            "badData": "ERR_INVALID_ARG_TYPE",
            "chain": true,
            "hashes": ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"],
        })
    );
}

#[tokio::test]
async fn randomness_uuids_and_timing_safe_equal() {
    let out = eval(
        r#"
        const nodeCrypto = require('crypto');
        const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
        const ids = new Set(Array.from({ length: 100 }, () => crypto.randomUUID()));
        const words = new Uint32Array(8);
        const same = crypto.getRandomValues(words) === words;
        const caught = (f) => { try { f(); return null; } catch (e) { return e.name; } };
        const ints = Array.from({ length: 200 }, () => nodeCrypto.randomInt(3, 6));
        const bytes = nodeCrypto.randomBytes(32);
        return {
            uuids: [...ids].every((id) => uuid.test(id)) && ids.size === 100 && uuid.test(nodeCrypto.randomUUID()),
            bytes: [Buffer.isBuffer(bytes), bytes.length, new Set(bytes).size > 8],
            getRandomValues: [same, words.some((w) => w !== 0)],
            floatArray: caught(() => crypto.getRandomValues(new Float32Array(2))),
            tooLong: caught(() => crypto.getRandomValues(new Uint8Array(65537))),
            randomInt: ints.every((n) => n >= 3 && n < 6 && Number.isInteger(n)) && new Set(ints).size === 3,
            equal: [nodeCrypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), nodeCrypto.timingSafeEqual(Buffer.from('abc'), new Uint8Array([97, 98, 100]))],
            lengths: caught(() => nodeCrypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab'))),
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "uuids": true,
            "bytes": [true, 32, true],
            "getRandomValues": [true, true],
            "floatArray": "TypeMismatchError",
            "tooLong": "QuotaExceededError",
            "randomInt": true,
            "equal": [true, false],
            "lengths": "RangeError",
        })
    );
}

/// Bytes the host hands over are allocated by QuickJS, so the memory limit covers them.
#[tokio::test]
async fn large_buffers_count_against_the_memory_limit() {
    let out = eval(
        "const big = require('crypto').randomBytes(200000);
         const filled = new Set(big.subarray(190000)).size > 100;
         return [big.length, filled, crypto.getRandomValues(new Uint8Array(65536)).length];",
    )
    .await;
    assert_eq!(out, json!([200000, true, 65536]));

    let fake = Fake::new(|_| json_response(200, json!({})));
    let limits = nango_runtime::Limits {
        memory_bytes: 32 << 20,
        ..common::limits()
    };
    let code = script(
        "async function runAction() { return require('crypto').randomBytes(2 ** 31 - 1).length; }",
    );
    let err = fake
        .run_with(ScriptKind::Action, &code, None, limits)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            RunError::Limit {
                limit: nango_runtime::LimitKind::Memory,
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn base64_hex_and_latin1_round_trip() {
    let out = eval(
        r#"
        const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
        const roundTrip = (enc) => Buffer.from(all.toString(enc), enc).equals(all);
        return {
            roundTrips: ['base64', 'base64url', 'hex', 'latin1', 'binary'].map(roundTrip),
            basicAuth: Buffer.from('user:pässword').toString('base64'),
            decoded: Buffer.from('dXNlcjpww6Rzc3dvcmQ=', 'base64').toString('utf8'),
            unpadded: Buffer.from('dXNlcjpww6Rzc3dvcmQ', 'base64').toString(),
            lenient: Buffer.from('dXNl cjpw\nw6Rz-_', 'base64').toString('hex'),
            url: [Buffer.from([0xfb, 0xff, 0xbf]).toString('base64url'), Buffer.from([0xfb, 0xff, 0xbf]).toString('base64'), Buffer.from('-_-_', 'base64url').toString('hex')],
            hex: [Buffer.from('DEADbeef', 'hex').toString('hex'), Buffer.from('abc', 'hex').toString('hex'), Buffer.from('12zz34', 'hex').length],
            latin1: [Buffer.from('ÿé', 'latin1').toString('hex'), Buffer.from([0xff, 0xe9]).toString('latin1'), Buffer.from([0xff, 0x41]).toString('ascii')],
            utf16le: [Buffer.from('hi€', 'utf16le').toString('hex'), Buffer.from('68006900ac20', 'hex').toString('ucs2')],
            atob: [btoa('hi\u00ff'), atob('aGn/')],
            unknown: (() => { try { Buffer.from('x', 'utf7'); } catch (e) { return e.code; } })(),
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "roundTrips": [true, true, true, true, true],
            "basicAuth": "dXNlcjpww6Rzc3dvcmQ=",
            "decoded": "user:pässword",
            "unpadded": "user:pässword",
            "lenient": "757365723a70c3a473fb",
            "url": ["-_-_", "+/+/", "fbffbf"],
            "hex": ["deadbeef", "ab", 1],
            "latin1": ["ffe9", "ÿé", "\u{7f}A"],
            "utf16le": ["68006900ac20", "hi€"],
            "atob": ["aGn/", "hi\u{ff}"],
            "unknown": "ERR_UNKNOWN_ENCODING",
        })
    );
}

#[tokio::test]
async fn utf8_multibyte_and_emoji() {
    let out = eval(
        r#"
        const text = 'héllo wörld 😀 ✓';
        const encoded = new TextEncoder().encode(text);
        const decoder = new TextDecoder();
        const streaming = new TextDecoder();
        const into = new Uint8Array(5);
        return {
            encoded: [encoded.constructor.name, encoded.length, Array.from(new TextEncoder().encode('😀'))],
            buffer: [Buffer.from(text).length, Buffer.byteLength(text), Buffer.from(text).toString() === text, text.length],
            decoded: decoder.decode(encoded) === text,
            loneSurrogate: [Array.from(new TextEncoder().encode('\ud800')), Buffer.from('a\udc00').toString('hex')],
            invalid: new TextDecoder().decode(new Uint8Array([0xff, 0x41, 0xe2, 0x82, 0x41, 0xf0, 0x9f])),
            fatal: (() => { try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc3])); } catch (e) { return [e.name, e.code]; } })(),
            bom: [new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68])), new TextDecoder('utf8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68])).length, Buffer.from([0xef, 0xbb, 0xbf, 0x68]).toString().length],
            stream: streaming.decode(new Uint8Array([0x61, 0xf0, 0x9f]), { stream: true }) + '|' + streaming.decode(new Uint8Array([0x98, 0x80])),
            encodeInto: [new TextEncoder().encodeInto('a😀b', into), Array.from(into)],
            views: [decoder.decode(new Uint8Array([104, 105]).buffer), decoder.decode(new DataView(new Uint8Array([104, 105]).buffer)), decoder.decode()],
            labels: [decoder.encoding, new TextDecoder('UTF8').encoding, new TextDecoder('utf-16le').decode(new Uint8Array([104, 0, 105, 0])), new TextDecoder('latin1').decode(new Uint8Array([0xe9]))],
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "encoded": ["Uint8Array", 22, [240, 159, 152, 128]],
            "buffer": [22, 22, true, 16],
            "decoded": true,
            "loneSurrogate": [[239, 191, 189], "61efbfbd"],
            "invalid": "\u{fffd}A\u{fffd}A\u{fffd}",
            "fatal": ["TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA"],
            "bom": ["h", 2, 2],
            "stream": "a|😀",
            "encodeInto": [{ "read": 3, "written": 5 }, [97, 240, 159, 152, 128]],
            "views": ["hi", "hi", ""],
            "labels": ["utf-8", "utf-8", "hi", "é"],
        })
    );
}

#[tokio::test]
async fn buffer_api_subset() {
    let out = eval(
        r#"
        const chunks = [Buffer.from('he'), new Uint8Array([108, 108]), Buffer.from('o')];
        const whole = Buffer.concat(chunks);
        const view = whole.slice(1, 3);
        view[0] = 69;
        const ab = new Uint8Array([1, 2, 3, 4]).buffer;
        const shared = Buffer.from(ab, 1, 2);
        new Uint8Array(ab)[1] = 9;
        const ints = Buffer.alloc(8);
        ints.writeUInt32BE(0xdeadbeef, 0);
        ints.writeInt16LE(-2, 4);
        const written = Buffer.alloc(6);
        return {
            concat: [whole.toString(), Buffer.concat(chunks, 3).toString(), Buffer.concat([]).length],
            slice: [view.toString(), Buffer.isBuffer(view), Buffer.isBuffer(whole.subarray(2)), whole.slice(-2).toString()],
            isBuffer: [Buffer.isBuffer(whole), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), whole instanceof Uint8Array],
            byteLength: [Buffer.byteLength('€'), Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength(new ArrayBuffer(7))],
            alloc: [Array.from(Buffer.alloc(3)), Buffer.alloc(5, 'ab').toString(), Array.from(Buffer.alloc(2, 7))],
            from: [Array.from(Buffer.from([257, -1, 3.7])), Array.from(shared), Array.from(Buffer.from(new Uint16Array([1, 258]))), Buffer.from({ type: 'Buffer', data: [104, 105] }).toString()],
            equals: [Buffer.from('abc').equals(Buffer.from('abc')), Buffer.from('abc').equals(Buffer.from('abd')), Buffer.compare(Buffer.from('a'), Buffer.from('b'))],
            json: [Buffer.from('hi').toJSON(), JSON.stringify({ b: Buffer.from([1]) })],
            toString: [Buffer.from('hello world').toString('utf8', 6), Buffer.from('hello').toString('hex', 1, 3)],
            numbers: [ints.readUInt32BE(0), ints.readInt16LE(4), ints.readUInt8(0), ints.toString('hex')],
            search: [whole.indexOf('l'), whole.lastIndexOf('l'), whole.includes(Buffer.from('ll')), whole.indexOf(111)],
            write: [written.write('hé!', 1), written.toString('hex')],
            length: [Buffer.from('héllo').length, new Buffer('aGk=', 'base64').toString()],
            module: require('buffer').Buffer === Buffer && require('node:buffer').Buffer === Buffer,
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "concat": ["hEllo", "hel", 0],
            "slice": ["El", true, true, "lo"],
            "isBuffer": [true, false, false, true],
            "byteLength": [3, 2, 7],
            "alloc": [[0, 0, 0], "ababa", [7, 7]],
            "from": [[1, 255, 3], [9, 3], [1, 2], "hi"],
            "equals": [true, false, -1],
            "json": [{ "type": "Buffer", "data": [104, 105] }, "{\"b\":{\"type\":\"Buffer\",\"data\":[1]}}"],
            "toString": ["world", "656c"],
            "numbers": [3735928559u32, -2, 222, "deadbeeffeff0000"],
            "search": [2, 3, true, 4],
            "write": [4, "0068c3a92100"],
            "length": [6, "hi"],
            "module": true,
        })
    );
}

#[tokio::test]
async fn url_parsing_edge_cases() {
    let out = eval(
        r#"
        const parts = (u) => [u.href, u.origin, u.protocol, u.host, u.hostname, u.port, u.pathname, u.search, u.hash];
        const invalid = (...args) => { try { new URL(...args); return 'parsed'; } catch (e) { return [e.name, e.message, e.code]; } };
        return {
            absolute: parts(new URL('HTTPS://Example.COM:443/a/b/../c/./d?x=1#frag')),
            plus: [new URL('https://a.com/s?q=a+b&c=%20d').search, new URL('https://a.com/s?q=a+b&c=%20d').searchParams.get('q'), new URL('https://a.com/s?q=a+b&c=%20d').searchParams.get('c')],
            encoded: parts(new URL('https://a.com/ü/%7e path?é=ü #ß')),
            relative: [
                new URL('/v2/users?page=2', 'https://api.example.com/v1/base').href,
                new URL('../up', 'https://a.com/b/c/d').href,
                new URL('?only=query', 'https://a.com/b/c?old=1#f').href,
                new URL('#frag', 'https://a.com/b?x').href,
                new URL('//other.com/x', 'https://a.com/').href,
                new URL('https://absolute.com/', 'https://ignored.com/x').href,
                new URL('', 'https://a.com/b/c?d#e').href,
            ],
            userinfo: parts(new URL('http://user:pa ss@host:8080/p')).concat([new URL('http://user:pa ss@host:8080/p').username, new URL('http://user:pa ss@host:8080/p').password]),
            hosts: [
                new URL('http://[2001:db8:0:0:1:0:0:1]:80/').host,
                new URL('http://0x7f.1/').hostname,
                new URL('https://münchen.de/').hostname,
                new URL('https://a.com\\b\\c').pathname,
                new URL('  https://a.com/\tx\n  ').href,
                new URL('https://a.com/%2e%2E/x').pathname,
            ],
            nonSpecial: [parts(new URL('mailto:someone@example.com?subject=hi')), new URL('custom://host/path').host, new URL('urn:isbn:0451450523').pathname],
            file: new URL('file:///C:/Windows/../x').href,
            invalid: [invalid('/relative'), invalid('https://a.com:99999/'), invalid('http://a b.com/'), invalid('x', 'not a base')],
            canParse: [URL.canParse('https://a'), URL.canParse('nope'), URL.canParse('/x', 'https://a.com')],
            string: [String(new URL('https://a.com/x?y#z')), JSON.stringify({ u: new URL('https://a.com') })],
            nextPage: new URL('https://acme.zendesk.com/api/v2/tickets.json?page[after]=abc&page[size]=100').searchParams.get('page[after]'),
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "absolute": ["https://example.com/a/c/d?x=1#frag", "https://example.com", "https:", "example.com", "example.com", "", "/a/c/d", "?x=1", "#frag"],
            "plus": ["?q=a+b&c=%20d", "a b", " d"],
            "encoded": ["https://a.com/%C3%BC/%7e%20path?%C3%A9=%C3%BC%20#%C3%9F", "https://a.com", "https:", "a.com", "a.com", "", "/%C3%BC/%7e%20path", "?%C3%A9=%C3%BC%20", "#%C3%9F"],
            "relative": [
                "https://api.example.com/v2/users?page=2",
                "https://a.com/b/up",
                "https://a.com/b/c?only=query",
                "https://a.com/b?x#frag",
                "https://other.com/x",
                "https://absolute.com/",
                "https://a.com/b/c?d",
            ],
            "userinfo": ["http://user:pa%20ss@host:8080/p", "http://host:8080", "http:", "host:8080", "host", "8080", "/p", "", "", "user", "pa%20ss"],
            "hosts": ["[2001:db8::1:0:0:1]", "127.0.0.1", "xn--mnchen-3ya.de", "/b/c", "https://a.com/x", "/x"],
            "nonSpecial": [["mailto:someone@example.com?subject=hi", "null", "mailto:", "", "", "", "someone@example.com", "?subject=hi", ""], "host", "isbn:0451450523"],
            "file": "file:///C:/x",
            "invalid": [
                ["TypeError", "Invalid URL", "ERR_INVALID_URL"],
                ["TypeError", "Invalid URL", "ERR_INVALID_URL"],
                ["TypeError", "Invalid URL", "ERR_INVALID_URL"],
                ["TypeError", "Invalid URL", "ERR_INVALID_URL"],
            ],
            "canParse": [true, false, true],
            "string": ["https://a.com/x?y#z", "{\"u\":\"https://a.com/\"}"],
            "nextPage": "abc",
        })
    );
}

#[tokio::test]
async fn url_search_params() {
    let out = eval(
        r#"
        const p = new URLSearchParams('?a=1&b=2&a=3');
        const before = [p.get('a'), p.getAll('a'), p.has('b'), p.has('a', '3'), p.get('zz'), p.size];
        p.set('a', 'x');
        p.append('c', 'y z');
        p.delete('b');
        const seen = [];
        p.forEach((value, key, self) => seen.push(`${key}=${value}:${self === p}`));
        const sorted = new URLSearchParams('z=1&a=2&m=3&a=1');
        sorted.sort();
        return {
            before,
            after: [p.toString(), p.has('b')],
            forEach: seen,
            iteration: [[...p], [...p.keys()], [...p.values()], [...p.entries()], Array.from(p).length, Object.prototype.toString.call(p)],
            sorted: sorted.toString(),
            fromObject: new URLSearchParams({ q: 'hello world', n: 1, e: 'é&=', s: '~!*()\'' }).toString(),
            fromPairs: new URLSearchParams([['a', '1'], ['b', '2'], ['a', '3']]).toString(),
            fromMap: new URLSearchParams(new Map([['k', 'v']])).toString(),
            copy: new URLSearchParams(new URLSearchParams('x=1')).toString(),
            decoding: [...new URLSearchParams('a=b+c&d=%20e%2B&f&=x&%F0%9F%98%80=%E2%82')],
            badPair: (() => { try { new URLSearchParams([['a']]); } catch (e) { return e.name; } })(),
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "before": ["1", ["1", "3"], true, true, null, 3],
            "after": ["a=x&c=y+z", false],
            "forEach": ["a=x:true", "c=y z:true"],
            "iteration": [[["a", "x"], ["c", "y z"]], ["a", "c"], ["x", "y z"], [["a", "x"], ["c", "y z"]], 2, "[object URLSearchParams]"],
            "sorted": "a=2&a=1&m=3&z=1",
            "fromObject": "q=hello+world&n=1&e=%C3%A9%26%3D&s=%7E%21*%28%29%27",
            "fromPairs": "a=1&b=2&a=3",
            "fromMap": "k=v",
            "copy": "x=1",
            "decoding": [["a", "b c"], ["d", " e+"], ["f", ""], ["", "x"], ["😀", "\u{fffd}"]],
            "badPair": "TypeError",
        })
    );
}

#[tokio::test]
async fn url_and_its_search_params_are_linked() {
    let out = eval(
        r#"
        const u = new URL('https://a.com/p?x=1#h');
        u.searchParams.append('y', 'a b');
        u.searchParams.set('x', '&');
        const step1 = [u.href, u.search];
        u.search = '?q=1+2';
        const step2 = [u.href, u.searchParams.get('q')];
        u.searchParams.delete('q');
        const step3 = u.href;
        u.pathname = '/a b/../c';
        u.hash = 'x y';
        u.port = '8443';
        u.hostname = 'B.com';
        u.username = 'me@';
        u.password = 'p:w';
        const step4 = u.href;
        u.port = '443';
        u.protocol = 'http';
        const step5 = u.href;
        u.href = 'https://other.com/?z=9';
        return { step1, step2, step3, step4, step5, step6: [u.href, u.searchParams.get('z')] };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "step1": ["https://a.com/p?x=%26&y=a+b#h", "?x=%26&y=a+b"],
            "step2": ["https://a.com/p?q=1+2#h", "1 2"],
            "step3": "https://a.com/p#h",
            "step4": "https://me%40:p%3Aw@b.com:8443/c#x%20y",
            "step5": "http://me%40:p%3Aw@b.com/c#x%20y",
            "step6": ["https://other.com/?z=9", "9"],
        })
    );
}

#[tokio::test]
async fn timers_run_in_order() {
    let out = eval(
        r#"
        const log = [];
        setTimeout(() => log.push('t10'), 10);
        setTimeout(() => log.push('t0'), 0);
        setTimeout(() => log.push('t1'), 1);
        setTimeout(() => log.push('t5'), 5);
        for (let i = 0; i < 3; i++) setTimeout(() => log.push(`same${i}`), 3);
        setTimeout(() => {
            log.push('a');
            Promise.resolve().then(() => log.push('a-micro'));
        }, 7);
        setTimeout(() => log.push('b'), 7);
        setTimeout((x, y) => log.push(x + y), 8, 'ar', 'gs');
        Promise.resolve().then(() => log.push('micro'));
        queueMicrotask(() => log.push('queued'));
        const cleared = setTimeout(() => log.push('cleared'), 2);
        clearTimeout(cleared);
        log.push('sync');
        await new Promise((resolve) => setTimeout(resolve, 30));
        return log;
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!([
            "sync", "micro", "queued", "t0", "t1", "same0", "same1", "same2", "t5", "a", "a-micro",
            "b", "args", "t10"
        ])
    );
}

#[tokio::test]
async fn timers_wait_and_intervals_repeat_until_cleared() {
    let out = eval(
        r#"
        const started = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 50));
        const waited = Date.now() - started;
        let ticks = 0;
        await new Promise((resolve) => {
            const handle = setInterval(() => {
                ticks++;
                if (ticks === 3) {
                    clearInterval(handle);
                    setTimeout(resolve, 20);
                }
            }, 2);
        });
        const handle = setTimeout(() => {}, 5);
        const { promisify } = { promisify: (f) => (...a) => new Promise((ok, ko) => f(...a, (e, v) => (e ? ko(e) : ok(v)))) };
        const random = await promisify(require('crypto').randomBytes)(4);
        clearTimeout(+handle);
        const immediates = [];
        setImmediate(() => immediates.push('first'));
        const skipped = setImmediate(() => immediates.push('skipped'));
        setImmediate((value) => immediates.push(value), 'second');
        clearImmediate(skipped);
        Promise.resolve().then(() => immediates.push('micro'));
        await new Promise((resolve) => setTimeout(resolve, 5));
        return {
            immediates,
            waited: waited >= 45 && waited < 1000,
            ticks,
            handle: [typeof handle.ref, handle.hasRef(), typeof handle.unref().refresh, typeof +handle],
            random: random.length,
            nonFunction: (() => { try { setTimeout('alert(1)', 1); } catch (e) { return e.code; } })(),
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "waited": true,
            "immediates": ["micro", "first", "second"],
            "ticks": 3,
            "handle": ["function", true, "function", "number"],
            "random": 4,
            "nonFunction": "ERR_INVALID_ARG_TYPE",
        })
    );
}

#[tokio::test]
async fn timers_do_not_keep_a_finished_run_alive() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = script(
        "async function runAction() {
            setInterval(() => {}, 5);
            setTimeout(() => { throw new Error('too late'); }, 3600 * 1000);
            setImmediate(() => {});
            await new Promise((resolve) => setTimeout(resolve, 10));
            return 'done';
        }",
    );
    let started = std::time::Instant::now();
    let out = fake.run(ScriptKind::Action, &code, None).await.unwrap();
    assert_eq!(out.output, Some(json!("done")));
    assert!(started.elapsed() < Duration::from_secs(2), "{out:?}");
}

#[tokio::test]
async fn an_exception_in_a_timer_fails_the_run() {
    let err = try_eval(
        "setTimeout(() => { throw new TypeError('boom in a timer'); }, 1);
         await new Promise((resolve) => setTimeout(resolve, 5000));
         return 'unreachable';",
    )
    .await
    .unwrap_err();
    let RunError::Script { name, message, .. } = err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (name.as_str(), message.as_str()),
        ("TypeError", "boom in a timer")
    );
}

#[tokio::test]
async fn structured_clone_deep_copies_and_refuses_functions() {
    let out = eval(
        r#"
        const date = new Date(5);
        const source = { a: [1, { b: date }], m: new Map([[1, { x: 2 }]]), s: new Set([1, 'two']), t: new Uint16Array([1, 2]), n: null, r: /x/gi, nested: { deep: [true] } };
        source.self = source;
        const copy = structuredClone(source);
        const caught = (v) => { try { structuredClone(v); return 'cloned'; } catch (e) { return [e.name, e.code, e instanceof Error]; } };
        class Point { constructor() { this.x = 1; } get y() { return 2; } }
        const point = structuredClone(new Point());
        const error = structuredClone(new RangeError('bad'));
        return {
            distinct: [copy !== source, copy.a !== source.a, copy.a[1].b !== date, copy.m.get(1) !== source.m.get(1), copy.self === copy],
            values: [copy.a[1].b instanceof Date, copy.a[1].b.getTime(), copy.m.get(1).x, [...copy.s], copy.t instanceof Uint16Array, [...copy.t], copy.r.flags, copy.n, copy.nested.deep[0]],
            classes: [point.x, point.y, Object.getPrototypeOf(point) === Object.prototype],
            error: [error instanceof RangeError, error.message],
            buffer: structuredClone(Buffer.from('hi')).constructor.name,
            primitives: [structuredClone(1), structuredClone('s'), structuredClone(null)],
            refused: [caught(() => 1), caught({ f() {} }), caught(Symbol('s')), caught(Promise.resolve())],
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "distinct": [true, true, true, true, true],
            "values": [true, 5, 2, [1, "two"], true, [1, 2], "gi", null, true],
            "classes": [1, null, true],
            "error": [true, "bad"],
            "buffer": "Uint8Array",
            "primitives": [1, "s", null],
            "refused": [
                ["DataCloneError", 25, true],
                ["DataCloneError", 25, true],
                ["DataCloneError", 25, true],
                ["DataCloneError", 25, true],
            ],
        })
    );
}

#[tokio::test]
async fn require_gives_the_builtin_modules_only() {
    let out = eval(
        r#"
        const missing = (id) => { try { require(id); return 'loaded'; } catch (e) { return e.message; } };
        return {
            same: [require('crypto') === require('node:crypto'), require('url') === require('node:url'), require('buffer') === require('node:buffer')],
            url: [require('url').URL === URL, require('url').URLSearchParams === URLSearchParams],
            crypto: Object.keys(require('crypto')).filter((k) => ['createHash', 'createHmac', 'randomUUID', 'randomBytes', 'timingSafeEqual'].includes(k)).length,
            missing: [missing('fs'), missing('node:child_process'), missing('http')],
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "same": [true, true, true],
            "url": [true, true],
            "crypto": 5,
            "missing": [
                "module \"fs\" is not available in the nango-rs runtime",
                "module \"node:child_process\" is not available in the nango-rs runtime",
                "module \"http\" is not available in the nango-rs runtime",
            ],
        })
    );
}

/// How esbuild (the real Nango CLI) imports a Node built-in into a CommonJS bundle.
#[tokio::test]
async fn esbuild_style_bundles_get_crypto_from_require() {
    let fake = Fake::new(|_| json_response(200, json!({})));
    let code = r#""use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var messages_exports = {};
__export(messages_exports, {
  default: () => runAction
});
module.exports = __toCommonJS(messages_exports);
var import_crypto = __toESM(require("crypto"));
async function runAction(nango, input) {
  return {
    viaDefault: import_crypto.default.createHash("sha256").update(input.text).digest("hex"),
    viaNamed: (0, import_crypto.createHash)("md5").update(input.text).digest("hex")
  };
}
"#;
    let out = fake
        .run(ScriptKind::Action, code, Some(json!({ "text": "abc" })))
        .await
        .unwrap();
    assert_eq!(
        out.output,
        Some(json!({
            "viaDefault": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "viaNamed": "900150983cd24fb0d6963f7d28e17f72",
        }))
    );
}

/// TypeScript compiled by our bundler: default and named imports of the built-ins.
#[tokio::test]
async fn typescript_bundles_import_the_builtins() {
    let out = common::run_typescript(
        &[
            ("aws/helpers/sign.ts", "import crypto from 'crypto';\n\nexport function hmac(key: string | Buffer, data: string): Buffer {\n    return crypto.createHmac('sha256', key).update(data).digest();\n}\n"),
            ("aws/actions/sign.ts", "import { createHash } from 'node:crypto';\nimport { URL, URLSearchParams } from 'url';\nimport { Buffer as NodeBuffer } from 'buffer';\nimport { hmac } from '../helpers/sign.js';\n\nexport default async function runAction(_nango: unknown, input: { text: string }): Promise<Record<string, string>> {\n    const url = new URL('https://iam.amazonaws.com/?' + new URLSearchParams({ Action: 'ListUsers' }));\n    return {\n        hash: createHash('sha1').update(input.text).digest('hex'),\n        mac: hmac(hmac('key', 'a'), 'b').toString('hex'),\n        action: url.searchParams.get('Action') ?? '',\n        base64: NodeBuffer.from(input.text).toString('base64'),\n    };\n}\n"),
        ],
        "aws/actions/sign.ts",
        ScriptKind::Action,
        Some(json!({ "text": "abc" })),
    )
    .await
    .unwrap();
    assert_eq!(
        out.output,
        Some(json!({
            "hash": "a9993e364706816aba3e25717850c26c9cd0d89d",
            "mac": "377abb69b9e5def3a5b2325143171e1cb9b3cecba08ac76cbe9311c0089554e0",
            "action": "ListUsers",
            "base64": "YWJj",
        }))
    );
}

/// The SDK uses the globals too: a `URLSearchParams` body is sent as form text.
#[tokio::test]
async fn the_sdk_sends_url_search_params_as_text() {
    let fake = Fake::new(|_| json_response(200, json!({ "ok": true })));
    let code = script(
        "async function runAction(nango) {
            await nango.post({ endpoint: '/token', data: new URLSearchParams({ grant_type: 'client_credentials', scope: 'a b' }) });
        }",
    );
    fake.run(ScriptKind::Action, &code, None).await.unwrap();
    let requests = fake.seen.requests.lock().unwrap().clone();
    assert_eq!(
        requests[0].data,
        Some(RequestBody::Text(
            "grant_type=client_credentials&scope=a+b".into()
        ))
    );
}

/// `Headers` as Node 18+ has it (values as Node prints them for the same code).
#[tokio::test]
async fn headers_are_case_insensitive_and_iterate_sorted() {
    let out = eval(
        r#"
        const h = new Headers({ 'Content-Type': 'application/json', 'X-B': ' 1 ' });
        h.append('x-b', '2');
        h.append('Set-Cookie', 'a=1');
        h.append('Set-Cookie', 'b=2');
        h.set('X-A', 'z');
        const copy = new Headers(h);
        copy.delete('x-a');
        let bad = null;
        try { h.append('bad name', 'x'); } catch (e) { bad = e instanceof TypeError; }
        return {
            get: [h.get('CONTENT-TYPE'), h.get('x-b'), h.get('missing'), h.has('X-A'), copy.has('x-a')],
            cookies: h.getSetCookie(),
            entries: [...h],
            forEach: (() => { const seen = []; h.forEach((v, k) => seen.push(k)); return seen; })(),
            tag: Object.prototype.toString.call(h),
            bad,
        };
    "#,
    )
    .await;
    assert_eq!(
        out,
        json!({
            "get": ["application/json", "1, 2", null, true, false],
            "cookies": ["a=1", "b=2"],
            "entries": [["content-type", "application/json"], ["set-cookie", "a=1"], ["set-cookie", "b=2"], ["x-a", "z"], ["x-b", "1, 2"]],
            "forEach": ["content-type", "set-cookie", "set-cookie", "x-a", "x-b"],
            "tag": "[object Headers]",
            "bad": true,
        })
    );
}
