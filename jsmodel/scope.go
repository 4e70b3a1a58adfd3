// Package jsmodel builds the socket lifecycle model of one JavaScript or
// TypeScript file: which bindings exist and how long they live, which calls
// create Socket.IO servers and connection scopes, which functions run per
// socket and which run on the disconnect path. The JS rules ask it questions;
// it knows nothing about any rule.
package jsmodel

import (
	"strings"

	"github.com/disconnectlint/disconnectlint/jsparse"
)

type Node = jsparse.Node

// Binding is one declared name.
type Binding struct {
	Name  string
	Decl  *Node  // the declaring identifier
	Scope *Scope // where it is declared
	Kind  string // var, let, const, param, function, class, import, catch
	// Init is the initialiser of a simple declarator (const x = Init), or,
	// for a name destructured from a value, that value.
	Init *Node
	// Destructured is the property path inside Init a destructured name
	// came from ("id" for const { id } = socket).
	Destructured string
	// Func is the function node for function declarations and for const
	// bindings initialised with a function.
	Func *Node
	// Assigns are the right-hand sides of later plain assignments (x = v).
	Assigns []*Node
	// Module is the module specifier for import and require bindings.
	Module string
	// Member is the imported member name ("Server" for import { Server }),
	// "" for a default or namespace import or a whole require.
	Member string
	// Type is the TypeScript type annotation of a parameter or variable
	// (the type_annotation node), or nil.
	Type *Node

	namespace bool // import * as ns
}

// Scope is a function (or the program): every declaration in a function
// body, blocks included, binds here. Block scoping is not modelled; shadowing
// inside blocks is rare in server code and costs only precision of names.
type Scope struct {
	Node     *Node
	Parent   *Scope
	Bindings map[string]*Binding
}

func (s *Scope) lookup(name string) *Binding {
	for ; s != nil; s = s.Parent {
		if b, ok := s.Bindings[name]; ok {
			return b
		}
	}
	return nil
}

// IsFunction reports whether n is a function-like node.
func IsFunction(n *Node) bool {
	if n == nil {
		return false
	}
	switch n.Kind {
	case "function_declaration", "function_expression", "function", "arrow_function",
		"method_definition", "generator_function_declaration", "generator_function":
		return true
	}
	return false
}

// IsAsync reports whether the function node is declared async.
func IsAsync(fn *Node) bool { return fn.HasToken("async") }

// FuncBody returns the body of a function node.
func FuncBody(fn *Node) *Node { return fn.Child("body") }

// Params returns the parameter nodes of a function, in order. An arrow
// function with one bare parameter has it in the "parameter" field.
func Params(fn *Node) []*Node {
	if p := fn.Child("parameter"); p != nil {
		return []*Node{p}
	}
	ps := fn.Child("parameters")
	if ps == nil {
		return nil
	}
	return ps.NamedChildren()
}

// ParamName returns the identifier a parameter binds, unwrapping TypeScript
// annotations and defaults; nil for patterns.
func ParamName(p *Node) *Node {
	switch p.Kind {
	case "identifier":
		return p
	case "required_parameter", "optional_parameter":
		if q := p.Child("pattern"); q != nil {
			return ParamName(q)
		}
	case "assignment_pattern":
		return ParamName(p.Child("left"))
	}
	return nil
}

