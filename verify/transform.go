package verify

import (
	"fmt"
	"sort"
	"strings"

	"github.com/disconnectlint/disconnectlint/jsmodel"
	"github.com/disconnectlint/disconnectlint/jsparse"
)

type Node = jsparse.Node

// edit replaces src[start:end] with text. Blanking keeps every newline, and a
// replacement is padded with the newlines it covered, so every line of the
// output is the line of the input with the same number.
type edit struct {
	start, end int
	text       string
	blank      bool
}

type transformer struct {
	t       *jsparse.Tree
	edits   []edit
	exports []string // exports.x = y; statements appended at the end
	async   bool     // top-level await: the module wrapper is async
}

// toJS turns a TypeScript, JSX or ES module source into a CommonJS body with
// the same line numbers: type-only syntax is blanked, import/export become
// require/exports, JSX elements become null. It also inserts the sandbox
// hooks: __dl.roots(...) getters for the bindings that outlive a socket and
// __dl.obj(...) around the object literals they hold.
func toJS(t *jsparse.Tree, f *jsmodel.File) (body string, async bool) {
	tr := &transformer{t: t}
	tr.visit(t.Root)
	tr.hooks(f)
	return tr.apply(), tr.async
}

func (tr *transformer) blank(start, end int) {
	if start < end {
		tr.edits = append(tr.edits, edit{start: start, end: end, blank: true})
	}
}

func (tr *transformer) replace(start, end int, text string) {
	tr.edits = append(tr.edits, edit{start: start, end: end, text: text})
}

func (tr *transformer) insert(at int, text string) {
	tr.edits = append(tr.edits, edit{start: at, end: at, text: text})
}

func (tr *transformer) text(n *Node) string { return tr.t.Text(n) }

var typeOnly = map[string]bool{
	"interface_declaration": true, "type_alias_declaration": true, "ambient_declaration": true,
	"function_signature": true, "abstract_method_signature": true, "index_signature": true,
	"method_signature": true, "type_annotation": true, "type_arguments": true, "type_parameters": true,
	"implements_clause": true, "asserts_annotation": true, "type_predicate_annotation": true,
	"accessibility_modifier": true, "override_modifier": true, "decorator": true,
	"omitting_type_annotation": true, "opting_type_annotation": true, "adding_type_annotation": true,
	"hash_bang_line": true,
}

var tsModifiers = map[string]bool{"declare": true, "abstract": true, "readonly": true, "override": true}

func (tr *transformer) visit(n *Node) {
	if n == nil || n.Kind == "comment" {
		return
	}
	if typeOnly[n.Kind] {
		tr.blank(n.Start, n.End)
		return
	}
	if !n.Named && tsModifiers[n.Kind] && n.Parent != nil {
		switch n.Parent.Kind {
		case "public_field_definition", "method_definition", "required_parameter", "optional_parameter",
			"abstract_class_declaration", "class_declaration", "property_signature":
			tr.blank(n.Start, n.End)
			return
		}
	}
	switch n.Kind {
	case "await_expression", "for_in_statement":
		if n.Kind == "await_expression" || n.HasToken("await") {
			if jsmodel.EnclosingFunc(n) == nil {
				tr.async = true
			}
		}
	case "as_expression", "satisfies_expression":
		if e := n.FirstNamed(); e != nil {
			tr.visit(e)
			tr.blank(e.End, n.End)
			return
		}
	case "non_null_expression":
		for _, c := range n.Children {
			tr.visit(c)
		}
		tr.blank(n.End-1, n.End)
		return
	case "optional_parameter", "public_field_definition":
		if n.Kind == "public_field_definition" && n.HasToken("declare") {
			tr.blank(n.Start, n.End)
			return
		}
		// the ? and ! between the name and the type are dropped tokens
		for i, c := range n.Children {
			tr.visit(c)
			if (c.Field == "pattern" || c.Field == "name" || c.Field == "property") && i+1 < len(n.Children) {
				end := n.Children[i+1].Start
				for p := c.End; p < end; p++ {
					if b := tr.t.Src[p]; b == '?' || b == '!' {
						tr.blank(p, p+1)
					}
				}
			}
		}
		return
	case "variable_declarator":
		// let x!: T
		name, typ := n.Child("name"), n.Child("type")
		if name != nil && typ != nil {
			for p := name.End; p < typ.Start; p++ {
				if tr.t.Src[p] == '!' {
					tr.blank(p, p+1)
				}
			}
		}
	case "method_definition":
		if tr.text(n.Child("name")) == "constructor" {
			tr.paramProperties(n)
		}
	case "enum_declaration":
		tr.enum(n)
		return
	case "import_statement":
		tr.importStmt(n)
		return
	case "export_statement":
		tr.exportStmt(n)
		return
	case "meta_property":
		if strings.HasPrefix(tr.text(n), "import") {
			tr.replace(n.Start, n.End, "__dl.importMeta")
			return
		}
	case "member_expression":
		if o := n.Child("object"); o != nil && o.Kind == "import" {
			tr.replace(n.Start, n.End, "__dl.importMeta")
			return
		}
	case "import":
		if n.Parent != nil && n.Parent.Kind == "call_expression" {
			tr.replace(n.Start, n.End, "__dl.dynImport")
			return
		}
	case "object":
		// Empty object literals that start a registry (users = {},
		// this._peers = {}, scores: {}) are wrapped so that insertions
		// record where they happened.
		if len(n.NamedChildren()) == 0 && n.Parent != nil {
			switch {
			case n.Parent.Kind == "variable_declarator" && n.Field == "value",
				n.Parent.Kind == "assignment_expression" && n.Field == "right",
				n.Parent.Kind == "pair" && n.Field == "value",
				n.Parent.Kind == "public_field_definition" && n.Field == "value":
				tr.insert(n.Start, "__dl.obj(")
				tr.insert(n.End, ")")
			}
		}
	case "jsx_element", "jsx_self_closing_element", "jsx_fragment":
		tr.replace(n.Start, n.End, "null")
		return
	case "internal_module", "module":
		if n.Named {
			tr.blank(n.Start, n.End)
			return
		}
	}
	for _, c := range n.Children {
		tr.visit(c)
	}
}

