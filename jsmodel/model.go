package jsmodel

import (
	"sort"
	"strings"

	"github.com/disconnectlint/disconnectlint/jsparse"
)

// File is the model of one source file.
type File struct {
	Path string
	Tree *jsparse.Tree

	program   *Scope
	scopes    map[*Node]*Scope
	bindingOf map[*Node]*Binding
	funcs     []*Node
	callsTo   map[*Node][]*Node // callee function -> same-file calls of it
	news      []*Node           // every new expression

	proj *Project // nil when the file is analysed alone
	abs  string
	exp  *exports
	// dynLoads: the file has a require() or import() of a computed path,
	// so it may load handler modules from a directory listing.
	dynLoads    bool
	dynMemo     map[*Node]dynLoad  // dynamicModule answers, per node
	dynFuncMemo map[*Node]dynFuncs // dynamicFuncs answers, per node
	listedAs    map[*File]string   // the name a listed module was loaded under

	// Calls lists every call expression in source order.
	Calls []*Node
	// Sockets are the connection scopes found, in source order.
	Sockets []*SocketScope
}

// Handler is a listener registered on a socket.
type Handler struct {
	Call  *Node  // the registering call, socket.on(...)
	Event string // resolved event name
	Func  *Node  // the listener function, when it resolves in this file
	// Listed: the call is a loop over a directory listing, registering
	// Func as one of the modules of the folder; Func says where it is.
	Listed bool
	// Via is the wrapper the call registers when it calls Func from it:
	// (...args) => event.execute(io, socket, ...args). Nil otherwise.
	Via *Node
}

// SocketScope is one connection handler and everything that runs per socket
// because of it.
type SocketScope struct {
	// Registration is the io.on('connection', fn) call (or io.of(ns, fn)).
	Registration *Node
	// Handler is the connection callback.
	Handler *Node
	// Socket is the binding of the callback's socket parameter, or nil when
	// it is not a plain name.
	Socket *Binding
	// ServerText is the source of the server or namespace expression.
	ServerText string

	aliases   map[*Binding]bool
	thisFuncs map[*Node]bool // functions in which `this` is the socket

	// Funcs are the roots of the code that runs per socket: the connection
	// callback and the same-file helpers it reaches. Functions nested in a
	// root are part of it and not listed again.
	Funcs []*Node
	// Disconnect lists the socket's disconnect and disconnecting listeners.
	Disconnect []*Handler
	// Events lists every listener registered on the socket (disconnect
	// listeners included), in source order.
	Events []*Handler
	// DisconnectFuncs are the roots of the disconnect path: the listener
	// functions and the same-file helpers they reach.
	DisconnectFuncs []*Node
	// LookAlikes are listeners of custom events named like the reserved
	// one ('disconnected', 'disconnection'): the client must emit them, so
	// they are not the disconnect path, but they are where the author
	// meant cleanup to happen.
	LookAlikes []*Handler
	// DisconnectOnly is the subset of DisconnectFuncs reached from
	// 'disconnect' (not 'disconnecting') listeners, where rooms are empty.
	DisconnectOnly []*Node

	calls      []*Node
	extraRoots []*Node // NestJS: the @SubscribeMessage methods
	// Gateway is the NestJS gateway class of the scope, or nil.
	Gateway *Node
	// SyncDisconnects are client.disconnect() calls made synchronously in a
	// gateway's handleConnection, which make Nest skip handleDisconnect.
	SyncDisconnects []*Node
	inScope         map[*Node]bool // every function node that runs per socket
	inDisconnect    map[*Node]bool // every function node on the disconnect path
	inDiscOnly      map[*Node]bool
}

// Build builds the model of a parsed file analysed on its own.
func Build(path string, tree *jsparse.Tree) *File {
	f := BuildFile(path, tree)
	f.findSocketScopes()
	return f
}

// BuildFile builds the bindings and call index of a file without looking
// for socket scopes, for a Project to link later.
func BuildFile(path string, tree *jsparse.Tree) *File {
	f := &File{
		Path:      path,
		Tree:      tree,
		scopes:    map[*Node]*Scope{},
		bindingOf: map[*Node]*Binding{},
	}
	tree.SetPath(path)
	f.buildScopes()
	jsparse.Walk(tree.Root, func(n *Node) bool {
		switch n.Kind {
		case "call_expression":
			f.Calls = append(f.Calls, n)
			if fn := n.Child("function"); fn != nil && (fn.Kind == "import" || fn.Kind == "identifier" && tree.Text(fn) == "require") {
				if args := Args(n); len(args) > 0 && stringLit(tree, args[0]) == "" {
					f.dynLoads = true
				}
			}
		case "new_expression":
			f.news = append(f.news, n)
		}
		return true
	})
	return f
}

// Callee returns the member name and receiver of a call such as recv.name(...),
// or ("", nil) for other calls. Optional calls (recv?.name()) count.
func Callee(t *jsparse.Tree, call *Node) (name string, recv *Node) {
	fn := unparen(call.Child("function"))
	if fn == nil || fn.Kind != "member_expression" {
		return "", nil
	}
	return t.Text(fn.Child("property")), fn.Child("object")
}

// CalleeName returns the name of a plain call f(...), or "".
func CalleeName(t *jsparse.Tree, call *Node) string {
	fn := unparen(call.Child("function"))
	if fn == nil || fn.Kind != "identifier" {
		return ""
	}
	return t.Text(fn)
}

// FuncOf resolves an expression used as a function value to a function node
// in this file: an inline function, a name bound to one, an object method
// (handlers.onJoin), or f.bind(...).
func (f *File) FuncOf(n *Node) *Node {
	return f.funcOf(n, 0)
}

