package corpus

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/klauspost/compress/zstd"
)

// The store keeps each document's input (the decoded text before
// normalization, which reextract analyses again) as a delta against the
// normalized text stored beside it: the two differ in furniture lines, width
// and script, and are otherwise the same bytes, so storing both in full
// doubled the documents table. A delta is a list of literals and copies from
// the text, compressed with zstd:
//
//	'd' 1                       magic and format version
//	'z' and a zstd frame of the ops, or 'p' and the ops as they are
//	  (whichever is shorter: a frame costs a dozen bytes, more than it
//	  saves on the few ops of a text that is its input less a line)
//	ops: (litLen uvarint, lit bytes, copyLen uvarint, copyFrom uvarint)*
//
// The last copyLen may be 0. Encoding is deterministic (the same raw and text
// give the same bytes), so a reextract or a second ingest stores the same row.

const (
	deltaMagic   = 'd'
	deltaVersion = 1
	// minCopy is the shortest copy worth an entry (two varints): shorter
	// matches stay literal.
	minCopy     = 8
	maxHashBits = 16
)

// errDelta is wrapped by every decoding error.
var errDelta = errors.New("bad raw delta")

// deltaCodec compresses and decompresses deltas. Its zstd encoder and decoder
// are safe for concurrent EncodeAll/DecodeAll, so one codec serves a store.
type deltaCodec struct {
	enc *zstd.Encoder
	dec *zstd.Decoder
}

func newDeltaCodec() (*deltaCodec, error) {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1), zstd.WithEncoderLevel(zstd.SpeedDefault),
		zstd.WithLowerEncoderMem(true))
	if err != nil {
		return nil, fmt.Errorf("raw delta encoder: %w", err)
	}
	// A delta is never larger than its document (32 MiB) plus varints, so
	// a frame that claims more is corrupt: the bound keeps a bad row from
	// allocating without limit.
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(2*MaxDocumentBytes+1<<20))
	if err != nil {
		return nil, fmt.Errorf("raw delta decoder: %w", err)
	}
	return &deltaCodec{enc: enc, dec: dec}, nil
}

func (c *deltaCodec) close() {
	c.enc.Close()
	c.dec.Close()
}

// encode returns raw as a delta against text.
func (c *deltaCodec) encode(raw, text string) []byte {
	ops := deltaOps(raw, text)
	out := c.enc.EncodeAll(ops, []byte{deltaMagic, deltaVersion, 'z'})
	if len(out) > 3+len(ops) {
		out = append(append(out[:2], 'p'), ops...)
	}
	return out
}

// decode rebuilds raw from its delta and text.
func (c *deltaCodec) decode(delta []byte, text string) (string, error) {
	if len(delta) < 3 || delta[0] != deltaMagic || delta[1] != deltaVersion {
		return "", fmt.Errorf("%w: unknown header", errDelta)
	}
	switch delta[2] {
	case 'p':
		return applyOps(delta[3:], text)
	case 'z':
		ops, err := c.dec.DecodeAll(delta[3:], nil)
		if err != nil {
			return "", fmt.Errorf("%w: %w", errDelta, err)
		}
		return applyOps(ops, text)
	}
	return "", fmt.Errorf("%w: unknown form %q", errDelta, delta[2])
}

// deltaOps writes raw as literals and copies from text. Copies are found
// the way LZ77 finds them, with text as the window: first at the end of the
// last copy (the two usually run in step), else by a hash of the next
// minCopy bytes.
func deltaOps(raw, text string) []byte {
	// The table holds positions + 1 (0: none), sized to the text: a short
	// news item does not clear and fill a table made for a long report.
	var table []int32
	shift := uint(64 - 8)
	if len(text) >= minCopy && len(raw) >= minCopy {
		bits := min(max(bits.Len(uint(len(text)))+1, 8), maxHashBits)
		shift = uint(64 - bits)
		table = make([]int32, 1<<bits)
		// Later positions overwrite earlier ones; walking backwards keeps
		// the first occurrence, which is where in-order text resumes.
		for i := len(text) - minCopy; i >= 0; i-- {
			table[hash8(text, i, shift)] = int32(i + 1)
		}
	}
	ops := make([]byte, 0, 64)
	lit, next := 0, 0 // start of the pending literal; where the last copy ended in text
	for i := 0; i+minCopy <= len(raw) && table != nil; {
		from := -1
		if next+minCopy <= len(text) && raw[i:i+minCopy] == text[next:next+minCopy] {
			from = next
		} else if c := int(table[hash8(raw, i, shift)]) - 1; c >= 0 && raw[i:i+minCopy] == text[c:c+minCopy] {
			from = c
		}
		if from < 0 {
			i++
			continue
		}
		n := minCopy
		for i+n < len(raw) && from+n < len(text) && raw[i+n] == text[from+n] {
			n++
		}
		// Grow the copy backwards into the literal.
		for i > lit && from > 0 && raw[i-1] == text[from-1] {
			i, from, n = i-1, from-1, n+1
		}
		ops = binary.AppendUvarint(ops, uint64(i-lit))
		ops = append(ops, raw[lit:i]...)
		ops = binary.AppendUvarint(ops, uint64(n))
		ops = binary.AppendUvarint(ops, uint64(from))
		i += n
		lit, next = i, from+n
	}
	if lit < len(raw) || len(ops) == 0 {
		ops = binary.AppendUvarint(ops, uint64(len(raw)-lit))
		ops = append(ops, raw[lit:]...)
		ops = binary.AppendUvarint(ops, 0)
		ops = binary.AppendUvarint(ops, 0)
	}
	return ops
}

