package jsrules

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/disconnectlint/disconnectlint/jsmodel"
	"github.com/disconnectlint/disconnectlint/jsparse"
	"github.com/disconnectlint/disconnectlint/report"
)

// emptinessCheck matches conditions that test a collection for emptiness.
var emptinessCheck = regexp.MustCompile(`\.(?:size|length)\s*(?:===?\s*0|<\s*1|<=\s*0)|!\s*[\w.$\[\]'"?()]+\.(?:size|length)\b`)

// secretName matches property and variable names that hold credentials.
var secretName = regexp.MustCompile(`(?i)^(?:access_?token|refresh_?token|id_?token|auth_?token|token|password|passwd|pwd|secret|client_?secret|api_?key|apikey|credentials?|jwt|cookies?|session_?key|private_?key|authorization|bearer)$`)

// secretIn returns the first secret-like part of a stored value: a property
// named like a credential, a read of one (socket.handshake.auth.token), or a
// variable named like one. Nested functions are not looked into.
func secretIn(f *jsmodel.File, n *Node) *Node {
	var found *Node
	jsparse.Walk(n, func(m *Node) bool {
		if found != nil || jsmodel.IsFunction(m) {
			return false
		}
		switch m.Kind {
		case "pair":
			k := m.Child("key")
			if k != nil && secretName.MatchString(strings.Trim(f.Tree.Text(k), `"'`)) {
				found = m
			}
		case "shorthand_property_identifier":
			if secretName.MatchString(f.Tree.Text(m)) {
				found = m
			}
		case "member_expression":
			if secretName.MatchString(f.Tree.Text(m.Child("property"))) {
				found = m
				return false
			}
		case "subscript_expression":
			if idx := m.Child("index"); idx != nil && secretName.MatchString(strings.Trim(f.Tree.Text(idx), `"'`)) {
				found = m
				return false
			}
		case "identifier":
			if m.Parent != nil && m.Parent.Kind == "member_expression" && m.Field == "object" {
				return true
			}
			if secretName.MatchString(f.Tree.Text(m)) {
				found = m
			}
		}
		return true
	})
	return found
}

// checkSensitive implements sensitive-data-retained: a long-lived registry
// insertion made per socket whose value carries a credential, with no
// removal on the disconnect path.
func checkSensitive(p *pass) {
	f := p.f
	for _, s := range f.Sockets {
		walkIn(s.Funcs, func(n *Node) bool {
			if !acquisitionSite(s, n) {
				return true
			}
			in, ok := insertionAt(f, n)
			if !ok {
				return true
			}
			container, value := in.container, in.value
			secret := secretIn(f, value)
			if secret == nil || constantKeyed(f, in) {
				return true // settings.set('vapidPrivateKey', k): one entry for the server, not one per socket
			}
			root, _, ok := p.registry(s, container)
			if !ok || p.removed(s, f.KeysOf(s, root), 0) {
				return true
			}
			where, related := p.where(s, n)
			p.report("sensitive-data-retained", n, rule("sensitive-data-retained").Message("secret", p.text(secret), f.Tree.Text(root), where), related)
			return true
		})
	}
}

// constantKeyed reports a set or index insertion whose keys are all
// constant strings: whatever it stores is one entry for the whole server.
func constantKeyed(f *jsmodel.File, in insertion) bool {
	if in.op != "set" && in.op != "index" {
		return false
	}
	keys := 0
	for _, k := range in.parts {
		if k == in.value {
			break
		}
		if _, ok := f.StringValue(k); !ok {
			return false
		}
		keys++
	}
	return keys > 0
}

// checkUntrustedKey implements untrusted-cleanup-key: a removal on the
// disconnect path keyed by what the client sent (handshake query, auth or
// headers, or an event payload) with no check that the entry is this
// socket's.
//
// A socket with no reserved disconnect listener but a custom one named
// like it ('disconnected') is checked there too: it is the cleanup the
// author wrote, and there the client names the key at cleanup time. Such a
// handler is also reported when the entry it removes from is looked up by
// its own payload (rooms.get(room) then delete room.participants[socket.id]).
func checkUntrustedKey(p *pass) {
	f := p.f
	for _, s := range f.Sockets {
		payload := p.payloadParams(s)
		p.untrustedIn(s, s.DisconnectFuncs, payload, nil)
		if len(s.Disconnect) > 0 {
			continue
		}
		for _, h := range s.LookAlikes {
			if h.Func == nil {
				continue
			}
			own := map[*jsmodel.Binding]bool{}
			p.addPayloadParams(own, h)
			p.untrustedIn(s, f.Closure(h.Func, map[*Node]bool{}), payload, &lookAlike{h: h, own: own})
		}
	}
}

