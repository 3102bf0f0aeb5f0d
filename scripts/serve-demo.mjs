/**
 * `npm start` (after the build): serves the demo page and dist/ on localhost. The reference server
 * (issue: reference server) replaces this with the REST backend and the demo site.
 */
import { join, normalize, resolve } from 'node:path';
import { createStaticServer } from './static-server.mjs';

const ROOT = resolve('.');
const PORT = Number(process.env.PORT ?? 8080);
const HOST = process.env.HOST ?? '127.0.0.1';
const SERVED = ['demo', 'dist'].map((dir) => join(ROOT, dir) + '/');

const server = createStaticServer((pathname) => {
  const file = normalize(join(ROOT, pathname === '/' ? '/demo/index.html' : pathname));
  return SERVED.some((dir) => file.startsWith(dir)) ? file : undefined;
});

server.listen(PORT, HOST, () => {
  console.log(`ija-widgets demo: http://${HOST === '0.0.0.0' ? 'localhost' : HOST}:${PORT}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
