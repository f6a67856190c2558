import http from 'node:http';

export type PageWeight = Readonly<{ scripts: number; compressedKb: number; uncompressedKb: number; encoding: string }>;

/** One asset as the browser receives it: bytes on the wire, with the server's compression. */
function wireBytes(url: string, encoding: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'Accept-Encoding': encoding } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () =>
          response.statusCode === 200
            ? resolve({ bytes, encoding: String(response.headers['content-encoding'] ?? 'identity') })
            : reject(new Error(`${url} answered ${response.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

/**
 * The JavaScript a page makes the browser download on first load: every script the page's HTML
 * names, fetched with and without compression. (Chunks loaded later, on interaction, are not
 * counted.)
 */
export async function pageJavaScript(baseUrl: string, cookie: string, path: string): Promise<PageWeight> {
  const html = await (await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie } })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!))];
  let compressed = 0;
  let plain = 0;
  const encodings = new Set<string>();
  for (const source of sources) {
    const url = new URL(source, baseUrl).toString();
    const packed = await wireBytes(url, 'br, gzip');
    compressed += packed.bytes;
    encodings.add(packed.encoding);
    plain += (await wireBytes(url, 'identity')).bytes;
  }
  return { scripts: sources.length, compressedKb: compressed / 1024, uncompressedKb: plain / 1024, encoding: [...encodings].join('+') || 'none' };
}
