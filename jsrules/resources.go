package jsrules

import (
	"strings"

	"github.com/disconnectlint/disconnectlint/jsmodel"
	"github.com/disconnectlint/disconnectlint/jsparse"
)

// resourceKind is one row of the acquire/release pairs table
// (socketio-semantics.md section 5.1).
type resourceKind struct {
	what     string          // for messages: "pg pool client"
	releases map[string]bool // methods on the resource that release it
	// releaseCalls are calls that take the resource as their first
	// argument: pool.releaseConnection(conn), fs.unwatchFile(path).
	releaseCalls map[string]bool
	// releaseFuncs are full callee paths that release the resource given as
	// their first argument (user pairs: redisPool.release(conn)).
	releaseFuncs map[string]bool
	// acquire is the callee path of a user-declared pair.
	acquire string
}

// Pair is a user-declared acquire/release pair (.disconnectlint.yml
// resources with lang: js). Acquire is a callee path (redisPool.acquire,
// acquireLease); each Release is a method called on the result (release) or
// a callee path called with it (redisPool.release).
type Pair struct {
	Name    string
	Acquire string
	Release []string
}

func userKinds(pairs []Pair) []*resourceKind {
	var out []*resourceKind
	for _, p := range pairs {
		k := &resourceKind{what: p.Name, acquire: p.Acquire, releases: map[string]bool{}, releaseFuncs: map[string]bool{}}
		for _, r := range p.Release {
			if strings.Contains(r, ".") {
				k.releaseFuncs[r] = true
			} else {
				k.releases[r] = true
				k.releaseFuncs[r] = true
			}
		}
		out = append(out, k)
	}
	return out
}

// calleePath is the source of a call's callee with white space, optional
// chaining and TypeScript wrappers removed: redisPool.acquire.
func calleePath(f *jsmodel.File, call *Node) string {
	fn := jsmodel.Unparen(call.Child("function"))
	if call.Kind == "new_expression" {
		fn = jsmodel.Unparen(call.Child("constructor"))
	}
	if fn == nil {
		return ""
	}
	t := strings.Join(strings.Fields(f.Tree.Text(fn)), "")
	return strings.ReplaceAll(t, "?.", ".")
}

func methods(ms ...string) map[string]bool {
	out := make(map[string]bool, len(ms))
	for _, m := range ms {
		out[m] = true
	}
	return out
}

var (
	kindPgPoolClient = &resourceKind{what: "pg pool client", releases: methods("release", "end")}
	kindPgClient     = &resourceKind{what: "pg client", releases: methods("end")}
	kindMySQLConn    = &resourceKind{what: "mysql connection", releases: methods("release", "end", "destroy"), releaseCalls: methods("releaseConnection")}
	kindRedis        = &resourceKind{what: "redis connection", releases: methods("quit", "disconnect", "close", "destroy", "end")}
	kindWatch        = &resourceKind{what: "watcher or change stream", releases: methods("close", "unwatch")}
	kindWatchFile    = &resourceKind{what: "fs.watchFile watcher", releaseCalls: methods("unwatchFile")}
	kindStream       = &resourceKind{what: "file stream", releases: methods("end", "close", "destroy")}
	kindFileHandle   = &resourceKind{what: "file handle", releases: methods("close")}
	kindProcess      = &resourceKind{what: "child process", releases: methods("kill")}
	kindWorker       = &resourceKind{what: "worker", releases: methods("terminate", "close")}
	kindWebSocket    = &resourceKind{what: "outbound WebSocket", releases: methods("close", "terminate")}
	kindNetSocket    = &resourceKind{what: "outbound TCP socket", releases: methods("end", "destroy")}
	kindReadline     = &resourceKind{what: "readline interface", releases: methods("close")}
	kindRxSub        = &resourceKind{what: "RxJS subscription", releases: methods("unsubscribe")}
)

