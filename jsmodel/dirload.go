package jsmodel

import (
	"path/filepath"
	"sort"
	"strings"
)

// Directory registration: many servers load one handler module per file
// of a folder instead of importing each by name.
//
//	readdir('./src/events', (err, files) => files.forEach((f) => {
//	  const handler = require(join(dir, f));
//	  socket.on(f.substring(0, f.indexOf('.')), handler.bind(null, { server: this, socket }));
//	}));
//
//	for (const file of fs.readdirSync(path.join(__dirname, 'handlers')))
//	  require(`./handlers/${file}`)(io, socket);
//
// The model never lists the disk at analysis time for this: the directory
// is matched against the files of the run, so what it sees is what the run
// sees. A directory given relative to the process's working directory
// ('./src/events') is looked up from the file's folder and then from each
// folder above it, nearest first, since the working directory is unknown.

// maxDirUp bounds the folders tried above a file for a cwd-relative path.
const maxDirUp = 6

// DirFiles lists the run's JS/TS files directly inside dir (absolute), in
// path order.
func (p *Project) DirFiles(dir string) []string {
	if p == nil {
		return nil
	}
	list := append([]string(nil), p.dirs[filepath.Clean(dir)]...)
	sort.Strings(list)
	return list
}

// HasDir reports whether dir (absolute) directly holds files of the run.
func (p *Project) HasDir(dir string) bool {
	return p != nil && len(p.dirs[filepath.Clean(dir)]) > 0
}

// addDirEntry indexes a path under its folder, once.
func (p *Project) addDirEntry(path string) {
	if p.dirs == nil {
		p.dirs = map[string][]string{}
		p.inDirs = map[string]bool{}
	}
	if p.inDirs[path] {
		return
	}
	p.inDirs[path] = true
	d := filepath.Dir(path)
	p.dirs[d] = append(p.dirs[d], path)
}

// DirCandidates returns the directories a path expression may name, as
// seen from the file at abs: one for a path anchored at __dirname, else the
// file's folder and the folders above it. Rel is the path below the anchor.
func DirCandidates(abs, rel string, anchored bool) []string {
	if filepath.IsAbs(rel) {
		return []string{filepath.Clean(rel)}
	}
	base := filepath.Dir(abs)
	if anchored {
		return []string{filepath.Join(base, rel)}
	}
	var out []string
	for i := 0; i <= maxDirUp; i++ {
		out = append(out, filepath.Join(base, rel))
		up := filepath.Dir(base)
		if up == base {
			break
		}
		base = up
	}
	return out
}

// listing is what a directory-listing expression enumerates: the folder,
// and the predicates of the .filter(...) calls applied to it.
type listing struct {
	dir   string
	preds []*Node // filter callbacks, each called with a file name
}

