package docs_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
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

	"gopkg.in/yaml.v3"

	"github.com/disconnectlint/disconnectlint/rules"
)

var snippetRE = regexp.MustCompile("(?s)<!-- snippet: ([^ ]+) -->\n```[a-z]*\n(.*?)```\n")

// snippets returns the fenced blocks of docs/integrations.md that follow a
// "<!-- snippet: NAME -->" line, by NAME.
func snippets(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile("integrations.md")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range snippetRE.FindAllStringSubmatch(string(data), -1) {
		if _, dup := out[m[1]]; dup {
			t.Errorf("snippet %s appears twice", m[1])
		}
		out[m[1]] = m[2]
	}
	for _, name := range []string{"workflow-sarif", "workflow-reviewdog", "pre-commit-config", ".custom-gcl.example.yml", ".golangci.example.yml"} {
		if _, ok := out[name]; !ok {
			t.Fatalf("integrations.md has no snippet %s", name)
		}
	}
	return out
}

// TestFileSnippets: the golangci-lint snippets are the example files of the
// repository root, which plugin/golangci_integration_test.go verifies.
func TestFileSnippets(t *testing.T) {
	for name, body := range snippets(t) {
		if !strings.HasPrefix(name, ".") {
			continue
		}
		want, err := os.ReadFile(filepath.Join("..", name))
		if err != nil {
			t.Fatal(err)
		}
		if body != string(want) {
			t.Errorf("the %s snippet in integrations.md differs from ../%s", name, name)
		}
	}
}

type hook struct {
	ID            string   `yaml:"id"`
	Entry         string   `yaml:"entry"`
	Language      string   `yaml:"language"`
	TypesOr       []string `yaml:"types_or"`
	PassFilenames *bool    `yaml:"pass_filenames"`
	RequireSerial bool     `yaml:"require_serial"`
}

// TestPreCommitSnippet: the consumer config names this repository and hooks
// of .pre-commit-hooks.yaml (which precommit/precommit_test.go installs and
// runs with the real pre-commit).
func TestPreCommitSnippet(t *testing.T) {
	data, err := os.ReadFile("../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []hook
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatal(err)
	}
	byID := map[string]hook{}
	for _, h := range hooks {
		byID[h.ID] = h
	}
	wantTypes := []string{"go", "javascript", "jsx", "ts", "tsx"}
	for id, entry := range map[string]string{"disconnectlint": "disconnectlint", "disconnectlint-full": "disconnectlint ."} {
		h, ok := byID[id]
		if !ok {
			t.Errorf(".pre-commit-hooks.yaml has no hook %s", id)
			continue
		}
		if h.Entry != entry || h.Language != "golang" || !slices.Equal(h.TypesOr, wantTypes) || !h.RequireSerial || h.PassFilenames == nil ||
			*h.PassFilenames != (id == "disconnectlint") {
			t.Errorf("hook %s = %+v", id, h)
		}
	}

	var cfg struct {
		Repos []struct {
			Repo  string `yaml:"repo"`
			Rev   string `yaml:"rev"`
			Hooks []struct {
				ID string `yaml:"id"`
			} `yaml:"hooks"`
		} `yaml:"repos"`
	}
	if err := yaml.Unmarshal([]byte(snippets(t)["pre-commit-config"]), &cfg); err != nil {
		t.Fatal(err)
	}
	if len(cfg.Repos) != 1 || cfg.Repos[0].Repo != rules.RepoURL || cfg.Repos[0].Rev == "" || len(cfg.Repos[0].Hooks) == 0 {
		t.Fatalf("pre-commit snippet = %+v", cfg)
	}
	for _, h := range cfg.Repos[0].Hooks {
		if _, ok := byID[h.ID]; !ok {
			t.Errorf("pre-commit snippet uses hook %q, not in .pre-commit-hooks.yaml", h.ID)
		}
	}
}