// moduleOf returns the module a root identifier was imported or required
// from, following const aliases; "" when it was not.
func moduleOf(f *jsmodel.File, n *Node) (mod, member string) {
	n = jsmodel.Unparen(n)
	for i := 0; n != nil && i < 6; i++ {
		switch n.Kind {
		case "identifier":
			b := f.Resolve(n)
			if b == nil {
				return "", ""
			}
			if b.Module != "" {
				return b.Module, b.Member
			}
			if b.Init == nil {
				return "", ""
			}
			if b.Destructured != "" {
				// const { Client } = pg, with pg imported.
				m, _ := moduleOf(f, b.Init)
				parts := strings.Split(b.Destructured, ".")
				return m, parts[len(parts)-1]
			}
			n = jsmodel.Unparen(b.Init)
		case "member_expression":
			m, _ := moduleOf(f, n.Child("object"))
			return m, f.Tree.Text(n.Child("property"))
		case "call_expression":
			// createPool(...) from mysql2 etc.: the module of the callee.
			fn := jsmodel.Unparen(n.Child("function"))
			if fn == nil {
				return "", ""
			}
			if fn.Kind == "member_expression" {
				m, _ := moduleOf(f, fn.Child("object"))
				return m, f.Tree.Text(fn.Child("property"))
			}
			return moduleOf(f, fn)
		case "new_expression":
			return moduleOf(f, n.Child("constructor"))
		case "await_expression":
			n = jsmodel.Unparen(n.FirstNamed())
		default:
			return "", ""
		}
	}
	return "", ""
}

func modIs(mod string, names ...string) bool {
	mod = strings.TrimPrefix(mod, "node:")
	for _, n := range names {
		if mod == n || strings.HasPrefix(mod, n+"/") {
			return true
		}
	}
	return false
}

// classify returns the resource an acquiring call or new expression makes.
func (p *pass) classify(s *jsmodel.SocketScope, n *Node) *resourceKind {
	f := p.f
	if len(p.pairs) > 0 {
		path := calleePath(f, n)
		for _, k := range p.pairs {
			if path == k.acquire || strings.HasSuffix(path, "."+k.acquire) {
				return k
			}
		}
	}
	switch n.Kind {
	case "new_expression":
		ctor := jsmodel.Unparen(n.Child("constructor"))
		name := f.Tree.Text(ctor)
		if ctor != nil && ctor.Kind == "member_expression" {
			name = f.Tree.Text(ctor.Child("property"))
		}
		mod, _ := moduleOf(f, ctor)
		switch {
		case name == "Client" && modIs(mod, "pg"):
			return kindPgClient
		case name == "Redis" && modIs(mod, "ioredis"), name == "Cluster" && modIs(mod, "ioredis"):
			return kindRedis
		case name == "Worker" && modIs(mod, "worker_threads"):
			return kindWorker
		case (name == "Worker" || name == "QueueEvents") && modIs(mod, "bullmq"):
			return kindWorker
		case name == "WebSocket" && (modIs(mod, "ws") || (mod == "" && f.Resolve(ctor) == nil)):
			return kindWebSocket
		}
	case "call_expression":
		name, recv := jsmodel.Callee(f.Tree, n)
		plain := jsmodel.CalleeName(f.Tree, n)
		if recv == nil && plain != "" {
			mod, member := moduleOf(f, n.Child("function"))
			if member != "" {
				plain = member
			}
			switch {
			case modIs(mod, "child_process") && (plain == "spawn" || plain == "fork" || plain == "exec" || plain == "execFile"):
				if (plain == "exec" || plain == "execFile") && hasTimeoutOption(f, n) {
					return nil
				}
				return kindProcess
			case modIs(mod, "redis", "@redis/client") && plain == "createClient":
				return kindRedis
			case modIs(mod, "fs") && (plain == "createWriteStream" || plain == "createReadStream"):
				return kindStream
			case modIs(mod, "fs") && plain == "watch", modIs(mod, "chokidar") && plain == "watch":
				return kindWatch
			case modIs(mod, "fs") && plain == "watchFile":
				return kindWatchFile
			case modIs(mod, "fs/promises") && plain == "open":
				return kindFileHandle
			case modIs(mod, "net") && (plain == "connect" || plain == "createConnection"):
				return kindNetSocket
			case modIs(mod, "readline") && plain == "createInterface":
				return kindReadline
			case modIs(mod, "mysql2", "mysql") && plain == "createConnection":
				return kindMySQLConn
			}
			return nil
		}
		if recv == nil {
			return nil
		}
		mod, _ := moduleOf(f, jsmodel.RootName(recv))
		rt := f.Tree.Text(recv)
		switch name {
		case "connect":
			if p.isPgPool(recv) {
				return kindPgPoolClient
			}
			if modIs(mod, "net") {
				return kindNetSocket
			}
		case "getConnection":
			if modIs(mod, "mysql2", "mysql") || p.isPoolLike(recv) {
				return kindMySQLConn
			}
		case "createConnection":
			if modIs(mod, "mysql2", "mysql") {
				return kindMySQLConn
			}
			if modIs(mod, "net") {
				return kindNetSocket
			}
		case "duplicate":
			if modIs(mod, "ioredis", "redis", "@redis/client") || strings.Contains(strings.ToLower(rt), "redis") {
				return kindRedis
			}
		case "createClient":
			if modIs(mod, "redis", "@redis/client") {
				return kindRedis
			}
		case "watch":
			if s.IsSocket(f, jsmodel.RootName(recv)) {
				return nil
			}
			return kindWatch
		case "watchFile":
			if modIs(mod, "fs") {
				return kindWatchFile
			}
		case "createWriteStream", "createReadStream":
			if modIs(mod, "fs") {
				return kindStream
			}
		case "open":
			if modIs(mod, "fs/promises") || rt == "fs.promises" || strings.HasSuffix(rt, ".promises") {
				return kindFileHandle
			}
		case "spawn", "fork", "exec", "execFile":
			if modIs(mod, "child_process") {
				if (name == "exec" || name == "execFile") && hasTimeoutOption(f, n) {
					return nil
				}
				return kindProcess
			}
		case "createInterface":
			if modIs(mod, "readline") {
				return kindReadline
			}
		case "subscribe":
			if p.isObservable(s, recv) {
				return kindRxSub
			}
		}
	}
	return nil
}

