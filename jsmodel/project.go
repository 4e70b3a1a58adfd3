package jsmodel

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/disconnectlint/disconnectlint/jsparse"
)

// Project is the set of files analysed together: imports between them are
// resolved, so a socket scope can reach a handler module, a constant or a
// registry defined in another file.
type Project struct {
	Files  []*File
	byPath map[string]*File // absolute, cleaned path
	byTree map[*jsparse.Tree]*File

	calls   []*Node           // every call of every file
	callsTo map[*Node][]*Node // callee function -> calls of it, project-wide
	boundTo map[*Node][]*Node // function -> fn.bind(...) calls of it
	ts      map[string]*tsPaths
	tsMu    sync.Mutex
	known   map[string]bool     // every source path of the run, for resolving imports
	dirs    map[string][]string // folder -> the run's files directly in it
	adapter int                 // ClusterAdapter's answer: 0 not yet asked, 1 yes, 2 no
	inDirs  map[string]bool
}

// Known records the absolute paths of every source file of the run, so
// that imports resolve to files that are not (yet) in the project.
func (p *Project) Known(paths []string) {
	if p.known == nil {
		p.known = map[string]bool{}
	}
	for _, x := range paths {
		p.known[filepath.Clean(x)] = true
		p.addDirEntry(filepath.Clean(x))
	}
}

func (p *Project) has(path string) bool { return p.byPath[path] != nil || p.known[path] }

// NewProject returns an empty project.
func NewProject() *Project {
	return &Project{byPath: map[string]*File{}, byTree: map[*jsparse.Tree]*File{}, ts: map[string]*tsPaths{}}
}

// Add puts a file built with BuildFile into the project. Abs is its absolute
// path, used to resolve imports.
func (p *Project) Add(f *File, abs string) {
	f.proj = p
	f.abs = filepath.Clean(abs)
	p.Files = append(p.Files, f)
	p.byPath[f.abs] = f
	p.byTree[f.Tree] = f
	p.addDirEntry(f.abs)
}

// Link finds the socket scopes of every file, now that imports resolve.
func (p *Project) Link() {
	sort.Slice(p.Files, func(i, j int) bool { return p.Files[i].abs < p.Files[j].abs })
	p.callsTo = map[*Node][]*Node{}
	p.boundTo = map[*Node][]*Node{}
	for _, f := range p.Files {
		p.calls = append(p.calls, f.Calls...)
	}
	for _, f := range p.Files {
		for _, c := range f.Calls {
			for _, callee := range f.CalledFuncs(c) {
				p.callsTo[callee] = append(p.callsTo[callee], c)
			}
			// fn.bind(x, a, b): a call of fn with a, b first.
			if name, recv := Callee(f.Tree, c); name == "bind" && recv != nil {
				for _, fn := range f.FuncsOf(recv) {
					p.boundTo[fn] = append(p.boundTo[fn], c)
				}
			}
		}
		for _, n := range f.news {
			if ctor := f.constructorOf(n); ctor != nil {
				p.callsTo[ctor] = append(p.callsTo[ctor], n)
			}
		}
	}
	for _, f := range p.Files {
		f.Sockets = nil
		f.findSocketScopes()
	}
}

// FileOf returns the file a node belongs to.
func (p *Project) FileOf(n *Node) *File {
	if n == nil {
		return nil
	}
	return p.byTree[n.Tree()]
}

// at returns the file that owns n: f itself, or another file of f's project.
func (f *File) at(n *Node) *File {
	if n == nil || f.proj == nil || n.Tree() == f.Tree {
		return f
	}
	if g := f.proj.byTree[n.Tree()]; g != nil {
		return g
	}
	return f
}

// Owner is at for the rules: the file whose positions a node reports.
func (f *File) Owner(n *Node) *File { return f.at(n) }

