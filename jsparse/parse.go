// Package jsparse turns JavaScript and TypeScript source into a plain Go
// syntax tree. It is the only package that imports tree-sitter: the C tree is
// walked once, in C, copied into Go values and freed before Parse returns, so
// no cgo object ever escapes and the rest of the linter is ordinary Go.
package jsparse

/*
#include "walk.h"
*/
import "C"

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"unsafe"

	// The grammars and the runtime are compiled by these packages; walk.c
	// calls into them directly.
	_ "github.com/smacker/go-tree-sitter"
	_ "github.com/smacker/go-tree-sitter/javascript"
	_ "github.com/smacker/go-tree-sitter/typescript/tsx"
	_ "github.com/smacker/go-tree-sitter/typescript/typescript"
)

// Lang is the grammar a file is parsed with.
type Lang int

const (
	JavaScript Lang = iota
	TypeScript
	TSX
)

func (l Lang) String() string {
	switch l {
	case JavaScript:
		return "javascript"
	case TypeScript:
		return "typescript"
	case TSX:
		return "tsx"
	}
	return "unknown"
}

// LangOf picks the grammar by file extension: .js .cjs .mjs .jsx use the
// JavaScript grammar (which accepts JSX), .ts .mts .cts TypeScript, .tsx TSX.
// Declaration files (.d.ts) hold no code and are not sources.
func LangOf(path string) (Lang, bool) {
	base := strings.ToLower(filepath.Base(path))
	if strings.HasSuffix(base, ".d.ts") || strings.HasSuffix(base, ".d.mts") || strings.HasSuffix(base, ".d.cts") {
		return 0, false
	}
	switch filepath.Ext(base) {
	case ".js", ".cjs", ".mjs", ".jsx":
		return JavaScript, true
	case ".ts", ".mts", ".cts":
		return TypeScript, true
	case ".tsx":
		return TSX, true
	}
	return 0, false
}

// MaxSize is the largest source Parse accepts. Larger inputs are reported, not
// parsed: no hand-written server file is this big, and a bundle this size
// would only cost time.
const MaxSize = 16 << 20

// ErrTooLarge is returned for sources over MaxSize.
var ErrTooLarge = errors.New("file too large")

// ErrTimeout is returned when tree-sitter gives up on a pathological input.
var ErrTimeout = errors.New("parser timed out")

// parseTimeoutMicros bounds one parse; a 1 MB minified bundle takes well under
// a second, so this only stops inputs crafted to be slow.
const parseTimeoutMicros = 20_000_000

type grammar struct {
	ptr     unsafe.Pointer
	symbols []string
	fields  []string
}

var (
	grammarsOnce sync.Once
	grammars     [3]grammar
)

func loadGrammars() {
	for l := range grammars {
		ptr := C.dl_language(C.int(l))
		g := grammar{ptr: unsafe.Pointer(ptr)}
		n := int(C.dl_symbol_count(ptr))
		g.symbols = make([]string, n)
		for i := range n {
			g.symbols[i] = C.GoString(C.dl_symbol_name(ptr, C.uint16_t(i)))
		}
		nf := int(C.dl_field_count(ptr))
		g.fields = make([]string, nf+1)
		for i := 1; i <= nf; i++ {
			g.fields[i] = C.GoString(C.dl_field_name(ptr, C.uint16_t(i)))
		}
		grammars[l] = g
	}
}

// Parse parses src with lang's grammar. The result is complete even when the
// source has syntax errors: Tree.FirstError says where the first one is.
func Parse(src []byte, lang Lang) (*Tree, error) {
	if len(src) > MaxSize {
		return nil, ErrTooLarge
	}
	if lang < JavaScript || lang > TSX {
		return nil, fmt.Errorf("unknown language %d", lang)
	}
	grammarsOnce.Do(loadGrammars)
	g := &grammars[lang]

	var res C.dl_result
	var cs *C.char
	if len(src) > 0 {
		cs = (*C.char)(unsafe.Pointer(&src[0]))
	} else {
		var empty [1]byte
		cs = (*C.char)(unsafe.Pointer(&empty[0]))
	}
	rc := C.dl_parse(g.ptr, cs, C.uint32_t(len(src)), C.uint64_t(parseTimeoutMicros), &res)
	switch rc {
	case 0:
	case -2:
		return nil, ErrTimeout
	default:
		return nil, errors.New("parser out of memory")
	}
	defer C.dl_free(&res)
	raw := unsafe.Slice(res.nodes, int(res.count))
	return build(src, g, raw), nil
}

