package jsrules

import (
	"strconv"
	"strings"

	"github.com/disconnectlint/disconnectlint/jsmodel"
	"github.com/disconnectlint/disconnectlint/jsparse"
)

// longTimeoutMs is the delay from which a stored one-shot timeout is held to
// outlive a connection by design rather than fire shortly after it.
const longTimeoutMs = 60_000

// timerName returns setInterval, setTimeout or setImmediate for calls of
// those (also as timers.x, global.x, globalThis.x, window.x), or "".
func timerName(f *jsmodel.File, call *Node) string {
	name := jsmodel.CalleeName(f.Tree, call)
	if name == "" {
		if m, recv := jsmodel.Callee(f.Tree, call); recv != nil {
			switch f.Tree.Text(recv) {
			case "timers", "global", "globalThis", "window":
				name = m
			}
		}
	}
	switch name {
	case "setInterval", "setTimeout", "setImmediate":
		return name
	}
	return ""
}

func clearName(timer string) string {
	switch timer {
	case "setInterval":
		return "clearInterval"
	case "setImmediate":
		return "clearImmediate"
	}
	return "clearTimeout"
}

// checkTimers implements timer-not-cleared.
//
// Matched shapes, in a socket scope and not on its disconnect path:
//
//	setInterval(fn, ms)                       always a candidate
//	setTimeout(poll, ms) inside poll          a re-arming loop (also setImmediate)
//	x = setTimeout(fn, 300000)                stored and long
//
// A candidate is fine when the disconnect path clears the storage it was kept
// in, when its own callback clears it (a countdown, or a stop on
// !socket.connected), or when a re-arming loop re-arms only under a condition
// the disconnect path controls.
func checkTimers(p *pass) {
	f := p.f
	for _, s := range f.Sockets {
		for _, call := range s.Calls() {
			name := timerName(f, call)
			if name == "" || !acquisitionSite(s, call) {
				continue
			}
			args := jsmodel.Args(call)
			cb := (*Node)(nil)
			if len(args) > 0 {
				cb = f.FuncOf(args[0])
			}
			what := name
			rearm := rearmingLoop(f, call, cb)
			switch {
			case name == "setInterval":
				if cb != nil && p.clearsItself(s, call, cb) {
					continue
				}
			case rearm != nil:
				what = "re-arming " + name
				if name == "setImmediate" {
					what = "setImmediate loop"
				}
				if guardedRearm(p, s, call, rearm) {
					continue
				}
			case name == "setTimeout":
				if len(args) < 2 || !isLong(f, args[1]) {
					continue
				}
				if cb != nil && p.clearsItself(s, call, cb) {
					continue
				}
			default:
				continue
			}
			stored := p.storageKeys(s, call, 0)
			if name == "setTimeout" && rearm == nil && len(stored) == 0 {
				continue // a long one-shot that nothing keeps: it fires once
			}
			skip := s.SkipsDisconnect(call)
			if len(stored) > 0 && skip == nil && p.cleared(s, stored) {
				continue
			}
			where, related := p.where(s, call)
			if skip != nil {
				where, related = p.whereSkipped(skip)
			}
			release := clearName(name) + "(...)"
			if len(stored) > 0 {
				if d := p.storageText(call); d != "" {
					release = clearName(name) + "(" + d + ")"
				}
			} else if rearm == nil {
				release = clearName(name) + " of its id, which is never stored,"
			}
			p.report("timer-not-cleared", call, rule("timer-not-cleared").Message("timer", what, release, where), related)
		}
	}
}

// rearmingLoop returns the function a setTimeout/setImmediate call re-arms
// when the call sits inside the very function it schedules.
func rearmingLoop(f *jsmodel.File, call, cb *Node) *Node {
	if cb == nil {
		return nil
	}
	for m := call.Parent; m != nil; m = m.Parent {
		if m == cb {
			return cb
		}
	}
	return nil
}