// listingOf returns the listing an expression enumerates: fs.readdirSync(d),
// await readdir(d), a name bound to one, the files parameter of a
// readdir(d, cb) callback (with its files = files.filter(...)), or a
// .filter/.sort of one.
func (f *File) listingOf(n *Node, depth int) (listing, bool) {
	n = unparen(n)
	if n == nil || depth > 6 || f.proj == nil {
		return listing{}, false
	}
	if g := f.at(n); g != f {
		return g.listingOf(n, depth)
	}
	switch n.Kind {
	case "await_expression":
		return f.listingOf(n.FirstNamed(), depth+1)
	case "call_expression":
		name, recv := f.calledName(n)
		switch name {
		case "readdirSync", "readdir":
			if args := Args(n); len(args) > 0 {
				d, ok := f.dirOf(args[0])
				return listing{dir: d}, ok
			}
		case "filter", "sort", "slice", "reverse", "concat":
			if recv == nil {
				break
			}
			l, ok := f.listingOf(recv, depth+1)
			if ok && name == "filter" {
				if args := Args(n); len(args) > 0 {
					l.preds = append(append([]*Node(nil), l.preds...), args[0])
				}
			}
			return l, ok
		}
	case "identifier":
		b := f.Resolve(n)
		if b == nil {
			return listing{}, false
		}
		if b.Kind == "param" {
			// readdir(dir, (err, files) => ...): files is the listing.
			fn := b.Scope.Node
			if fn == nil || fn.Parent == nil || fn.Parent.Kind != "arguments" {
				return listing{}, false
			}
			call := fn.Parent.Parent
			ps := Params(fn)
			if name, _ := f.calledName(call); name != "readdir" || len(ps) < 2 || ParamName(ps[1]) != b.Decl {
				return listing{}, false
			}
			args := Args(call)
			if len(args) < 2 {
				return listing{}, false
			}
			d, ok := f.dirOf(args[0])
			l := listing{dir: d}
			for _, a := range b.Assigns {
				// files = files.filter((f) => f.endsWith('.js')), when it
				// runs before this use of files.
				if !assignedBefore(a, n) {
					continue
				}
				if a = unparen(a); a != nil && a.Kind == "call_expression" {
					if name, recv := f.calledName(a); name == "filter" && recv != nil && f.Resolve(unparen(recv)) == b {
						if args := Args(a); len(args) > 0 {
							l.preds = append(l.preds, args[0])
						}
					}
				}
			}
			return l, ok
		}
		if b.Init != nil && b.Destructured == "" {
			return f.listingOf(b.Init, depth+1)
		}
	}
	return listing{}, false
}

// keeps reports whether the filter predicates of l may keep file name: a
// predicate it cannot evaluate keeps it.
func (f *File) keeps(l listing, name string) bool {
	for _, pred := range l.preds {
		fn := f.FuncOf(pred)
		if fn == nil {
			continue
		}
		ps := Params(fn)
		if len(ps) == 0 {
			continue
		}
		g := f.at(fn)
		param := g.Resolve(ParamName(ps[0]))
		if v := g.evalName(returnedExpr(fn), param, name, 0); v.kind == boolVal && !v.b {
			return false
		}
	}
	return true
}

// returnedExpr is the value a function returns: its expression body, or
// the argument of a body that is a single return statement.
func returnedExpr(fn *Node) *Node {
	body := fn.Child("body")
	if body == nil || body.Kind != "statement_block" {
		return body
	}
	st := body.NamedChildren()
	if len(st) == 1 && st[0].Kind == "return_statement" {
		return st[0].FirstNamed()
	}
	return nil
}

// guardsKeep reports whether the if-statements around n inside the loop
// body (or callback) that walks elem may let file name reach n:
//
//	if (file === 'index.js') return;       if (!file.endsWith('.js')) continue;
//	if (file.endsWith('.js')) { require(...) }
//
// A condition it cannot evaluate lets every file through.
func (f *File) guardsKeep(n *Node, elem *Binding, name string) bool {
	scope := elem.Scope.Node // the forEach callback, or the loop's function
	loop := elem.Decl.Parent
	if loop == nil || loop.Kind != "for_in_statement" {
		loop = nil
	}
	for m, child := n.Parent, n; m != nil; m, child = m.Parent, m {
		if m == scope || m == loop {
			break
		}
		if m.Kind == "if_statement" && child.Field != "condition" {
			if v := f.evalName(m.Child("condition"), elem, name, 0); v.kind == boolVal && v.b != (child.Field == "consequence") {
				return false
			}
		}
		if m.Kind != "statement_block" {
			continue
		}
		for _, st := range m.NamedChildren() {
			if st.Start >= child.Start {
				break
			}
			if st.Kind != "if_statement" || st.Child("alternative") != nil || !leavesLoop(st.Child("consequence")) {
				continue
			}
			if v := f.evalName(st.Child("condition"), elem, name, 0); v.kind == boolVal && v.b {
				return false
			}
		}
	}
	return true
}

// leavesLoop reports a statement that is, or is a block holding only, a
// return or continue.
func leavesLoop(st *Node) bool {
	if st == nil {
		return false
	}
	if st.Kind == "statement_block" {
		kids := st.NamedChildren()
		if len(kids) != 1 {
			return false
		}
		st = kids[0]
	}
	return st.Kind == "return_statement" || st.Kind == "continue_statement"
}

