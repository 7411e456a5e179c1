// Stands between the previewed web app and the backend in the end-to-end run: forwards every request unchanged and
// records, one JSON line each, the answers that openapi.yaml does not describe. The global teardown fails the run
// when any was recorded. Usage: node proxy.mjs <listen port> <backend port> <contract file> <mismatch log>
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request as forward } from 'node:http';
import { dirname } from 'node:path';
import { loadContract } from './validator.mjs';

const [listenPort, backendPort, contractFile, logFile] = process.argv.slice(2);
const contract = loadContract(contractFile);
mkdirSync(dirname(logFile), { recursive: true });
writeFileSync(logFile, '');

createServer((incoming, outgoing) => {
  const requestChunks = [];
  const upstream = forward(
    { host: '127.0.0.1', port: Number(backendPort), method: incoming.method, path: incoming.url, headers: incoming.headers },
    (answer) => {
      outgoing.writeHead(answer.statusCode, answer.statusMessage, answer.rawHeaders);
      const responseChunks = [];
      answer.on('data', (chunk) => {
        responseChunks.push(chunk);
        outgoing.write(chunk);
      });
      answer.on('end', () => {
        outgoing.end();
        const exchange = {
          method: incoming.method,
          path: decodedPath(incoming.url),
          requestContentType: incoming.headers['content-type'],
          requestBody: Buffer.concat(requestChunks).toString('utf8'),
          status: answer.statusCode,
          responseContentType: answer.headers['content-type'],
          responseBody: Buffer.concat(responseChunks).toString('utf8'),
        };
        const found = contract.mismatches(exchange);
        if (found.length > 0) {
          appendFileSync(logFile, `${JSON.stringify({
            request: `${exchange.method} ${incoming.url}`,
            status: exchange.status,
            mismatches: found,
            body: exchange.responseBody.slice(0, 1000),
          })}\n`);
        }
      });
    },
  );
  upstream.on('error', (error) => {
    if (outgoing.headersSent) {
      outgoing.destroy(error);
      return;
    }
    outgoing.writeHead(502, { 'content-type': 'text/plain' });
    outgoing.end(`contract proxy: ${error.message}`);
  });
  incoming.on('data', (chunk) => {
    requestChunks.push(chunk);
    upstream.write(chunk);
  });
  incoming.on('end', () => upstream.end());
}).listen(Number(listenPort), '127.0.0.1', () => {
  console.log(`contract proxy on ${listenPort} -> ${backendPort}`);
});

/** The path as the contract's templates spell it; a malformed escape is left as sent (the backend answers 4xx). */
function decodedPath(url) {
  const path = new URL(url, 'http://proxy').pathname;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
