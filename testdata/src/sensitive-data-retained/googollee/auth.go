// Package googollee holds sensitive-data-retained cases for go-socket.io.
package googollee

import (
	"log"
	"sync"

	socketio "github.com/googollee/go-socket.io"
)

type session struct {
	user  string
	token string
}

type account struct {
	Name     string
	Password string
}

var (
	mu       sync.Mutex
	sessions = map[string]*session{}
	tokens   = map[string]string{}
	apiKeys  sync.Map
	accounts []account
	profiles = map[string]string{}
	jwts     = map[string]string{}
)

// Leaky keeps secrets after the socket is gone.
func Leaky(server *socketio.Server) {
	server.OnConnect("/", func(s socketio.Conn) error {
		tok := s.RemoteHeader().Get("Authorization")
		mu.Lock()
		sessions[s.ID()] = &session{user: "u", token: tok} // want `field token \(secret-like\) is kept for this socket in package-level variable googollee.sessions, which outlives the socket, and never dropped on disconnect \(disconnect handler at auth.go:\d+\)`
		mu.Unlock()
		return nil
	})
	server.OnDisconnect("/", func(s socketio.Conn, reason string) { log.Println("bye", reason) })

	server.OnEvent("/", "auth", func(s socketio.Conn, t string) {
		mu.Lock()
		tokens[s.ID()] = t // want `the value \(secret-like\) is kept for this socket in package-level variable googollee.tokens`
		mu.Unlock()
	})

	server.OnEvent("/", "register-key", func(s socketio.Conn, apiKey string) {
		apiKeys.Store(s.ID(), apiKey) // want `the value \(secret-like\) is kept for this socket in package-level variable googollee.apiKeys`
	})

	server.OnEvent("/", "signup", func(s socketio.Conn, name, password string) {
		mu.Lock()
		accounts = append(accounts, account{Name: name, Password: password}) // want `field Password \(secret-like\) is kept`
		mu.Unlock()
	})

	server.OnEvent("/", "login", func(s socketio.Conn, user, jwt string) {
		mu.Lock()
		jwts[user] = jwt // want `the value \(secret-like\) is kept for this socket in package-level variable googollee.jwts`
		mu.Unlock()
	})
}

// Fixed drops secrets on disconnect or keeps them with the socket.
func Fixed(server *socketio.Server) {
	server.OnConnect("/ok", func(s socketio.Conn) error {
		tok := s.RemoteHeader().Get("Authorization")
		mu.Lock()
		sessions[s.ID()] = &session{token: tok}
		mu.Unlock()
		s.SetContext(&session{token: tok}) // collected with the connection
		local := map[string]string{}
		local["token"] = tok
		return nil
	})
	server.OnEvent("/ok", "key", func(s socketio.Conn, apiKey string) {
		apiKeys.Store(s.ID(), apiKey)
	})
	server.OnEvent("/ok", "profile", func(s socketio.Conn, bio string) {
		mu.Lock()
		profiles[s.ID()] = bio // not a secret
		mu.Unlock()
	})
	server.OnDisconnect("/ok", func(s socketio.Conn, reason string) {
		mu.Lock()
		delete(sessions, s.ID())
		delete(profiles, s.ID())
		mu.Unlock()
		apiKeys.Delete(s.ID())
	})
}
