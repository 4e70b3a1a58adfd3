package jsrules

import (
	"strings"

	"github.com/disconnectlint/disconnectlint/jsmodel"
	"github.com/disconnectlint/disconnectlint/jsparse"
)

// checkRegistries implements client-not-untracked.
//
// Matched shapes, in a socket scope and not on its disconnect path, where
// the key or the value involves the socket (the socket, an alias, its id, or
// a value built from them):
//
//	S.set(k, v)  S.add(x)  S.push(x)  S.unshift(x)  S[k] = v
//	S.get(a).add(x)  S[a][k] = v                      (nested: S is the root)
//
// and S is a container that outlives the socket: declared at module level or
// in an enclosing setup function as a Map, Set, array or object literal, or
// received by that setup function. WeakMap and WeakSet hold their keys
// weakly and socket.data dies with the socket; neither is flagged. It is fine
// when the disconnect path removes from S: S.delete, delete S[..], S.splice,
// S.clear, S.pop/shift, or reassigns S (S = S.filter(...)).
func checkRegistries(p *pass) {
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
			var tainted *Node
			for _, k := range in.parts {
				if p.tainted(s, k, 0) {
					tainted = k
					break
				}
			}
			if tainted == nil {
				return true
			}
			container, op := in.container, in.op
			if p.messageRecord(s, in) {
				return true // a chat message's author id is attribution, not presence
			}
			root, b, ok := p.registry(s, container)
			if !ok {
				return true
			}
			keys := f.KeysOf(s, root)
			skip := s.SkipsDisconnect(n)
			if skip == nil && p.removed(s, keys, 0) {
				return true
			}
			where, related := p.where(s, n)
			if skip != nil {
				where, related = p.whereSkipped(skip)
			}
			name := p.text(container)
			removal := name + ".delete(...)"
			switch {
			case op == "push" || op == "unshift":
				removal = name + ".splice(...) or " + name + " = " + name + ".filter(...)"
			case op == "index":
				removal = "delete " + name + "[...]"
			}
			_ = b
			p.report("client-not-untracked", n, rule("client-not-untracked").Message("insert", p.text(tainted), p.text(container), removal, where), related)
			return true
		})
	}
	checkEmptiedContainers(p)
}

// messageRecord reports an insertion that stores a message: a record that
// names the socket only as its author (from, sender, author, user...) and
// carries content (text, content, body, data... or a spread payload),
// pushed onto a list or set under a key that is not the socket's
// (messages.set(msgId, { from: socket.id, text })). A message is content
// meant to outlive its author; unbounded growth of a history is a real
// concern, but not a per-connection leak. A record with the socket id as
// its identity ({ id: socket.id, text }), or holding the socket itself, is
// per-connection state, whatever else it carries.
func (p *pass) messageRecord(s *jsmodel.SocketScope, in insertion) bool {
	if !p.isMessage(s, in.value, 0) {
		return false
	}
	switch in.op {
	case "push", "unshift":
		return true
	case "set", "index":
		// parts are the keys first, then the value.
		for _, k := range in.parts {
			if k == in.value {
				break
			}
			if p.socketKeyed(s, k) {
				return false // keyed by the socket: per-connection state
			}
		}
		return true
	}
	return false
}

// socketKeyed reports a key that is the socket or its id (directly, or a
// name bound to one): lastMessageBy.set(socket.id, msg). A key computed from
// the message itself is not, even where the message names the socket.
func (p *pass) socketKeyed(s *jsmodel.SocketScope, k *Node) bool {
	f := p.f
	found := false
	jsparse.Walk(k, func(m *Node) bool {
		if found || jsmodel.IsFunction(m) {
			return false
		}
		switch m.Kind {
		case "identifier", "this":
			if s.IsSocket(f, m) {
				found = true
			} else if b := f.Resolve(m); b != nil && b.Init != nil && len(b.Assigns) == 0 {
				v := jsmodel.Unparen(b.Init)
				switch b.Destructured {
				case "": // const sid = socket.id
					found = s.IsSocket(f, v) || (v.Kind == "member_expression" && f.Tree.Text(v.Child("property")) == "id" && s.IsSocket(f, v.Child("object")))
				case "id": // const { id } = socket
					found = s.IsSocket(f, v)
				}
			}
		case "member_expression":
			if f.Tree.Text(m.Child("property")) == "id" && s.IsSocket(f, m.Child("object")) {
				found = true
			}
		}
		return !found
	})
	return found
}