// paramProperties turns constructor(private x: T) into an assignment at the
// top of the constructor body.
func (tr *transformer) paramProperties(m *Node) {
	params := m.Child("parameters")
	body := m.Child("body")
	if params == nil || body == nil {
		return
	}
	var assigns []string
	for _, p := range params.NamedChildren() {
		if p.Kind != "required_parameter" && p.Kind != "optional_parameter" {
			continue
		}
		prop := false
		for _, c := range p.Children {
			if c.Kind == "accessibility_modifier" || (!c.Named && c.Kind == "readonly") {
				prop = true
			}
		}
		if id := p.Child("pattern"); prop && id != nil && id.Kind == "identifier" {
			assigns = append(assigns, fmt.Sprintf("this.%s = %s;", tr.text(id), tr.text(id)))
		}
	}
	if len(assigns) == 0 {
		return
	}
	at := body.Start + 1
	for _, st := range body.NamedChildren() {
		if st.Kind == "expression_statement" {
			if c := st.FirstNamed(); c != nil && c.Kind == "call_expression" && c.Child("function") != nil && c.Child("function").Kind == "super" {
				at = st.End
			}
		}
	}
	tr.insert(at, " "+strings.Join(assigns, " "))
}

func (tr *transformer) enum(n *Node) {
	name := tr.text(n.Child("name"))
	body := n.Child("body")
	var parts []string
	next := 0
	numeric := true
	for _, m := range body.NamedChildren() {
		switch m.Kind {
		case "property_identifier", "string":
			key := tr.text(m)
			if numeric {
				parts = append(parts, fmt.Sprintf("%s: %d", key, next))
				next++
			}
		case "enum_assignment":
			key := tr.text(m.Child("name"))
			val := m.Child("value")
			vt := tr.text(val)
			parts = append(parts, fmt.Sprintf("%s: %s", key, vt))
			var num int
			if _, err := fmt.Sscanf(vt, "%d", &num); err == nil && val.Kind == "number" {
				next = num + 1
				numeric = true
			} else {
				numeric = false
			}
		}
	}
	tr.replace(n.Start, n.End, fmt.Sprintf("var %s = {%s};", name, strings.Join(parts, ", ")))
}

func (tr *transformer) source(n *Node) string {
	if s := n.Child("source"); s != nil {
		return tr.text(s)
	}
	for _, c := range n.NamedChildren() {
		if c.Kind == "string" {
			return tr.text(c)
		}
	}
	return ""
}