// relativeSpec reports module specifiers that name project files rather
// than packages: ./x, ../x, /x, and tsconfig path aliases.
func (f *File) projectModule(spec string) bool {
	if spec == "" || f.proj == nil {
		return false
	}
	return strings.HasPrefix(spec, ".") || strings.HasPrefix(spec, "/") || f.proj.aliased(f.abs, spec)
}

var resolveExts = []string{".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts"}

// resolve maps an import specifier of file from to a project file.
func (p *Project) resolve(from, spec string) *File {
	if path, ok := p.ResolvePath(from, spec); ok {
		return p.byPath[path]
	}
	return nil
}

// ResolvePath maps an import specifier of file from (absolute) to the
// absolute path of a known source file.
func (p *Project) ResolvePath(from, spec string) (string, bool) {
	var bases []string
	switch {
	case strings.HasPrefix(spec, "."):
		bases = []string{filepath.Join(filepath.Dir(from), spec)}
	case strings.HasPrefix(spec, "/"):
		bases = []string{spec}
	default:
		bases = p.aliasTargets(from, spec)
	}
	for _, base := range bases {
		if path := p.resolveBase(filepath.Clean(base), 0); path != "" {
			return path, true
		}
	}
	return "", false
}

func (p *Project) resolveBase(base string, depth int) string {
	if depth > 3 {
		return ""
	}
	if p.has(base) {
		return base
	}
	// TypeScript's ESM style: import './x.js' for x.ts.
	ext := filepath.Ext(base)
	stem := base
	switch ext {
	case ".js", ".mjs", ".cjs", ".jsx":
		stem = strings.TrimSuffix(base, ext)
	}
	for _, e := range resolveExts {
		if p.has(stem + e) {
			return stem + e
		}
	}
	for _, e := range resolveExts {
		if x := filepath.Join(base, "index"+e); p.has(x) {
			return x
		}
	}
	if data, err := os.ReadFile(filepath.Join(base, "package.json")); err == nil {
		var pkg struct {
			Main string `json:"main"`
		}
		if json.Unmarshal(data, &pkg) == nil && pkg.Main != "" {
			return p.resolveBase(filepath.Clean(filepath.Join(base, pkg.Main)), depth+1)
		}
	}
	return ""
}

// tsPaths is the compilerOptions.paths of one tsconfig.json.
type tsPaths struct {
	dir   string // baseUrl, absolute
	rules []tsPathRule
}

type tsPathRule struct {
	prefix, suffix string // around the single *
	wild           bool
	targets        []string
}

// tsconfigFor finds the tsconfig.json nearest above a file and reads its
// paths, caching per directory.
func (p *Project) tsconfigFor(file string) *tsPaths {
	p.tsMu.Lock()
	defer p.tsMu.Unlock()
	var visited []string
	found := func(t *tsPaths) *tsPaths {
		for _, d := range visited {
			p.ts[d] = t // every directory on the way up shares the answer
		}
		return t
	}
	for dir := filepath.Dir(file); ; dir = filepath.Dir(dir) {
		if t, ok := p.ts[dir]; ok {
			return found(t)
		}
		visited = append(visited, dir)
		if data, err := os.ReadFile(filepath.Join(dir, "tsconfig.json")); err == nil {
			return found(parseTSPaths(dir, data))
		}
		if _, err := os.Stat(filepath.Join(dir, "package.json")); err == nil || filepath.Dir(dir) == dir {
			return found(nil)
		}
	}
}

var exportStar = regexp.MustCompile(`^export\s*\*\s*from`)

var trailingCommas = regexp.MustCompile(`,(\s*[}\]])`)

// stripJSONComments removes // and /* */ comments outside strings, as
// tsconfig.json allows them.
func stripJSONComments(data []byte) []byte {
	out := make([]byte, 0, len(data))
	inStr := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if inStr {
			out = append(out, c)
			if c == '\\' && i+1 < len(data) {
				i++
				out = append(out, data[i])
			} else if c == '"' {
				inStr = false
			}
			continue
		}
		if c == '"' {
			inStr = true
			out = append(out, c)
			continue
		}
		if c == '/' && i+1 < len(data) && data[i+1] == '/' {
			for i < len(data) && data[i] != '\n' {
				i++
			}
			out = append(out, '\n')
			continue
		}
		if c == '/' && i+1 < len(data) && data[i+1] == '*' {
			i += 2
			for i+1 < len(data) && !(data[i] == '*' && data[i+1] == '/') {
				i++
			}
			i++
			continue
		}
		out = append(out, c)
	}
	return out
}

