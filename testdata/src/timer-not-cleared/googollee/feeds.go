// Package googollee holds timer-not-cleared cases for go-socket.io.
package googollee

import (
	"log"
	"sync"
	"time"

	socketio "github.com/googollee/go-socket.io"
)

var (
	mu      sync.Mutex
	tickers = map[string]*time.Ticker{}
	grace   = map[string]*time.Timer{}
)

type feed struct {
	ticker *time.Ticker
	done   chan struct{}
}

// Leaky wires per-connection feeds that keep tickers alive.
func Leaky(server *socketio.Server) {
	// LEAK: the ticker is kept in a package-level map by connection id and
	// never stopped or removed.
	server.OnConnect("/quotes", func(s socketio.Conn) error {
		t := time.NewTicker(time.Second) // want `time.NewTicker started for this socket is never cleared on disconnect: no Stop on the disconnect path \(disconnect handler at feeds.go:\d+\)`
		mu.Lock()
		tickers[s.ID()] = t
		mu.Unlock()
		return nil
	})
	server.OnDisconnect("/quotes", func(s socketio.Conn, reason string) {
		log.Println("quotes closed", s.ID())
	})

	// LEAK: a goroutine ranges over the ticker forever, so it is never
	// collected.
	server.OnEvent("/", "subscribe", func(s socketio.Conn, symbol string) {
		t := time.NewTicker(500 * time.Millisecond) // want `time.NewTicker started for this socket is never cleared`
		go func() {
			for range t.C {
				s.Emit("quote", symbol)
			}
		}()
	})

	// LEAK: time.Tick in a goroutine that never ends.
	server.OnConnect("/clock", func(s socketio.Conn) error {
		go func() {
			for now := range time.Tick(time.Second) { // want `time.Tick started for this socket is never cleared on disconnect: no Stop \(time.Tick cannot be stopped: use time.NewTicker\) on the disconnect path`
				s.Emit("time", now.Unix())
			}
		}()
		return nil
	})

	// LEAK: a reconnect-grace timer is kept per connection and never
	// stopped; it fires for a socket long gone and holds it until then.
	server.OnConnect("/session", func(s socketio.Conn) error {
		id := s.ID()
		mu.Lock()
		grace[id] = time.AfterFunc(10*time.Minute, func() { log.Println("expire", id) }) // want `time.AfterFunc started for this socket is never cleared`
		mu.Unlock()
		return nil
	})

	// LEAK: OnError is not the disconnect path.
	server.OnConnect("/alerts", func(s socketio.Conn) error {
		t := time.NewTicker(time.Minute) // want `time.NewTicker started for this socket is never cleared`
		mu.Lock()
		tickers[s.ID()] = t
		mu.Unlock()
		return nil
	})
	server.OnError("/alerts", func(s socketio.Conn, err error) {
		mu.Lock()
		tickers[s.ID()].Stop()
		delete(tickers, s.ID())
		mu.Unlock()
	})
}

// Fixed wires feeds that release their timers.
func Fixed(server *socketio.Server) {
	// OK: stopped on disconnect through the connection context.
	server.OnConnect("/quotes-ok", func(s socketio.Conn) error {
		f := &feed{ticker: time.NewTicker(time.Second), done: make(chan struct{})}
		s.SetContext(f)
		go func() {
			for {
				select {
				case <-f.done:
					return
				case <-f.ticker.C:
					s.Emit("quote")
				}
			}
		}()
		return nil
	})
	server.OnDisconnect("/quotes-ok", func(s socketio.Conn, reason string) {
		f := s.Context().(*feed)
		f.ticker.Stop()
		close(f.done)
	})

	// OK (Go >= 1.23): the goroutine ends on disconnect and the ticker,
	// unreferenced, is collected even though nobody stops it.
	server.OnConnect("/", func(s socketio.Conn) error {
		done := make(chan struct{})
		s.SetContext(done)
		t := time.NewTicker(time.Second)
		go func() {
			for {
				select {
				case <-done:
					return
				case <-t.C:
					s.Emit("tick")
				}
			}
		}()
		return nil
	})
	server.OnDisconnect("", func(s socketio.Conn, reason string) {
		close(s.Context().(chan struct{}))
	})

	// OK: the map entry is removed on disconnect (Go >= 1.23), and stopped.
	server.OnConnect("/quotes-map", func(s socketio.Conn) error {
		mu.Lock()
		tickers[s.ID()] = time.NewTicker(time.Second)
		mu.Unlock()
		return nil
	})
	server.OnDisconnect("/quotes-map", func(s socketio.Conn, reason string) {
		mu.Lock()
		defer mu.Unlock()
		delete(tickers, s.ID())
	})

	// OK: a one-shot timer that is not kept anywhere.
	server.OnEvent("/quotes-map", "remind", func(s socketio.Conn) {
		time.AfterFunc(5*time.Second, func() { s.Emit("reminder") })
		t := time.NewTimer(time.Second)
		<-t.C
	})

	// OK: the handler stops its own ticker before returning.
	server.OnEvent("/quotes-map", "sample", func(s socketio.Conn) {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for i := 0; i < 3; i++ {
			<-t.C
			s.Emit("sample", i)
		}
	})

	// OK: the grace timer is stopped and removed in OnDisconnect.
	server.OnConnect("/session-ok", func(s socketio.Conn) error {
		mu.Lock()
		grace[s.ID()] = time.AfterFunc(time.Minute, func() {})
		mu.Unlock()
		return nil
	})
	server.OnDisconnect("/session-ok", func(s socketio.Conn, reason string) {
		mu.Lock()
		if t, ok := grace[s.ID()]; ok {
			t.Stop()
			delete(grace, s.ID())
		}
		mu.Unlock()
	})
}

// broadcastClock is server-wide, not per socket: not this rule's business.
func broadcastClock(server *socketio.Server) {
	for range time.Tick(time.Second) {
		server.BroadcastToNamespace("/", "clock")
	}
}
