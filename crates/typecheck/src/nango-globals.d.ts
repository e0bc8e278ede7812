// Minimal declarations of the Node.js globals and modules that Nango scripts use, written by nango-rs
// for type-checking when the project has no @types/node. The nango-rs runtime provides these at run
// time. This file is a global script (no top-level import or export), so everything here is ambient.

type BufferEncoding =
    | 'ascii'
    | 'utf8'
    | 'utf-8'
    | 'utf16le'
    | 'ucs2'
    | 'ucs-2'
    | 'base64'
    | 'base64url'
    | 'latin1'
    | 'binary'
    | 'hex';

interface Buffer extends Uint8Array {
    toString(encoding?: BufferEncoding, start?: number, end?: number): string;
    toJSON(): { type: 'Buffer'; data: number[] };
    equals(other: Uint8Array): boolean;
    write(value: string, encoding?: BufferEncoding): number;
}

interface BufferConstructor {
    readonly prototype: Buffer;
    from(value: string, encoding?: BufferEncoding): Buffer;
    from(value: ArrayLike<number> | ArrayBuffer | Uint8Array): Buffer;
    alloc(size: number, fill?: number | string, encoding?: BufferEncoding): Buffer;
    concat(list: readonly Uint8Array[], totalLength?: number): Buffer;
    isBuffer(value: unknown): value is Buffer;
    byteLength(value: string | ArrayBuffer | ArrayBufferView, encoding?: BufferEncoding): number;
}

declare var Buffer: BufferConstructor;

interface URLSearchParams {
    readonly size: number;
    append(name: string, value: string): void;
    delete(name: string, value?: string): void;
    get(name: string): string | null;
    getAll(name: string): string[];
    has(name: string, value?: string): boolean;
    set(name: string, value: string): void;
    sort(): void;
    forEach(callback: (value: string, key: string, parent: URLSearchParams) => void): void;
    entries(): IterableIterator<[string, string]>;
    keys(): IterableIterator<string>;
    values(): IterableIterator<string>;
    [Symbol.iterator](): IterableIterator<[string, string]>;
    toString(): string;
}

declare var URLSearchParams: {
    readonly prototype: URLSearchParams;
    new (init?: string | URLSearchParams | Record<string, string> | Iterable<readonly [string, string]>): URLSearchParams;
};

interface URL {
    hash: string;
    host: string;
    hostname: string;
    href: string;
    readonly origin: string;
    password: string;
    pathname: string;
    port: string;
    protocol: string;
    search: string;
    readonly searchParams: URLSearchParams;
    username: string;
    toString(): string;
    toJSON(): string;
}

declare var URL: {
    readonly prototype: URL;
    new (url: string | URL, base?: string | URL): URL;
    canParse(url: string | URL, base?: string | URL): boolean;
};

interface TextEncoder {
    readonly encoding: string;
    encode(input?: string): Uint8Array;
}

declare var TextEncoder: {
    readonly prototype: TextEncoder;
    new (): TextEncoder;
};

interface TextDecoder {
    readonly encoding: string;
    decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string;
}

declare var TextDecoder: {
    readonly prototype: TextDecoder;
    new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};

interface Console {
    log(...data: unknown[]): void;
    info(...data: unknown[]): void;
    warn(...data: unknown[]): void;
    error(...data: unknown[]): void;
    debug(...data: unknown[]): void;
}

declare var console: Console;

declare function setTimeout(callback: (...args: any[]) => void, ms?: number, ...args: any[]): unknown;
declare function clearTimeout(handle: unknown): void;
declare function setInterval(callback: (...args: any[]) => void, ms?: number, ...args: any[]): unknown;
declare function clearInterval(handle: unknown): void;
declare function atob(data: string): string;
declare function btoa(data: string): string;

declare module 'crypto' {
    type BinaryToTextEncoding = 'base64' | 'base64url' | 'hex' | 'binary';
    type BinaryLike = string | Uint8Array;

    interface Hash {
        update(data: BinaryLike, inputEncoding?: BufferEncoding): Hash;
        digest(): Buffer;
        digest(encoding: BinaryToTextEncoding): string;
    }

    interface Hmac {
        update(data: BinaryLike, inputEncoding?: BufferEncoding): Hmac;
        digest(): Buffer;
        digest(encoding: BinaryToTextEncoding): string;
    }

    export function createHash(algorithm: string): Hash;
    export function createHmac(algorithm: string, key: BinaryLike): Hmac;
    export function randomUUID(): string;
    export function randomBytes(size: number): Buffer;
    export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
}

declare module 'node:crypto' {
    export * from 'crypto';
}

declare module 'url' {
    export const URL: typeof globalThis.URL;
    export type URL = globalThis.URL;
    export const URLSearchParams: typeof globalThis.URLSearchParams;
    export type URLSearchParams = globalThis.URLSearchParams;
}

declare module 'node:url' {
    export * from 'url';
}
