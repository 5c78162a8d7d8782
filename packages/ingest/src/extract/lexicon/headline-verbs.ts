/**
 * Speech verbs as Title Case headlines write them ("Bernie Sanders Says …", "Trump Slams …"). Such a
 * word ends a capitalized name run, and after a name it is a cue. "Reports" is left out ("Consumer
 * Reports"), as are nouns that double as verbs in names ("Calls", "Claims").
 */
export const HEADLINE_VERBS = new Set([
  "says",
  "tells",
  "slams",
  "blasts",
  "rips",
  "endorses",
  "praises",
  "announces",
  "reveals",
  "wants",
  "sees",
  "thinks",
  "warns",
  "urges",
  "admits",
  "denies",
  "vows",
  "insists",
  "explains",
  "predicts",
  "accuses",
  "attacks",
  "defends",
  "questions",
  "suggests",
  "argues",
  "believes",
]);