func (f *File) funcOf(n *Node, depth int) *Node {
	n = unparen(n)
	if n == nil || depth > 6 {
		return nil
	}
	if g := f.at(n); g != f {
		return g.funcOf(n, depth)
	}
	if IsFunction(n) {
		return n
	}
	switch n.Kind {
	case "identifier", "shorthand_property_identifier":
		b := f.Resolve(n)
		if b == nil {
			return nil
		}
		if b.Func != nil {
			return b.Func
		}
		if g, v := f.importTarget(b); v != nil {
			return g.funcOf(v, depth+1)
		}
		if b.Init != nil && b.Destructured == "" && (b.Kind == "const" || len(b.Assigns) == 0) {
			return f.funcOf(b.Init, depth+1)
		}
	case "member_expression":
		prop := f.Tree.Text(n.Child("property"))
		obj := unparen(n.Child("object"))
		if prop == "bind" {
			return f.funcOf(obj, depth+1)
		}
		if g, v := f.moduleMember(obj, prop); v != nil {
			return g.funcOf(v, depth+1)
		}
		if m := f.instanceMethod(obj, prop); m != nil {
			return m
		}
		if lit := f.objectOf(obj, 0); lit != nil {
			g := f.at(lit)
			for _, c := range lit.NamedChildren() {
				switch c.Kind {
				case "pair":
					if strings.Trim(g.Tree.Text(c.Child("key")), `"'`) == prop {
						return g.funcOf(c.Child("value"), depth+1)
					}
				case "shorthand_property_identifier":
					if g.Tree.Text(c) == prop {
						return g.funcOf(c, depth+1)
					}
				case "method_definition":
					if g.Tree.Text(c.Child("name")) == prop {
						return c
					}
				}
			}
		}
		if obj != nil && obj.Kind == "this" {
			if m := f.methodOfEnclosingClass(n, prop); m != nil {
				return m
			}
			return f.prototypeMethod(n, prop)
		}
	case "call_expression":
		// f.bind(this) as a call: socket.on('x', this.onX.bind(this))
		if name, recv := Callee(f.Tree, n); name == "bind" {
			return f.funcOf(recv, depth+1)
		}
		// require('./game') used as a function: require('./game')(io, socket)
		if mod, _, ok := f.requireOf(n); ok && f.projectModule(mod) {
			if g := f.proj.resolve(f.abs, mod); g != nil {
				if h, v := g.exported("", 0); v != nil {
					return h.funcOf(v, depth+1)
				}
			}
		}
	case "function_declaration", "class_declaration":
	}
	return nil
}

// moduleMember resolves ns.name where ns is a namespace import or a whole
// require of a project file.
func (f *File) moduleMember(obj *Node, name string) (*File, *Node) {
	obj = unparen(obj)
	if obj == nil || f.proj == nil {
		return nil, nil
	}
	var mod string
	switch obj.Kind {
	case "identifier":
		b := f.Resolve(obj)
		if b == nil || b.Module == "" || b.Member != "" || b.Destructured != "" {
			return nil, nil
		}
		mod = b.Module
	case "call_expression":
		m, _, ok := f.requireOf(obj)
		if !ok {
			return nil, nil
		}
		mod = m
	default:
		return nil, nil
	}
	if !f.projectModule(mod) {
		return nil, nil
	}
	g := f.proj.resolve(f.abs, mod)
	if g == nil {
		return nil, nil
	}
	return g.exported(name, 0)
}

// classOf resolves an expression naming a class (locally or imported) to
// its class node.
func (f *File) classOf(n *Node, depth int) *Node {
	n = unparen(n)
	if n == nil || depth > 6 {
		return nil
	}
	if g := f.at(n); g != f {
		return g.classOf(n, depth)
	}
	switch n.Kind {
	case "class_declaration", "class", "abstract_class_declaration":
		return n
	case "identifier", "shorthand_property_identifier", "type_identifier":
		b := f.Resolve(n)
		if b == nil {
			return nil
		}
		if b.Kind == "class" && b.Init != nil {
			return b.Init
		}
		if g, v := f.importTarget(b); v != nil {
			return g.classOf(v, depth+1)
		}
		if b.Init != nil && b.Destructured == "" {
			return f.classOf(b.Init, depth+1)
		}
	case "member_expression":
		if g, v := f.moduleMember(n.Child("object"), f.Tree.Text(n.Child("property"))); v != nil {
			return g.classOf(v, depth+1)
		}
	}
	return nil
}

// ClassMethod returns the method name of a class node (also from its
// superclass in the same project), or nil.
func (f *File) ClassMethod(class *Node, name string) *Node {
	return f.classMethod(class, name, 0)
}

func (f *File) classMethod(class *Node, name string, depth int) *Node {
	if class == nil || depth > 4 {
		return nil
	}
	g := f.at(class)
	body := class.Child("body")
	for _, c := range body.NamedChildren() {
		switch c.Kind {
		case "method_definition":
			if g.Tree.Text(c.Child("name")) == name {
				return c
			}
		case "public_field_definition", "field_definition":
			if g.Tree.Text(c.Child("property")) == name || g.Tree.Text(c.Child("name")) == name {
				if v := c.Child("value"); v != nil && IsFunction(unparen(v)) {
					return unparen(v)
				}
			}
		}
	}
	// class A extends B
	for _, c := range class.Children {
		if c.Kind == "class_heritage" {
			for _, h := range c.NamedChildren() {
				sup := h
				if h.Kind == "extends_clause" {
					sup = h.Child("value")
				}
				if sc := g.classOf(sup, 0); sc != nil {
					return g.classMethod(sc, name, depth+1)
				}
			}
		}
	}
	return nil
}

// constructorOf returns the constructor a new expression runs.
func (f *File) constructorOf(n *Node) *Node {
	if g := f.at(n); g != f {
		return g.constructorOf(n)
	}
	return f.ClassMethod(f.classOf(n.Child("constructor"), 0), "constructor")
}

// instanceMethod resolves obj.name where obj holds an instance of a class
// the project defines: const session = new ChatSession(socket), or a
// TypeScript parameter or field typed with the class.
func (f *File) instanceMethod(obj *Node, name string) *Node {
	obj = unparen(obj)
	if obj == nil {
		return nil
	}
	if c := f.InstanceClass(obj); c != nil {
		return f.ClassMethod(c, name)
	}
	return nil
}

// InstanceClass returns the class whose instance an expression holds, when
// it can be seen: new C(), a binding initialised with one, a parameter or a
// this.field typed C, or a module singleton exported as new C().
func (f *File) InstanceClass(obj *Node) *Node { return f.instanceClass(obj, 0) }