// workflowRuns returns the run: scripts of a workflow snippet's steps.
func workflowRuns(t *testing.T, src string) []string {
	t.Helper()
	var wf struct {
		Jobs map[string]struct {
			Steps []struct {
				Run  string `yaml:"run"`
				Uses string `yaml:"uses"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal([]byte(src), &wf); err != nil {
		t.Fatalf("workflow snippet: %v", err)
	}
	var runs []string
	for _, j := range wf.Jobs {
		for _, s := range j.Steps {
			if s.Run != "" {
				runs = append(runs, s.Run)
			}
		}
	}
	return runs
}

// lintCommand returns the arguments of the disconnectlint command in a run
// script (up to a pipe) and what follows the pipe.
func lintCommand(t *testing.T, runs []string) (args []string, piped string) {
	t.Helper()
	for _, r := range runs {
		r = strings.ReplaceAll(r, "\n", " ")
		if !strings.HasPrefix(strings.TrimSpace(r), "disconnectlint ") {
			continue
		}
		cmd, rest, _ := strings.Cut(r, "|")
		return strings.Fields(cmd)[1:], strings.TrimSpace(rest)
	}
	t.Fatal("no disconnectlint step in the workflow snippet")
	return nil, ""
}

const leakyJS = `const { Server } = require("socket.io");

const io = new Server(3000);
io.on("connection", (socket) => {
  const timer = setInterval(() => socket.emit("tick"), 1000);
  socket.on("disconnect", () => console.log("bye"));
});
`

// TestWorkflowSnippets runs the disconnectlint step of each CI workflow on
// a copy of testdata/golangci (a Go module on go-socket.io v1.7.0) with a
// leaky JS file added, and checks the SARIF log and the checkstyle report;
// with reviewdog on PATH, the checkstyle report is piped into the snippet's
// reviewdog command with the local reporter.
func TestWorkflowSnippets(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the CLI")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	sn := snippets(t)
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "disconnectlint")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/disconnectlint")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/disconnectlint: %v\n%s", err, out)
	}
	work := filepath.Join(t.TempDir(), "repo")
	copyDir(t, filepath.Join(root, "testdata", "golangci"), work)
	if err := os.WriteFile(filepath.Join(work, "server.js"), []byte(leakyJS), 0o644); err != nil {
		t.Fatal(err)
	}
	dl := exec.CommandContext(ctx, "go", "mod", "download")
	dl.Dir = work
	if out, err := dl.CombinedOutput(); err != nil {
		t.Skipf("cannot download github.com/googollee/go-socket.io (needs the Go module proxy): %v\n%s", err, out)
	}
	run := func(args []string) []byte {
		t.Helper()
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Dir = work
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("disconnectlint %s: %v (the snippet uses --fail-on never: exit 0)\n%s", strings.Join(args, " "), err, stderr.String())
		}
		return stdout.Bytes()
	}

	t.Run("sarif", func(t *testing.T) {
		args, piped := lintCommand(t, workflowRuns(t, sn["workflow-sarif"]))
		if piped != "" {
			t.Fatalf("the SARIF step pipes into %q", piped)
		}
		run(args)
		i := slices.Index(args, "--output")
		if i < 0 || i+1 >= len(args) {
			t.Fatalf("the SARIF step has no --output: %v", args)
		}
		if !strings.Contains(sn["workflow-sarif"], "sarif_file: "+args[i+1]) {
			t.Errorf("upload-sarif does not upload %s", args[i+1])
		}
		data, err := os.ReadFile(filepath.Join(work, args[i+1]))
		if err != nil {
			t.Fatal(err)
		}
		var log struct {
			Version string `json:"version"`
			Runs    []struct {
				Results []struct {
					RuleID    string `json:"ruleId"`
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct {
								URI string `json:"uri"`
							} `json:"artifactLocation"`
						} `json:"physicalLocation"`
					} `json:"locations"`
				} `json:"results"`
			} `json:"runs"`
		}
		if err := json.Unmarshal(data, &log); err != nil {
			t.Fatal(err)
		}
		if log.Version != "2.1.0" || len(log.Runs) != 1 {
			t.Fatalf("SARIF version %q, %d runs", log.Version, len(log.Runs))
		}
		got := map[string]bool{}
		for _, r := range log.Runs[0].Results {
			if len(r.Locations) > 0 {
				got[r.Locations[0].PhysicalLocation.ArtifactLocation.URI+" "+r.RuleID] = true
			}
		}
		for _, w := range []string{"server.js timer-not-cleared", "chat/chat.go timer-not-cleared", "chat/chat.go client-not-untracked"} {
			if !got[w] {
				t.Errorf("SARIF has no result %s; got %v", w, got)
			}
		}
	})

	t.Run("checkstyle", func(t *testing.T) {
		args, piped := lintCommand(t, workflowRuns(t, sn["workflow-reviewdog"]))
		out := run(args)
		var cs struct {
			XMLName xml.Name `xml:"checkstyle"`
			Files   []struct {
				Name   string `xml:"name,attr"`
				Errors []struct {
					Line   int    `xml:"line,attr"`
					Source string `xml:"source,attr"`
				} `xml:"error"`
			} `xml:"file"`
		}
		if err := xml.Unmarshal(out, &cs); err != nil {
			t.Fatalf("checkstyle output: %v\n%s", err, out)
		}
		n := 0
		for _, f := range cs.Files {
			for _, e := range f.Errors {
				n++
				if !strings.HasPrefix(e.Source, "disconnectlint.") {
					t.Errorf("%s:%d: source %q", f.Name, e.Line, e.Source)
				}
			}
		}
		if n < 3 {
			t.Errorf("checkstyle has %d errors, want at least 3:\n%s", n, out)
		}

		if !strings.HasPrefix(piped, "reviewdog ") {
			t.Fatalf("the review step pipes into %q, want reviewdog", piped)
		}
		rd, err := exec.LookPath("reviewdog")
		if err != nil {
			t.Skip("reviewdog is not on PATH (go install github.com/reviewdog/reviewdog/cmd/reviewdog@v0.20.3)")
		}
		var rdArgs []string
		for _, a := range strings.Fields(piped)[1:] {
			switch {
			case strings.HasPrefix(a, "-reporter="):
				a = "-reporter=local"
			case strings.HasPrefix(a, "-filter-mode="):
				a = "-filter-mode=nofilter" // no diff outside a pull request
			}
			rdArgs = append(rdArgs, a)
		}
		cmd := exec.CommandContext(ctx, rd, rdArgs...)
		cmd.Dir = work
		cmd.Stdin = bytes.NewReader(out)
		rdOut, err := cmd.CombinedOutput()
		t.Logf("reviewdog %s:\n%s", strings.Join(rdArgs, " "), rdOut)
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 {
			t.Errorf("reviewdog %s: %v, want exit 1 (-fail-level=error)\n%s", strings.Join(rdArgs, " "), err, rdOut)
		}
		for _, w := range []string{"server.js:5:", "chat/chat.go:30:"} {
			if !strings.Contains(string(rdOut), w) {
				t.Errorf("reviewdog output has no %s:\n%s", w, rdOut)
			}
		}
	})
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
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