// isPgPool reports whether x.connect() is a pg Pool checkout: x was made by
// new Pool(...) from 'pg' (or pg.Pool).
func (p *pass) isPgPool(recv *Node) bool {
	root := jsmodel.RootName(recv)
	if root == nil || root.Kind != "identifier" {
		return false
	}
	b := p.f.Resolve(root)
	if b == nil || b.Init == nil {
		return false
	}
	init := jsmodel.Unparen(b.Init)
	if init.Kind != "new_expression" {
		return false
	}
	mod, member := moduleOf(p.f, init.Child("constructor"))
	return modIs(mod, "pg", "pg-pool") && (member == "Pool" || member == "" || strings.HasSuffix(p.f.Tree.Text(init.Child("constructor")), "Pool"))
}

func (p *pass) isPoolLike(recv *Node) bool {
	root := jsmodel.RootName(recv)
	if root == nil || root.Kind != "identifier" {
		return false
	}
	b := p.f.Resolve(root)
	if b == nil || b.Init == nil {
		return false
	}
	mod, member := moduleOf(p.f, b.Init)
	return modIs(mod, "mysql2", "mysql") && strings.Contains(member, "Pool")
}

// isObservable recognises RxJS sources: names ending in $, Subjects,
// interval/timer/fromEvent results (not on the socket), and .pipe(...).
func (p *pass) isObservable(s *jsmodel.SocketScope, recv *Node) bool {
	f := p.f
	recv = jsmodel.Unparen(recv)
	if recv == nil {
		return false
	}
	if recv.Kind == "call_expression" {
		name, r := jsmodel.Callee(f.Tree, recv)
		if name == "pipe" {
			return r != nil && p.isObservable(s, r)
		}
		plain := jsmodel.CalleeName(f.Tree, recv)
		if mod, _ := moduleOf(f, recv.Child("function")); modIs(mod, "rxjs") {
			if plain == "fromEvent" {
				if args := jsmodel.Args(recv); len(args) > 0 && s.IsSocket(f, args[0]) {
					return false
				}
			}
			return true
		}
		return false
	}
	t := f.Tree.Text(recv)
	if strings.HasSuffix(t, "$") {
		return true
	}
	root := jsmodel.RootName(recv)
	if root == nil || root.Kind != "identifier" {
		return false
	}
	b := f.Resolve(root)
	if b == nil || b.Init == nil {
		return false
	}
	init := jsmodel.Unparen(b.Init)
	mod, member := moduleOf(f, init)
	if modIs(mod, "rxjs") {
		if member == "fromEvent" && init.Kind == "call_expression" {
			if args := jsmodel.Args(init); len(args) > 0 && s.IsSocket(f, args[0]) {
				return false // socket events complete with the socket
			}
		}
		return true
	}
	if init.Kind == "new_expression" {
		switch f.Tree.Text(init.Child("constructor")) {
		case "Subject", "BehaviorSubject", "ReplaySubject", "AsyncSubject", "Observable":
			return true
		}
	}
	return false
}