func (f *File) instanceClass(obj *Node, depth int) *Node {
	obj = unparen(obj)
	if obj == nil || depth > 6 {
		return nil
	}
	if g := f.at(obj); g != f {
		return g.instanceClass(obj, depth)
	}
	switch obj.Kind {
	case "new_expression":
		return f.classOf(obj.Child("constructor"), 0)
	case "identifier", "shorthand_property_identifier":
		b := f.Resolve(obj)
		if b == nil {
			return nil
		}
		if b.Type != nil {
			if c := f.typeClass(b.Type); c != nil {
				return c
			}
		}
		if g, v := f.importTarget(b); v != nil {
			return g.instanceClass(v, depth+1)
		}
		if b.Init != nil && b.Destructured == "" {
			return f.instanceClass(b.Init, depth+1)
		}
	case "member_expression":
		// this.chat where the constructor has (private chat: ChatService)
		// or the class declares chat: ChatService / chat = new X().
		if o := unparen(obj.Child("object")); o != nil && o.Kind == "this" {
			return f.fieldClass(o, f.Tree.Text(obj.Child("property")))
		}
		if g, v := f.moduleMember(obj.Child("object"), f.Tree.Text(obj.Child("property"))); v != nil {
			return g.instanceClass(v, depth+1)
		}
	}
	return nil
}

// typeClass resolves a type annotation naming a project class.
func (f *File) typeClass(ann *Node) *Node {
	var found *Node
	jsparse.Walk(ann, func(n *Node) bool {
		if found != nil {
			return false
		}
		if n.Kind == "type_identifier" {
			if b := f.Lookup(n, f.Tree.Text(n)); b != nil {
				if b.Kind == "class" && b.Init != nil {
					found = b.Init
				} else if g, v := f.importTarget(b); v != nil {
					found = g.classOf(v, 0)
				}
			}
			return false
		}
		return true
	})
	return found
}

// fieldClass finds the class of this.name inside a class: a constructor
// parameter property (constructor(private readonly chat: ChatService)), a
// typed field, or a field initialised with new X().
func (f *File) fieldClass(this *Node, name string) *Node {
	var class *Node
	for m := this.Parent; m != nil; m = m.Parent {
		if m.Kind == "class_body" {
			class = m.Parent
			break
		}
	}
	if class == nil {
		return nil
	}
	body := class.Child("body")
	for _, c := range body.NamedChildren() {
		switch c.Kind {
		case "public_field_definition", "field_definition":
			if f.Tree.Text(c.Child("name")) == name || f.Tree.Text(c.Child("property")) == name {
				if t := c.Child("type"); t != nil {
					if k := f.typeClass(t); k != nil {
						return k
					}
				}
				if v := c.Child("value"); v != nil {
					return f.instanceClass(v, 1)
				}
			}
		case "method_definition":
			if f.Tree.Text(c.Child("name")) != "constructor" {
				continue
			}
			for _, p := range Params(c) {
				if p.Kind == "required_parameter" || p.Kind == "optional_parameter" {
					if id := p.Child("pattern"); id != nil && f.Tree.Text(id) == name {
						if t := p.Child("type"); t != nil {
							return f.typeClass(t)
						}
					}
				}
			}
		}
	}
	return nil
}

func (f *File) methodOfEnclosingClass(n *Node, name string) *Node {
	return f.ClassMethod(EnclosingClass(n), name)
}

// ProtoOwner returns the constructor function whose instance `this` is at
// n, in ES5 style: inside function F itself, or inside a function assigned
// to F.prototype.name.
func (f *File) ProtoOwner(n *Node) *Node {
	fn := thisFunc(n)
	if fn == nil {
		return nil
	}
	if fn.Kind == "function_declaration" {
		return fn
	}
	// F.prototype.x = function () {...}
	if a := fn.Parent; a != nil && a.Kind == "assignment_expression" && a.Child("right") == fn {
		l := unparen(a.Child("left"))
		if l != nil && l.Kind == "member_expression" {
			if o := unparen(l.Child("object")); o != nil && o.Kind == "member_expression" && f.Tree.Text(o.Child("property")) == "prototype" {
				if b := f.Resolve(o.Child("object")); b != nil && b.Func != nil {
					return b.Func
				}
			}
		}
	}
	return nil
}

// prototypeMethod resolves this.name to F.prototype.name = function...
func (f *File) prototypeMethod(n *Node, name string) *Node {
	owner := f.ProtoOwner(n)
	if owner == nil || owner.Child("name") == nil {
		return nil
	}
	want := f.Tree.Text(owner.Child("name")) + ".prototype." + name
	var found *Node
	jsparse.Walk(f.Tree.Root, func(m *Node) bool {
		if found != nil {
			return false
		}
		if m.Kind == "assignment_expression" {
			if strings.Join(strings.Fields(f.Tree.Text(m.Child("left"))), "") == want {
				if v := unparen(m.Child("right")); IsFunction(v) {
					found = v
				}
			}
		}
		return true
	})
	return found
}

// CalledFunc resolves the function a call invokes, when it is in the
// project. For a new expression it is the class's constructor.
func (f *File) CalledFunc(call *Node) *Node {
	if g := f.at(call); g != f {
		return g.CalledFunc(call)
	}
	if call.Kind == "new_expression" {
		return f.constructorOf(call)
	}
	fn := unparen(call.Child("function"))
	if fn == nil {
		return nil
	}
	if fn.Kind == "member_expression" {
		switch f.Tree.Text(fn.Child("property")) {
		case "call", "apply":
			return f.FuncOf(fn.Child("object"))
		}
	}
	return f.FuncOf(fn)
}

// EnclosingFunc returns the innermost function containing n, or nil at
// module level.
func EnclosingFunc(n *Node) *Node {
	for m := n.Parent; m != nil; m = m.Parent {
		if IsFunction(m) {
			return m
		}
	}
	return nil
}

// RootName returns the leftmost identifier (or this) of a member, subscript
// or call chain: users for users.get(id).add(x).
func RootName(n *Node) *Node {
	for n != nil {
		n = unparen(n)
		switch n.Kind {
		case "identifier", "this", "shorthand_property_identifier":
			return n
		case "member_expression", "subscript_expression":
			n = n.Child("object")
		case "call_expression":
			n = n.Child("function")
		case "await_expression":
			n = n.FirstNamed()
		default:
			return nil
		}
	}
	return nil
}

// IsSocket reports whether expression n denotes this scope's socket: the
// parameter, an alias of it, a helper parameter it was passed as, or `this`
// inside a function listener registered on it.
func (s *SocketScope) IsSocket(f *File, n *Node) bool {
	n = unparen(n)
	if n == nil {
		return false
	}
	switch n.Kind {
	case "identifier", "shorthand_property_identifier":
		b := f.Resolve(n)
		return b != nil && s.aliases[b]
	case "this":
		fn := thisFunc(n)
		return fn != nil && s.thisFuncs[fn]
	}
	return false
}

