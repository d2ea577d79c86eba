package source

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime"
	"strconv"
	"strings"

	"github.com/nlnwa/gowarc"
)

// MaxPayload is the largest HTTP payload of a WARC record read as a page.
const MaxPayload = 64 << 20

// WARCFile reads a WARC file (plain, or gzip-compressed per record as .warc.gz
// files are; an already decompressed stream works too) and yields one Record
// per HTML response: a "response" record whose HTTP status is 2xx and whose
// Content-Type is text/html or application/xhtml+xml. Other records
// (warcinfo, request, metadata, images, redirects) are skipped.
//
// Line is the 1-based number of the record in the file, counting every
// record; URL is WARC-Target-URI; Published is WARC-Date (the cleaning stage
// prefers a date stated by the page); ID is the WARC-Record-ID without its
// "<urn:uuid:…>" wrapping, else a hash of the URL. HTML is the HTTP payload,
// decoded from gzip or deflate Content-Encoding, then to UTF-8 from the
// charset of its Content-Type header, a byte order mark or <meta> charset
// (DecodeHTML).
//
// A record that cannot be parsed yields a Record with Err set, Input and
// Line, and reading resumes at the next record the file still allows
// (gowarc scans forward for the next "WARC/" header); an error that leaves
// no way forward ends the iteration after that Record.
func WARCFile(r io.Reader, name string) iter.Seq[Record] {
	return warcRecords(r, name, nil, Encoding{})
}

func warcRecords(r io.Reader, name string, keep func(line int64) bool, enc Encoding) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		stream, err := plainStream(r)
		if err != nil {
			yield(Record{Input: name, Err: fmt.Errorf("source: %s: warc: %w", name, err)})
			return
		}
		wr, err := gowarc.NewWarcFileReaderFromStream(stream, 0,
			gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
			gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
			gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
			gowarc.WithBufferMaxMemBytes(MaxPayload),
		)
		if err != nil {
			yield(Record{Input: name, Err: fmt.Errorf("source: %s: warc: %w", name, err)})
			return
		}
		defer wr.Close()
		var n int64
		lastErrOffset := int64(-1)
		for {
			rec, offset, _, err := wr.Next()
			if errors.Is(err, io.EOF) && rec == nil {
				if stream.err != nil {
					yield(Record{Input: name, Line: n + 1, ID: DefaultID(name, n+1),
						Err: fmt.Errorf("source: %s: warc after record %d: %w", name, n, stream.err)})
				}
				return
			}
			n++
			if err != nil {
				if !yield(Record{Input: name, Line: n, ID: DefaultID(name, n),
					Err: fmt.Errorf("source: %s: warc record %d at byte %d: %w", name, n, offset, err)}) {
					return
				}
				// gowarc resynchronises on the next record header; stop if it
				// cannot move (the same failure at the same place) or the
				// stream itself is broken.
				if offset == lastErrOffset || errors.Is(err, io.ErrUnexpectedEOF) || rec == nil && isStreamError(err) {
					return
				}
				lastErrOffset = offset
				continue
			}
			if keep != nil && !keep(n) {
				continue
			}
			if err := checkHeader(rec); err != nil {
				if !yield(Record{Input: name, Line: n, ID: DefaultID(name, n), URL: rec.WarcHeader().Get(gowarc.WarcTargetURI),
					Err: fmt.Errorf("source: %s: warc record %d at byte %d: %w", name, n, offset, err)}) {
					return
				}
				continue
			}
			out, ok := htmlResponse(rec, name, n, enc)
			if !ok {
				continue
			}
			if !yield(out) {
				return
			}
		}
	}
}

// endStream turns the first read error of a stream into io.EOF, keeping
// the error: gowarc v1.6.0 loops forever on a header whose reader keeps
// failing (a truncated gzip member), but stops cleanly at io.EOF.
type endStream struct {
	r   io.Reader
	err error
}

func (s *endStream) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, io.EOF
	}
	n, err := s.r.Read(p)
	if err != nil && err != io.EOF {
		s.err = err
		return n, io.EOF
	}
	return n, err
}