func (tr *transformer) importStmt(n *Node) {
	if n.HasToken("type") {
		tr.blank(n.Start, n.End)
		return
	}
	src := tr.source(n)
	var decls []string
	for _, c := range n.NamedChildren() {
		switch c.Kind {
		case "import_require_clause":
			id := c.FirstNamed()
			if id != nil {
				for _, s := range c.NamedChildren() {
					if s.Kind == "string" {
						src = tr.text(s)
					}
				}
				decls = append(decls, fmt.Sprintf("const %s = __dl.require(%s);", tr.text(id), src))
			}
		case "import_clause":
			for _, k := range c.NamedChildren() {
				switch k.Kind {
				case "identifier":
					decls = append(decls, fmt.Sprintf("const %s = __dl.def(__dl.require(%s));", tr.text(k), src))
				case "namespace_import":
					if id := k.FirstNamed(); id != nil {
						decls = append(decls, fmt.Sprintf("const %s = __dl.require(%s);", tr.text(id), src))
					}
				case "named_imports":
					var names []string
					for _, sp := range k.NamedChildren() {
						if sp.Kind != "import_specifier" || sp.HasToken("type") {
							continue
						}
						name, alias := sp.Child("name"), sp.Child("alias")
						if alias != nil {
							names = append(names, tr.text(name)+": "+tr.text(alias))
						} else if name != nil {
							names = append(names, tr.text(name))
						}
					}
					if len(names) > 0 {
						decls = append(decls, fmt.Sprintf("const { %s } = __dl.require(%s);", strings.Join(names, ", "), src))
					}
				}
			}
		}
	}
	if len(decls) == 0 && src != "" && n.Child("import_clause") == nil && !hasKind(n, "import_clause") && !hasKind(n, "import_require_clause") {
		decls = append(decls, fmt.Sprintf("__dl.require(%s);", src))
	}
	tr.replace(n.Start, n.End, strings.Join(decls, " "))
}

func hasKind(n *Node, kind string) bool {
	for _, c := range n.Children {
		if c.Kind == kind {
			return true
		}
	}
	return false
}

func (tr *transformer) exportStmt(n *Node) {
	if n.HasToken("type") {
		tr.blank(n.Start, n.End)
		return
	}
	isDefault := n.HasToken("default")
	if d := n.Child("declaration"); d != nil {
		if typeOnly[d.Kind] {
			tr.blank(n.Start, n.End)
			return
		}
		tr.blank(n.Start, d.Start)
		tr.visit(d)
		for _, name := range declaredNames(tr.t, d) {
			if isDefault {
				tr.exports = append(tr.exports, "exports.default = "+name+";")
			} else {
				tr.exports = append(tr.exports, fmt.Sprintf("exports.%s = %s;", name, name))
			}
		}
		if isDefault && len(declaredNames(tr.t, d)) == 0 {
			tr.replace(n.Start, d.Start, "exports.default = ")
		}
		return
	}
	if v := n.Child("value"); v != nil {
		tr.replace(n.Start, v.Start, "exports.default = ")
		tr.visit(v)
		return
	}
	src := tr.source(n)
	var clause *Node
	for _, c := range n.NamedChildren() {
		if c.Kind == "export_clause" {
			clause = c
		}
	}
	if clause == nil {
		if src != "" {
			tr.replace(n.Start, n.End, fmt.Sprintf("Object.assign(exports, __dl.require(%s));", src))
		} else {
			tr.blank(n.Start, n.End)
		}
		return
	}
	var stmts []string
	for _, sp := range clause.NamedChildren() {
		if sp.Kind != "export_specifier" || sp.HasToken("type") {
			continue
		}
		name, alias := tr.text(sp.Child("name")), tr.text(sp.Child("alias"))
		if alias == "" {
			alias = name
		}
		if src != "" {
			stmts = append(stmts, fmt.Sprintf("exports.%s = __dl.require(%s).%s;", alias, src, name))
		} else {
			tr.exports = append(tr.exports, fmt.Sprintf("exports.%s = %s;", alias, name))
		}
	}
	tr.replace(n.Start, n.End, strings.Join(stmts, " "))
}

// declaredNames returns the names a declaration binds.
func declaredNames(t *jsparse.Tree, d *Node) []string {
	switch d.Kind {
	case "function_declaration", "generator_function_declaration", "class_declaration", "abstract_class_declaration", "enum_declaration":
		if n := d.Child("name"); n != nil {
			return []string{t.Text(n)}
		}
	case "lexical_declaration", "variable_declaration":
		var out []string
		for _, v := range d.NamedChildren() {
			if v.Kind == "variable_declarator" {
				out = append(out, patternNames(t, v.Child("name"))...)
			}
		}
		return out
	}
	return nil
}

func patternNames(t *jsparse.Tree, p *Node) []string {
	if p == nil {
		return nil
	}
	if p.Kind == "identifier" {
		return []string{t.Text(p)}
	}
	var out []string
	jsparse.Walk(p, func(n *Node) bool {
		switch n.Kind {
		case "shorthand_property_identifier_pattern":
			out = append(out, t.Text(n))
		case "identifier":
			if n.Field != "key" && (n.Parent == nil || n.Parent.Kind != "pair_pattern" || n.Field == "value") {
				out = append(out, t.Text(n))
			}
		case "type_annotation", "object", "call_expression", "member_expression":
			return false
		}
		return true
	})
	return out
}

