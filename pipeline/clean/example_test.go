package clean_test

import (
	"fmt"

	"github.com/newsnlp/newsnlp/pipeline/clean"
)

func ExampleText() {
	page := "Home > World\n" +
		"Harbor town votes to rebuild seawall\n" +
		"Date:2024-02-11 08:30:00\n" +
		"BERGVIK, Norway (AP) — The council of Bergvik voted on Monday to rebuild the seawall that protects its harbor.\n" +
		"“We cannot wait for the next storm to decide for us,” said the mayor after the vote.\n" +
		"Share this article\n" +
		"Related\n" +
		"- Ferry fares to rise in spring\n" +
		"- New school opens on the hill\n"
	r := clean.Text(page)
	fmt.Println(r.Title)
	fmt.Println(r.Published.Format("2006-01-02 15:04"), r.Dateline, r.Agency)
	fmt.Println(r.Body)
	// Output:
	// Harbor town votes to rebuild seawall
	// 2024-02-11 08:30 BERGVIK, Norway AP
	// BERGVIK, Norway (AP) — The council of Bergvik voted on Monday to rebuild the seawall that protects its harbor.
	// “We cannot wait for the next storm to decide for us,” said the mayor after the vote.
}
