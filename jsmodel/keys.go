package jsmodel

import (
	"fmt"
	"strings"
)

// Key names the storage an expression refers to, so that an acquisition and
// its release can be matched by identity rather than spelling: the same
// binding, the socket (whatever alias is used), `this` of the same class, or
// a global by name. Property paths are deliberately ignored: clearing
// timers[socket.id] releases what timers.set(socket.id, ...) stored.
type Key string

// KeysOf returns the keys of the storage n denotes. A binding declared per
// socket as a view into an outer structure (const room = rooms[id]) also
// yields the outer structure's key, and a helper parameter yields the keys of
// the arguments it is called with.
func (f *File) KeysOf(s *SocketScope, n *Node) []Key {
	var out []Key
	seen := map[Key]bool{}
	f.keysOf(s, n, 0, func(k Key) {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	})
	return out
}

func (f *File) keysOf(s *SocketScope, n *Node, depth int, emit func(Key)) {
	n = unparen(n)
	if n == nil || depth > 6 {
		return
	}
	// Object.values(x), Array.from(x), [...x]: the storage is x.
	if n.Kind == "call_expression" {
		if name, recv := Callee(f.Tree, n); recv != nil {
			rt := f.Tree.Text(recv)
			if (rt == "Object" && (name == "values" || name == "keys" || name == "entries")) || (rt == "Array" && name == "from") {
				if args := Args(n); len(args) > 0 {
					f.keysOf(s, args[0], depth+1, emit)
				}
				return
			}
		}
	}
	if n.Kind == "spread_element" || n.Kind == "array" {
		for _, c := range n.NamedChildren() {
			f.keysOf(s, c, depth+1, emit)
		}
		return
	}
	root := RootName(n)
	if root == nil {
		return
	}
	if root.Kind == "this" {
		if s != nil && s.IsSocket(f, root) {
			emit(f.socketKey(s))
			return
		}
		owner := thisOwner(root)
		if po := f.at(root).ProtoOwner(root); po != nil && (owner == nil || owner.Kind != "class_body") {
			owner = po // ES5: F and every F.prototype.x share one this
		}
		emit(Key(fmt.Sprintf("this@%p", owner)))
		return
	}
	b := f.Resolve(root)
	if b == nil {
		emit(Key("global:" + f.Tree.Text(root)))
		return
	}
	if s != nil && s.aliases[b] {
		emit(f.socketKey(s))
		return
	}
	// An imported binding is the exporting file's binding.
	if g, v := f.at(root).importTarget(b); v != nil {
		if v.Kind == "identifier" || v.Kind == "shorthand_property_identifier" {
			if tb := g.Resolve(v); tb != nil {
				emit(bindingKey(tb))
				return
			}
		}
		// module.exports = { users: new Map() }: the exported value itself.
		emit(Key(fmt.Sprintf("export@%p", v)))
		return
	}
	emit(bindingKey(b))
	// A per-socket view into an outer structure: const room = rooms[id],
	// const list = users.get(room).
	if b.Init != nil && b.Destructured == "" && (b.Kind == "const" || b.Kind == "let" || b.Kind == "var") {
		if init := unparen(b.Init); init != nil && isViewExpr(f, init) {
			f.keysOf(s, init, depth+1, emit)
		}
	}
	// A loop variable stands for the collection it iterates, also when
	// destructured: for (const [code, room] of rooms).
	loopVar := b.Decl
	if p := loopVar.Parent; p != nil && p.Kind == "array_pattern" {
		loopVar = p
	}
	if loop := loopVar.Parent; loop != nil && loop.Kind == "for_in_statement" && loop.Child("left") == loopVar {
		f.keysOf(s, loop.Child("right"), depth+1, emit)
	}
	// A callback parameter of xs.forEach(t => ...) stands for xs.
	if b.Kind == "param" {
		fn := b.Scope.Node
		if fn != nil && fn.Parent != nil && fn.Parent.Kind == "arguments" {
			call := fn.Parent.Parent
			if name, recv := Callee(f.Tree, call); recv != nil && iterMethods[name] {
				f.keysOf(s, recv, depth+1, emit)
			}
		}
		for _, a := range f.at(b.Decl).paramArgs(b) {
			f.keysOf(s, a, depth+1, emit)
		}
	}
}

