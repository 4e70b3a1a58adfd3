// The fake world of the verify sandbox. It runs before the analysed module in
// a fresh goja runtime and is the only code that talks to the host (the Go
// functions in __host). Nothing here can reach the file system, the network
// or the process: the host exposes only call-site lookup, notes and stops.
(function (G, host) {
  'use strict';
  const OrigMap = Map, OrigSet = Set, OrigWeakMap = WeakMap, OrigWeakSet = WeakSet;
  const OrigPromise = Promise;
  const AP = Array.prototype;
  const origPush = AP.push, origUnshift = AP.unshift, origSplice = AP.splice, origFill = AP.fill;
  const defineProperty = Object.defineProperty, getPrototypeOf = Object.getPrototypeOf;
  const LONG = 60000; // a setTimeout at least this long is "long" (spec: stored long timeouts)
  const CAP = 10000000; // largest string or array the sandbox builds on request

  const kEvents = Symbol('dl.events');
  const kPhase = Symbol('dl.phase');
  const kMock = Symbol('dl.mock');
  const kTimer = Symbol('dl.timer');

  const internal = new OrigWeakSet(); // sandbox objects, never walked as user state
  const mockSet = new OrigWeakSet();
  const socketSet = new OrigWeakSet();
  const plausibleSet = new OrigWeakSet();

  const st = {
    phase: 'load',
    now: 0,
    seq: 0,
    timers: new OrigMap(), // id -> timer record
    emitters: [], // every emitter with its creation phase
    resources: [],
    registrations: [],
    roots: [],
    errors: [],
    sandboxed: [],
    sockets: [],
    liveIds: new OrigSet(), // ids of sockets created by the scenario
    goneIds: new OrigSet(),
    reached: new OrigMap(), // "kind:line:col" -> true, for things created in the run phase
    arrSites: new OrigWeakMap(), // array -> Map(item -> site)
    objSites: new OrigWeakMap(), // proxied object target -> Map(key -> site)
    colSites: new OrigWeakMap(), // Map/Set -> Map(key -> site)
    proxyOf: new OrigWeakMap(), // target -> proxy
    boxSites: new OrigWeakMap(), // holder -> Map(key -> site) of containers put there while clients were connected
    targetOf: new OrigWeakMap(), // proxy -> target
    steps: 0,
  };

  function site() {
    const s = host.site();
    return s ? { line: s[0], col: s[1] } : null;
  }
  function reach(kind, s) {
    if (s && st.phase === 'run') st.reached.set(kind + ':' + s.line + ':' + s.col, true);
  }
  function noteError(where, e) {
    if (st.errors.length < 20) {
      let m;
      try { m = e && e.stack ? String(e.stack).split('\n').slice(0, 2).join(' ') : String(e); } catch (_) { m = '?'; }
      st.errors.push(where + ': ' + m);
    }
  }
  function sandboxed(what) {
    if (st.sandboxed.length < 20 && st.sandboxed.indexOf(what) < 0) st.sandboxed.push(what);
  }
  function fmtArg(a) {
    if (typeof a === 'string') return JSON.stringify(a.length > 40 ? a.slice(0, 40) + '...' : a);
    if (typeof a === 'number' || typeof a === 'boolean') return String(a);
    if (typeof a === 'function') return 'fn';
    return '...';
  }

  // ---- what refers to a simulated socket ------------------------------
  function refersDirect(x) {
    if (x === null || x === undefined) return false;
    if (typeof x === 'string') return st.liveIds.has(x);
    if (typeof x === 'object' || typeof x === 'function') return socketSet.has(x);
    return false;
  }
  function isPlain(o) {
    if (o === null || typeof o !== 'object') return false;
    if (internal.has(o) || mockSet.has(o) || socketSet.has(o) || plausibleSet.has(o)) return false;
    if (o instanceof OrigMap || o instanceof OrigSet) return false;
    return true;
  }
  // refers reports whether x is a socket, a socket id, or a plain object or
  // array holding one within two levels ({ id: socket.id, name }).
  function refers(x, depth) {
    if (refersDirect(x)) return true;
    if (depth >= 2 || !isPlain(x)) return false;
    let keys;
    try { keys = Object.keys(st.targetOf.get(x) || x); } catch (_) { return false; }
    for (let i = 0; i < keys.length && i < 50; i++) {
      let v;
      try { v = (st.targetOf.get(x) || x)[keys[i]]; } catch (_) { continue; }
      if (refers(v, depth + 1)) return true;
    }
    return false;
  }
  function isContainer(v) {
    if (v === null || typeof v !== 'object' || internal.has(v) || mockSet.has(v) || socketSet.has(v) || plausibleSet.has(v)) return false;
    if (v instanceof OrigMap || v instanceof OrigSet || Array.isArray(v)) return true;
    const pr = getPrototypeOf(st.targetOf.get(v) || v);
    return pr === Object.prototype || pr === null;
  }
  function isEmpty(v) {
    const t = st.targetOf.get(v) || v;
    if (t instanceof OrigMap || t instanceof OrigSet) return t.size === 0;
    if (Array.isArray(t)) return t.length === 0;
    try { return Object.keys(t).length === 0; } catch (_) { return false; }
  }
  function recordSite(store, holder, key, s) {
    let m = store.get(holder);
    if (!m) { m = new OrigMap(); store.set(holder, m); }
    m.set(key, s);
  }

  // ---- tracked Map, Set, arrays and module-level objects ---------------
  class TMap extends OrigMap {
    set(k, v) {
      if (st.phase === 'run' && (refers(k, 0) || refers(v, 0))) {
        const s = site();
        reach('entry', s);
        recordSite(st.colSites, this, k, s);
      }
      else if (st.phase === 'run' && isContainer(v)) recordSite(st.boxSites, this, k, site());
      return super.set(k, v);
    }
    get(k) {
      const v = super.get(k);
      if (v !== null && typeof v === 'object' && !Array.isArray(v) && isPlain(v)) {
        const pr = getPrototypeOf(v);
        if (pr === Object.prototype || pr === null) return trackObj(v);
      }
      return v;
    }
  }
  class TSet extends OrigSet {
    add(v) {
      if (st.phase === 'run' && refers(v, 0)) {
        const s = site();
        reach('entry', s);
        recordSite(st.colSites, this, v, s);
      }
      return super.add(v);
    }
  }
  defineProperty(TMap, 'name', { value: 'Map' });
  defineProperty(TSet, 'name', { value: 'Set' });
  G.Map = TMap;
  G.Set = TSet;

  function trackArray(arr, items) {
    if (st.phase !== 'run') return;
    for (let i = 0; i < items.length; i++) {
      if (refers(items[i], 0)) {
        const s = site();
        reach('entry', s);
        recordSite(st.arrSites, arr, items[i], s);
      }
    }
  }
  function checkLen(n) {
    if (n > CAP) host.limit('allocation of ' + n + ' elements');
  }
  AP.push = function push(...items) {
    if (this.length > CAP) host.limit('array of more than ' + CAP + ' elements');
    trackArray(this, items);
    return origPush.apply(this, items);
  };
  AP.unshift = function unshift(...items) {
    trackArray(this, items);
    return origUnshift.apply(this, items);
  };
  AP.splice = function splice(...args) {
    if (args.length > 2) trackArray(this, args.slice(2));
    return origSplice.apply(this, args);
  };
  AP.fill = function fill(...args) {
    checkLen(this.length);
    return origFill.apply(this, args);
  };
  const OrigArray = Array;
  const SP = String.prototype;
  const origRepeat = SP.repeat, origPadStart = SP.padStart, origPadEnd = SP.padEnd;
  SP.repeat = function repeat(n) { checkLen(String(this).length * n); return origRepeat.call(this, n); };
  SP.padStart = function padStart(n, f) { checkLen(n); return origPadStart.call(this, n, f); };
  SP.padEnd = function padEnd(n, f) { checkLen(n); return origPadEnd.call(this, n, f); };

  // obj wraps a module-level object literal so that property insertions
  // record where they happened (users[socket.id] = ...).
  function trackObj(o) {
    if (o === null || typeof o !== 'object' || st.targetOf.has(o)) return o;
    const had = st.proxyOf.get(o);
    if (had) return had;
    const p = new Proxy(o, {
      set(t, k, v, r) {
        if (st.phase === 'run' && typeof k === 'string' && (refersDirect(k) || refers(v, 0))) {
          const s = site();
          reach('entry', s);
          recordSite(st.objSites, t, k, s);
        } else if (st.phase === 'run' && typeof k === 'string' && isContainer(v)) {
          recordSite(st.boxSites, t, k, site());
        }
        return Reflect.set(t, k, v);
      },
      get(t, k, r) {
        const v = Reflect.get(t, k);
        if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof OrigMap) && !(v instanceof OrigSet) && isPlain(v)) {
          const pr = getPrototypeOf(v);
          if (pr === Object.prototype || pr === null) return trackObj(v);
        }
        return v;
      },
    });
    st.proxyOf.set(o, p);
    st.targetOf.set(p, o);
    return p;
  }

  // ---- EventEmitter ----------------------------------------------------
  function EventEmitter(opts) {
    if (!(this instanceof EventEmitter)) return new EventEmitter(opts);
    initEmitter(this);
  }
  function initEmitter(em) {
    if (em[kEvents]) return;
    defineProperty(em, kEvents, { value: new OrigMap(), writable: true });
    defineProperty(em, kPhase, { value: st.phase, writable: true });
    st.emitters.push(em);
  }
  function listenersOf(em, ev) {
    initEmitter(em);
    let l = em[kEvents].get(ev);
    if (!l) { l = []; em[kEvents].set(ev, l); }
    return l;
  }
  function addListener(em, ev, fn, once, prepend) {
    if (typeof fn !== 'function') throw new TypeError('The "listener" argument must be of type function');
    const s = site();
    const rec = { fn: fn, once: once, site: s, phase: st.phase, ev: ev };
    if (st.phase === 'run' && !once) reach('listener', s);
    const l = listenersOf(em, ev);
    if (prepend) origUnshift.call(l, rec); else origPush.call(l, rec);
    return em;
  }
  function removeListener(em, ev, fn) {
    const l = listenersOf(em, ev);
    for (let i = l.length - 1; i >= 0; i--) {
      if (l[i].fn === fn || l[i].fn.listener === fn) { origSplice.call(l, i, 1); break; }
    }
    return em;
  }
  function emit(em, ev, args) {
    const l = listenersOf(em, ev).slice();
    if (l.length === 0) {
      if (ev === 'error' && !socketSet.has(em)) throw args[0] instanceof Error ? args[0] : new Error('Unhandled error event');
      return false;
    }
    for (const rec of l) {
      if (rec.once) removeListener(em, ev, rec.fn);
      rec.fn.apply(em, args);
    }
    return true;
  }
  const EP = EventEmitter.prototype;
  EP.on = EP.addListener = function (ev, fn) { return addListener(this, ev, fn, false, false); };
  EP.prependListener = function (ev, fn) { return addListener(this, ev, fn, false, true); };
  EP.once = function (ev, fn) { return addListener(this, ev, fn, true, false); };
  EP.prependOnceListener = function (ev, fn) { return addListener(this, ev, fn, true, true); };
  EP.off = EP.removeListener = function (ev, fn) { return removeListener(this, ev, fn); };
  EP.removeAllListeners = function (ev) {
    initEmitter(this);
    if (ev === undefined) this[kEvents] = new OrigMap(); else this[kEvents].delete(ev);
    return this;
  };
  EP.emit = function (ev, ...args) { return emit(this, ev, args); };
  EP.listeners = EP.rawListeners = function (ev) { return listenersOf(this, ev).map((r) => r.fn); };
  EP.listenerCount = function (ev) { return listenersOf(this, ev).length; };
  EP.eventNames = function () { initEmitter(this); return [...this[kEvents].keys()].filter((k) => this[kEvents].get(k).length); };
  EP.setMaxListeners = function () { return this; };
  EP.getMaxListeners = function () { return 10; };
  EP.addEventListener = function (ev, fn, opts) {
    if (opts && typeof opts === 'object' && opts.once) return addListener(this, ev, fn, true, false);
    if (opts && typeof opts === 'object' && opts.signal && typeof opts.signal.addEventListener === 'function') {
      const em = this;
      opts.signal.addEventListener('abort', () => removeListener(em, ev, fn), { once: true });
    }
    return addListener(this, ev, fn, false, false);
  };
  EP.removeEventListener = function (ev, fn) { return removeListener(this, ev, fn); };
  EP.dispatchEvent = function (e) { return emit(this, e && e.type, [e]); };
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.defaultMaxListeners = 10;
  EventEmitter.once = function (em, ev) { return new OrigPromise((res) => em.once(ev, (...a) => res(a))); };
  EventEmitter.setMaxListeners = function () {};
  EventEmitter.errorMonitor = Symbol('errorMonitor');
  EventEmitter.captureRejections = false;

  // ---- virtual clock and timers -------------------------------------
  class Timeout {
    ref() { return this; }
    unref() { return this; }
    hasRef() { return true; }
    refresh() { const r = this[kTimer]; if (r.active) r.due = st.now + r.ms; return this; }
    close() { st.timers.get(this[kTimer].id).active = false; return this; }
    [Symbol.toPrimitive]() { return this[kTimer].id; }
  }
  internal.add(Timeout.prototype);
  function addTimer(kind, fn, ms, args) {
    if (typeof fn !== 'function') throw new TypeError('The "callback" argument must be of type function. Received ' + typeof fn);
    ms = Number(ms);
    if (!(ms >= 1) || ms > 2147483647) ms = 1;
    if (kind === 'setImmediate') ms = 0;
    const t = new Timeout();
    internal.add(t);
    const rec = { id: ++st.seq, kind: kind, fn: fn, args: args, ms: ms, due: st.now + ms, site: site(), phase: st.phase, active: true, fires: 0 };
    defineProperty(t, kTimer, { value: rec });
    rec.obj = t;
    st.timers.set(rec.id, rec);
    if (st.phase === 'run') reach('timer', rec.site);
    return t;
  }
  // internalTimer is how the world answers: an auto-mock's promise settles,
  // or its callback runs, one virtual millisecond later, so that code awaiting
  // mocks in a loop advances with the clock instead of spinning.
  function internalTimer(fn) {
    const rec = { id: ++st.seq, kind: 'internal', fn: fn, args: [], ms: 1, due: st.now + 1, site: site(), phase: 'internal', active: true, fires: 0, obj: null };
    st.timers.set(rec.id, rec);
  }
  function clearTimer(t) {
    if (t === null || t === undefined) return;
    let rec = null;
    if (typeof t === 'object' && t[kTimer]) rec = t[kTimer];
    else rec = st.timers.get(Number(t));
    if (rec) rec.active = false;
  }
  const timers = {
    setTimeout: (fn, ms, ...a) => addTimer('setTimeout', fn, ms, a),
    setInterval: (fn, ms, ...a) => addTimer('setInterval', fn, ms, a),
    setImmediate: (fn, ...a) => addTimer('setImmediate', fn, 0, a),
    clearTimeout: clearTimer,
    clearInterval: clearTimer,
    clearImmediate: clearTimer,
  };
  Object.assign(G, timers);
  G.queueMicrotask = (fn) => { OrigPromise.resolve().then(fn); };
  const timersPromises = {
    setTimeout: (ms, v) => new OrigPromise((res) => addTimer('setTimeout', () => res(v), ms, [])),
    setImmediate: (v) => new OrigPromise((res) => addTimer('setImmediate', () => res(v), 0, [])),
    scheduler: { wait: (ms) => new OrigPromise((res) => addTimer('setTimeout', () => res(), ms, [])) },
  };

  // ---- auto-mocks ----------------------------------------------------
  const emitterMethods = { on: 1, addListener: 1, prependListener: 1, once: 1, prependOnceListener: 1, off: 1, removeListener: 1, removeAllListeners: 1, emit: 1, listeners: 1, listenerCount: 1 };
  const noCallback = { get: 1, post: 1, put: 1, patch: 1, delete: 1, all: 1, use: 1, route: 1, param: 1, ws: 1, options: 1, head: 1, then: 1, catch: 1, finally: 1, map: 1, forEach: 1, filter: 1, reduce: 1, find: 1, some: 1, every: 1, pipe: 1, subscribe: 1, watch: 1, spawn: 1, fork: 1, emitWithAck: 1, handle: 1, listen: 1, createServer: 1, Server: 1, onSnapshot: 1, command: 1, action: 1, hears: 1, process: 1, transaction: 1, $transaction: 1, middleware: 1 };
  const sensitive = { fs: 'file system', 'fs/promises': 'file system', child_process: 'process', net: 'network', tls: 'network', http: 'network', https: 'network', http2: 'network', dgram: 'network', dns: 'network', worker_threads: 'process', cluster: 'process', os: 'host', vm: 'vm', v8: 'vm', inspector: 'vm', module: 'module loader' };
  const ioMethods = /^(read|write|append|unlink|rm|mkdir|open|exec|spawn|fork|connect|createConnection|request|get|copy|rename|chmod|chown|symlink|truncate|createWriteStream|createReadStream|lookup|resolve|cpus|userInfo|networkInterfaces|hostname|runIn|Script|createContext|watch|kill)/;

  function makeMock(info) {
    const target = function () {};
    const rec = { info: info, props: new OrigMap(), res: null, phase: info.phase || st.phase, emitter: null, until: info.until || null };
    let proxy;
    const settled = () => {
      if (!rec.settled) rec.settled = new OrigPromise((res) => internalTimer(() => res(rec.twin())));
      return rec.settled;
    };
    const then = function (onF, onR) { return settled().then(onF, onR); };
    rec.twin = function () {
      if (!rec.twinMock) {
        rec.twinMock = makeMock({ mod: info.mod, path: info.path, name: info.name, parent: info.parent, thenable: false, phase: rec.phase, until: rec.until });
        rec.twinMock[kMock].res = rec.res;
        rec.twinMock[kMock].sharedWith = rec;
      }
      return rec.twinMock;
    };
    const handler = {
      get(t, k) {
        if (k === kMock) return rec;
        if (typeof k === 'symbol') {
          if (k === Symbol.toPrimitive) return rec.toPrim || (rec.toPrim = (hint) => (hint === 'number' ? 0 : '[mock ' + info.path + ']'));
          if (k === Symbol.iterator) return function* () {};
          return undefined;
        }
        if (rec.props.has(k)) return rec.props.get(k);
        if (k === 'then') return info.thenable ? then : undefined;
        if (k === 'catch' && info.thenable) return (f) => settled().catch(f);
        if (k === 'finally' && info.thenable) return (f) => settled().finally(f);
        if (k === 'prototype') {
          if (!rec.proto) rec.proto = makeMock({ mod: info.mod, path: info.path + '.prototype', name: 'prototype', parent: proxy, phase: rec.phase });
          return rec.proto;
        }
        if (k === '__esModule' || k === 'toJSON' || k === 'constructor' || k === 'nodeType' || k === '$$typeof' || k === 'asymmetricMatch') return undefined;
        if (k === 'toString' || k === 'valueOf') return rec.toStr || (rec.toStr = () => '[mock ' + info.path + ']');
        if (k === 'length') return 0;
        if (emitterMethods[k]) {
          if (!rec.emitter) {
            rec.emitter = Object.create(EP);
            defineProperty(rec.emitter, kEvents, { value: new OrigMap(), writable: true });
            defineProperty(rec.emitter, kPhase, { value: rec.phase, writable: true });
            internal.add(rec.emitter);
            rec.emitter.what = info.path;
            st.emitters.push(rec.emitter);
          }
          const em = rec.emitter;
          return function (...a) {
            const r = EP[k].apply(em, a);
            return r === em ? proxy : r;
          };
        }
        const child = makeMock({ mod: info.mod, path: info.path + '.' + k, name: k, parent: proxy, phase: rec.phase, until: rec.until });
        rec.props.set(k, child);
        return child;
      },
      set(t, k, v, receiver) {
        if (receiver !== proxy && receiver !== null && typeof receiver === 'object') {
          // an instance whose prototype chain reaches this mock
          return Reflect.defineProperty(receiver, k, { value: v, writable: true, enumerable: true, configurable: true });
        }
        rec.props.set(k, v);
        return true;
      },
      has(t, k) { return typeof k === 'string' && rec.props.has(k); },
      deleteProperty(t, k) { rec.props.delete(k); return true; },
      apply(t, self, args) { return mockCall(proxy, rec, args, false); },
      construct(t, args, newTarget) {
        if (newTarget !== proxy) {
          // class X extends <mock>: the instance is the subclass's, and
          // what it does not define falls through to the mock prototype
          const o = Object.create(newTarget.prototype);
          initEmitter(o);
          return o;
        }
        return mockCall(proxy, rec, args, true);
      },
    };
    proxy = new Proxy(target, handler);
    mockSet.add(proxy);
    return proxy;
  }
  function mockRec(x) {
    if ((typeof x === 'function' || typeof x === 'object') && x !== null && mockSet.has(x)) return x[kMock];
    return null;
  }
  function resOf(x) {
    const r = mockRec(x);
    return r ? r.res : null;
  }
  function modIs(mod, ...names) {
    mod = String(mod || '').replace(/^node:/, '');
    for (const n of names) if (mod === n || mod.indexOf(n + '/') === 0) return true;
    return false;
  }
  function lineage(rec) {
    // the chain of member names from the module down to this mock
    return rec.info.path;
  }
  function instanceOf(rec, ctorNames) {
    // rec is a mock made by `new <module>.<Ctor>(...)` (or a member of one)
    for (let r = rec; r; r = r.info.parent ? mockRec(r.info.parent) : null) {
      if (r.info.newOf && ctorNames.indexOf(r.info.newOf) >= 0) return true;
    }
    return false;
  }
  function hasTimeoutOpt(args) {
    for (const a of args) if (a && typeof a === 'object' && !mockSet.has(a) && Number(a.timeout) > 0) return true;
    return false;
  }
  // classify applies the pairs table (socketio-semantics.md section 5.1,
  // the same rows as jsrules/resources.go) to a call of an auto-mock.
  function classify(rec, args, isNew) {
    const info = rec.info, mod = info.mod, name = info.name || '';
    const recv = info.parent ? mockRec(info.parent) : null;
    for (const p of userPairs) {
      const parts = p.acquire.split('.');
      if (parts[parts.length - 1] === name || (parts.length === 1 && p.acquire === name)) return p.kind;
    }
    if (isNew) {
      if (name === 'Client' && modIs(mod, 'pg')) return K.pgClient;
      if ((name === 'Redis' || name === 'Cluster' || name === '' || name === 'default') && modIs(mod, 'ioredis')) return K.redis;
      if (name === 'Worker' && modIs(mod, 'worker_threads')) return K.worker;
      if ((name === 'Worker' || name === 'QueueEvents') && modIs(mod, 'bullmq')) return K.worker;
      if ((name === 'WebSocket' || name === '' || name === 'default') && modIs(mod, 'ws')) return K.ws;
      if (name === 'WebSocket' && mod === '') return K.ws;
      return null;
    }
    const onModule = !recv || (recv.info.isModule) || (recv.info.name === 'promises' && modIs(mod, 'fs'));
    if (onModule) {
      if (modIs(mod, 'child_process') && /^(spawn|fork|exec|execFile)$/.test(name)) {
        if ((name === 'exec' || name === 'execFile') && hasTimeoutOpt(args)) return null;
        return K.process;
      }
      if (modIs(mod, 'redis', '@redis/client') && name === 'createClient') return K.redis;
      if (modIs(mod, 'fs') && (name === 'createWriteStream' || name === 'createReadStream')) return K.stream;
      if ((modIs(mod, 'fs') || modIs(mod, 'chokidar')) && name === 'watch') return K.watch;
      if (modIs(mod, 'fs') && name === 'watchFile') return K.watchFile;
      if ((modIs(mod, 'fs/promises') || (recv && recv.info.name === 'promises')) && name === 'open') return K.fileHandle;
      if (modIs(mod, 'net') && (name === 'connect' || name === 'createConnection')) return K.net;
      if (modIs(mod, 'readline') && name === 'createInterface') return K.readline;
      if (modIs(mod, 'mysql2', 'mysql') && name === 'createConnection') return K.mysql;
      if (recv) return null;
    }
    if (!recv) return null;
    switch (name) {
      case 'connect':
        if (modIs(mod, 'pg', 'pg-pool') && instanceOf(recv, ['Pool', '', 'default'])) return K.pgPool;
        if (modIs(mod, 'net')) return K.net;
        break;
      case 'getConnection':
        if (modIs(mod, 'mysql2', 'mysql')) return K.mysql;
        break;
      case 'duplicate':
        if (modIs(mod, 'ioredis', 'redis', '@redis/client') || /redis/i.test(lineage(recv))) return K.redis;
        break;
      case 'watch':
        return K.watch;
      case 'subscribe':
        if (modIs(mod, 'rxjs') || rec.until) return K.rx;
        break;
    }
    return null;
  }
  const K = {
    pgPool: { what: 'pg pool client', releases: ['release', 'end'] },
    pgClient: { what: 'pg client', releases: ['end'] },
    mysql: { what: 'mysql connection', releases: ['release', 'end', 'destroy'], releaseCalls: ['releaseConnection'] },
    redis: { what: 'redis connection', releases: ['quit', 'disconnect', 'close', 'destroy', 'end'] },
    watch: { what: 'watcher or change stream', releases: ['close', 'unwatch'] },
    watchFile: { what: 'fs.watchFile watcher', releaseCalls: ['unwatchFile'], byArg: true },
    stream: { what: 'file stream', releases: ['end', 'close', 'destroy'] },
    fileHandle: { what: 'file handle', releases: ['close'] },
    process: { what: 'child process', releases: ['kill'] },
    worker: { what: 'worker', releases: ['terminate', 'close'] },
    ws: { what: 'outbound WebSocket', releases: ['close', 'terminate'] },
    net: { what: 'outbound TCP socket', releases: ['end', 'destroy'] },
    readline: { what: 'readline interface', releases: ['close'] },
    rx: { what: 'RxJS subscription', releases: ['unsubscribe'] },
  };
  let userPairs = [];
  let kindsByLine = {};

  function release(res) {
    if (res && !res.released) res.released = true;
  }
  function mockCall(proxy, rec, args, isNew) {
    const info = rec.info;
    const name = info.name || '';
    const recv = info.parent ? mockRec(info.parent) : null;
    {
      const cat = sensitive[String(info.mod).replace(/^node:/, '')];
      if (cat && ioMethods.test(name)) sandboxed(info.path + '(' + args.slice(0, 2).map(fmtArg).join(', ') + ') [' + cat + ': answered by a mock]');
    }
    // releases: a method on the resource, or a call taking it
    if (recv && recv.res) {
      const k = recv.res.kind;
      if (k.releases && k.releases.indexOf(name) >= 0) release(recv.res);
    }
    if (args.length > 0) {
      const r0 = resOf(args[0]);
      if (r0 && ((r0.kind.releaseCalls && r0.kind.releaseCalls.indexOf(name) >= 0) || (r0.kind.releaseFuncs && r0.kind.releaseFuncs.indexOf(name) >= 0))) release(r0);
      if (name === 'unwatchFile' && typeof args[0] === 'string') {
        for (const r of st.resources) if (r.kind === K.watchFile && r.arg === args[0]) release(r);
      }
    }
    let until = null;
    if (modIs(info.mod, 'rxjs')) {
      if (name === 'fromEvent' && socketSet.has(args[0])) until = args[0];
      if (name === 'takeUntil' || name === 'pipe') for (const a of args) { const m = mockRec(a); if (m && m.until) until = m.until; }
    }
    if (name === 'pipe' && recv) for (const a of args) { const m = mockRec(a); if (m && m.until) until = m.until; }
    if (name === 'next' && !isNew) {
      rec.calls = (rec.calls || 0) + 1;
      if (!rec.nextValue) rec.nextValue = makeMock({ mod: info.mod, path: info.path + '()', name: '', phase: st.phase });
      return { done: rec.calls > 100000, value: rec.nextValue };
    }
    const kind = classify(rec, args, isNew);
    const result = makeMock({ mod: info.mod, path: info.path + (isNew ? '<new>' : '()'), name: '', parent: null, thenable: !isNew, newOf: isNew ? name : undefined, phase: st.phase, until: until || (recv && recv.until) });
    const rrec = result[kMock];
    if (kind) {
      const s = site();
      const r = { kind: kind, site: s, phase: st.phase, released: false, what: info.path.replace(/^[^.]*\./, (m) => m) + (isNew ? '' : '()'), arg: typeof args[0] === 'string' ? args[0] : undefined };
      if (isNew) r.what = 'new ' + info.path.split('.').slice(-1)[0] + '()';
      rrec.res = r;
      if (st.phase === 'run') { st.resources.push(r); reach('resource', s); }
      const u = rrec.until;
      if (u && kind === K.rx) r.until = u;
    }
    const last = args[args.length - 1];
    if (!isNew && typeof last === 'function' && !mockSet.has(last) && !noCallback[name] && !emitterMethods[name]) {
      const twin = rrec.twin();
      internalTimer(() => {
        try { last(null, twin); } catch (e) { noteError('callback of ' + info.path, e); }
      });
    }
    return result;
  }

  // ---- plausible client data -----------------------------------------
  function plausible(label) {
    const base = String(label);
    const cache = new OrigMap();
    const p = new Proxy({}, {
      get(t, k) {
        if (typeof k === 'symbol') {
          if (k === Symbol.toPrimitive) return (hint) => (hint === 'number' ? 1 : base);
          if (k === Symbol.iterator) return function* () {};
          return undefined;
        }
        if (k === 'then' || k === 'toJSON' || k === 'constructor' || k === '__proto__') return undefined;
        if (k === 'toString' || k === 'valueOf') return () => base;
        if (typeof SP[k] === 'function') return SP[k].bind(base);
        if (k === 'length') return base.length;
        if (!cache.has(k)) cache.set(k, /^(id|.*Id|.*ID|count|page|limit|offset|x|y|index|port)$/.test(k) ? (/^(count|page|limit|offset|x|y|index|port)$/.test(k) ? 1 : base + '-' + k) : k + '-' + base);
        return cache.get(k);
      },
      has(t, k) { return typeof k === 'string' && k !== 'then'; },
      ownKeys() { return []; },
    });
    plausibleSet.add(p);
    return p;
  }

  // ---- fake socket.io ------------------------------------------------
  let idSeq = 0;
  function newId() {
    idSeq++;
    const s = 'sio' + idSeq.toString(36) + 'Xq' + (idSeq * 7919).toString(36) + 'AAAA';
    return s.slice(0, 20);
  }
  class Adapter extends EventEmitter {
    constructor(nsp) {
      super();
      internal.add(this);
      this.nsp = nsp;
      this.rooms = new OrigMap();
      this.sids = new OrigMap();
      internal.add(this.rooms);
      internal.add(this.sids);
    }
    addAll(id, rooms) {
      for (const r of rooms) {
        if (!this.sids.has(id)) this.sids.set(id, new OrigSet());
        this.sids.get(id).add(r);
        if (!this.rooms.has(r)) this.rooms.set(r, new OrigSet());
        this.rooms.get(r).add(id);
      }
    }
    del(id, r) {
      const s = this.rooms.get(r);
      if (s) { s.delete(id); if (s.size === 0) this.rooms.delete(r); }
      const t = this.sids.get(id);
      if (t) t.delete(r);
    }
    delAll(id) {
      const t = this.sids.get(id);
      if (t) for (const r of [...t]) this.del(id, r);
      this.sids.delete(id);
    }
    socketRooms(id) { return this.sids.get(id); }
  }
  class Broadcast {
    constructor(nsp, rooms) { this.nsp = nsp; this.rooms = rooms || []; internal.add(this); }
    to(r) { return new Broadcast(this.nsp, this.rooms.concat(r)); }
    in(r) { return this.to(r); }
    except() { return this; }
    emit() { return true; }
    timeout() { return this; }
    get volatile() { return this; }
    get local() { return this; }
    get broadcast() { return this; }
    compress() { return this; }
    emitWithAck() { return OrigPromise.resolve([]); }
    sockets() { return this.nsp._match(this.rooms); }
    fetchSockets() { return OrigPromise.resolve(this.nsp._match(this.rooms)); }
    allSockets() { return OrigPromise.resolve(new OrigSet(this.nsp._match(this.rooms).map((s) => s.id))); }
    socketsJoin(r) { for (const s of this.nsp._match(this.rooms)) s.join(r); }
    socketsLeave(r) { for (const s of this.nsp._match(this.rooms)) s.leave(r); }
    disconnectSockets(close) { for (const s of this.nsp._match(this.rooms)) s.disconnect(close); }
  }
  class Namespace extends EventEmitter {
    constructor(server, name) {
      super();
      internal.add(this);
      this.name = name;
      this.server = server;
      this.sockets = new OrigMap();
      internal.add(this.sockets);
      this.adapter = new Adapter(this);
      this._fns = [];
    }
    on(ev, fn) {
      if ((ev === 'connection' || ev === 'connect') && typeof fn === 'function') this.server._register(this, fn, site());
      return EP.on.call(this, ev, fn);
    }
    addListener(ev, fn) { return this.on(ev, fn); }
    use(fn) { this._fns.push(fn); return this; }
    _match(rooms) {
      const out = [];
      for (const s of this.sockets.values()) {
        if (!rooms.length || rooms.some((r) => s.id === r || (this.adapter.sids.get(s.id) && this.adapter.sids.get(s.id).has(r)))) out.push(s);
      }
      return out;
    }
    to(r) { return new Broadcast(this, [].concat(r)); }
    in(r) { return this.to(r); }
    except() { return new Broadcast(this, []); }
    emit(ev) { if (ev === 'connection' || ev === 'connect' || ev === 'new_namespace') return EP.emit.apply(this, arguments); return true; }
    send() { return this; }
    write() { return this; }
    timeout() { return new Broadcast(this, []); }
    get volatile() { return new Broadcast(this, []); }
    get local() { return new Broadcast(this, []); }
    compress() { return new Broadcast(this, []); }
    serverSideEmit() { return true; }
    serverSideEmitWithAck() { return OrigPromise.resolve([]); }
    fetchSockets() { return OrigPromise.resolve([...this.sockets.values()]); }
    allSockets() { return OrigPromise.resolve(new OrigSet(this.sockets.keys())); }
    socketsJoin(r) { for (const s of this.sockets.values()) s.join(r); }
    socketsLeave(r) { for (const s of this.sockets.values()) s.leave(r); }
    disconnectSockets(close) { for (const s of [...this.sockets.values()]) s.disconnect(close); }
    get connected() { const o = {}; for (const [k, v] of this.sockets) o[k] = v; return o; }
  }
  function Server(srv, opts) {
    if (!(this instanceof Server)) return new Server(srv, opts);
    EventEmitter.call(this);
    internal.add(this);
    this._nsps = new OrigMap();
    internal.add(this._nsps);
    this.opts = opts || (srv && typeof srv === 'object' && !mockSet.has(srv) ? srv : {});
    this.engine = new EventEmitter();
    internal.add(this.engine);
    this.engine.clientsCount = 0;
    this.engine.generateId = () => newId();
    this.engine.use = () => this.engine;
    this.engine.middlewares = [];
    this.httpServer = srv && mockSet.has(srv) ? srv : makeMock({ mod: 'http', path: 'httpServer', name: 'httpServer', isModule: false });
    this.sockets = this.of('/');
    st.servers.push(this);
  }
  st.servers = [];
  Server.prototype = Object.create(EP);
  Server.prototype.constructor = Server;
  const SrvP = Server.prototype;
  SrvP._register = function (nsp, fn, s) {
    st.registrations.push({ id: st.registrations.length, nsp: nsp, fn: fn, site: s, phase: st.phase });
  };
  SrvP.of = function (name, fn) {
    let key = name;
    if (typeof name === 'function' || name instanceof RegExp) key = '/dynamic-' + (this._nsps.size + 1);
    else if (typeof name !== 'string') key = '/';
    else if (name[0] !== '/') key = '/' + name;
    let nsp = this._nsps.get(key);
    if (!nsp) { nsp = new Namespace(this, key); this._nsps.set(key, nsp); }
    if (typeof fn === 'function') {
      this._register(nsp, fn, site());
      EP.on.call(nsp, 'connect', fn);
    }
    return nsp;
  };
  for (const m of ['on', 'addListener', 'once', 'off', 'removeListener', 'removeAllListeners', 'listeners', 'listenerCount', 'use', 'to', 'in', 'except', 'emit', 'send', 'write', 'timeout', 'serverSideEmit', 'serverSideEmitWithAck', 'fetchSockets', 'allSockets', 'socketsJoin', 'socketsLeave', 'disconnectSockets', 'compress', 'prependListener']) {
    SrvP[m] = function (...a) {
      const r = this.sockets[m](...a);
      return r === this.sockets ? this : r;
    };
  }
  defineProperty(SrvP, 'volatile', { get() { return this.sockets.volatile; } });
  defineProperty(SrvP, 'local', { get() { return this.sockets.local; } });
  SrvP.listen = SrvP.attach = function () { return this; };
  SrvP.adapter = function (a) { return a === undefined ? this.sockets.adapter : this; };
  SrvP.close = function (cb) { if (typeof cb === 'function') OrigPromise.resolve().then(() => cb()); return OrigPromise.resolve(); };
  SrvP.path = function (p) { return p === undefined ? '/socket.io' : this; };
  SrvP.serveClient = SrvP.origins = SrvP.cors = function (v) { return v === undefined ? false : this; };
  SrvP.bind = function () { return this; };
  SrvP.engine = null;

  class Socket extends EventEmitter {
    constructor(nsp, idx) {
      super();
      this.id = newId();
      this.nsp = nsp;
      this.server = nsp.server;
      this.adapter = nsp.adapter;
      const conn = new EventEmitter();
      conn.transport = { name: 'websocket' };
      conn.remoteAddress = '127.0.0.' + (idx + 1);
      conn.readyState = 'open';
      conn.protocol = 4;
      conn.close = () => conn;
      conn.id = this.id;
      this.conn = conn;
      this.client = { conn: conn, id: this.id, request: null, sockets: new OrigMap() };
      const headers = plausible('header' + idx);
      this.handshake = { headers: headers, time: new Date(0).toString(), address: conn.remoteAddress, xdomain: false, secure: false, issued: 0, url: '/socket.io/?EIO=4', query: plausible('q' + idx), auth: plausible('u' + idx) };
      this.request = { headers: headers, url: '/socket.io/?EIO=4', method: 'GET', connection: { remoteAddress: conn.remoteAddress }, socket: { remoteAddress: conn.remoteAddress }, session: plausible('sess' + idx), user: plausible('user' + idx) };
      this.client.request = this.request;
      this.data = {};
      this.connected = false;
      this.recovered = false;
      this.idx = idx;
      this._anyListeners = [];
      this._cleaned = false;
      socketSet.add(this);
      st.sockets.push(this);
      st.liveIds.add(this.id);
    }
    get disconnected() { return !this.connected; }
    get rooms() { return new OrigSet(this.adapter.socketRooms(this.id) || []); }
    get broadcast() { return new Broadcast(this.nsp, []); }
    get volatile() { return this; }
    get local() { return this; }
    compress() { return this; }
    timeout() { return this; }
    join(r) { if (!this._cleaned) this.adapter.addAll(this.id, [].concat(r)); }
    leave(r) { this.adapter.del(this.id, r); }
    to(r) { return new Broadcast(this.nsp, [].concat(r)); }
    in(r) { return this.to(r); }
    except() { return new Broadcast(this.nsp, []); }
    emit(ev, ...args) { return true; }
    send() { return this; }
    write() { return this; }
    emitWithAck() { return OrigPromise.resolve(plausible('ack')); }
    use(fn) { return this; }
    onAny(fn) { this._anyListeners.push(fn); return this; }
    prependAny(fn) { this._anyListeners.unshift(fn); return this; }
    offAny(fn) { this._anyListeners = fn ? this._anyListeners.filter((f) => f !== fn) : []; return this; }
    listenersAny() { return this._anyListeners.slice(); }
    onAnyOutgoing() { return this; }
    offAnyOutgoing() { return this; }
    prependAnyOutgoing() { return this; }
    disconnect(close) { this._onclose('server namespace disconnect'); return this; }
    _onconnect() {
      this.connected = true;
      this.join(this.id);
      this.nsp.sockets.set(this.id, this);
      this.server.engine.clientsCount++;
    }
    _onclose(reason) {
      if (!this.connected) return;
      const desc = reason === 'transport close' ? { description: 'transport closed' } : undefined;
      this._fire('disconnecting', [reason, desc]);
      this.adapter.delAll(this.id);
      this.nsp.sockets.delete(this.id);
      this._cleaned = true;
      this.connected = false;
      this.server.engine.clientsCount--;
      st.goneIds.add(this.id);
      for (const r of st.resources) if (r.until === this) release(r);
      this._fire('disconnect', [reason, desc]);
    }
    _fire(ev, args) {
      const l = listenersOf(this, ev).slice();
      for (const rec of l) {
        if (rec.once) removeListener(this, ev, rec.fn);
        try {
          const r = rec.fn.apply(this, args);
          if (r && typeof r.then === 'function' && !mockSet.has(r)) r.then(undefined, (e) => noteError('async "' + ev + '" handler', e));
        } catch (e) {
          noteError('"' + ev + '" handler', e);
        }
      }
    }
  }
  internal.add(Socket.prototype);
  const sio = function (srv, opts) { return new Server(srv, opts); };
  sio.Server = Server;
  sio.Namespace = Namespace;
  sio.Socket = Socket;
  sio.listen = sio;
  sio.default = sio;

  // ---- process and friends -------------------------------------------
  const proc = new EventEmitter();
  internal.add(proc);
  proc.env = new Proxy({ NODE_ENV: 'production' }, { get(t, k) { return typeof k === 'string' ? t[k] : undefined; } });
  proc.argv = ['node', '/sandbox/server.js'];
  proc.execArgv = [];
  proc.pid = 4242;
  proc.ppid = 1;
  proc.platform = 'linux';
  proc.arch = 'x64';
  proc.version = 'v20.0.0';
  proc.versions = { node: '20.0.0' };
  proc.release = { name: 'node' };
  proc.cwd = () => '/sandbox';
  proc.uptime = () => st.now / 1000;
  proc.hrtime = (p) => { const s = Math.floor(st.now / 1000), n = (st.now % 1000) * 1e6; return p ? [s - p[0], n - p[1]] : [s, n]; };
  proc.hrtime.bigint = () => (typeof BigInt === 'function' ? BigInt(st.now) * BigInt(1000000) : st.now * 1e6);
  proc.memoryUsage = () => ({ rss: 5e7, heapTotal: 3e7, heapUsed: 2e7, external: 1e6, arrayBuffers: 1e5 });
  proc.cpuUsage = () => ({ user: 0, system: 0 });
  proc.nextTick = (fn, ...a) => { OrigPromise.resolve().then(() => fn(...a)); };
  proc.exit = (code) => host.exit('process.exit(' + (code === undefined ? '' : code) + ')');
  proc.abort = () => host.exit('process.abort()');
  proc.reallyExit = proc.exit;
  proc.kill = (pid, sig) => { sandboxed('process.kill(' + fmtArg(pid) + ') [process: ignored]'); return true; };
  proc.chdir = () => { sandboxed('process.chdir() [process: ignored]'); };
  proc.binding = () => host.exit('process.binding()');
  proc.dlopen = () => host.exit('process.dlopen()');
  proc.stdout = { write() { return true; }, isTTY: false, on() { return this; } };
  proc.stderr = proc.stdout;
  proc.stdin = makeMock({ mod: 'process', path: 'process.stdin', name: 'stdin', isModule: true });
  proc.emitWarning = () => {};
  proc.title = 'node';
  proc.exitCode = undefined;
  G.process = proc;
  G.global = G;
  const noop = () => {};
  G.console = { log: noop, info: noop, warn: noop, error: noop, debug: noop, trace: noop, dir: noop, table: noop, time: noop, timeEnd: noop, group: noop, groupEnd: noop, assert: noop, count: noop };
  class FakeBuffer {
    constructor(s) { this.s = String(s); this.length = this.s.length; }
    toString() { return this.s; }
    toJSON() { return { type: 'Buffer', data: [] }; }
    static from(x) { return new FakeBuffer(typeof x === 'string' ? x : ''); }
    static alloc(n) { checkLen(n); return new FakeBuffer(''); }
    static allocUnsafe(n) { checkLen(n); return new FakeBuffer(''); }
    static isBuffer(x) { return x instanceof FakeBuffer; }
    static byteLength(s) { return String(s).length; }
    static concat() { return new FakeBuffer(''); }
  }
  G.Buffer = FakeBuffer;
  G.TextEncoder = function () { this.encode = (s) => new Uint8Array(0); };
  G.TextDecoder = function () { this.decode = () => ''; };
  G.URL = function (u) { this.href = String(u); this.pathname = '/'; this.searchParams = new TMap(); this.toString = () => this.href; };
  G.URLSearchParams = function () { this.get = () => null; this.has = () => false; };
  G.structuredClone = (x) => JSON.parse(JSON.stringify(x));
  G.fetch = (u) => { sandboxed('fetch(' + fmtArg(u) + ') [network: answered by a mock]'); return OrigPromise.resolve(makeMock({ mod: 'fetch', path: 'fetch()', name: '', isModule: false })); };
  G.performance = { now: () => st.now, timeOrigin: 0 };
  G.AbortController = function () {
    const sig = new EventEmitter();
    sig.aborted = false;
    this.signal = sig;
    this.abort = () => { if (!sig.aborted) { sig.aborted = true; emit(sig, 'abort', [{ type: 'abort' }]); } };
  };
  G.EventTarget = function EventTarget() { initEmitter(this); };
  G.EventTarget.prototype = Object.create(EP);
  G.Event = function Event(type) { this.type = type; };
  G.CustomEvent = function CustomEvent(type, o) { this.type = type; this.detail = o && o.detail; };
  G.setTimeout.__promisify__ = timersPromises.setTimeout;

  // Date follows the virtual clock.
  const OrigDate = Date;
  const epoch = 1767225600000; // 2026-01-01
  function VDate(...a) {
    if (!new.target) return new OrigDate(epoch + st.now).toString();
    return a.length ? new OrigDate(...a) : new OrigDate(epoch + st.now);
  }
  VDate.prototype = OrigDate.prototype;
  VDate.now = () => epoch + st.now;
  VDate.parse = OrigDate.parse;
  VDate.UTC = OrigDate.UTC;
  G.Date = VDate;
  let rnd = 12345;
  Math.random = () => { rnd = (rnd * 1103515245 + 12345) % 2147483648; return rnd / 2147483648; };

  // eval and the Function constructor would let the analysed code compile
  // new code the transform never saw: they stop the scope.
  const stopEval = function () { host.exit('eval'); };
  const FunctionStub = function Function() { host.exit('Function constructor'); };
  FunctionStub.prototype = Function.prototype;
  for (const f of [function () {}, async function () {}, function* () {}]) {
    defineProperty(getPrototypeOf(f), 'constructor', { value: FunctionStub, writable: true, configurable: true });
  }
  G.eval = stopEval;
  G.Function = FunctionStub;

  const util = {
    format: (...a) => a.map(String).join(' '),
    inspect: (x) => { try { return JSON.stringify(x); } catch (_) { return String(x); } },
    promisify: (fn) => (...a) => new OrigPromise((res, rej) => fn(...a, (e, v) => (e ? rej(e) : res(v)))),
    inherits: (c, p) => { if (c && p && c.prototype && p.prototype) Object.setPrototypeOf(c.prototype, p.prototype); },
    isDeepStrictEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
    types: { isPromise: (p) => p instanceof OrigPromise },
    deprecate: (fn) => fn,
    debuglog: () => noop,
    TextEncoder: G.TextEncoder,
    TextDecoder: G.TextDecoder,
  };
  let uid = 0;
  const hex = (n, len) => { let h = ''; while (h.length < len) h += ((n * 2654435761 + h.length * 40503) >>> 0).toString(16); return h.slice(0, len); };
  const cryptoMod = {
    randomUUID: () => { uid++; const h = hex(uid, 32); return h.slice(0, 8) + '-' + h.slice(8, 12) + '-4' + h.slice(13, 16) + '-a' + h.slice(17, 20) + '-' + h.slice(20, 32); },
    randomBytes: (n, cb) => { checkLen(n); uid++; const b = new FakeBuffer(hex(uid, 2 * Number(n || 16))); if (typeof cb === 'function') internalTimer(() => cb(null, b)); return b; },
    randomInt: (a, b) => { const lo = b === undefined ? 0 : a, hi = b === undefined ? a : b; return lo + Math.floor(Math.random() * (hi - lo)); },
    createHash: () => { let acc = 0; const h = { update: (d) => { for (const c of String(d)) acc = (acc * 31 + c.charCodeAt(0)) >>> 0; return h; }, digest: () => hex(acc + 1, 64) }; return h; },
    getRandomValues: (a) => a,
    timingSafeEqual: (a, b) => String(a) === String(b),
  };
  cryptoMod.createHmac = cryptoMod.createHash;
  cryptoMod.webcrypto = { getRandomValues: (a) => a, randomUUID: cryptoMod.randomUUID };
  G.crypto = cryptoMod.webcrypto;
  const uuidMod = { v4: cryptoMod.randomUUID, v1: cryptoMod.randomUUID, v7: cryptoMod.randomUUID, validate: () => true };
  const pathMod = {
    sep: '/',
    join: (...a) => a.map(String).join('/').replace(/\/+/g, '/'),
    resolve: (...a) => '/sandbox/' + a.map(String).join('/'),
    dirname: (p) => String(p).replace(/\/[^/]*$/, '') || '/',
    basename: (p, e) => { let b = String(p).replace(/^.*\//, ''); if (e && b.endsWith(e)) b = b.slice(0, -e.length); return b; },
    extname: (p) => { const m = /\.[^./]*$/.exec(String(p)); return m ? m[0] : ''; },
    relative: (a, b) => String(b),
    normalize: (p) => String(p),
    isAbsolute: (p) => String(p)[0] === '/',
    parse: (p) => ({ root: '/', dir: pathMod.dirname(p), base: pathMod.basename(p), ext: pathMod.extname(p), name: pathMod.basename(p, pathMod.extname(p)) }),
  };
  pathMod.posix = pathMod;

  // ---- require -------------------------------------------------------
  const modules = new OrigMap();
  function builtin(name) {
    const n = name.replace(/^node:/, '');
    switch (n) {
      case 'socket.io': return sio;
      case 'events': return EventEmitter;
      case 'timers': return timers;
      case 'timers/promises': return timersPromises;
      case 'util': return util;
      case 'path': return pathMod;
      case 'process': return proc;
      case 'buffer': return { Buffer: FakeBuffer };
      case 'inherits': return util.inherits;
      case 'crypto': return cryptoMod;
      case 'uuid': return uuidMod;
      case 'nanoid': return { nanoid: () => hex(++uid, 21), customAlphabet: () => () => hex(++uid, 12) };
    }
    return undefined;
  }
  function require(name) {
    name = String(name);
    if (modules.has(name)) return modules.get(name);
    let m = builtin(name);
    if (m === undefined) {
      m = makeMock({ mod: name, path: name.replace(/^node:/, ''), name: '', isModule: true, phase: 'load' });
    }
    modules.set(name, m);
    return m;
  }
  require.resolve = (n) => String(n);
  require.cache = {};
  require.main = undefined;

  const exportsObj = trackObj({});
  const moduleObj = { exports: exportsObj, id: '.', filename: '/sandbox/server.js', loaded: false, children: [], paths: [], require: require };
  require.main = moduleObj;
  G.require = require;
  G.module = moduleObj;
  G.exports = exportsObj;
  G.__filename = '/sandbox/server.js';
  G.__dirname = '/sandbox';

  // ---- the driver's view ---------------------------------------------
  const initialGlobals = new OrigSet(Object.getOwnPropertyNames(G));
  const dl = {
    require: require,
    module: moduleObj,
    obj: trackObj,
    roots: (o) => { st.roots.push(o); },
    def: (m) => (m && typeof m === 'object' && !mockSet.has(m) && m.__esModule ? m.default : m),
    dynImport: (n) => OrigPromise.resolve(require(n)).then((m) => (mockSet.has(m) ? m : Object.assign({ default: m }, m))),
    importMeta: { url: 'file:///sandbox/server.mjs', dirname: '/sandbox', filename: '/sandbox/server.mjs', resolve: (s) => s },
    setPairs: (ps) => {
      userPairs = ps.map((p) => ({ acquire: p.acquire, kind: { what: p.name, releases: p.release.filter((r) => r.indexOf('.') < 0), releaseFuncs: p.release.map((r) => r.split('.').pop()) } }));
    },
    // registrations the module made while loading, for the Go side
    registrations: () => st.registrations.map((r) => [r.id, r.site ? r.site.line : 0, r.site ? r.site.col : 0]),
    // callExports calls every exported function with a simulated server,
    // for modules that register their connection handler in a setup
    // function (module.exports = (io) => { io.on('connection', ...) }).
    callExports: () => {
      const io = st.servers[0] || new Server();
      const seen = new OrigSet();
      const call = (f) => {
        if (typeof f !== 'function' || mockSet.has(f) || seen.has(f) || f === Server) return;
        seen.add(f);
        try {
          const extra = [1, 2, 3].map((i) => makeMock({ mod: 'param', path: 'parameter ' + (i + 1), name: '', isModule: true, phase: 'load' }));
          const r = f(io, ...extra);
          st.roots.push({ result: r });
          if (r && typeof r.then === 'function') r.then(undefined, (e) => noteError('exported function', e));
        } catch (e) { noteError('exported function', e); }
      };
      const ex = moduleObj.exports;
      call(ex);
      if (ex && typeof ex === 'object') for (const k of Object.keys(ex)) call(ex[k]);
    },
    setPhase: (p) => { st.phase = p; },
    sockets: [],
    connect: (regId, idx) => {
      const reg = st.registrations[regId];
      const sock = new Socket(reg.nsp, idx);
      dl.sockets[idx] = sock;
      const fns = reg.nsp._fns.slice();
      if (reg.nsp !== reg.nsp.server.sockets) {
        // io.use covers only '/'
      }
      let i = 0;
      const next = (err) => {
        if (err) return;
        if (i < fns.length) {
          const f = fns[i++];
          try {
            const r = f(sock, next);
            if (r && typeof r.then === 'function' && !mockSet.has(r)) r.then(undefined, (e) => noteError('middleware', e));
          } catch (e) { noteError('middleware', e); }
          return;
        }
        sock._onconnect();
        try {
          const r = reg.fn.call(reg.nsp, sock);
          if (r && typeof r.then === 'function' && !mockSet.has(r)) r.then(undefined, (e) => noteError('connection handler', e));
        } catch (e) { noteError('connection handler', e); }
      };
      next();
    },
    // events lists the socket's non-reserved events not fired yet
    events: (idx) => {
      const s = dl.sockets[idx];
      if (!s || !s.connected) return [];
      const fired = s._fired || (s._fired = new OrigSet());
      const out = [];
      for (const [ev, l] of s[kEvents]) {
        if (!l.length || fired.has(ev) || ev === 'disconnect' || ev === 'disconnecting' || ev === 'error' || ev === 'newListener' || ev === 'removeListener') continue;
        out.push(ev);
      }
      return out;
    },
    setKinds: (json) => { kindsByLine = JSON.parse(json); },
    fire: (idx, ev) => {
      const kindsJSON = kindsByLine;
      const s = dl.sockets[idx];
      if (!s || !s.connected) return;
      (s._fired || (s._fired = new OrigSet())).add(ev);
      const l = listenersOf(s, ev).slice();
      for (const rec of l) {
        const kinds = (kindsJSON && kindsJSON[rec.site ? rec.site.line : 0]) || null;
        const n = Math.max(rec.fn.length, kinds ? kinds.length : 0);
        const args = [];
        for (let p = 0; p < n; p++) {
          let k = kinds ? kinds[p] : (p > 0 && p === n - 1 ? 'ack' : 'string');
          if (k === 'ack') args.push(function ack() {});
          else if (k === 'object') args.push(plausible('c' + idx + '_' + p));
          else if (k === 'number') args.push(idx + 1);
          else if (k === 'boolean') args.push(true);
          else args.push('v' + idx + '_' + p);
        }
        if (rec.once) removeListener(s, ev, rec.fn);
        try {
          const r = rec.fn.apply(s, args);
          if (r && typeof r.then === 'function' && !mockSet.has(r)) r.then(undefined, (e) => noteError('async "' + ev + '" handler', e));
        } catch (e) { noteError('"' + ev + '" handler', e); }
      }
      for (const f of s._anyListeners.slice()) {
        try { f(ev, 'v' + idx + '_0'); } catch (e) { noteError('onAny listener', e); }
      }
    },
    disconnect: (idx, reason) => {
      const s = dl.sockets[idx];
      if (!s) return;
      if (reason === 'server') { try { s.disconnect(true); } catch (e) { noteError('disconnect', e); } return; }
      s._onclose(reason);
    },
    disconnectAll: (reason) => {
      for (const s of dl.sockets) if (s) s._onclose(reason);
    },
    now: () => st.now,
    setNow: (t) => { if (t > st.now) st.now = t; },
    // next returns the id of the earliest active timer due by limit, or 0.
    next: (limit, capPerSite) => {
      let best = null;
      for (const r of st.timers.values()) {
        if (!r.active || r.due > limit) continue;
        if (!best || r.due < best.due || (r.due === best.due && r.id < best.id)) best = r;
      }
      return best ? best.id : 0;
    },
    fireTimer: (id) => {
      const r = st.timers.get(id);
      if (!r || !r.active) return;
      if (r.due > st.now) st.now = r.due;
      r.fires++;
      if (r.kind === 'setInterval') r.due = st.now + r.ms; else { r.active = false; st.timers.delete(id); }
      try { r.fn.apply(r.obj, r.args); } catch (e) { noteError(r.kind + ' callback', e); }
    },
    // step fires the earliest timer due by limit and returns its id, or 0.
    // A timer site that fired more than cap times in this advance is put
    // past the limit (it stays live); with holdLong, long timeouts wait.
    step: (limit, cap, immCap, holdLong, fires) => {
      for (;;) {
        let best = null;
        for (const r of st.timers.values()) {
          if (!r.active || r.due > limit) continue;
          if (!best || r.due < best.due || (r.due === best.due && r.id < best.id)) best = r;
        }
        if (!best) return 0;
        const key = best.site ? best.site.line + ':' + best.site.col + ':' + best.kind : 'nosite:' + best.kind;
        const n = fires.get(key) || 0;
        if (n >= (best.kind === 'setImmediate' ? immCap : cap) || (holdLong && best.kind === 'setTimeout' && best.ms >= LONG)) { best.due = limit + 1; continue; }
        fires.set(key, n + 1);
        dl.fireTimer(best.id);
        return best.id;
      }
    },
    newFires: () => new OrigMap(),
    defer: (id, until) => { const r = st.timers.get(id); if (r) r.due = until + 1; },
    // span is how far to advance so every timer fires at least once: the
    // longest interval period or short timeout (long ones are left pending).
    span: (factor) => {
      let m = 0;
      for (const r of st.timers.values()) {
        if (!r.active || r.kind === 'internal') continue;
        if (r.kind === 'setInterval') m = Math.max(m, r.ms * factor);
        else if (r.due - st.now < LONG) m = Math.max(m, r.due - st.now);
      }
      if (factor > 1) m = Math.max(m, LONG - 1);
      return Math.min(m, 3600000) + 1;
    },
    isLong: (id) => { const r = st.timers.get(id); return !!r && r.kind === 'setTimeout' && r.ms >= LONG; },
    timerSite: (id) => { const r = st.timers.get(id); return r && r.site ? r.site.line * 100000 + r.site.col : 0; },
    collect: () => collect(),
    errors: () => st.errors.slice(),
    sandboxed: () => st.sandboxed.slice(),
    reached: () => [...st.reached.keys()],
  };

  function liveRec(kind, s, what) {
    return { kind: kind, line: s ? s.line : 0, col: s ? s.col : 0, what: what };
  }
  function collect() {
    const out = [];
    for (const r of st.timers.values()) {
      if (r.active && r.phase === 'run') out.push(liveRec('timer', r.site, r.kind + '(..., ' + r.ms + ')'));
    }
    for (const em of st.emitters) {
      if (em[kPhase] !== 'load' || socketSet.has(em)) continue;
      for (const [ev, l] of em[kEvents]) {
        for (const rec of l) {
          if (rec.phase === 'run' && !rec.once) out.push(liveRec('listener', rec.site, 'listener for "' + String(ev) + '" on ' + emitterName(em)));
        }
      }
    }
    for (const r of st.resources) {
      if (!r.released && r.phase === 'run') out.push(liveRec('resource', r.site, r.kind.what + ' from ' + r.what));
    }
    walkRoots(out);
    return JSON.stringify(out);
  }
  function emitterName(em) {
    if (em === proc) return 'process';
    if (em instanceof Namespace) return em.name === '/' ? 'io' : 'namespace ' + em.name;
    if (st.servers.some((s) => s.engine === em)) return 'io.engine';
    if (em.what) return em.what;
    return 'a shared emitter';
  }
  function walkRoots(out) {
    const seen = new OrigSet();
    let budget = 200000;
    const gone = st.goneIds;
    const isGone = (x) => (typeof x === 'string' ? gone.has(x) : (x && socketSet.has(x) && !x.connected));
    // refGone: x is a gone socket or its id, or a record that holds one
    // directly ({ id: socket.id, name }). Arrays and tracked objects are
    // registries of their own: they are walked, not counted here.
    const refGone = (x, d) => {
      if (isGone(x)) return true;
      if (d >= 1 || !isPlain(x) || Array.isArray(x) || st.targetOf.has(x)) return false;
      const t = x;
      let ks;
      try { ks = Object.keys(t); } catch (_) { return false; }
      for (let i = 0; i < ks.length && i < 50; i++) { let v; try { v = t[ks[i]]; } catch (_) { continue; } if (refGone(v, d + 1)) return true; }
      return false;
    };
    // a container created while clients were connected, under a key of a
    // structure that outlives them, and empty now that they are gone
    const emptyBox = (holder, key, v) => {
      const m = st.boxSites.get(holder);
      return !!(m && m.has(key) && st.goneIds.size > 0 && isContainer(v) && isEmpty(v));
    };
    const report = (store, holder, key, what) => {
      const m = store.get(holder);
      const s = m ? m.get(key) : null;
      out.push(liveRec('entry', s, what));
    };
    const walk = (x, d) => {
      if (x === null || (typeof x !== 'object' && typeof x !== 'function') || d > 8 || --budget < 0) return;
      if (typeof x === 'function' || internal.has(x) || mockSet.has(x) || socketSet.has(x) || plausibleSet.has(x)) return;
      const t = st.targetOf.get(x) || x;
      if (seen.has(t)) return;
      seen.add(t);
      if (t instanceof OrigMap) {
        for (const [k, v] of t) {
          if (refGone(k, 0) || refGone(v, 0)) report(st.colSites, t, k, 'Map entry for a gone socket');
          else if (emptyBox(t, k, v)) report(st.boxSites, t, k, 'empty per-key container left behind');
          walk(k, d + 1); walk(v, d + 1);
        }
        return;
      }
      if (t instanceof OrigSet) {
        for (const v of t) {
          if (refGone(v, 0)) report(st.colSites, t, v, 'Set entry for a gone socket');
          walk(v, d + 1);
        }
        return;
      }
      if (t instanceof OrigWeakMap || t instanceof OrigWeakSet || t instanceof OrigPromise || t instanceof OrigDate) return;
      if (Array.isArray(t)) {
        for (let i = 0; i < t.length && i < 100000; i++) {
          const v = t[i];
          if (refGone(v, 0)) report(st.arrSites, t, v, 'array element for a gone socket');
          walk(v, d + 1);
        }
        return;
      }
      let ks;
      try { ks = Object.keys(t); } catch (_) { return; }
      for (const k of ks) {
        let v;
        try { v = t[k]; } catch (_) { continue; }
        if (gone.has(k) || refGone(v, 0)) report(st.objSites, t, k, 'object property for a gone socket');
        else if (emptyBox(t, k, v)) report(st.boxSites, t, k, 'empty per-key container left behind');
        walk(v, d + 1);
      }
    };
    for (const r of st.roots) {
      let ks;
      try { ks = Object.keys(r); } catch (_) { continue; }
      for (const k of ks) {
        let v;
        try { v = r[k]; } catch (_) { continue; }
        walk(v, 0);
      }
    }
    walk(moduleObj.exports, 0);
    for (const k of Object.getOwnPropertyNames(G)) {
      if (initialGlobals.has(k) || k === '__dl') continue;
      let v;
      try { v = G[k]; } catch (_) { continue; }
      walk(v, 0);
    }
  }

  Object.freeze(dl);
  defineProperty(G, '__dl', { value: dl, enumerable: false });
  return dl;
})
