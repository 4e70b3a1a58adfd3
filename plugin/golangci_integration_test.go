package plugin_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestGolangciLint builds the real golangci-lint v2.15.0 with the plugin
// linked in (the wrapper module tools/golangci-custom) and runs it on the
// fixture module testdata/golangci with its .golangci.yml. The build takes
// minutes on a cold cache, so the test runs only with DISCONNECTLINT_GOLANGCI=1;
// it needs the Go module proxy unless the module cache already holds
// golangci-lint's dependencies and github.com/googollee/go-socket.io v1.7.0.
func TestGolangciLint(t *testing.T) {
	if os.Getenv("DISCONNECTLINT_GOLANGCI") != "1" {
		t.Skip("set DISCONNECTLINT_GOLANGCI=1 to build golangci-lint v2.15.0 with the plugin and run it (takes minutes on a cold cache)")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Minute)
	defer cancel()

	bin := filepath.Join(t.TempDir(), "golangci-lint")
	start := time.Now()
	build := exec.CommandContext(ctx, "go", "build", "-trimpath", "-ldflags=-s -w", "-o", bin, ".")
	build.Dir = filepath.Join(root, "tools", "golangci-custom")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building tools/golangci-custom: %v\n%s", err, out)
	}
	t.Logf("built golangci-lint with the plugin in %s", time.Since(start).Round(time.Second))

	// The example config of the repository root and the test's config are
	// valid golangci-lint v2 configs (embedded JSON schema), and the
	// example's settings are accepted by the plugin.
	for _, cfg := range []string{filepath.Join(root, ".golangci.example.yml"), filepath.Join(root, "testdata", "golangci", ".golangci.yml")} {
		out, err := exec.CommandContext(ctx, bin, "config", "verify", "--config", cfg).CombinedOutput()
		if err != nil {
			t.Errorf("golangci-lint config verify --config %s: %v\n%s", cfg, err, out)
		}
	}
	lint := exec.CommandContext(ctx, bin, "linters", "--config", filepath.Join(root, ".golangci.example.yml"))
	lint.Dir = t.TempDir()
	if out, err := lint.CombinedOutput(); err != nil || !strings.Contains(string(out), "disconnectlint: Socket.IO disconnect-path leaks") {
		t.Errorf("golangci-lint linters with .golangci.example.yml: %v; want disconnectlint enabled:\n%s", err, out)
	}
	// A bad setting stops golangci-lint with exit 3 and says why.
	bad := filepath.Join(t.TempDir(), "bad.yml")
	if err := os.WriteFile(bad, []byte("version: \"2\"\nlinters:\n  settings:\n    custom:\n      disconnectlint:\n        type: module\n        settings:\n          disable: [timer-not-clear]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lint = exec.CommandContext(ctx, bin, "linters", "--config", bad)
	lint.Dir = t.TempDir()
	badOut, err := lint.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 || !strings.Contains(string(badOut), `plugin(disconnectlint): newPlugin disconnectlint settings: disable: unknown rule "timer-not-clear"`) {
		t.Errorf("golangci-lint linters with an unknown rule: %v, want exit 3 naming the rule:\n%s", err, badOut)
	}

	// Work on a copy so the //nolint can be taken out, and give
	// golangci-lint a cache of its own: its cached facts would otherwise
	// outlive a change of the plugin.
	work := filepath.Join(t.TempDir(), "golangci")
	copyDir(t, filepath.Join(root, "testdata", "golangci"), work)
	cache := t.TempDir()
	run := func() (string, int) {
		t.Helper()
		cmd := exec.CommandContext(ctx, bin, "run", "--output.text.print-issued-lines=false", "--output.text.colors=false", "./...")
		cmd.Dir = work
		cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+cache)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		start := time.Now()
		err := cmd.Run()
		t.Logf("golangci-lint run took %s", time.Since(start).Round(100*time.Millisecond))
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != 0 && code != 1 {
			t.Fatalf("golangci-lint run: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
		}
		return stdout.String(), code
	}

	// Each finding as file:line analyzer; the //nolint line (52) is absent.
	want := []string{
		"chat/chat.go:30 client_not_untracked",
		"chat/chat.go:32 timer_not_cleared",
		"chat/chat.go:33 goroutine_not_stopped",
		"chat/chat.go:38 resource_not_released",
		"chat/chat.go:46 rooms_read_after_disconnect",
	}
	out, code := run()
	if code != 1 {
		t.Errorf("exit code %d, want 1 (issues found)", code)
	}
	got := issues(t, out)
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s\noutput:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), out)
	}
	if !strings.Contains(out, `chat/chat.go:38:13: resource_not_released: resource "lease" from (*lease.Manager).Acquire acquired for this socket is never released on disconnect`) {
		t.Errorf("the declared lease pair is not reported as expected:\n%s", out)
	}

	// Without the //nolint, the file created on line 52 is reported.
	chat := filepath.Join(work, "chat", "chat.go")
	src, err := os.ReadFile(chat)
	if err != nil {
		t.Fatal(err)
	}
	const directive = " //nolint:disconnectlint // closed by the log rotator"
	if !bytes.Contains(src, []byte(directive)) {
		t.Fatalf("chat.go has no %q", directive)
	}
	if err := os.WriteFile(chat, bytes.Replace(src, []byte(directive), nil, 1), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _ = run()
	got = issues(t, out)
	want = append(want, "chat/chat.go:52 resource_not_released")
	if !slices.Equal(got, want) {
		t.Errorf("without //nolint, findings:\n%s\nwant:\n%s\noutput:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), out)
	}
}

// issueLine is golangci-lint's text format: file:line:col: analyzer: message (linter).
var issueLine = regexp.MustCompile(`^([^\s:]+\.go):(\d+):\d+: ([a-z_]+): .* \(([a-z-]+)\)$`)

// issues returns "file:line analyzer" for each issue of out, in order, and
// fails on an issue of another linter or an unparsed line.
func issues(t *testing.T, out string) []string {
	t.Helper()
	var got []string
	for _, line := range strings.Split(out, "\n") {
		if line == "" || regexp.MustCompile(`^\d+ issues?[.:]`).MatchString(line) || strings.HasPrefix(line, "* ") {
			continue // the summary lines
		}
		m := issueLine.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("unexpected output line %q", line)
			continue
		}
		if m[4] != "disconnectlint" {
			t.Errorf("issue from linter %q, want disconnectlint: %s", m[4], line)
		}
		got = append(got, m[1]+":"+m[2]+" "+m[3])
	}
	return got
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
