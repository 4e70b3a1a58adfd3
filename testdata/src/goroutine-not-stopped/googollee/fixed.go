package googollee

import (
	"context"
	"log"
	"time"

	socketio "github.com/googollee/go-socket.io"
)

type hubClient struct {
	conn socketio.Conn
	send chan []byte
}

type hub struct {
	register   chan *hubClient
	unregister chan *hubClient
	clients    map[*hubClient]bool
}

func (h *hub) run() {
	for {
		select {
		case c := <-h.register:
			h.clients[c] = true
		case c := <-h.unregister:
			delete(h.clients, c)
			close(c.send)
		}
	}
}

func writePump(c *hubClient) {
	for msg := range c.send {
		c.conn.Emit("msg", string(msg))
	}
}

type feed struct{ done chan struct{} }

func (f *feed) stop() { close(f.done) }

// RegisterFixed wires servers that stop their goroutines.
func RegisterFixed(server *socketio.Server, h *hub) {
	// OK: the done channel lives in the connection context and is closed
	// by OnDisconnect.
	server.OnConnect("/prices-ok", func(s socketio.Conn) error {
		st := &session{done: make(chan struct{})}
		s.SetContext(st)
		go gameLoop(s, st)
		return nil
	})
	server.OnDisconnect("/prices-ok", func(s socketio.Conn, reason string) {
		if st, ok := s.Context().(*session); ok {
			close(st.done)
		}
	})

	// OK: the cancel func is kept by connection id and called on disconnect.
	server.OnConnect("/poll-ok", func(s socketio.Conn) error {
		ctx, cancel := context.WithCancel(context.Background())
		mu.Lock()
		cancels[s.ID()] = cancel
		mu.Unlock()
		go poll(ctx, s)
		return nil
	})
	server.OnDisconnect("/poll-ok", func(s socketio.Conn, reason string) {
		mu.Lock()
		defer mu.Unlock()
		if cancel, ok := cancels[s.ID()]; ok {
			cancel()
			delete(cancels, s.ID())
		}
	})

	// OK: "/" and "" are the same namespace.
	server.OnConnect("/", func(s socketio.Conn) error {
		f := &feed{done: make(chan struct{})}
		s.SetContext(f)
		go func() {
			t := time.NewTicker(time.Second)
			defer t.Stop()
			for {
				select {
				case <-f.done:
					return
				case <-t.C:
					s.Emit("tick")
				}
			}
		}()
		return nil
	})
	server.OnDisconnect("", func(s socketio.Conn, reason string) {
		s.Context().(*feed).stop()
	})

	// OK: bounded goroutines end by themselves.
	server.OnEvent("/", "burst", func(s socketio.Conn, n int) {
		go func() {
			for i := 0; i < n; i++ {
				s.Emit("burst", i)
			}
		}()
		go func() {
			for {
				select {
				case <-time.After(30 * time.Second):
					return
				default:
					s.Emit("warmup")
				}
			}
		}()
	})

	// OK: the last OnDisconnect is the one that closes the channel.
	server.OnConnect("/lobby", func(s socketio.Conn) error {
		st := &session{done: make(chan struct{})}
		s.SetContext(st)
		go gameLoop(s, st)
		return nil
	})
	server.OnDisconnect("/lobby", func(s socketio.Conn, reason string) {
		log.Println("first handler, replaced", reason)
	})
	server.OnDisconnect("/lobby", func(s socketio.Conn, reason string) {
		close(s.Context().(*session).done)
	})

	// OK: the hub owns the client's send channel and closes it on
	// unregister, which the disconnect handler sends.
	server.OnConnect("/hub", func(s socketio.Conn) error {
		c := &hubClient{conn: s, send: make(chan []byte, 16)}
		s.SetContext(c)
		h.register <- c
		go writePump(c)
		return nil
	})
	server.OnDisconnect("/hub", func(s socketio.Conn, reason string) {
		h.unregister <- s.Context().(*hubClient)
	})
}
