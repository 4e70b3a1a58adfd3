package testroot

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// GoBin finds a tool installed with go install: on PATH, or in
// $(go env GOPATH)/bin. When it is in neither, the test is skipped with
// hint, which says how to install it.
func GoBin(t testing.TB, name, hint string) string {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	var tried []string
	if out, err := exec.Command("go", "env", "GOPATH").Output(); err == nil {
		for _, dir := range filepath.SplitList(strings.TrimSpace(string(out))) {
			p := filepath.Join(dir, "bin", name)
			tried = append(tried, p)
			if st, err := os.Stat(p); err == nil && st.Mode()&0o100 != 0 {
				return p
			}
		}
	}
	t.Skipf("%s not on PATH nor at %v: %s", name, tried, hint)
	return ""
}
