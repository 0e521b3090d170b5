'use strict';
/*
 * Catch-all loopback server for the real-world check: every method on every path gets a deterministic answer, so
 * newman and jnewman see the same responses. No dependencies.
 *
 * Answer: a JSON object that echoes the request (method, path, query, headers, body) and, when the request body is a
 * JSON object, its fields at the top level (as many create/update APIs answer); a few fixed fields that login and
 * create calls usually read (id, token, access_token…) make later requests in a chain meaningful.
 * Status by method, as REST APIs usually answer: POST 201, DELETE 204 (no body), everything else 200; a path ending
 * in /status/<code> answers with that code. HEAD gets the headers only.
 *
 * Usage: node server.js [port]   (0 or nothing = a free port); prints "listening <port>" once ready.
 */
const http = require('http');

const FIXED = {
    id: 1,
    token: 'token-1',
    access_token: 'token-1',
    token_type: 'Bearer',
    expires_in: 3600,
    status: 'ok'
};

function parseJson (text) {
    try { return JSON.parse(text); }
    catch (e) { return undefined; }
}

function statusFor (method, path) {
    const explicit = /\/status\/(\d{3})\/?$/.exec(path);

    if (explicit) { return Number(explicit[1]); }
    if (method === 'POST') { return 201; }
    if (method === 'DELETE') { return 204; }

    return 200;
}

function answer (req, body) {
    const url = new URL(req.url, 'http://127.0.0.1'),
        query = {},
        json = parseJson(body),
        echo = {};

    url.searchParams.forEach((value, key) => { query[key] = value; });
    if (json && typeof json === 'object' && !Array.isArray(json)) { Object.assign(echo, json); }
    Object.assign(echo, FIXED, {
        method: req.method,
        path: url.pathname,
        query,
        headers: req.headers,
        body,
        json: json === undefined ? null : json
    });

    return { code: statusFor(req.method, url.pathname), text: JSON.stringify(echo) };
}

const server = http.createServer((req, res) => {
    const chunks = [];

    req.on('data', (c) => { chunks.push(c); });
    req.on('end', () => {
        const { code, text } = answer(req, Buffer.concat(chunks).toString('utf8')),
            noBody = code === 204 || code === 304 || req.method === 'HEAD';

        res.writeHead(code, {
            'Content-Type': 'application/json; charset=utf-8',
            'Content-Length': noBody ? 0 : Buffer.byteLength(text),
            'X-Catch-All': 'realworld-check'
        });
        res.end(noBody ? undefined : text);
    });
});

server.keepAliveTimeout = 30000;
server.listen(Number(process.argv[2] || process.env.PORT || 0), '127.0.0.1', () => {
    process.stdout.write(`listening ${server.address().port}\n`);
});