// thisFunc is the function whose `this` n refers to (arrows inherit it).
func thisFunc(n *Node) *Node {
	for m := n.Parent; m != nil; m = m.Parent {
		if IsFunction(m) && m.Kind != "arrow_function" {
			return m
		}
	}
	return nil
}

// ServerWide reports whether `this` at n is an object that lives as long
// as the server: an instance of a singleton class, of a class whose own
// code registers this scope's connection handler (class App extends
// Server), or, ES5 style, of a constructor function that does.
func (s *SocketScope) ServerWide(f *File, n *Node) bool {
	if n == nil || n.Kind != "this" || s.IsSocket(f, n) {
		return false
	}
	g := f.at(n)
	fn := thisFunc(n)
	if fn == nil {
		return false
	}
	if fn.Kind == "method_definition" {
		class := EnclosingClass(fn)
		return class != nil && (g.Singleton(class) || class.Contains(s.Registration))
	}
	owner := g.ProtoOwner(n)
	return owner != nil && owner.Contains(s.Registration)
}

// IsAlias reports whether b is the socket or an alias of it.
func (s *SocketScope) IsAlias(b *Binding) bool { return b != nil && s.aliases[b] }

// InScope reports whether code at n runs per socket.
func (s *SocketScope) InScope(n *Node) bool { return s.inFuncSet(n, s.inScope) }

// OnDisconnectPath reports whether code at n runs on the disconnect path.
func (s *SocketScope) OnDisconnectPath(n *Node) bool { return s.inFuncSet(n, s.inDisconnect) }

// OnDisconnectOnly reports whether n runs in a 'disconnect' listener (not
// 'disconnecting') or a helper reached from one.
func (s *SocketScope) OnDisconnectOnly(n *Node) bool { return s.inFuncSet(n, s.inDiscOnly) }

func (s *SocketScope) inFuncSet(n *Node, set map[*Node]bool) bool {
	for m := n; m != nil; m = m.Parent {
		if IsFunction(m) && set[m] {
			return true
		}
	}
	return false
}

// Outlives reports whether binding b lives longer than one socket of this
// scope: it is declared outside the connection callback and outside every
// per-socket helper (module level, an enclosing setup function, imports).
// A nil binding is a global or an undeclared name, which outlives too.
func (s *SocketScope) Outlives(b *Binding) bool {
	if b == nil {
		return true
	}
	if s.aliases[b] {
		return false
	}
	decl := b.Scope.Node
	if decl == nil || decl.Kind == "program" {
		return true
	}
	return !s.InScope(decl) && !s.Handler.Contains(decl)
}

// FirstDisconnect returns the earliest disconnect listener, or nil.
func (s *SocketScope) FirstDisconnect() *Handler {
	if len(s.Disconnect) == 0 {
		return nil
	}
	return s.Disconnect[0]
}

// connection events that start a socket scope.
func isConnectionEvent(ev string) bool { return ev == "connection" || ev == "connect" }

// IsDisconnectEvent reports the reserved socket events of the disconnect path.
func IsDisconnectEvent(ev string) bool { return ev == "disconnect" || ev == "disconnecting" }

// IsDisconnectLookAlike reports a custom event name that reads as the
// reserved disconnect event: 'disconnected', 'disconnection',
// 'onDisconnect'. Socket.IO never emits them on the server side.
func IsDisconnectLookAlike(ev string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(ev) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	switch b.String() {
	case "disconnected", "disconnection", "ondisconnect", "ondisconnected":
		return true
	}
	return false
}

// socketIOModules are the modules whose exports build Socket.IO servers.
func isSocketIOModule(m string) bool {
	return m == "socket.io" || strings.HasPrefix(m, "socket.io/") || m == "@nestjs/platform-socket.io"
}

// notSocketIOModules are modules whose 'connection' events are not Socket.IO:
// the ws library, raw TCP/TLS/HTTP servers and the Socket.IO client.
func isOtherServerModule(m string) bool {
	switch m {
	case "ws", "net", "tls", "http", "https", "http2", "node:net", "node:tls", "node:http", "node:https",
		"socket.io-client", "engine.io", "engine.io-client", "uWebSockets.js", "sockjs", "faye-websocket",
		"mongoose", "mongodb", "pg", "mysql", "mysql2", "ioredis", "redis":
		return true
	}
	return false
}

type origin int

const (
	originUnknown origin = iota
	originSocketIO
	originOther
)

// originOf classifies what a server expression was made from.
func (f *File) originOf(n *Node, depth int) origin {
	n = unparen(n)
	if n == nil || depth > 8 {
		return originUnknown
	}
	if g := f.at(n); g != f {
		return g.originOf(n, depth)
	}
	switch n.Kind {
	case "identifier":
		b := f.Resolve(n)
		if b == nil {
			return originUnknown
		}
		if b.Type != nil {
			if o := f.typeOrigin(b.Type); o != originUnknown {
				return o
			}
		}
		if g, v := f.importTarget(b); v != nil {
			return g.originOf(v, depth+1)
		}
		if b.Module != "" {
			if isSocketIOModule(b.Module) {
				return originSocketIO
			}
			if isOtherServerModule(b.Module) {
				return originOther
			}
			return originUnknown
		}
		if b.Init != nil && b.Destructured == "" {
			if o := f.originOf(b.Init, depth+1); o != originUnknown {
				return o
			}
		}
		for _, a := range b.Assigns {
			if o := f.originOf(a, depth+1); o != originUnknown {
				return o
			}
		}
		if b.Kind == "param" {
			// module.exports = (io) => io.on('connection', ...), called
			// with the server: require('./sockets')(io).
			for _, a := range f.at(b.Decl).paramArgs(b) {
				if o := f.originOf(a, depth+1); o != originUnknown {
					return o
				}
			}
		}
		return originUnknown
	case "new_expression":
		return f.originOf(n.Child("constructor"), depth+1)
	case "call_expression":
		if mod, _, ok := f.requireOf(n); ok {
			if isSocketIOModule(mod) {
				return originSocketIO
			}
			if isOtherServerModule(mod) {
				return originOther
			}
			return originUnknown
		}
		fn := unparen(n.Child("function"))
		if fn != nil && fn.Kind == "member_expression" {
			switch f.Tree.Text(fn.Child("property")) {
			case "of", "listen", "attach", "to", "in", "use":
				return f.originOf(fn.Child("object"), depth+1)
			case "createServer", "Server":
				return f.originOf(fn.Child("object"), depth+1)
			}
		}
		return f.originOf(fn, depth+1)
	case "member_expression":
		prop := f.Tree.Text(n.Child("property"))
		o := f.originOf(n.Child("object"), depth+1)
		if o == originSocketIO {
			switch prop {
			case "Server", "sockets", "of", "listen", "attach", "default", "io":
				return originSocketIO
			}
			return originUnknown
		}
		return o
	case "await_expression":
		return f.originOf(n.FirstNamed(), depth+1)
	case "this":
		// this in a class that extends Server: class App extends Server
		// { constructor() { super(); this.on('connection', ...) } }.
		if class := EnclosingClass(n); class != nil {
			for _, c := range class.NamedChildren() {
				if c.Kind == "class_heritage" {
					for _, h := range c.NamedChildren() {
						if h.Kind == "extends_clause" {
							return f.originOf(h.Child("value"), depth+1)
						}
						if o := f.originOf(h, depth+1); o != originUnknown {
							return o
						}
					}
				}
			}
		}
	}
	return originUnknown
}

