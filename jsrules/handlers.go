package jsrules

import (
	"regexp"
	"strings"

	"github.com/disconnectlint/disconnectlint/jsmodel"
	"github.com/disconnectlint/disconnectlint/jsparse"
	"github.com/disconnectlint/disconnectlint/report"
)

// checkScattered implements scattered-disconnect-handlers: every disconnect
// listener of a socket scope after the first.
func checkScattered(p *pass) {
	for _, s := range p.f.Sockets {
		if len(s.Disconnect) < 2 {
			continue
		}
		first := handlerSite(s.Disconnect[0])
		for _, h := range s.Disconnect[1:] {
			at := handlerSite(h)
			p.report("scattered-disconnect-handlers", at,
				rule("scattered-disconnect-handlers").Message("again", p.lineRef(first, at)),
				[]report.Related{{Path: p.pathOf(first), Line: first.Line, Column: first.Col, Message: "first disconnect listener registered here"}})
		}
	}
}

// handlerSite is where a listener is best shown: its registering call, or,
// for one of the modules a directory loop registers, the module's function.
func handlerSite(h *jsmodel.Handler) *Node {
	if h.Listed && h.Func != nil {
		return h.Func
	}
	return h.Call
}

// checkNotLogged implements disconnect-not-logged: a disconnect listener
// that, with the same-file helpers it calls, makes no log or audit call.
func checkNotLogged(p *pass) {
	f := p.f
	for _, s := range f.Sockets {
		for _, h := range s.Disconnect {
			if h.Func == nil {
				continue
			}
			logged := false
			set := map[*Node]bool{}
			roots := f.Closure(h.Func, set)
			p.callsIn(roots, func(call *Node) {
				if !logged && isLogCall(f, call) {
					logged = true
				}
			})
			if !logged {
				p.report("disconnect-not-logged", h.Func, rule("disconnect-not-logged").Message("silent"), nil)
			}
		}
	}
}

// logFuncName matches plain logging calls: log(), debug(), logEvent(),
// log_disconnect(), auditLeave() — not logout() or login().
var logFuncName = regexp.MustCompile(`^(?:log|logger|debug|trace|warn|info|audit\w*|log[A-Z_]\w*|record[A-Z]\w*|track[A-Z]\w*)$`)

// logReceiver matches receivers that are loggers, auditors or metrics:
// console, logger, this.log, app.logger, auditTrail, metrics, Sentry.
var logReceiver = regexp.MustCompile(`(?i)(?:^|\.)(?:console|log|logs|logger|logging|\w*logger|audit\w*|metrics?|stats|statsd|telemetry|sentry|tracer|prom\w*)(?:\.|$)`)

var logMethods = map[string]bool{"log": true, "info": true, "warn": true, "error": true, "debug": true, "trace": true,
	"fatal": true, "notice": true, "verbose": true, "audit": true, "record": true, "increment": true, "inc": true, "emit": false}

// isLogCall recognises console.*, logger/log/pino/winston style calls,
// debug(...)/log(...), audit helpers and metrics counters.
func isLogCall(f *jsmodel.File, call *Node) bool {
	if name := jsmodel.CalleeName(f.Tree, call); name != "" {
		return logFuncName.MatchString(name)
	}
	name, recv := jsmodel.Callee(f.Tree, call)
	if recv == nil {
		return false
	}
	rt := f.Tree.Text(recv)
	if logReceiver.MatchString(rt) {
		return true
	}
	if !logMethods[name] {
		return false
	}
	// A logger made by a logging library: const journal = winston.createLogger().
	mod, _ := moduleOf(f, jsmodel.RootName(recv))
	return modIs(mod, "winston", "pino", "bunyan", "log4js", "loglevel", "signale", "consola", "roarr", "@nestjs/common", "debug")
}

// checkUnguarded implements unguarded-disconnect-handler: an async disconnect
// listener that awaits outside try/catch, or a promise chain in a listener
// with no .catch. A rejection there skips the cleanup that follows and
// surfaces as an unhandledRejection.
func checkUnguarded(p *pass) {
	f := p.f
	for _, s := range f.Sockets {
		for _, h := range s.Disconnect {
			fn := h.Func
			if fn == nil {
				continue
			}
			var culprit *Node
			async := jsmodel.IsAsync(fn)
			jsparse.Walk(fn, func(n *Node) bool {
				if culprit != nil {
					return false
				}
				if n != fn && jsmodel.IsFunction(n) {
					return false
				}
				switch n.Kind {
				case "await_expression":
					if async && !insideTry(n, fn) && p.canReject(n.FirstNamed()) {
						culprit = n.FirstNamed()
					}
				case "call_expression":
					if name, _ := jsmodel.Callee(f.Tree, n); name == "then" && !chainCaught(f, n) && !insideTry(n, fn) && !awaited(n) {
						culprit = n
					}
				}
				return true
			})
			if culprit == nil {
				continue
			}
			p.report("unguarded-disconnect-handler", fn, rule("unguarded-disconnect-handler").Message("await", p.text(culprit)),
				[]report.Related{{Path: p.pathOf(culprit), Line: culprit.Line, Column: culprit.Col, Message: "the unguarded await or promise chain"}})
		}
	}
}

