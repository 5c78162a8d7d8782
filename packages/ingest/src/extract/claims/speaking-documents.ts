/** Heads of documents that speak for their maker ("The plan argues …", "The letter says …"). */
export const SPEAKING_DOCUMENTS =
  /^(?:plan|proposal|report|letter|memo|memorandum|filing|paper|ad|advertisement|video|post|study|analysis|audit|review|budget|platform|manifesto|op-ed|essay|brief|lawsuit|complaint|statement)$/;

/**
 * Documents a phrase set off after them names the maker of ("The audit, by …, found", "The complaint, filed by …,
 * says", "The 23-count indictment, brought by …, accuses", "The letter, which Brackett drafted, says").
 */
export const DOCUMENTS_WITH_MAKERS =
  /^(?:audit|report|study|review|analysis|survey|investigation|complaint|lawsuit|suit|petition|letter|memo|resolution|indictment)$/;