// socketAPIWords are members only a Socket.IO server-side socket has; a
// callback whose parameter uses one of them is taken to be a connection
// handler even when the server came from elsewhere (a parameter, an import
// from another project file).
var socketAPIWords = map[string]bool{
	"emit": true, "join": true, "leave": true, "handshake": true, "broadcast": true, "rooms": true,
	"to": true, "in": true, "data": true, "onAny": true, "emitWithAck": true, "timeout": true,
	"volatile": true, "compress": true, "nsp": true, "conn": true, "disconnect": true, "use": true,
}

// typeOrigin classifies a TypeScript annotation by where its type name was
// imported from: `socket: Socket` with Socket from 'socket.io'.
func (f *File) typeOrigin(ann *Node) origin {
	o := originUnknown
	jsparse.Walk(ann, func(n *Node) bool {
		if o != originUnknown {
			return false
		}
		var id *Node
		switch n.Kind {
		case "type_identifier":
			id = n
		case "nested_type_identifier":
			id = n.Child("module")
		}
		if id == nil {
			return true
		}
		if b := f.program.lookup(f.Tree.Text(id)); b != nil && b.Module != "" {
			switch {
			case isSocketIOModule(b.Module):
				o = originSocketIO
			case isOtherServerModule(b.Module):
				o = originOther
			}
		}
		return false
	})
	return o
}

func (f *File) looksLikeSocketParam(fn *Node) bool {
	b := f.firstParam(fn)
	if b == nil {
		return false
	}
	if b.Type != nil {
		switch f.typeOrigin(b.Type) {
		case originSocketIO:
			return true
		case originOther:
			return false
		}
	}
	names := map[*Binding]bool{b: true}
	jsparse.Walk(fn, func(n *Node) bool {
		if n.Kind == "variable_declarator" {
			if v := unparen(n.Child("value")); v != nil && v.Kind == "identifier" && f.Resolve(v) == b {
				if nb := f.Resolve(n.Child("name")); nb != nil {
					names[nb] = true
				}
			}
		}
		return true
	})
	found := false
	jsparse.Walk(fn, func(n *Node) bool {
		if found {
			return false
		}
		if n.Kind == "member_expression" {
			obj := unparen(n.Child("object"))
			if obj != nil && obj.Kind == "identifier" && names[f.Resolve(obj)] {
				prop := f.Tree.Text(n.Child("property"))
				if socketAPIWords[prop] {
					found = true
				}
				if prop == "on" || prop == "once" {
					if call := n.Parent; call != nil && call.Kind == "call_expression" {
						if args := Args(call); len(args) > 0 {
							if ev, ok := f.StringValue(args[0]); ok && IsDisconnectEvent(ev) {
								found = true
							}
						}
					}
				}
			}
		}
		return true
	})
	return found
}

func (f *File) findSocketScopes() {
	f.findGateways()
	for _, call := range f.Calls {
		name, recv := Callee(f.Tree, call)
		args := Args(call)
		var handlerExpr *Node
		switch name {
		case "on", "addListener", "once":
			if len(args) < 2 {
				continue
			}
			ev, ok := f.StringValue(args[0])
			if !ok {
				f.listedConnections(call, recv, args)
				continue
			}
			if !isConnectionEvent(ev) {
				continue
			}
			handlerExpr = args[1]
		case "of":
			if len(args) < 2 {
				continue
			}
			handlerExpr = args[1]
		default:
			continue
		}
		fn := f.FuncOf(handlerExpr)
		if fn == nil || len(Params(fn)) == 0 {
			continue
		}
		switch f.originOf(recv, 0) {
		case originOther:
			continue
		case originUnknown:
			if !f.looksLikeSocketParam(fn) {
				continue
			}
		}
		f.addScope(call, recv, fn, 0)
	}
}

// addScope makes the socket scope of connection handler fn, registered by
// call on server recv, whose socket is its parameter i.
func (f *File) addScope(call, recv, fn *Node, i int) {
	for _, o := range f.Sockets {
		if o.Handler == fn {
			return // if (once) io.once(ev, h) else io.on(ev, h): one scope
		}
	}
	s := &SocketScope{
		Registration: call,
		Handler:      fn,
		ServerText:   f.Tree.Text(recv),
		aliases:      map[*Binding]bool{},
		thisFuncs:    map[*Node]bool{},
	}
	if ps := Params(fn); i < len(ps) {
		if id := ParamName(ps[i]); id != nil {
			s.Socket = f.Resolve(id)
			if s.Socket != nil {
				s.aliases[s.Socket] = true
			}
		}
	}
	f.expand(s)
	f.Sockets = append(f.Sockets, s)
}

// listedConnections finds connection handlers among the modules a
// directory loop registers on a Socket.IO server, by the event each module
// is named for: io.on(event.name, (socket) => event.execute(db, io, socket)).
func (f *File) listedConnections(call, recv *Node, args []*Node) {
	if !f.dynLoads || f.originOf(recv, 0) != originSocketIO {
		return
	}
	for _, l := range f.listeners(args[0], args[1]) {
		if !l.listed || l.fn == nil || !isConnectionEvent(l.ev) {
			continue
		}
		i := 0
		if l.via != nil {
			i = f.forwardedParam(l.via, l.fn)
		} else if b := unparen(args[1]); b != nil && b.Kind == "call_expression" {
			if bn, _ := Callee(f.Tree, b); bn == "bind" {
				i = len(Args(b)) - 1 // handler.bind(null, io): the socket comes after
			}
		}
		if i >= 0 {
			f.addScope(call, recv, l.fn, i)
		}
	}
}

