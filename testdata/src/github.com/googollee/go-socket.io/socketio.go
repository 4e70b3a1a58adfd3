// Package socketio is a minimal stub of github.com/googollee/go-socket.io
// v1.7.0 for analysistest fixtures: only the signatures the analyzers look at.
package socketio

import (
	"io"
	"net/http"
)

// Namespace mirrors namespace_conn.go.
type Namespace interface {
	Context() interface{}
	SetContext(ctx interface{})
	Namespace() string
	Emit(eventName string, v ...interface{})
	Join(room string)
	Leave(room string)
	LeaveAll()
	Rooms() []string
}

// Conn mirrors connection.go.
type Conn interface {
	io.Closer
	Namespace
	ID() string
	RemoteHeader() http.Header
}

// Server mirrors server.go.
type Server struct{}

func NewServer(opts interface{}) *Server                               { return &Server{} }
func (s *Server) OnConnect(namespace string, f func(Conn) error)       {}
func (s *Server) OnDisconnect(namespace string, f func(Conn, string))  {}
func (s *Server) OnError(namespace string, f func(Conn, error))        {}
func (s *Server) OnEvent(namespace, event string, f interface{})       {}
func (s *Server) Serve() error                                         { return nil }
func (s *Server) Close() error                                         { return nil }
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request)     {}
func (s *Server) JoinRoom(namespace string, room string, c Conn) bool  { return true }
func (s *Server) LeaveRoom(namespace string, room string, c Conn) bool { return true }
func (s *Server) BroadcastToRoom(namespace, room, event string, args ...interface{}) bool {
	return true
}
func (s *Server) BroadcastToNamespace(namespace, event string, args ...interface{}) bool {
	return true
}
func (s *Server) Rooms(namespace string) []string { return nil }
func (s *Server) Count() int                      { return 0 }
