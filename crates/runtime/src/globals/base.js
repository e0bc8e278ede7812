// Helpers the other sections share: bytes, UTF-8, Node-style errors.
// A section of the runtime globals, evaluated on first use (see `../globals.js`).
(function (shared) {
    'use strict';

    const { native } = shared;

    const uncurry = (fn) => Function.prototype.call.bind(fn);
    const toHex = uncurry(Uint8Array.prototype.toHex);
    const toBase64 = uncurry(Uint8Array.prototype.toBase64);
    const fromHex = Uint8Array.fromHex;
    const fromBase64 = Uint8Array.fromBase64;
    const wellFormed = uncurry(String.prototype.toWellFormed);
    const fromCharCode = String.fromCharCode;
    const TypedArray = Object.getPrototypeOf(Uint8Array);
    const typedArrayTag = uncurry(Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get);

    function nodeError(Ctor, code, message) {
        const error = new Ctor(message);
        error.code = code;
        return error;
    }

    function invalidArgType(name, expected, value) {
        const got = value === null ? 'null' : typeof value === 'object' ? `an instance of ${(value.constructor && value.constructor.name) || 'Object'}` : `type ${typeof value} (${String(value).slice(0, 30)})`;
        return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be ${expected}. Received ${got}`);
    }

    // A USVString: lone surrogates become U+FFFD (they cannot be UTF-8 encoded).
    const usv = (value) => wellFormed(String(value));

    // ---------------------------------------------------------------------------------------
    // Bytes

    function isArrayBuffer(value) {
        return value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
    }

    // A Uint8Array over the same memory as an ArrayBuffer or a view, or null.
    function bytesOf(value) {
        if (value instanceof Uint8Array) return value;
        if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        if (isArrayBuffer(value)) return new Uint8Array(value);
        return null;
    }

    // Plain Uint8Array view (not a Buffer), so that subarray and friends stay cheap.
    function plainView(bytes, start, end) {
        return new Uint8Array(bytes.buffer, bytes.byteOffset + start, end - start);
    }
    const utf8Encode = (text) => native.utf8Encode(usv(text));
    const utf8Decode = (bytes, fatal, stripBom) => (bytes.length === 0 ? '' : native.utf8Decode(toHex(bytes), fatal, stripBom));

    // UTF-8 in JavaScript, for the short strings of URLs.
    function utf8EncodeSmall(text) {
        const out = [];
        for (const ch of text) {
            const cp = ch.codePointAt(0);
            if (cp < 0x80) out.push(cp);
            else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
            else if (cp < 0x10000) {
                // A lone surrogate is encoded as U+FFFD.
                if (cp >= 0xd800 && cp <= 0xdfff) out.push(0xef, 0xbf, 0xbd);
                else out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
            } else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
        }
        return out;
    }

    // Fills `bytes` with random bytes; the host gives at most 64 KiB per call, so a large buffer
    // is allocated (and counted against the memory limit) on this side.
    function randomFill(bytes) {
        for (let i = 0; i < bytes.length; i += 65536) bytes.set(native.randomBytes(Math.min(65536, bytes.length - i)), i);
        return bytes;
    }

    return {
        randomFill,
        uncurry,
        toHex,
        toBase64,
        fromHex,
        fromBase64,
        wellFormed,
        fromCharCode,
        typedArrayTag,
        nodeError,
        invalidArgType,
        usv,
        isArrayBuffer,
        bytesOf,
        plainView,
        utf8Encode,
        utf8Decode,
        utf8EncodeSmall
    };
});