func hasTimeoutOption(f *jsmodel.File, call *Node) bool {
	for _, a := range jsmodel.Args(call) {
		a = f.ObjectOf(a) // { timeout: 5000 }, or const OPTIONS = { timeout: ... }
		if a != nil && a.Kind == "object" {
			for _, c := range a.NamedChildren() {
				if c.Kind == "pair" && f.Tree.Text(c.Child("key")) == "timeout" {
					return true
				}
			}
		}
	}
	return false
}

// takeUntilDisconnect reports whether a subscribe call's source pipes
// through takeUntil(fromEvent(socket, 'disconnect')), which completes the
// subscription on disconnect.
func (p *pass) takeUntilDisconnect(s *jsmodel.SocketScope, sub *Node) bool {
	f := p.f
	_, recv := jsmodel.Callee(f.Tree, sub)
	found := false
	jsparse.Walk(recv, func(n *Node) bool {
		if found {
			return false
		}
		if n.Kind == "call_expression" && jsmodel.CalleeName(f.Tree, n) == "takeUntil" {
			arg := n
			if a := jsmodel.Args(n); len(a) > 0 {
				if id := jsmodel.Unparen(a[0]); id != nil && id.Kind == "identifier" {
					if b := f.Resolve(id); b != nil && b.Init != nil {
						arg = b.Init // const disconnect$ = fromEvent(socket, 'disconnect')
					}
				}
			}
			jsparse.Walk(arg, func(m *Node) bool {
				if m.Kind == "call_expression" && jsmodel.CalleeName(f.Tree, m) == "fromEvent" {
					args := jsmodel.Args(m)
					if len(args) >= 2 && s.IsSocket(f, args[0]) {
						if ev, ok := f.StringValue(args[1]); ok && jsmodel.IsDisconnectEvent(ev) {
							found = true
						}
					}
				}
				return true
			})
		}
		return true
	})
	return found
}

// checkResources implements resource-not-released.
func checkResources(p *pass) {
	f := p.f
	for _, s := range f.Sockets {
		walkIn(s.Funcs, func(n *Node) bool {
			if (n.Kind != "call_expression" && n.Kind != "new_expression") || !acquisitionSite(s, n) {
				return true
			}
			kind := p.classify(s, n)
			if kind == nil {
				return true
			}
			if kind == kindRxSub && p.takeUntilDisconnect(s, n) {
				return true
			}
			if kind == kindWatchFile {
				if p.unwatched(s, n) {
					return true
				}
			}
			keys := p.storageKeys(s, n, 0)
			if len(keys) > 0 {
				if p.releasedInline(s, n, kind, keys) || (s.SkipsDisconnect(n) == nil && p.releasedIn(s, s.DisconnectFuncs, kind, keys)) {
					return true
				}
			}
			where, related := p.where(s, n)
			if skip := s.SkipsDisconnect(n); skip != nil {
				where, related = p.whereSkipped(skip)
			}
			release := p.releaseText(n, kind)
			p.report("resource-not-released", n, rule("resource-not-released").Message("resource", kind.what+" from "+p.text(n), release, where), related)
			return true
		})
	}
}

func (p *pass) releaseText(n *Node, kind *resourceKind) string {
	var ms []string
	for m := range kind.releases {
		ms = append(ms, m)
	}
	for m := range kind.releaseCalls {
		ms = append(ms, m)
	}
	sortStrings(ms)
	holder := p.storageText(n)
	if holder == "" {
		holder = "it"
		return "release (" + strings.Join(ms, "/") + ") of it, which is never stored,"
	}
	return holder + "." + strings.Join(ms, "()/"+holder+".") + "()"
}

func sortStrings(xs []string) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

