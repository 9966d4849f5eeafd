package io.dossier.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * General world knowledge the rules need: country names (from the JDK's ISO list plus common
 * short forms), capitals and seats of power used as metonyms in news ("Moscow", "the Kremlin"
 * for Russia), nationality adjectives, title words, and the words that mark an organisation.
 * Nothing here is tuned to a particular corpus. Immutable and thread-safe.
 */
public final class Gazetteer {
  private static final Map<String, String> STATES = new HashMap<>();
  private static final Map<String, String> DEMONYMS = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      STATES.put(name.toLowerCase(Locale.ROOT), name);
    }
    String[][] aliases = {
        {"us", "United States"}, {"u.s.", "United States"}, {"usa", "United States"},
        {"u.s.a.", "United States"}, {"america", "United States"}, {"united states", "United States"},
        {"uk", "United Kingdom"}, {"u.k.", "United Kingdom"}, {"britain", "United Kingdom"},
        {"great britain", "United Kingdom"}, {"england", "United Kingdom"},
        {"russia", "Russia"}, {"russian federation", "Russia"}, {"soviet union", "Soviet Union"},
        {"ussr", "Soviet Union"}, {"south korea", "South Korea"}, {"north korea", "North Korea"},
        {"iran", "Iran"}, {"syria", "Syria"}, {"china", "China"}, {"taiwan", "Taiwan"},
        {"vietnam", "Vietnam"}, {"czech republic", "Czechia"}, {"holland", "Netherlands"},
        {"palestine", "Palestine"}, {"ivory coast", "Côte d’Ivoire"},
        {"uae", "United Arab Emirates"}, {"burma", "Myanmar"}, {"turkey", "Turkey"},
        {"kosovo", "Kosovo"}, {"scotland", "United Kingdom"},
        {"wales", "United Kingdom"},
        // capitals and seats of power standing for their state
        {"moscow", "Russia"}, {"kremlin", "Russia"}, {"kyiv", "Ukraine"}, {"kiev", "Ukraine"},
        {"washington", "United States"}, {"white house", "United States"}, {"pentagon", "United States"},
        {"london", "United Kingdom"}, {"downing street", "United Kingdom"}, {"whitehall", "United Kingdom"},
        {"beijing", "China"}, {"paris", "France"}, {"elysee", "France"}, {"élysée", "France"},
        {"berlin", "Germany"}, {"tokyo", "Japan"}, {"minsk", "Belarus"}, {"tbilisi", "Georgia"},
        {"warsaw", "Poland"}, {"budapest", "Hungary"}, {"ankara", "Turkey"}, {"tehran", "Iran"},
        {"damascus", "Syria"}, {"baghdad", "Iraq"}, {"kabul", "Afghanistan"}, {"cairo", "Egypt"},
        {"tripoli", "Libya"}, {"pyongyang", "North Korea"}, {"seoul", "South Korea"},
        {"new delhi", "India"}, {"delhi", "India"}, {"islamabad", "Pakistan"}, {"jerusalem", "Israel"},
        {"riyadh", "Saudi Arabia"}, {"rome", "Italy"}, {"madrid", "Spain"}, {"ottawa", "Canada"},
        {"canberra", "Australia"}, {"brasilia", "Brazil"}, {"mexico city", "Mexico"},
        {"port-au-prince", "Haiti"}, {"stockholm", "Sweden"}, {"helsinki", "Finland"},
        {"vilnius", "Lithuania"}, {"riga", "Latvia"}, {"tallinn", "Estonia"}, {"bucharest", "Romania"},
        {"sofia", "Bulgaria"}, {"prague", "Czechia"}, {"vienna", "Austria"}, {"athens", "Greece"},
        {"caracas", "Venezuela"}, {"havana", "Cuba"}, {"hanoi", "Vietnam"}, {"taipei", "Taiwan"}};
    for (String[] a : aliases) {
      STATES.put(a[0], a[1]);
    }
    String[][] demonyms = {
        {"russian", "Russia"}, {"ukrainian", "Ukraine"}, {"american", "United States"},
        {"british", "United Kingdom"}, {"french", "France"}, {"german", "Germany"},
        {"chinese", "China"}, {"japanese", "Japan"}, {"polish", "Poland"}, {"italian", "Italy"},
        {"spanish", "Spain"}, {"turkish", "Turkey"}, {"iranian", "Iran"}, {"iraqi", "Iraq"},
        {"syrian", "Syria"}, {"israeli", "Israel"}, {"palestinian", "Palestine"},
        {"egyptian", "Egypt"}, {"libyan", "Libya"}, {"indian", "India"}, {"pakistani", "Pakistan"},
        {"afghan", "Afghanistan"}, {"canadian", "Canada"}, {"mexican", "Mexico"},
        {"brazilian", "Brazil"}, {"australian", "Australia"}, {"korean", "Korea"},
        {"georgian", "Georgia"}, {"belarusian", "Belarus"}, {"lithuanian", "Lithuania"},
        {"latvian", "Latvia"}, {"estonian", "Estonia"}, {"finnish", "Finland"},
        {"swedish", "Sweden"}, {"norwegian", "Norway"}, {"danish", "Denmark"}, {"dutch", "Netherlands"},
        {"belgian", "Belgium"}, {"hungarian", "Hungary"}, {"romanian", "Romania"},
        {"bulgarian", "Bulgaria"}, {"czech", "Czechia"}, {"slovak", "Slovakia"}, {"greek", "Greece"},
        {"saudi", "Saudi Arabia"}, {"haitian", "Haiti"}, {"soviet", "Soviet Union"},
        {"european", "Europe"}, {"western", "West"}, {"nato", "NATO"}, {"eu", "European Union"},
        {"un", "United Nations"}, {"u.n.", "United Nations"}, {"us", "United States"},
        {"u.s.", "United States"}, {"uk", "United Kingdom"}, {"u.k.", "United Kingdom"}};
    for (String[] d : demonyms) {
      DEMONYMS.put(d[0], d[1]);
    }
  }

  /** Words that make a capitalised phrase a title or role rather than a name. */
  static final Set<String> TITLE_WORDS = Lex.set(
      "president", "vice", "prime", "minister", "secretary", "general", "chancellor", "senator",
      "sen.", "rep.", "representative", "congressman", "congresswoman", "gov.", "governor", "mayor",
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof.", "professor", "judge",
      "justice", "chief", "director", "ambassador", "king", "queen", "prince", "princess", "pope",
      "sir", "dame", "lord", "lady", "coach", "commissioner", "chairman", "chairwoman", "chair",
      "speaker", "leader", "lt.", "col.", "capt.", "sgt.", "gen.", "adm.", "maj.", "officer",
      "detective", "attorney", "deputy", "spokesman", "spokeswoman", "spokesperson", "ceo",
      "founder", "executive", "head", "commander", "foreign", "defence", "defense", "interior",
      "finance", "health", "economy", "state", "sheriff", "sergeant", "captain", "lieutenant",
      "colonel", "admiral", "envoy", "emir", "sheikh", "ayatollah", "archbishop", "bishop",
      "rabbi", "father", "sister", "brother", "rev.", "senior", "former", "acting", "then",
      "supt.", "superintendent", "inspector", "pastor", "dean", "chef", "trustee", "premier",
      "secretary-general", "vice-president", "co-founder", "analyst", "author", "editor",
      "reporter", "correspondent", "u.s.", "us", "uk", "eu", "un");

  /** Honorifics: a name follows and its gender is known. */
  static final Map<String, Character> HONORIFICS = Map.of(
      "mr", 'm', "mr.", 'm', "mrs", 'f', "mrs.", 'f', "ms", 'f', "ms.", 'f', "miss", 'f',
      "sir", 'm', "dame", 'f');

  /** Words that make a capitalised phrase an organisation. */
  static final Set<String> ORG_WORDS = Lex.set(
      "ministry", "department", "committee", "council", "organization", "organisation",
      "agency", "association", "union", "party", "institute", "university", "center", "centre",
      "commission", "court", "congress", "senate", "parliament", "government", "bank", "group",
      "inc", "inc.", "corp", "corp.", "company", "co.", "ltd", "ltd.", "llc", "foundation", "office",
      "police", "army", "navy", "forces", "force", "times", "news", "post", "journal", "act",
      "treaty", "agreement", "alliance", "federation", "league", "board", "service", "services",
      "administration", "school", "college", "hospital", "network", "club", "corporation", "fund",
      "authority", "bureau", "kremlin", "house", "pentagon", "nations", "assembly", "cabinet",
      "tribunal", "press", "media", "reuters", "associated", "guard", "command", "systems",
      "technologies", "airlines", "motors", "labs", "institution", "society", "trust", "festival",
      "coalition", "movement", "front", "brigade", "council", "summit", "conference", "church",
      "studios", "records", "magazine", "tribune", "herald", "gazette", "telegraph", "guardian",
      "fc", "team", "partners", "capital", "holdings", "pharmaceuticals", "exchange", "reserve");

  /** Words that make a capitalised phrase a place, event or period, not a person. */
  static final Set<String> NOT_PERSON_WORDS = Lex.set(
      "war", "day", "europe", "asia", "africa", "america", "east", "west", "north", "south",
      "eastern", "western", "northern", "southern", "central", "street", "road", "avenue", "river",
      "sea", "ocean", "island", "islands", "park", "states", "city", "county", "republic",
      "kingdom", "square", "bridge", "mountain", "mountains", "airport", "station", "cup",
      "championship", "games", "olympics", "award", "awards", "prize", "week", "month", "year",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "christmas", "easter", "valley", "lake", "coast", "gulf", "bay",
      "peninsula", "region", "province", "district", "wall", "revolution", "crisis", "plan",
      "program", "programme", "project", "series", "show", "season", "album", "film", "book",
      "internet", "covid", "act", "law", "bill", "amendment", "constitution", "age", "era",
      "empire", "dynasty", "hall", "tower", "building", "center", "centre", "stadium", "arena",
      "beach", "harbor", "harbour", "canal", "desert", "forest", "hill", "hills", "heights",
      "road", "highway", "route", "line", "metro", "subway", "party", "black", "white", "cold",
      "world", "global", "international", "national", "federal", "royal", "olympic");

  static final Set<String> FEMALE_NAMES = Lex.set("mary", "patricia", "jennifer", "linda",
      "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty",
      "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda",
      "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia", "kathleen",
      "amy", "angela", "anna", "ann", "anne", "emma", "olivia", "sophia", "julia", "kate",
      "katherine", "catherine", "helen", "maria", "marie", "rachel", "hillary", "kamala", "nancy",
      "fiona", "theresa", "angela", "ursula", "christine", "nicola", "liz", "taylor", "alexandria",
      "wendy", "victoria", "samantha", "heather", "diana", "claire", "jane", "janet", "julie",
      "natalie", "nicole", "alice", "grace", "hannah", "lauren", "megan", "kelly", "erin", "tulsi",
      "elise", "marsha", "susan", "kirsten", "amy", "stacey", "gina", "lori", "tina", "irina",
      "olga", "natalia", "tatiana", "svetlana", "yulia", "maria", "sophie", "lucy", "ella",
      "jacinda", "golda", "indira", "benazir", "aung", "greta", "madeleine", "condoleezza");
  static final Set<String> MALE_NAMES = Lex.set("james", "john", "robert", "michael", "william",
      "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew",
      "anthony", "antony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth",
      "kevin", "brian", "george", "timothy", "tim", "ronald", "edward", "jason", "jeffrey", "ryan",
      "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
      "brandon", "benjamin", "samuel", "frank", "gregory", "raymond", "alexander", "patrick",
      "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas",
      "zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian",
      "roger", "noah", "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse",
      "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert", "willie", "gabriel", "logan",
      "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah",
      "louis", "bobby", "philip", "phil", "johnny", "boris", "vladimir", "dmitry", "sergei",
      "sergey", "volodymyr", "emmanuel", "olaf", "jens", "mikhail", "bill", "barack", "hunter",
      "mike", "rudy", "kurt", "gordon", "ben", "ted", "bernie", "chuck", "mitch", "xi", "recep",
      "narendra", "justin", "angus", "keir", "rishi", "nigel", "jeremy", "nick", "dominic",
      "viktor", "mikheil", "jim", "tom", "bob", "dan", "steve", "chris", "matt", "greg", "jeff",
      "ken", "ron", "alexei", "alexey", "ivan", "yuri", "igor", "oleg", "andrei", "andriy",
      "petro", "leonid", "boris", "kim", "bashar", "muammar", "hosni", "mohamed", "mohammed",
      "ahmed", "ali", "omar", "hassan", "hamid", "abdul", "ehud", "benjamin", "yair", "naftali");

  private Gazetteer() {
  }

  /** 'f', 'm' or '?' from a person's first name. */
  public static char genderOf(String fullName) {
    String first = fullName.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
    return FEMALE_NAMES.contains(first) ? 'f' : MALE_NAMES.contains(first) ? 'm' : '?';
  }

  /** The state a place name or metonym stands for ("Moscow" -> "Russia"), or null. */
  public static String state(String phrase) {
    String p = strip(phrase);
    return STATES.get(p);
  }

  /** The state or body a nationality adjective points to ("Russian" -> "Russia"), or null. */
  public static String demonym(String word) {
    return DEMONYMS.get(word.toLowerCase(Locale.ROOT));
  }

  static String strip(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).trim();
    if (p.startsWith("the ")) {
      p = p.substring(4);
    }
    return p;
  }

  static boolean isTitleWord(String w) {
    return TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  static boolean isOrgWord(String w) {
    return ORG_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  static Set<String> copyOfStates() {
    return new HashSet<>(STATES.keySet());
  }
}
