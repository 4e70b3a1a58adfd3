// Package googollee holds context-not-cancelled cases for go-socket.io.
package googollee

import (
	"context"
	"log"
	"sync"
	"time"

	socketio "github.com/googollee/go-socket.io"
)

type conn struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func (c *conn) close() { c.cancel() }

var (
	mu      sync.Mutex
	cancels = map[string]context.CancelFunc{}
)

func stream(ctx context.Context, s socketio.Conn) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
			s.Emit("row")
		}
	}
}

// Leaky starts per-connection work whose context nobody cancels.
func Leaky(server *socketio.Server) {
	// LEAK: kept by id, never called.
	server.OnConnect("/db", func(s socketio.Conn) error {
		ctx, cancel := context.WithCancel(context.Background()) // want `the cancel function of context.WithCancel escapes the socket handler and is never called on disconnect \(disconnect handler at work.go:\d+\)`
		mu.Lock()
		cancels[s.ID()] = cancel
		mu.Unlock()
		go stream(ctx, s)
		return nil
	})
	server.OnDisconnect("/db", func(s socketio.Conn, reason string) {
		log.Println("db feed closed", s.ID())
	})

	// LEAK: kept in the connection context, OnDisconnect forgets it.
	server.OnConnect("/logs", func(s socketio.Conn) error {
		ctx, cancel := context.WithCancel(context.Background()) // want `context.WithCancel escapes the socket handler`
		s.SetContext(&conn{ctx: ctx, cancel: cancel})
		go stream(ctx, s)
		return nil
	})
	server.OnDisconnect("/logs", func(s socketio.Conn, reason string) {})

	// LEAK: only the client's "stop" event cancels it.
	server.OnEvent("/search", "query", func(s socketio.Conn, q string) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Hour) // want `context.WithTimeout escapes the socket handler`
		s.SetContext(&conn{ctx: ctx, cancel: cancel})
		go stream(ctx, s)
	})
	server.OnEvent("/search", "stop", func(s socketio.Conn) {
		s.Context().(*conn).cancel()
	})

	// LEAK: OnError is not the disconnect path.
	server.OnConnect("/metrics", func(s socketio.Conn) error {
		ctx, cancel := context.WithCancelCause(context.Background()) // want `context.WithCancelCause escapes the socket handler`
		s.SetContext(cancel)
		go stream(ctx, s)
		return nil
	})
	server.OnError("/metrics", func(s socketio.Conn, err error) {
		s.Context().(context.CancelCauseFunc)(err)
	})

	// LEAK: the cancelling OnDisconnect is replaced by the last one.
	server.OnConnect("/jobs", func(s socketio.Conn) error {
		ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(24*time.Hour)) // want `context.WithDeadline escapes the socket handler`
		s.SetContext(&conn{ctx: ctx, cancel: cancel})
		go stream(ctx, s)
		return nil
	})
	server.OnDisconnect("/jobs", func(s socketio.Conn, reason string) { s.Context().(*conn).close() })
	server.OnDisconnect("/jobs", func(s socketio.Conn, reason string) { log.Println("jobs done") })
}

// Fixed cancels every per-connection context on disconnect.
func Fixed(server *socketio.Server) {
	// OK: cancelled through the connection context, via a method.
	server.OnConnect("/", func(s socketio.Conn) error {
		ctx, cancel := context.WithCancel(context.Background())
		s.SetContext(&conn{ctx: ctx, cancel: cancel})
		go stream(ctx, s)
		return nil
	})
	server.OnDisconnect("", func(s socketio.Conn, reason string) {
		if c, ok := s.Context().(*conn); ok {
			c.close()
		}
	})

	// OK: request-scoped: deferred in the handler.
	server.OnEvent("/", "lookup", func(s socketio.Conn, id string) string {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		<-ctx.Done()
		return id
	})

	// OK: by id, called and deleted on disconnect.
	server.OnConnect("/db-ok", func(s socketio.Conn) error {
		ctx, cancel := context.WithCancel(context.Background())
		mu.Lock()
		cancels[s.ID()] = cancel
		mu.Unlock()
		go stream(ctx, s)
		return nil
	})
	server.OnDisconnect("/db-ok", func(s socketio.Conn, reason string) {
		mu.Lock()
		defer mu.Unlock()
		if cancel := cancels[s.ID()]; cancel != nil {
			cancel()
		}
		delete(cancels, s.ID())
	})

	// OK: the goroutine cancels its own context when its work ends.
	server.OnEvent("/", "export", func(s socketio.Conn) {
		ctx, cancel := context.WithCancel(context.Background())
		go func() {
			defer cancel()
			s.Emit("export", ctx.Err() == nil)
		}()
	})
}
