// Package userpairs holds resource-not-released cases for user-declared
// pairs (see resourcenotreleased_test.go for the pairs):
//
//	lease:   (*example.com/lease.Manager).Acquire -> (*example.com/lease.Lease).Release, example.com/lease.Return
//	open:    example.com/lease.Open               -> (*example.com/lease.Lease).Release
//	pooled:  (example.com/lease.Pool).Get         -> (*example.com/lease.Lease).Release
//	session: (*example.com/lease.Session).Start   -> (*example.com/lease.Session).Stop
package userpairs

import (
	"log"
	"sync"

	"example.com/fakelease"
	"example.com/lease"
	socketio "github.com/googollee/go-socket.io"

	"resource-not-released/userpairs/cleanup"
)

type state struct {
	l    *lease.Lease
	sess *lease.Session
	fake *fakelease.Lease
}

var (
	mu     sync.Mutex
	leases = map[string]*lease.Lease{}
)

// Manager is a local type spelled like lease.Manager: not a declared pair.
type Manager struct{}

// Acquire is spelled like (*lease.Manager).Acquire.
func (m *Manager) Acquire(key string) (*lease.Lease, error) { return nil, nil }

// Leaky acquires declared resources and never releases them.
func Leaky(server *socketio.Server, mgr *lease.Manager, pool lease.Pool) {
	// LEAK: kept in the socket context; OnDisconnect only logs.
	server.OnConnect("/ctx", func(s socketio.Conn) error {
		l, err := mgr.Acquire(s.ID()) // want `resource "lease" from \(\*lease.Manager\).Acquire acquired for this socket is never released on disconnect: no Release or lease.Return on the disconnect path \(disconnect handler at leases.go:49\)`
		if err != nil {
			return err
		}
		s.SetContext(&state{l: l})
		return nil
	})
	server.OnDisconnect("/ctx", func(s socketio.Conn, reason string) { log.Println("left", reason) })

	// LEAK: kept in a package-level map; OnDisconnect forgets the entry
	// but the lease stays taken.
	server.OnEvent("/map", "join", func(s socketio.Conn, room string) {
		l, err := lease.Open(room) // want `resource "open" from lease.Open acquired for this socket is never released on disconnect: no Release on the disconnect path`
		if err != nil {
			return
		}
		mu.Lock()
		leases[s.ID()] = l
		mu.Unlock()
	})
	server.OnDisconnect("/map", func(s socketio.Conn, reason string) {
		mu.Lock()
		delete(leases, s.ID())
		mu.Unlock()
	})

	// LEAK: an interface method; Renew is not a release.
	server.OnConnect("/pool", func(s socketio.Conn) error {
		l := pool.Get(s.ID()) // want `resource "pooled" from \(lease.Pool\).Get acquired for this socket is never released on disconnect`
		s.SetContext(&state{l: l})
		return nil
	})
	server.OnDisconnect("/pool", func(s socketio.Conn, reason string) {
		s.Context().(*state).l.Renew()
	})

	// LEAK: the value is the receiver of Start; there is no disconnect
	// handler at all.
	server.OnConnect("/session", func(s socketio.Conn) error {
		sess := lease.NewSession()
		if err := sess.Start(); err != nil { // want `resource "session" from \(\*lease.Session\).Start acquired for this socket is never released on disconnect: no Stop on the disconnect path \(no disconnect handler is registered for this socket\)`
			return err
		}
		s.SetContext(&state{sess: sess})
		return nil
	})

	// LEAK: OnError is not the disconnect path.
	server.OnConnect("/err", func(s socketio.Conn) error {
		l, _ := mgr.Acquire(s.ID()) // want `resource "lease" from \(\*lease.Manager\).Acquire acquired for this socket is never released`
		s.SetContext(&state{l: l})
		return nil
	})
	server.OnError("/err", func(s socketio.Conn, err error) {
		s.Context().(*state).l.Release()
	})
}

// Fixed releases every declared resource on disconnect, or never keeps it.
func Fixed(server *socketio.Server, mgr *lease.Manager, fm *fakelease.Manager, local *Manager) {
	// OK: released by method on disconnect.
	server.OnConnect("/ctx-ok", func(s socketio.Conn) error {
		l, err := mgr.Acquire(s.ID())
		if err != nil {
			return err
		}
		s.SetContext(&state{l: l})
		return nil
	})
	server.OnDisconnect("/ctx-ok", func(s socketio.Conn, reason string) {
		s.Context().(*state).l.Release()
	})

	// OK: released by the declared release function, which takes the
	// lease as its second argument.
	server.OnEvent("/map-ok", "join", func(s socketio.Conn, room string) {
		l, err := mgr.Acquire(room)
		if err != nil {
			return
		}
		mu.Lock()
		leases[s.ID()] = l
		mu.Unlock()
	})
	server.OnDisconnect("/map-ok", func(s socketio.Conn, reason string) {
		mu.Lock()
		defer mu.Unlock()
		lease.Return(mgr, leases[s.ID()])
		delete(leases, s.ID())
	})

	// OK: released by a helper in another package (a Summary fact).
	server.OnConnect("/helper-ok", func(s socketio.Conn) error {
		l, err := lease.Open(s.ID())
		if err != nil {
			return err
		}
		s.SetContext(&state{l: l})
		return nil
	})
	server.OnDisconnect("/helper-ok", func(s socketio.Conn, reason string) {
		cleanup.Free(s.Context().(*state).l)
	})

	// OK: released before the handler returns.
	server.OnEvent("/local-ok", "ping", func(s socketio.Conn) {
		l, err := mgr.Acquire(s.ID())
		if err != nil {
			return
		}
		defer l.Release()
		s.Emit("pong", l.ID)
	})

	// OK: Stop on disconnect for a receiver-acquired session.
	server.OnConnect("/session-ok", func(s socketio.Conn) error {
		sess := lease.NewSession()
		if err := sess.Start(); err != nil {
			return err
		}
		s.SetContext(&state{sess: sess})
		return nil
	})
	server.OnDisconnect("/session-ok", func(s socketio.Conn, reason string) {
		s.Context().(*state).sess.Stop()
	})

	// OK: same spelling, other objects: fakelease.Manager.Acquire and a
	// local Manager.Acquire are not the declared acquire.
	server.OnConnect("/spelling", func(s socketio.Conn) error {
		f, _ := fm.Acquire(s.ID())
		l, _ := local.Acquire(s.ID())
		s.SetContext(&state{fake: f, l: l})
		return nil
	})
	server.OnDisconnect("/spelling", func(s socketio.Conn, reason string) {})
}
