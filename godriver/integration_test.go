package godriver_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/disconnectlint/disconnectlint/godriver"
)

// integrationDir is the nested module that imports the real
// github.com/googollee/go-socket.io v1.7.0 and
// github.com/zishang520/socket.io/servers/socket/v3 v3.0.6.
func integrationDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata", "gointegration"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "mod", "download")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("cannot download the integration module's dependencies (needs the Go module proxy): %v\n%s", err, out)
	}
	return dir
}

var leakMark = regexp.MustCompile(`// leak:([a-z-]+)`)

// expected reads the "// leak:<rule>" markers of the .go files under dir.
func expected(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			for _, m := range leakMark.FindAllStringSubmatch(sc.Text(), -1) {
				out = append(out, fmt.Sprintf("%s:%d:%s", path, line, m[1]))
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func TestIntegrationRealLibraries(t *testing.T) {
	dir := integrationDir(t)
	res, err := godriver.Run(context.Background(), godriver.Options{Dir: dir, Patterns: []string{"./..."}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		if !filepath.IsAbs(f.Path) {
			t.Errorf("finding path %q is not absolute", f.Path)
		}
		if f.Severity != "error" && f.Severity != "warning" {
			t.Errorf("finding %s has severity %q", f.Rule, f.Severity)
		}
		got = append(got, fmt.Sprintf("%s:%d:%s", f.Path, f.Line, f.Rule))
	}
	sort.Strings(got)
	want := expected(t, dir)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings differ\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		for _, f := range res.Findings {
			t.Logf("%s:%d:%d: %s (%s)", filepath.Base(f.Path), f.Line, f.Column, f.Message, f.Rule)
		}
	}
	// The broken package is reported, and the others are still analysed.
	if len(res.Errors) != 1 || res.Errors[0].Path != "example.com/gointegration/broken" ||
		!strings.Contains(res.Errors[0].Message, "NoSuchMethod") {
		t.Errorf("errors = %+v, want one for example.com/gointegration/broken naming NoSuchMethod", res.Errors)
	}
	if res.Packages != 2 {
		t.Errorf("Packages = %d, want 2", res.Packages)
	}
}

func TestIntegrationFixedPackageOnly(t *testing.T) {
	dir := integrationDir(t)
	res, err := godriver.Run(context.Background(), godriver.Options{Dir: dir, Patterns: []string{"./fixed"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		t.Errorf("unexpected finding in the fixed server: %s:%d: %s (%s)", filepath.Base(f.Path), f.Line, f.Message, f.Rule)
	}
	if res.Packages != 1 || len(res.Errors) != 0 {
		t.Errorf("Packages = %d, Errors = %+v", res.Packages, res.Errors)
	}
}

func TestEnabledFilter(t *testing.T) {
	dir := integrationDir(t)
	only := func(id string) bool { return id == "rooms-read-after-disconnect" }
	res, err := godriver.Run(context.Background(), godriver.Options{Dir: dir, Patterns: []string{"./leaky"}, Enabled: only})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 2 {
		t.Errorf("got %d findings, want the 2 rooms-read-after-disconnect ones", len(res.Findings))
	}
	for _, f := range res.Findings {
		if f.Rule != "rooms-read-after-disconnect" {
			t.Errorf("disabled rule %s reported", f.Rule)
		}
	}
}

func TestLoadFailure(t *testing.T) {
	_, err := godriver.Run(context.Background(), godriver.Options{Dir: filepath.Join(t.TempDir(), "missing")})
	if err == nil {
		t.Fatal("Run on a missing directory succeeded")
	}
}
