// hcl-oracle-batch: TEST TOOLING ONLY, never shipped with the extension or the CLI.
//
// Parses many HCL texts with HashiCorp's hclsyntax.ParseConfig (exactly as
// ../shared/tools/hcl-oracle/main.go does) in one long-running process, so a test can compare our
// parser's error recovery with HashiCorp's on hundreds of thousands of damaged texts without paying a
// process start for each (test/corpus/hcl-recovery.test.ts).
//
// Input (stdin): repeated records "<length in bytes>\n<bytes>".
// Output (stdout): one JSON line per record, in order:
//
//	{"Blocks":N,"Ranges":[[typeStartByte,closeBraceEndByte],...],"Diags":K,"First":{"Summary":S,"Subject":[b0,b1]}}
//
// N is the number of top-level blocks, Ranges their byte ranges (Block.Range()), K the number of
// diagnostics and First the first of them (absent when K is 0). If hclsyntax panics on a text, the line is {"Blocks":-1,"Panic":"..."} and the
// process goes on with the next record.
//
// Build: scripts/build-oracles.sh OUTDIR (offline, from Debian's golang-github-hashicorp-hcl-v2-dev).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

type diag struct {
	Summary string
	Subject [2]int // byte range; [-1,-1] when the diagnostic has no subject
}

type result struct {
	Blocks int
	Ranges [][2]int `json:",omitempty"`
	Diags  int
	First  *diag  `json:",omitempty"` // the first diagnostic, where HashiCorp reports the damage
	Panic  string `json:",omitempty"`
}

func parse(src []byte) (res result) {
	defer func() {
		if p := recover(); p != nil {
			res = result{Blocks: -1, Panic: fmt.Sprint(p)}
		}
	}()
	f, diags := hclsyntax.ParseConfig(src, "damaged.tf", hcl.Pos{Line: 1, Column: 1, Byte: 0})
	res.Diags = len(diags)
	if len(diags) > 0 {
		d := diags[0]
		res.First = &diag{Summary: d.Summary, Subject: [2]int{-1, -1}}
		if d.Subject != nil {
			res.First.Subject = [2]int{d.Subject.Start.Byte, d.Subject.End.Byte}
		}
	}
	res.Ranges = [][2]int{}
	if f != nil && f.Body != nil {
		for _, b := range f.Body.(*hclsyntax.Body).Blocks {
			rng := b.Range()
			res.Ranges = append(res.Ranges, [2]int{rng.Start.Byte, rng.End.Byte})
		}
	}
	res.Blocks = len(res.Ranges)
	return res
}

func main() {
	// Each parse allocates a lot of short-lived garbage (tokens, AST); collecting less often makes the
	// whole run about a quarter faster, at a few tens of megabytes of memory.
	debug.SetGCPercent(400)
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	enc := json.NewEncoder(out)
	for {
		header, err := in.ReadString('\n')
		if err == io.EOF && header == "" {
			break
		}
		if err != nil {
			fail("reading record header: %v", err)
		}
		n, err := strconv.Atoi(strings.TrimSpace(header))
		if err != nil || n < 0 {
			fail("bad record header %q", header)
		}
		src := make([]byte, n)
		if _, err := io.ReadFull(in, src); err != nil {
			fail("reading %d-byte record: %v", n, err)
		}
		if err := enc.Encode(parse(src)); err != nil {
			fail("writing result: %v", err)
		}
		// Flush every answer: the caller may be waiting for it while more records are already queued
		// here, and holding answers back until the input runs dry would stall both sides.
		if err := out.Flush(); err != nil {
			fail("writing result: %v", err)
		}
	}
	if err := out.Flush(); err != nil {
		fail("writing result: %v", err)
	}
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "hcl-oracle-batch: "+format+"\n", args...)
	os.Exit(1)
}
