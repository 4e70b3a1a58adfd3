// Package ssax holds the SSA plumbing shared by the disconnectlint analyzers:
// building SSA for one package without the buildssa pass (so that dependency
// actions, which only exist to carry facts, stay cheap), identifying callees
// by types.Object, and mapping SSA positions back to AST nodes.
package ssax

import (
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Build builds SSA for the package of pass. Imported packages are created
// from their types only (no bodies), as buildssa does; cross-package
// knowledge travels in facts.
func Build(pass *analysis.Pass) (*ssa.Package, []*ssa.Function) {
	prog := ssa.NewProgram(pass.Fset, 0)
	created := map[*types.Package]bool{}
	var create func(pkgs []*types.Package)
	create = func(pkgs []*types.Package) {
		for _, p := range pkgs {
			if !created[p] {
				created[p] = true
				prog.CreatePackage(p, nil, nil, true)
				create(p.Imports())
			}
		}
	}
	create(pass.Pkg.Imports())
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()

	var funcs []*ssa.Function
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		if fn == nil || fn.Blocks == nil {
			return
		}
		funcs = append(funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			add(prog.FuncValue(obj))
		}
	}
	// Package-level var initialisers may hold closures (var h = func(...)).
	if init := pkg.Func("init"); init != nil {
		for _, anon := range init.AnonFuncs {
			add(anon)
		}
	}
	return pkg, funcs
}

// IsStd reports whether the package of pass lives under GOROOT. The analyzers
// skip the standard library: it registers no socket handlers, and its
// releases are the primitives the rules already know.
func IsStd(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return true
	}
	name := pass.Fset.File(pass.Files[0].Pos()).Name()
	root := filepath.Clean(build.Default.GOROOT)
	return root != "" && strings.HasPrefix(filepath.Clean(name), root+string(filepath.Separator))
}

// Imports reports whether pkg imports, directly, a package whose path is one
// of paths.
func Imports(pkg *types.Package, paths ...string) bool {
	for _, imp := range pkg.Imports() {
		for _, p := range paths {
			if imp.Path() == p {
				return true
			}
		}
	}
	return false
}

// Callee returns the function or method a call site calls: the static callee
// for static calls, the interface method for invoke-mode calls, nil for calls
// of dynamic function values.
func Callee(c *ssa.CallCommon) *types.Func {
	if c.IsInvoke() {
		return c.Method
	}
	if fn := c.StaticCallee(); fn != nil {
		if obj, ok := fn.Object().(*types.Func); ok {
			return obj
		}
		// Bound-method closures and wrappers: use their origin.
		if fn.Origin() != nil {
			if obj, ok := fn.Origin().Object().(*types.Func); ok {
				return obj
			}
		}
	}
	return nil
}

// IsFunc reports whether fn is the package-level function pkg.name.
func IsFunc(fn *types.Func, pkg, name string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Name() != name || fn.Pkg().Path() != pkg {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	return sig != nil && sig.Recv() == nil
}

// IsMethod reports whether fn is a method named name declared in package pkg
// on a type (or interface) named recv; recv "" matches any receiver.
func IsMethod(fn *types.Func, pkg, recv, name string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Name() != name || fn.Pkg().Path() != pkg {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return false
	}
	return recv == "" || RecvName(sig.Recv().Type()) == recv
}

// RecvName is the name of the named type behind t (through one pointer).
func RecvName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// NamedPath is "pkgpath.Name" of the named type behind t (through one
// pointer), or "".
func NamedPath(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Path() + "." + n.Obj().Name()
	}
	return ""
}

// ConstString returns the value of v when it is a string constant.
func ConstString(v ssa.Value) (string, bool) {
	for {
		switch x := v.(type) {
		case *ssa.Const:
			if x.Value != nil && x.Value.Kind() == constant.String {
				return constant.StringVal(x.Value), true
			}
			return "", false
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.Convert:
			v = x.X
		default:
			return "", false
		}
	}
}

// Strip removes conversions that do not change a value's identity.
func Strip(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.Convert:
			v = x.X
		default:
			return v
		}
	}
}

// Nodes maps SSA positions back to the AST nodes the catalogue reports at:
// a call's Lparen to its *ast.CallExpr, an index's Lbrack to the enclosing
// statement, and so on.
type Nodes struct {
	byPos map[token.Pos]ast.Node
}

// NewNodes indexes the files of pass.
func NewNodes(files []*ast.File) *Nodes {
	n := &Nodes{byPos: map[token.Pos]ast.Node{}}
	for _, f := range files {
		var stack []ast.Node
		ast.Inspect(f, func(node ast.Node) bool {
			if node == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			switch x := node.(type) {
			case *ast.CallExpr:
				n.byPos[x.Lparen] = x
			case *ast.IndexExpr:
				// A map insertion reports the whole assignment.
				for i := len(stack) - 1; i >= 0; i-- {
					if as, ok := stack[i].(*ast.AssignStmt); ok {
						n.byPos[x.Lbrack] = as
						break
					}
					if _, ok := stack[i].(ast.Stmt); ok {
						break
					}
				}
			case *ast.SendStmt:
				n.byPos[x.Arrow] = x
			case *ast.GoStmt:
				n.byPos[x.Go] = x
			case *ast.BinaryExpr:
				n.byPos[x.OpPos] = x
			case *ast.AssignStmt:
				n.byPos[x.TokPos] = x
			}
			stack = append(stack, node)
			return true
		})
	}
	return n
}

// Node returns the AST node for an SSA position, or nil.
func (n *Nodes) Node(pos token.Pos) ast.Node { return n.byPos[pos] }

// Range returns the reporting range for pos: the AST node's extent when
// known, else just pos.
func (n *Nodes) Range(pos token.Pos) (token.Pos, token.Pos) {
	if node := n.byPos[pos]; node != nil {
		return node.Pos(), node.End()
	}
	return pos, token.NoPos
}
