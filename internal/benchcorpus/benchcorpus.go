// Package benchcorpus generates a deterministic corpus of real-looking
// JavaScript and TypeScript files for benchmarks: Socket.IO servers in the
// shapes real applications use (chat presence, dashboards, game loops,
// pub/sub fan-out; CommonJS, ESM and TypeScript; leaky and clean), mixed
// with the ordinary application code that surrounds them (Express routes,
// models, utilities, React components), in roughly the proportions of a
// real project.
package benchcorpus

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
)

// File is one generated source.
type File struct {
	Path string
	Src  []byte
}

var nouns = []string{"chat", "room", "game", "order", "metric", "ticker", "lobby", "player", "doc", "cursor",
	"invoice", "alert", "job", "device", "sensor", "stream", "board", "match", "session", "notification"}

var verbs = []string{"join", "leave", "update", "sync", "publish", "subscribe", "move", "typing", "ping", "claim"}

type gen struct {
	r *rand.Rand
	b strings.Builder
}

func (g *gen) pick(xs []string) string { return xs[g.r.Intn(len(xs))] }

func (g *gen) p(format string, args ...any) { fmt.Fprintf(&g.b, format, args...) }

// Generate returns n files, the same for the same seed.
func Generate(n int, seed int64) []File {
	r := rand.New(rand.NewSource(seed))
	out := make([]File, 0, n)
	for i := range n {
		g := &gen{r: r}
		noun := g.pick(nouns)
		var ext string
		switch k := r.Intn(10); {
		case k < 2:
			ext = socketServer(g, i, noun)
		case k < 3 && r.Intn(4) == 0:
			// A server that loads one listener per file of a folder.
			ext = dirServer(g, i, noun)
			out = append(out, dirEvents(r, i, noun)...)
		case k < 3:
			// A server whose per-socket logic lives in a handler module.
			ext = splitServer(g, i, noun)
			out = append(out, File{Path: fmt.Sprintf("src/%s/handlers/%s_%05d_handler.js", noun, noun, i), Src: []byte(handlerModule(&gen{r: r}, noun))})
		case k < 5:
			ext = expressRoutes(g, noun)
		case k < 7:
			ext = model(g, noun)
		case k < 8:
			ext = component(g, noun)
		default:
			ext = utility(g, noun)
		}
		out = append(out, File{Path: fmt.Sprintf("src/%s/%s_%05d%s", noun, noun, i, ext), Src: []byte(g.b.String())})
	}
	return out
}

