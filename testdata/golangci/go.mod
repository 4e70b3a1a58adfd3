module example.com/golangcifixture

go 1.26.8

require github.com/googollee/go-socket.io v1.7.0

require (
	github.com/gofrs/uuid v4.0.0+incompatible // indirect
	github.com/gomodule/redigo v1.8.4 // indirect
	github.com/gorilla/websocket v1.4.2 // indirect
)