// dirOf resolves a directory path expression to a folder that holds files
// of the run.
func (f *File) dirOf(n *Node) (string, bool) {
	rel, anchored, ok := f.pathExpr(n, 0)
	if !ok {
		return "", false
	}
	for _, d := range DirCandidates(f.abs, rel, anchored) {
		if f.proj.HasDir(d) {
			return d, true
		}
	}
	return "", false
}

// pathExpr evaluates a path expression: a string, a const bound to one,
// path.join/resolve(...) of such parts, a template or concatenation of
// them, or new URL(rel, import.meta.url). A leading __dirname (or
// import.meta.url) anchors the path at the file's folder; a leading process.cwd()
// or other unknown base leaves it relative to an unknown folder.
func (f *File) pathExpr(n *Node, depth int) (rel string, anchored, ok bool) {
	n = unparen(n)
	if n == nil || depth > 6 {
		return "", false, false
	}
	if s, ok := f.StringValue(n); ok {
		return s, false, true
	}
	switch n.Kind {
	case "identifier":
		if f.Tree.Text(n) == "__dirname" && f.Resolve(n) == nil {
			return "", true, true
		}
		if b := f.Resolve(n); b != nil && b.Init != nil && b.Destructured == "" && len(b.Assigns) == 0 {
			return f.pathExpr(b.Init, depth+1)
		}
	case "new_expression":
		// new URL('./handlers/', import.meta.url): relative to the module.
		args := Args(n)
		if f.Tree.Text(n.Child("constructor")) != "URL" || len(args) != 2 || f.Tree.Text(args[1]) != "import.meta.url" {
			return "", false, false
		}
		rel, ok := f.StringValue(args[0])
		return rel, true, ok
	case "call_expression":
		name, _ := f.calledName(n)
		if name == "fileURLToPath" {
			if args := Args(n); len(args) == 1 {
				return f.pathExpr(args[0], depth+1)
			}
			return "", false, false
		}
		if name != "join" && name != "resolve" {
			return "", false, false
		}
		var parts []string
		for i, a := range Args(n) {
			r, anch, ok := f.pathExpr(a, depth+1)
			if !ok {
				if i > 0 {
					return "", false, false
				}
				continue // an unknown base: process.cwd(), __basedir
			}
			if i == 0 {
				anchored = anch
			}
			parts = append(parts, r)
		}
		return filepath.Join(parts...), anchored, true
	case "binary_expression":
		// __dirname + '/events'
		if op := n.Child("operator"); op == nil || f.Tree.Text(op) != "+" {
			return "", false, false
		}
		l, anch, ok := f.pathExpr(n.Child("left"), depth+1)
		if !ok {
			l, anch = "", false // process.cwd() + '/events': an unknown base
		}
		r, _, ok := f.pathExpr(n.Child("right"), depth+1)
		if !ok {
			return "", false, false
		}
		if l == "" {
			return strings.TrimPrefix(r, "/"), anch, true
		}
		return l + r, anch, true
	case "template_string":
		var sb strings.Builder
		unknownBase := false
		for i, c := range n.NamedChildren() {
			switch c.Kind {
			case "string_fragment":
				sb.WriteString(f.Tree.Text(c))
			case "template_substitution":
				r, anch, ok := f.pathExpr(c.FirstNamed(), depth+1)
				if !ok {
					if i > 0 {
						return "", false, false
					}
					unknownBase = true
					continue
				}
				if i == 0 {
					anchored = anch
				}
				sb.WriteString(r)
			default:
				return "", false, false
			}
		}
		out := sb.String()
		if anchored || unknownBase {
			out = strings.TrimPrefix(out, "/") // `${__dirname}/events`
		}
		return out, anchored, true
	}
	return "", false, false
}