// forwardedParam returns the index of the parameter of fn that receives
// wrapper's first parameter where wrapper calls it, or -1.
func (f *File) forwardedParam(wrapper, fn *Node) int {
	ps := Params(wrapper)
	if len(ps) == 0 {
		return -1
	}
	first := f.Resolve(ParamName(ps[0]))
	found := -1
	walkNoFuncs(wrapper.Child("body"), func(m *Node) {
		if found >= 0 || m.Kind != "call_expression" || first == nil {
			return
		}
		for _, c := range f.CalledFuncs(m) {
			if c != fn {
				continue
			}
			for i, a := range Args(m) {
				if a = unparen(a); a != nil && a.Kind == "identifier" && f.Resolve(a) == first {
					found = i
				}
			}
		}
	})
	return found
}

// expand computes the socket scope: aliases of the socket, the functions that
// run per socket, the disconnect listeners and the disconnect path. It works
// to a fixed point because a helper reached with the socket makes its
// parameter an alias, which can reveal further listeners.
func (f *File) expand(s *SocketScope) {
	if s.inScope == nil {
		s.inScope = map[*Node]bool{}
	}
	var roots []*Node
	addRoot := func(fn *Node) bool {
		if fn == nil || s.inScope[fn] {
			return false
		}
		for m := fn.Parent; m != nil; m = m.Parent {
			if IsFunction(m) && s.inScope[m] {
				// Nested in a root already: mark, but do not list.
				s.markNested(fn)
				return true
			}
		}
		s.markNested(fn)
		roots = append(roots, fn)
		return true
	}
	addRoot(s.Handler)
	for _, r := range s.extraRoots {
		addRoot(r)
	}
	seenHandler := map[*Node]bool{}
	for _, h := range s.Disconnect {
		seenHandler[h.Call] = true
	}
	for changed := true; changed; {
		changed = false
		for _, call := range scopeCalls(roots) {
			// Aliases: const s2 = socket; helper(socket) makes the
			// helper's parameter an alias (also across files, and for
			// constructors: new ChatSession(socket)).
			args := Args(call)
			for _, callee := range f.CalledFuncs(call) {
				if addRoot(callee) {
					changed = true
				}
				for i, a := range args {
					for _, b := range f.socketParams(s, callee, i, a) {
						if !s.aliases[b] {
							s.aliases[b] = true
							changed = true
						}
					}
				}
			}
			if call.Kind != "call_expression" {
				continue
			}
			name, recv := Callee(f.Tree, call)
			if (name == "on" || name == "once" || name == "addListener" || name == "prependListener") && s.IsSocket(f, recv) && len(args) >= 2 {
				// fn.bind(this, socket): the bound arguments fill the
				// first parameters.
				if b := unparen(args[1]); b != nil && b.Kind == "call_expression" {
					if bn, _ := Callee(f.Tree, b); bn == "bind" {
						for _, fn := range f.FuncsOf(b) {
							for i, a := range Args(b) {
								if i == 0 {
									continue
								}
								for _, pb := range f.socketParams(s, fn, i-1, a) {
									if !s.aliases[pb] {
										s.aliases[pb] = true
										changed = true
									}
								}
							}
						}
					}
				}
				bound := false
				if b := unparen(args[1]); b != nil && b.Kind == "call_expression" {
					bn, _ := Callee(f.Tree, b)
					bound = bn == "bind"
				}
				for _, l := range f.listeners(args[0], args[1]) {
					if l.via != nil && addRoot(l.via) {
						changed = true
					}
					if l.fn != nil && l.via == nil {
						// socket.on(ev, fn) calls fn with this = socket;
						// fn.bind(x) fixes this to x instead.
						if !bound && !s.thisFuncs[l.fn] && l.fn.Kind != "arrow_function" {
							s.thisFuncs[l.fn] = true
							changed = true
						}
						if addRoot(l.fn) {
							changed = true
						}
					}
					key := call
					if l.key != nil {
						key = l.key
					}
					if !seenHandler[key] {
						seenHandler[key] = true
						h := &Handler{Call: call, Event: l.ev, Func: l.fn, Listed: l.listed, Via: l.via}
						s.Events = append(s.Events, h)
						if IsDisconnectEvent(l.ev) {
							s.Disconnect = append(s.Disconnect, h)
						} else if IsDisconnectLookAlike(l.ev) {
							s.LookAlikes = append(s.LookAlikes, h)
						}
					}
				}
			}
		}
		s.Funcs = roots
		for b := range f.declaredAliases(s) {
			if !s.aliases[b] {
				s.aliases[b] = true
				changed = true
			}
		}
	}
	s.Funcs = roots
	sort.SliceStable(s.Disconnect, func(i, j int) bool { return s.Disconnect[i].Call.Start < s.Disconnect[j].Call.Start })
	sort.SliceStable(s.Events, func(i, j int) bool { return s.Events[i].Call.Start < s.Events[j].Call.Start })
	sort.SliceStable(s.LookAlikes, func(i, j int) bool { return s.LookAlikes[i].Call.Start < s.LookAlikes[j].Call.Start })

	// The disconnect path: listener functions and the helpers they reach.
	s.inDisconnect = map[*Node]bool{}
	s.inDiscOnly = map[*Node]bool{}
	var all, only []*Node
	for _, h := range s.Disconnect {
		if h.Func == nil {
			// An inline call expression listener (rare): nothing to follow.
			continue
		}
		all = f.closure(h.Func, s.inDisconnect, all)
		if h.Event == "disconnect" {
			only = f.closure(h.Func, s.inDiscOnly, only)
		}
	}
	// takeUntil(fromEvent(socket, 'disconnect')) is a disconnect path for
	// the subscription it guards; the rules ask for it by call.
	s.DisconnectFuncs = all
	s.DisconnectOnly = only
}

// socketParams returns the bindings of fn's parameter i that receive the
// socket when arg is passed there: the parameter itself, or, for an object
// literal passed to a destructuring parameter (fn.bind(null, { server:
// this, socket }) into ({ server, socket }) => ...), the names whose
// properties hold the socket.
func (f *File) socketParams(s *SocketScope, fn *Node, i int, arg *Node) []*Binding {
	ps := Params(fn)
	if i >= len(ps) {
		return nil
	}
	if s.IsSocket(f, arg) {
		if id := ParamName(ps[i]); id != nil {
			if b := f.Resolve(id); b != nil {
				return []*Binding{b}
			}
		}
		return nil
	}
	lit := unparen(arg)
	if lit == nil || lit.Kind != "object" {
		return nil
	}
	var out []*Binding
	for _, c := range lit.NamedChildren() {
		key, val, ok := Property(f.Tree, c)
		if !ok {
			continue
		}
		if !s.IsSocket(f, val) {
			continue
		}
		if b := f.at(fn).patternBinding(ps[i], key); b != nil {
			out = append(out, b)
		}
	}
	return out
}

