package plugin_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/disconnectlint/disconnectlint/analyzers"
	_ "github.com/disconnectlint/disconnectlint/plugin"
)

// build runs the plugin the way golangci-lint does: GetPlugin, the
// constructor with the raw settings, BuildAnalyzers.
func build(t *testing.T, settings any) ([]*analysis.Analyzer, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("disconnectlint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(settings)
	if err != nil {
		return nil, err
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		return nil, err
	}
	if err := analysis.Validate(as); err != nil {
		t.Fatalf("analysis.Validate: %v", err)
	}
	return as, nil
}

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func defaultNames(t *testing.T) []string {
	t.Helper()
	as, err := analyzers.NewSuite(analyzers.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return names(as)
}

func TestNoSettings(t *testing.T) {
	as, err := build(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(as), defaultNames(t); !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want the default suite %v", got, want)
	}
}

// TestGoodSettings uses the shape golangci-lint passes: viper's decoded
// YAML, map[string]any with []any lists.
func TestGoodSettings(t *testing.T) {
	as, err := build(t, map[string]any{
		"disable": []any{"timer-not-cleared", "reason-filtered-cleanup"},
		"resources": []any{
			map[string]any{
				"name":    "lease",
				"acquire": "(*example.com/lease.Manager).Acquire",
				"release": []any{"(*example.com/lease.Lease).Release", "example.com/lease.Return"},
			},
			map[string]any{
				"name":    "open",
				"lang":    "go",
				"acquire": "example.com/lease.Open",
				"release": []any{"(*example.com/lease.Lease).Release"},
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	got := names(as)
	for _, off := range []string{"timer_not_cleared", "reason_filtered_cleanup"} {
		if slices.Contains(got, off) {
			t.Errorf("%s is disabled but in %v", off, got)
		}
	}
	if !slices.Contains(got, "resource_not_released") || len(got) != len(defaultNames(t))-2 {
		t.Errorf("analyzers = %v", got)
	}
}

func TestEnable(t *testing.T) {
	// Every Go rule is on by default today, so enable is checked for
	// validity and for not duplicating an analyzer.
	as, err := build(t, map[string]any{"enable": []any{"resource-not-released"}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(as), defaultNames(t); !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want %v", got, want)
	}
}

func TestBadSettings(t *testing.T) {
	cases := []struct {
		name     string
		settings any
		want     string
	}{
		{"wrong type", map[string]any{"enable": "timer-not-cleared"},
			`disconnectlint settings: decoding settings: json: cannot unmarshal string into Go struct field Settings.enable of type []string`},
		{"wrong type of settings", []any{"x"}, `disconnectlint settings: decoding settings: json: cannot unmarshal array`},
		{"unknown key", map[string]any{"severity": map[string]any{"timer-not-cleared": "warning"}},
			`disconnectlint settings: decoding settings: json: unknown field "severity"`},
		{"unknown resource key", map[string]any{"resources": []any{map[string]any{"name": "x", "acquires": "a.B"}}},
			`json: unknown field "acquires"`},
		{"unknown rule", map[string]any{"disable": []any{"timer-not-clear"}},
			`disconnectlint settings: disable: unknown rule "timer-not-clear" (Go rules: client-not-untracked,`},
		{"analyzer name", map[string]any{"enable": []any{"timer_not_cleared"}},
			`enable: unknown rule "timer_not_cleared" (rule ids are kebab-case: "timer-not-cleared")`},
		{"js rule", map[string]any{"enable": []any{"late-disconnect-listener"}},
			`rule "late-disconnect-listener" is a JS/TS rule; golangci-lint runs only the Go rules`},
		{"enable and disable", map[string]any{"enable": []any{"timer-not-cleared"}, "disable": []any{"timer-not-cleared"}},
			`rule "timer-not-cleared" is in both enable and disable`},
		{"bad acquire", map[string]any{"resources": []any{map[string]any{
			"name": "lease", "acquire": "lease.Manager.Acquire", "release": []any{"(*example.com/lease.Lease).Release"}}}},
			`disconnectlint settings: resources[0] ("lease"): resource "lease": acquire "lease.Manager.Acquire" is not a full Go function or method name`},
		{"bad release", map[string]any{"resources": []any{map[string]any{
			"name": "lease", "acquire": "(*example.com/lease.Manager).Acquire", "release": []any{"Release()"}}}},
			`resource "lease": release "Release()" is not a full Go function or method name`},
		{"no release", map[string]any{"resources": []any{map[string]any{
			"name": "lease", "acquire": "(*example.com/lease.Manager).Acquire"}}},
			`resource "lease" has no release`},
		{"release not a list", map[string]any{"resources": []any{map[string]any{
			"name": "lease", "acquire": "(*example.com/lease.Manager).Acquire", "release": "(*example.com/lease.Lease).Release"}}},
			`cannot unmarshal string into Go struct field Resource.resources.release of type []string`},
		{"js resource", map[string]any{"resources": []any{map[string]any{
			"name": "pool", "lang": "js", "acquire": "redisPool.acquire", "release": []any{"release"}}}},
			`lang "js": golangci-lint runs only the Go rules`},
		{"duplicate resource", map[string]any{"resources": []any{
			map[string]any{"name": "a", "acquire": "example.com/a.Open", "release": []any{"example.com/a.Close"}},
			map[string]any{"name": "a", "acquire": "example.com/a.Dial", "release": []any{"example.com/a.Close"}}}},
			`resources[1] ("a"): duplicate resource name "a"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := build(t, c.settings)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v, want one containing %q", err, c.want)
			}
		})
	}
}

func TestGetPluginUnknown(t *testing.T) {
	if _, err := register.GetPlugin("disconnectlint-nope"); err == nil {
		t.Error("GetPlugin of an unregistered name succeeded")
	}
}

// TestFixture runs the plugin's resource_not_released, configured with the
// userpairs resources, on the userpairs fixtures. The plugin drops related
// locations; analysistest would accept them either way.
func TestFixture(t *testing.T) {
	as, err := build(t, map[string]any{
		"resources": []any{
			map[string]any{"name": "lease", "acquire": "(*example.com/lease.Manager).Acquire",
				"release": []any{"(*example.com/lease.Lease).Release", "example.com/lease.Return"}},
			map[string]any{"name": "open", "acquire": "example.com/lease.Open", "release": []any{"(*example.com/lease.Lease).Release"}},
			map[string]any{"name": "pooled", "acquire": "(example.com/lease.Pool).Get", "release": []any{"(*example.com/lease.Lease).Release"}},
			map[string]any{"name": "session", "acquire": "(*example.com/lease.Session).Start", "release": []any{"(*example.com/lease.Session).Stop"}},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	var res *analysis.Analyzer
	for _, a := range as {
		if a.Name == "resource_not_released" {
			res = a
		}
	}
	if res == nil {
		t.Fatal("no resource_not_released analyzer")
	}
	for _, r := range analysistest.Run(t, testdata(t), res, "resource-not-released/userpairs/...") {
		for _, d := range r.Diagnostics {
			if len(d.Related) > 0 {
				t.Errorf("%s: diagnostic has related locations; the plugin drops them", r.Pass.Fset.Position(d.Pos))
			}
		}
	}
}

// TestNoTreeSitter keeps golangci-lint builds cgo-free: the plugin must not
// depend on tree-sitter or the JS/TS engine.
func TestNoTreeSitter(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/disconnectlint/disconnectlint/plugin").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "tree-sitter") || strings.HasSuffix(line, "/jsparse") || strings.HasSuffix(line, "/jsmodel") ||
			strings.HasSuffix(line, "/jsrules") || line == "runtime/cgo" {
			t.Errorf("plugin depends on %s", line)
		}
	}
}

// testdata is the repository's testdata directory (the plugin tests cannot
// import analyzers/internal/testroot).
func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "testdata")
}
