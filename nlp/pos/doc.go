// Package pos is a part-of-speech tagger: a greedy averaged perceptron
// trained on the Penn Treebank tags of the CoNLL-2003 English data, with
// word, lowercase, prefix, suffix, shape and word-cluster features of the
// token and its neighbours and the two previous tags. The word clusters
// (classes learnt from unlabelled news text, built for the NER model) are
// stored in the model with its lexicon.
//
// The shipped model is embedded and loaded once by Default; Load reads
// another from any fs.FS, Train builds one. The model file holds the
// tagger's run-time arrays as they are used (uncompressed, little-endian),
// among them the features of every known word summed into one score
// vector per window position: loading is a view of the file (and a lexicon
// index built from it, which holds the first bytes of each word beside its
// entry), and tagging a known word costs one table lookup and a handful of
// vector additions;
// unknown words are scored from hashed affix and shape features. A
// document's distinct token texts are looked up, and scored if unknown,
// once per Annotate call.
//
// Tags are those of CoNLL-2003 (Penn Treebank plus a straight double quote
// for quote marks). Annotate writes the Penn Treebank quote tags instead,
// and tags by rule what the training data has no examples of:
//
//	opening quote mark        ``
//	closing quote mark        ''
//	URL, e-mail address       NN
//	@handle                   NNP
//	#tag                      NN
//
// Curly quotes, dashes, currency signs and the ellipsis character are
// normalised to the forms the training data uses for feature lookup only;
// token text is never changed.
package pos