// insideTry reports whether n sits in the body of a try statement that has a
// catch clause, between n and the function fn.
func insideTry(n, fn *Node) bool {
	for m := n; m != nil && m != fn; m = m.Parent {
		if m.Kind == "statement_block" && m.Field == "body" && m.Parent != nil && m.Parent.Kind == "try_statement" {
			if m.Parent.Child("handler") != nil {
				return true
			}
		}
	}
	return false
}

// awaited reports whether a promise chain is itself awaited (then the await
// decides whether it is guarded).
func awaited(call *Node) bool {
	for m := call.Parent; m != nil; m = m.Parent {
		switch m.Kind {
		case "await_expression":
			return true
		case "member_expression", "call_expression", "arguments", "parenthesized_expression":
			continue
		}
		return false
	}
	return false
}

// chainCaught reports whether a .then(...) call handles rejection: a second
// argument, or a later .catch(...) in the same chain.
func chainCaught(f *jsmodel.File, then *Node) bool {
	if len(jsmodel.Args(then)) >= 2 {
		return true
	}
	for m := then; m.Parent != nil; m = m.Parent {
		par := m.Parent
		if par.Kind == "member_expression" && par.Child("object") == m {
			if prop := f.Tree.Text(par.Child("property")); prop == "catch" {
				return true
			}
			continue
		}
		if par.Kind == "call_expression" && par.Child("function") == m {
			continue
		}
		break
	}
	return false
}

// canReject reports whether an awaited expression may reject. A same-file
// async function whose every await is itself guarded (inside try/catch, or
// of something that cannot reject) is taken not to: the rule is about
// awaited work, and that function handles its own. Values that are not
// calls cannot reject either.
func (p *pass) canReject(n *Node) bool { return p.canRejectDepth(n, 0) }

func (p *pass) canRejectDepth(n *Node, depth int) bool {
	n = jsmodel.Unparen(n)
	if n == nil || depth > 4 {
		return n != nil
	}
	if n.Kind != "call_expression" && n.Kind != "new_expression" {
		return n.Kind == "identifier" || n.Kind == "member_expression"
	}
	if name, recv := jsmodel.Callee(p.f.Tree, n); recv != nil {
		switch {
		case name == "emit" || name == "to" || name == "in" || name == "join" || name == "leave":
			// Socket.IO and EventEmitter emits are synchronous, and
			// join/leave only return a promise with a cluster adapter
			// (the in-memory adapter returns nothing).
			return false
		case name == "catch", name == "then" && len(jsmodel.Args(n)) >= 2:
			return false // the chain handles its own rejection
		case name == "fetchSockets" || name == "allSockets" || name == "socketsJoin" || name == "socketsLeave" || name == "disconnectSockets":
			// Local with the in-memory adapter; a request to the other
			// nodes, which can time out, with a cluster adapter.
			return p.f.ClusterAdapter()
		case name == "finally":
			return p.canRejectDepth(recv, depth+1)
		}
	}
	callee := p.f.CalledFunc(n)
	if callee == nil {
		return true
	}
	if !jsmodel.IsAsync(callee) {
		return true // a plain function returning a promise: unknown
	}
	rejects := false
	jsparse.Walk(callee, func(m *Node) bool {
		if rejects {
			return false
		}
		if m != callee && jsmodel.IsFunction(m) {
			return false
		}
		if m.Kind == "await_expression" && !insideTry(m, callee) && p.canRejectDepth(m.FirstNamed(), depth+1) {
			rejects = true
		}
		if m.Kind == "throw_statement" && !insideTry(m, callee) {
			rejects = true
		}
		return true
	})
	return rejects
}

// releaseMethods are calls that release something; reason-filtered-cleanup
// looks for them under reason conditions.
var releaseMethods = map[string]bool{"delete": true, "splice": true, "off": true, "removeListener": true, "removeAllListeners": true,
	"release": true, "quit": true, "end": true, "close": true, "kill": true, "unsubscribe": true, "terminate": true, "destroy": true,
	"clear": true, "removeEventListener": true, "abort": true, "rollback": true, "endSession": true}

func isRelease(f *jsmodel.File, n *Node) bool {
	switch n.Kind {
	case "call_expression":
		switch jsmodel.CalleeName(f.Tree, n) {
		case "clearInterval", "clearTimeout", "clearImmediate":
			return true
		}
		name, recv := jsmodel.Callee(f.Tree, n)
		return recv != nil && releaseMethods[name]
	case "unary_expression":
		op := n.Child("operator")
		return op != nil && f.Tree.Text(op) == "delete"
	}
	return false
}

