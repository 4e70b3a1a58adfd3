// Package googollee holds resource-not-released cases for go-socket.io.
package googollee

import (
	"context"
	"database/sql"
	"log"
	"net"
	"os"
	"os/exec"
	"sync"

	socketio "github.com/googollee/go-socket.io"
	"github.com/nats-io/nats.go"
	"github.com/redis/go-redis/v9"
)

type session struct {
	ps   *redis.PubSub
	log  *os.File
	up   net.Conn
	cmd  *exec.Cmd
	conn *sql.Conn
}

var (
	mu   sync.Mutex
	subs = map[string]*nats.Subscription{}
)

// Leaky acquires per-connection resources and never releases them.
func Leaky(server *socketio.Server, rdb *redis.Client, nc *nats.Conn, db *sql.DB) {
	// LEAK: the PubSub stays subscribed; OnDisconnect only logs.
	server.OnConnect("/chat", func(s socketio.Conn) error {
		ps := rdb.Subscribe(context.Background(), "room:"+s.ID()) // want `the go-redis PubSub from Subscribe acquired for this socket is never released on disconnect: no Close on the disconnect path \(disconnect handler at feeds.go:\d+\)`
		s.SetContext(&session{ps: ps})
		return nil
	})
	server.OnDisconnect("/chat", func(s socketio.Conn, reason string) { log.Println("left", reason) })

	// LEAK: a per-connection transcript file, never closed.
	server.OnConnect("/support", func(s socketio.Conn) error {
		f, err := os.Create("/tmp/transcript-" + s.ID()) // want `the file from os.Open/Create acquired for this socket is never released`
		if err != nil {
			return err
		}
		s.SetContext(&session{log: f})
		return nil
	})

	// LEAK: a NATS subscription kept by id; OnDisconnect forgets the entry
	// but the subscription stays.
	server.OnEvent("/events", "follow", func(s socketio.Conn, subject string) {
		sub, err := nc.Subscribe(subject, func(m *nats.Msg) { s.Emit("event", string(m.Data)) }) // want `the NATS subscription acquired for this socket is never released on disconnect: no Unsubscribe`
		if err != nil {
			return
		}
		mu.Lock()
		subs[s.ID()] = sub
		mu.Unlock()
	})
	server.OnDisconnect("/events", func(s socketio.Conn, reason string) {
		mu.Lock()
		delete(subs, s.ID())
		mu.Unlock()
	})

	// LEAK: a worker process per connection, never killed.
	server.OnConnect("/build", func(s socketio.Conn) error {
		cmd := exec.Command("tail", "-f", "/var/log/build.log")
		if err := cmd.Start(); err != nil { // want `the process started by exec.Cmd.Start acquired for this socket is never released on disconnect: no Process.Kill`
			return err
		}
		s.SetContext(&session{cmd: cmd})
		return nil
	})
	server.OnDisconnect("/build", func(s socketio.Conn, reason string) {})

	// LEAK: OnError is not the disconnect path.
	server.OnConnect("/report", func(s socketio.Conn) error {
		c, err := db.Conn(context.Background()) // want `the sql.Conn from db.Conn acquired for this socket is never released`
		if err != nil {
			return err
		}
		s.SetContext(&session{conn: c})
		return nil
	})
	server.OnError("/report", func(s socketio.Conn, err error) {
		s.Context().(*session).conn.Close()
	})
}

// Fixed releases everything on disconnect.
func Fixed(server *socketio.Server, rdb *redis.Client, nc *nats.Conn) {
	server.OnConnect("/", func(s socketio.Conn) error {
		ps := rdb.Subscribe(context.Background(), "room:"+s.ID())
		up, err := net.Dial("tcp", "upstream:9000")
		if err != nil {
			ps.Close()
			return err
		}
		cmd := exec.Command("tail", "-f", "/var/log/build.log")
		if err := cmd.Start(); err != nil {
			return err
		}
		s.SetContext(&session{ps: ps, up: up, cmd: cmd})
		return nil
	})
	server.OnDisconnect("", func(s socketio.Conn, reason string) {
		st := s.Context().(*session)
		st.ps.Close()
		st.up.Close()
		st.cmd.Process.Kill()
	})

	// OK: read and closed inside the handler.
	server.OnEvent("/", "motd", func(s socketio.Conn) string {
		f, err := os.Open("/etc/motd")
		if err != nil {
			return ""
		}
		defer f.Close()
		return "motd"
	})

	// OK: unsubscribed on disconnect.
	server.OnEvent("/events-ok", "follow", func(s socketio.Conn, subject string) {
		sub, err := nc.Subscribe(subject, func(m *nats.Msg) { s.Emit("event", string(m.Data)) })
		if err != nil {
			return
		}
		mu.Lock()
		subs[s.ID()] = sub
		mu.Unlock()
	})
	server.OnDisconnect("/events-ok", func(s socketio.Conn, reason string) {
		mu.Lock()
		defer mu.Unlock()
		if sub, ok := subs[s.ID()]; ok {
			sub.Unsubscribe()
			delete(subs, s.ID())
		}
	})
}