// hooks inserts the root getters: at the end of the program for top-level
// bindings, and at the top of every function that encloses a connection
// handler for the bindings it declares (they outlive each socket too). It
// wraps the object literals such bindings are initialised with.
func (tr *transformer) hooks(f *jsmodel.File) {
	root := tr.t.Root
	tr.rootsFor(root, root.End, true)
	done := map[*Node]bool{}
	if f == nil {
		return
	}
	for _, s := range f.Sockets {
		for m := s.Handler.Parent; m != nil; m = m.Parent {
			if !jsmodel.IsFunction(m) || done[m] {
				continue
			}
			done[m] = true
			body := m.Child("body")
			if body == nil || body.Kind != "statement_block" {
				continue
			}
			at := body.Start + 1
			if sts := body.NamedChildren(); len(sts) > 0 && sts[0].Kind == "expression_statement" {
				if c := sts[0].FirstNamed(); c != nil && c.Kind == "string" {
					at = sts[0].End
				}
			}
			names := tr.rootsFor(body, -1, false)
			for _, p := range jsmodel.Params(m) {
				names = append(names, patternNames(tr.t, jsmodel.ParamName(p))...)
			}
			g := getters(names)
			if m.Kind != "arrow_function" {
				// a constructor's instance outlives its sockets too
				g = strings.Replace(g, "{", "{self: this, ", 1)
			}
			tr.insert(at, " __dl.roots("+g+");")
		}
	}
}

// rootsFor collects the names declared directly in a program or block and
// wraps their object-literal initialisers; with at >= 0 it inserts the
// getters there.
func (tr *transformer) rootsFor(block *Node, at int, top bool) []string {
	var names []string
	seen := map[string]bool{}
	add := func(ns ...string) {
		for _, n := range ns {
			if n != "" && !seen[n] && n != "require" && n != "module" && n != "exports" {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	for _, st := range block.NamedChildren() {
		d := st
		if st.Kind == "export_statement" {
			if dd := st.Child("declaration"); dd != nil {
				d = dd
			}
		}
		switch d.Kind {
		case "lexical_declaration", "variable_declaration":
			for _, v := range d.NamedChildren() {
				if v.Kind != "variable_declarator" {
					continue
				}
				val := jsmodel.Unparen(v.Child("value"))
				if val != nil && isRequireCall(tr.t, val) {
					continue
				}
				if val != nil && val.Kind == "object" {
					tr.insert(val.Start, "__dl.obj(")
					tr.insert(val.End, ")")
				}
				add(patternNames(tr.t, v.Child("name"))...)
			}
		case "function_declaration", "class_declaration", "abstract_class_declaration", "generator_function_declaration":
			add(tr.text(d.Child("name")))
		}
	}
	if at >= 0 && len(names) > 0 {
		tr.insert(at, "\n;__dl.roots("+getters(names)+");")
	}
	return names
}

func isRequireCall(t *jsparse.Tree, n *Node) bool {
	if n.Kind == "call_expression" {
		fn := n.Child("function")
		return fn != nil && t.Text(fn) == "require"
	}
	return false
}

func getters(names []string) string {
	var b strings.Builder
	b.WriteString("{")
	for i, n := range names {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "get %s() { return %s; }", n, n)
	}
	b.WriteString("}")
	return b.String()
}

func (tr *transformer) apply() string {
	src := tr.t.Src
	sort.SliceStable(tr.edits, func(i, j int) bool {
		if tr.edits[i].start != tr.edits[j].start {
			return tr.edits[i].start < tr.edits[j].start
		}
		// insertions before replacements at the same offset
		return tr.edits[i].end-tr.edits[i].start < tr.edits[j].end-tr.edits[j].start
	})
	var b strings.Builder
	pos := 0
	for _, e := range tr.edits {
		if e.start < pos {
			// overlapping edit (nested blank): keep what is already done
			if e.end <= pos {
				continue
			}
			e.start = pos
		}
		b.Write(src[pos:e.start])
		orig := src[e.start:e.end]
		if e.blank {
			for _, c := range orig {
				if c == '\n' || c == '\r' {
					b.WriteByte(c)
				} else {
					b.WriteByte(' ')
				}
			}
		} else {
			b.WriteString(e.text)
			for _, c := range orig {
				if c == '\n' {
					b.WriteByte('\n')
				}
			}
		}
		pos = e.end
	}
	b.Write(src[pos:])
	if len(tr.exports) > 0 {
		b.WriteString("\n;" + strings.Join(tr.exports, " "))
	}
	return b.String()
}
