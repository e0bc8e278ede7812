// Buffer, TextEncoder and TextDecoder (Node's Buffer API, the WHATWG Encoding standard).
// A section of the runtime globals, evaluated on first use (see `../globals.js`).
(function (shared) {
    'use strict';

    shared.need('base');
    const { native, toHex, toBase64, fromHex, fromBase64, fromCharCode, nodeError, invalidArgType, usv, isArrayBuffer, bytesOf, plainView, utf8Encode, utf8Decode, utf8EncodeSmall } = shared;

    function latin1String(bytes, mask) {
        let out = '';
        for (let i = 0; i < bytes.length; i += 0x2000) {
            let chunk = plainView(bytes, i, Math.min(bytes.length, i + 0x2000));
            if (mask !== 0xff) chunk = chunk.map((b) => b & mask);
            out += fromCharCode.apply(null, chunk);
        }
        return out;
    }

    function latin1Bytes(text) {
        const bytes = new Uint8Array(text.length);
        for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
        return bytes;
    }

    function utf16leString(bytes) {
        let out = '';
        const units = [];
        for (let i = 0; i + 1 < bytes.length; i += 2) {
            units.push(bytes[i] | (bytes[i + 1] << 8));
            if (units.length === 0x2000) {
                out += fromCharCode.apply(null, units);
                units.length = 0;
            }
        }
        return out + fromCharCode.apply(null, units);
    }

    function utf16leBytes(text) {
        const bytes = new Uint8Array(text.length * 2);
        for (let i = 0; i < text.length; i++) {
            const unit = text.charCodeAt(i);
            bytes[2 * i] = unit & 0xff;
            bytes[2 * i + 1] = unit >> 8;
        }
        return bytes;
    }

    const ENCODINGS = new Map([
        ['utf8', 'utf8'], ['utf-8', 'utf8'],
        ['hex', 'hex'],
        ['base64', 'base64'], ['base64url', 'base64url'],
        ['latin1', 'latin1'], ['binary', 'latin1'],
        ['ascii', 'ascii'],
        ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'], ['utf-16le', 'utf16le']
    ]);

    function encodingOf(encoding) {
        if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
        const found = ENCODINGS.get(String(encoding).toLowerCase());
        if (found === undefined) throw nodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
        return found;
    }

    // Node's base64 decoding is lenient: both alphabets, whitespace and other characters ignored,
    // padding optional; it ends at the first `=`. Well-formed input takes the native path.
    function base64Bytes(text, alphabet) {
        try {
            return fromBase64(text, { alphabet, lastChunkHandling: 'loose' });
        } catch (_) {
            // Not well-formed: cleaned up below.
        }
        let clean = text;
        const pad = clean.indexOf('=');
        if (pad >= 0) clean = clean.slice(0, pad);
        clean = clean.replace(/[^A-Za-z0-9+/\-_]/g, '').replace(/-/g, '+').replace(/_/g, '/');
        if (clean.length % 4 === 1) clean = clean.slice(0, -1);
        return fromBase64(clean, { lastChunkHandling: 'loose' });
    }

    function stringBytes(text, encoding) {
        switch (encodingOf(encoding)) {
            case 'utf8':
                return utf8Encode(text);
            case 'hex':
                // Decoding stops at the first character that is not part of a hex pair.
                return fromHex(/^(?:[0-9a-fA-F]{2})*/.exec(text)[0]);
            case 'base64':
            case 'base64url':
                return base64Bytes(text, encodingOf(encoding));
            case 'latin1':
            case 'ascii':
                return latin1Bytes(text);
            case 'utf16le':
                return utf16leBytes(text);
        }
    }

    function bytesString(bytes, encoding) {
        switch (encodingOf(encoding)) {
            case 'utf8':
                return utf8Decode(bytes, false, false);
            case 'hex':
                return toHex(bytes);
            case 'base64':
                return toBase64(bytes);
            case 'base64url':
                return toBase64(bytes, { alphabet: 'base64url', omitPadding: true });
            case 'latin1':
                return latin1String(bytes, 0xff);
            case 'ascii':
                return latin1String(bytes, 0x7f);
            case 'utf16le':
                return utf16leString(bytes);
        }
    }

    const toBuffer = (bytes) => new Buffer(bytes.buffer, bytes.byteOffset, bytes.length);

    function checkSize(size) {
        if (typeof size !== 'number') throw invalidArgType('size', 'of type number', size);
        if (!(size >= 0 && size <= 0x7fffffff) || size !== Math.floor(size)) {
            throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received ${size}`);
        }
        return size;
    }

    // An offset argument: undefined means `fallback`, out of [0, max] is a RangeError.
    function checkOffset(name, value, fallback, max) {
        if (value === undefined) return fallback;
        if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
        if (!(value >= 0 && value <= max) || value !== Math.floor(value)) {
            throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be >= 0 && <= ${max}. Received ${value}`);
        }
        return value;
    }

    function clampIndex(value, length, fallback) {
        if (value === undefined) return fallback;
        let n = Math.trunc(Number(value));
        if (Number.isNaN(n)) n = 0;
        if (n < 0) n = Math.max(0, length + n);
        return Math.min(n, length);
    }

    function indexOfBytes(haystack, needle, from, last) {
        const n = haystack.length;
        const m = needle.length;
        if (m === 0) return Math.min(from, n);
        if (last) {
            for (let i = Math.min(from, n - m); i >= 0; i--) {
                let j = 0;
                while (j < m && haystack[i + j] === needle[j]) j++;
                if (j === m) return i;
            }
        } else {
            for (let i = from; i <= n - m; i++) {
                let j = 0;
                while (j < m && haystack[i + j] === needle[j]) j++;
                if (j === m) return i;
            }
        }
        return -1;
    }

    class Buffer extends Uint8Array {
        // `new Buffer(string, encoding)` is deprecated in Node but still works; the other forms
        // are the Uint8Array constructor's (also used by subarray, map, …).
        constructor(value, encodingOrOffset, length) {
            if (typeof value === 'string') {
                const bytes = stringBytes(value, encodingOrOffset);
                super(bytes.buffer, bytes.byteOffset, bytes.length);
            } else {
                super(value, encodingOrOffset, length);
            }
        }

        static from(value, encodingOrOffset, length) {
            if (typeof value === 'string') return toBuffer(stringBytes(value, encodingOrOffset));
            if (isArrayBuffer(value)) {
                const offset = encodingOrOffset === undefined ? 0 : Math.trunc(Number(encodingOrOffset)) || 0;
                if (offset > value.byteLength) throw nodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
                const size = length === undefined ? value.byteLength - offset : Math.trunc(Number(length)) || 0;
                if (offset + size > value.byteLength) throw nodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
                return new Buffer(value, offset, size);
            }
            if (ArrayBuffer.isView(value)) {
                if (value instanceof DataView) return Buffer.from(plainView(bytesOf(value), 0, value.byteLength));
                const out = new Buffer(value.length);
                out.set(value);
                return out;
            }
            if (value !== null && typeof value === 'object') {
                const primitive = typeof value.valueOf === 'function' ? value.valueOf() : value;
                if (primitive !== value && primitive !== null && primitive !== undefined) return Buffer.from(primitive, encodingOrOffset, length);
                if (typeof value[Symbol.toPrimitive] === 'function') return Buffer.from(value[Symbol.toPrimitive]('string'), encodingOrOffset, length);
                if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
                if (typeof value.length === 'number' || Array.isArray(value)) return fromArrayLike(value);
            }
            throw invalidArgType('first', 'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value);
        }

        static alloc(size, fill, encoding) {
            const buffer = new Buffer(checkSize(size));
            if (fill !== undefined && fill !== 0 && size > 0) buffer.fill(fill, encoding);
            return buffer;
        }

        static allocUnsafe(size) {
            return new Buffer(checkSize(size));
        }

        static allocUnsafeSlow(size) {
            return new Buffer(checkSize(size));
        }

        static isBuffer(value) {
            return value instanceof Buffer;
        }

        static isEncoding(encoding) {
            return typeof encoding === 'string' && encoding !== '' && ENCODINGS.has(encoding.toLowerCase());
        }

        static byteLength(value, encoding) {
            if (typeof value === 'string') {
                const enc = encodingOf(encoding);
                if (enc === 'utf8') return native.utf8Length(usv(value));
                if (enc === 'latin1' || enc === 'ascii') return value.length;
                if (enc === 'utf16le') return value.length * 2;
                return stringBytes(value, enc).length;
            }
            if (ArrayBuffer.isView(value) || isArrayBuffer(value)) return value.byteLength;
            throw invalidArgType('string', 'of type string or an instance of Buffer or ArrayBuffer', value);
        }

        static concat(list, totalLength) {
            if (!Array.isArray(list)) throw invalidArgType('list', 'an instance of Array', list);
            let total = 0;
            list.forEach((item, i) => {
                if (!(item instanceof Uint8Array)) throw invalidArgType(`list[${i}]`, 'an instance of Buffer or Uint8Array', item);
                total += item.length;
            });
            if (totalLength !== undefined) total = checkOffset('length', totalLength, total, Number.MAX_SAFE_INTEGER);
            const out = new Buffer(total);
            let at = 0;
            for (const item of list) {
                if (at >= total) break;
                const part = item.length <= total - at ? item : plainView(item, 0, total - at);
                out.set(part, at);
                at += part.length;
            }
            return out;
        }

        static compare(a, b) {
            if (!(a instanceof Uint8Array)) throw invalidArgType('buf1', 'an instance of Buffer or Uint8Array', a);
            if (!(b instanceof Uint8Array)) throw invalidArgType('buf2', 'an instance of Buffer or Uint8Array', b);
            return compareBytes(a, b);
        }

        toString(encoding, start, end) {
            if (arguments.length === 0) return utf8Decode(this, false, false);
            const from = start === undefined ? 0 : Math.max(0, Math.min(this.length, Math.trunc(Number(start)) || 0));
            const to = end === undefined ? this.length : Math.max(0, Math.min(this.length, Math.trunc(Number(end)) || 0));
            if (to <= from) {
                encodingOf(encoding);
                return '';
            }
            return bytesString(plainView(this, from, to), encoding);
        }

        toLocaleString(encoding, start, end) {
            return this.toString(encoding, start, end);
        }

        toJSON() {
            return { type: 'Buffer', data: Array.from(this) };
        }

        equals(other) {
            if (!(other instanceof Uint8Array)) throw invalidArgType('otherBuffer', 'an instance of Buffer or Uint8Array', other);
            return compareBytes(this, other) === 0;
        }

        compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
            if (!(target instanceof Uint8Array)) throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
            const ts = checkOffset('targetStart', targetStart, 0, target.length);
            const te = checkOffset('targetEnd', targetEnd, target.length, target.length);
            const ss = checkOffset('sourceStart', sourceStart, 0, this.length);
            const se = checkOffset('sourceEnd', sourceEnd, this.length, this.length);
            return compareBytes(plainView(this, ss, Math.max(ss, se)), plainView(target, ts, Math.max(ts, te)));
        }

        // Unlike Uint8Array's, Buffer's slice shares memory.
        slice(start, end) {
            return this.subarray(start, end);
        }

        write(string, offset, length, encoding) {
            if (typeof string !== 'string') throw invalidArgType('argument', 'of type string', string);
            if (typeof offset === 'string') {
                encoding = offset;
                offset = undefined;
                length = undefined;
            } else if (typeof length === 'string') {
                encoding = length;
                length = undefined;
            }
            const at = checkOffset('offset', offset, 0, this.length);
            const room = this.length - at;
            const max = length === undefined ? room : Math.min(room, checkOffset('length', length, room, this.length));
            const enc = encodingOf(encoding);
            const bytes = stringBytes(string, enc);
            let n = Math.min(max, bytes.length);
            // Never write part of a UTF-8 character.
            if (enc === 'utf8' && n < bytes.length) while (n > 0 && (bytes[n] & 0xc0) === 0x80) n--;
            if (enc === 'utf16le') n -= n % 2;
            this.set(plainView(bytes, 0, n), at);
            return n;
        }

        copy(target, targetStart, sourceStart, sourceEnd) {
            if (!(target instanceof Uint8Array)) throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
            const ts = checkOffset('targetStart', targetStart, 0, Number.MAX_SAFE_INTEGER);
            const ss = checkOffset('sourceStart', sourceStart, 0, this.length);
            const se = Math.min(this.length, sourceEnd === undefined ? this.length : Math.max(0, Math.trunc(Number(sourceEnd)) || 0));
            if (ts >= target.length || ss >= se) return 0;
            const n = Math.min(se - ss, target.length - ts);
            target.set(plainView(this, ss, ss + n), ts);
            return n;
        }

        fill(value, offset, end, encoding) {
            if (typeof offset === 'string') {
                encoding = offset;
                offset = undefined;
                end = undefined;
            } else if (typeof end === 'string') {
                encoding = end;
                end = undefined;
            }
            const from = checkOffset('offset', offset, 0, this.length);
            const to = checkOffset('end', end, this.length, this.length);
            if (to <= from) return this;
            if (typeof value === 'number' || typeof value === 'boolean') {
                super.fill(Number(value) & 255, from, to);
                return this;
            }
            const pattern = typeof value === 'string' ? stringBytes(value, encoding) : bytesOf(value);
            if (pattern === null) {
                super.fill(Number(value) & 255, from, to);
                return this;
            }
            if (pattern.length === 0) {
                if (typeof value === 'string' && value.length === 0) {
                    super.fill(0, from, to);
                    return this;
                }
                throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'The argument \'value\' is invalid.');
            }
            for (let i = from; i < to; i += pattern.length) this.set(plainView(pattern, 0, Math.min(pattern.length, to - i)), i);
            return this;
        }

        indexOf(value, byteOffset, encoding) {
            return this.#search(value, byteOffset, encoding, false);
        }

        lastIndexOf(value, byteOffset, encoding) {
            return this.#search(value, byteOffset, encoding, true);
        }

        includes(value, byteOffset, encoding) {
            return this.indexOf(value, byteOffset, encoding) !== -1;
        }

        #search(value, byteOffset, encoding, last) {
            if (typeof byteOffset === 'string') {
                encoding = byteOffset;
                byteOffset = undefined;
            }
            const from = clampIndex(byteOffset, this.length, last ? this.length : 0);
            if (typeof value === 'number') {
                const byte = value & 255;
                return last ? super.lastIndexOf(byte, from) : super.indexOf(byte, from);
            }
            const needle = typeof value === 'string' ? stringBytes(value, encoding) : bytesOf(value);
            if (needle === null) throw invalidArgType('value', 'one of type number or string or an instance of Buffer or Uint8Array', value);
            return indexOfBytes(this, needle, from, last);
        }
    }

    function fromArrayLike(value) {
        const length = Math.max(0, Math.trunc(Number(value.length)) || 0);
        const out = new Buffer(length);
        for (let i = 0; i < length; i++) out[i] = value[i];
        return out;
    }

    function compareBytes(a, b) {
        const n = Math.min(a.length, b.length);
        for (let i = 0; i < n; i++) {
            if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
        }
        return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
    }

    // readUInt16LE, writeInt32BE, readDoubleLE, readBigUInt64BE, … over a DataView.
    const NUMBER_ACCESSORS = [
        ['UInt8', 'Uint8', 1], ['Int8', 'Int8', 1],
        ['UInt16', 'Uint16', 2], ['Int16', 'Int16', 2],
        ['UInt32', 'Uint32', 4], ['Int32', 'Int32', 4],
        ['Float', 'Float32', 4], ['Double', 'Float64', 8],
        ['BigUInt64', 'BigUint64', 8], ['BigInt64', 'BigInt64', 8]
    ];
    const dataView = (buffer) => new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    function checkBounds(buffer, offset, size) {
        const at = offset === undefined ? 0 : offset;
        if (typeof at !== 'number') throw invalidArgType('offset', 'of type number', at);
        if (buffer.length < size) throw nodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
        if (at !== Math.floor(at) || at < 0 || at + size > buffer.length) {
            throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "offset" is out of range. It must be >= 0 and <= ${buffer.length - size}. Received ${at}`);
        }
        return at;
    }
    for (const [name, viewName, size] of NUMBER_ACCESSORS) {
        const get = DataView.prototype[`get${viewName}`];
        const set = DataView.prototype[`set${viewName}`];
        const endians = size === 1 ? [['', false]] : [['LE', true], ['BE', false]];
        for (const [suffix, little] of endians) {
            const read = function (offset) {
                return get.call(dataView(this), checkBounds(this, offset, size), little);
            };
            const write = function (value, offset) {
                const at = checkBounds(this, offset, size);
                set.call(dataView(this), at, value, little);
                return at + size;
            };
            for (const alias of new Set([name, name.replace('UInt', 'Uint')])) {
                Object.defineProperty(Buffer.prototype, `read${alias}${suffix}`, { value: read, writable: true, configurable: true });
                Object.defineProperty(Buffer.prototype, `write${alias}${suffix}`, { value: write, writable: true, configurable: true });
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // TextEncoder / TextDecoder

    class TextEncoder {
        get encoding() {
            return 'utf-8';
        }

        encode(input = '') {
            return utf8Encode(input);
        }

        encodeInto(source, destination) {
            if (!(destination instanceof Uint8Array)) throw new TypeError('The "dest" argument must be an instance of Uint8Array.');
            const text = usv(source);
            let read = 0;
            let written = 0;
            for (const ch of text) {
                const bytes = utf8EncodeSmall(ch);
                if (written + bytes.length > destination.length) break;
                for (const b of bytes) destination[written++] = b;
                read += ch.length;
            }
            return { read, written };
        }

        get [Symbol.toStringTag]() {
            return 'TextEncoder';
        }
    }

    const DECODER_LABELS = new Map([
        ['utf-8', 'utf-8'], ['utf8', 'utf-8'], ['unicode-1-1-utf-8', 'utf-8'], ['unicode11utf8', 'utf-8'], ['unicode20utf8', 'utf-8'], ['x-unicode20utf8', 'utf-8'],
        ['utf-16le', 'utf-16le'], ['utf-16', 'utf-16le'], ['ucs-2', 'utf-16le'], ['unicode', 'utf-16le'], ['csunicode', 'utf-16le'], ['iso-10646-ucs-2', 'utf-16le'], ['unicodefeff', 'utf-16le'],
        ['windows-1252', 'windows-1252'], ['latin1', 'windows-1252'], ['iso-8859-1', 'windows-1252'], ['iso8859-1', 'windows-1252'], ['iso88591', 'windows-1252'], ['l1', 'windows-1252'],
        ['ascii', 'windows-1252'], ['us-ascii', 'windows-1252'], ['cp1252', 'windows-1252'], ['x-cp1252', 'windows-1252'], ['cp819', 'windows-1252'], ['ibm819', 'windows-1252'],
        ['iso-ir-100', 'windows-1252'], ['csisolatin1', 'windows-1252'], ['ansi_x3.4-1968', 'windows-1252']
    ]);
    // windows-1252 bytes 0x80..0x9f (the rest is Latin-1).
    const WINDOWS_1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

    // How many bytes at the end of `bytes` start a UTF-8 sequence that is not complete yet.
    function incompleteUtf8Tail(bytes) {
        for (let back = 1; back <= Math.min(3, bytes.length); back++) {
            const b = bytes[bytes.length - back];
            if ((b & 0xc0) === 0x80) continue;
            const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 1;
            return need > back ? back : 0;
        }
        return 0;
    }

    class TextDecoder {
        #encoding;
        #fatal;
        #ignoreBOM;
        #pending = null;
        #started = false;

        constructor(label = 'utf-8', options = {}) {
            const encoding = DECODER_LABELS.get(String(label).trim().toLowerCase());
            if (encoding === undefined) throw nodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${label}" encoding is not supported`);
            this.#encoding = encoding;
            this.#fatal = Boolean(options && options.fatal);
            this.#ignoreBOM = Boolean(options && options.ignoreBOM);
        }

        get encoding() {
            return this.#encoding;
        }

        get fatal() {
            return this.#fatal;
        }

        get ignoreBOM() {
            return this.#ignoreBOM;
        }

        decode(input, options = {}) {
            let bytes = input === undefined ? new Uint8Array(0) : bytesOf(input);
            if (bytes === null) throw invalidArgType('input', 'an instance of ArrayBuffer or ArrayBufferView', input);
            if (this.#pending !== null) {
                const joined = new Uint8Array(this.#pending.length + bytes.length);
                joined.set(this.#pending);
                joined.set(bytes, this.#pending.length);
                bytes = joined;
                this.#pending = null;
            }
            const stream = Boolean(options && options.stream);
            if (stream) {
                const keep = this.#encoding === 'utf-8' ? incompleteUtf8Tail(bytes) : this.#encoding === 'utf-16le' ? bytes.length % 2 : 0;
                if (keep > 0) {
                    this.#pending = bytes.slice(bytes.length - keep);
                    bytes = plainView(bytes, 0, bytes.length - keep);
                }
            } else if (this.#encoding === 'utf-16le' && bytes.length % 2 === 1) {
                if (this.#fatal) throw nodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding utf-16le');
            }
            const stripBom = !this.#ignoreBOM && !this.#started;
            if (bytes.length > 0) this.#started = stream;
            else if (!stream) this.#started = false;
            let text;
            if (this.#encoding === 'utf-8') {
                try {
                    text = utf8Decode(bytes, this.#fatal, stripBom);
                } catch (error) {
                    throw nodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding utf-8');
                }
            } else if (this.#encoding === 'utf-16le') {
                text = utf16leString(bytes) + (!stream && bytes.length % 2 === 1 ? '\ufffd' : '');
                if (stripBom && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
            } else {
                text = latin1String(bytes, 0xff).replace(/[\x80-\x9f]/g, (ch) => WINDOWS_1252[ch.charCodeAt(0) - 0x80]);
            }
            return text;
        }

        get [Symbol.toStringTag]() {
            return 'TextDecoder';
        }
    }

    return {
        globals: { Buffer, TextEncoder, TextDecoder },
        module: {
            Buffer,
            atob: globalThis.atob,
            btoa: globalThis.btoa,
            kMaxLength: 0x7fffffff,
            constants: { MAX_LENGTH: 0x7fffffff, MAX_STRING_LENGTH: 0x3fffffff }
        },
        Buffer,
        toBuffer,
        stringBytes,
        encodingOf,
        checkSize,
        checkOffset
    };
});
