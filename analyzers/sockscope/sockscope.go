// Package sockscope is the building block of the Go rules: it finds the
// socket scopes of a package (the connection and event handlers of a
// namespace, with everything they call) and the disconnect path of each
// scope (the handlers that run when that socket goes away, with everything
// they call, across the packages of the module through facts), and collects
// the releases that happen on that path.
//
// Rules ask the Model two questions: "where does this acquired value live?"
// (Flow) and "is it released on the disconnect path?" (Scope.Released).
// Storage is matched by identity: the same package-level variable, the same
// struct field, the same local (through closures and parameters), the same
// SetContext/SetData slot by asserted type.
//
// Libraries are identified by package path and object name, never by the
// spelling at the call site.
package sockscope

import (
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/ssax"
)

// Import paths of the libraries the model understands.
const (
	GoogolleePath = "github.com/googollee/go-socket.io"
	ZishangV3Path = "github.com/zishang520/socket.io/servers/socket/v3"
	ZishangV2Path = "github.com/zishang520/socket.io/v2/socket"
)

// Lib names the socket library of a scope.
type Lib int

const (
	Googollee Lib = iota + 1
	Zishang
)

func (l Lib) String() string {
	if l == Googollee {
		return "googollee/go-socket.io"
	}
	return "zishang520/socket.io"
}

// Analyzer computes the Model of a package. It exports a Summary fact for
// every function of a non-standard package so that a disconnect handler
// calling into another package of the module sees that package's releases.
var Analyzer = &analysis.Analyzer{
	Name:       "sockscope",
	Doc:        "find Socket.IO socket scopes and their disconnect paths (building block for the disconnectlint rules)",
	URL:        "https://github.com/disconnectlint/disconnectlint/blob/main/docs/rules",
	Run:        run,
	ResultType: reflect.TypeOf((*Model)(nil)),
	FactTypes:  []analysis.Fact{(*Summary)(nil), (*Tracks)(nil)},
}

// Registration is one call that registers a handler.
type Registration struct {
	Call     *ssa.Call
	Pos, End token.Pos // the AST call expression
	Event    string
	Handlers []*ssa.Function
}

// Scope is one socket scope: for googollee a namespace (its OnConnect and
// OnEvent handlers), for zishang520 one connection handler.
type Scope struct {
	Lib       Lib
	Namespace string
	Connect   *Registration   // nil for a googollee namespace with events only
	Events    []*Registration // OnEvent handlers, or socket listeners
	// Disconnects are the effective disconnect handlers: for googollee the
	// last OnDisconnect of the namespace, for zishang520 every
	// "disconnect"/"disconnecting" listener on the socket.
	Disconnects []*Registration
	Funcs       map[*ssa.Function]bool // scope functions, disconnect path excluded
	Path        map[*ssa.Function]bool // disconnect path functions
	Releases    []Release
}

// Model is the result of Analyzer.
type Model struct {
	Pass   *analysis.Pass
	Pkg    *ssa.Package
	Funcs  []*ssa.Function
	Scopes []*Scope
	Nodes  *ssax.Nodes

	bindings map[*ssa.FreeVar][]ssa.Value
	callers  map[*ssa.Function][]ssa.CallInstruction
	inPkg    map[*ssa.Function]bool
	handlers map[*ssa.Function]bool      // functions registered as disconnect handlers
	notPath  map[*ssa.Function]bool      // OnError handlers and replaced OnDisconnect handlers, with their callees
	releases map[*ssa.Function][]Release // releasesIn, memoised
	verdicts map[goKey]GoVerdict         // Goroutine, memoised
}

type goKey struct {
	sc *Scope
	g  *ssa.Go
}

// ScopesOf returns the scopes fn belongs to.
func (m *Model) ScopesOf(fn *ssa.Function) []*Scope {
	var out []*Scope
	for _, sc := range m.Scopes {
		if sc.Funcs[fn] {
			out = append(out, sc)
		}
	}
	return out
}

// Where describes the disconnect handler of sc for messages: "disconnect
// handler at FILE:LINE" or that there is none.
func (m *Model) Where(sc *Scope) string {
	if len(sc.Disconnects) == 0 {
		return "no disconnect handler is registered for this socket"
	}
	p := m.Pass.Fset.Position(sc.Disconnects[0].Pos)
	return "disconnect handler at " + filepath.Base(p.Filename) + ":" + itoa(p.Line)
}

