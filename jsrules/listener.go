package jsrules

import (
	"strings"

	"github.com/disconnectlint/disconnectlint/jsmodel"
)

var addListenerMethods = map[string]bool{"on": true, "addListener": true, "prependListener": true, "addEventListener": true}

// checkListeners implements listener-not-removed.
//
// Matched shape, in a socket scope and not on its disconnect path:
//
//	X.on(ev, fn)   (also addListener, prependListener, addEventListener)
//
// where X is rooted in something that outlives the socket: a module-level or
// imported emitter, process, the io server or a namespace of it, io.engine,
// or an undeclared global. It is fine when the disconnect path calls
// X.off/removeListener/removeEventListener(ev, fn) with the same function, or
// X.removeAllListeners(ev) / X.removeAllListeners().
func checkListeners(p *pass) {
	f := p.f
	for _, s := range f.Sockets {
		for _, call := range s.Calls() {
			name, recv := jsmodel.Callee(f.Tree, call)
			if !addListenerMethods[name] || recv == nil || !acquisitionSite(s, call) {
				continue
			}
			args := jsmodel.Args(call)
			if len(args) < 2 {
				continue
			}
			if !p.sharedEmitter(s, recv) {
				continue
			}
			if name == "addEventListener" && len(args) >= 3 && hasSignalOption(f, args[2]) {
				continue // { signal } removes it when the controller aborts
			}
			ev, ok := f.StringValue(args[0])
			if !ok {
				ev = p.text(args[0])
			}
			skip := s.SkipsDisconnect(call)
			if skip == nil && p.listenerRemoved(s, recv, ev, args[1]) {
				continue
			}
			where, related := p.where(s, call)
			if skip != nil {
				where, related = p.whereSkipped(skip)
			}
			off := "off"
			if name == "addEventListener" {
				off = "removeEventListener"
			}
			release := p.text(recv) + "." + off + "(\"" + ev + "\", ...)"
			if fn := jsmodel.Unparen(args[1]); fn != nil && jsmodel.IsFunction(fn) {
				release += " (an inline listener can only go through removeAllListeners)"
			}
			p.report("listener-not-removed", call, rule("listener-not-removed").Message("listener", ev, p.text(recv), release, where), related)
		}
	}
}

// sharedEmitter reports whether a listener receiver outlives the socket.
// The socket itself and everything reached from it (socket.conn,
// socket.request) die with it; a binding made inside the scope dies with it
// unless it is a view into an outer object (const nsp = io.of('/x')).
func (p *pass) sharedEmitter(s *jsmodel.SocketScope, recv *Node) bool {
	f := p.f
	root := jsmodel.RootName(recv)
	if root == nil {
		return false
	}
	if root.Kind == "this" {
		return false // class members: handled by the project analysis
	}
	if s.IsSocket(f, root) {
		return false
	}
	b := f.Resolve(root)
	if b == nil {
		// An undeclared name: process, a global bus, a module-scope implicit global.
		return true
	}
	if b.Kind == "class" || b.Kind == "function" {
		return false
	}
	return p.outlivesThroughViews(s, b, 0)
}

// outlivesThroughViews follows per-socket bindings that are views into outer
// structures back to what they view.
func (p *pass) outlivesThroughViews(s *jsmodel.SocketScope, b *jsmodel.Binding, depth int) bool {
	if s.Outlives(b) {
		return true
	}
	if depth > 4 {
		return false
	}
	// A parameter of a per-socket helper holds whatever its callers pass:
	// registerChat(io, socket, users) with a module-level users.
	if b.Kind == "param" && !s.IsAlias(b) {
		for _, a := range p.f.ParamArgs(b) {
			root := jsmodel.RootName(a)
			if s.ServerWide(p.f, root) {
				return true // fn.bind(null, { server: this }) in class App extends Server
			}
			if root == nil || (root.Kind != "identifier" && root.Kind != "shorthand_property_identifier") || s.IsSocket(p.f, root) {
				continue
			}
			if rb := p.f.Resolve(root); rb == nil || p.outlivesThroughViews(s, rb, depth+1) {
				return true
			}
		}
		return false
	}
	if depth > 4 || b.Init == nil || b.Destructured != "" || s.IsAlias(b) {
		return false
	}
	init := jsmodel.Unparen(b.Init)
	if init == nil || !jsmodel.IsView(p.f, init) {
		return false
	}
	root := jsmodel.RootName(init)
	if root == nil || root.Kind == "this" || s.IsSocket(p.f, root) {
		return false
	}
	rb := p.f.Resolve(root)
	if rb == nil {
		return true
	}
	return p.outlivesThroughViews(s, rb, depth+1)
}

