package gold_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsnlp/newsnlp/report/gold"
	"github.com/newsnlp/newsnlp/runread"
)

func ExampleScoreEntities() {
	g, err := gold.Read(filepath.Join("testdata", "gold.jsonl"))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := runread.Read(filepath.Join("testdata", "run"))
	if err != nil {
		fmt.Println(err)
		return
	}
	// The run took the title into the name: "Mayor Ana Ruiz".
	gold.ScoreEntities(g, r).WriteText(os.Stdout, -1)
	// The quote's trailing comma is trimmed before matching.
	q := gold.ScoreQuotes(g, r)
	fmt.Printf("quotes exact %d/%d, speaker right %d/%d\n", q.Exact, q.Gold, q.SpeakerOK, q.SpeakerTotal)
	// Output:
	// articles scored 1; gold articles missing from the run 0; with a different text 0
	// gold entities 2  predicted 2
	//       LOCATION  P 1.0000  R 1.0000  F1 1.0000  (gold 1, pred 1)
	//         PERSON  P 0.0000  R 0.0000  F1 0.0000  (gold 1, pred 1)
	//        overall  P 0.5000  R 0.5000  F1 0.5000
	// errors (1):
	//   a1  span      30–38 "Ana Ruiz", predicted 24–38 "Mayor Ana Ruiz" (PERSON)
	// quotes exact 1/1, speaker right 1/1
}