// listingElem returns the listing binding b walks: the parameter of
// files.forEach(f => ...) (also map, filter, some, every) or the variable of
// for (const f of files).
func (f *File) listingElem(b *Binding) (listing, bool) {
	if b == nil || b.Decl == nil {
		return listing{}, false
	}
	if g := f.at(b.Decl); g != f {
		return g.listingElem(b)
	}
	if b.Kind == "param" {
		fn := b.Scope.Node
		if fn == nil || fn.Parent == nil || fn.Parent.Kind != "arguments" {
			return listing{}, false
		}
		ps := Params(fn)
		if len(ps) == 0 || ParamName(ps[0]) != b.Decl {
			return listing{}, false
		}
		name, recv := Callee(f.Tree, fn.Parent.Parent)
		switch name {
		case "forEach", "map", "filter", "some", "every", "flatMap":
			return f.listingOf(recv, 0)
		}
		return listing{}, false
	}
	loop := b.Decl.Parent
	if loop != nil && loop.Kind == "for_in_statement" && loop.Child("left") == b.Decl && loop.HasToken("of") {
		return f.listingOf(loop.Child("right"), 0)
	}
	return listing{}, false
}

// elemOf finds the listing element an expression is computed from, through
// local names: join(dir, f), `./events/${file}`, const full = join(dir, f).
func (f *File) elemOf(n *Node, depth int) (*Binding, listing) {
	if n == nil || depth > 3 {
		return nil, listing{}
	}
	var elem *Binding
	var l listing
	walkNoFuncs(n, func(m *Node) {
		if elem != nil || m.Kind != "identifier" {
			return
		}
		b := f.Resolve(m)
		if b == nil {
			return
		}
		if li, ok := f.listingElem(b); ok {
			elem, l = b, li
			return
		}
		if b.Init != nil && b.Destructured == "" && b.Kind == "const" {
			elem, l = f.elemOf(b.Init, depth+1)
		}
	})
	return elem, l
}

// walkNoFuncs visits n and its descendants, not entering nested functions.
func walkNoFuncs(n *Node, visit func(*Node)) {
	visit(n)
	for _, c := range n.NamedChildren() {
		if IsFunction(c) {
			continue
		}
		walkNoFuncs(c, visit)
	}
}

// dynamicModule reports a module loaded by computed path from a directory
// listing: require(join(dir, f)), await import(`./x/${f}`), or a name bound
// to one. It returns the element binding and the project files the listing
// can yield, after its filters and the guards around the load. Answers are
// kept per node: the model asks about the same load many times.
func (f *File) dynamicModule(n *Node, depth int) (*Binding, []*File) {
	n = unparen(n)
	if n == nil || depth > 4 || f.proj == nil {
		return nil, nil
	}
	if g := f.at(n); g != f {
		return g.dynamicModule(n, depth)
	}
	if !f.dynLoads {
		return nil, nil
	}
	if r, ok := f.dynMemo[n]; ok {
		return r.elem, r.mods
	}
	var elem *Binding
	var mods []*File
	switch n.Kind {
	case "await_expression":
		elem, mods = f.dynamicModule(n.FirstNamed(), depth+1)
	case "identifier":
		b := f.Resolve(n)
		if b != nil && b.Init != nil && b.Destructured == "" && (b.Kind == "const" || len(b.Assigns) == 0) {
			elem, mods = f.dynamicModule(b.Init, depth+1)
		}
	case "call_expression":
		fn := n.Child("function")
		if fn == nil || (fn.Kind != "import" && (fn.Kind != "identifier" || f.Tree.Text(fn) != "require")) {
			break
		}
		args := Args(n)
		if len(args) == 0 || stringLit(f.Tree, args[0]) != "" {
			break
		}
		e, l := f.elemOf(args[0], 0)
		if e == nil {
			break
		}
		elem = e
		for _, path := range f.proj.DirFiles(l.dir) {
			g := f.proj.byPath[path]
			if g == nil || g == f || strings.HasSuffix(path, ".d.ts") {
				continue
			}
			// A TypeScript source may be listed as itself (ts-node) or
			// as its compiled .js (node dist/): the first name the
			// filters and guards keep is the one it is loaded under.
			for _, name := range listedNames(path) {
				if f.keeps(l, name) && f.guardsKeep(n, e, name) {
					mods = append(mods, g)
					if f.listedAs == nil {
						f.listedAs = map[*File]string{}
					}
					f.listedAs[g] = name
					break
				}
			}
		}
	}
	if f.dynMemo == nil {
		f.dynMemo = map[*Node]dynLoad{}
	}
	f.dynMemo[n] = dynLoad{elem, mods}
	return elem, mods
}