func (f *File) buildScopes() {
	root := &Scope{Node: f.Tree.Root, Bindings: map[string]*Binding{}}
	f.scopes[f.Tree.Root] = root
	f.program = root
	// First pass: scopes and declarations.
	jsparse.Walk(f.Tree.Root, func(n *Node) bool {
		if IsFunction(n) {
			parent := f.scopeAt(n.Parent)
			s := &Scope{Node: n, Parent: parent, Bindings: map[string]*Binding{}}
			f.scopes[n] = s
			f.funcs = append(f.funcs, n)
			if n.Kind == "function_declaration" || n.Kind == "generator_function_declaration" {
				if name := n.Child("name"); name != nil {
					f.declare(parent, name, "function", nil).Func = n
				}
			} else if n.Kind == "function_expression" || n.Kind == "function" {
				// A named function expression binds its name inside itself.
				if name := n.Child("name"); name != nil {
					f.declare(s, name, "function", nil).Func = n
				}
			}
			for _, p := range Params(n) {
				f.declarePattern(s, p, "param", nil, "")
			}
			return true
		}
		switch n.Kind {
		case "variable_declarator":
			kind := "var"
			if d := n.Parent; d != nil {
				if k := d.Child("kind"); k != nil {
					kind = f.Tree.Text(k)
				}
			}
			name, value := n.Child("name"), n.Child("value")
			s := f.scopeAt(n)
			f.declarePattern(s, name, kind, value, "")
		case "class_declaration":
			if name := n.Child("name"); name != nil {
				f.declare(f.scopeAt(n.Parent), name, "class", n)
			}
		case "enum_declaration":
			if name := n.Child("name"); name != nil {
				f.declare(f.scopeAt(n.Parent), name, "enum", n)
			}
		case "import_statement":
			f.declareImport(n)
		case "catch_clause":
			if p := n.Child("parameter"); p != nil {
				f.declarePattern(f.scopeAt(n), p, "catch", nil, "")
			}
		case "for_in_statement":
			// for (const x of xs): x is declared by the loop.
			if l := n.Child("left"); l != nil && n.Child("kind") != nil {
				f.declarePattern(f.scopeAt(n), l, "let", nil, "")
			}
		}
		return true
	})
	// Second pass: plain assignments to declared names.
	jsparse.Walk(f.Tree.Root, func(n *Node) bool {
		if n.Kind == "assignment_expression" {
			if l := n.Child("left"); l != nil && l.Kind == "identifier" {
				if b := f.Resolve(l); b != nil {
					b.Assigns = append(b.Assigns, n.Child("right"))
				}
			}
		}
		return true
	})
}

// scopeAt returns the scope that declarations at n bind in.
func (f *File) scopeAt(n *Node) *Scope {
	for m := n; m != nil; m = m.Parent {
		if s, ok := f.scopes[m]; ok {
			return s
		}
	}
	return f.program
}

func (f *File) declare(s *Scope, id *Node, kind string, init *Node) *Binding {
	b := &Binding{Name: f.Tree.Text(id), Decl: id, Scope: s, Kind: kind, Init: init}
	if init != nil && IsFunction(unparen(init)) {
		b.Func = unparen(init)
	}
	if init != nil {
		if mod, member, ok := f.requireOf(init); ok {
			b.Module, b.Member = mod, member
		}
	}
	s.Bindings[b.Name] = b
	f.bindingOf[id] = b
	return b
}

// declarePattern declares every name in a binding pattern. For destructured
// names, init is the whole destructured value and path the property path.
func (f *File) declarePattern(s *Scope, p *Node, kind string, init *Node, path string) {
	if p == nil {
		return
	}
	switch p.Kind {
	case "identifier", "shorthand_property_identifier_pattern":
		b := f.declare(s, p, kind, nil)
		if path == "" {
			b.Init = init
			if init != nil && IsFunction(unparen(init)) {
				b.Func = unparen(init)
			}
			if init != nil {
				if mod, member, ok := f.requireOf(init); ok {
					b.Module, b.Member = mod, member
				}
			}
		} else {
			b.Init = init
			b.Destructured = path
			if init != nil {
				if mod, _, ok := f.requireOf(init); ok {
					b.Module, b.Member = mod, path
				}
			}
		}
	case "required_parameter", "optional_parameter":
		f.declarePattern(s, p.Child("pattern"), kind, init, path)
		if id := p.Child("pattern"); id != nil && id.Kind == "identifier" {
			if b := f.bindingOf[id]; b != nil {
				b.Type = p.Child("type")
			}
		}
	case "assignment_pattern":
		f.declarePattern(s, p.Child("left"), kind, init, path)
	case "rest_pattern":
		for _, c := range p.NamedChildren() {
			f.declarePattern(s, c, kind, nil, "")
		}
	case "object_pattern":
		for _, c := range p.NamedChildren() {
			switch c.Kind {
			case "shorthand_property_identifier_pattern":
				f.declarePattern(s, c, kind, init, joinPath(path, f.Tree.Text(c)))
			case "pair_pattern":
				key := f.Tree.Text(c.Child("key"))
				f.declarePattern(s, c.Child("value"), kind, init, joinPath(path, key))
			case "object_assignment_pattern":
				l := c.Child("left")
				f.declarePattern(s, l, kind, init, joinPath(path, f.Tree.Text(l)))
			default:
				f.declarePattern(s, c, kind, nil, "")
			}
		}
	case "array_pattern":
		for _, c := range p.NamedChildren() {
			f.declarePattern(s, c, kind, nil, "")
		}
	}
}

