package schemas

// Quote is one row of the quotes table: a quoted segment and who said it.
// A quotation continued over several paragraphs gives one row per paragraph.
type Quote struct {
	ArticleID  string `parquet:"article_id,dict" json:"article_id"`
	QuoteIndex int32  `parquet:"quote_index,delta" json:"quote_index"`
	// Start and End span the quoted words, quote marks excluded.
	Start int32  `parquet:"start,delta" json:"start"`
	End   int32  `parquet:"end,delta" json:"end"`
	Text  string `parquet:"text,plain" json:"text"`
	// QuoteKey fingerprints the quotation: 16 hex digits of the FNV-1a
	// hash of Text with case, punctuation and quote marks folded
	// (fingerprint.QuoteKey). Equal keys are the same words.
	QuoteKey string `parquet:"quote_key,plain" json:"quote_key"`
	// Speaker is the canonical name of the speaking entity, or the text of
	// the speaker mention when it is not an entity; null when unknown.
	Speaker *string `parquet:"speaker,optional,dict" json:"speaker"`
	// SpeakerStart and SpeakerEnd span the mention the attribution rests on
	// (e.g. "He" in `He added: "..."`); null when there is none.
	SpeakerStart    *int32 `parquet:"speaker_start,optional" json:"speaker_start"`
	SpeakerEnd      *int32 `parquet:"speaker_end,optional" json:"speaker_end"`
	SpeakerEntityID *int32 `parquet:"speaker_entity_id,optional" json:"speaker_entity_id"`
	// SpeakerKind is entity, description, pronoun_unresolved or none.
	SpeakerKind string `parquet:"speaker_kind,dict" json:"speaker_kind"`
	// Confidence is how likely the attribution is right, in [0, 1]; 0 when
	// there is no speaker.
	Confidence float32 `parquet:"confidence" json:"confidence"`
	// Cue is the attribution cue ("said", "according to"), null if none.
	Cue *string `parquet:"cue,optional,dict" json:"cue"`
	// Kind is "direct" or "partial".
	Kind string `parquet:"kind,dict" json:"kind"`
}