// checkReasonFiltered implements reason-filtered-cleanup: a release in a
// disconnect listener that runs only under a condition on the reason.
func checkReasonFiltered(p *pass) {
	f := p.f
	for _, s := range f.Sockets {
		for _, h := range s.Disconnect {
			fn := h.Func
			if fn == nil {
				continue
			}
			// The reason is the first parameter that is not a bound
			// socket (this._onDisconnect.bind(this, socket) puts the
			// socket first).
			var reason *jsmodel.Binding
			for _, prm := range jsmodel.Params(fn) {
				if id := jsmodel.ParamName(prm); id != nil {
					if b := f.Resolve(id); b != nil && !s.IsAlias(b) {
						reason = b
						break
					}
				}
			}
			if reason == nil {
				continue
			}
			type rel struct {
				n    *Node
				cond *Node
			}
			var rels []rel
			jsparse.Walk(fn, func(n *Node) bool {
				if n != fn && (n.Kind == "function_declaration" || n.Kind == "method_definition") {
					return false
				}
				if isRelease(f, n) {
					rels = append(rels, rel{n, reasonCondition(f, n, fn, reason)})
				}
				return true
			})
			for _, r := range rels {
				if r.cond == nil {
					continue
				}
				// The same release done outside this branch (unconditionally,
				// or in the other branch of the same condition) covers the
				// other reasons.
				branch := branchOf(r.n, r.cond)
				covered := false
				for _, o := range rels {
					if o.n != r.n && sameRelease(f, o.n, r.n) && (branch == nil || !branch.Contains(o.n)) {
						covered = true
					}
				}
				if covered || p.ownBookkeeping(s, r.n, branch) {
					continue
				}
				p.report("reason-filtered-cleanup", r.cond, rule("reason-filtered-cleanup").Message("reason", p.text(r.cond)),
					[]report.Related{{Path: p.pathOf(r.n), Line: r.n.Line, Column: r.n.Col, Message: "the release it guards"}})
			}
		}
	}
}

// branchOf returns the branch (consequence, alternative or case) of the
// condition cond that contains n.
func branchOf(n, cond *Node) *Node {
	var stmt *Node
	for m := cond.Parent; m != nil; m = m.Parent {
		if m.Kind == "if_statement" || m.Kind == "switch_statement" || m.Kind == "ternary_expression" || m.Kind == "binary_expression" {
			stmt = m
			break
		}
		if m.Kind != "parenthesized_expression" {
			break
		}
	}
	if stmt == nil {
		return nil
	}
	for m := n; m != nil && m.Parent != nil; m = m.Parent {
		if m.Parent == stmt {
			return m
		}
		if m.Parent.Kind == "switch_body" && m.Parent.Parent == stmt {
			return m
		}
	}
	return nil
}

// ownBookkeeping reports whether a release undoes an insertion the same
// branch made (a grace-period timer deleting its own entry), which is not a
// cleanup other reasons need.
func (p *pass) ownBookkeeping(s *jsmodel.SocketScope, rel, branch *Node) bool {
	if branch == nil || rel.Kind != "call_expression" {
		return false
	}
	f := p.f
	_, recv := jsmodel.Callee(f.Tree, rel)
	if recv == nil {
		return false
	}
	keys := f.KeysOf(s, recv)
	own := false
	jsparse.Walk(branch, func(m *Node) bool {
		if own || m.Start >= rel.Start {
			return false
		}
		if m.Kind == "call_expression" {
			if name, r := jsmodel.Callee(f.Tree, m); r != nil && (name == "set" || name == "add" || name == "push") && jsmodel.Intersects(f.KeysOf(s, r), keys) {
				own = true
			}
		}
		return true
	})
	return own
}

// reasonCondition returns the condition on the reason that guards n, or nil.
func reasonCondition(f *jsmodel.File, n, fn *Node, reason *jsmodel.Binding) *Node {
	for m, child := n.Parent, n; m != nil && m != fn; m, child = m.Parent, m {
		var cond *Node
		switch m.Kind {
		case "if_statement":
			if child.Field == "consequence" || child.Field == "alternative" {
				cond = m.Child("condition")
			}
		case "switch_statement":
			cond = m.Child("value")
		case "ternary_expression":
			if child.Field != "condition" {
				cond = m.Child("condition")
			}
		case "binary_expression":
			if op := f.Tree.Text(m.Child("operator")); (op == "&&" || op == "||") && child.Field == "right" {
				cond = m.Child("left")
			}
		}
		if cond != nil && mentions(f, cond, reason) {
			return jsmodel.Unparen(cond)
		}
	}
	return nil
}

func mentions(f *jsmodel.File, n *Node, b *jsmodel.Binding) bool {
	found := false
	jsparse.Walk(n, func(m *Node) bool {
		if found {
			return false
		}
		if m.Kind == "identifier" && f.Resolve(m) == b {
			found = true
		}
		return true
	})
	return found
}

func sameRelease(f *jsmodel.File, a, b *Node) bool {
	norm := func(n *Node) string { return strings.Join(strings.Fields(f.Tree.Text(n)), "") }
	return norm(a) == norm(b)
}
