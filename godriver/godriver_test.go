package godriver_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/godriver"
)

func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestBadPackageIsAnError needs no network: a module with one package that
// does not type-check and one that does.
func TestBadPackageIsAnError(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod":       "module example.com/m\n\ngo 1.26\n",
		"good/good.go": "package good\n\nfunc OK() int { return 1 }\n",
		"bad/bad.go":   "package bad\n\nfunc Bad() int { return undefinedThing }\n",
		"syntax/s.go":  "package syntax\n\nfunc {\n",
	})
	res, err := godriver.Run(context.Background(), godriver.Options{Dir: dir, Patterns: []string{"./..."}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Packages != 1 {
		t.Errorf("Packages = %d, want 1", res.Packages)
	}
	if len(res.Errors) != 2 {
		t.Fatalf("Errors = %+v, want 2", res.Errors)
	}
	if res.Errors[0].Path != "example.com/m/bad" || !strings.Contains(res.Errors[0].Message, "undefinedThing") ||
		!strings.Contains(res.Errors[0].Message, "does not type-check") {
		t.Errorf("bad package error = %+v", res.Errors[0])
	}
	if res.Errors[1].Path != "example.com/m/syntax" || !strings.Contains(res.Errors[1].Message, "does not parse") {
		t.Errorf("syntax package error = %+v", res.Errors[1])
	}
}

// TestFilePattern analyses the package of one file.
func TestFilePattern(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod":       "module example.com/m\n\ngo 1.26\n",
		"good/good.go": "package good\n\nfunc OK() int { return 1 }\n",
	})
	res, err := godriver.Run(context.Background(), godriver.Options{Dir: dir, Patterns: []string{"file=" + filepath.Join(dir, "good", "good.go")}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Packages != 1 || len(res.Errors) != 0 || len(res.Findings) != 0 {
		t.Errorf("got %+v", res)
	}
}