func parseTSPaths(dir string, data []byte) *tsPaths {
	clean := trailingCommas.ReplaceAll(stripJSONComments(data), []byte("$1"))
	var cfg struct {
		CompilerOptions struct {
			BaseURL string              `json:"baseUrl"`
			Paths   map[string][]string `json:"paths"`
		} `json:"compilerOptions"`
	}
	if json.Unmarshal(clean, &cfg) != nil || len(cfg.CompilerOptions.Paths) == 0 {
		return nil
	}
	t := &tsPaths{dir: filepath.Join(dir, cfg.CompilerOptions.BaseURL)}
	for pat, targets := range cfg.CompilerOptions.Paths {
		r := tsPathRule{targets: targets}
		if i := strings.Index(pat, "*"); i >= 0 {
			r.prefix, r.suffix, r.wild = pat[:i], pat[i+1:], true
		} else {
			r.prefix = pat
		}
		t.rules = append(t.rules, r)
	}
	sort.Slice(t.rules, func(i, j int) bool { return len(t.rules[i].prefix) > len(t.rules[j].prefix) })
	return t
}

func (p *Project) aliased(from, spec string) bool { return len(p.aliasTargets(from, spec)) > 0 }

func (p *Project) aliasTargets(from, spec string) []string {
	t := p.tsconfigFor(from)
	if t == nil {
		return nil
	}
	var out []string
	for _, r := range t.rules {
		var star string
		switch {
		case !r.wild && spec == r.prefix:
		case r.wild && strings.HasPrefix(spec, r.prefix) && strings.HasSuffix(spec, r.suffix) && len(spec) >= len(r.prefix)+len(r.suffix):
			star = spec[len(r.prefix) : len(spec)-len(r.suffix)]
		default:
			continue
		}
		for _, tg := range r.targets {
			out = append(out, filepath.Join(t.dir, strings.Replace(tg, "*", star, 1)))
		}
	}
	return out
}

// exports is what a file makes available to importers.
type exports struct {
	def       *Node            // export default / module.exports = X
	named     map[string]*Node // export const a / exports.a = X / module.exports = { a }
	reexports []string         // export * from './y'
	from      map[string]reexp // export { a as b } from './y'
}

type reexp struct{ spec, name string }

