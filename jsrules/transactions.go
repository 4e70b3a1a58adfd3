package jsrules

import (
	"regexp"
	"strings"

	"github.com/disconnectlint/disconnectlint/jsmodel"
)

var (
	beginSQL = regexp.MustCompile(`(?i)^\s*(BEGIN|START\s+TRANSACTION)\b`)
	endSQL   = regexp.MustCompile(`(?i)^\s*(COMMIT|ROLLBACK|END|ABORT)\b`)
)

// txKind says how a transaction is finished.
type txKind int

const (
	txSQL     txKind = iota // BEGIN ... COMMIT/ROLLBACK on a connection
	txObject                // knex/sequelize unmanaged: trx.commit()/rollback()
	txSession               // mongo session.startTransaction(): abort/commit + endSession
)

// checkTransactions implements transaction-not-rolled-back.
//
// Matched shapes, in a socket scope and not on its disconnect path:
//
//	conn.query('BEGIN')            (also START TRANSACTION)
//	trx = await knex.transaction() (no handler: unmanaged)
//	session.startTransaction()
//
// A transaction finished in the same function (try/commit/catch/rollback)
// does not outlive the handler. Otherwise the disconnect path must end it:
// ROLLBACK/COMMIT on the same connection (or closing it: end(), release(true),
// destroy()), trx.rollback()/commit(), or session.endSession() (which aborts
// an open transaction). Managed forms (knex.transaction(fn),
// sequelize.transaction(fn), prisma.$transaction, connection.transaction(fn),
// withSession(fn)) take a function and are never matched.
func checkTransactions(p *pass) {
	f := p.f
	for _, s := range f.Sockets {
		p.callsIn(s.Funcs, func(call *Node) {
			if !acquisitionSite(s, call) {
				return
			}
			name, recv := jsmodel.Callee(f.Tree, call)
			if recv == nil {
				return
			}
			args := jsmodel.Args(call)
			var kind txKind
			var keys []jsmodel.Key
			switch {
			case (name == "query" || name == "execute") && len(args) > 0:
				sql, ok := f.StringValue(args[0])
				if !ok || !beginSQL.MatchString(sql) {
					return
				}
				kind, keys = txSQL, f.KeysOf(s, recv)
			case name == "transaction" && !hasFuncArg(f, args):
				kind, keys = txObject, p.storageKeys(s, call, 0)
			case name == "startTransaction":
				kind, keys = txSession, f.KeysOf(s, recv)
			default:
				return
			}
			if len(keys) > 0 {
				if p.txEndedInline(s, call, kind, keys) || p.txEnded(s, s.DisconnectFuncs, kind, keys, false) {
					return
				}
			}
			where, related := p.where(s, call)
			p.report("transaction-not-rolled-back", call, rule("transaction-not-rolled-back").Message("transaction", p.text(call), where), related)
		})
	}
}

func hasFuncArg(f *jsmodel.File, args []*Node) bool {
	for _, a := range args {
		if f.FuncOf(a) != nil {
			return true
		}
	}
	return false
}

// txEndedInline reports whether the function that begins the transaction
// also finishes it (not counting other events' listeners).
func (p *pass) txEndedInline(s *jsmodel.SocketScope, begin *Node, kind txKind, keys []jsmodel.Key) bool {
	ended := false
	p.inlineCalls(s, begin, func(call *Node) {
		if !ended && p.txEnds(s, call, kind, keys, true) {
			ended = true
		}
	})
	return ended
}

// txEnded reports whether the roots end a transaction with the keys. In the
// acquiring function (sameFunc) a commit or rollback suffices; on the
// disconnect path closing the connection or ending the session does too.
func (p *pass) txEnded(s *jsmodel.SocketScope, roots []*Node, kind txKind, keys []jsmodel.Key, sameFunc bool) bool {
	var rs []*Node
	for _, r := range roots {
		if r != nil {
			rs = append(rs, r)
		}
	}
	ended := false
	p.callsIn(rs, func(call *Node) {
		if !ended && p.txEnds(s, call, kind, keys, sameFunc) {
			ended = true
		}
	})
	return ended
}

// txEnds reports whether one call ends a transaction with the keys.
func (p *pass) txEnds(s *jsmodel.SocketScope, call *Node, kind txKind, keys []jsmodel.Key, sameFunc bool) bool {
	f := p.f
	name, recv := jsmodel.Callee(f.Tree, call)
	if recv == nil || !jsmodel.Intersects(f.KeysOf(s, recv), keys) {
		return false
	}
	args := jsmodel.Args(call)
	switch kind {
	case txSQL:
		switch name {
		case "query", "execute":
			if len(args) > 0 {
				if sql, ok := f.StringValue(args[0]); ok && endSQL.MatchString(sql) {
					return true
				}
			}
		case "end", "destroy":
			return !sameFunc
		case "release":
			// release(true) destroys the connection; a plain release
			// hands it back to the pool still inside the transaction.
			return !sameFunc && len(args) > 0 && strings.TrimSpace(f.Tree.Text(args[0])) != "false"
		}
	case txObject:
		return name == "commit" || name == "rollback"
	case txSession:
		switch name {
		case "endSession":
			return true
		case "commitTransaction", "abortTransaction":
			return sameFunc
		}
	}
	return false
}
