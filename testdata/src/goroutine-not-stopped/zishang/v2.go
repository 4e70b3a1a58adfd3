package zishang

import (
	"time"

	v2 "github.com/zishang520/socket.io/v2/socket"
)

// LegacyFeed runs on the v2 server package.
func LegacyFeed(io *v2.Server) {
	// LEAK: no disconnect listener.
	io.On("connection", func(clients ...any) {
		client := clients[0].(*v2.Socket)
		go func() { // want `goroutine started for this socket`
			for range time.Tick(time.Second) {
				client.Emit("tick")
			}
		}()
	})

	// OK: a method value as the disconnect listener closes the channel.
	io.Of("/legacy-ok", func(clients ...any) {
		client := clients[0].(*v2.Socket)
		f := &legacyFeed{done: make(chan struct{})}
		client.On("disconnect", f.close)
		go f.loop(client)
	})
}

type legacyFeed struct{ done chan struct{} }

func (f *legacyFeed) close(...any) { close(f.done) }

func (f *legacyFeed) loop(client *v2.Socket) {
	for {
		select {
		case <-f.done:
			return
		case <-time.After(time.Second):
			client.Emit("tick")
		}
	}
}