// applyOps replays ops over text. Every length and offset is checked, so a
// corrupt delta is an error, never a panic or a huge allocation.
func applyOps(ops []byte, text string) (string, error) {
	var out bytes.Buffer
	for len(ops) > 0 {
		litLen, n := binary.Uvarint(ops)
		if n <= 0 || litLen > uint64(len(ops)-n) {
			return "", fmt.Errorf("%w: literal length", errDelta)
		}
		ops = ops[n:]
		out.Write(ops[:litLen])
		ops = ops[litLen:]
		copyLen, n := binary.Uvarint(ops)
		if n <= 0 {
			return "", fmt.Errorf("%w: copy length", errDelta)
		}
		ops = ops[n:]
		from, n := binary.Uvarint(ops)
		if n <= 0 || from > uint64(len(text)) || copyLen > uint64(len(text))-from {
			return "", fmt.Errorf("%w: copy out of the text", errDelta)
		}
		ops = ops[n:]
		if out.Len()+int(copyLen) > MaxDocumentBytes {
			return "", fmt.Errorf("%w: longer than a document may be", errDelta)
		}
		out.WriteString(text[from : from+copyLen])
	}
	return out.String(), nil
}

// hash8 hashes the minCopy bytes at s[i:] to 64-shift bits.
func hash8(s string, i int, shift uint) uint32 {
	v := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
	return uint32((v * 0x9E3779B185EBCA87) >> shift)
}

// toV8 is the Go half of the move to schema version 8: inputs as deltas, and
// the search index's rows for campaigns and officials, which version 8 made
// kinds of its own.
func toV8(ctx context.Context, s *Store, conn *sql.Conn, tx *sql.Tx) error {
	if err := deltaRaw(ctx, s, tx); err != nil {
		return err
	}
	return indexStored(ctx, conn, tx, []string{"campaign", "official"})
}

// eachDocument calls fn with each stored document's number, text and one
// more text column ("" for none), in document order, a page at a time: a
// migration reads a page, then writes what it makes of it in the same
// transaction.
func eachDocument(ctx context.Context, tx *sql.Tx, column string, fn func(doc int64, text, value string) error) error {
	const page = 256
	if column == "" {
		column = "''"
	}
	for last := int64(0); ; {
		if err := ctx.Err(); err != nil {
			return err
		}
		type row struct {
			doc         int64
			text, value string
		}
		var batch []row
		err := scanRows(ctx, tx, "SELECT doc, text, "+column+" FROM documents WHERE doc > ? ORDER BY doc LIMIT ?", []any{last, page},
			func(rows *sql.Rows) error {
				var r row
				err := rows.Scan(&r.doc, &r.text, &r.value)
				batch = append(batch, r)
				return err
			})
		if err != nil {
			return err
		}
		for _, r := range batch {
			if err := fn(r.doc, r.text, r.value); err != nil {
				return err
			}
			last = r.doc
		}
		if len(batch) < page {
			return nil
		}
	}
}

// deltaRaw writes each document's raw as raw_delta, then drops raw.
func deltaRaw(ctx context.Context, s *Store, tx *sql.Tx) error {
	err := eachDocument(ctx, tx, "raw", func(doc int64, text, raw string) error {
		if _, err := tx.ExecContext(ctx, "UPDATE documents SET raw_delta = ? WHERE doc = ?", s.delta.encode(raw, text), doc); err != nil {
			return fmt.Errorf("raw delta of document %d: %w", doc, err)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("raw delta: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "ALTER TABLE documents DROP COLUMN raw"); err != nil {
		return fmt.Errorf("drop raw: %w", err)
	}
	return nil
}
