package corpus

import (
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// DecodeText turns the bytes of a document into UTF-8 (first version: UTF-8
// or GB18030; the page work refines it).
func DecodeText(raw []byte, declared string) (string, error) {
	raw = trimBOM(raw)
	if utf8.Valid(raw) {
		return string(raw), nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	if err != nil {
		return "", fmt.Errorf("decode as GB18030: %w", err)
	}
	return string(out), nil
}

func trimBOM(raw []byte) []byte {
	if len(raw) >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF {
		return raw[3:]
	}
	return raw
}
