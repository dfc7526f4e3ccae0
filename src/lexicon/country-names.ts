import { countries } from "countries-list";

/**
 * Lower-cased English names of the world's countries (ISO 3166-1, from the countries-list package:
 * "north korea", "china", "united states"), so that "North Korea said" is a state speaking, not a
 * person with a given name "North". Built once at load; a Set look-up per name, nothing downloaded.
 */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(Object.values(countries).map((c) => c.name.toLowerCase()));
