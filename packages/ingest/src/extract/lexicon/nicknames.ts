/**
 * Common English short forms of first names ("Larry Lessig" and "Lawrence Lessig" are one person).
 * Only unambiguous pairs: a short form that stands for two names ("Alex", "Chris") is left out.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  ["larry", "lawrence"],
  ["bill", "william"],
  ["billy", "william"],
  ["will", "william"],
  ["bob", "robert"],
  ["bobby", "robert"],
  ["rob", "robert"],
  ["jim", "james"],
  ["jimmy", "james"],
  ["mike", "michael"],
  ["tom", "thomas"],
  ["joe", "joseph"],
  ["dick", "richard"],
  ["rick", "richard"],
  ["chuck", "charles"],
  ["charlie", "charles"],
  ["ted", "edward"],
  ["ed", "edward"],
  ["ron", "ronald"],
  ["dan", "daniel"],
  ["danny", "daniel"],
  ["dave", "david"],
  ["steve", "steven"],
  ["tony", "anthony"],
  ["jack", "john"],
  ["ben", "benjamin"],
  ["nick", "nicholas"],
  ["matt", "matthew"],
  ["pat", "patrick"],
  ["ken", "kenneth"],
  ["greg", "gregory"],
  ["jeff", "jeffrey"],
  ["jerry", "gerald"],
  ["andy", "andrew"],
  ["pete", "peter"],
  ["sam", "samuel"],
  ["liz", "elizabeth"],
  ["beth", "elizabeth"],
  ["kathy", "katherine"],
  ["kate", "katherine"],
  ["peggy", "margaret"],
  ["maggie", "margaret"],
  ["sue", "susan"],
  ["jenny", "jennifer"],
  ["becky", "rebecca"],
  ["debbie", "deborah"],
  ["hank", "henry"],
  ["harry", "henry"],
  ["newt", "newton"],
];

const CANONICAL = new Map<string, string>(PAIRS);

/** The full form of a lower-cased first name when it is a known short form ("larry" → "lawrence"), else the name. */
export function fullFirstName(lower: string): string {
  return CANONICAL.get(lower) ?? lower;
}