// clearsItself reports whether a timer callback clears its timer: in its
// own body (a countdown, or a stop on !socket.connected), or in a function it
// calls, when what that function clears is where the timer is kept (a game
// loop whose tick calls endGame(), which does clearInterval(this.loop) once
// the disconnect path has flagged the player as gone). A helper that clears
// some other timer (resetIdle() doing clearTimeout(idle)) does not count.
func (p *pass) clearsItself(s *jsmodel.SocketScope, call, cb *Node) bool {
	f := p.f
	var stored []jsmodel.Key
	storedDone := false
	found := false
	for i, fn := range f.Closure(cb, map[*Node]bool{}) {
		own := i == 0 // the callback itself is the first root
		jsparse.Walk(fn, func(n *Node) bool {
			if found {
				return false
			}
			if n.Kind != "call_expression" {
				return true
			}
			switch jsmodel.CalleeName(f.Tree, n) {
			case "clearInterval", "clearTimeout", "clearImmediate":
			default:
				return true
			}
			if own && cb.Contains(n) {
				found = true
				return false
			}
			if !storedDone {
				stored, storedDone = p.storageKeys(s, call, 0), true
			}
			if args := jsmodel.Args(n); len(args) > 0 && len(stored) > 0 && jsmodel.Intersects(f.KeysOf(s, args[0]), stored) {
				found = true
			}
			return !found
		})
	}
	return found
}

// guardedRearm reports whether a re-arming call only re-arms while the socket
// is connected, or under a condition that the disconnect path can switch off
// (a flag it assigns), or after an early return on such a condition.
func guardedRearm(p *pass, s *jsmodel.SocketScope, call, loop *Node) bool {
	f := p.f
	body := jsmodel.FuncBody(loop)
	if body == nil {
		return false
	}
	// Any condition in the loop function before the re-arm that reads the
	// socket's connected state or a binding written on the disconnect path.
	guard := false
	jsparse.Walk(body, func(n *Node) bool {
		if guard || n.Start >= call.Start {
			return false
		}
		if jsmodel.IsFunction(n) && n != loop {
			return false
		}
		var cond *Node
		switch n.Kind {
		case "if_statement", "while_statement":
			cond = n.Child("condition")
		case "ternary_expression":
			cond = n.Child("condition")
		case "binary_expression":
			if op := n.Child("operator"); op != nil && (f.Tree.Text(op) == "&&" || f.Tree.Text(op) == "||") {
				cond = n.Child("left")
			}
		}
		if cond != nil && p.disconnectControlled(s, cond) {
			guard = true
		}
		return true
	})
	return guard
}

// disconnectControlled reports whether an expression reads socket.connected,
// socket.disconnected, or a binding the disconnect path assigns.
func (p *pass) disconnectControlled(s *jsmodel.SocketScope, cond *Node) bool {
	f := p.f
	found := false
	jsparse.Walk(cond, func(n *Node) bool {
		if found {
			return false
		}
		switch n.Kind {
		case "member_expression":
			prop := f.Tree.Text(n.Child("property"))
			if (prop == "connected" || prop == "disconnected") && s.IsSocket(f, n.Child("object")) {
				found = true
				return false
			}
		case "identifier":
			if b := f.Resolve(n); b != nil && p.assignedOnDisconnect(s, b) {
				found = true
			}
		}
		return true
	})
	return found
}

func (p *pass) assignedOnDisconnect(s *jsmodel.SocketScope, b *jsmodel.Binding) bool {
	for _, a := range b.Assigns {
		if a != nil && s.OnDisconnectPath(a) {
			return true
		}
	}
	return false
}

// isLong reports whether a delay expression is a constant of at least
// longTimeoutMs (5 * 60 * 1000 and named consts are evaluated).
func isLong(f *jsmodel.File, n *Node) bool {
	v, ok := constNumber(f, n, 0)
	return ok && v >= longTimeoutMs
}

func constNumber(f *jsmodel.File, n *Node, depth int) (float64, bool) {
	n = jsmodel.Unparen(n)
	if n == nil || depth > 6 {
		return 0, false
	}
	switch n.Kind {
	case "number":
		v, err := strconv.ParseFloat(strings.ReplaceAll(f.Tree.Text(n), "_", ""), 64)
		return v, err == nil
	case "identifier":
		b := f.Resolve(n)
		if b != nil && b.Kind == "const" && b.Init != nil && b.Destructured == "" {
			return constNumber(f, b.Init, depth+1)
		}
	case "binary_expression":
		l, ok1 := constNumber(f, n.Child("left"), depth+1)
		r, ok2 := constNumber(f, n.Child("right"), depth+1)
		if !ok1 || !ok2 {
			return 0, false
		}
		switch f.Tree.Text(n.Child("operator")) {
		case "*":
			return l * r, true
		case "+":
			return l + r, true
		case "-":
			return l - r, true
		case "/":
			if r != 0 {
				return l / r, true
			}
		}
	}
	return 0, false
}