// Write writes the corpus under dir.
func Write(dir string, files []File) error {
	for _, f := range files {
		p := filepath.Join(dir, f.Path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Src, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func socketServer(g *gen, i int, noun string) string {
	ts := g.r.Intn(3) == 0
	esm := !ts && g.r.Intn(2) == 0
	ext := ".js"
	switch {
	case ts:
		ext = ".ts"
		g.p("import { createServer } from \"http\";\nimport { Server, Socket } from \"socket.io\";\nimport { EventEmitter } from \"events\";\n\n")
		g.p("interface %sState { id: string; owner: string; members: Set<string>; updatedAt: number }\n\n", title(noun))
	case esm:
		ext = ".mjs"
		g.p("import express from \"express\";\nimport { createServer } from \"http\";\nimport { Server } from \"socket.io\";\nimport { EventEmitter } from \"events\";\n\nconst app = express();\n")
	default:
		g.p("const express = require(\"express\");\nconst http = require(\"http\");\nconst { Server } = require(\"socket.io\");\nconst EventEmitter = require(\"events\");\n\nconst app = express();\n")
	}
	if ts {
		g.p("const httpServer = createServer();\n")
	} else if esm {
		g.p("const httpServer = createServer(app);\n")
	} else {
		g.p("const httpServer = http.createServer(app);\n")
	}
	g.p("const io = new Server(httpServer, { cors: { origin: \"*\" } });\n")
	g.p("const bus = new EventEmitter();\nconst %ss = new Map();\nconst history = [];\n\n", noun)
	for k := 0; k < 2+g.r.Intn(4); k++ {
		helper(g, noun, k, ts)
	}
	nsp := "io"
	if g.r.Intn(3) == 0 {
		nsp = "nsp"
		g.p("const nsp = io.of(\"/%s\");\n\n", noun)
	}
	sock := "socket"
	if ts {
		g.p("%s.on(\"connection\", (%s: Socket) => {\n", nsp, sock)
	} else {
		g.p("%s.on(\"connection\", (%s) => {\n", nsp, sock)
	}
	leak := g.r.Intn(4) == 0
	g.p("  const user = { id: %s.id, name: String(%s.handshake.auth.name || \"anon\") };\n", sock, sock)
	g.p("  %ss.set(%s.id, user);\n", noun, sock)
	g.p("  const heartbeat = setInterval(() => %s.emit(\"heartbeat\", Date.now()), %d);\n", sock, 1000*(1+g.r.Intn(30)))
	g.p("  const onUpdate = (data) => %s.emit(\"%s:update\", data);\n", sock, noun)
	g.p("  bus.on(\"%s\", onUpdate);\n", noun)
	for k := 0; k < 2+g.r.Intn(5); k++ {
		v := g.pick(verbs)
		g.p("\n  %s.on(\"%s:%s\", (payload, ack) => {\n", sock, noun, v)
		g.p("    if (!payload || typeof payload !== \"object\") return ack && ack({ ok: false });\n")
		g.p("    const item = format%s(payload);\n", title(noun))
		g.p("    history.push({ at: Date.now(), kind: \"%s\", size: JSON.stringify(item).length });\n", v)
		g.p("    if (history.length > 500) history.shift();\n")
		g.p("    %s.to(String(payload.room || \"lobby\")).emit(\"%s:%s\", item);\n", sock, noun, v)
		g.p("    ack && ack({ ok: true, id: item.id });\n  });\n")
	}
	g.p("\n  %s.on(\"disconnect\", (reason) => {\n", sock)
	g.p("    console.log(\"%s disconnected\", %s.id, reason);\n", noun, sock)
	if !leak {
		g.p("    clearInterval(heartbeat);\n    bus.off(\"%s\", onUpdate);\n    %ss.delete(%s.id);\n", noun, noun, sock)
	}
	g.p("  });\n});\n\n")
	g.p("httpServer.listen(%d, () => console.log(\"listening on %d\"));\n", 3000+i%1000, 3000+i%1000)
	return ext
}

func splitServer(g *gen, i int, noun string) string {
	g.p("const http = require(\"http\");\nconst { Server } = require(\"socket.io\");\n")
	g.p("const register%s = require(\"./handlers/%s_%05d_handler\");\n\n", title(noun), noun, i)
	g.p("const server = http.createServer();\nconst io = new Server(server);\nconst %ss = new Map();\n\n", noun)
	g.p("io.on(\"connection\", (socket) => {\n  register%s(io, socket, %ss);\n});\n\n", title(noun), noun)
	g.p("server.listen(%d);\n", 4000+i%1000)
	return ".js"
}

func dirServer(g *gen, i int, noun string) string {
	g.p("const fs = require(\"fs\");\nconst path = require(\"path\");\nconst { Server } = require(\"socket.io\");\n\n")
	g.p("const io = new Server(%d);\nconst %ss = new Map();\nconst dir = path.join(__dirname, \"events_%05d\");\n\n", 5000+i%1000, noun, i)
	g.p("io.on(\"connection\", (socket) => {\n  for (const file of fs.readdirSync(dir)) {\n")
	g.p("    const handler = require(path.join(dir, file));\n")
	g.p("    socket.on(path.basename(file, \".js\"), handler.bind(null, { io, socket, %ss }));\n  }\n});\n", noun)
	return ".js"
}

// dirEvents are the listener modules of a dirServer, one per event, with a
// disconnect.js that cleans up unless the server leaks.
func dirEvents(r *rand.Rand, i int, noun string) []File {
	leak := r.Intn(3) == 0
	var out []File
	for k := 0; k < 2+r.Intn(3); k++ {
		v := verbs[r.Intn(len(verbs))]
		src := fmt.Sprintf("module.exports = ({ io, socket, %[1]ss }, payload) => {\n"+
			"  if (!payload || typeof payload !== \"object\") return;\n"+
			"  %[1]ss.set(socket.id, { %[2]s: String(payload.name || \"\"), at: Date.now() });\n"+
			"  io.to(String(payload.room || \"lobby\")).emit(\"%[1]s:%[2]s\", payload);\n};\n", noun, v)
		out = append(out, File{Path: fmt.Sprintf("src/%s/events_%05d/%s_%d.js", noun, i, v, k), Src: []byte(src)})
	}
	body := fmt.Sprintf("  %ss.delete(socket.id);\n", noun)
	if leak {
		body = "  console.log(\"gone\", socket.id, reason);\n"
	}
	out = append(out, File{Path: fmt.Sprintf("src/%s/events_%05d/disconnect.js", noun, i),
		Src: []byte(fmt.Sprintf("module.exports = ({ io, socket, %ss }, reason) => {\n%s};\n", noun, body))})
	return out
}

func handlerModule(g *gen, noun string) string {
	leak := g.r.Intn(3) == 0
	g.p("const EventEmitter = require(\"events\");\n\nconst feed = new EventEmitter();\n\n")
	g.p("module.exports = function register(io, socket, registry) {\n")
	g.p("  registry.set(socket.id, { joinedAt: Date.now() });\n")
	g.p("  const poll = setInterval(() => socket.emit(\"%s:poll\", Date.now()), %d);\n", noun, 1000*(1+g.r.Intn(20)))
	g.p("  const onItem = (item) => socket.emit(\"%s:item\", item);\n  feed.on(\"item\", onItem);\n", noun)
	for k := 0; k < 2+g.r.Intn(4); k++ {
		v := g.pick(verbs)
		g.p("  socket.on(\"%s:%s\", (payload, ack) => {\n    const ok = payload && typeof payload === \"object\";\n", noun, v)
		g.p("    if (ok) io.to(String(payload.room || \"lobby\")).emit(\"%s:%s\", payload);\n    if (ack) ack({ ok });\n  });\n", noun, v)
	}
	g.p("  socket.on(\"disconnect\", () => {\n")
	if !leak {
		g.p("    clearInterval(poll);\n    feed.off(\"item\", onItem);\n    registry.delete(socket.id);\n")
	}
	g.p("  });\n};\n")
	return g.b.String()
}

func helper(g *gen, noun string, k int, ts bool) {
	T := title(noun)
	if k == 0 {
		if ts {
			g.p("function format%s(payload: Record<string, unknown>): { id: string; body: string; at: number } {\n", T)
		} else {
			g.p("function format%s(payload) {\n", T)
		}
		g.p("  const id = String(payload.id ?? Math.random().toString(36).slice(2));\n")
		g.p("  const body = String(payload.body ?? \"\").trim().slice(0, %d);\n", 200+g.r.Intn(800))
		g.p("  return { id, body, at: Date.now() };\n}\n\n")
		return
	}
	name := fmt.Sprintf("%s%s%d", g.pick(verbs), T, k)
	g.p("function %s(list, key) {\n  const seen = new Set();\n  const out = [];\n", name)
	g.p("  for (const item of list) {\n    const k = item && item[key];\n    if (k == null || seen.has(k)) continue;\n    seen.add(k);\n    out.push(item);\n  }\n")
	g.p("  return out.sort((a, b) => (a.at || 0) - (b.at || 0)).slice(0, %d);\n}\n\n", 10+g.r.Intn(90))
}

func expressRoutes(g *gen, noun string) string {
	T := title(noun)
	g.p("const express = require(\"express\");\nconst { %sModel } = require(\"../models/%s\");\n\nconst router = express.Router();\n\n", T, noun)
	for k := 0; k < 3+g.r.Intn(6); k++ {
		method := g.pick([]string{"get", "post", "put", "delete"})
		g.p("router.%s(\"/%ss/:id/%s\", async (req, res, next) => {\n  try {\n", method, noun, g.pick(verbs))
		g.p("    const item = await %sModel.findById(req.params.id);\n    if (!item) return res.status(404).json({ error: \"not found\" });\n", T)
		g.p("    const limit = Math.min(Number(req.query.limit) || 20, 100);\n    const rows = await %sModel.find({ owner: item.owner }).limit(limit);\n", T)
		g.p("    res.json({ item, rows: rows.map((r) => ({ id: r.id, at: r.updatedAt })) });\n  } catch (err) {\n    next(err);\n  }\n});\n\n")
	}
	g.p("module.exports = router;\n")
	return ".js"
}

func model(g *gen, noun string) string {
	T := title(noun)
	g.p("import { Schema, model, Types } from \"mongoose\";\n\nexport interface %s {\n  _id: Types.ObjectId;\n  owner: string;\n", T)
	for k := 0; k < 3+g.r.Intn(8); k++ {
		g.p("  field%d: %s;\n", k, g.pick([]string{"string", "number", "boolean", "Date", "string[]"}))
	}
	g.p("  updatedAt: Date;\n}\n\nconst %sSchema = new Schema<%s>(\n  {\n    owner: { type: String, required: true, index: true },\n", noun, T)
	g.p("    updatedAt: { type: Date, default: Date.now },\n  },\n  { timestamps: true },\n);\n\n")
	g.p("%sSchema.methods.touch = function touch(this: %s & { save(): Promise<void> }) {\n  this.updatedAt = new Date();\n  return this.save();\n};\n\n", noun, T)
	g.p("export const %sModel = model<%s>(\"%s\", %sSchema);\n", T, T, T, noun)
	return ".ts"
}

func component(g *gen, noun string) string {
	T := title(noun)
	g.p("import React, { useEffect, useState } from \"react\";\nimport { io } from \"socket.io-client\";\n\n")
	g.p("type Props = { room: string; limit?: number };\n\nexport function %sPanel({ room, limit = 20 }: Props) {\n", T)
	g.p("  const [items, setItems] = useState<Array<{ id: string; body: string }>>([]);\n")
	g.p("  useEffect(() => {\n    const socket = io(\"/%s\");\n    socket.on(\"connect\", () => socket.emit(\"join\", room));\n", noun)
	g.p("    socket.on(\"%s:update\", (item) => setItems((xs) => [item, ...xs].slice(0, limit)));\n    return () => { socket.disconnect(); };\n  }, [room, limit]);\n", noun)
	g.p("  return (\n    <ul className=\"%s-panel\">\n      {items.map((it) => (\n        <li key={it.id}>{it.body}</li>\n      ))}\n    </ul>\n  );\n}\n", noun)
	return ".tsx"
}

func utility(g *gen, noun string) string {
	g.p("'use strict';\n\n")
	for k := 0; k < 4+g.r.Intn(8); k++ {
		g.p("function %s%d(input, options = {}) {\n", g.pick(verbs), k)
		g.p("  const { retries = %d, delay = %d } = options;\n", g.r.Intn(5), 100*g.r.Intn(10))
		g.p("  let attempt = 0;\n  const result = [];\n  while (attempt <= retries) {\n")
		g.p("    const value = typeof input === \"function\" ? input(attempt) : input;\n    if (value != null) { result.push(value); break; }\n")
		g.p("    attempt += 1;\n  }\n  return { result, attempt, delay, tag: \"%s\" };\n}\n\n", noun)
	}
	g.p("module.exports = { name: \"%s-utils\" };\n", noun)
	return ".js"
}

func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