// Property returns the key and value of an object literal entry: a pair
// (quotes taken off the key) or a shorthand { socket }. Spreads and
// methods are not properties here.
func Property(t *jsparse.Tree, c *Node) (key string, val *Node, ok bool) {
	switch c.Kind {
	case "pair":
		return strings.Trim(t.Text(c.Child("key")), `"'`), c.Child("value"), true
	case "shorthand_property_identifier":
		return t.Text(c), c, true
	}
	return "", nil, false
}

// patternBinding returns the binding a destructuring parameter gives the
// top-level property key: socket in ({ socket }) or ({ socket: s }).
func (f *File) patternBinding(param *Node, key string) *Binding {
	p := param
	if p.Kind == "required_parameter" || p.Kind == "optional_parameter" {
		p = p.Child("pattern")
	}
	if p != nil && p.Kind == "assignment_pattern" {
		p = p.Child("left")
	}
	if p == nil || p.Kind != "object_pattern" {
		return nil
	}
	for _, c := range p.NamedChildren() {
		var id *Node
		switch c.Kind {
		case "shorthand_property_identifier_pattern":
			if f.Tree.Text(c) == key {
				id = c
			}
		case "pair_pattern":
			if strings.Trim(f.Tree.Text(c.Child("key")), `"'`) == key {
				id = c.Child("value")
			}
		case "object_assignment_pattern":
			if l := c.Child("left"); l != nil && f.Tree.Text(l) == key {
				id = l
			}
		}
		if id != nil && id.Kind == "assignment_pattern" {
			id = id.Child("left")
		}
		if id != nil && (id.Kind == "identifier" || id.Kind == "shorthand_property_identifier_pattern") {
			return f.bindingOf[id]
		}
	}
	return nil
}

type listener struct {
	ev     string
	fn     *Node
	key    *Node // the route-table entry, when one call registers several
	listed bool  // one of the modules of a directory listing
	via    *Node // the wrapper function that calls fn, (...a) => cmd.run(socket, ...a)
}

// listeners resolves what socket.on(ev, fn) registers: one listener, or
// for a route-table loop
//
//	for (const [event, handler] of Object.entries(routes)) socket.on(event, handler)
//
// one listener per entry of the visible routes object.
func (f *File) listeners(evArg, fnArg *Node) []listener {
	if elem, fns := f.dynamicFuncs(fnArg); len(fns) > 0 {
		out := make([]listener, 0, len(fns))
		for _, fn := range fns {
			g := f.at(fn)
			out = append(out, listener{ev: f.dynamicEventName(evArg, elem, g), fn: fn, key: fn, listed: true})
		}
		return out
	}
	if w := unparen(fnArg); w != nil && IsFunction(w) {
		if out := f.wrappedListeners(evArg, w); len(out) > 0 {
			return out
		}
	}
	ev, _ := f.StringValue(evArg)
	if id := unparen(fnArg); id != nil && id.Kind == "identifier" {
		if b := f.Resolve(id); b != nil && b.Decl != nil && b.Decl.Parent != nil && b.Decl.Parent.Kind == "array_pattern" {
			pat := b.Decl.Parent
			if loop := pat.Parent; loop != nil && loop.Kind == "for_in_statement" && loop.Child("left") == pat {
				if obj := f.entriesObject(loop.Child("right")); obj != nil {
					var out []listener
					g := f.at(obj)
					for _, c := range obj.NamedChildren() {
						var key, val *Node
						switch c.Kind {
						case "pair":
							key, val = c.Child("key"), c.Child("value")
						case "shorthand_property_identifier":
							key, val = c, c
						case "method_definition":
							key, val = c.Child("name"), c
						default:
							continue
						}
						name := g.Tree.Text(key)
						if key.Kind == "string" {
							name = stringLit(g.Tree, key)
						}
						out = append(out, listener{ev: name, fn: g.FuncOf(val), key: c})
					}
					return out
				}
			}
		}
	}
	return []listener{{ev: ev, fn: f.FuncOf(fnArg)}}
}

// entriesObject returns the object literal of Object.entries(x).
func (f *File) entriesObject(n *Node) *Node {
	n = unparen(n)
	if n == nil || n.Kind != "call_expression" {
		return nil
	}
	if name, recv := Callee(f.Tree, n); recv != nil && f.Tree.Text(recv) == "Object" && name == "entries" {
		if args := Args(n); len(args) > 0 {
			return f.objectOf(args[0], 0)
		}
	}
	return nil
}

// scopeCalls lists the calls and new expressions inside the roots.
func scopeCalls(roots []*Node) []*Node {
	var out []*Node
	for _, r := range roots {
		jsparse.Walk(r, func(n *Node) bool {
			if n.Kind == "call_expression" || n.Kind == "new_expression" {
				out = append(out, n)
			}
			return true
		})
	}
	return out
}

// Calls lists the calls (and new expressions) of the code that runs per
// socket, across the files of the project.
func (s *SocketScope) Calls() []*Node {
	if s.calls == nil {
		s.calls = scopeCalls(s.Funcs)
	}
	return s.calls
}

// markNested marks fn and every function nested in it as in scope.
func (s *SocketScope) markNested(fn *Node) {
	jsparse.Walk(fn, func(n *Node) bool {
		if IsFunction(n) {
			s.inScope[n] = true
		}
		return true
	})
}

// closure adds fn, its nested functions and every same-file function they
// call (transitively) to set, returning the roots appended to out.
func (f *File) closure(fn *Node, set map[*Node]bool, out []*Node) []*Node {
	work := []*Node{fn}
	for len(work) > 0 {
		cur := work[len(work)-1]
		work = work[:len(work)-1]
		if set[cur] {
			continue
		}
		nested := false
		for m := cur.Parent; m != nil; m = m.Parent {
			if IsFunction(m) && set[m] {
				nested = true
				break
			}
		}
		if !nested {
			out = append(out, cur)
		}
		jsparse.Walk(cur, func(n *Node) bool {
			if IsFunction(n) {
				set[n] = true
			}
			if n.Kind == "call_expression" {
				for _, c := range f.CalledFuncs(n) {
					if !set[c] {
						work = append(work, c)
					}
				}
				// Functions passed as callbacks run too:
				// sockets.forEach(cleanup).
				for _, a := range Args(n) {
					if c := f.FuncOf(a); c != nil && !set[c] {
						work = append(work, c)
					}
				}
			}
			return true
		})
	}
	return out
}

