// URL (WHATWG URL standard: the basic URL parser, serializer and API).
// A section of the runtime globals, evaluated on first use (see `../globals.js`).
(function (shared) {
    'use strict';

    shared.need('base');
    shared.need('params');
    const { nodeError, usv, utf8EncodeSmall, fromCharCode, platformObjects, URLSearchParams, parseForm, percentByte, percentDecodeBytes, utf8DecodeSmall, linkParams, setParamsList } = shared;

    const FAILURE = Symbol('failure');
    const SPECIAL = new Map([['ftp', 21], ['file', null], ['http', 80], ['https', 443], ['ws', 80], ['wss', 443]]);
    const isSpecial = (record) => SPECIAL.has(record.scheme);
    const defaultPort = (scheme) => (SPECIAL.has(scheme) ? SPECIAL.get(scheme) : null);

    const inC0 = (cp) => cp < 0x20 || cp > 0x7e;
    const inFragmentSet = (cp) => inC0(cp) || cp === 0x20 || cp === 0x22 || cp === 0x3c || cp === 0x3e || cp === 0x60;
    const inQuerySet = (cp) => inC0(cp) || cp === 0x20 || cp === 0x22 || cp === 0x23 || cp === 0x3c || cp === 0x3e;
    const inSpecialQuerySet = (cp) => inQuerySet(cp) || cp === 0x27;
    const inPathSet = (cp) => inQuerySet(cp) || cp === 0x3f || cp === 0x60 || cp === 0x7b || cp === 0x7d;
    const inUserinfoSet = (cp) => inPathSet(cp) || cp === 0x2f || cp === 0x3a || cp === 0x3b || cp === 0x3d || cp === 0x40 || (cp >= 0x5b && cp <= 0x5e) || cp === 0x7c;


    // Each set as a table over ASCII (everything above is always encoded).
    const asciiTable = (inSet) => Uint8Array.from({ length: 128 }, (_, cp) => (inSet(cp) ? 1 : 0));
    const C0_SET = asciiTable(inC0);
    const FRAGMENT_SET = asciiTable(inFragmentSet);
    const QUERY_SET = asciiTable(inQuerySet);
    const SPECIAL_QUERY_SET = asciiTable(inSpecialQuerySet);
    const PATH_SET = asciiTable(inPathSet);
    const USERINFO_SET = asciiTable(inUserinfoSet);

    function percentEncode(ch, set) {
        const unit = ch.charCodeAt(0);
        if (unit < 128 && set[unit] === 0) return ch;
        return utf8EncodeSmall(ch).map(percentByte).join('');
    }

    function percentEncodeString(text, set) {
        let out = '';
        for (const ch of text) out += percentEncode(ch, set);
        return out;
    }

    const isDigit = (c) => c !== undefined && c.length === 1 && c >= '0' && c <= '9';
    const isAlpha = (c) => c !== undefined && c.length === 1 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    const isHexDigit = (c) => isDigit(c) || (c !== undefined && c.length === 1 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));

    const isWindowsDriveLetter = (s) => s.length === 2 && isAlpha(s[0]) && (s[1] === ':' || s[1] === '|');
    const isNormalizedWindowsDriveLetter = (s) => s.length === 2 && isAlpha(s[0]) && s[1] === ':';
    function startsWithWindowsDriveLetter(cps, at) {
        const rest = cps.length - at;
        if (rest < 2 || !isAlpha(cps[at]) || (cps[at + 1] !== ':' && cps[at + 1] !== '|')) return false;
        return rest === 2 || '/\\?#'.includes(cps[at + 2]);
    }
    const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
    const isDoubleDot = (s) => {
        const l = s.toLowerCase();
        return l === '..' || l === '.%2e' || l === '%2e.' || l === '%2e%2e';
    };

    function shortenPath(record) {
        const path = record.path;
        if (record.scheme === 'file' && path.length === 1 && isNormalizedWindowsDriveLetter(path[0])) return;
        path.pop();
    }

    const hasOpaquePath = (record) => typeof record.path === 'string';
    const includesCredentials = (record) => record.username !== '' || record.password !== '';
    const cannotHaveCredentialsOrPort = (record) => record.host === null || record.host === '' || record.scheme === 'file';

    // -- hosts

    function parseIPv4Number(text) {
        if (text === '') return FAILURE;
        let radix = 10;
        if (text.length >= 2 && text[0] === '0' && (text[1] === 'x' || text[1] === 'X')) {
            text = text.slice(2);
            radix = 16;
        } else if (text.length >= 2 && text[0] === '0') {
            text = text.slice(1);
            radix = 8;
        }
        if (text === '') return 0;
        const valid = radix === 16 ? /^[0-9A-Fa-f]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
        if (!valid.test(text)) return FAILURE;
        return parseInt(text, radix);
    }

    function endsInANumber(text) {
        const parts = text.split('.');
        if (parts[parts.length - 1] === '') {
            if (parts.length === 1) return false;
            parts.pop();
        }
        const last = parts[parts.length - 1];
        if (last !== '' && /^[0-9]+$/.test(last)) return true;
        return parseIPv4Number(last) !== FAILURE;
    }

    function parseIPv4(text) {
        const parts = text.split('.');
        if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
        if (parts.length > 4) return FAILURE;
        const numbers = [];
        for (const part of parts) {
            const n = parseIPv4Number(part);
            if (n === FAILURE) return FAILURE;
            numbers.push(n);
        }
        for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return FAILURE;
        const last = numbers[numbers.length - 1];
        if (last >= 256 ** (5 - numbers.length)) return FAILURE;
        let address = last;
        for (let i = 0; i < numbers.length - 1; i++) address += numbers[i] * 256 ** (3 - i);
        return [address >>> 24, (address >>> 16) & 255, (address >>> 8) & 255, address & 255].join('.');
    }

    function parseIPv6(input) {
        const address = [0, 0, 0, 0, 0, 0, 0, 0];
        let pieceIndex = 0;
        let compress = null;
        let p = 0;
        const cps = Array.from(input);
        if (cps[p] === ':') {
            if (cps[p + 1] !== ':') return FAILURE;
            p += 2;
            pieceIndex++;
            compress = pieceIndex;
        }
        while (cps[p] !== undefined) {
            if (pieceIndex === 8) return FAILURE;
            if (cps[p] === ':') {
                if (compress !== null) return FAILURE;
                p++;
                pieceIndex++;
                compress = pieceIndex;
                continue;
            }
            let value = 0;
            let length = 0;
            while (length < 4 && isHexDigit(cps[p])) {
                value = value * 16 + parseInt(cps[p], 16);
                p++;
                length++;
            }
            if (cps[p] === '.') {
                if (length === 0) return FAILURE;
                p -= length;
                if (pieceIndex > 6) return FAILURE;
                let numbersSeen = 0;
                while (cps[p] !== undefined) {
                    let piece = null;
                    if (numbersSeen > 0) {
                        if (cps[p] === '.' && numbersSeen < 4) p++;
                        else return FAILURE;
                    }
                    if (!isDigit(cps[p])) return FAILURE;
                    while (isDigit(cps[p])) {
                        const n = Number(cps[p]);
                        if (piece === null) piece = n;
                        else if (piece === 0) return FAILURE;
                        else piece = piece * 10 + n;
                        if (piece > 255) return FAILURE;
                        p++;
                    }
                    address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
                    numbersSeen++;
                    if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
                }
                if (numbersSeen !== 4) return FAILURE;
                break;
            } else if (cps[p] === ':') {
                p++;
                if (cps[p] === undefined) return FAILURE;
            } else if (cps[p] !== undefined) return FAILURE;
            address[pieceIndex] = value;
            pieceIndex++;
        }
        if (compress !== null) {
            let swaps = pieceIndex - compress;
            pieceIndex = 7;
            while (pieceIndex !== 0 && swaps > 0) {
                const t = address[pieceIndex];
                address[pieceIndex] = address[compress + swaps - 1];
                address[compress + swaps - 1] = t;
                pieceIndex--;
                swaps--;
            }
        } else if (pieceIndex !== 8) return FAILURE;
        return address;
    }

    function serializeIPv6(address) {
        // The first longest run of two or more zero pieces is compressed.
        let compress = null;
        let best = 1;
        for (let i = 0; i < 8; ) {
            if (address[i] !== 0) {
                i++;
                continue;
            }
            let j = i;
            while (j < 8 && address[j] === 0) j++;
            if (j - i > best) {
                best = j - i;
                compress = i;
            }
            i = j;
        }
        let out = '';
        let ignore0 = false;
        for (let i = 0; i < 8; i++) {
            if (ignore0 && address[i] === 0) continue;
            ignore0 = false;
            if (compress === i) {
                out += i === 0 ? '::' : ':';
                ignore0 = true;
                continue;
            }
            out += address[i].toString(16);
            if (i !== 7) out += ':';
        }
        return out;
    }

    // RFC 3492 Punycode, for the non-ASCII labels of domains.
    function punycode(label) {
        const base = 36;
        const tMin = 1;
        const tMax = 26;
        const cps = Array.from(label, (ch) => ch.codePointAt(0));
        const digit = (d) => fromCharCode(d < 26 ? 97 + d : 22 + d);
        const adapt = (delta, points, first) => {
            delta = first ? Math.floor(delta / 700) : delta >> 1;
            delta += Math.floor(delta / points);
            let k = 0;
            while (delta > ((base - tMin) * tMax) >> 1) {
                delta = Math.floor(delta / (base - tMin));
                k += base;
            }
            return k + Math.floor(((base - tMin + 1) * delta) / (delta + 38));
        };
        let out = cps.filter((c) => c < 0x80).map((c) => fromCharCode(c)).join('');
        const basic = out.length;
        let handled = basic;
        if (basic > 0) out += '-';
        let n = 128;
        let delta = 0;
        let bias = 72;
        while (handled < cps.length) {
            let m = Infinity;
            for (const c of cps) if (c >= n && c < m) m = c;
            delta += (m - n) * (handled + 1);
            n = m;
            for (const c of cps) {
                if (c < n) delta++;
                if (c === n) {
                    let q = delta;
                    for (let k = base; ; k += base) {
                        const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
                        if (q < t) break;
                        out += digit(t + ((q - t) % (base - t)));
                        q = Math.floor((q - t) / (base - t));
                    }
                    out += digit(q);
                    bias = adapt(delta, handled + 1, handled === basic);
                    delta = 0;
                    handled++;
                }
            }
            delta++;
            n++;
        }
        return out;
    }

    // Domain to ASCII: lower case, NFC, IDNA dots, Punycode for non-ASCII labels (a subset of
    // UTS #46 that covers real host names).
    function domainToASCII(domain) {
        let text = domain;
        // eslint-disable-next-line no-control-regex
        if (/[^\x00-\x7f]/.test(text)) {
            text = text.normalize('NFC').replace(/[\u3002\uff0e\uff61]/g, '.').replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').toLowerCase();
            text = text
                .split('.')
                .map((label) => (/[^\x00-\x7f]/.test(label) ? 'xn--' + punycode(label) : label))
                .join('.');
        } else {
            text = text.toLowerCase();
        }
        return text === '' ? FAILURE : text;
    }

    // eslint-disable-next-line no-control-regex
    const FORBIDDEN_HOST = /[\x00\t\n\r #/:<>?@[\\\]^|]/;
    // eslint-disable-next-line no-control-regex
    const FORBIDDEN_DOMAIN = /[\x00-\x20#%/:<>?@[\\\]^|\x7f]/;

    function parseHost(input, isOpaque) {
        if (input.startsWith('[')) {
            if (!input.endsWith(']')) return FAILURE;
            const address = parseIPv6(input.slice(1, -1));
            return address === FAILURE ? FAILURE : '[' + serializeIPv6(address) + ']';
        }
        if (isOpaque) {
            if (FORBIDDEN_HOST.test(input)) return FAILURE;
            return percentEncodeString(input, C0_SET);
        }
        const domain = input.includes('%') ? utf8DecodeSmall(percentDecodeBytes(input)) : input;
        const ascii = domainToASCII(domain);
        if (ascii === FAILURE || FORBIDDEN_DOMAIN.test(ascii)) return FAILURE;
        if (endsInANumber(ascii)) return parseIPv4(ascii);
        return ascii;
    }

    // -- the basic URL parser

    // Parser states.
    const ST_SCHEME_START = 1;
    const ST_SCHEME = 2;
    const ST_NO_SCHEME = 3;
    const ST_SPECIAL_RELATIVE_OR_AUTHORITY = 4;
    const ST_PATH_OR_AUTHORITY = 5;
    const ST_RELATIVE = 6;
    const ST_RELATIVE_SLASH = 7;
    const ST_SPECIAL_AUTHORITY_SLASHES = 8;
    const ST_SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
    const ST_AUTHORITY = 10;
    const ST_HOST = 11;
    const ST_HOSTNAME = 12;
    const ST_PORT = 13;
    const ST_FILE = 14;
    const ST_FILE_SLASH = 15;
    const ST_FILE_HOST = 16;
    const ST_PATH_START = 17;
    const ST_PATH = 18;
    const ST_OPAQUE_PATH = 19;
    const ST_QUERY = 20;
    const ST_FRAGMENT = 21;

    const newRecord = () => ({ scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null });

    // Returns the record, or FAILURE. With `stateOverride` it updates `record` in place (the
    // setters) and returns undefined or FAILURE.
    function parseURL(input, base, record, stateOverride) {
        if (!record) {
            record = newRecord();
            // eslint-disable-next-line no-control-regex
            input = input.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
        }
        input = input.replace(/[\t\n\r]/g, '');
        let state = stateOverride || ST_SCHEME_START;
        let buffer = '';
        let atSignSeen = false;
        let insideBrackets = false;
        let passwordTokenSeen = false;
        const cps = Array.from(input);
        const special = () => isSpecial(record);

        for (let p = 0; p <= cps.length; p++) {
            const c = cps[p];
            switch (state) {
                case ST_SCHEME_START:
                    if (isAlpha(c)) {
                        buffer += c.toLowerCase();
                        state = ST_SCHEME;
                    } else if (!stateOverride) {
                        state = ST_NO_SCHEME;
                        p--;
                    } else return FAILURE;
                    break;

                case ST_SCHEME:
                    if (isAlpha(c) || isDigit(c) || c === '+' || c === '-' || c === '.') {
                        buffer += c.toLowerCase();
                    } else if (c === ':') {
                        if (stateOverride) {
                            if (SPECIAL.has(record.scheme) !== SPECIAL.has(buffer)) return undefined;
                            if ((includesCredentials(record) || record.port !== null) && buffer === 'file') return undefined;
                            if (record.scheme === 'file' && record.host === '') return undefined;
                        }
                        record.scheme = buffer;
                        if (stateOverride) {
                            if (record.port === defaultPort(record.scheme)) record.port = null;
                            return undefined;
                        }
                        buffer = '';
                        if (record.scheme === 'file') {
                            state = ST_FILE;
                        } else if (special() && base && base.scheme === record.scheme) {
                            state = ST_SPECIAL_RELATIVE_OR_AUTHORITY;
                        } else if (special()) {
                            state = ST_SPECIAL_AUTHORITY_SLASHES;
                        } else if (cps[p + 1] === '/') {
                            state = ST_PATH_OR_AUTHORITY;
                            p++;
                        } else {
                            record.path = '';
                            state = ST_OPAQUE_PATH;
                        }
                    } else if (!stateOverride) {
                        buffer = '';
                        state = ST_NO_SCHEME;
                        p = -1;
                    } else return FAILURE;
                    break;

                case ST_NO_SCHEME:
                    if (!base || (hasOpaquePath(base) && c !== '#')) return FAILURE;
                    if (hasOpaquePath(base) && c === '#') {
                        record.scheme = base.scheme;
                        record.path = base.path;
                        record.query = base.query;
                        record.fragment = '';
                        state = ST_FRAGMENT;
                    } else if (base.scheme !== 'file') {
                        state = ST_RELATIVE;
                        p--;
                    } else {
                        state = ST_FILE;
                        p--;
                    }
                    break;

                case ST_SPECIAL_RELATIVE_OR_AUTHORITY:
                    if (c === '/' && cps[p + 1] === '/') {
                        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
                        p++;
                    } else {
                        state = ST_RELATIVE;
                        p--;
                    }
                    break;

                case ST_PATH_OR_AUTHORITY:
                    if (c === '/') state = ST_AUTHORITY;
                    else {
                        state = ST_PATH;
                        p--;
                    }
                    break;

                case ST_RELATIVE:
                    record.scheme = base.scheme;
                    if (c === '/' || (special() && c === '\\')) {
                        state = ST_RELATIVE_SLASH;
                    } else {
                        record.username = base.username;
                        record.password = base.password;
                        record.host = base.host;
                        record.port = base.port;
                        record.path = base.path.slice();
                        record.query = base.query;
                        if (c === '?') {
                            record.query = '';
                            state = ST_QUERY;
                        } else if (c === '#') {
                            record.fragment = '';
                            state = ST_FRAGMENT;
                        } else if (c !== undefined) {
                            record.query = null;
                            shortenPath(record);
                            state = ST_PATH;
                            p--;
                        }
                    }
                    break;

                case ST_RELATIVE_SLASH:
                    if (special() && (c === '/' || c === '\\')) {
                        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
                    } else if (c === '/') {
                        state = ST_AUTHORITY;
                    } else {
                        record.username = base.username;
                        record.password = base.password;
                        record.host = base.host;
                        record.port = base.port;
                        state = ST_PATH;
                        p--;
                    }
                    break;

                case ST_SPECIAL_AUTHORITY_SLASHES:
                    if (c === '/' && cps[p + 1] === '/') {
                        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
                        p++;
                    } else {
                        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
                        p--;
                    }
                    break;

                case ST_SPECIAL_AUTHORITY_IGNORE_SLASHES:
                    if (c !== '/' && c !== '\\') {
                        state = ST_AUTHORITY;
                        p--;
                    }
                    break;

                case ST_AUTHORITY:
                    if (c === '@') {
                        if (atSignSeen) buffer = '%40' + buffer;
                        atSignSeen = true;
                        for (const ch of buffer) {
                            if (ch === ':' && !passwordTokenSeen) {
                                passwordTokenSeen = true;
                                continue;
                            }
                            const encoded = percentEncode(ch, USERINFO_SET);
                            if (passwordTokenSeen) record.password += encoded;
                            else record.username += encoded;
                        }
                        buffer = '';
                    } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special() && c === '\\')) {
                        if (atSignSeen && buffer === '') return FAILURE;
                        p -= Array.from(buffer).length + 1;
                        buffer = '';
                        state = ST_HOST;
                    } else {
                        buffer += c;
                    }
                    break;

                case ST_HOST:
                case ST_HOSTNAME:
                    if (stateOverride && record.scheme === 'file') {
                        p--;
                        state = ST_FILE_HOST;
                    } else if (c === ':' && !insideBrackets) {
                        if (buffer === '') return FAILURE;
                        if (stateOverride === ST_HOSTNAME) return FAILURE;
                        const host = parseHost(buffer, !special());
                        if (host === FAILURE) return FAILURE;
                        record.host = host;
                        buffer = '';
                        state = ST_PORT;
                    } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special() && c === '\\')) {
                        p--;
                        if (special() && buffer === '') return FAILURE;
                        if (stateOverride && buffer === '' && (includesCredentials(record) || record.port !== null)) return FAILURE;
                        const host = parseHost(buffer, !special());
                        if (host === FAILURE) return FAILURE;
                        record.host = host;
                        buffer = '';
                        state = ST_PATH_START;
                        if (stateOverride) return undefined;
                    } else {
                        if (c === '[') insideBrackets = true;
                        if (c === ']') insideBrackets = false;
                        buffer += c;
                    }
                    break;

                case ST_PORT:
                    if (isDigit(c)) {
                        buffer += c;
                    } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special() && c === '\\') || stateOverride) {
                        if (buffer !== '') {
                            const port = parseInt(buffer, 10);
                            if (port > 65535) return FAILURE;
                            record.port = port === defaultPort(record.scheme) ? null : port;
                            buffer = '';
                        }
                        if (stateOverride) return undefined;
                        state = ST_PATH_START;
                        p--;
                    } else return FAILURE;
                    break;

                case ST_FILE:
                    record.scheme = 'file';
                    record.host = '';
                    if (c === '/' || c === '\\') {
                        state = ST_FILE_SLASH;
                    } else if (base && base.scheme === 'file') {
                        record.host = base.host;
                        record.path = base.path.slice();
                        record.query = base.query;
                        if (c === '?') {
                            record.query = '';
                            state = ST_QUERY;
                        } else if (c === '#') {
                            record.fragment = '';
                            state = ST_FRAGMENT;
                        } else if (c !== undefined) {
                            record.query = null;
                            if (!startsWithWindowsDriveLetter(cps, p)) shortenPath(record);
                            else record.path = [];
                            state = ST_PATH;
                            p--;
                        }
                    } else {
                        state = ST_PATH;
                        p--;
                    }
                    break;

                case ST_FILE_SLASH:
                    if (c === '/' || c === '\\') {
                        state = ST_FILE_HOST;
                    } else {
                        if (base && base.scheme === 'file') {
                            record.host = base.host;
                            if (!startsWithWindowsDriveLetter(cps, p) && base.path.length > 0 && isNormalizedWindowsDriveLetter(base.path[0])) {
                                record.path.push(base.path[0]);
                            }
                        }
                        state = ST_PATH;
                        p--;
                    }
                    break;

                case ST_FILE_HOST:
                    if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
                        p--;
                        if (!stateOverride && isWindowsDriveLetter(buffer)) {
                            state = ST_PATH;
                        } else if (buffer === '') {
                            record.host = '';
                            if (stateOverride) return undefined;
                            state = ST_PATH_START;
                        } else {
                            let host = parseHost(buffer, !special());
                            if (host === FAILURE) return FAILURE;
                            if (host === 'localhost') host = '';
                            record.host = host;
                            if (stateOverride) return undefined;
                            buffer = '';
                            state = ST_PATH_START;
                        }
                    } else {
                        buffer += c;
                    }
                    break;

                case ST_PATH_START:
                    if (special()) {
                        state = ST_PATH;
                        if (c !== '/' && c !== '\\') p--;
                    } else if (!stateOverride && c === '?') {
                        record.query = '';
                        state = ST_QUERY;
                    } else if (!stateOverride && c === '#') {
                        record.fragment = '';
                        state = ST_FRAGMENT;
                    } else if (c !== undefined) {
                        state = ST_PATH;
                        if (c !== '/') p--;
                    } else if (stateOverride && record.host === null) {
                        record.path.push('');
                    }
                    break;

                case ST_PATH:
                    if (c === undefined || c === '/' || (special() && c === '\\') || (!stateOverride && (c === '?' || c === '#'))) {
                        const slash = c === '/' || (special() && c === '\\');
                        if (isDoubleDot(buffer)) {
                            shortenPath(record);
                            if (!slash) record.path.push('');
                        } else if (isSingleDot(buffer) && !slash) {
                            record.path.push('');
                        } else if (!isSingleDot(buffer)) {
                            if (record.scheme === 'file' && record.path.length === 0 && isWindowsDriveLetter(buffer)) {
                                buffer = buffer[0] + ':';
                            }
                            record.path.push(buffer);
                        }
                        buffer = '';
                        if (c === '?') {
                            record.query = '';
                            state = ST_QUERY;
                        }
                        if (c === '#') {
                            record.fragment = '';
                            state = ST_FRAGMENT;
                        }
                    } else {
                        buffer += percentEncode(c, PATH_SET);
                    }
                    break;

                case ST_OPAQUE_PATH:
                    if (c === '?') {
                        record.query = '';
                        state = ST_QUERY;
                    } else if (c === '#') {
                        record.fragment = '';
                        state = ST_FRAGMENT;
                    } else if (c !== undefined) {
                        record.path += percentEncode(c, C0_SET);
                    }
                    break;

                case ST_QUERY:
                    if ((!stateOverride && c === '#') || c === undefined) {
                        record.query += percentEncodeString(buffer, special() ? SPECIAL_QUERY_SET : QUERY_SET);
                        buffer = '';
                        if (c === '#') {
                            record.fragment = '';
                            state = ST_FRAGMENT;
                        }
                    } else {
                        buffer += c;
                    }
                    break;

                case ST_FRAGMENT:
                    if (c !== undefined) record.fragment += percentEncode(c, FRAGMENT_SET);
                    break;
            }
        }
        return stateOverride ? undefined : record;
    }

    const serializePath = (record) => (hasOpaquePath(record) ? record.path : record.path.map((segment) => '/' + segment).join(''));

    function serializeURL(record, excludeFragment) {
        let out = record.scheme + ':';
        if (record.host !== null) {
            out += '//';
            if (includesCredentials(record)) {
                out += record.username;
                if (record.password !== '') out += ':' + record.password;
                out += '@';
            }
            out += record.host;
            if (record.port !== null) out += ':' + record.port;
        } else if (!hasOpaquePath(record) && record.path.length > 1 && record.path[0] === '') {
            out += '/.';
        }
        out += serializePath(record);
        if (record.query !== null) out += '?' + record.query;
        if (!excludeFragment && record.fragment !== null) out += '#' + record.fragment;
        return out;
    }

    function serializeOrigin(record) {
        switch (record.scheme) {
            case 'blob': {
                const inner = parseURL(serializePath(record), null);
                return inner !== FAILURE && (inner.scheme === 'http' || inner.scheme === 'https') ? serializeOrigin(inner) : 'null';
            }
            case 'ftp':
            case 'http':
            case 'https':
            case 'ws':
            case 'wss':
                return record.scheme + '://' + record.host + (record.port !== null ? ':' + record.port : '');
            default:
                return 'null';
        }
    }

    // The record of each URL, out of reach of scripts.
    const urlRecords = new WeakMap();
    const urlParams = new WeakMap();
    platformObjects.push((value) => urlRecords.has(value));

    function recordOf(url) {
        const record = urlRecords.get(url);
        if (record === undefined) throw new TypeError('Value of "this" must be of type URL');
        return record;
    }

    function invalidURL(input, base) {
        const error = nodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
        error.input = input;
        if (base !== undefined) error.base = base;
        return error;
    }

    function parseWithBase(url, base) {
        let baseRecord = null;
        if (base !== undefined) {
            baseRecord = parseURL(usv(base), null);
            if (baseRecord === FAILURE) return FAILURE;
        }
        return parseURL(usv(url), baseRecord);
    }

    class URL {
        constructor(url, base = undefined) {
            if (arguments.length === 0) throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "url" argument must be specified');
            const record = parseWithBase(url, base);
            if (record === FAILURE) throw invalidURL(String(url), base === undefined ? undefined : String(base));
            urlRecords.set(this, record);
            const params = new URLSearchParams(record.query || '');
            linkParams(params, (serialized) => {
                recordOf(this).query = serialized === '' ? null : serialized;
            });
            urlParams.set(this, params);
        }

        static canParse(url, base = undefined) {
            return parseWithBase(url, base) !== FAILURE;
        }

        static parse(url, base = undefined) {
            try {
                return new URL(url, base);
            } catch (_) {
                return null;
            }
        }

        get href() {
            return serializeURL(recordOf(this), false);
        }

        set href(value) {
            const record = parseURL(usv(value), null);
            if (record === FAILURE) throw invalidURL(String(value));
            urlRecords.set(this, record);
            setParamsList(urlParams.get(this), record.query === null ? [] : parseForm(record.query));
        }

        get origin() {
            return serializeOrigin(recordOf(this));
        }

        get protocol() {
            return recordOf(this).scheme + ':';
        }

        set protocol(value) {
            parseURL(usv(value) + ':', null, recordOf(this), ST_SCHEME_START);
        }

        get username() {
            return recordOf(this).username;
        }

        set username(value) {
            const record = recordOf(this);
            if (cannotHaveCredentialsOrPort(record)) return;
            record.username = percentEncodeString(usv(value), USERINFO_SET);
        }

        get password() {
            return recordOf(this).password;
        }

        set password(value) {
            const record = recordOf(this);
            if (cannotHaveCredentialsOrPort(record)) return;
            record.password = percentEncodeString(usv(value), USERINFO_SET);
        }

        get host() {
            const record = recordOf(this);
            if (record.host === null) return '';
            return record.port === null ? record.host : record.host + ':' + record.port;
        }

        set host(value) {
            const record = recordOf(this);
            if (hasOpaquePath(record)) return;
            parseURL(usv(value), null, record, ST_HOST);
        }

        get hostname() {
            const host = recordOf(this).host;
            return host === null ? '' : host;
        }

        set hostname(value) {
            const record = recordOf(this);
            if (hasOpaquePath(record)) return;
            parseURL(usv(value), null, record, ST_HOSTNAME);
        }

        get port() {
            const port = recordOf(this).port;
            return port === null ? '' : String(port);
        }

        set port(value) {
            const record = recordOf(this);
            if (cannotHaveCredentialsOrPort(record)) return;
            const text = usv(value);
            if (text === '') record.port = null;
            else parseURL(text, null, record, ST_PORT);
        }

        get pathname() {
            return serializePath(recordOf(this));
        }

        set pathname(value) {
            const record = recordOf(this);
            if (hasOpaquePath(record)) return;
            record.path = [];
            parseURL(usv(value), null, record, ST_PATH_START);
        }

        get search() {
            const query = recordOf(this).query;
            return query === null || query === '' ? '' : '?' + query;
        }

        set search(value) {
            const record = recordOf(this);
            let text = usv(value);
            if (text === '') {
                record.query = null;
                setParamsList(urlParams.get(this), []);
                return;
            }
            if (text.startsWith('?')) text = text.slice(1);
            record.query = '';
            parseURL(text, null, record, ST_QUERY);
            setParamsList(urlParams.get(this), parseForm(text));
        }

        get searchParams() {
            recordOf(this);
            return urlParams.get(this);
        }

        get hash() {
            const fragment = recordOf(this).fragment;
            return fragment === null || fragment === '' ? '' : '#' + fragment;
        }

        set hash(value) {
            const record = recordOf(this);
            let text = usv(value);
            if (text === '') {
                record.fragment = null;
                return;
            }
            if (text.startsWith('#')) text = text.slice(1);
            record.fragment = '';
            parseURL(text, null, record, ST_FRAGMENT);
        }

        toString() {
            return this.href;
        }

        toJSON() {
            return this.href;
        }

        get [Symbol.toStringTag]() {
            return 'URL';
        }
    }
    for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
        Object.defineProperty(URL.prototype, name, Object.assign(Object.getOwnPropertyDescriptor(URL.prototype, name), { enumerable: true }));
    }

    return { globals: { URL }, module: { URL, URLSearchParams } };
});
