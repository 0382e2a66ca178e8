package extract

import (
	"fmt"

	"github.com/liuzl/gocc"
)

// NewT2S returns OpenCC's Traditional→Simplified converter (gocc, embedded
// dictionaries; 2–3 ms to build, safe to share between goroutines).
func NewT2S() (Converter, error) {
	cc, err := gocc.New("t2s")
	if err != nil {
		return nil, fmt.Errorf("opencc t2s: %w", err)
	}
	return cc, nil
}