// plainStream returns the WARC records of r uncompressed: a .warc.gz file
// (one gzip member per record) is decompressed here as one stream, so that
// a truncated or corrupt member ends the file cleanly.
func plainStream(r io.Reader) (*endStream, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	magic, _ := br.Peek(2)
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, err
		}
		return &endStream{r: zr}, nil
	}
	return &endStream{r: br}, nil
}

// isStreamError reports whether err comes from the byte stream (a corrupt
// gzip member, a failed read) rather than from one record's syntax.
func isStreamError(err error) bool {
	var se *gowarc.SyntaxError
	var he *gowarc.HeaderFieldError
	return !errors.As(err, &se) && !errors.As(err, &he) && !strings.Contains(err.Error(), "gowarc")
}

// checkHeader reports the header defects that gowarc tolerates under the
// lenient policies but that make a record unusable: a missing or
// non-numeric Content-Length, a response that is not an HTTP response.
func checkHeader(rec gowarc.WarcRecord) error {
	h := rec.WarcHeader()
	if v := h.Get(gowarc.ContentLength); v == "" {
		return errors.New("missing Content-Length")
	} else if n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64); err != nil || n < 0 {
		return fmt.Errorf("bad Content-Length %q", v)
	}
	if rec.Type() == gowarc.Response && strings.Contains(h.Get(gowarc.ContentType), "msgtype=response") {
		if _, ok := rec.Block().(gowarc.HttpResponseBlock); !ok {
			return errors.New("response record without an HTTP response")
		}
	}
	return nil
}

// htmlResponse turns a WARC record into a Record if it is an HTML response.
func htmlResponse(rec gowarc.WarcRecord, name string, n int64, enc Encoding) (Record, bool) {
	if rec.Type() != gowarc.Response {
		return Record{}, false
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return Record{}, false
	}
	if code := block.HttpStatusCode(); code < 200 || code > 299 {
		return Record{}, false
	}
	hdr := block.HttpHeader()
	if hdr == nil {
		return Record{}, false
	}
	mt, _, _ := mime.ParseMediaType(hdr.Get("Content-Type"))
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return Record{}, false
	}
	url := rec.WarcHeader().Get(gowarc.WarcTargetURI)
	out := Record{Input: name, Line: n, URL: url, ID: recordID(rec.RecordId(), url)}
	if t, err := rec.Date(); err == nil && !t.IsZero() {
		t = t.UTC()
		out.Published = &t
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		out.Err = fmt.Errorf("source: %s: warc record %d: payload: %w", name, n, err)
		return out, true
	}
	body, err := decodePayload(payload, hdr.Get("Content-Encoding"))
	switch {
	case err != nil:
		out.Err = fmt.Errorf("source: %s: warc record %d: %w", name, n, err)
	case len(bytes.TrimSpace(body)) == 0:
		out.Err = fmt.Errorf("source: %s: warc record %d: %w", name, n, ErrEmptyInput)
	default:
		d := DecodeHTML(body, hdr.Get("Content-Type"), enc)
		out.HTML, out.Charset = d.Text, d.Charset
		if d.Warning != nil {
			out.Warnings = append(out.Warnings, d.Warning)
		}
	}
	return out, true
}

// decodePayload reads an HTTP payload, undoing a gzip or deflate
// Content-Encoding.
func decodePayload(r io.Reader, encoding string) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("payload gzip: %w", err)
		}
		defer zr.Close()
		r = zr
	case "deflate":
		fr := flate.NewReader(r)
		defer fr.Close()
		r = fr
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxPayload+1))
	if err != nil {
		return nil, fmt.Errorf("payload: %w", err)
	}
	if len(b) > MaxPayload {
		return nil, fmt.Errorf("payload larger than %d bytes", MaxPayload)
	}
	return b, nil
}

// recordID is the WARC-Record-ID without "<urn:uuid:" and ">", or, when the
// record has none, "url-" and the first 16 hex digits of the URL's SHA-256.
func recordID(id, url string) string {
	id = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">")
	id = strings.TrimPrefix(id, "urn:uuid:")
	if id != "" {
		return id
	}
	sum := sha256.Sum256([]byte(url))
	return "url-" + hex.EncodeToString(sum[:8])
}