// lookAlike is a custom disconnect-like listener being checked, with its
// own payload parameters.
type lookAlike struct {
	h   *jsmodel.Handler
	own map[*jsmodel.Binding]bool
}

// untrustedIn reports the cleanups in funcs keyed by client data.
func (p *pass) untrustedIn(s *jsmodel.SocketScope, funcs []*Node, payload map[*jsmodel.Binding]bool, la *lookAlike) {
	f := p.f
	walkIn(funcs, func(n *Node) bool {
		var key *Node
		var container *Node
		switch n.Kind {
		case "call_expression":
			name, recv := jsmodel.Callee(f.Tree, n)
			args := jsmodel.Args(n)
			if recv == nil || len(args) == 0 || (name != "delete" && name != "del" && name != "remove") {
				return true
			}
			if s.IsSocket(f, jsmodel.RootName(recv)) {
				return true
			}
			key, container = args[0], recv
		case "unary_expression":
			if op := n.Child("operator"); op == nil || f.Tree.Text(op) != "delete" {
				return true
			}
			arg := jsmodel.Unparen(n.Child("argument"))
			if arg == nil || arg.Kind != "subscript_expression" || s.IsSocket(f, jsmodel.RootName(arg)) {
				return true
			}
			key, container = arg.Child("index"), arg.Child("object")
		default:
			return true
		}
		if p.ownershipGuarded(s, n) {
			return true
		}
		src := p.clientControlled(s, key, payload, 0)
		switch {
		case src != "" && la == nil:
			p.report("untrusted-cleanup-key", key, rule("untrusted-cleanup-key").Message("key", src+" ("+p.text(key)+")"), p.disconnectRelated(s, n))
		case src != "":
			p.report("untrusted-cleanup-key", key, rule("untrusted-cleanup-key").Message("lookalike-key", la.h.Event, src+" ("+p.text(key)+")"), p.lookAlikeRelated(s, la.h))
		case la != nil:
			if pick := p.pickedBy(container, la.own, 0); pick != nil {
				p.report("untrusted-cleanup-key", key, rule("untrusted-cleanup-key").Message("lookalike-target", la.h.Event, p.text(pick)), p.lookAlikeRelated(s, la.h))
			}
		}
		return true
	})
}

// pickedBy returns the payload name that selects the entry a container
// expression denotes (Room.participants with Room = rooms.get(room)), or
// nil.
func (p *pass) pickedBy(container *Node, own map[*jsmodel.Binding]bool, depth int) *Node {
	f := p.f
	if container == nil || depth > 3 {
		return nil
	}
	var pick *Node
	jsparse.Walk(container, func(m *Node) bool {
		if pick != nil || jsmodel.IsFunction(m) {
			return false
		}
		if m.Kind != "identifier" {
			return true
		}
		b := f.Resolve(m)
		switch {
		case b == nil:
		case own[b]:
			pick = m
		case b.Kind == "const" || b.Kind == "let" || b.Kind == "var":
			if b.Init != nil && b.Destructured == "" && jsmodel.IsView(f, jsmodel.Unparen(b.Init)) {
				pick = p.pickedBy(b.Init, own, depth+1)
			}
		}
		return true
	})
	return pick
}

// lookAlikeRelated points at the custom listener and says why it is not
// the disconnect path.
func (p *pass) lookAlikeRelated(s *jsmodel.SocketScope, h *jsmodel.Handler) []report.Related {
	reg := s.Registration
	rel := []report.Related{
		{Path: p.pathOf(h.Call), Line: h.Call.Line, Column: h.Call.Col, Message: fmt.Sprintf("custom '%s' listener registered here; the client chooses when, and whether, to send it", h.Event)},
		{Path: p.pathOf(reg), Line: reg.Line, Column: reg.Col, Message: "connection handler registered here, with no 'disconnect' listener"},
	}
	if h.Listed {
		// Registered from a directory listing: the call names no file.
		rel[0].Message = fmt.Sprintf("custom '%s' listener registered here (this loop loads %s); the client chooses when, and whether, to send it", h.Event, filepath.Base(p.pathOf(h.Func)))
	}
	return rel
}

