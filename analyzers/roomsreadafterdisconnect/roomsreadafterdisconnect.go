// Package roomsreadafterdisconnect implements the
// rooms-read-after-disconnect rule for Go: both libraries leave every room
// before the disconnect handler runs, so Rooms() read there is always empty
// and per-room cleanup driven by it silently does nothing. zishang520 has a
// "disconnecting" event where the rooms are still there; googollee has no
// such hook.
package roomsreadafterdisconnect

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/ruleutil"
	"github.com/disconnectlint/disconnectlint/analyzers/internal/ssax"
	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
)

// Analyzer is the rooms_read_after_disconnect analyzer.
var Analyzer = ruleutil.New("rooms-read-after-disconnect", run)

func run(r *ruleutil.Reporter, m *sockscope.Model) {
	leavesFirst := googolleeLeavesFirst(r.Pass.Pkg)
	for _, sc := range m.Scopes {
		if sc.Lib == sockscope.Googollee && !leavesFirst {
			continue
		}
		for _, d := range sc.Disconnects {
			if sc.Lib == sockscope.Zishang && d.Event != "disconnect" {
				continue // "disconnecting" still sees the rooms
			}
			for _, fn := range sockscope.SortedFuncs(m.Reach(d.Handlers)) {
				for _, b := range fn.Blocks {
					for _, instr := range b.Instrs {
						call, ok := instr.(*ssa.Call)
						if !ok || !isRoomsRead(call) {
							continue
						}
						pos, end := m.Nodes.Range(call.Pos())
						text := "Rooms()"
						if n, ok := m.Nodes.Node(call.Pos()).(*ast.CallExpr); ok {
							text = ruleutil.Source(r.Pass.Fset, n)
						}
						rel := []analysis.RelatedInformation{{Pos: d.Pos, End: d.End, Message: "disconnect handler registered here"}}
						msg := "read"
						if sc.Lib == sockscope.Googollee {
							msg = "googollee"
						}
						r.Report(pos, end, rel, msg, text)
					}
				}
			}
		}
	}
}

// googolleeLeavesFirst reports whether the imported go-socket.io leaves the
// rooms before calling OnDisconnect. Tagged releases v1.4.3-v1.7.0 do. The
// unreleased master (v1.8.0-rc, and forks of it) calls OnDisconnect first
// (commit 65235b2) and also has Server.Remove, which v1.7.0 lacks: its
// presence identifies the newer order, where Rooms() is still populated.
func googolleeLeavesFirst(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() != sockscope.GoogolleePath {
			continue
		}
		tn, ok := imp.Scope().Lookup("Server").(*types.TypeName)
		if !ok {
			return true
		}
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, imp, "Remove")
		return obj == nil
	}
	return true
}

// isRoomsRead matches the connection's own rooms: googollee
// Namespace.Rooms() (not Server.Rooms(ns), the namespace's room list) and
// zishang520 (*Socket).Rooms().
func isRoomsRead(call *ssa.Call) bool {
	fn := ssax.Callee(call.Common())
	if fn == nil || fn.Pkg() == nil || fn.Name() != "Rooms" {
		return false
	}
	switch p := fn.Pkg().Path(); {
	case p == sockscope.GoogolleePath:
		return ssax.IsMethod(fn, p, "Namespace", "Rooms") || ssax.IsMethod(fn, p, "Conn", "Rooms")
	case sockscope.IsZishang(p):
		return ssax.IsMethod(fn, p, "Socket", "Rooms")
	}
	return false
}
