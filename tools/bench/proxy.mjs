// A small round-robin HTTP proxy for the benchmark's "N API processes behind a proxy" run: each request
// goes to the next upstream over a keep-alive connection (request body buffered, answer streamed).
// Usage: node tools/bench/proxy.mjs <port> <upstream base URL>...
import http from 'node:http';

const [port, ...upstreams] = process.argv.slice(2);
if (!port || upstreams.length === 0) {
  console.error('usage: node tools/bench/proxy.mjs <port> <upstream base URL>...');
  process.exit(2);
}
const targets = upstreams.map((base) => ({
  url: new URL(base),
  agent: new http.Agent({ keepAlive: true, maxSockets: 256 }),
}));
let next = 0;

/**
 * Sends one buffered request upstream; a kept-alive socket the upstream closed meanwhile (a reset or a
 * hang-up) is retried once, as Node advises: the benchmark's posts are reads. Bodies are small.
 */
function forward(target, request, body, response, retried = false) {
  const upstream = http.request(
    {
      host: target.url.hostname,
      port: target.url.port,
      method: request.method,
      path: request.url,
      headers: request.headers,
      agent: target.agent,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', (error) => {
    if (!retried && (upstream.reusedSocket || error.code === 'ECONNRESET'))
      return forward(target, request, body, response, true);
    if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
    response.end(`proxy: ${error.message}`);
  });
  upstream.end(body);
}

const server = http.createServer((request, response) => {
  const target = targets[next++ % targets.length];
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => forward(target, request, Buffer.concat(chunks), response));
});
server.keepAliveTimeout = 60_000;
server.listen(Number(port), '127.0.0.1', () => console.log(`proxy on ${port} -> ${upstreams.join(', ')}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
