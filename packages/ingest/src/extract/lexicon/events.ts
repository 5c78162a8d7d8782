/**
 * Words that open the name of a storm ("Cyclone Phailin", "Hurricane Sandy", "Tropical Storm
 * Erin"): what follows is a weather event, never a person or an organization, even when it is a
 * first name.
 */
export const STORM_HEADS = new Set(["cyclone", "hurricane", "typhoon", "superstorm", "storm"]);

/**
 * Head nouns of events, works, laws and other named things that are not organizations ("Spitfire
 * Tournament", "Winter Carnival of Magic", "Free Content Definition", "Affordable Care Act"): a name
 * the tagger calls an organization is dropped when its head is one of these.
 */
export const NON_ORG_HEADS = new Set([
  // ("flights at Juanda International Airport", "the right to vote guaranteed by the Nevada Constitution": a place and
  // a document, 2026-12-07, newsdev57)
  "airport",
  "constitution",
  // roads ("the raised embankment of the Indus Highway", 2026-12-07, newsdev55)
  "highway",
  "motorway",
  "expressway",
  "freeway",
  "tournament",
  "championship",
  "championships",
  "cup",
  "olympics",
  "carnival",
  "festival",
  "cavalcade",
  "parade",
  "expo",
  "fair",
  "marathon",
  "month",
  "week",
  "prize",
  "award",
  "awards",
  "act",
  "bill",
  "amendment",
  "treaty",
  // "the Pacific Rim Commerce Agreement", "the Paris Agreement", "the Dayton Accord" (2026-12-06, newsdev25)
  "agreement",
  "accord",
  // ("the Crooked Gulch Fire had burned about 6,200 acres", 2026-12-06, newsdev29)
  "fire",
  "wildfire",
  "accords",
  "doctrine",
  "manifesto",
  "definition",
  "license",
  "licence",
  "index",
  "theory",
  "species",
  "particles",
  // facilities, not their operators ("Tate was released from the Little Sandy Correctional Complex", "the Gold Line
  // station"; 2026-12-07, newsdev37)
  "complex",
  // a policy ("arguments over the Clean Power Plan", 2026-12-07, newsdev72)
  "plan",
]);
