// Node's `crypto` module (hashes and HMACs in Rust, randomness) and the global `crypto`.
// A section of the runtime globals, evaluated on first use (see `../globals.js`).
(function (shared) {
    'use strict';

    shared.need('base');
    shared.need('bytes');
    const { native, randomFill, toHex, nodeError, invalidArgType, usv, bytesOf, plainView, typedArrayTag, utf8Encode, Buffer, toBuffer, stringBytes, encodingOf, checkSize, checkOffset } = shared;

    const INTEGER_ARRAYS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];

    function getRandomValues(array) {
        if (!ArrayBuffer.isView(array) || array instanceof DataView || !INTEGER_ARRAYS.includes(typedArrayTag(array))) {
            throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
        }
        if (array.byteLength > 65536) {
            throw new DOMException(`The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`, 'QuotaExceededError');
        }
        randomFill(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
        return array;
    }

    const randomUUID = () => native.randomUUID();

    function keyHex(key) {
        if (typeof key === 'string') return toHex(utf8Encode(key));
        const bytes = bytesOf(key);
        if (bytes === null) throw invalidArgType('key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
        return toHex(bytes);
    }

    function feed(fn, data, inputEncoding) {
        if (typeof data === 'string') {
            const encoding = encodingOf(inputEncoding);
            if (encoding === 'utf8') fn('text', usv(data));
            else fn('hex', toHex(stringBytes(data, encoding)));
            return;
        }
        const bytes = bytesOf(data);
        if (bytes === null) throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
        fn('hex', toHex(bytes));
    }

    const finalized = () => nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');

    function output(bytes, encoding) {
        const buffer = toBuffer(bytes);
        return encoding === undefined || encoding === 'buffer' ? buffer : buffer.toString(encoding);
    }

    class Hash {
        #fn;
        #done = false;

        constructor(fn) {
            this.#fn = fn;
        }

        update(data, inputEncoding) {
            if (this.#done) throw finalized();
            feed(this.#fn, data, inputEncoding);
            return this;
        }

        digest(encoding) {
            if (this.#done) throw finalized();
            this.#done = true;
            return output(this.#fn('digest'), encoding);
        }

        copy() {
            if (this.#done) throw finalized();
            return new Hash(this.#fn('copy'));
        }
    }

    class Hmac {
        #fn;
        #done = false;

        constructor(fn) {
            this.#fn = fn;
        }

        update(data, inputEncoding) {
            if (this.#done) throw finalized();
            feed(this.#fn, data, inputEncoding);
            return this;
        }

        digest(encoding) {
            if (this.#done) throw finalized();
            this.#done = true;
            return output(this.#fn('digest'), encoding);
        }
    }

    function createHash(algorithm) {
        if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'of type string', algorithm);
        const fn = native.hash(algorithm);
        if (fn === null) throw nodeError(Error, 'ERR_OSSL_EVP_UNSUPPORTED', 'Digest method not supported');
        return new Hash(fn);
    }

    function createHmac(algorithm, key) {
        if (typeof algorithm !== 'string') throw invalidArgType('hmac', 'of type string', algorithm);
        const fn = native.hash(algorithm, keyHex(key));
        if (fn === null) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${algorithm}`);
        return new Hmac(fn);
    }

    function hash(algorithm, data, outputEncoding = 'hex') {
        return createHash(algorithm).update(data).digest(outputEncoding);
    }

    function randomBytes(size, callback) {
        const bytes = randomFill(new Buffer(checkSize(size)));
        if (typeof callback === 'function') {
            Promise.resolve().then(() => callback(null, bytes));
            return undefined;
        }
        return bytes;
    }

    function randomFillSync(target, offset, size) {
        const bytes = bytesOf(target);
        if (bytes === null) throw invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', target);
        const from = checkOffset('offset', offset, 0, bytes.length);
        const n = checkOffset('size', size, bytes.length - from, bytes.length - from);
        randomFill(plainView(bytes, from, from + n));
        return target;
    }

    function randomInt(min, max, callback) {
        if (typeof max !== 'number') {
            callback = max;
            max = min;
            min = 0;
        }
        if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
        if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
        const range = max - min;
        if (!(range > 0 && range <= 2 ** 48)) {
            throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "max" is out of range. It must be greater than the value of "min" (${min}) and the range must be <= 2^48. Received ${max}`);
        }
        // Rejection sampling over 48-bit numbers: uniform.
        const limit = 2 ** 48 - (2 ** 48 % range);
        let n;
        do {
            const b = native.randomBytes(6);
            n = b[0] * 2 ** 40 + b[1] * 2 ** 32 + b[2] * 2 ** 24 + b[3] * 2 ** 16 + b[4] * 2 ** 8 + b[5];
        } while (n >= limit);
        const result = min + (n % range);
        if (typeof callback === 'function') {
            Promise.resolve().then(() => callback(null, result));
            return undefined;
        }
        return result;
    }

    function timingSafeEqual(a, b) {
        const x = bytesOf(a);
        const y = bytesOf(b);
        if (x === null) throw invalidArgType('buf1', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', a);
        if (y === null) throw invalidArgType('buf2', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', b);
        if (x.length !== y.length) throw nodeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
        let diff = 0;
        for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
        return diff === 0;
    }

    const webcrypto = Object.create(null);
    Object.defineProperties(webcrypto, {
        getRandomValues: { value: getRandomValues, enumerable: true },
        randomUUID: { value: randomUUID, enumerable: true },
        [Symbol.toStringTag]: { value: 'Crypto' }
    });

    return {
        globals: { crypto: webcrypto },
        module: {
            createHash,
            createHmac,
            hash,
            getHashes: () => ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'],
            randomBytes,
            randomFillSync,
            randomInt,
            randomUUID,
            getRandomValues,
            timingSafeEqual,
            webcrypto,
            Hash,
            Hmac
        }
    };
});