// storageKeys returns where the value of expression n is kept: the binding or
// property it is assigned to, the collection it is added to, the object
// literal it is a field of (and where that goes), or the callers' storage
// when a helper returns it.
func (p *pass) storageKeys(s *jsmodel.SocketScope, n *Node, depth int) []jsmodel.Key {
	f := p.f
	if depth > 4 {
		return nil
	}
	cur := n
	for {
		par := cur.Parent
		if par == nil {
			return nil
		}
		switch par.Kind {
		case "parenthesized_expression", "as_expression", "non_null_expression", "satisfies_expression", "await_expression":
			cur = par
			continue
		case "member_expression":
			// setInterval(...).unref() / .ref() return the timer itself.
			prop := f.Tree.Text(par.Child("property"))
			if par.Child("object") == cur && (prop == "unref" || prop == "ref") && par.Parent != nil && par.Parent.Kind == "call_expression" {
				cur = par.Parent
				continue
			}
			return nil
		case "variable_declarator":
			if par.Child("value") == cur {
				if name := par.Child("name"); name != nil && name.Kind == "identifier" {
					if b := f.Resolve(name); b != nil {
						return f.KeysOf(s, name)
					}
				}
			}
			return nil
		case "assignment_expression", "augmented_assignment_expression":
			if par.Child("right") == cur {
				return f.KeysOf(s, par.Child("left"))
			}
			return nil
		case "pair":
			obj := par.Parent
			if obj != nil && obj.Kind == "object" {
				cur = obj
				continue
			}
			return nil
		case "array":
			cur = par
			continue
		case "arguments":
			call := par.Parent
			if call != nil && call.Kind == "call_expression" {
				if name, recv := jsmodel.Callee(f.Tree, call); recv != nil {
					switch name {
					case "set", "add", "push", "unshift", "splice":
						return f.KeysOf(s, recv)
					}
				}
			}
			return nil
		case "return_statement":
			fn := jsmodel.EnclosingFunc(par)
			if fn == nil {
				return nil
			}
			var out []jsmodel.Key
			for _, c := range f.CallsTo(fn) {
				out = append(out, p.storageKeys(s, c, depth+1)...)
			}
			return out
		case "arrow_function":
			if par.Child("body") == cur {
				var out []jsmodel.Key
				for _, c := range f.CallsTo(par) {
					out = append(out, p.storageKeys(s, c, depth+1)...)
				}
				return out
			}
			return nil
		default:
			return nil
		}
	}
}

// storageText is the source of the place a timer is stored, for messages.
func (p *pass) storageText(n *Node) string {
	cur := n
	for par := cur.Parent; par != nil; cur, par = par, par.Parent {
		switch par.Kind {
		case "variable_declarator":
			return p.text(par.Child("name"))
		case "assignment_expression":
			return p.text(par.Child("left"))
		case "parenthesized_expression", "as_expression", "non_null_expression", "member_expression", "call_expression", "await_expression":
			continue
		default:
			return ""
		}
	}
	return ""
}

// cleared reports whether the disconnect path calls clearInterval,
// clearTimeout or clearImmediate on storage with one of the keys, directly,
// through a loop or callback over the collection, or by passing the clear
// function to an iteration (timers.forEach(clearInterval)).
func (p *pass) cleared(s *jsmodel.SocketScope, keys []jsmodel.Key) bool {
	f := p.f
	ok := false
	p.callsIn(s.DisconnectFuncs, func(call *Node) {
		if ok {
			return
		}
		switch jsmodel.CalleeName(f.Tree, call) {
		case "clearInterval", "clearTimeout", "clearImmediate":
			for _, a := range jsmodel.Args(call) {
				if jsmodel.Intersects(f.KeysOf(s, a), keys) {
					ok = true
				}
			}
			return
		}
		name, recv := jsmodel.Callee(f.Tree, call)
		if recv != nil && (name == "forEach" || name == "map") {
			for _, a := range jsmodel.Args(call) {
				switch f.Tree.Text(a) {
				case "clearInterval", "clearTimeout", "clearImmediate":
					if jsmodel.Intersects(f.KeysOf(s, recv), keys) {
						ok = true
					}
				}
			}
		}
	})
	return ok
}
