// The objects pm.request, pm.response and pm.cookies are made of, shaped like the postman-collection SDK types
// scripts use (PropertyList, Url, Request, Response, CookieList), built from and back to Postman v2.1 JSON.
(function (jn) {
    'use strict';

    // a field that enumeration and JSON leave out; an object's hidden fields are defined in one defineProperties
    // call with their descriptors written out (each builtin call and each generic loop costs an interpreter)
    const hidden = (value) => ({ value, writable: true, configurable: true });
    const str = (v) => (v === undefined || v === null ? v : String(v));

    // ---- PropertyList: ordered members with keys, as headers, query params, form fields and cookies ----
    class PropertyList {
        constructor(members, options = {}) {
            Object.defineProperties(this, { _keyField: hidden(options.keyField || 'key'), _ci: hidden(Boolean(options.caseInsensitive)),
                _kind: hidden(options.kind || 'property') });
            this.members = [];
            // (an indexed loop for the arrays the host sends: forEach's callback per member costs an interpreter)
            if (Array.isArray(members)) for (let k = 0; k < members.length; k++) this.add(members[k]);
            else (members || []).forEach((m) => this.add(m));
        }
        _key(k) { return this._ci && typeof k === 'string' ? k.toLowerCase() : k; }
        _normalize(item) {
            if (typeof item === 'string' && this._kind === 'header') {
                const at = item.indexOf(':');
                item = at < 0 ? { key: item.trim(), value: '' } : { key: item.slice(0, at).trim(), value: item.slice(at + 1).trim() };
            } else if (typeof item === 'string' && this._kind === 'query') {
                const at = item.indexOf('=');
                item = at < 0 ? { key: item, value: null } : { key: item.slice(0, at), value: item.slice(at + 1) };
            }
            if (!item || typeof item !== 'object') return null;
            return item;
        }
        _matches(member, key) {
            return member && this._key(member[this._keyField]) === this._key(key);
        }
        add(item) { const m = this._normalize(item); if (m) this.members.push(m); }
        append(item) { this.add(item); }
        prepend(item) { const m = this._normalize(item); if (m) this.members.unshift(m); }
        insert(item, before) {
            const m = this._normalize(item);
            if (!m) return;
            const at = before === undefined ? -1 : this.members.findIndex((x) => x === before || this._matches(x, before));
            at < 0 ? this.members.push(m) : this.members.splice(at, 0, m);
        }
        upsert(item) {
            const m = this._normalize(item);
            if (!m) return null;
            const existing = this.one(m[this._keyField]);
            if (existing) { Object.assign(existing, m); return false; }
            this.members.push(m);
            return true;
        }
        remove(predicate, context) {
            const match = typeof predicate === 'function' ? (m) => predicate.call(context, m)
                : (predicate && typeof predicate === 'object') ? (m) => m === predicate || this._matches(m, predicate[this._keyField])
                    : (m) => this._matches(m, predicate);
            this.members = this.members.filter((m) => !match(m));
        }
        clear() { this.members = []; }
        populate(items) { (items || []).forEach((i) => this.add(i)); }
        repopulate(items) { this.clear(); this.populate(items); }
        assimilate(source) { (source && source.members ? source.members : source || []).forEach((i) => this.upsert(i)); }
        one(key) {
            let found;
            for (const m of this.members) if (this._matches(m, key)) found = m;
            return found;
        }
        get(key) { const m = this.one(key); return m ? m.value : undefined; }
        has(key, value) {
            if (key && typeof key === 'object') return this.members.includes(key);
            return this.members.some((m) => this._matches(m, key) && (arguments.length < 2 || m.value === value));
        }
        all() { return this.members.slice(); }
        count() { return this.members.length; }
        idx(i) { return this.members[i]; }
        indexOf(item) { return this.members.indexOf(typeof item === 'string' ? this.one(item) : item); }
        each(fn, context) { this.members.forEach((m) => fn.call(context, m)); }
        forEach(fn, context) { this.members.forEach((m, i) => fn.call(context, m, i)); }
        filter(fn, context) { return this.members.filter((m) => fn.call(context, m)); }
        find(fn, context) { return this.members.find((m) => fn.call(context, m)); }
        map(fn, context) { return this.members.map((m) => fn.call(context, m)); }
        reduce(fn, acc, context) { return this.members.reduce((a, m) => fn.call(context, a, m), acc); }
        toObject(excludeDisabled, caseSensitive, multiValue, sanitizeKeys) {
            const out = {};
            for (const m of this.members) {
                if (excludeDisabled && m.disabled) continue;
                let key = m[this._keyField];
                if (sanitizeKeys && !key) continue;
                if (!caseSensitive && this._ci && typeof key === 'string') key = key.toLowerCase();
                if (multiValue && Object.prototype.hasOwnProperty.call(out, key)) {
                    out[key] = [].concat(out[key], m.value);
                } else {
                    out[key] = m.value;
                }
            }
            return out;
        }
        toString() {
            if (this._kind === 'header') {
                return this.members.filter((m) => !m.disabled).map((m) => `${m.key}: ${m.value}\n`).join('');
            }
            if (this._kind === 'query') return jn.queryString(this.members);
            return this.members.map((m) => `${m[this._keyField]}=${m.value}`).join('&');
        }
        toJSON() { return this.members.map((m) => ({ ...m })); }
        static isPropertyList(o) { return o instanceof PropertyList; }
    }
    jn.PropertyList = PropertyList;

    jn.queryString = (params) => params.filter((p) => !p.disabled)
        .map((p) => (p.value === null || p.value === undefined ? String(p.key) : `${p.key}=${p.value}`)).join('&');

    // ---- Url ----
    const parseUrl = (raw) => {
        let rest = String(raw || '').trim();
        const out = { protocol: undefined, auth: undefined, host: [], port: undefined, path: [], query: [], hash: undefined };
        const hashAt = rest.indexOf('#');
        if (hashAt >= 0) { out.hash = rest.slice(hashAt + 1); rest = rest.slice(0, hashAt); }
        const scheme = /^([A-Za-z0-9+.{}-]+):\/\//.exec(rest);
        if (scheme) { out.protocol = scheme[1]; rest = rest.slice(scheme[0].length); }
        const queryAt = rest.indexOf('?');
        if (queryAt >= 0) {
            const qs = rest.slice(queryAt + 1);
            rest = rest.slice(0, queryAt);
            if (qs.length) out.query = qs.split('&').map((pair) => {
                const eq = pair.indexOf('=');
                return eq < 0 ? { key: pair, value: null } : { key: pair.slice(0, eq), value: pair.slice(eq + 1) };
            });
        }
        let authority = rest;
        const slash = rest.indexOf('/');
        if (slash >= 0) { authority = rest.slice(0, slash); out.path = rest.slice(slash + 1).split('/'); }
        const at = authority.lastIndexOf('@');
        if (at >= 0) {
            const userInfo = authority.slice(0, at);
            const colon = userInfo.indexOf(':');
            out.auth = colon < 0 ? { user: userInfo } : { user: userInfo.slice(0, colon), password: userInfo.slice(colon + 1) };
            authority = authority.slice(at + 1);
        }
        const portAt = authority.lastIndexOf(':');
        if (portAt >= 0 && authority.indexOf(']') < portAt && !authority.slice(portAt + 1).includes('}}')) {
            out.port = authority.slice(portAt + 1);
            authority = authority.slice(0, portAt);
        }
        out.host = authority ? authority.split('.') : [];
        return out;
    };

    // (class names and the order of own fields as postman-collection's, which chai's messages show: `PostmanUrl{ … }`)
    class PostmanUrl {
        constructor(def) { this.update(def); }
        update(def) {
            if (typeof def === 'string' || def === undefined || def === null) def = parseUrl(def);
            else if (def.raw !== undefined && !def.host && !def.path) def = { ...parseUrl(def.raw), variable: def.variable };
            this.auth = def.auth;
            this.protocol = def.protocol;
            this.port = def.port === undefined || def.port === null ? undefined : String(def.port);
            this.path = Array.isArray(def.path) ? def.path.map((p) => (p && typeof p === 'object' ? p.value : p))
                : def.path ? String(def.path).replace(/^\//, '').split('/') : [];
            this.hash = def.hash;
            this.host = Array.isArray(def.host) ? def.host.slice() : def.host ? String(def.host).split('.') : [];
            this.query = new PropertyList(def.query, { kind: 'query' });
            this.variables = new PropertyList(def.variable || def.variables, {});
        }
        getHost() { return this.host.join('.'); }
        getRemote(forcePort) {
            const port = this.port || (forcePort ? (this.protocol === 'https' ? '443' : '80') : undefined);
            return this.getHost() + (port ? `:${port}` : '');
        }
        getPath(unresolved) {
            const segments = this.path.map((seg) => {
                if (!unresolved && typeof seg === 'string' && seg.startsWith(':')) {
                    const v = this.variables.one(seg.slice(1));
                    if (v && v.value !== undefined && v.value !== null && v.value !== '') return String(v.value);
                }
                return seg;
            });
            return `/${segments.join('/')}`;
        }
        getQueryString() { return jn.queryString(this.query.members); }
        getPathWithQuery(unresolved) {
            const qs = this.getQueryString();
            return this.getPath(unresolved) + (this.query.members.some((q) => !q.disabled) ? `?${qs}` : '');
        }
        getOAuth1BaseUrl() { return `${this.protocol || 'http'}://${this.getRemote()}${this.getPath()}`; }
        addQueryParams(params) {
            if (typeof params === 'string') params = params.split('&');
            [].concat(params || []).forEach((p) => this.query.add(p));
        }
        removeQueryParams(params) {
            [].concat(params || []).forEach((p) => this.query.remove(typeof p === 'object' && p ? p.key : p));
        }
        toString(forceProtocol) {
            let out = '';
            if (this.protocol) out += `${this.protocol}://`;
            else if (forceProtocol) out += 'http://';
            if (this.auth && this.auth.user !== undefined) {
                out += this.auth.user + (this.auth.password !== undefined ? `:${this.auth.password}` : '') + '@';
            }
            out += this.getHost();
            if (this.port) out += `:${this.port}`;
            if (this.path.length) out += `/${this.path.join('/')}`;
            if (this.query.members.some((q) => !q.disabled)) out += `?${this.getQueryString()}`;
            if (this.hash !== undefined) out += `#${this.hash}`;
            return out;
        }
        getRaw() { return this.toString(); }
        toJSON() {
            const out = {};
            if (this.auth) out.auth = this.auth;
            if (this.protocol !== undefined) out.protocol = this.protocol;
            if (this.port !== undefined) out.port = this.port;
            out.path = this.path.slice();
            if (this.hash !== undefined) out.hash = this.hash;
            out.host = this.host.slice();
            out.query = this.query.toJSON();
            out.variable = this.variables.toJSON();
            return out;
        }
        static parse(raw) { return parseUrl(raw); }
        static isUrl(o) { return o instanceof Url; }
    }
    const Url = PostmanUrl;
    jn.Url = Url;

    // ---- request body and auth ----
    // (every field is there, undefined when the body has none of it, as in postman-collection)
    class PostmanRequestBody {
        constructor(def) { this.update(def || {}); }
        update(def) {
            if (typeof def === 'string') def = { mode: 'raw', raw: def };
            this.mode = def.mode;
            this.raw = def.raw;
            this.urlencoded = def.urlencoded !== undefined || def.mode === 'urlencoded' ? new PropertyList(def.urlencoded, {}) : undefined;
            this.formdata = def.formdata !== undefined || def.mode === 'formdata' ? new PropertyList(def.formdata, {}) : undefined;
            this.file = def.file;
            this.graphql = def.graphql;
            this.options = def.options;
            this.disabled = def.disabled ? true : undefined;
        }
        isEmpty() {
            if (!this.mode || this.disabled) return true;
            switch (this.mode) {
                case 'raw': return !this.raw;
                case 'urlencoded': return !this.urlencoded || this.urlencoded.count() === 0;
                case 'formdata': return !this.formdata || this.formdata.count() === 0;
                case 'file': return !(this.file && (this.file.src || this.file.content));
                case 'graphql': return !(this.graphql && this.graphql.query);
                default: return true;
            }
        }
        toString() {
            switch (this.mode) {
                case 'raw': return this.raw === undefined ? '' : String(this.raw);
                case 'urlencoded': return this.urlencoded ? jn.queryString(this.urlencoded.members) : '';
                case 'file': return (this.file && this.file.src) || '';
                default: return '';
            }
        }
        toJSON() {
            const out = { mode: this.mode };
            if (this.raw !== undefined) out.raw = this.raw;
            if (this.mode === 'urlencoded' && this.urlencoded) out.urlencoded = this.urlencoded.toJSON();
            if (this.mode === 'formdata' && this.formdata) out.formdata = this.formdata.toJSON();
            if (this.file !== undefined) out.file = this.file;
            if (this.graphql !== undefined) out.graphql = this.graphql;
            if (this.options !== undefined) out.options = this.options;
            if (this.disabled) out.disabled = true;
            return out;
        }
    }
    const RequestBody = PostmanRequestBody;
    jn.RequestBody = RequestBody;

    class PostmanRequestAuth {
        constructor(def) { this.update(def || {}); }
        update(def, type) {
            if (Array.isArray(def) || def instanceof PropertyList) {
                this.use(type || this.type, def);
                return;
            }
            this.type = def.type;
            for (const [k, v] of Object.entries(def)) {
                if (k !== 'type') this[k] = new PropertyList(Array.isArray(v) ? v
                    : Object.entries(v || {}).map(([key, value]) => ({ key, value })), {});
            }
        }
        use(type, params) {
            this.type = type;
            const list = params instanceof PropertyList ? params.members : Array.isArray(params) ? params
                : Object.entries(params || {}).map(([key, value]) => ({ key, value }));
            this[type] = this[type] instanceof PropertyList ? this[type] : new PropertyList([], {});
            list.forEach((p) => this[type].upsert(p));
        }
        parameters() { return this[this.type] instanceof PropertyList ? this[this.type] : new PropertyList([], {}); }
        current() { return this.type; }
        clear(type) { delete this[type]; if (this.type === type) this.type = undefined; }
        toJSON() {
            const out = { type: this.type };
            for (const [k, v] of Object.entries(this)) {
                if (k !== 'type' && v instanceof PropertyList) out[k] = v.toJSON();
            }
            return out;
        }
    }
    const RequestAuth = PostmanRequestAuth;
    jn.RequestAuth = RequestAuth;

    // ---- Description ----
    // a property's description as postman-collection holds it: its text and media type
    class PostmanPropertyDescription {
        constructor(def) {
            if (typeof def === 'string') def = { content: def, type: 'text/plain' };
            if (def) this.update(def);
        }
        update(content, type) {
            if (content && typeof content === 'object') { type = content.type; content = content.content; }
            this.content = content;
            this.type = type || 'text/plain';
        }
        toString() { return this.content || ''; }
        toJSON() { return { content: this.content, type: this.type }; }
    }
    jn.Description = PostmanPropertyDescription;

    // ---- Request ----
    // pm.request.to (chai's expect), an own field that enumeration and JSON leave out, as newman's sandbox adds it
    const EXPECT_TO = { get() { return jn.chai.expect(this).to; }, configurable: true };
    class PostmanRequest {
        constructor(def) {
            def = def || {};
            if (typeof def === 'string') def = { url: def };
            if (def.description !== undefined) this.description = new PostmanPropertyDescription(def.description);
            this.url = new Url(def.url);
            this.headers = new PropertyList(Array.isArray(def.header) ? def.header
                : typeof def.header === 'string' ? def.header.split('\n').filter((l) => l.trim())
                    : Object.entries(def.header || {}).map(([key, value]) => ({ key, value })), { kind: 'header', caseInsensitive: true });
            this.method = def.method ? String(def.method).toUpperCase() : 'GET';
            if (def.body) this.body = new RequestBody(def.body);
            if (def.auth) this.auth = new RequestAuth(def.auth);
            if (def.id !== undefined) this.id = def.id;
            if (def.name !== undefined) this.name = def.name;
            Object.defineProperty(this, 'to', EXPECT_TO);
        }
        addHeader(h) { this.headers.add(h); }
        upsertHeader(h) { this.headers.upsert(h); }
        removeHeader(name, options) {
            if (name && typeof name === 'object') name = name.key;
            const ignoreCase = !options || options.ignoreCase !== false;
            this.headers.members = this.headers.members.filter((m) => (ignoreCase
                ? String(m.key).toLowerCase() !== String(name).toLowerCase() : m.key !== name));
        }
        getHeaders(options = {}) {
            const out = {};
            for (const h of this.headers.members) {
                if (options.enabled && h.disabled) continue;
                const key = options.ignoreCase ? String(h.key).toLowerCase() : h.key;
                if (options.multiValue) out[key] = (out[key] || []).concat(h.value);
                else if (Object.prototype.hasOwnProperty.call(out, key)) out[key] = [].concat(out[key], h.value);
                else out[key] = h.value;
            }
            return out;
        }
        forEachHeader(fn, context) { this.headers.members.forEach((h) => fn.call(context, h, this)); }
        authorizeUsing(type, options) {
            if (type && typeof type === 'object') { this.auth = new RequestAuth(type); return; }
            if (type === null) { delete this.auth; return; }
            if (!this.auth) this.auth = new RequestAuth({});
            this.auth.use(type, options);
        }
        size() { return { body: this.body ? this.body.toString().length : 0, header: this.headers.toString().length, total: 0 }; }
        clone() { return new Request(this.toJSON()); }
        update(def) { Object.assign(this, new Request(def)); }
        toJSON() {
            const out = {};
            if (this.description !== undefined) {
                out.description = this.description instanceof PostmanPropertyDescription ? this.description.toJSON() : this.description;
            }
            out.url = this.url instanceof Url ? this.url.toJSON() : String(this.url);
            out.header = this.headers.toJSON();
            out.method = this.method;
            if (this.body) out.body = this.body instanceof RequestBody ? this.body.toJSON() : this.body;
            if (this.auth) out.auth = this.auth instanceof RequestAuth ? this.auth.toJSON() : this.auth;
            return out;
        }
        static isRequest(o) { return o instanceof Request; }
    }
    const Request = PostmanRequest;
    jn.Request = Request;

    // ---- Response ----
    const reasons = () => jn.library('http-reasons');
    // A response's body and header size are kept off the object: chai's messages show every own field of a model,
    // and newman's response has exactly these ten: id, _details, status, code, headers, stream, cookies,
    // responseTime, responseSize and `to` (left out of enumeration). _details and stream are built on first read,
    // as the http-reasons and buffer libraries they need cost an interpreter.
    const responseData = new WeakMap();
    // an enumerable own field of a response, built on first read from its data and kept there
    const builtOnRead = (slot, make) => ({ enumerable: true, configurable: true, get() {
        const data = responseData.get(this);
        if (data === undefined) return undefined;
        if (data[slot] === undefined) data[slot] = make(this, data);
        return data[slot];
    } });
    // what http-reasons knows of a status code; name: the response's own reason phrase, when it has one
    const reasonDetails = (code, name) => {
        const found = reasons().lookup(code) || {};
        return { name: name || found.name, detail: found.detail, code, standardName: found.name };
    };
    const RESPONSE_DETAILS = builtOnRead('details', (response) => reasonDetails(response.code, response.status));
    const RESPONSE_STREAM = builtOnRead('stream', (response, data) =>
        jn.library('buffer').Buffer.from(data.body === undefined ? '' : data.body));
    const bodyOf = (response) => { const data = responseData.get(response); return data === undefined ? undefined : data.body; };
    class PostmanResponse {
        // meta: {id, code, status, headers:[{key,value}], responseTime, responseSize, headerSize, cookies:[...]} or null
        constructor(meta, body) {
            meta = meta || {};
            responseData.set(this, { body, headerSize: meta.headerSize || 0, details: undefined, stream: undefined });
            this.id = meta.id;
            Object.defineProperty(this, '_details', RESPONSE_DETAILS);
            this.status = meta.status;
            this.code = meta.code;
            this.headers = new PropertyList(meta.headers, { kind: 'header', caseInsensitive: true });
            Object.defineProperty(this, 'stream', RESPONSE_STREAM);
            this.cookies = new PropertyList(meta.cookies, { keyField: 'name' });
            this.responseTime = meta.responseTime;
            this.responseSize = meta.responseSize;
            Object.defineProperty(this, 'to', EXPECT_TO);
        }
        text() { return bodyOf(this); }
        json(reviver, strict) {
            const text = bodyOf(this);
            if (text === undefined) throw jn.undefinedJson();
            try {
                return JSON.parse(typeof text === 'string' && text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text, reviver);
            } catch (e) {
                return jn.library('liquid-json').parse(text, reviver, strict);
            }
        }
        jsonp(reviver, strict) {
            const text = String(bodyOf(this)).replace(/^[\w$.]+\s*\(([\s\S]*)\)\s*;?\s*$/, '$1');
            return jn.library('liquid-json').parse(text, reviver, strict);
        }
        reason() { return this.status || (reasons().lookup(this.code) || {}).name; }
        details() { return reasonDetails(this.code); }
        size() {
            const body = this.responseSize !== undefined ? this.responseSize : 0;
            const data = responseData.get(this);
            const header = data === undefined ? 0 : data.headerSize;
            return { body, header, total: body + header };
        }
        // postman-collection's: mime type and format, charset, file extension and name (from Content-Disposition)
        contentInfo() { return jn.library('content-info').contentInfo(this); }
        dataURI() {
            const { contentType } = this.contentInfo();
            return contentType ? `data:${contentType};base64, ${this.stream.toString('base64')}` : '';
        }
        encoding() { return { format: undefined, source: undefined }; }
        toJSON() {
            return { id: this.id, status: this.status, code: this.code, header: this.headers.toJSON(),
                stream: this.stream, cookie: this.cookies.toJSON(), responseTime: this.responseTime,
                responseSize: this.responseSize };
        }
        static isResponse(o) { return o instanceof Response; }
    }
    const Response = PostmanResponse;
    jn.Response = Response;
    jn.cookieList = (cookies) => new PropertyList(cookies, { keyField: 'name' });
})
