// Package zishang holds listener-not-removed cases for zishang520/socket.io.
package zishang

import (
	"log"

	"github.com/zishang520/socket.io/servers/socket/v3"
	v2 "github.com/zishang520/socket.io/v2/socket"
)

// Leaky adds server and namespace listeners once per connection.
func Leaky(io *socket.Server, old *v2.Server) {
	admin := io.Of("/admin", nil)
	io.On("connection", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		io.On("announce", func(args ...any) { // want `listener for "announce" added to the server \(root namespace\), which outlives the socket, is never removed on disconnect: no RemoveListener or RemoveAllListeners on the disconnect path \(disconnect handler at listeners.go:\d+\)`
			client.Emit("announce", args...)
		})
		admin.On("maintenance", func(args ...any) { // want `listener for "maintenance" added to namespace /admin`
			client.Emit("maintenance")
		})
		io.Sockets().On("reload", func(...any) { client.Emit("reload") }) // want `listener for "reload" added to the server`
		io.On("connection", func(...any) { client.Emit("peer-joined") })  // want `listener for "connection" added to the server`
		client.On("disconnect", func(...any) { log.Println("bye") })
	})
	io.Of("/rooms", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		onNews := func(args ...any) { client.Emit("news", args...) }
		io.On("news", onNews) // want `listener for "news" added to the server`
		client.On("leave", func(...any) { io.RemoveListener("news", onNews) })
	})
	old.On("connection", func(clients ...any) {
		client := clients[0].(*v2.Socket)
		old.On("tick", func(...any) { client.Emit("tick") }) // want `listener for "tick" added to the server`
	})
}

// Fixed keeps listeners on the socket, or removes them on disconnect.
func Fixed(io *socket.Server) {
	io.On("announce", func(args ...any) { io.Emit("announce", args...) })
	io.Of("/ok", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		client.On("chat", func(args ...any) { client.Emit("chat", args...) })
		client.OnAny(func(args ...any) { log.Println(args...) })
		onNews := func(args ...any) { client.Emit("news", args...) }
		io.On("news", onNews)
		client.On("disconnect", func(...any) { io.RemoveListener("news", onNews) })
	})
	io.Of("/ok2", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		io.On("alerts", func(...any) { client.Emit("alert") })
		client.On("disconnecting", func(...any) { io.RemoveAllListeners("alerts") })
	})
}
