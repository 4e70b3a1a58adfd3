package jsrules

import (
	"sort"

	"github.com/disconnectlint/disconnectlint/jsmodel"
	"github.com/disconnectlint/disconnectlint/jsparse"
	"github.com/disconnectlint/disconnectlint/report"
)

// checkLateListeners implements late-disconnect-listener. In an async
// connection callback, a disconnect listener registered after an await
// misses a disconnect that happens during the await: socket.io emits
// 'disconnect' once, and nobody was listening yet. A check of
// socket.connected (or socket.disconnected) between the await and the
// registration handles that case.
func checkLateListeners(p *pass) {
	f := p.f
	for _, s := range f.Sockets {
		h := s.Handler
		if !jsmodel.IsAsync(h) {
			continue
		}
		body := jsmodel.FuncBody(h)
		if body == nil {
			continue
		}
		type event struct {
			pos  int
			kind int // 0 await, 1 guard, 2 registration
			node *Node
		}
		var evs []event
		regs := map[*Node]bool{}
		for _, d := range s.Disconnect {
			if jsmodel.EnclosingFunc(d.Call) == h {
				regs[d.Call] = true
			}
		}
		jsparse.Walk(body, func(n *Node) bool {
			if jsmodel.IsFunction(n) {
				return false
			}
			switch n.Kind {
			case "await_expression":
				evs = append(evs, event{n.End, 0, n})
			case "for_in_statement":
				if n.HasToken("await") {
					evs = append(evs, event{n.End, 0, n})
				}
			case "member_expression":
				prop := f.Tree.Text(n.Child("property"))
				if (prop == "connected" || prop == "disconnected") && s.IsSocket(f, n.Child("object")) {
					evs = append(evs, event{n.Start, 1, n})
				}
			case "call_expression":
				if regs[n] {
					evs = append(evs, event{n.Start, 2, n})
				}
			}
			return true
		})
		sort.SliceStable(evs, func(i, j int) bool { return evs[i].pos < evs[j].pos })
		var lastAwait *Node
		guarded := false
		for _, e := range evs {
			switch e.kind {
			case 0:
				lastAwait, guarded = e.node, false
			case 1:
				if lastAwait != nil {
					guarded = true
				}
			case 2:
				if lastAwait == nil || guarded {
					continue
				}
				r := rule("late-disconnect-listener")
				msg := r.Message("await", lastAwait.Line)
				if p.isUntimedAck(s, lastAwait) {
					msg = r.Message("ack", lastAwait.Line)
				}
				p.report(r.ID, e.node, msg, []report.Related{{Path: p.pathOf(lastAwait), Line: lastAwait.Line, Column: lastAwait.Col, Message: "the await the client can leave during"}})
			}
		}
	}
}

// isUntimedAck reports whether an await waits on socket.emitWithAck with no
// socket.timeout(ms) in front, which never settles once the client is gone.
func (p *pass) isUntimedAck(s *jsmodel.SocketScope, aw *Node) bool {
	if aw.Kind != "await_expression" {
		return false
	}
	call := jsmodel.Unparen(aw.FirstNamed())
	if call == nil || call.Kind != "call_expression" {
		return false
	}
	name, recv := jsmodel.Callee(p.f.Tree, call)
	return name == "emitWithAck" && s.IsSocket(p.f, recv)
}
