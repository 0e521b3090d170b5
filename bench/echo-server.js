#!/usr/bin/env node
'use strict';
/*
 * Loopback echo server for the benchmark: GET /get echoes the query as {args}, POST /post echoes a JSON body as
 * {json}, any path with ?delay=MS answers after MS milliseconds (a latency-bound service). PORT (default 5077).
 */
const http = require('http');
const port = parseInt(process.env.PORT || '5077', 10);

http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        const args = Object.fromEntries(url.searchParams.entries());
        const text = Buffer.concat(chunks).toString('utf8');
        let json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        const body = JSON.stringify({ args, json, headers: req.headers, url: req.url });
        const send = () => {
            res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
            res.end(body);
        };
        const delay = parseInt(args.delay || '0', 10);
        delay > 0 ? setTimeout(send, delay) : send();
    });
}).listen(port, '127.0.0.1', () => console.log(`echo server on ${port}`));