func (f *File) exportsOf() *exports {
	if f.exp != nil {
		return f.exp
	}
	e := &exports{named: map[string]*Node{}, from: map[string]reexp{}}
	f.exp = e
	t := f.Tree
	for _, st := range t.Root.NamedChildren() {
		switch st.Kind {
		case "export_statement":
			src := st.Child("source")
			if d := st.Child("declaration"); d != nil {
				switch d.Kind {
				case "function_declaration", "generator_function_declaration", "class_declaration", "abstract_class_declaration":
					if name := d.Child("name"); name != nil {
						e.named[t.Text(name)] = d
						if st.HasToken("default") {
							e.def = d
						}
					}
				case "lexical_declaration", "variable_declaration":
					for _, dc := range d.NamedChildren() {
						if dc.Kind == "variable_declarator" && dc.Child("name") != nil && dc.Child("name").Kind == "identifier" {
							e.named[t.Text(dc.Child("name"))] = dc.Child("name")
						}
					}
				}
				continue
			}
			if v := st.Child("value"); v != nil && st.HasToken("default") {
				e.def = v
				continue
			}
			for _, c := range st.NamedChildren() {
				switch c.Kind {
				case "export_clause":
					for _, sp := range c.NamedChildren() {
						if sp.Kind != "export_specifier" {
							continue
						}
						name, alias := sp.Child("name"), sp.Child("alias")
						out := name
						if alias != nil {
							out = alias
						}
						if src != nil {
							e.from[t.Text(out)] = reexp{spec: stringLit(t, src), name: t.Text(name)}
						} else {
							e.named[t.Text(out)] = name
						}
					}
				case "namespace_export":
				}
			}
			// export * from './y' (the * token is not kept in the tree).
			if src != nil && exportStar.MatchString(t.Text(st)) {
				e.reexports = append(e.reexports, stringLit(t, src))
			}
		case "expression_statement":
			a := st.FirstNamed()
			if a == nil || a.Kind != "assignment_expression" {
				continue
			}
			left, right := unparen(a.Child("left")), a.Child("right")
			lt := strings.Join(strings.Fields(t.Text(left)), "")
			switch {
			case lt == "module.exports":
				e.def = right
				if obj := unparen(right); obj != nil && obj.Kind == "object" {
					for _, c := range obj.NamedChildren() {
						switch c.Kind {
						case "pair":
							e.named[strings.Trim(t.Text(c.Child("key")), `"'`)] = c.Child("value")
						case "shorthand_property_identifier":
							e.named[t.Text(c)] = c
						case "method_definition":
							e.named[t.Text(c.Child("name"))] = c
						}
					}
				}
			case strings.HasPrefix(lt, "module.exports."), strings.HasPrefix(lt, "exports."):
				name := lt[strings.LastIndex(lt, ".")+1:]
				e.named[name] = right
			}
		}
	}
	return e
}

// exported returns the file and node an importer gets for name ("" for the
// default export), following re-exports.
func (f *File) exported(name string, depth int) (*File, *Node) {
	if f == nil || depth > 6 {
		return nil, nil
	}
	e := f.exportsOf()
	if name == "" || (name == "default" && e.named["default"] == nil) {
		if e.def != nil {
			return f, e.def
		}
		return nil, nil
	}
	if n := e.named[name]; n != nil {
		return f, n
	}
	if r, ok := e.from[name]; ok {
		if g := f.proj.resolve(f.abs, r.spec); g != nil {
			return g.exported(r.name, depth+1)
		}
	}
	for _, spec := range e.reexports {
		if g := f.proj.resolve(f.abs, spec); g != nil {
			if h, n := g.exported(name, depth+1); n != nil {
				return h, n
			}
		}
	}
	// A CommonJS module.exports = {...} seen through a default import.
	if e.def != nil {
		if obj := unparen(e.def); obj != nil && obj.Kind == "object" {
			if v := pairValue(f.Tree, obj, name); v != nil {
				return f, v
			}
		}
	}
	return nil, nil
}

// importTarget resolves an import or require binding of a project file to
// the file and node it denotes.
func (f *File) importTarget(b *Binding) (*File, *Node) {
	if b == nil || b.Module == "" || !f.projectModule(b.Module) {
		return nil, nil
	}
	g := f.proj.resolve(f.abs, b.Module)
	if g == nil {
		return nil, nil
	}
	member := b.Member
	if b.Destructured != "" {
		parts := strings.Split(b.Destructured, ".")
		member = parts[len(parts)-1]
	}
	if member == "" && b.Kind == "import" && b.namespace {
		return g, nil // import * as ns: members are looked up one by one
	}
	return g.exported(member, 0)
}

// ImportValue returns the node an import binding of a project file denotes
// (the exported value), or nil.
func (f *File) ImportValue(b *Binding) *Node {
	if b == nil {
		return nil
	}
	_, v := f.at(b.Decl).importTarget(b)
	return v
}

// EnclosingClass returns the class declaration or expression containing n.
func EnclosingClass(n *Node) *Node {
	for m := n.Parent; m != nil; m = m.Parent {
		if m.Kind == "class_body" {
			return m.Parent
		}
	}
	return nil
}

