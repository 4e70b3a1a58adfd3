// Package googollee holds goroutine-not-stopped cases for go-socket.io.
package googollee

import (
	"context"
	"log"
	"sync"
	"time"

	socketio "github.com/googollee/go-socket.io"
)

type session struct {
	done   chan struct{}
	ticker *time.Ticker
}

var (
	mu      sync.Mutex
	cancels = map[string]context.CancelFunc{}
)

// Register wires every namespace of the price server.
func Register(server *socketio.Server) {
	// LEAK: the price feed ranges over a ticker forever; OnDisconnect only logs.
	server.OnConnect("/prices", func(s socketio.Conn) error {
		t := time.NewTicker(time.Second)
		go func() { // want `goroutine started for this socket ranges over a channel that is never closed`
			for range t.C {
				s.Emit("price", 42)
			}
		}()
		return nil
	})
	server.OnDisconnect("/prices", func(s socketio.Conn, reason string) {
		log.Println("bye", s.ID(), reason)
	})

	// LEAK: heartbeat loop with no exit and no disconnect handler at all.
	server.OnConnect("/heartbeat", func(s socketio.Conn) error {
		go func() { // want `goroutine started for this socket loops forever and nothing on the disconnect path stops it \(no disconnect handler`
			for {
				time.Sleep(5 * time.Second)
				s.Emit("ping")
			}
		}()
		return nil
	})

	// LEAK: the stop channel is closed only by the client's "unsubscribe"
	// event; a client that just goes away never sends it.
	server.OnConnect("/ticker", func(s socketio.Conn) error {
		stop := make(chan struct{})
		s.SetContext(stop)
		go func() { // want `waits on a channel that is never closed on disconnect`
			t := time.NewTicker(time.Second)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					s.Emit("tick")
				}
			}
		}()
		return nil
	})
	server.OnEvent("/ticker", "unsubscribe", func(s socketio.Conn) {
		close(s.Context().(chan struct{}))
	})

	// LEAK: the poller waits on a background context that nobody cancels.
	server.OnConnect("/poll", func(s socketio.Conn) error {
		go poll(context.Background(), s) // want `waits on ctx.Done\(\) of a context that is never cancelled`
		return nil
	})

	// LEAK: the first OnDisconnect closed the channel but the second one
	// replaces it (one handler per namespace).
	server.OnConnect("/game", func(s socketio.Conn) error {
		st := &session{done: make(chan struct{}), ticker: time.NewTicker(time.Second)}
		s.SetContext(st)
		go gameLoop(s, st) // want `waits on a channel that is never closed on disconnect`
		return nil
	})
	server.OnDisconnect("/game", func(s socketio.Conn, reason string) {
		close(s.Context().(*session).done)
	})
	server.OnDisconnect("/game", func(s socketio.Conn, reason string) {
		log.Println("left the game", s.ID())
	})

	// LEAK: OnError is not the disconnect path.
	server.OnConnect("/chat", func(s socketio.Conn) error {
		st := &session{done: make(chan struct{})}
		s.SetContext(st)
		go gameLoop(s, st) // want `waits on a channel that is never closed on disconnect`
		return nil
	})
	server.OnError("/chat", func(s socketio.Conn, err error) {
		close(s.Context().(*session).done)
	})
	server.OnDisconnect("/chat", func(s socketio.Conn, reason string) {
		log.Println("chat closed", reason)
	})
}

func poll(ctx context.Context, s socketio.Conn) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
			s.Emit("poll")
		}
	}
}

func gameLoop(s socketio.Conn, st *session) {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-st.done:
			return
		case <-t.C:
			s.Emit("state", 1)
		}
	}
}