func hasSignalOption(f *jsmodel.File, opts *Node) bool {
	opts = jsmodel.Unparen(opts)
	if opts == nil || opts.Kind != "object" {
		return false
	}
	for _, c := range opts.NamedChildren() {
		switch c.Kind {
		case "pair":
			if f.Tree.Text(c.Child("key")) == "signal" {
				return true
			}
		case "shorthand_property_identifier":
			if f.Tree.Text(c) == "signal" {
				return true
			}
		}
	}
	return false
}

// listenerRemoved reports whether the disconnect path removes the listener
// from an emitter with the same storage keys.
func (p *pass) listenerRemoved(s *jsmodel.SocketScope, recv *Node, ev string, listener *Node) bool {
	f := p.f
	recvKeys := p.emitterIDs(s, recv)
	fn := f.FuncOf(listener)
	var lb *jsmodel.Binding
	if l := jsmodel.Unparen(listener); l != nil && l.Kind == "identifier" {
		lb = f.Resolve(l)
	}
	removed := false
	p.callsIn(s.DisconnectFuncs, func(call *Node) {
		if removed {
			return
		}
		name, r := jsmodel.Callee(f.Tree, call)
		if r == nil {
			return
		}
		switch name {
		case "off", "removeListener", "removeEventListener", "removeAllListeners":
		default:
			return
		}
		if !jsmodel.Intersects(p.emitterIDs(s, r), recvKeys) && p.text(r) != p.text(recv) {
			return
		}
		args := jsmodel.Args(call)
		if name == "removeAllListeners" {
			if len(args) == 0 {
				removed = true
				return
			}
			if e, ok := f.StringValue(args[0]); ok && e == ev {
				removed = true
			}
			return
		}
		if len(args) < 2 {
			return
		}
		if e, ok := f.StringValue(args[0]); ok && e != ev {
			return
		}
		if fn != nil && f.FuncOf(args[1]) == fn {
			removed = true
			return
		}
		if l := jsmodel.Unparen(args[1]); lb != nil && l != nil && l.Kind == "identifier" && f.Resolve(l) == lb {
			removed = true
		}
		if p.sameStoredRef(s, listener, args[1]) {
			removed = true // process.off('x', client.data.onX) for process.on('x', client.data.onX)
		}
	})
	return removed
}

// sameStoredRef reports two member chains that name the same stored value:
// the same storage (by key, whatever alias or parameter spells it) and the
// same path below it (client.data.onHalt in two gateway methods).
func (p *pass) sameStoredRef(s *jsmodel.SocketScope, a, b *Node) bool {
	f := p.f
	a, b = jsmodel.Unparen(a), jsmodel.Unparen(b)
	if a == nil || b == nil || a.Kind != "member_expression" || b.Kind != "member_expression" {
		return false
	}
	ra, rb := jsmodel.RootName(a), jsmodel.RootName(b)
	if ra == nil || rb == nil {
		return false
	}
	pathOf := func(n, root *Node) string { return strings.TrimPrefix(f.Tree.Text(n), f.Tree.Text(root)) }
	return pathOf(a, ra) == pathOf(b, rb) && jsmodel.Intersects(f.KeysOf(s, ra), f.KeysOf(s, rb))
}

// emitterIDs identifies an emitter expression by the storage keys of its root
// and the property path after it, so io.engine and io are different emitters
// while socket-held aliases of one emitter are the same.
func (p *pass) emitterIDs(s *jsmodel.SocketScope, recv *Node) []jsmodel.Key {
	root := jsmodel.RootName(recv)
	if root == nil {
		return nil
	}
	suffix := strings.Join(strings.Fields(string(root.Tree().Src[root.End:jsmodel.Unparen(recv).End])), "")
	keys := p.f.KeysOf(s, root)
	out := make([]jsmodel.Key, len(keys))
	for i, k := range keys {
		out[i] = k + jsmodel.Key(suffix)
	}
	return out
}
