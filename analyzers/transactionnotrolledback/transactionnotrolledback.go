// Package transactionnotrolledback implements the
// transaction-not-rolled-back rule for Go: a database/sql transaction begun
// in a socket handler and kept past it (stored per connection, captured by
// a listener, handed to a goroutine) that the disconnect path neither
// commits nor rolls back. It holds a pooled connection and its locks for as
// long as the process lives. Cancelling the BeginTx context on the
// disconnect path counts: database/sql then rolls the transaction back.
package transactionnotrolledback

import (
	"github.com/disconnectlint/disconnectlint/analyzers/internal/acquire"
	"github.com/disconnectlint/disconnectlint/analyzers/internal/ruleutil"
	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
)

// Analyzer is the transaction_not_rolled_back analyzer.
var Analyzer = ruleutil.New("transaction-not-rolled-back", run)

var ends = []string{"(*database/sql.Tx).Commit", "(*database/sql.Tx).Rollback"}

var pairs = []acquire.Pair{
	{Acquire: []string{"(*database/sql.DB).Begin"}, Result: 0, Releases: ends, What: "db.Begin", CtxArg: -1},
	{Acquire: []string{"(*database/sql.DB).BeginTx"}, Result: 0, Releases: ends, What: "db.BeginTx", CtxArg: 1},
	{Acquire: []string{"(*database/sql.Conn).BeginTx"}, Result: 0, Releases: ends, What: "conn.BeginTx", CtxArg: 1},
}

func run(r *ruleutil.Reporter, m *sockscope.Model) {
	acquire.Check(r, m, pairs, func(f acquire.Found) {
		pos, end := m.Nodes.Range(f.Call.Pos())
		r.Report(pos, end, m.Related(f.Scope), "transaction", f.Pair.What, m.Where(f.Scope))
	})
}
