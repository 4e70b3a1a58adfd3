// Package app exercises scope discovery.
package app

import (
	"log"

	socketio "github.com/googollee/go-socket.io"
	"github.com/zishang520/socket.io/servers/socket/v3"

	"sockscope/helpers"
)

type server struct{ io *socketio.Server }

func (a *server) onConnect(s socketio.Conn) error { return nil }

func (a *server) setup() {
	a.io.OnConnect("/", a.onConnect) // want `scope googollee/go-socket.io / disconnects=1 releases=2`
	a.io.OnEvent("", "msg", func(s socketio.Conn, m string) {})
	a.io.OnError("/", func(s socketio.Conn, err error) { helpers.Forget(s.ID()) })
	a.io.OnDisconnect("", func(s socketio.Conn, reason string) { log.Println("first, replaced") })
	a.io.OnDisconnect("", func(s socketio.Conn, reason string) { helpers.Forget(s.ID()) }) // want `effective disconnect for /`
}

func zishang(io *socket.Server) {
	io.Of("/game", func(clients ...any) { // want `scope zishang520/socket.io /game disconnects=2 releases=0`
		client := clients[0].(*socket.Socket)
		client.On("disconnect", func(...any) {})      // want `effective disconnect for /game`
		client.Once("disconnecting", func(...any) {}) // want `effective disconnect for /game`
		client.On("chat", func(...any) {})
	})
}
