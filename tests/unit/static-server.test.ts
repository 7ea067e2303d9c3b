/**
 * The static server the site tests and `npm run lighthouse` use: directories as index.html, the
 * site's 404 page, and, only when asked, gzip for text the way a production host sends it.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../support/static-server';

const root = path.join(import.meta.dirname, 'fixtures/static-site');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET (fetch would undo the gzip and hide what was sent). */
function get(url: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('serveStatic with compress', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(root, { compress: true });
  });
  afterAll(() => server.close());

  it('gzips HTML for a client that accepts it, and the bytes unpack to the file', async () => {
    const answer = await get(`${server.url}/guide/`, 'gzip, deflate, br');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers.vary).toBe('accept-encoding');
    const file = readFileSync(path.join(root, 'guide/index.html'));
    expect(answer.body.length).toBeLessThan(file.length);
    expect(gunzipSync(answer.body).equals(file)).toBe(true);
  });

  it('sends HTML as it is to a client that does not accept gzip', async () => {
    const answer = await get(`${server.url}/guide/`);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.equals(readFileSync(path.join(root, 'guide/index.html')))).toBe(true);
  });

  it('never gzips a font, which is compressed already', async () => {
    const answer = await get(`${server.url}/face.woff2`, 'gzip');
    expect(answer.headers['content-type']).toBe('font/woff2');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.equals(readFileSync(path.join(root, 'face.woff2')))).toBe(true);
  });

  it('answers an unknown path with the 404 page, gzipped too', async () => {
    const answer = await get(`${server.url}/missing/`, 'gzip');
    expect(answer.status).toBe(404);
    expect(gunzipSync(answer.body).equals(readFileSync(path.join(root, '404.html')))).toBe(true);
  });
});

describe('serveStatic without options', () => {
  it('never compresses, so tests see the built bytes', async () => {
    const server = await serveStatic(root);
    try {
      const answer = await get(`${server.url}/guide/`, 'gzip');
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.body.equals(readFileSync(path.join(root, 'guide/index.html')))).toBe(true);
    } finally {
      await server.close();
    }
  });
});
