package godriver

import "go/token"

// tokenFileSet is the part of *token.FileSet that finding needs.
type tokenFileSet interface {
	Position(token.Pos) token.Position
}
