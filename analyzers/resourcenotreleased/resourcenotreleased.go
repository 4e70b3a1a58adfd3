// Package resourcenotreleased implements the resource-not-released rule for
// Go: a per-connection resource from the pairs table (files, processes,
// outbound connections, dedicated sql.Conn, go-redis PubSub, NATS
// subscriptions) acquired in a socket scope, kept past the handler, and not
// released on the disconnect path. The library frees none of them when the
// socket goes away.
package resourcenotreleased

import (
	"github.com/disconnectlint/disconnectlint/analyzers/internal/acquire"
	"github.com/disconnectlint/disconnectlint/analyzers/internal/ruleutil"
	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
)

// Analyzer is the resource_not_released analyzer.
var Analyzer = ruleutil.New("resource-not-released", run)

const (
	goRedis = "github.com/redis/go-redis/v9"
	nats    = "github.com/nats-io/nats.go"
)

// pairs is the Go half of the semantics brief's section 5.2 table.
var pairs = []acquire.Pair{
	{Acquire: []string{"os.Open", "os.Create", "os.OpenFile"}, Result: 0, Releases: []string{"(*os.File).Close"},
		What: "the file from os.Open/Create", Release: "Close", CtxArg: -1},
	{Acquire: []string{"(*os/exec.Cmd).Start"}, Result: -1,
		Releases: []string{"(*os.Process).Kill", "(*os.Process).Signal", "(*os/exec.Cmd).Wait"}, AlsoOn: []string{"os/exec.Cmd.Process"},
		What: "the process started by exec.Cmd.Start", Release: "Process.Kill", CtxArg: -1},
	{Acquire: []string{"net.Dial", "net.DialTimeout", "(*net.Dialer).Dial", "(*net.Dialer).DialContext"}, Result: 0,
		Releases: []string{"(net.Conn).Close"}, What: "the connection from net.Dial", Release: "Close", CtxArg: -1},
	{Acquire: []string{"(*database/sql.DB).Conn"}, Result: 0, Releases: []string{"(*database/sql.Conn).Close"},
		What: "the sql.Conn from db.Conn", Release: "Close", CtxArg: -1},
	{Acquire: []string{"(*" + goRedis + ".Client).Subscribe", "(*" + goRedis + ".Client).PSubscribe", "(*" + goRedis + ".Client).SSubscribe"}, Result: 0,
		Releases: []string{"(*" + goRedis + ".PubSub).Close"}, What: "the go-redis PubSub from Subscribe", Release: "Close", CtxArg: -1},
	{Acquire: []string{"(*" + nats + ".Conn).Subscribe", "(*" + nats + ".Conn).ChanSubscribe", "(*" + nats + ".Conn).QueueSubscribe"}, Result: 0,
		Releases: []string{"(*" + nats + ".Subscription).Unsubscribe", "(*" + nats + ".Subscription).Drain"},
		What:     "the NATS subscription", Release: "Unsubscribe", CtxArg: -1},
}

func run(r *ruleutil.Reporter, m *sockscope.Model) {
	acquire.Check(r, m, pairs, func(f acquire.Found) {
		pos, end := m.Nodes.Range(f.Call.Pos())
		r.Report(pos, end, m.Related(f.Scope), "resource", f.Pair.What, f.Pair.Release, m.Where(f.Scope))
	})
}
