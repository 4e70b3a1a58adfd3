package godriver_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/analyzers"
	"github.com/disconnectlint/disconnectlint/godriver"
)

// pairsModule is a module with an in-house lease library and a handler that
// leaks a lease, on a local stub of go-socket.io (no network).
var pairsModule = map[string]string{
	"go.mod": "module example.com/m\n\ngo 1.26\n\nrequire github.com/googollee/go-socket.io v1.7.0\n\n" +
		"replace github.com/googollee/go-socket.io => ./sio\n",
	"sio/go.mod": "module github.com/googollee/go-socket.io\n\ngo 1.26\n",
	"sio/sio.go": `package socketio

type Conn interface {
	ID() string
	SetContext(v interface{})
	Context() interface{}
}

type Server struct{}

func (s *Server) OnConnect(ns string, f func(Conn) error)         {}
func (s *Server) OnDisconnect(ns string, f func(Conn, string))    {}
`,
	"lease/lease.go": `package lease

type Manager struct{}
type Lease struct{}

func (m *Manager) Acquire(key string) (*Lease, error) { return &Lease{}, nil }
func (l *Lease) Release()                             {}
`,
	"srv/srv.go": `package srv

import (
	socketio "github.com/googollee/go-socket.io"

	"example.com/m/lease"
)

func Wire(server *socketio.Server, mgr *lease.Manager) {
	server.OnConnect("/", func(s socketio.Conn) error {
		l, err := mgr.Acquire(s.ID())
		if err != nil {
			return err
		}
		s.SetContext(l)
		return nil
	})
	server.OnDisconnect("/", func(s socketio.Conn, reason string) {})
}
`,
}

var leasePair = analyzers.Pair{Name: "lease", Acquire: "(*example.com/m/lease.Manager).Acquire",
	Release: []string{"(*example.com/m/lease.Lease).Release"}}

func TestPairs(t *testing.T) {
	dir := writeModule(t, pairsModule)
	run := func(pairs []analyzers.Pair) *godriver.Result {
		t.Helper()
		res, err := godriver.Run(context.Background(), godriver.Options{Dir: dir, Patterns: []string{"./..."}, Pairs: pairs})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Errors) > 0 {
			t.Fatalf("errors: %+v", res.Errors)
		}
		return res
	}
	if res := run(nil); len(res.Findings) != 0 {
		t.Errorf("without pairs: %+v, want no findings", res.Findings)
	}
	res := run([]analyzers.Pair{leasePair})
	if len(res.Findings) != 1 {
		t.Fatalf("with the lease pair: %+v, want 1 finding", res.Findings)
	}
	f := res.Findings[0]
	if f.Rule != "resource-not-released" || f.Path != filepath.Join(dir, "srv", "srv.go") || f.Line != 11 || f.Column != 13 ||
		!strings.HasPrefix(f.Message, `resource "lease" from (*lease.Manager).Acquire acquired for this socket is never released on disconnect: no Release`) {
		t.Errorf("finding = %+v", f)
	}
	// Enabled still filters: the pairs belong to resource-not-released.
	res, err := godriver.Run(context.Background(), godriver.Options{Dir: dir, Pairs: []analyzers.Pair{leasePair},
		Enabled: func(id string) bool { return id != "resource-not-released" }})
	if err != nil || len(res.Findings) != 0 {
		t.Errorf("resource-not-released disabled: %v, %+v", err, res)
	}
}

func TestBadPair(t *testing.T) {
	_, err := godriver.Run(context.Background(), godriver.Options{Dir: t.TempDir(),
		Pairs: []analyzers.Pair{{Name: "lease", Acquire: "lease.Manager.Acquire", Release: []string{"(*example.com/m/lease.Lease).Release"}}}})
	if err == nil || !strings.Contains(err.Error(), `resource 1: resource "lease": acquire "lease.Manager.Acquire" is not a full Go function or method name`) {
		t.Errorf("err = %v", err)
	}
}
