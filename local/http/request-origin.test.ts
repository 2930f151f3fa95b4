import fc from 'fast-check';
import type http from 'node:http';
import { isIpLiteralHost, isLoopbackAddress, isLoopbackHost, provenanceOf } from './request-origin';

const SELF = 'http://127.0.0.1:3000';
const headers = (h: Record<string, string>) => h as http.IncomingHttpHeaders;

describe('loopback Host values', () => {
  it('accepts exactly 127.0.0.1, localhost and [::1], each with an optional port', () => {
    for (const host of ['127.0.0.1', '127.0.0.1:3000', 'localhost', 'LocalHost:1', '[::1]', '[::1]:65535']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of [undefined, '', '127.0.0.1.nip.io', 'localhost.', 'localhost.evil.example', 'evil.localhost', '127.0.0.2', '0.0.0.0', '::1', '[::1]x', '127.0.0.1:', '127.0.0.1:3000:1', 'localhost:3000/']) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });

  it('accepts no DNS name but localhost, with or without a port', () => {
    fc.assert(
      fc.property(fc.domain(), fc.option(fc.integer({ min: 0, max: 65535 }), { nil: undefined }), (domain, port) => {
        const host = port === undefined ? domain : `${domain}:${port}`;
        expect(isLoopbackHost(host)).toBe(domain.toLowerCase() === 'localhost');
        expect(isIpLiteralHost(host)).toBe(false);
      }),
    );
  });

  it('tells IP literals (which a page cannot rebind) from names', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.ipV6(), fc.integer({ min: 0, max: 65535 }), (v4, v6, port) => {
        expect(isIpLiteralHost(v4)).toBe(true);
        expect(isIpLiteralHost(`${v4}:${port}`)).toBe(true);
        expect(isIpLiteralHost(`[${v6}]:${port}`)).toBe(true);
        expect(isIpLiteralHost(v6)).toBe(false); // unbracketed IPv6 is no Host value
      }),
    );
  });
});

describe('loopback listen addresses', () => {
  it('knows the addresses only this machine reaches', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ['0.0.0.0', '::', '', '192.168.1.5', 'fe80::1', 'my-laptop', '::ffff:10.0.0.1']) expect(isLoopbackAddress(address)).toBe(false);
  });
});

describe('provenance of a request', () => {
  it('reads Fetch Metadata and Origin, and lets a foreign Origin win over anything else', () => {
    expect(provenanceOf(headers({ 'sec-fetch-site': 'same-origin' }), SELF)).toBe('same-origin');
    expect(provenanceOf(headers({ origin: SELF }), SELF)).toBe('same-origin');
    expect(provenanceOf(headers({ 'sec-fetch-site': 'none' }), SELF)).toBe('user');
    expect(provenanceOf(headers({}), SELF)).toBe('unknown');
    const foreign: Array<Record<string, string>> = [{ 'sec-fetch-site': 'same-site' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'bogus' }, { origin: 'null' }, { origin: 'http://localhost:3000' }, { origin: `${SELF}.evil.example` }, { origin: 'http://evil.example', 'sec-fetch-site': 'same-origin' }];
    for (const h of foreign) {
      expect(provenanceOf(headers(h), SELF)).toBe('cross-origin');
    }
  });

  it('never calls a request from any other origin same-origin', () => {
    fc.assert(
      fc.property(fc.webUrl().map((url) => new URL(url).origin), fc.constantFrom(undefined, 'same-origin', 'none', 'same-site', 'cross-site'), (origin, site) => {
        fc.pre(origin.toLowerCase() !== SELF);
        const h: Record<string, string> = { origin, ...(site ? { 'sec-fetch-site': site } : {}) };
        expect(provenanceOf(headers(h), SELF)).toBe('cross-origin');
      }),
    );
  });
});