// authorFields name who wrote a message.
var authorFields = map[string]bool{"from": true, "sender": true, "author": true, "by": true, "user": true,
	"userId": true, "username": true, "senderId": true, "authorId": true, "fromId": true, "sentBy": true}

// contentFields name what a message carries.
var contentFields = map[string]bool{"text": true, "content": true, "message": true, "msg": true, "body": true,
	"html": true, "markdown": true, "caption": true, "data": true, "payload": true}

// isMessage reports a message record (see messageRecord): an object
// literal, a name bound to one, or one spread into it.
func (p *pass) isMessage(s *jsmodel.SocketScope, v *Node, depth int) bool {
	f := p.f
	v = jsmodel.Unparen(v)
	if v == nil || depth > 3 {
		return false
	}
	switch v.Kind {
	case "identifier":
		if b := f.Resolve(v); b != nil && b.Init != nil && b.Destructured == "" && (b.Kind == "const" || len(b.Assigns) == 0) {
			return p.isMessage(s, b.Init, depth+1)
		}
		return false
	case "object":
	default:
		return false
	}
	author, content := false, false
	for _, c := range v.NamedChildren() {
		if c.Kind == "spread_element" {
			inner := c.FirstNamed()
			if !p.tainted(s, inner, 0) {
				content = true // ...payload: what the client sent
				continue
			}
			if !p.isMessage(s, inner, depth+1) {
				return false
			}
			author, content = true, true
			continue
		}
		key, val, ok := jsmodel.Property(f.Tree, c)
		if !ok {
			continue
		}
		if s.IsSocket(f, val) {
			return false // the socket itself
		}
		if p.socketKeyed(s, val) {
			if !authorFields[key] {
				return false // id: socket.id, socketId: ...: the record is the client's
			}
			author = true
		}
		if contentFields[key] {
			content = true
		}
	}
	return author && content
}

// registry decides whether a container expression is a long-lived in-memory
// registry, returning its root name node and binding.
func (p *pass) registry(s *jsmodel.SocketScope, container *Node) (*Node, *jsmodel.Binding, bool) {
	f := p.f
	root := jsmodel.RootName(container)
	if root != nil && root.Kind == "this" && !s.IsSocket(f, root) {
		if p.thisRegistry(s, container) {
			return root, nil, true
		}
		return nil, nil, false
	}
	if root == nil || root.Kind == "this" || s.IsSocket(f, root) {
		return nil, nil, false
	}
	b := f.Resolve(root)
	if b == nil {
		return nil, nil, false // undeclared: not something this file owns
	}
	if !p.outlivesThroughViews(s, b, 0) {
		return nil, nil, false
	}
	// Follow per-socket views back to the outer binding they view.
	ob := b
	for i := 0; i < 4 && !s.Outlives(ob) && ob.Kind != "param"; i++ {
		r := jsmodel.RootName(jsmodel.Unparen(ob.Init))
		if r == nil {
			return nil, nil, false
		}
		nb := f.Resolve(r)
		if nb == nil {
			return nil, nil, false
		}
		ob = nb
	}
	if !p.isContainer(s, ob, 0) {
		return nil, nil, false
	}
	if isWeak(f, ob) {
		return nil, nil, false
	}
	return root, ob, true
}

