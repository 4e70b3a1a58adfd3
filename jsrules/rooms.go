package jsrules

import (
	"github.com/disconnectlint/disconnectlint/jsmodel"
	"github.com/disconnectlint/disconnectlint/report"
)

// checkRooms implements rooms-read-after-disconnect: socket.rooms read on the
// path of a 'disconnect' listener, where the socket has already left every
// room (socket.io leaves them before emitting disconnect; 'disconnecting'
// still sees them). Helpers reached from 'disconnecting' as well as from
// 'disconnect' are still reported: on one of the two paths the read is empty.
func checkRooms(p *pass) {
	f := p.f
	for _, s := range f.Sockets {
		walkIn(s.DisconnectOnly, func(n *Node) bool {
			if n.Kind != "member_expression" || f.Tree.Text(n.Child("property")) != "rooms" {
				return true
			}
			if !s.IsSocket(f, n.Child("object")) || !s.OnDisconnectOnly(n) {
				return true
			}
			if par := n.Parent; par != nil && par.Kind == "assignment_expression" && par.Child("left") == n {
				return true
			}
			p.report("rooms-read-after-disconnect", n, rule("rooms-read-after-disconnect").Message("read", p.text(n)), p.disconnectRelated(s, n))
			return true
		})
	}
}

// disconnectRelated points at the 'disconnect' listener whose path reaches n.
func (p *pass) disconnectRelated(s *jsmodel.SocketScope, n *Node) []report.Related {
	for _, h := range s.Disconnect {
		if h.Event == "disconnect" && h.Func != nil {
			return []report.Related{{Path: p.pathOf(h.Call), Line: h.Call.Line, Column: h.Call.Col, Message: "'disconnect' listener registered here"}}
		}
	}
	return nil
}