// listedNames are the names a project file can have in a listing of its
// folder: its own, and for TypeScript first the compiled one.
func listedNames(p string) []string {
	base := filepath.Base(p)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	switch ext {
	case ".ts", ".tsx":
		return []string{stem + ".js", base}
	case ".mts":
		return []string{stem + ".mjs", base}
	case ".cts":
		return []string{stem + ".cjs", base}
	}
	return []string{base}
}

// dynLoad is a memoised dynamicModule answer.
type dynLoad struct {
	elem *Binding
	mods []*File
}

// dynamicFuncs resolves an expression that stands for the default export of
// every module of a directory listing (the module itself, .bind(...) of it,
// or one of its members) to those functions, with the element binding.
func (f *File) dynamicFuncs(n *Node) (*Binding, []*Node) {
	n = unparen(n)
	if n == nil || !f.dynLoads {
		return nil, nil
	}
	if r, ok := f.dynFuncMemo[n]; ok {
		return r.elem, r.fns
	}
	elem, fns := f.dynamicFuncsOf(n)
	if f.dynFuncMemo == nil {
		f.dynFuncMemo = map[*Node]dynFuncs{}
	}
	f.dynFuncMemo[n] = dynFuncs{elem, fns}
	return elem, fns
}

// dynFuncs is a memoised dynamicFuncs answer.
type dynFuncs struct {
	elem *Binding
	fns  []*Node
}

func (f *File) dynamicFuncsOf(n *Node) (*Binding, []*Node) {
	member := ""
	// const handler = require(join(dir, f)).default; handler(socket)
	if n.Kind == "identifier" {
		if b := f.Resolve(n); b != nil && b.Init != nil && b.Destructured == "" && (b.Kind == "const" || len(b.Assigns) == 0) {
			if v := unparen(b.Init); v != nil && (v.Kind == "member_expression" || v.Kind == "call_expression") {
				n = v
			}
		}
	}
	if n.Kind == "call_expression" {
		if name, recv := Callee(f.Tree, n); name == "bind" && recv != nil {
			n = unparen(recv)
		}
	}
	if n != nil && n.Kind == "member_expression" {
		member = f.Tree.Text(n.Child("property"))
		if member == "default" {
			member = ""
		}
		n = n.Child("object")
	}
	elem, mods := f.dynamicModule(n, 0)
	var out []*Node
	for _, g := range mods {
		h, v := g.exported(member, 0)
		if v == nil && member == "" {
			h, v = g.exported("default", 0)
		}
		if v == nil {
			continue
		}
		if fn := h.funcOf(v, 0); fn != nil {
			out = append(out, fn)
		}
	}
	return elem, out
}

// CallsListed reports a call into the modules of a directory listing:
// event.execute(io, socket), require(join(dir, f))(socket).
func (f *File) CallsListed(call *Node) bool {
	if g := f.at(call); g != f {
		return g.CallsListed(call)
	}
	if call.Kind != "call_expression" || !f.dynLoads {
		return false
	}
	_, fns := f.dynamicFuncs(call.Child("function"))
	return len(fns) > 0
}

// FuncsOf is FuncOf for an expression that may stand for several
// functions: a handler loaded from each file of a directory.
func (f *File) FuncsOf(n *Node) []*Node {
	if _, fns := f.at(n).dynamicFuncs(n); len(fns) > 0 {
		return fns
	}
	if fn := f.FuncOf(n); fn != nil {
		return []*Node{fn}
	}
	return nil
}

