// The HTTP ceiling of a read served whole from a cache (issue 16): node:http and nothing else, answering
// every request, once its body has arrived, with the bytes of one answer (a file). What our cached reads
// are compared with beside the raw SQL: the same client, the same keep-alive, the same bytes back.
// Usage: node tools/bench/bare-http.mjs <port> <answer file>
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [port, file] = process.argv.slice(2);
const answer = readFileSync(file);
const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': answer.length };

http
  .createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, headers);
      response.end(answer);
    });
  })
  .listen(Number(port), '127.0.0.1');