// isContainer reports whether a long-lived binding is an in-memory
// collection the file owns: initialised (or assigned) with a Map, Set,
// array or object, a parameter of the enclosing setup function, a property
// of such an object, or something required from a project file.
func (p *pass) isContainer(s *jsmodel.SocketScope, b *jsmodel.Binding, depth int) bool {
	f := p.f
	if depth > 4 {
		return false
	}
	if b.Kind == "param" {
		return p.paramContainer(s, b, depth)
	}
	if b.Module != "" {
		// An import of a project file: judge the exported value. An
		// instance of a project class is judged by its methods instead.
		v := f.ImportValue(b)
		if v == nil {
			return false
		}
		if f.InstanceClass(v) != nil {
			return false
		}
		if v.Kind == "identifier" || v.Kind == "shorthand_property_identifier" {
			// module.exports = users: judge what the name is bound to there.
			// A class (Settings.set(...) on a database-backed model) or a
			// function is not a collection.
			vb := f.Resolve(v)
			if vb == nil {
				return true
			}
			if vb.Kind == "class" || vb.Kind == "function" || vb.Func != nil {
				return false
			}
			if vb.Init != nil && jsmodel.Unparen(vb.Init).Kind == "class" {
				return false
			}
			return true
		}
		return isContainerValue(f, v)
	}
	vals := append([]*Node{b.Init}, b.Assigns...)
	for _, v := range vals {
		v = jsmodel.Unparen(v)
		if v == nil {
			continue
		}
		switch v.Kind {
		case "object", "array":
			return true
		case "new_expression":
			switch f.Tree.Text(v.Child("constructor")) {
			case "Map", "Set", "Array", "Object", "WeakMap", "WeakSet":
				return true
			}
		case "call_expression":
			t := f.Tree.Text(v.Child("function"))
			if t == "Object.create" || t == "Array" || t == "Array.from" {
				return true
			}
		case "member_expression", "subscript_expression":
			if r := jsmodel.RootName(v); r != nil && r.Kind == "identifier" {
				if rb := f.Resolve(r); rb != nil && rb != b && p.isContainer(s, rb, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// paramContainer judges a parameter by what its callers pass: a
// collection, or something it cannot see (this, an expression), makes it
// a container; only names bound to values that are plainly not
// collections (new Josh(...), a client from a package, a call's result)
// on every call make it not one: db.set(k, v) on a database client is not
// an in-memory registry.
func (p *pass) paramContainer(s *jsmodel.SocketScope, b *jsmodel.Binding, depth int) bool {
	f := p.f
	args := f.ParamArgs(b)
	if len(args) == 0 || depth > 4 {
		return true
	}
	informed := false // some caller passes a value that can be judged
	for _, a := range args {
		a = jsmodel.Unparen(a)
		if a == nil || (a.Kind != "identifier" && a.Kind != "shorthand_property_identifier") {
			return true
		}
		ab := f.Resolve(a)
		switch {
		case ab == nil || ab == b:
			continue // an undeclared global, or a recursive call: says nothing
		case ab.Kind == "param":
			if p.paramContainer(s, ab, depth+1) {
				return true // passed on from a caller's parameter
			}
		case p.isContainer(s, ab, depth+1) || !plainlyNotCollection(f, ab):
			return true
		}
		informed = true
	}
	return !informed
}

// plainlyNotCollection reports a binding whose every value is an object
// made by a constructor other than the collections, or a package import.
func plainlyNotCollection(f *jsmodel.File, b *jsmodel.Binding) bool {
	if b.Kind == "param" {
		return false
	}
	if b.Module != "" {
		return f.ImportValue(b) == nil // a package, not a project file
	}
	vals := append([]*Node{b.Init}, b.Assigns...)
	seen := false
	for _, v := range vals {
		if v == nil {
			continue
		}
		seen = true
		if !plainValue(f, v, 0) {
			return false
		}
	}
	return seen
}

// plainValue reports a value that is plainly an object other than a
// collection: new Foo(...) of a non-collection class, the result of a
// package's function (createClient(), require('pg').Pool...), or of a project
// function that only returns such values (require('./store')(session),
// which returns new RedisStore(...)).
func plainValue(f *jsmodel.File, v *Node, depth int) bool {
	v = jsmodel.Unparen(v)
	if v == nil || depth > 3 {
		return false
	}
	switch v.Kind {
	case "await_expression":
		return plainValue(f, v.FirstNamed(), depth+1)
	case "new_expression":
		return !isContainerValue(f, v)
	case "call_expression":
		callees := f.CalledFuncs(v)
		if len(callees) == 0 {
			// A package's function: its result is the package's object.
			root := jsmodel.RootName(v.Child("function"))
			if root == nil || root.Kind != "identifier" {
				return false
			}
			if f.Tree.Text(root) == "require" {
				return true // require('pkg')(...) or require('pkg').create(...)
			}
			b := f.Resolve(root)
			return b != nil && b.Module != "" && f.ImportValue(b) == nil
		}
		for _, fn := range callees {
			rets := returnedValues(fn)
			if len(rets) == 0 {
				return false
			}
			for _, r := range rets {
				if !plainValue(f, r, depth+1) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// returnedValues lists what a function returns: its expression body, or the
// arguments of its return statements (not those of nested functions).
func returnedValues(fn *Node) []*Node {
	body := jsmodel.FuncBody(fn)
	if body == nil {
		return nil
	}
	if body.Kind != "statement_block" {
		return []*Node{body}
	}
	var out []*Node
	jsparse.Walk(body, func(n *Node) bool {
		if jsmodel.IsFunction(n) {
			return false
		}
		if n.Kind == "return_statement" {
			if v := n.FirstNamed(); v != nil {
				out = append(out, v)
			}
		}
		return true
	})
	return out
}

func isWeak(f *jsmodel.File, b *jsmodel.Binding) bool {
	for _, v := range append([]*Node{b.Init}, b.Assigns...) {
		v = jsmodel.Unparen(v)
		if v != nil && v.Kind == "new_expression" {
			switch f.Tree.Text(v.Child("constructor")) {
			case "WeakMap", "WeakSet", "WeakRef":
				return true
			}
		}
	}
	return false
}

// tainted reports whether expression n carries the socket: the socket or an
// alias, its id or another of its properties, or a binding initialised from
// such a value. Nested functions are not looked into.
func (p *pass) tainted(s *jsmodel.SocketScope, n *Node, depth int) bool {
	f := p.f
	if n == nil || depth > 3 {
		return false
	}
	found := false
	jsparse.Walk(n, func(m *Node) bool {
		if found {
			return false
		}
		if jsmodel.IsFunction(m) {
			return false
		}
		switch m.Kind {
		case "this":
			if s.IsSocket(f, m) {
				found = true
			}
		case "identifier", "shorthand_property_identifier":
			b := f.Resolve(m)
			if b == nil {
				return true
			}
			if s.IsAlias(b) {
				found = true
				return false
			}
			// const id = socket.id; const { id } = socket;
			// const user = { id: socket.id, name }.
			if b.Init != nil && b.Scope != nil && s.InScope(b.Scope.Node) && b.Decl != m {
				if p.tainted(s, b.Init, depth+1) {
					found = true
				}
			}
			// A helper's parameter given the socket's id: presence.add(socket.id).
			if b.Kind == "param" && b.Decl != m && s.InScope(b.Scope.Node) {
				for _, a := range f.ParamArgs(b) {
					if s.InScope(a) && p.tainted(s, a, depth+1) {
						found = true
					}
				}
			}
		}
		return true
	})
	return found
}

// removed reports whether the disconnect path removes from storage with one
// of the keys. With maxDepth 1 only removals of a top-level entry count
// (delete rooms[id], rooms.delete(id)), not removals inside one
// (rooms.get(id).delete(socket.id)); 0 accepts any depth.
func (p *pass) removed(s *jsmodel.SocketScope, keys []jsmodel.Key, maxDepth int) bool {
	f := p.f
	ok := false
	depthOK := func(target *Node, extra int) bool {
		return maxDepth == 0 || chainDepth(f, target)+extra <= maxDepth
	}
	walkIn(s.DisconnectFuncs, func(n *Node) bool {
		if ok {
			return false
		}
		switch n.Kind {
		case "call_expression":
			name, recv := jsmodel.Callee(f.Tree, n)
			switch name {
			case "delete", "splice", "clear", "pop", "shift", "remove", "removeItem", "deleteOne":
				if recv != nil && jsmodel.Intersects(f.KeysOf(s, recv), keys) && depthOK(recv, 1) {
					ok = true
				}
			}
		case "unary_expression":
			if op := n.Child("operator"); op != nil && f.Tree.Text(op) == "delete" {
				if jsmodel.Intersects(f.KeysOf(s, n.Child("argument")), keys) && depthOK(n.Child("argument"), 0) {
					ok = true
				}
			}
		case "assignment_expression":
			left := jsmodel.Unparen(n.Child("left"))
			if left == nil {
				return true
			}
			switch left.Kind {
			case "identifier":
				// users = users.filter(...), users = []
				if jsmodel.Intersects(f.KeysOf(s, left), keys) && depthOK(left, 1) {
					ok = true
				}
			case "member_expression":
				// users.length = 0
				if f.Tree.Text(left.Child("property")) == "length" && jsmodel.Intersects(f.KeysOf(s, left.Child("object")), keys) {
					ok = true
				}
			case "subscript_expression":
				// users[id] = undefined / null
				r := jsmodel.Unparen(n.Child("right"))
				if r != nil && (r.Kind == "undefined" || r.Kind == "null" || f.Tree.Text(r) == "undefined") &&
					jsmodel.Intersects(f.KeysOf(s, left), keys) && depthOK(left, 0) {
					ok = true
				}
			}
		}
		return true
	})
	return ok
}

// chainDepth counts the element steps from a chain's root: rooms is 0,
// rooms[id] and rooms.get(id) are 1, rooms[id][sid] is 2. A per-socket view
// (const room = rooms[id]) counts as the element it views.
func chainDepth(f *jsmodel.File, n *Node) int {
	d := 0
	for i := 0; n != nil && i < 32; i++ {
		n = jsmodel.Unparen(n)
		switch n.Kind {
		case "subscript_expression":
			d++
			n = n.Child("object")
		case "member_expression":
			n = n.Child("object")
		case "call_expression":
			name, recv := jsmodel.Callee(f.Tree, n)
			if recv == nil {
				return d
			}
			if name == "get" || name == "at" || name == "find" {
				d++
			}
			n = recv
		case "identifier":
			if b := f.Resolve(n); b != nil && b.Init != nil && b.Destructured == "" && b.Scope.Node.Kind != "program" {
				if init := jsmodel.Unparen(b.Init); init != nil && init.Kind != "identifier" && jsmodel.IsView(f, init) {
					return d + max(chainDepth(f, init), 1)
				}
			}
			return d
		default:
			return d
		}
	}
	return d
}

// checkEmptiedContainers reports the other half of nested registries: a
// per-key container (rooms[id] = {}, rooms.set(id, new Set())) created in a
// socket scope, whose members the disconnect path removes one by one, but
// which itself is never removed, so every room, channel or game ever named
// by a client stays in memory as an empty container.
func checkEmptiedContainers(p *pass) {
	f := p.f
	for _, s := range f.Sockets {
		walkIn(s.Funcs, func(n *Node) bool {
			if !acquisitionSite(s, n) {
				return true
			}
			in, ok := insertionAt(f, n)
			if !ok || (in.op != "set" && in.op != "index") {
				return true
			}
			container, value := in.container, in.value
			if !(freshContainer(f, value) || objectEntry(f, value)) || chainDepth(f, container) != 0 {
				return true
			}
			root, _, ok := p.registry(s, container)
			if !ok {
				return true
			}
			keys := f.KeysOf(s, root)
			// Only when members are removed, or the socket's fields of the
			// entry cleared (rooms[code].player1 = null), so the author
			// tracks the entry, but the entry itself never is.
			if !(p.removed(s, keys, 0) || p.nulledMembers(s, keys)) || p.removed(s, keys, 1) {
				return true
			}
			where, related := p.where(s, n)
			name := f.Tree.Text(root)
			p.report("client-not-untracked", n, rule("client-not-untracked").Message("container",
				p.text(n), name, name+".delete(...) or delete "+name+"[...]", where), related)
			return true
		})
	}
}

// freshContainer reports whether n makes a new, empty-able collection: a
// collection literal or constructor, not a type annotation.
func freshContainer(f *jsmodel.File, n *Node) bool {
	n = jsmodel.Unparen(n)
	return n != nil && n.Kind != "type_annotation" && isContainerValue(f, n)
}

// isContainerValue reports a collection literal or constructor.
func isContainerValue(f *jsmodel.File, v *Node) bool {
	v = jsmodel.Unparen(v)
	if v == nil {
		return false
	}
	switch v.Kind {
	case "object", "array":
		return true
	case "new_expression":
		switch f.Tree.Text(v.Child("constructor")) {
		case "Map", "Set", "Array", "Object":
			return true
		}
	case "type_annotation":
		t := f.Tree.Text(v)
		return strings.Contains(t, "Map<") || strings.Contains(t, "Set<") || strings.Contains(t, "[]") || strings.Contains(t, "Record<")
	}
	return false
}

// thisRegistry decides whether this.f... inside a class is a long-lived
// registry: the class is a singleton (a module-level instance, a Nest
// provider or gateway) and the field holds a collection; or the field
// holds an outer structure handed to a per-connection object
// (this.world = world in the constructor of new PlayerSession(socket, world)).
func (p *pass) thisRegistry(s *jsmodel.SocketScope, container *Node) bool {
	f := p.f
	// The field right after this: this.players in this.players.set(...).
	field := jsmodel.Unparen(container)
	if field == nil || field.Kind != "member_expression" {
		return false
	}
	for {
		obj := jsmodel.Unparen(field.Child("object"))
		if obj != nil && obj.Kind == "this" {
			break
		}
		if obj == nil || (obj.Kind != "member_expression" && obj.Kind != "subscript_expression" && obj.Kind != "call_expression") {
			return false
		}
		if obj.Kind == "call_expression" {
			_, r := jsmodel.Callee(f.Tree, obj)
			obj = jsmodel.Unparen(r)
		}
		if obj == nil || obj.Kind == "subscript_expression" {
			if obj == nil {
				return false
			}
			obj = jsmodel.Unparen(obj.Child("object"))
		}
		if obj == nil || obj.Kind != "member_expression" {
			if obj != nil && obj.Kind == "this" {
				break
			}
			return false
		}
		field = obj
	}
	class := jsmodel.EnclosingClass(field)
	if class == nil {
		// ES5 style: this inside function F or F.prototype.x. When F itself
		// registers the connection handler, its instance is the server-wide
		// object, and this._sockets outlives every socket.
		owner := f.ProtoOwner(field)
		if owner == nil || !owner.Contains(s.Registration) {
			return false
		}
		name := f.Tree.Text(field.Child("property"))
		found := false
		jsparse.Walk(owner, func(n *Node) bool {
			if found {
				return false
			}
			if n.Kind == "assignment_expression" {
				l := jsmodel.Unparen(n.Child("left"))
				if l != nil && l.Kind == "member_expression" && f.Tree.Text(l.Child("property")) == name {
					if o := jsmodel.Unparen(l.Child("object")); o != nil && o.Kind == "this" && isContainerValue(f, n.Child("right")) {
						found = true
					}
				}
			}
			return true
		})
		return found
	}
	name := f.Tree.Text(field.Child("property"))
	inits := f.FieldInit(class, name)
	if f.Singleton(class) {
		for _, v := range inits {
			if isContainerValue(f, v) {
				return true
			}
		}
		return false
	}
	// A per-connection object: only a field that holds an outer structure.
	for _, v := range inits {
		r := jsmodel.RootName(jsmodel.Unparen(v))
		if r == nil || r.Kind != "identifier" || s.IsSocket(f, r) {
			continue
		}
		if b := f.Resolve(r); b != nil && p.outlivesThroughViews(s, b, 0) {
			return true
		}
	}
	return false
}

// insertion is an addition to a collection: S.set(k, v), S.add(v),
// S.push(v), S.unshift(v) or S[k] = v (also nested: S[a][k] = v).
type insertion struct {
	container *Node   // S (for nested ones, the innermost collection)
	value     *Node   // what is stored
	parts     []*Node // every key and value involved, keys first
	op        string  // set, add, push, unshift, or index for S[k] = v
}

// insertionAt recognises an insertion at node n.
func insertionAt(f *jsmodel.File, n *Node) (insertion, bool) {
	switch n.Kind {
	case "call_expression":
		name, recv := jsmodel.Callee(f.Tree, n)
		args := jsmodel.Args(n)
		if recv == nil || len(args) == 0 {
			return insertion{}, false
		}
		switch name {
		case "set":
			if len(args) < 2 {
				return insertion{}, false
			}
			return insertion{container: recv, value: args[1], parts: args, op: name}, true
		case "add", "push", "unshift":
			return insertion{container: recv, value: args[0], parts: args, op: name}, true
		}
	case "assignment_expression":
		left := jsmodel.Unparen(n.Child("left"))
		if left == nil || left.Kind != "subscript_expression" {
			return insertion{}, false
		}
		in := insertion{container: left.Child("object"), value: n.Child("right"), op: "index"}
		// Any index along the chain, then the value.
		for m := left; m != nil && (m.Kind == "subscript_expression" || m.Kind == "member_expression"); m = jsmodel.Unparen(m.Child("object")) {
			if m.Kind == "subscript_expression" {
				in.parts = append(in.parts, m.Child("index"))
			}
		}
		in.parts = append(in.parts, in.value)
		return in, true
	}
	return insertion{}, false
}

// objectEntry reports a per-key record: an object literal, or a binding of
// the scope initialised with one (const room = { player1: name, ... }).
func objectEntry(f *jsmodel.File, n *Node) bool {
	n = jsmodel.Unparen(n)
	if n == nil {
		return false
	}
	if n.Kind == "object" {
		return true
	}
	if n.Kind == "identifier" {
		if b := f.Resolve(n); b != nil && b.Init != nil && b.Destructured == "" && b.Scope.Node.Kind != "program" {
			init := jsmodel.Unparen(b.Init)
			return init != nil && init.Kind == "object"
		}
	}
	return false
}

// nulledMembers reports whether the disconnect path clears a field of an
// entry of the structure: rooms[code].player1 = null.
func (p *pass) nulledMembers(s *jsmodel.SocketScope, keys []jsmodel.Key) bool {
	f := p.f
	ok := false
	walkIn(s.DisconnectFuncs, func(n *Node) bool {
		if ok || n.Kind != "assignment_expression" {
			return !ok
		}
		left := jsmodel.Unparen(n.Child("left"))
		r := jsmodel.Unparen(n.Child("right"))
		if left == nil || left.Kind != "member_expression" || r == nil || (r.Kind != "null" && f.Tree.Text(r) != "undefined") {
			return true
		}
		if obj := left.Child("object"); chainDepth(f, obj) >= 1 && jsmodel.Intersects(f.KeysOf(s, obj), keys) {
			ok = true
		}
		return true
	})
	return ok
}