// Related returns the related locations of a finding in sc.
func (m *Model) Related(sc *Scope) []analysis.RelatedInformation {
	var rel []analysis.RelatedInformation
	for _, d := range sc.Disconnects {
		rel = append(rel, analysis.RelatedInformation{Pos: d.Pos, End: d.End, Message: "disconnect handler registered here"})
	}
	if len(rel) == 0 && sc.Connect != nil {
		rel = append(rel, analysis.RelatedInformation{Pos: sc.Connect.Pos, End: sc.Connect.End, Message: "connection handler registered here; it has no disconnect handler"})
	}
	return rel
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func run(pass *analysis.Pass) (res any, err error) {
	// An internal error in the model must become an error for this
	// package, never a crash of the whole run.
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("internal error in sockscope: %v", p)
		}
	}()
	m := &Model{Pass: pass}
	if ssax.IsStd(pass) {
		// Fast path: the standard library has no socket scopes and its
		// releases are primitives the rules already know.
		return m, nil
	}
	if pass.Module != nil && pass.Module.Version != "" {
		// Fast path: a versioned dependency from the module cache (the
		// socket libraries themselves, x/net...). Drivers that analyse
		// dependencies from source (multichecker, golangci-lint) would
		// otherwise build SSA for all of them; their findings are never
		// reported, and cross-package summaries matter only within the
		// analysed module.
		return m, nil
	}
	m.Pkg, m.Funcs = ssax.Build(pass)
	m.Nodes = ssax.NewNodes(pass.Files)
	m.index()
	m.exportSummaries()
	m.exportTracks()
	if !ssax.Imports(pass.Pkg, GoogolleePath, ZishangV3Path, ZishangV2Path) {
		// Fast path: no socket library, no scopes (summaries still
		// matter to packages that call into this one).
		return m, nil
	}
	m.findScopes()
	for _, sc := range m.Scopes {
		m.buildPath(sc)
	}
	return m, nil
}

// index records closure bindings, static callers and package membership.
func (m *Model) index() {
	m.bindings = map[*ssa.FreeVar][]ssa.Value{}
	m.callers = map[*ssa.Function][]ssa.CallInstruction{}
	m.inPkg = map[*ssa.Function]bool{}
	m.handlers = map[*ssa.Function]bool{}
	m.notPath = map[*ssa.Function]bool{}
	m.releases = map[*ssa.Function][]Release{}
	m.verdicts = map[goKey]GoVerdict{}
	for _, fn := range m.Funcs {
		m.inPkg[fn] = true
	}
	for _, fn := range m.Funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch x := instr.(type) {
				case *ssa.MakeClosure:
					cl := x.Fn.(*ssa.Function)
					for i, fv := range cl.FreeVars {
						if i < len(x.Bindings) {
							m.bindings[fv] = append(m.bindings[fv], x.Bindings[i])
						}
					}
				case ssa.CallInstruction:
					if callee := x.Common().StaticCallee(); callee != nil {
						m.callers[callee] = append(m.callers[callee], x)
					}
				}
			}
		}
	}
}

// Callees returns the functions with bodies that instr may transfer control
// to: static callees, closures and method values it calls, and, for
// interface calls, the methods of this package's types that implement the
// interface method.
func (m *Model) Callees(c *ssa.CallCommon) []*ssa.Function {
	if c.IsInvoke() {
		return m.implementations(c.Method)
	}
	if fn := c.StaticCallee(); fn != nil {
		if fn.Blocks != nil {
			return []*ssa.Function{fn}
		}
		return nil
	}
	v := ssax.Strip(c.Value)
	if fv, ok := v.(*ssa.FreeVar); ok {
		for _, b := range m.bindings[fv] {
			if mc, ok := ssax.Strip(b).(*ssa.MakeClosure); ok {
				return []*ssa.Function{mc.Fn.(*ssa.Function)}
			}
			if f, ok := ssax.Strip(b).(*ssa.Function); ok {
				return []*ssa.Function{f}
			}
		}
	}
	return nil
}

func (m *Model) implementations(meth *types.Func) []*ssa.Function {
	sig := meth.Type().(*types.Signature)
	iface, _ := sig.Recv().Type().Underlying().(*types.Interface)
	if iface == nil {
		return nil
	}
	var out []*ssa.Function
	scope := m.Pass.Pkg.Scope()
	names := scope.Names()
	sort.Strings(names)
	for _, name := range names {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if types.IsInterface(t) || !types.Implements(t, iface) {
				continue
			}
			if sel := m.Pkg.Prog.MethodSets.MethodSet(t).Lookup(meth.Pkg(), meth.Name()); sel != nil {
				if fn := m.Pkg.Prog.MethodValue(sel); fn != nil && fn.Blocks != nil {
					out = append(out, fn)
				}
				break
			}
		}
	}
	return out
}

// reach returns the functions reachable from roots through calls, closures
// created on the way, go and defer statements; stop excludes functions.
func (m *Model) reach(roots []*ssa.Function, stop map[*ssa.Function]bool) map[*ssa.Function]bool {
	seen := map[*ssa.Function]bool{}
	var visit func(fn *ssa.Function)
	visit = func(fn *ssa.Function) {
		if fn == nil || fn.Blocks == nil || seen[fn] || stop[fn] {
			return
		}
		// Follow into this package and into synthetic wrappers (bound
		// method values) whose bodies call into it.
		if !m.inPkg[fn] && fn.Synthetic == "" {
			return
		}
		seen[fn] = true
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch x := instr.(type) {
				case ssa.CallInstruction:
					for _, callee := range m.Callees(x.Common()) {
						visit(callee)
					}
				case *ssa.MakeClosure:
					visit(x.Fn.(*ssa.Function))
				}
			}
		}
	}
	for _, r := range roots {
		visit(r)
	}
	return seen
}

// Reach returns the in-package functions reachable from roots.
func (m *Model) Reach(roots []*ssa.Function) map[*ssa.Function]bool { return m.reach(roots, nil) }