// releasedInline reports whether the function that acquires a resource
// also releases it (after use, in a finally, in a callback of the resource's
// own completion), so that it does not outlive the handler. A release inside
// another socket event's listener, or in an 'error' listener, runs only if
// that event comes and does not count.
func (p *pass) releasedInline(s *jsmodel.SocketScope, acq *Node, kind *resourceKind, keys []jsmodel.Key) bool {
	f := p.f
	ok := false
	p.inlineCalls(s, acq, func(call *Node) {
		if ok {
			return
		}
		name, recv := jsmodel.Callee(f.Tree, call)
		if recv != nil && kind.releases[name] && jsmodel.Intersects(f.KeysOf(s, recv), keys) {
			ok = true
			return
		}
		if kind.releaseCalls[name] || kind.releaseCalls[jsmodel.CalleeName(f.Tree, call)] || kind.releaseFuncs[calleePath(f, call)] {
			if args := jsmodel.Args(call); len(args) > 0 && jsmodel.Intersects(f.KeysOf(s, args[0]), keys) {
				ok = true
			}
		}
	})
	return ok
}

// inlineCalls visits the calls of the function enclosing acq that run as
// part of its own work: nested callbacks count, but not the listeners of
// other socket events nor 'error' listeners, which run only if that event
// comes.
func (p *pass) inlineCalls(s *jsmodel.SocketScope, acq *Node, visit func(call *Node)) {
	f := p.f
	fn := jsmodel.EnclosingFunc(acq)
	if fn == nil {
		return
	}
	skip := map[*Node]bool{}
	for _, h := range s.Events {
		if h.Func != nil && h.Func != fn {
			skip[h.Func] = true
		}
	}
	p.callsIn([]*Node{fn}, func(call *Node) {
		name, _ := jsmodel.Callee(f.Tree, call)
		if name != "on" && name != "once" && name != "addListener" {
			return
		}
		if args := jsmodel.Args(call); len(args) >= 2 {
			if ev, ok := f.StringValue(args[0]); ok && ev == "error" {
				if g := f.FuncOf(args[1]); g != nil {
					skip[g] = true
				}
			}
		}
	})
	p.callsIn([]*Node{fn}, func(call *Node) {
		for m := call.Parent; m != nil && m != fn; m = m.Parent {
			if skip[m] {
				return
			}
		}
		visit(call)
	})
}

// releasedIn reports whether the given function roots release storage with
// one of the keys: x.release() style methods or pool.releaseConnection(x)
// style calls.
func (p *pass) releasedIn(s *jsmodel.SocketScope, roots []*Node, kind *resourceKind, keys []jsmodel.Key) bool {
	f := p.f
	ok := false
	var rs []*Node
	for _, r := range roots {
		if r != nil {
			rs = append(rs, r)
		}
	}
	p.callsIn(rs, func(call *Node) {
		if ok {
			return
		}
		name, recv := jsmodel.Callee(f.Tree, call)
		if recv != nil && kind.releases[name] && jsmodel.Intersects(f.KeysOf(s, recv), keys) {
			ok = true
			return
		}
		if kind.releaseCalls[name] || kind.releaseCalls[jsmodel.CalleeName(f.Tree, call)] || kind.releaseFuncs[calleePath(f, call)] {
			if args := jsmodel.Args(call); len(args) > 0 && jsmodel.Intersects(f.KeysOf(s, args[0]), keys) {
				ok = true
			}
		}
	})
	return ok
}

// unwatched reports whether fs.watchFile(path, ...) is undone by
// fs.unwatchFile with the same path, in the same function or on the
// disconnect path.
func (p *pass) unwatched(s *jsmodel.SocketScope, watch *Node) bool {
	f := p.f
	args := jsmodel.Args(watch)
	if len(args) == 0 {
		return false
	}
	want := strings.Join(strings.Fields(f.Tree.Text(args[0])), "")
	ok := false
	p.callsIn(append([]*Node{jsmodel.EnclosingFunc(watch)}, s.DisconnectFuncs...), func(call *Node) {
		name, _ := jsmodel.Callee(f.Tree, call)
		if name == "" {
			name = jsmodel.CalleeName(f.Tree, call)
		}
		if name == "unwatchFile" {
			if a := jsmodel.Args(call); len(a) > 0 && strings.Join(strings.Fields(f.Tree.Text(a[0])), "") == want {
				ok = true
			}
		}
	})
	return ok
}