// build copies the flat C array into Go nodes. Anonymous tokens are kept only
// when they carry a field (operators) or are keywords (async, new, delete,
// const...), since punctuation never matters to the rules and would triple
// the node count.
func build(src []byte, g *grammar, raw []C.dl_node) *Tree {
	keep := make([]int32, len(raw)) // raw index -> kept index, -1 when dropped
	kept := 0
	for i := range raw {
		r := &raw[i]
		named := r.flags&1 != 0
		if named || r.field != 0 || r.flags&6 != 0 || isKeyword(src, int(r.start), int(r.end)) || i == 0 {
			keep[i] = int32(kept)
			kept++
		} else {
			keep[i] = -1
		}
	}
	nodes := make([]Node, kept)
	nchild := make([]int32, kept)
	parentOf := make([]int32, kept)
	for i := range raw {
		k := keep[i]
		if k < 0 {
			continue
		}
		r := &raw[i]
		n := &nodes[k]
		sym := int(r.symbol)
		switch {
		case sym == 0xFFFF: // ts_builtin_sym_error
			n.Kind = "ERROR"
		case sym < len(g.symbols):
			n.Kind = g.symbols[sym]
		}
		if f := int(r.field); f > 0 && f < len(g.fields) {
			n.Field = g.fields[f]
		}
		n.Named = r.flags&1 != 0
		n.IsError = r.flags&2 != 0
		n.IsMissing = r.flags&4 != 0
		n.Start, n.End = int(r.start), int(r.end)
		n.Line, n.Col = int(r.srow)+1, int(r.scol)+1
		n.EndLine, n.EndCol = int(r.erow)+1, int(r.ecol)+1
		// Link to the nearest kept ancestor.
		p := r.parent
		for p >= 0 && keep[p] < 0 {
			p = raw[p].parent
		}
		parentOf[k] = -1
		if p >= 0 {
			parentOf[k] = keep[p]
			nchild[keep[p]]++
		}
	}
	backing := make([]*Node, kept)
	off := int32(0)
	for i := range nodes {
		c := nchild[i]
		nodes[i].Children = backing[off : off : off+c]
		off += c
	}
	for i := range nodes {
		if p := parentOf[i]; p >= 0 {
			n := &nodes[i]
			n.Parent = &nodes[p]
			n.Index = len(nodes[p].Children)
			nodes[p].Children = append(nodes[p].Children, n)
		}
	}
	t := &Tree{Src: src, Root: &nodes[0], count: kept}
	for i := range nodes {
		nodes[i].tree = t
	}
	for i := range nodes {
		if (nodes[i].IsError || nodes[i].IsMissing) && !taggedTemplateEscape(src, &nodes[i]) && !insertedSemicolonAtEOL(src, &nodes[i]) && !jsxAttributeAmpersand(src, &nodes[i]) {
			t.FirstError = &nodes[i]
			break
		}
	}
	return t
}

// insertedSemicolonAtEOL recognises a ';' the parser inserted at the end
// of a line, where JavaScript's automatic semicolon insertion puts one too
// (the grammar's scanner misses some cases, such as a comment block between
// an import and a parenthesised expression): the file is valid.
func insertedSemicolonAtEOL(src []byte, n *Node) bool {
	if !n.IsMissing || n.Kind != ";" {
		return false
	}
	for i := n.Start; i < len(src); i++ {
		switch src[i] {
		case ' ', '\t', '\r':
			continue
		case '\n':
			return true
		}
		return false
	}
	return true
}

// jsxAttributeAmpersand recognises a bare & in a JSX attribute string
// (href="...?a=1&display=swap"), which JSX allows and the grammar reads as
// an unfinished character reference: the error is the grammar's.
func jsxAttributeAmpersand(src []byte, n *Node) bool {
	p := n.Parent
	if !n.IsError || p == nil || p.Kind != "string" || p.Parent == nil || p.Parent.Kind != "jsx_attribute" {
		return false
	}
	return n.Start < len(src) && src[n.Start] == '&'
}

// taggedTemplateEscape recognises an escape such as \x or \u{ in a tagged
// template (String.raw`\x${n}`), which ES2018 allows and the grammar does
// not: the error is the grammar's, not the file's.
func taggedTemplateEscape(src []byte, n *Node) bool {
	for m := n; m != nil; m = m.Parent {
		if m.Kind == "template_string" {
			if m.Field != "arguments" {
				return false
			}
			for e := n; e != m; e = e.Parent {
				if e.Start < len(src) && src[e.Start] == '\\' {
					return true
				}
			}
			return false
		}
		if !m.IsError && m != n {
			return false
		}
	}
	return false
}

// isKeyword reports whether src[start:end] is a word, which for an anonymous
// token means a keyword such as async, await, new, delete, const or static.
func isKeyword(src []byte, start, end int) bool {
	if end <= start || end > len(src) || end-start > 12 {
		return false
	}
	for _, b := range src[start:end] {
		if b < 'a' || b > 'z' {
			return false
		}
	}
	return true
}