// declaredAliases finds bindings declared in scope as plain copies of the
// socket: const s = socket, let sock = this (in a socket listener).
func (f *File) declaredAliases(s *SocketScope) map[*Binding]bool {
	out := map[*Binding]bool{}
	for _, fn := range s.Funcs {
		jsparse.Walk(fn, func(n *Node) bool {
			if n.Kind == "variable_declarator" {
				name, v := n.Child("name"), n.Child("value")
				if name != nil && name.Kind == "identifier" && v != nil && s.IsSocket(f, v) {
					if b := f.Resolve(name); b != nil {
						out[b] = true
					}
				}
			}
			return true
		})
	}
	return out
}

// Closure returns the roots of fn and of the same-file functions it reaches
// (calls and callbacks, transitively), marking every function in set.
func (f *File) Closure(fn *Node, set map[*Node]bool) []*Node { return f.closure(fn, set, nil) }

// findGateways makes a socket scope of every NestJS gateway class
// (@WebSocketGateway): handleConnection(client) starts it, the
// @SubscribeMessage methods run per socket, and handleDisconnect(client) is
// its disconnect path. Nest binds handleDisconnect with once('disconnect')
// after handleConnection returns, so a synchronous client.disconnect() in
// handleConnection skips it.
func (f *File) findGateways() {
	jsparse.Walk(f.Tree.Root, func(n *Node) bool {
		if n.Kind != "class_declaration" && n.Kind != "class" && n.Kind != "abstract_class_declaration" {
			return true
		}
		if !hasDecorator(f, n, "WebSocketGateway") {
			return true
		}
		var conn, disc *Node
		var messages []*Node
		body := n.Child("body")
		var pendingDecorators []*Node
		for _, c := range body.Children {
			switch c.Kind {
			case "decorator":
				pendingDecorators = append(pendingDecorators, c)
				continue
			case "method_definition":
				switch f.Tree.Text(c.Child("name")) {
				case "handleConnection":
					conn = c
				case "handleDisconnect":
					disc = c
				}
				for _, d := range pendingDecorators {
					if strings.HasPrefix(f.Tree.Text(d), "@SubscribeMessage") {
						messages = append(messages, c)
					}
				}
			}
			if c.Named {
				pendingDecorators = nil
			}
		}
		handler := conn
		if handler == nil && len(messages) > 0 {
			handler = messages[0]
		}
		if handler == nil {
			return false
		}
		if conn != nil && f.wsGateway(conn) {
			return false // @nestjs/platform-ws: raw ws clients, not Socket.IO
		}
		s := &SocketScope{
			Registration: handler,
			Handler:      handler,
			ServerText:   "the gateway",
			Gateway:      n,
			aliases:      map[*Binding]bool{},
			thisFuncs:    map[*Node]bool{},
			inScope:      map[*Node]bool{},
		}
		addParamAlias := func(m *Node, idx int) {
			ps := Params(m)
			if idx < len(ps) {
				if id := ParamName(ps[idx]); id != nil {
					if b := f.Resolve(id); b != nil {
						s.aliases[b] = true
						if s.Socket == nil && m == conn {
							s.Socket = b
						}
					}
				}
			}
		}
		if conn != nil {
			addParamAlias(conn, 0)
		}
		for _, m := range messages {
			s.extraRoots = append(s.extraRoots, m)
			for i, prm := range Params(m) {
				if strings.Contains(f.Tree.Text(prm), "@ConnectedSocket") {
					addParamAlias(m, i)
				}
			}
		}
		if disc != nil {
			addParamAlias(disc, 0)
			s.Disconnect = append(s.Disconnect, &Handler{Call: disc, Event: "disconnect", Func: disc})
			s.Events = append(s.Events, s.Disconnect[0])
		}
		if conn != nil {
			s.SyncDisconnects = f.syncDisconnects(s, conn)
		}
		f.expand(s)
		f.Sockets = append(f.Sockets, s)
		return false
	})
}

// wsGateway reports a gateway whose handleConnection receives a raw
// WebSocket (handleConnection(client: WebSocket) with WebSocket from 'ws'):
// it runs on @nestjs/platform-ws, where none of the Socket.IO lifecycle
// applies.
func (f *File) wsGateway(conn *Node) bool {
	b := f.firstParam(conn)
	return b != nil && b.Type != nil && f.typeOrigin(b.Type) == originOther
}

// firstParam returns the binding of fn's first parameter when it is a
// plain name.
func (f *File) firstParam(fn *Node) *Binding {
	ps := Params(fn)
	if len(ps) == 0 {
		return nil
	}
	if id := ParamName(ps[0]); id != nil {
		return f.Resolve(id)
	}
	return nil
}

// syncDisconnects finds client.disconnect() calls in handleConnection that
// run before any await.
func (f *File) syncDisconnects(s *SocketScope, conn *Node) []*Node {
	var out []*Node
	firstAwait := -1
	jsparse.Walk(FuncBody(conn), func(n *Node) bool {
		if IsFunction(n) {
			return false
		}
		if n.Kind == "await_expression" && (firstAwait < 0 || n.Start < firstAwait) {
			firstAwait = n.Start
		}
		if n.Kind == "call_expression" {
			if name, recv := Callee(f.Tree, n); name == "disconnect" && s.IsSocket(f, recv) {
				out = append(out, n)
			}
		}
		return true
	})
	if firstAwait >= 0 {
		kept := out[:0]
		for _, c := range out {
			if c.Start < firstAwait {
				kept = append(kept, c)
			}
		}
		out = kept
	}
	return out
}

// SkipsDisconnect returns the synchronous client.disconnect() of a gateway's
// handleConnection that comes after n, so that what n acquires is never
// released by handleDisconnect; nil otherwise.
func (s *SocketScope) SkipsDisconnect(n *Node) *Node {
	if s.Gateway == nil || s.Handler == nil || !s.Handler.Contains(n) {
		return nil
	}
	for _, c := range s.SyncDisconnects {
		if c.Start > n.Start {
			return c
		}
	}
	return nil
}