// payloadParams are the parameters of the socket's event listeners other
// than the disconnect ones: what the client sent.
func (p *pass) payloadParams(s *jsmodel.SocketScope) map[*jsmodel.Binding]bool {
	out := map[*jsmodel.Binding]bool{}
	for _, h := range s.Events {
		if h.Func == nil || jsmodel.IsDisconnectEvent(h.Event) {
			continue
		}
		p.addPayloadParams(out, h)
	}
	return out
}

// addPayloadParams adds the parameters of listener h that receive what the
// client sent: all of them, but for those fixed by fn.bind(ctx, a, b).
func (p *pass) addPayloadParams(out map[*jsmodel.Binding]bool, h *jsmodel.Handler) {
	if h.Via != nil {
		p.addForwardedPayload(out, h)
		return
	}
	bound := 0
	if args := jsmodel.Args(h.Call); len(args) > 1 {
		if b := jsmodel.Unparen(args[1]); b != nil && b.Kind == "call_expression" {
			if name, _ := jsmodel.Callee(p.f.Tree, b); name == "bind" {
				bound = len(jsmodel.Args(b)) - 1
			}
		}
	}
	for i, prm := range jsmodel.Params(h.Func) {
		if i < bound {
			continue
		}
		jsparse.Walk(prm, func(n *Node) bool {
			if n.Kind == "identifier" || n.Kind == "shorthand_property_identifier_pattern" {
				if b := p.f.Resolve(n); b != nil && b.Kind == "param" {
					out[b] = true
				}
			}
			return true
		})
	}
}

// addForwardedPayload marks the parameters of h.Func that receive the
// wrapper's own parameters, (arg, cb) => event.execute(io, socket, arg, cb):
// arg and cb are the payload there, io and socket are not.
func (p *pass) addForwardedPayload(out map[*jsmodel.Binding]bool, h *jsmodel.Handler) {
	f := p.f
	fw := p.forwardingOf(h.Via)
	ps := jsmodel.Params(h.Func)
	for i := range ps {
		if !fw.at[i] && (fw.spread < 0 || i < fw.spread) {
			continue
		}
		jsparse.Walk(ps[i], func(n *Node) bool {
			if n.Kind == "identifier" || n.Kind == "shorthand_property_identifier_pattern" {
				if b := f.Resolve(n); b != nil && b.Kind == "param" {
					out[b] = true
				}
			}
			return true
		})
	}
}

// forwarding is which argument positions of a wrapper's call carry the
// wrapper's parameters; spread is where ...args starts, or -1.
type forwarding struct {
	at     map[int]bool
	spread int
}

// forwardingOf works out, once per wrapper, the forwarding of its call into
// the listed module (the call whose callee is a module of the listing).
func (p *pass) forwardingOf(via *Node) forwarding {
	if fw, ok := p.forwarded[via]; ok {
		return fw
	}
	f := p.f
	fw := forwarding{at: map[int]bool{}, spread: -1}
	mine := map[*jsmodel.Binding]bool{}
	for _, prm := range jsmodel.Params(via) {
		jsparse.Walk(prm, func(n *Node) bool {
			if n.Kind == "identifier" {
				if b := f.Resolve(n); b != nil && b.Kind == "param" {
					mine[b] = true
				}
			}
			return true
		})
	}
	done := false
	walkIn([]*Node{via}, func(n *Node) bool {
		if done || n.Kind != "call_expression" || !f.CallsListed(n) {
			return !done
		}
		done = true
		for i, a := range jsmodel.Args(n) {
			a = jsmodel.Unparen(a)
			spread := a != nil && a.Kind == "spread_element"
			if spread {
				a = jsmodel.Unparen(a.FirstNamed())
			}
			if a == nil || a.Kind != "identifier" || !mine[f.Resolve(a)] {
				continue
			}
			fw.at[i] = true
			if spread && fw.spread < 0 {
				fw.spread = i
			}
		}
		return false
	})
	if p.forwarded == nil {
		p.forwarded = map[*Node]forwarding{}
	}
	p.forwarded[via] = fw
	return fw
}

