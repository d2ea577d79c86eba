package quotes

// cueVerbs are the words that introduce reported speech. The list was built
// from the cue spans of PolNeAR's training split (said, told, wrote, added,
// says, called, according to, …) and common news usage.
var cueVerbs = setOf(
	"said", "says", "say", "saying", "told", "tells", "tell", "telling",
	"added", "adds", "adding", "asked", "asks", "asking",
	"wrote", "writes", "writing", "write", "written",
	"stated", "states", "noted", "notes", "noting", "explained", "explains", "explaining",
	"replied", "replies", "continued", "continues", "tweeted", "tweets", "tweeting",
	"declared", "declares", "concluded", "concludes", "responded", "responds", "recalled", "recalls",
	"argued", "argues", "arguing", "insisted", "insists", "warned", "warns", "warning",
	"claimed", "claims", "claiming", "admitted", "admits", "acknowledged", "acknowledges",
	"announced", "announces", "remarked", "remarks", "observed", "observes", "suggested", "suggests",
	"predicted", "predicts", "promised", "promises", "vowed", "vows", "joked", "jokes", "quipped", "quips",
	"cautioned", "conceded", "concedes", "boasted", "boasts", "complained", "complains", "exclaimed",
	"shouted", "chanted", "urged", "urges", "called", "calls", "calling", "described", "describes", "describing",
	"posted", "reported", "reports", "testified", "texted", "emailed", "lamented", "laments", "mused",
	"pledged", "pledges", "agreed", "agrees", "repeated", "repeats", "reiterated", "reiterates",
	"answered", "answers", "countered", "counters", "retorted", "wondered", "wonders",
	"emphasized", "emphasizes", "stressed", "stresses", "charged", "charges", "accused", "accuses",
	"blasted", "slammed", "mocked", "praised", "dubbed", "labeled", "branded", "termed",
	"explained", "confirmed", "confirms", "denied", "denies", "assured", "assures", "announced",
	"proclaimed", "proclaims", "demanded", "demands", "conceded", "recounted", "recounts",
	"sang", "yelled", "screamed", "wrote", "read", "reads", "blogged", "opined", "opines",
	"advised", "advises", "echoed", "echoes", "touted", "touts", "scoffed", "sniped", "shot",
	"thundered", "interjected", "interrupted", "objected", "objects", "protested", "began", "begins", "went", "pointed", "put", "puts",
	"insisting", "adding", "vowing", "declaring", "promising", "pledging", "noting", "explaining",
	"predicting", "complaining", "acknowledging", "referring", "referred", "refers", "citing", "cited",
	"cites", "quoted", "quotes", "quoting", "writ", "asserted", "asserts", "contended", "contends",
	"maintained", "maintains", "hinted", "hints", "speculated", "theorized", "estimated", "estimates",
	"added:", "according", "cautions", "cautioning", "exclaims", "shouts", "shouting", "yells", "yelling",
	"chants", "chanting", "screams", "muses", "quipping", "joking", "boasting", "retorts", "recalling",
	"conceding", "countering", "replying", "responding", "tweeting", "warning",
	"stating", "remarking", "mocks", "mocking", "criticized", "criticizes", "criticizing", "assailed", "assails",
	"decried", "decries", "scolded", "scolds", "lambasted", "ridiculed", "alleges", "alleged", "alleging",
	"mentioned", "mentions", "mentioning",
)

// cueNouns make a noun phrase a speaker when followed by "said", "read",
// "says"…: "the statement said". They are ordinary subjects to the rules.

// auxiliaries and adverbs that may sit between a subject and its cue verb:
// "Trump has also said", "she later told".
var cueFillers = setOf(
	"has", "had", "have", "having", "was", "were", "is", "are", "be", "been", "would", "will", "could",
	"can", "might", "may", "should", "did", "does", "do", "also", "later", "then", "previously", "recently",
	"reportedly", "once", "further", "again", "repeatedly", "simply", "already", "first", "often",
	"always", "never", "frequently", "publicly", "privately", "just", "even", "still", "not", "n't",
	"earlier", "subsequently", "finally", "flatly", "bluntly", "famously", "sarcastically", "angrily",
	"quickly", "immediately", "separately", "similarly", "recently", "today", "yesterday", "tonight",
	"last", "this", "on", "now", "only", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"morning", "afternoon", "evening", "night", "week", "month", "year", "at", "the", "time",
)

// npStops end a noun phrase walked from its head: clause and phrase
// boundaries that cannot be inside a speaker's noun phrase.
var npStops = setOf(
	"that", "and", "but", "or", "which", "because", "as", "when", "if", "while", "where", "after",
	"before", "since", "to", "than", "so", "then", "what", "how", "why", "whether", "though",
	"although", "unless", "until", "in", "on", "into", "about", "by", "from", "with", "over",
	"under", "during", "against", "without", "through", "is", "are", "was", "were", "be", "been",
	"has", "have", "had", "would", "will", "could", "can", "should", "may", "might", "not", "it's",
	"there", "here", "also", "later", "then", "just", "even", "still", "said", "says", "told",
	"yet", "nor", "i'm", "we're", "they're", "you're", "he's", "she's", "this", "these", "those",
	"did", "does", "do", "said:", "like", "unlike", "among", "between", "at", "after", "up",
	"out", "off", "down", "all", "not", "no", "more", "most", "very", "too",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)

// pronouns that are a speaker noun phrase on their own.
var pronouns = setOf("he", "she", "they", "it", "i", "we", "you", "who", "one")

// afterCueNonSubjects follow a cue verb without being its inverted
// subject: "said Sunday", "told reporters", "said in a statement".
var afterCueNonSubjects = setOf(
	"on", "in", "at", "during", "after", "before", "of", "that", "about", "to", "for", "with",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"yesterday", "tonight", "last", "this", "earlier", "later", "recently", "him", "them",
	"me", "us", "it", "reporters", "supporters", "so", "then", "as", "when", "while", "because", "but", "and", "if", "he", "she",
	"they", "i", "we", "you", "there", "again", "also", "once", "simply", "flatly", "bluntly",
	"repeatedly", "earlier", "previously", "not", "out", "up", "back", "over", "into", "by",
	"what", "how", "why", "whether", "which", "who", "through", "from", "under",
)

// determiners that may start an inverted subject: “…,” said the senator.
var determiners = setOf("the", "a", "an", "his", "her", "their", "its", "one", "another", "two", "three", "several", "some")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
