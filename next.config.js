// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Behind nginx (docker-compose.yml, npm run bench) the proxy compresses, once; the app process
  // would otherwise spend a core's time gzipping what nginx does in C.
  compress: process.env.FAIRBOARD_PROXY_COMPRESSES !== '1',
  // forbidden() and forbidden.tsx: a member whose role may not use a page gets a 403 page inside
  // the service (lib/tenancy/require-tenant.ts), not the 404 kept for other trusts' addresses.
  // serverActions.bodySizeLimit: an indicator figures upload may be up to 5 MB
  // (lib/indicators/csv-file.ts MAX_UPLOAD_BYTES); the default 1 MB would refuse it before the
  // action could say so. The extra covers the multipart envelope.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '6mb' } },
  // Native and file-reading packages must stay out of the server bundle (pdfkit loses its font
  // data files when bundled; fontkit is its font engine, which the reports also use; sharp, argon2
  // and pg ship native or optional pieces).
  serverExternalPackages: ['pdfkit', 'fontkit', 'sharp', '@node-rs/argon2', 'pg', '@prisma/adapter-pg'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
