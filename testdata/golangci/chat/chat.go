// Package chat is a go-socket.io v1.7.0 server with leaks for the
// golangci-lint integration test (plugin/golangci_integration_test.go).
package chat

import (
	"log"
	"os"
	"sync"
	"time"

	socketio "github.com/googollee/go-socket.io"

	"example.com/golangcifixture/lease"
)

type session struct {
	l *lease.Lease
	f *os.File
}

var (
	mu      sync.Mutex
	members = map[string]socketio.Conn{}
)

// New wires the namespaces.
func New(server *socketio.Server, mgr *lease.Manager) {
	server.OnConnect("/", func(s socketio.Conn) error {
		mu.Lock()
		members[s.ID()] = s // finding: client-not-untracked
		mu.Unlock()
		t := time.NewTicker(time.Second) // finding: timer-not-cleared
		go func() {                      // finding: goroutine-not-stopped
			for range t.C {
				s.Emit("tick")
			}
		}()
		l, err := mgr.Acquire(s.ID()) // finding: resource-not-released (declared pair)
		if err != nil {
			return err
		}
		s.SetContext(&session{l: l})
		return nil
	})
	server.OnDisconnect("/", func(s socketio.Conn, reason string) {
		for _, room := range s.Rooms() { // finding: rooms-read-after-disconnect
			log.Println("left", room)
		}
	})

	server.OnConnect("/audit", func(s socketio.Conn) error {
		f, err := os.Create("/tmp/audit-" + s.ID()) //nolint:disconnectlint // closed by the log rotator
		if err != nil {
			return err
		}
		s.SetContext(&session{f: f})
		return nil
	})
	server.OnDisconnect("/audit", func(s socketio.Conn, reason string) {})

	server.OnConnect("/ok", func(s socketio.Conn) error {
		l, err := mgr.Acquire(s.ID())
		if err != nil {
			return err
		}
		s.SetContext(&session{l: l})
		return nil
	})
	server.OnDisconnect("/ok", func(s socketio.Conn, reason string) {
		s.Context().(*session).l.Release()
	})
}
