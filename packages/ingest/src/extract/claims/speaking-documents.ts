/** Heads of documents that speak for their maker ("The plan argues …", "The letter says …"). */
export const SPEAKING_DOCUMENTS =
  /^(?:plan|proposal|report|letter|memo|memorandum|filing|paper|ad|advertisement|video|post|study|analysis|audit|review|budget|platform|manifesto|op-ed|essay|brief|lawsuit|complaint|statement)$/;
