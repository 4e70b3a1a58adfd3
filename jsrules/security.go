package jsrules

import (
	"regexp"
	"strings"

	"github.com/disconnectlint/disconnectlint/jsmodel"
	"github.com/disconnectlint/disconnectlint/jsparse"
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
			if secret == nil {
				return true
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

// checkUntrustedKey implements untrusted-cleanup-key: a removal on the
// disconnect path keyed by what the client sent (handshake query, auth or
// headers, or an event payload) with no check that the entry is this
// socket's.
func checkUntrustedKey(p *pass) {
	f := p.f
	for _, s := range f.Sockets {
		payload := p.payloadParams(s)
		walkIn(s.DisconnectFuncs, func(n *Node) bool {
			var key *Node
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
				key = args[0]
			case "unary_expression":
				if op := n.Child("operator"); op == nil || f.Tree.Text(op) != "delete" {
					return true
				}
				arg := jsmodel.Unparen(n.Child("argument"))
				if arg == nil || arg.Kind != "subscript_expression" || s.IsSocket(f, jsmodel.RootName(arg)) {
					return true
				}
				key = arg.Child("index")
			default:
				return true
			}
			src := p.clientControlled(s, key, payload, 0)
			if src == "" || p.ownershipGuarded(s, n) {
				return true
			}
			p.report("untrusted-cleanup-key", key, rule("untrusted-cleanup-key").Message("key", src+" ("+p.text(key)+")"), p.disconnectRelated(s, n))
			return true
		})
	}
}

// payloadParams are the parameters of the socket's event listeners other
// than the disconnect ones: what the client sent.
func (p *pass) payloadParams(s *jsmodel.SocketScope) map[*jsmodel.Binding]bool {
	out := map[*jsmodel.Binding]bool{}
	for _, h := range s.Events {
		if h.Func == nil || jsmodel.IsDisconnectEvent(h.Event) {
			continue
		}
		for _, prm := range jsmodel.Params(h.Func) {
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
	return out
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
			if payload[b] {
				src = "event payload"
				return false
			}
			if s.IsAlias(b) {
				return true
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
