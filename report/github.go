package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// GitHub shows at most this many error and this many warning annotations of
// one step (and 50 of one job); the rest are dropped silently.
const githubAnnotationsPerStep = 10

// Escaping of workflow commands, as @actions/core does it: '%' first (one
// left-to-right pass, so it is never escaped twice), then CR and LF; property
// values also escape ':' and ',', which delimit properties.
var (
	githubDataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubPropEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// WriteGitHub writes the report as GitHub Actions workflow commands, one
// annotation a finding:
//
//	::error file=src/server.js,line=5,endLine=7,title=disconnectlint%3A timer-not-cleared::message
//
// Related locations are appended to the message, one a line. col and
// endColumn are written only for a single-line range, as GitHub requires.
// Each error of the report becomes an ::error annotation (without file= when
// it has no path). When more annotations of a level are written than GitHub
// shows for one step, a closing ::notice says so.
func WriteGitHub(w io.Writer, r *Report) error {
	counts := map[string]int{}
	for _, f := range r.Findings {
		level := githubLevel(f.Severity)
		counts[level]++
		props := []string{}
		if f.Path != "" {
			props = append(props, "file="+githubPropEscaper.Replace(f.Path))
			if f.Line > 0 {
				props = append(props, "line="+strconv.Itoa(f.Line))
				endLine := f.EndLine
				if endLine < f.Line {
					endLine = 0
				}
				if endLine > f.Line {
					props = append(props, "endLine="+strconv.Itoa(endLine))
				} else if f.Column > 0 {
					props = append(props, "col="+strconv.Itoa(f.Column))
					if endLine == f.Line && f.EndColumn > f.Column {
						props = append(props, "endColumn="+strconv.Itoa(f.EndColumn))
					}
				}
			}
		}
		props = append(props, "title="+githubPropEscaper.Replace("disconnectlint: "+f.Rule))
		var msg strings.Builder
		msg.WriteString(f.Message)
		for _, rel := range f.Related {
			msg.WriteString("\n")
			msg.WriteString(posString(rel.Path, rel.Line, rel.Column))
			if rel.Message != "" {
				msg.WriteString(": ")
				msg.WriteString(rel.Message)
			}
		}
		if err := githubCommand(w, level, props, msg.String()); err != nil {
			return err
		}
	}
	for _, e := range r.Errors {
		counts["error"]++
		props := []string{}
		msg := e.Message
		if e.Path != "" {
			props = append(props, "file="+githubPropEscaper.Replace(e.Path))
			msg = e.Path + ": " + msg
		}
		props = append(props, "title="+githubPropEscaper.Replace("disconnectlint: could not analyse"))
		if err := githubCommand(w, "error", props, msg); err != nil {
			return err
		}
	}
	if counts["error"] > githubAnnotationsPerStep || counts["warning"] > githubAnnotationsPerStep {
		msg := fmt.Sprintf("disconnectlint wrote %d error and %d warning annotations; GitHub shows at most %d of each per step, "+
			"so some are not displayed: see this step's log for all of them, or use SARIF upload or reviewdog",
			counts["error"], counts["warning"], githubAnnotationsPerStep)
		if err := githubCommand(w, "notice", []string{"title=" + githubPropEscaper.Replace("disconnectlint: annotations capped")}, msg); err != nil {
			return err
		}
	}
	return nil
}

func githubCommand(w io.Writer, level string, props []string, msg string) error {
	_, err := fmt.Fprintf(w, "::%s %s::%s\n", level, strings.Join(props, ","), githubDataEscaper.Replace(msg))
	return err
}

func githubLevel(severity string) string {
	switch severity {
	case "error":
		return "error"
	case "warning":
		return "warning"
	}
	return "notice"
}

// posString formats path:line:col, leaving out what is unknown.
func posString(path string, line, col int) string {
	s := path
	if line > 0 {
		s += ":" + strconv.Itoa(line)
		if col > 0 {
			s += ":" + strconv.Itoa(col)
		}
	}
	return s
}
