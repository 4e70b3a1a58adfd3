package sockscope

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/ssax"
)

// Op is the kind of a release.
type Op int

const (
	OpClose  Op = iota + 1 // close(ch)
	OpDelete               // delete(m, k)
	OpCall                 // a call of a function value (a cancel func)
	OpMethod               // a method call on a receiver (Stop, Close, Delete, Rollback...)
	OpSend                 // ch <- v (hub unregister)
	OpStore                // reassignment of a slice or map variable (filtering)
	OpFunc                 // a call of a registered release function taking the value (RegisterReleases)
)

// Release is one release on a disconnect path.
type Release struct {
	Op    Op
	Func  string // types.Func.FullName of the method or function, for OpMethod and OpFunc
	Locs  []Loc  // locations of the receiver / channel / map / func value
	Pos   token.Pos
	Instr ssa.Instruction // nil for releases from another package's summary
	Args  []ssa.Value     // the call's other arguments, when Instr is set
}

// Summary is the fact exported for a function: the releases it (and what it
// calls in its package) performs, on package-level variables, struct fields,
// the socket context, or its own parameters.
type Summary struct {
	Releases []FactRelease
}

// FactRelease is the serialisable form of a Release.
type FactRelease struct {
	Op    Op
	Func  string
	Kind  LocKind
	Key   string
	Param int
}

// AFact marks Summary as an analysis fact.
func (*Summary) AFact() {}

func (s *Summary) String() string {
	var parts []string
	for _, r := range s.Releases {
		if r.Kind == LocParam {
			parts = append(parts, fmt.Sprintf("%d:%s:param%d", r.Op, r.Func, r.Param))
		} else {
			parts = append(parts, fmt.Sprintf("%d:%s:%s", r.Op, r.Func, r.Key))
		}
	}
	return "releases(" + strings.Join(parts, ",") + ")"
}

// buildPath computes the disconnect path of sc and its releases.
func (m *Model) buildPath(sc *Scope) {
	var roots []*ssa.Function
	for _, d := range sc.Disconnects {
		roots = append(roots, d.Handlers...)
	}
	sc.Path = m.reach(roots, nil)
	sc.Releases = m.collect(sc.Path)
	m.addDrivenDefers(sc)
}

// collect gathers the releases in funcs, including those of out-of-package
// callees known from their Summary facts.
func (m *Model) collect(funcs map[*ssa.Function]bool) []Release {
	var out []Release
	for _, fn := range sortedFuncs(funcs) {
		out = append(out, m.releasesIn(fn)...)
	}
	return out
}

func (m *Model) releasesIn(fn *ssa.Function) []Release {
	if rs, ok := m.releases[fn]; ok {
		return rs
	}
	rs := m.scanReleases(fn)
	m.releases[fn] = rs
	return rs
}

func (m *Model) scanReleases(fn *ssa.Function) []Release {
	var out []Release
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.Send:
				out = append(out, Release{Op: OpSend, Locs: m.Locs(x.Chan), Pos: x.Pos(), Instr: x})
			case *ssa.Store:
				if _, isGlobal := x.Addr.(*ssa.Global); isGlobal || isFieldAddr(x.Addr) {
					switch x.Val.Type().Underlying().(type) {
					case *types.Slice, *types.Map:
						var locs []Loc
						m.addrLocs(x.Addr, map[ssa.Value]bool{}, &locs, 0)
						out = append(out, Release{Op: OpStore, Locs: locs, Pos: x.Pos(), Instr: x})
					}
				}
			case ssa.CallInstruction:
				out = append(out, m.callReleases(x)...)
			}
		}
	}
	return out
}

func isFieldAddr(v ssa.Value) bool { _, ok := v.(*ssa.FieldAddr); return ok }

func (m *Model) callReleases(x ssa.CallInstruction) []Release {
	c := x.Common()
	pos := x.Pos()
	if b, ok := c.Value.(*ssa.Builtin); ok {
		switch b.Name() {
		case "close":
			return []Release{{Op: OpClose, Locs: m.Locs(c.Args[0]), Pos: pos, Instr: x}}
		case "clear":
			return []Release{{Op: OpDelete, Locs: m.Locs(c.Args[0]), Pos: pos, Instr: x}}
		case "delete":
			return []Release{{Op: OpDelete, Locs: m.Locs(c.Args[0]), Pos: pos, Instr: x, Args: c.Args[1:]}}
		}
		return nil
	}
	if c.IsInvoke() {
		return []Release{{Op: OpMethod, Func: c.Method.FullName(), Locs: m.Locs(c.Value), Pos: pos, Instr: x, Args: c.Args}}
	}
	callee := c.StaticCallee()
	if callee == nil {
		return []Release{{Op: OpCall, Locs: m.Locs(c.Value), Pos: pos, Instr: x, Args: c.Args}}
	}
	var out []Release
	obj, _ := callee.Object().(*types.Func)
	if obj == nil && callee.Origin() != nil {
		obj, _ = callee.Origin().Object().(*types.Func)
	}
	if obj != nil {
		if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil && len(c.Args) > 0 {
			out = append(out, Release{Op: OpMethod, Func: obj.FullName(), Locs: m.Locs(c.Args[0]), Pos: pos, Instr: x, Args: c.Args[1:]})
		} else if ok && sig.Recv() == nil && registered(obj.FullName()) {
			// A user-declared release function acts on any argument.
			var locs []Loc
			for _, a := range c.Args {
				locs = append(locs, m.Locs(a)...)
			}
			out = append(out, Release{Op: OpFunc, Func: obj.FullName(), Locs: locs, Pos: pos, Instr: x, Args: c.Args})
		}
		if !m.inPkg[callee] && obj.Pkg() != m.Pass.Pkg {
			var s Summary
			if m.Pass.ImportObjectFact(obj, &s) {
				for _, fr := range s.Releases {
					r := Release{Op: fr.Op, Func: fr.Func, Pos: pos}
					if fr.Kind == LocParam {
						if fr.Param < len(c.Args) {
							r.Locs = m.Locs(c.Args[fr.Param])
						}
					} else {
						r.Locs = []Loc{{Kind: fr.Kind, Key: fr.Key}}
					}
					out = append(out, r)
				}
			}
		}
	}
	return out
}