// clientControlled names where a key came from when the client chose it:
// "handshake query", "handshake auth", "handshake headers" or "event
// payload"; "" when it did not.
func (p *pass) clientControlled(s *jsmodel.SocketScope, key *Node, payload map[*jsmodel.Binding]bool, depth int) string {
	f := p.f
	if key == nil || depth > 4 {
		return ""
	}
	src := ""
	jsparse.Walk(key, func(m *Node) bool {
		if src != "" || jsmodel.IsFunction(m) {
			return false
		}
		switch m.Kind {
		case "member_expression":
			obj := jsmodel.Unparen(m.Child("object"))
			prop := f.Tree.Text(m.Child("property"))
			if obj != nil && obj.Kind == "member_expression" && f.Tree.Text(obj.Child("property")) == "handshake" && s.IsSocket(f, obj.Child("object")) {
				switch prop {
				case "query", "auth", "headers":
					src = "handshake " + prop
					return false
				}
			}
			if prop == "id" && s.IsSocket(f, obj) {
				return false
			}
		case "identifier":
			b := f.Resolve(m)
			if b == nil {
				return true
			}
			if s.IsAlias(b) {
				return true
			}
			if payload[b] {
				src = "event payload"
				return false
			}
			// A variable set from the client: let room; ... room = data.room
			for _, v := range append([]*Node{b.Init}, b.Assigns...) {
				if v != nil && src == "" {
					src = p.clientControlled(s, v, payload, depth+1)
				}
			}
		}
		return true
	})
	return src
}

// ownershipGuarded reports whether a removal sits under a condition that
// compares the entry with this socket (users.get(name) === socket,
// entry.socketId === socket.id).
func (p *pass) ownershipGuarded(s *jsmodel.SocketScope, n *Node) bool {
	for m, child := n.Parent, n; m != nil; m, child = m.Parent, m {
		if jsmodel.IsFunction(m) {
			break
		}
		// An earlier early return: if (users.get(k) !== socket) return;
		if m.Kind == "statement_block" {
			for _, st := range m.NamedChildren() {
				if st.Start >= child.Start {
					break
				}
				if st.Kind == "if_statement" && returns(st.Child("consequence")) && p.comparesSocket(s, st.Child("condition")) {
					return true
				}
			}
		}
		var cond *Node
		switch m.Kind {
		case "if_statement":
			if child.Field != "condition" {
				cond = m.Child("condition")
			}
		case "binary_expression":
			if child.Field == "right" {
				cond = m.Child("left")
			}
		case "ternary_expression":
			if child.Field != "condition" {
				cond = m.Child("condition")
			}
		}
		if cond != nil && p.comparesSocket(s, cond) {
			return true
		}
	}
	return false
}

// comparesSocket reports whether a condition compares something with the
// socket or a value derived from it (=== socket, .socketId !== socket.id).
func (p *pass) comparesSocket(s *jsmodel.SocketScope, cond *Node) bool {
	f := p.f
	// Removing an entry only once it is empty (a room with no members
	// left) evicts nobody, whoever named it.
	if emptinessCheck.MatchString(f.Tree.Text(cond)) {
		return true
	}
	guard := false
	jsparse.Walk(cond, func(c *Node) bool {
		if guard {
			return false
		}
		if c.Kind == "binary_expression" {
			op := f.Tree.Text(c.Child("operator"))
			if (op == "===" || op == "==" || op == "!==" || op == "!=") && (p.tainted(s, c.Child("left"), 0) || p.tainted(s, c.Child("right"), 0)) {
				guard = true
			}
		}
		return true
	})
	return guard
}

// returns reports whether a statement is (or is a block ending in) return.
func returns(st *Node) bool {
	if st == nil {
		return false
	}
	if st.Kind == "return_statement" {
		return true
	}
	if st.Kind == "statement_block" {
		cs := st.NamedChildren()
		return len(cs) > 0 && cs[len(cs)-1].Kind == "return_statement"
	}
	return false
}