// Singleton reports whether a class lives as long as the server: it is
// instantiated at module level somewhere in the project (export const
// presence = new Presence()), or is a NestJS provider or gateway
// (@Injectable, @WebSocketGateway), which Nest creates once.
func (f *File) Singleton(class *Node) bool {
	if class == nil {
		return false
	}
	g := f.at(class)
	if hasDecorator(g, class, "Injectable") || hasDecorator(g, class, "WebSocketGateway") {
		return true
	}
	files := []*File{g}
	if f.proj != nil {
		files = f.proj.Files
	}
	for _, h := range files {
		for _, n := range h.news {
			if EnclosingFunc(n) == nil && h.classOf(n.Child("constructor"), 0) == class {
				return true
			}
		}
	}
	return false
}

// hasDecorator reports whether a class carries @name(...).
func hasDecorator(f *File, class *Node, name string) bool {
	check := func(n *Node) bool {
		if n.Kind != "decorator" {
			return false
		}
		t := f.Tree.Text(n)
		return strings.HasPrefix(t, "@"+name+"(") || t == "@"+name
	}
	for _, c := range class.Children {
		if check(c) {
			return true
		}
	}
	// export @Dec class / decorators before export
	if par := class.Parent; par != nil && par.Kind == "export_statement" {
		for _, c := range par.Children {
			if check(c) {
				return true
			}
		}
	}
	return false
}

// FieldInit returns what a class field is initialised with: the class
// field's value (users = new Map()) or the value of this.users = ... in the
// constructor; nil when it cannot be seen.
func (f *File) FieldInit(class *Node, name string) []*Node {
	g := f.at(class)
	var out []*Node
	body := class.Child("body")
	for _, c := range body.NamedChildren() {
		switch c.Kind {
		case "public_field_definition", "field_definition":
			if g.Tree.Text(c.Child("name")) == name || g.Tree.Text(c.Child("property")) == name {
				if v := c.Child("value"); v != nil {
					out = append(out, v)
				} else if t := c.Child("type"); t != nil {
					out = append(out, t)
				}
			}
		}
	}
	jsparse.Walk(body, func(n *Node) bool {
		if n.Kind == "assignment_expression" {
			l := unparen(n.Child("left"))
			if l != nil && l.Kind == "member_expression" && g.Tree.Text(l.Child("property")) == name {
				if o := unparen(l.Child("object")); o != nil && o.Kind == "this" && EnclosingClass(n) == class {
					out = append(out, n.Child("right"))
				}
			}
		}
		return true
	})
	return out
}

// ClusterAdapter reports whether the project (or the file, analysed alone)
// loads a Socket.IO adapter package other than the in-memory default:
// @socket.io/redis-adapter, socket.io-redis, @socket.io/cluster-adapter...
// With the in-memory adapter, fetchSockets() and friends answer locally and
// cannot reject; with a cluster adapter they ask the other nodes and can
// time out.
func (f *File) ClusterAdapter() bool {
	if f.proj == nil {
		return f.usesClusterAdapter()
	}
	p := f.proj
	if p.adapter == 0 {
		p.adapter = 2 // none, unless a file says otherwise
		for _, g := range p.Files {
			if g.usesClusterAdapter() {
				p.adapter = 1
				break
			}
		}
	}
	return p.adapter == 1
}

func (f *File) usesClusterAdapter() bool {
	for _, b := range f.program.Bindings {
		if isAdapterModule(b.Module) {
			return true
		}
	}
	for _, c := range f.Calls {
		if mod, _, ok := f.requireOf(c); ok && isAdapterModule(mod) {
			return true
		}
	}
	return false
}

func isAdapterModule(m string) bool {
	if m == "" || m == "socket.io-adapter" {
		return false // the base class of the in-memory adapter
	}
	return m == "socket.io-redis" || m == "socket.io-emitter" ||
		(strings.HasPrefix(m, "@socket.io/") && strings.HasSuffix(m, "-adapter")) ||
		(strings.HasPrefix(m, "socket.io-") && strings.Contains(m, "adapter"))
}
