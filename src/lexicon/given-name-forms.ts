/**
 * Short forms of English given names that are not a prefix of the full form (prefixes such as
 * "Dan" / "Daniel" are recognised without a list): short form -> full forms. All lower case.
 * Used by src/text/parse-person-name.ts to tell one person under two given names ("Mike" and
 * "Michael Thibodeau") from two persons.
 */
export const GIVEN_NAME_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ["mike", ["michael"]], ["bill", ["william"]], ["will", ["william"]], ["bob", ["robert"]], ["rob", ["robert"]],
  ["jim", ["james"]], ["jimmy", ["james"]], ["joe", ["joseph"]], ["chuck", ["charles"]], ["charlie", ["charles"]],
  ["jack", ["john", "jacob"]], ["johnny", ["john"]], ["tom", ["thomas"]], ["dick", ["richard"]], ["rick", ["richard"]],
  ["ted", ["edward", "theodore"]], ["ed", ["edward"]], ["liz", ["elizabeth"]], ["beth", ["elizabeth"]], ["betsy", ["elizabeth"]],
  ["kate", ["katherine", "catherine", "kathryn"]], ["kathy", ["katherine", "kathleen"]], ["dave", ["david"]], ["steve", ["steven", "stephen"]],
  ["tony", ["anthony"]], ["andy", ["andrew"]], ["drew", ["andrew"]], ["pat", ["patrick", "patricia"]], ["peggy", ["margaret"]],
  ["maggie", ["margaret"]], ["hank", ["henry"]], ["harry", ["henry"]], ["larry", ["lawrence"]], ["jerry", ["gerald", "jerome"]],
  ["bernie", ["bernard"]], ["nancy", ["ann", "anne"]], ["sue", ["susan"]], ["jen", ["jennifer"]], ["jenny", ["jennifer"]],
]);