// CalledFuncs is CalledFunc for a call that may invoke several functions:
// require(join(dir, f))(io, socket) over a directory listing.
func (f *File) CalledFuncs(call *Node) []*Node {
	if g := f.at(call); g != f {
		return g.CalledFuncs(call)
	}
	if call.Kind == "call_expression" {
		if _, fns := f.dynamicFuncs(call.Child("function")); len(fns) > 0 {
			return fns
		}
	}
	if fn := f.CalledFunc(call); fn != nil {
		return []*Node{fn}
	}
	return nil
}

// dynamicEventName is the event a listener registered for module file g of
// a directory listing gets: the event expression evaluated with the file's
// name (f, f.substring(0, f.indexOf('.')), path.basename(f, '.js'),
// f.split('.')[0]...), or a string the module exports (handler.name). ""
// when it cannot be told.
func (f *File) dynamicEventName(ev *Node, elem *Binding, g *File) string {
	ev = unparen(ev)
	if ev == nil {
		return ""
	}
	name := filepath.Base(g.abs)
	if n, ok := f.listedAs[g]; ok {
		name = n // the name the listing loaded it under
	}
	if v := f.evalName(ev, elem, name, 0); v.kind == stringVal {
		return v.s
	}
	if ev.Kind == "member_expression" {
		// handler.name, handler.event: a string the module exports.
		if b, _ := f.dynamicModule(ev.Child("object"), 0); b == elem && b != nil {
			prop := f.Tree.Text(ev.Child("property"))
			if h, v := g.exported(prop, 0); v != nil {
				if s, ok := h.StringValue(v); ok {
					return s
				}
			}
			if h, v := g.exported("", 0); v != nil {
				if lit := h.objectOf(v, 0); lit != nil {
					if s, ok := h.propertyValue(lit, []string{prop}, 0); ok {
						return s
					}
				}
			}
		}
	}
	return "" // 'chat:' + prefix(), a name only the module knows at run time
}

// calledName is the name a call invokes: name in recv.name(...) with its
// receiver, or name in a plain name(...) call with a nil receiver.
func (f *File) calledName(call *Node) (string, *Node) {
	if call == nil || call.Kind != "call_expression" {
		return "", nil
	}
	if name, recv := Callee(f.Tree, call); recv != nil {
		return name, recv
	}
	return CalleeName(f.Tree, call), nil
}

// wrappedListeners resolves a listener that wraps a call into a module of
// a directory listing, registered under a name the module exports:
//
//	socket.on(event.name, (...args) => event.execute(io, socket, ...args))
//
// as one listener per module, named by the module, whose function is the
// module's. Nil when the wrapper calls no such module or no module's name
// can be told.
func (f *File) wrappedListeners(evArg, wrapper *Node) []listener {
	if !f.dynLoads {
		return nil
	}
	var elem *Binding
	var fns []*Node
	walkNoFuncs(wrapper.Child("body"), func(m *Node) {
		if fns != nil || m.Kind != "call_expression" {
			return
		}
		if callee := unparen(m.Child("function")); callee != nil && callee.Kind == "member_expression" {
			elem, fns = f.dynamicFuncs(callee)
		}
	})
	if len(fns) == 0 {
		return nil
	}
	var out []listener
	named := false
	for _, fn := range fns {
		// A module whose name cannot be told (name: process.env.X) is
		// still one of the listeners, under an unknown event.
		ev := f.dynamicEventName(evArg, elem, f.at(fn))
		named = named || ev != ""
		out = append(out, listener{ev: ev, fn: fn, key: fn, listed: true, via: wrapper})
	}
	if !named {
		return nil // not named by the modules: one listener, the wrapper
	}
	return out
}

// assignedBefore reports whether the assignment whose right-hand side is
// rhs certainly runs before use: it comes first, in a block that holds use
// (not inside an if or loop of its own).
func assignedBefore(rhs, use *Node) bool {
	a := rhs.Parent
	if a == nil || a.Kind != "assignment_expression" || a.End > use.Start || a.Tree() != use.Tree() {
		return false // after the use, or the use is inside it: x = f(x)
	}
	st := a.Parent
	if st == nil || st.Kind != "expression_statement" || st.Parent == nil {
		return false
	}
	return st.Parent.Contains(use)
}