// exportSummaries exports a Summary for every function of the package that
// releases something a caller can name.
func (m *Model) exportSummaries() {
	for _, fn := range m.Funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil {
			continue
		}
		params := map[ssa.Value]int{}
		for i, p := range fn.Params {
			params[p] = i
		}
		var s Summary
		seen := map[FactRelease]bool{}
		for _, r := range m.collect(m.reach([]*ssa.Function{fn}, nil)) {
			if r.Op == OpMethod && !releaseName(r.Func) && !registered(r.Func) {
				continue // keep facts small: only methods that release
			}
			for _, l := range r.Locs {
				fr := FactRelease{Op: r.Op, Func: r.Func, Kind: l.Kind, Key: l.Key}
				switch l.Kind {
				case LocGlobal, LocField, LocCtx:
				case LocElem:
					if l.Key == "" {
						continue
					}
				case LocLocal:
					i, ok := params[l.Val]
					if !ok {
						continue
					}
					fr.Kind, fr.Param = LocParam, i
				default:
					continue
				}
				if !seen[fr] {
					seen[fr] = true
					s.Releases = append(s.Releases, fr)
				}
			}
		}
		if len(s.Releases) > 0 {
			m.Pass.ExportObjectFact(obj, &s)
		}
	}
}

// Released returns the first release on the disconnect path of sc that
// matches and acts on one of locs, or nil.
func (sc *Scope) Released(locs []Loc, match func(r *Release) bool) *Release {
	for i := range sc.Releases {
		r := &sc.Releases[i]
		if match(r) && Overlap(r.Locs, locs) {
			return r
		}
	}
	return nil
}

// MethodIs returns a matcher for OpMethod releases of any of the named
// methods (types.Func.FullName form, e.g. "(*time.Ticker).Stop").
func MethodIs(names ...string) func(r *Release) bool {
	return func(r *Release) bool {
		if r.Op != OpMethod {
			return false
		}
		for _, n := range names {
			if r.Func == n {
				return true
			}
		}
		return false
	}
}

// CallIs returns a matcher for OpMethod and OpFunc releases of any of the
// named methods or functions (types.Func.FullName form).
func CallIs(names ...string) func(r *Release) bool {
	return func(r *Release) bool {
		if r.Op != OpMethod && r.Op != OpFunc {
			return false
		}
		for _, n := range names {
			if r.Func == n {
				return true
			}
		}
		return false
	}
}

// OpIs returns a matcher for releases of the given ops.
func OpIs(ops ...Op) func(r *Release) bool {
	return func(r *Release) bool {
		for _, o := range ops {
			if r.Op == o {
				return true
			}
		}
		return false
	}
}

// Any combines matchers.
func Any(ms ...func(r *Release) bool) func(r *Release) bool {
	return func(r *Release) bool {
		for _, m := range ms {
			if m(r) {
				return true
			}
		}
		return false
	}
}

// CalleeName returns the FullName of the function a call instruction calls
// (static or interface method), or "".
func CalleeName(c *ssa.CallCommon) string {
	if fn := ssax.Callee(c); fn != nil {
		return fn.FullName()
	}
	return ""
}

// releaseNames are the method names that can release a per-connection
// resource; summaries keep only those.
var releaseNames = map[string]bool{
	"Stop": true, "Close": true, "Delete": true, "LoadAndDelete": true, "CompareAndDelete": true,
	"Clear": true, "Rollback": true, "Commit": true, "Unsubscribe": true, "Drain": true,
	"Kill": true, "Signal": true, "Wait": true, "RemoveListener": true, "RemoveAllListeners": true,
}

func releaseName(full string) bool {
	i := strings.LastIndex(full, ".")
	return i >= 0 && releaseNames[full[i+1:]]
}

// extra holds the full names registered by RegisterReleases.
var extra struct {
	sync.RWMutex
	names map[string]bool
}

// RegisterReleases declares the full names (types.Func.FullName form) of
// release methods and functions beyond the built-in ones, for user-declared
// acquire/release pairs. A registered method is kept in Summary facts (so a
// release in another package of the module is seen); a registered function
// becomes an OpFunc release acting on its arguments.
//
// The set only grows and is process-wide: registering a name makes the
// model record more releases, which only matchers that ask for that name
// (CallIs) ever see, so it cannot change the findings of a suite that does
// not use it. Facts cached by a driver across runs (golangci-lint's cache)
// predate a newly declared pair; clean the cache after adding one.
func RegisterReleases(names ...string) {
	extra.Lock()
	defer extra.Unlock()
	if extra.names == nil {
		extra.names = map[string]bool{}
	}
	for _, n := range names {
		extra.names[n] = true
	}
}

func registered(full string) bool {
	extra.RLock()
	defer extra.RUnlock()
	return extra.names[full]
}
