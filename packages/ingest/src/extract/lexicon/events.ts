/**
 * Words that open the name of a storm ("Cyclone Phailin", "Hurricane Sandy", "Tropical Storm
 * Erin"): what follows is a weather event, never a person or an organization, even when it is a
 * first name.
 */
export const STORM_HEADS = new Set(["cyclone", "hurricane", "typhoon", "superstorm", "storm"]);