var iterMethods = map[string]bool{"forEach": true, "map": true, "filter": true, "some": true, "every": true, "find": true, "flatMap": true}

// getterMethods return part of their receiver rather than a new object.
var getterMethods = map[string]bool{"get": true, "of": true, "at": true, "find": true, "in": true, "to": true}

// IsView is isViewExpr for the rules.
func IsView(f *File, n *Node) bool { return isViewExpr(f, n) }

// isViewExpr reports whether n reads part of an existing structure
// (x.y, x[k], x.get(k), io.of('/ns')) rather than making a new value.
func isViewExpr(f *File, n *Node) bool {
	switch n.Kind {
	case "identifier", "member_expression", "subscript_expression":
		return true
	case "call_expression":
		name, recv := Callee(f.Tree, n)
		return recv != nil && getterMethods[name] && isViewExpr(f, unparen(recv))
	}
	return false
}

func thisOwner(n *Node) *Node {
	for m := n.Parent; m != nil; m = m.Parent {
		if m.Kind == "class_body" || m.Kind == "class" || m.Kind == "class_declaration" {
			return m
		}
		if IsFunction(m) && m.Kind != "arrow_function" && m.Kind != "method_definition" {
			return m
		}
	}
	return n
}

func (f *File) socketKey(s *SocketScope) Key {
	return Key(fmt.Sprintf("socket@%p", s.Handler))
}

func bindingKey(b *Binding) Key { return Key(fmt.Sprintf("b@%p", b)) }

// paramArgs returns the argument expressions passed for parameter b at every
// same-file call site of its function.
// ParamArgs returns the argument expressions passed for parameter b at
// every call of its function in the project.
func (f *File) ParamArgs(b *Binding) []*Node { return f.at(b.Decl).paramArgs(b) }

func (f *File) paramArgs(b *Binding) []*Node {
	fn := b.Scope.Node
	if fn == nil || !IsFunction(fn) {
		return nil
	}
	idx := -1
	key := "" // the property a destructuring parameter takes b from
	for i, p := range Params(fn) {
		if id := ParamName(p); id != nil && id == b.Decl {
			idx = i
		} else if b.Destructured != "" && !strings.Contains(b.Destructured, ".") && p.Contains(b.Decl) && f.patternBinding(p, b.Destructured) == b {
			idx, key = i, b.Destructured
		}
	}
	if idx < 0 {
		return nil
	}
	var out []*Node
	add := func(args []*Node, i int) {
		if i >= len(args) {
			return
		}
		a := args[i]
		if key == "" {
			out = append(out, a)
			return
		}
		g := f.at(a)
		if lit := unparen(a); lit != nil && lit.Kind == "object" {
			if v := pairValue(g.Tree, lit, key); v != nil {
				out = append(out, v)
			}
			for _, c := range lit.NamedChildren() {
				if c.Kind == "shorthand_property_identifier" && g.Tree.Text(c) == key {
					out = append(out, c)
				}
			}
		}
	}
	for _, c := range f.CallsTo(fn) {
		add(Args(c), idx)
	}
	if f.proj != nil {
		// fn.bind(thisArg, a, b): the bound arguments come first.
		for _, c := range f.proj.boundTo[fn] {
			add(Args(c), idx+1)
		}
	}
	return out
}

// CallsTo returns the calls of function fn: project-wide when the file is
// part of a project, else in the same file.
func (f *File) CallsTo(fn *Node) []*Node {
	if f.proj != nil && f.proj.callsTo != nil {
		return f.proj.callsTo[fn]
	}
	if f.callsTo == nil {
		f.callsTo = map[*Node][]*Node{}
		for _, c := range f.Calls {
			if callee := f.CalledFunc(c); callee != nil {
				f.callsTo[callee] = append(f.callsTo[callee], c)
			}
		}
	}
	return f.callsTo[fn]
}

// Intersects reports whether two key lists share a key.
func Intersects(a, b []Key) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
