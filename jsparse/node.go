package jsparse

// Node is one syntax node, with tree-sitter's kind and field names
// ("call_expression", field "function"). Positions are 1-based lines and
// 1-based byte columns, as go/token reports them.
type Node struct {
	Kind      string
	Field     string // the field this node fills in its parent, or ""
	Named     bool
	IsError   bool // an ERROR node
	IsMissing bool // a token the parser inserted to recover
	Start     int  // byte offset of the first byte
	End       int  // byte offset one past the last byte
	Line      int
	Col       int
	EndLine   int
	EndCol    int
	Parent    *Node
	Index     int // position in Parent.Children
	Children  []*Node
	tree      *Tree
}

// Tree returns the tree the node belongs to.
func (n *Node) Tree() *Tree { return n.tree }

// Tree is a parsed file.
type Tree struct {
	Src        []byte
	Root       *Node
	FirstError *Node // the first ERROR or MISSING node in source order, or nil
	count      int
	path       string
}

// NodeCount is the number of nodes kept in the tree.
func (t *Tree) NodeCount() int { return t.count }

// Text returns the source of n. It reads n's own tree, so a node reached
// from another file of a project still gives its own text.
func (t *Tree) Text(n *Node) string {
	if n == nil {
		return ""
	}
	src := t.Src
	if n.tree != nil {
		src = n.tree.Src
	}
	if n.Start < 0 || n.End > len(src) || n.Start > n.End {
		return ""
	}
	return string(src[n.Start:n.End])
}

// Path is the file path a tree was parsed for, when the caller set it.
func (t *Tree) Path() string { return t.path }

// SetPath records the file path of a tree.
func (t *Tree) SetPath(p string) { t.path = p }

// Child returns the first child filling field, or nil.
func (n *Node) Child(field string) *Node {
	if n == nil {
		return nil
	}
	for _, c := range n.Children {
		if c.Field == field {
			return c
		}
	}
	return nil
}

// ChildrenOf returns every child filling field.
func (n *Node) ChildrenOf(field string) []*Node {
	var out []*Node
	for _, c := range n.Children {
		if c.Field == field {
			out = append(out, c)
		}
	}
	return out
}

// NamedChildren returns the named children, skipping comments.
func (n *Node) NamedChildren() []*Node {
	if n == nil {
		return nil
	}
	out := make([]*Node, 0, len(n.Children))
	for _, c := range n.Children {
		if c.Named && c.Kind != "comment" {
			out = append(out, c)
		}
	}
	return out
}

// FirstNamed returns the first named, non-comment child, or nil.
func (n *Node) FirstNamed() *Node {
	if n == nil {
		return nil
	}
	for _, c := range n.Children {
		if c.Named && c.Kind != "comment" {
			return c
		}
	}
	return nil
}

// HasToken reports whether n has a direct anonymous child of the given kind,
// such as "async" on a function.
func (n *Node) HasToken(kind string) bool {
	if n == nil {
		return false
	}
	for _, c := range n.Children {
		if !c.Named && c.Kind == kind {
			return true
		}
	}
	return false
}

// Walk visits n and its descendants in source order. When f returns false the
// children of that node are skipped. It uses an explicit stack so that files
// nested thousands of levels deep cannot exhaust the goroutine stack.
func Walk(n *Node, f func(*Node) bool) {
	if n == nil {
		return
	}
	stack := []*Node{n}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !f(cur) {
			continue
		}
		for i := len(cur.Children) - 1; i >= 0; i-- {
			stack = append(stack, cur.Children[i])
		}
	}
}

// Contains reports whether m lies inside n (or is n). Nodes of different
// trees (files) never contain each other, whatever their offsets.
func (n *Node) Contains(m *Node) bool {
	return n != nil && m != nil && n.tree == m.tree && n.Start <= m.Start && m.End <= n.End
}