func joinPath(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

func (f *File) declareImport(n *Node) {
	src := n.Child("source")
	if src == nil {
		return
	}
	if n.HasToken("type") {
		return // import type: no runtime binding
	}
	mod := stringLit(f.Tree, src)
	s := f.program
	for _, c := range n.Children {
		if c.Kind != "import_clause" {
			continue
		}
		for _, d := range c.NamedChildren() {
			switch d.Kind {
			case "identifier": // default import
				b := f.declare(s, d, "import", nil)
				b.Module = mod
			case "namespace_import":
				for _, id := range d.NamedChildren() {
					if id.Kind == "identifier" {
						b := f.declare(s, id, "import", nil)
						b.Module = mod
						b.namespace = true
					}
				}
			case "named_imports":
				for _, spec := range d.NamedChildren() {
					if spec.Kind != "import_specifier" || spec.HasToken("type") {
						continue
					}
					name, alias := spec.Child("name"), spec.Child("alias")
					id := name
					if alias != nil {
						id = alias
					}
					if id == nil {
						continue
					}
					b := f.declare(s, id, "import", nil)
					b.Module, b.Member = mod, f.Tree.Text(name)
				}
			}
		}
	}
}

// requireOf recognises require('m') and require('m').member.
func (f *File) requireOf(n *Node) (mod, member string, ok bool) {
	n = unparen(n)
	if n == nil {
		return "", "", false
	}
	if n.Kind == "member_expression" {
		if m, _, ok := f.requireOf(n.Child("object")); ok {
			return m, f.Tree.Text(n.Child("property")), true
		}
		return "", "", false
	}
	if n.Kind != "call_expression" {
		return "", "", false
	}
	fn := n.Child("function")
	if fn == nil || fn.Kind != "identifier" || f.Tree.Text(fn) != "require" {
		return "", "", false
	}
	args := Args(n)
	if len(args) == 0 {
		return "", "", false
	}
	s := stringLit(f.Tree, args[0])
	if s == "" {
		return "", "", false
	}
	return s, "", true
}

// Resolve returns the binding an identifier refers to, or nil for globals and
// undeclared names.
func (f *File) Resolve(id *Node) *Binding {
	if id == nil {
		return nil
	}
	if g := f.at(id); g != f {
		return g.Resolve(id)
	}
	if b, ok := f.bindingOf[id]; ok {
		return b
	}
	name := f.Tree.Text(id)
	return f.scopeAt(id).lookup(name)
}

// Lookup resolves a name as seen from node n.
func (f *File) Lookup(n *Node, name string) *Binding {
	if g := f.at(n); g != f {
		return g.Lookup(n, name)
	}
	return f.scopeAt(n).lookup(name)
}

// unparen strips parentheses and TypeScript-only wrappers that do not change
// the value: (x), x!, x as T, x satisfies T, <T>x.
func unparen(n *Node) *Node {
	for n != nil {
		switch n.Kind {
		case "parenthesized_expression", "non_null_expression", "as_expression", "satisfies_expression", "type_assertion":
			c := n.FirstNamed()
			if c == nil {
				return n
			}
			n = c
		default:
			return n
		}
	}
	return n
}

// Unparen is unparen for the rules.
func Unparen(n *Node) *Node { return unparen(n) }

// Args returns the argument nodes of a call or new expression.
func Args(call *Node) []*Node {
	a := call.Child("arguments")
	if a == nil {
		return nil
	}
	return a.NamedChildren()
}

// stringLit returns the value of a plain string literal or a template string
// without substitutions, or "".
func stringLit(t *jsparse.Tree, n *Node) string {
	n = unparen(n)
	if n == nil {
		return ""
	}
	switch n.Kind {
	case "string":
		s := t.Text(n)
		if len(s) >= 2 {
			return s[1 : len(s)-1]
		}
	case "template_string":
		for _, c := range n.Children {
			if c.Kind == "template_substitution" {
				return ""
			}
		}
		s := t.Text(n)
		if len(s) >= 2 {
			return s[1 : len(s)-1]
		}
	}
	return ""
}

// StringValue evaluates n to a constant string where the file says so: a
// literal, a const bound to one, or a property of a const object literal
// (EVENTS.DISCONNECT), or a TypeScript enum member. ok is false otherwise.
func (f *File) StringValue(n *Node) (string, bool) {
	return f.stringValue(n, 0)
}

func (f *File) stringValue(n *Node, depth int) (string, bool) {
	n = unparen(n)
	if n == nil || depth > 8 {
		return "", false
	}
	if g := f.at(n); g != f {
		return g.stringValue(n, depth)
	}
	switch n.Kind {
	case "string":
		return stringLit(f.Tree, n), true
	case "template_string":
		s := stringLit(f.Tree, n)
		if s == "" && len(f.Tree.Text(n)) > 2 {
			return "", false
		}
		return s, true
	case "identifier":
		b := f.Resolve(n)
		if g, v := f.importTarget(b); v != nil {
			return g.stringValue(v, depth+1)
		}
		if b == nil || b.Kind != "const" || b.Init == nil {
			return "", false
		}
		if b.Destructured != "" {
			return f.propertyValue(b.Init, strings.Split(b.Destructured, "."), depth+1)
		}
		return f.stringValue(b.Init, depth+1)
	case "member_expression":
		obj := unparen(n.Child("object"))
		prop := f.Tree.Text(n.Child("property"))
		if g, v := f.moduleMember(obj, prop); v != nil {
			return g.stringValue(v, depth+1)
		}
		if obj != nil && obj.Kind == "identifier" {
			if b := f.Resolve(obj); b != nil {
				if g, v := f.importTarget(b); v != nil {
					if lit := g.objectOf(v, depth+1); lit != nil {
						return g.propertyValue(lit, []string{prop}, depth+1)
					}
					if g.at(v).Tree == g.Tree {
						if e, ok := g.enumOf(v); ok {
							return g.enumValue(e, prop)
						}
					}
				}
				if b.Kind == "const" && b.Init != nil && b.Destructured == "" {
					return f.propertyValue(b.Init, []string{prop}, depth+1)
				}
				if b.Kind == "enum" && b.Init != nil {
					return f.enumValue(b.Init, prop)
				}
			}
		}
		if obj != nil && obj.Kind == "member_expression" {
			// A.B.C: evaluate A.B to an object literal first.
			if lit := f.objectOf(obj, depth+1); lit != nil {
				return f.propertyValue(lit, []string{prop}, depth+1)
			}
		}
	}
	return "", false
}

// ObjectOf returns the object literal an expression denotes: the literal
// itself, a const bound to one (also imported), or a member of such.
func (f *File) ObjectOf(n *Node) *Node { return f.objectOf(n, 0) }

// objectOf returns the object literal a member chain of consts denotes.
func (f *File) objectOf(n *Node, depth int) *Node {
	n = unparen(n)
	if n == nil || depth > 8 {
		return nil
	}
	if g := f.at(n); g != f {
		return g.objectOf(n, depth)
	}
	switch n.Kind {
	case "object":
		return n
	case "identifier", "shorthand_property_identifier":
		b := f.Resolve(n)
		if g, v := f.importTarget(b); v != nil {
			return g.objectOf(v, depth+1)
		}
		if b != nil && b.Kind == "const" && b.Init != nil && b.Destructured == "" {
			return f.objectOf(b.Init, depth+1)
		}
	case "member_expression":
		if lit := f.objectOf(n.Child("object"), depth+1); lit != nil {
			if v := pairValue(f.Tree, lit, f.Tree.Text(n.Child("property"))); v != nil {
				return f.objectOf(v, depth+1)
			}
		}
	}
	return nil
}

// enumOf returns the enum declaration an exported name denotes.
func (f *File) enumOf(n *Node) (*Node, bool) {
	b := f.Resolve(n)
	if b != nil && b.Kind == "enum" && b.Init != nil {
		return b.Init, true
	}
	return nil, false
}

func (f *File) propertyValue(obj *Node, path []string, depth int) (string, bool) {
	if g := f.at(obj); g != f {
		return g.propertyValue(obj, path, depth)
	}
	lit := f.objectOf(obj, depth)
	if lit == nil {
		return "", false
	}
	v := pairValue(f.Tree, lit, path[0])
	if v == nil {
		return "", false
	}
	if len(path) == 1 {
		return f.stringValue(v, depth+1)
	}
	return f.propertyValue(v, path[1:], depth+1)
}

func pairValue(t *jsparse.Tree, obj *Node, key string) *Node {
	for _, c := range obj.NamedChildren() {
		if c.Kind != "pair" {
			continue
		}
		k := c.Child("key")
		ks := t.Text(k)
		if k != nil && k.Kind == "string" {
			ks = stringLit(t, k)
		}
		if ks == key {
			return c.Child("value")
		}
	}
	return nil
}

func (f *File) enumValue(enum *Node, member string) (string, bool) {
	body := enum.Child("body")
	for _, c := range body.NamedChildren() {
		if c.Kind == "enum_assignment" {
			if f.Tree.Text(c.Child("name")) == member {
				return f.stringValue(c.Child("value"), 1)
			}
		}
	}
	return "", false
}
