//go:build go1.22

// Package legacy is compiled with Go 1.22 semantics, where an unstopped
// ticker is never collected.
package legacy

import (
	"time"

	socketio "github.com/googollee/go-socket.io"
)

type feed struct {
	ticker *time.Ticker
	done   chan struct{}
}

// Register wires a feed whose goroutine ends on disconnect but whose ticker
// is never stopped.
func Register(server *socketio.Server) {
	server.OnConnect("/", func(s socketio.Conn) error {
		f := &feed{ticker: time.NewTicker(time.Second), done: make(chan struct{})} // want `time.NewTicker started for this socket is never cleared`
		s.SetContext(f)
		go func() {
			for {
				select {
				case <-f.done:
					return
				case <-f.ticker.C:
					s.Emit("tick")
				}
			}
		}()
		return nil
	})
	server.OnDisconnect("/", func(s socketio.Conn, reason string) {
		close(s.Context().(*feed).done)
	})

	// OK even before Go 1.23: stopped by the goroutine the disconnect ends.
	server.OnConnect("/ok", func(s socketio.Conn) error {
		f := &feed{ticker: time.NewTicker(time.Second), done: make(chan struct{})}
		s.SetContext(f)
		go func() {
			defer f.ticker.Stop()
			for {
				select {
				case <-f.done:
					return
				case <-f.ticker.C:
					s.Emit("tick")
				}
			}
		}()
		return nil
	})
	server.OnDisconnect("/ok", func(s socketio.Conn, reason string) {
		close(s.Context().(*feed).done)
	})
}
