// Package listenernotremoved implements the listener-not-removed rule for
// Go: a zishang520 listener added to the server or a namespace (io.On,
// nsp.On, io.Of(x).On) inside a connection handler. Those emitters outlive
// the socket, so one listener piles up per connection and is never freed
// unless the disconnect path removes it. Listeners on the socket itself are
// collected with it and are fine; googollee handlers are setters, not
// listeners, and do not pile up.
package listenernotremoved

import (
	"go/token"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/ruleutil"
	"github.com/disconnectlint/disconnectlint/analyzers/internal/ssax"
	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
)

// Analyzer is the listener_not_removed analyzer.
var Analyzer = ruleutil.New("listener-not-removed", run)

func run(r *ruleutil.Reporter, m *sockscope.Model) {
	for _, fn := range m.Funcs {
		scopes := m.ScopesOf(fn)
		if len(scopes) == 0 {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				ev, target, ok := m.SharedListener(call)
				if !ok {
					continue
				}
				var first *sockscope.Scope
				removed := false
				for _, sc := range scopes {
					if sc.Lib != sockscope.Zishang {
						removed = true // googollee: not a listener
						break
					}
					if removes(sc, ev) {
						removed = true
						break
					}
					if first == nil {
						first = sc
					}
				}
				if removed || first == nil {
					continue
				}
				pos, end := m.Nodes.Range(call.Pos())
				rel := m.Related(first)
				if first.Connect != nil && !hasPos(rel, first.Connect.Pos) {
					rel = append(rel, analysis.RelatedInformation{Pos: first.Connect.Pos, End: first.Connect.End, Message: "connection handler registered here"})
				}
				r.Report(pos, end, rel, "listener", ev, target, "RemoveListener or RemoveAllListeners", m.Where(first))
			}
		}
	}
}

// removes reports whether the disconnect path of sc removes listeners of
// event ev. The emitter is not compared: zishang520 matches listeners by
// code pointer, and a removal of the same event is what users write.
func removes(sc *sockscope.Scope, ev string) bool {
	for i := range sc.Releases {
		rel := &sc.Releases[i]
		if rel.Op != sockscope.OpMethod || rel.Instr == nil {
			continue
		}
		if rel.Func != "(github.com/zishang520/socket.io/v3/pkg/types.EventEmitter).RemoveListener" &&
			rel.Func != "(github.com/zishang520/socket.io/v3/pkg/types.EventEmitter).RemoveAllListeners" &&
			rel.Func != "(github.com/zishang520/engine.io/v2/events.EventEmitter).RemoveListener" &&
			rel.Func != "(github.com/zishang520/engine.io/v2/events.EventEmitter).RemoveAllListeners" {
			continue
		}
		if len(rel.Args) > 0 {
			if s, ok := ssax.ConstString(rel.Args[0]); ok && s == ev {
				return true
			}
		}
	}
	return false
}

func hasPos(rel []analysis.RelatedInformation, pos token.Pos) bool {
	for _, r := range rel {
		if r.Pos == pos {
			return true
		}
	}
	return false
}
